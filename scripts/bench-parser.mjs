// Benchmark of @scrutiny/parser (run `pnpm build` first, or `pnpm bench`): parseReport on a report of at
// least 400 KB (every corpus report once, 849 KB at c3110b3) made by concatenating the real fixtures, as Markdown and as plain text, against bare
// `unified().use(remarkParse).parse()` on the same bytes. Times come from one process running the
// cases in turn (each round in a new random order, so load from other work on the machine and the
// garbage a case leaves hit all cases alike); peak memory (max RSS) comes from one child process
// per case. `pnpm bench` runs it with `--write`, which puts the tables in docs/performance.md.
// Where the plain-text time goes: building the tree (`textToMdast`), then reading it
// (`reportFromTree`: the walk, the layout readers and the final pass), timed apart on the same tree,
// and a sampled CPU profile of the plain-text path, by stage (text → tree, tree → blocks, readers,
// combiner, subject resolution, positions and quotes, garbage collection) and by source module (self
// time; the bundle keeps a `// src/…` comment before each module's code), so a hot reader shows by name.
// Times are CPU time of this process (user + system), which other work on a busy machine disturbs
// less than wall time; wall time is printed too.
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {loadavg} from 'node:os'
import {Session} from 'node:inspector/promises'
import {cpus, totalmem} from 'node:os'
import {resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {corpusReportText, corpusReportTexts} from './lib/corpus.mjs'

const targetBytes = 400_000
const warmup = 5
const runs = 25
// `--against <dist/index.js>`: also time another build's plain-text path on the same text (for
// example main's, built in a temporary worktree), since each tree's fixtures make a different input.
// `--write`: also put the tables in docs/performance.md, between its bench-parser markers (kept
// there when `pnpm bench` rewrites the rest of the file).
const write = process.argv.includes('--write')
const flags = process.argv.slice(2).filter((arg) => arg !== '--write')
const againstFlag = flags.indexOf('--against')
const against = againstFlag === -1 ? undefined : flags[againstFlag + 1]
const caseName = againstFlag === 0 ? flags[2] : flags[0]

async function loadCases(text) {
  const {parseReport, reportFromTree, textToMdast} = await import('../packages/parser/dist/index.js')
  const {VFile} = await import('../packages/parser/node_modules/vfile/index.js')
  const tree = textToMdast(text)
  const {unified} = await import('../packages/parser/node_modules/unified/index.js')
  const {default: remarkParse} = await import('../packages/parser/node_modules/remark-parse/index.js')
  return {
    'remark-parse (bare)': () => unified().use(remarkParse).parse(text),
    'parseReport markdown': () => parseReport(text, {format: 'markdown'}),
    'parseReport text': () => parseReport(text, {format: 'text'}),
    'text: tree only (textToMdast)': () => textToMdast(text),
    'text: reading only (reportFromTree)': () => reportFromTree(tree, new VFile({value: text}), {format: 'text'}),
    [batchCase]: batch(parseReport),
    ...(against ? await againstCases(text) : {})
  }
}

// Every corpus report once, each its own document: what `scrutiny parse` of a folder does.
const batchCase = 'text: every corpus report once (a batch of documents)'
const documents = corpusReportTexts()
const batch = (parseReport) => () => {
  for (const document of documents) parseReport(document, {format: 'text'})
}

async function againstCases(text) {
  const {parseReport} = await import(pathToFileURL(resolve(against)).href)
  // Its Markdown path runs too, so that both builds' shared code (the walk, the readers) has read the
  // same mix of trees: code that has seen only one kind of tree runs faster in V8.
  return {
    'parseReport markdown, --against build': () => parseReport(text, {format: 'markdown'}),
    'parseReport text, --against build': () => parseReport(text, {format: 'text'}),
    [`${batchCase}, --against build`]: batch(parseReport)
  }
}

/** In a child process: run one case a few times and report its peak memory. */
async function measureMemory(name) {
  const run = (await loadCases(corpusReportText(targetBytes)))[name]
  for (let index = 0; index < warmup; index++) run()
  process.stdout.write(JSON.stringify({maxRssMb: process.resourceUsage().maxRSS / 1024}))
}

/** The source module each line of a bundled file belongs to, from esbuild's `// src/…` comments. */
function moduleLines(url) {
  const starts = []
  readFileSync(new URL(url), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.startsWith('// src/')) starts.push({line: index, module: line.slice(3)})
    })
  return (line) => {
    let found = 'bundle preamble'
    for (const start of starts) if (start.line <= line) found = start.module
    return found
  }
}

