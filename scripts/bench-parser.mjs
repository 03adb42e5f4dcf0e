// Benchmark of @scrutiny/parser (run `pnpm build` first, or `pnpm bench`): parseReport on a ~400 KB
// report made by concatenating the real fixtures, as Markdown and as plain text, against bare
// `unified().use(remarkParse).parse()` on the same bytes. Times come from one process running the
// cases in turn (round-robin, so load from other work on the machine hits all cases alike); peak
// memory (max RSS) comes from one child process per case. Figures go to docs/performance.md by hand.
// Where the plain-text time goes: building the tree (`textToMdast`), then reading it
// (`reportFromTree`: the walk, the layout readers and the final pass), timed apart on the same tree.
import {spawnSync} from 'node:child_process'
import {cpus, totalmem} from 'node:os'
import {resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {corpusReportText} from './lib/corpus.mjs'

const targetBytes = 400_000
const warmup = 5
const runs = 25
// `--against <dist/index.js>`: also time another build's plain-text path on the same text (for
// example main's, built in a temporary worktree), since each tree's fixtures make a different input.
const againstFlag = process.argv.indexOf('--against')
const against = againstFlag === -1 ? undefined : process.argv[againstFlag + 1]
const caseName = againstFlag === 2 ? process.argv[4] : process.argv[2]

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
    ...(against ? {'parseReport text, --against build': await againstCase(text)} : {})
  }
}

async function againstCase(text) {
  const {parseReport} = await import(pathToFileURL(resolve(against)).href)
  return () => parseReport(text, {format: 'text'})
}

/** In a child process: run one case a few times and report its peak memory. */
async function measureMemory(name) {
  const run = (await loadCases(corpusReportText(targetBytes)))[name]
  for (let index = 0; index < warmup; index++) run()
  process.stdout.write(JSON.stringify({maxRssMb: process.resourceUsage().maxRSS / 1024}))
}

if (caseName) {
  await measureMemory(caseName)
} else {
  const text = corpusReportText(targetBytes)
  const cases = await loadCases(text)
  const names = Object.keys(cases)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  for (let index = 0; index < warmup; index++) for (const name of names) cases[name]()
  for (let index = 0; index < runs; index++) {
    for (const name of names) {
      const started = performance.now()
      cases[name]()
      times[name].push(performance.now() - started)
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
  const bare = median(times[names[0]])
  console.log(`Input: ${Buffer.byteLength(text)} bytes; ${runs} rounds after ${warmup} warm-up; ${cpus()[0]?.model} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}`)
  console.log('| case | median ms | min ms | vs bare remark-parse | peak RSS MB (own process) |')
  console.log('|---|---|---|---|---|')
  for (const name of names) {
    const values = times[name]
    console.log(`| ${name} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${(median(values) / bare).toFixed(2)}x | ${memory[name].toFixed(0)} |`)
  }
  const markdown = median(times[names[1]]) / bare
  const plain = bare / median(times[names[2]])
  console.log(`Markdown path: ${markdown.toFixed(2)}x bare remark-parse (target <= 1.2x): ${markdown <= 1.2 ? 'met' : 'NOT met'}`)
  console.log(`Plain-text path: ${plain.toFixed(1)}x faster than bare remark-parse (target >= 10x): ${plain >= 10 ? 'met' : 'NOT met'}`)
  if (against) {
    const versus = median(times['parseReport text']) / median(times['parseReport text, --against build'])
    console.log(`Plain-text path: ${versus.toFixed(2)}x the time of the --against build on the same text (not slower: ${versus <= 1 ? 'met' : 'NOT met'})`)
  }
}