// Stages more than one rule below counts to (schema code, its reference look-ups and names, counts to subject resolution).
const subjectStage = 'subject resolution (and the final pass over findings and grades)'
const positionsStage = 'positions and verbatim quotes'
// The stages of the plain-text path, by the source module whose code runs (a helper counts to the
// stage that mostly calls it: patterns, sentences and grade clauses to the readers). In the
// combiner (read-report.ts), the functions that resolve names and map offsets count to those stages.
const stageOfModule = [
  [/^src\/lib\/input\//, 'text → tree: the line segmenter building mdast (textToMdast)'],
  [/^src\/lib\/(?:normalise\/|normalise-text\.ts|report\/blocks\.ts)/, 'tree → blocks: the walk and normalising step (page furniture, wraps, headings)'],
  [/^src\/lib\/report\/(?:resolve-subjects|subjects|remembered)\.ts/, subjectStage],
  [/^src\/lib\/points\.ts/, positionsStage],
  [/^src\/lib\/report\/(?:read-report|triggers|messages|report-from-tree)\.ts/, 'combiner: sections, trigger index, findings and grades kept'],
  [/^src\/lib\//, 'layout readers (and the patterns, sentence splits and grade clauses they call)']
]
const combinerFunctions = [
  [/^(?:#resolve|#headingSubject|#namedIn|#regionSubject|remembered|resolve|headingSubject)$/, subjectStage],
  [/^(?:#spanPosition|#point|#verbatim|spanPosition)$/, positionsStage]
]

/**
 * Where the time of `rounds` runs of `run` goes, from the V8 sampling profiler: self time per source
 * module of the parser (time outside the parser's bundle grouped by kind: mdast helpers, schema,
 * garbage collection, V8 internals), and per stage of the plain-text path, where time in V8
 * built-ins (regular expressions, string functions) and dependencies counts to the parser code
 * that called them.
 */
async function profileByModule(run, rounds) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', {interval: 500})
  await session.post('Profiler.start')
  for (let index = 0; index < rounds; index++) run()
  const {profile} = await session.post('Profiler.stop')
  session.disconnect()
  const self = new Map(profile.nodes.map((node) => [node.id, 0]))
  profile.samples.forEach((id, index) => self.set(id, self.get(id) + (profile.timeDeltas[index] ?? 0)))
  const parents = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node)
  const lookups = new Map()
  const moduleOf = (url, line) => {
    if (!lookups.has(url)) lookups.set(url, moduleLines(url))
    return lookups.get(url)(line)
  }
  // The stage of a node: its own when it is parser or schema code, else its caller's (iterative walk
  // up); none when no parser code is on its stack (the profiler's own calls).
  const stages = new Map()
  const stageOf = (node) => {
    const path = []
    let stage
    for (let at = node; at && stage === undefined; at = parents.get(at.id)) {
      stage = stages.get(at.id)
      if (stage !== undefined) break
      path.push(at)
      const {url, functionName, lineNumber} = at.callFrame
      if (url.includes('/packages/parser/dist/')) {
        const module = moduleOf(url, lineNumber)
        const combiner = module === 'src/lib/report/read-report.ts' ? combinerFunctions.find(([pattern]) => pattern.test(functionName)) : undefined
        stage = combiner?.[1] ?? stageOfModule.find(([pattern]) => pattern.test(module))?.[1]
      } else if (url.includes('/packages/schema/')) stage = subjectStage
    }
    stage ??= null
    for (const at of path) stages.set(at.id, stage)
    return stage
  }
  const groups = new Map()
  const byStage = new Map()
  let total = 0
  for (const node of profile.nodes) {
    const time = self.get(node.id)
    if (time === 0) continue
    const {url, functionName, lineNumber} = node.callFrame
    let group
    if (url.includes('/packages/parser/dist/')) group = `parser: ${moduleOf(url, lineNumber)}`
    else if (url.includes('/packages/schema/')) group = '@scrutiny/schema (reference look-ups, names)'
    else if (url.includes('node_modules')) group = `dependency: ${/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? url}`
    else if (functionName === '(garbage collector)') group = 'garbage collection'
    else if (functionName === '(program)' || functionName === '(idle)') continue
    else group = 'V8 built-ins (regular expressions, strings)'
    const stage = group === 'garbage collection' ? 'garbage collection (of every stage)' : stageOf(node)
    if (stage === null) continue
    groups.set(group, (groups.get(group) ?? 0) + time)
    byStage.set(stage, (byStage.get(stage) ?? 0) + time)
    total += time
  }
  const shares = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([group, time]) => ({group, share: time / total}))
  return {modules: shares(groups), stages: shares(byStage)}
}

if (caseName) {
  await measureMemory(caseName)
} else {
  const text = corpusReportText(targetBytes)
  const cases = await loadCases(text)
  const names = Object.keys(cases)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  const cpuTimes = Object.fromEntries(names.map((name) => [name, []]))
  for (let index = 0; index < warmup; index++) for (const name of names) cases[name]()
  for (let index = 0; index < runs; index++) {
    // A new order each round: a case run right after one that leaves much garbage (remark-parse,
    // the Markdown path) would pay for collecting it in every round.
    for (const name of shuffled(names)) {
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      cases[name]()
      const cpu = process.cpuUsage(cpuStarted)
      times[name].push(performance.now() - started)
      cpuTimes[name].push((cpu.user + cpu.system) / 1000)
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const memory = Object.fromEntries(
    names.map((name) => {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...(against ? ['--against', against] : []), name], {encoding: 'utf8'})
      if (child.status !== 0) throw new Error(`Benchmark case ${name} failed: ${child.stderr}`)
      return [name, JSON.parse(child.stdout).maxRssMb]
    })
  )
  const bare = median(cpuTimes[names[0]])
  const load = loadavg()[0].toFixed(1)
  const lines = []
  const print = (line) => {
    console.log(line)
    lines.push(line)
  }
  print(`Input: ${Buffer.byteLength(text)} bytes; ${runs} rounds after ${warmup} warm-up; ${cpus()[0]?.model} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}`)
  print('| case | median CPU ms | min CPU ms | median wall ms | vs bare remark-parse (CPU) | peak RSS MB (own process) |')
  print('|---|---|---|---|---|---|')
  for (const name of names) {
    const values = cpuTimes[name]
    print(`| ${name} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${median(times[name]).toFixed(1)} | ${(median(values) / bare).toFixed(3)}x | ${memory[name].toFixed(0)} |`)
  }
  const markdown = median(cpuTimes[names[1]]) / bare
  const plain = bare / median(cpuTimes[names[2]])
  print(`Markdown path: ${markdown.toFixed(2)}x bare remark-parse (target <= 1.2x): ${markdown <= 1.2 ? 'met' : 'NOT met'}`)
  print(`Plain-text path: ${plain.toFixed(1)}x faster than bare remark-parse in CPU time (target >= 30x): ${plain >= 30 ? 'met' : 'NOT met'}`)
  if (against) {
    // Medians and minima both: on a busy machine the rounds spread widely, and the fastest round is
    // the one least disturbed.
    const ratio = (name) => {
      const other = `${name}, --against build`
      const byMedian = median(cpuTimes[name]) / median(cpuTimes[other])
      const byMin = Math.min(...cpuTimes[name]) / Math.min(...cpuTimes[other])
      return `${byMedian.toFixed(2)}x by median, ${byMin.toFixed(2)}x by fastest round (not slower: ${byMedian <= 1 && byMin <= 1 ? 'met' : 'NOT met'})`
    }
    print(`Markdown path, one ${kb(text)} KB document: the CPU time of the --against build ${ratio('parseReport markdown')}`)
    print(`Plain-text path, one ${kb(text)} KB document: the CPU time of the --against build ${ratio('parseReport text')}`)
    print(`A batch of ${documents.length} documents: the CPU time of the --against build ${ratio(batchCase)}`)
  }
  const profiled = await profileByModule(cases['parseReport text'], runs)
  print('')
  // The profiler slows what it samples: its shares are kept, applied to the unprofiled median.
  const plainMedian = median(cpuTimes['parseReport text'])
  print(`Where the plain-text time goes, by stage (sampled CPU profile of parseReport text, ${runs} runs; time in V8 built-ins and dependencies counted to the parser code that called them; each share applied to the median CPU time above):`)
  print('| stage | share | ≈ ms of the median run |')
  print('|---|---|---|')
  for (const {group, share} of profiled.stages) print(`| ${group} | ${(100 * share).toFixed(1)}% | ${(share * plainMedian).toFixed(2)} |`)
  print('')
  print(`The same profile by source module (self time; modules under 1% left out):`)
  print('| module | share | ≈ ms of the median run |')
  print('|---|---|---|')
  for (const {group, share} of profiled.modules.filter((row) => row.share >= 0.01)) print(`| ${group} | ${(100 * share).toFixed(1)}% | ${(share * plainMedian).toFixed(2)} |`)
  if (write) writeSection(lines, load, kb(text))
}

/** The size of a text in KB (1000 bytes), as the tables print it. */
function kb(text) {
  return Math.round(Buffer.byteLength(text) / 1000)
}

/** A copy of `items` in a random order (Fisher–Yates). */
function shuffled(items) {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other], copy[index]]
  }
  return copy
}

/** The printed lines as Markdown: tables kept together, every other line its own paragraph. */
function asMarkdown(lines) {
  const out = []
  let previousTable = false
  for (const line of lines.filter((item) => item !== '')) {
    const table = line.startsWith('|')
    if (out.length > 0 && !(table && previousTable)) out.push('')
    out.push(line)
    previousTable = table
  }
  return out
}

/** Put the figures in docs/performance.md between the bench-parser markers (appended the first time). */
function writeSection(lines, load, size) {
  const file = new URL('../docs/performance.md', import.meta.url)
  const command = `pnpm bench${against ? ' --against <another build>/packages/parser/dist/index.js' : ''}`
  const section = [
    '<!-- bench-parser:start -->',
    '## Plain-text report reading, in detail',
    '',
    `Written by \`${command}\` (which runs \`node scripts/bench-parser.mjs --write\`, also on its own after \`pnpm run build\`); load average ${load} when it began. CPU time of`,
    'the benchmark process (user + system), which other work on a busy machine disturbs less than wall',
    'time; medians of the rounds, the cases in a new random order each round. The text is every corpus report and the seed joined and',
    `repeated to at least 400 KB (${size} KB: the corpus alone is larger), one document. The last two tables are a sampled CPU profile of \`parseReport\``,
    'on that text: by stage of the plain-text path, then self time per source module of the parser (and',
    'the time outside it, by kind).',
    '',
    'Reading the stage table: the layout readers take most of the time, and it is their work on the blocks',
    'that hold their words (sentences with a grade word, paragraphs naming a cause of concern), not the',
    'blocks they pass over: the readers that declare trigger words (see the parser README) skip blocks',
    'without them, which their first test had already ruled out in one scan. The 30× target needs the whole',
    'path in a thirtieth of the bare remark-parse time, less than the readers alone take today.',
    '',
    ...asMarkdown(lines),
    '',
    '<!-- bench-parser:end -->',
    ''
  ].join('\n')
  const previous = readFileSync(file, 'utf8')
  const marked = /<!-- bench-parser:start -->[\s\S]*<!-- bench-parser:end -->\n/
  writeFileSync(file, marked.test(previous) ? previous.replace(marked, section) : `${previous.trimEnd()}\n\n${section}`)
}
