// The one benchmark table of Scrutiny (issue 8). Run `pnpm bench` (builds first), or
// `node scripts/bench.mjs` after `pnpm run build`. Prints the table and writes docs/performance.md.
//
// Every figure is the median of several runs with its min–max spread. Each parse figure stands next
// to its bare baseline measured in the same run (remark-parse; rehype-parse + rehype-remark;
// mammoth; pdf.js text extraction), and the claims are the ratios. Each throughput case runs in its
// own process, so its peak memory (max RSS) is its own.
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  disguisedMainPart,
  emptyHeadings,
  garbagePdf,
  generalMentionsOfEveryAfi,
  longLine,
  longNameBeforeTitle,
  manyItems,
  nestedQuotes,
  recommendationsInARow,
  referenceThenSpaces,
  responseQuotingEveryAfiTwice,
  shouldRepeated,
  unclosedParagraphProperties
} from '../test/adversarial/generators.mjs'
import {registerRows} from './bench-register.mjs'
import {builtCli, makeReportFolder, runNode} from './lib/cli.mjs'
import {corpusReport, corpusReportText, seedText} from './lib/corpus.mjs'
import {makeDocx, makePdf, zipBomb} from './lib/documents.mjs'
import {machine, summarise, time} from './lib/measure.mjs'

const packages = new URL('../packages/', import.meta.url)
const load = (path) => import(new URL(path, packages).href)

/** The inputs of the throughput table, made the same way in every process. */
async function inputs() {
  const text = corpusReportText(400_000)
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const html = `<html><body>${text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (line.length < 80 && !/[.,;:]$/.test(line) ? `<h2>${escape(line)}</h2>` : `<p>${escape(line)}</p>`))
    .join('\n')}</body></html>`
  return {
    text,
    html,
    docx: new Uint8Array(await makeDocx(seedText(), 5)),
    pdf: new Uint8Array(await makePdf(corpusReport('peel-2018-cleveland.txt'), 30))
  }
}

/** name → [input key, format, make the function to time]. Ours and the bare baseline alternate. */
const throughputCases = {
  'Markdown: remark-parse (bare)': ['text', async () => {
    const {unified} = await load('parser/node_modules/unified/index.js')
    const {default: remarkParse} = await load('parser/node_modules/remark-parse/index.js')
    return (text) => unified().use(remarkParse).parse(text)
  }],
  'Markdown: parseReport': ['text', async () => {
    const {parseReport} = await load('parser/dist/index.js')
    return (text) => parseReport(text, {format: 'markdown'})
  }],
  'Plain text: remark-parse (bare)': ['text', async () => throughputCases['Markdown: remark-parse (bare)'][1]()],
  'Plain text: parseReport': ['text', async () => {
    const {parseReport} = await load('parser/dist/index.js')
    return (text) => parseReport(text, {format: 'text'})
  }],
  'HTML: rehype-parse + rehype-remark (bare)': ['html', async () => {
    const {unified} = await load('parser/node_modules/unified/index.js')
    const {default: rehypeParse} = await load('parser/node_modules/rehype-parse/index.js')
    const {default: rehypeRemark} = await load('parser/node_modules/rehype-remark/index.js')
    const processor = unified().use(rehypeParse).use(rehypeRemark)
    return (html) => processor.runSync(processor.parse(html))
  }],
  'HTML: parseReport': ['html', async () => {
    const {parseReport} = await load('parser/dist/index.js')
    return (html) => parseReport(html, {format: 'html'})
  }],
  '.docx: mammoth to HTML (bare)': ['docx', async () => {
    const {default: mammoth} = await load('convert/node_modules/mammoth/lib/index.js')
    return (bytes) => mammoth.convertToHtml({buffer: Buffer.from(bytes)})
  }],
  '.docx: parseReportDocument': ['docx', async () => {
    const {parseReportDocument} = await load('convert/dist/index.js')
    return (bytes) => parseReportDocument(bytes, {path: 'response.docx'})
  }],
  '.pdf: pdf.js text extraction (bare)': ['pdf', async () => {
    const pdfjs = await load('convert/node_modules/pdfjs-dist/legacy/build/pdf.mjs')
    return async (bytes) => {
      const document = await pdfjs.getDocument({data: Uint8Array.from(bytes), verbosity: 0}).promise
      for (let page = 1; page <= document.numPages; page++) await (await document.getPage(page)).getTextContent()
      await document.destroy()
    }
  }],
  '.pdf: parseReportDocument': ['pdf', async () => {
    const {parseReportDocument} = await load('convert/dist/index.js')
    return (bytes) => parseReportDocument(bytes, {path: 'report.pdf'})
  }]
}

/** In a child process: time one throughput case and print its figures as JSON. */
async function runThroughputCase(name) {
  const [key, make] = throughputCases[name]
  const input = (await inputs())[key]
  const run = await make()
  // Text inputs are fast enough for more runs; a longer warm-up lets the JIT settle before timing.
  const runs = key === 'pdf' || key === 'docx' ? 5 : 21
  const timing = await time(() => run(input), {runs, warmup: 5})
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length
  process.stdout.write(JSON.stringify({name, bytes, ...timing, maxRssMb: process.resourceUsage().maxRSS / 1024}))
}

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))
const spread = ({median, min, max}) => `${ms(median)} (${ms(min)}–${ms(max)})`
const mib = (bytes) => (bytes / 2 ** 20).toFixed(2)

function throughputTable() {
  const rows = ['| input | case | size MiB | median ms (min–max) | MiB/s | vs bare | peak RSS MiB |', '|---|---|---|---|---|---|---|']
  const names = Object.keys(throughputCases)
  for (let index = 0; index < names.length; index += 2) {
    const [bare, ours] = [names[index], names[index + 1]].map((name) => {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case', name], {encoding: 'utf8'})
      if (child.status !== 0) throw new Error(`Benchmark case ${name} failed: ${child.stderr}`)
      return JSON.parse(child.stdout)
    })
    for (const result of [bare, ours]) {
      const [input, label] = result.name.split(': ')
      const ratio = result === bare ? '1 (baseline)' : `${(ours.median / bare.median).toFixed(2)}×`
      rows.push(`| ${input} | ${label} | ${mib(result.bytes)} | ${spread(result)} | ${(result.bytes / 2 ** 20 / (result.median / 1000)).toFixed(2)} | ${ratio} | ${result.maxRssMb.toFixed(0)} |`)
    }
  }
  return rows
}

async function lintRows() {
  const {parseResponse} = await load('parser/dist/index.js')
  const {lint} = await load('linter/dist/index.js')
  const text = seedText()
  const report = JSON.parse(readFileSync(new URL('../examples/seed-report.json', import.meta.url), 'utf8'))
  const parsed = parseResponse(text, {path: 'seed.txt'})
  const lintOnly = await time(() => lint(parsed.response, {file: parsed.file, report, preset: 'strict'}), {runs: 200, warmup: 20})
  const both = await time(() => {
    const {response, file} = parseResponse(text, {path: 'seed.txt'})
    return lint(response, {file, report, preset: 'strict'})
  }, {runs: 200, warmup: 20})
  return [
    '| measure | median ms (min–max) |',
    '|---|---|',
    `| \`lint\` of the parsed seed (strict, with its report), 200 runs | ${spread(lintOnly)} |`,
    `| \`parseResponse\` + \`lint\` of the seed (20 KB), 200 runs | ${spread(both)} |`
  ]
}

function cliRows() {
  const cli = builtCli()
  const startup = []
  const bare = []
  for (let index = 0; index < 15; index++) {
    startup.push(runNode([cli, '--version']).seconds * 1000)
    bare.push(runNode(['-e', '0']).seconds * 1000)
  }
  const start = summarise(startup)
  const node = summarise(bare)
  const rows = [
    '| measure | median (min–max) | vs baseline | peak RSS MiB |',
    '|---|---|---|---|',
    `| start-up: \`scrutiny --version\`, 15 runs | ${spread(start)} ms | ${(start.median / node.median).toFixed(2)}× bare \`node -e 0\` (${ms(node.median)} ms) | |`
  ]
  const fileCount = 1000
  const {folder, reports, bytes} = makeReportFolder(fileCount)
  const single = {}
  for (const jobs of [...new Set([1, availableParallelism()])]) {
    const runs = [0, 1, 2].map(() => runNode([cli, 'parse', reports, '--format', 'jsonl', '--out', join(folder, 'out.jsonl'), '--jobs', String(jobs)]))
    const seconds = summarise(runs.map((run) => run.seconds))
    const peak = Math.max(...runs.map((run) => run.peakRssMb ?? Number.NaN))
    if (jobs === 1) Object.assign(single, seconds)
    const speedup = jobs === 1 ? '1 (baseline)' : `speed-up ${(single.median / seconds.median).toFixed(2)}× over 1 worker`
    rows.push(
      `| \`scrutiny parse\` of ${fileCount} report texts (${mib(bytes)} MiB), ${jobs} worker${jobs === 1 ? '' : 's'}, 3 runs | ${seconds.median.toFixed(2)} s (${seconds.min.toFixed(2)}–${seconds.max.toFixed(2)}), ${(fileCount / seconds.median).toFixed(0)} files/s | ${speedup} | ${Number.isNaN(peak) ? 'not measured' : peak.toFixed(0)} |`
    )
  }
  rmSync(folder, {recursive: true, force: true})
  return rows
}

/** Each adversarial input at 1/16, 1/4 and full size: time must grow linearly (4× input ≤ ~5× time). */
async function growthRows() {
  const {parseReport, parseResponse} = await load('parser/dist/index.js')
  const {readDocument, parseReportDocument} = await load('convert/dist/index.js')
  const {lint, reportStylish} = await load('linter/dist/index.js')
  const [{unified}, {default: remarkParse}, {default: rehypeParse}, {default: rehypeRemark}] = await Promise.all(
    ['unified/index.js', 'remark-parse/index.js', 'rehype-parse/index.js', 'rehype-remark/index.js'].map((path) => load(`parser/node_modules/${path}`))
  )
  const remark = unified().use(remarkParse)
  const rehype = unified().use(rehypeParse).use(rehypeRemark)
  const bareMarkdown = (text) => remark.parse(text)
  const bareHtml = (html) => rehype.runSync(rehype.parse(html))
  const report = JSON.parse(readFileSync(new URL('../examples/seed-report.json', import.meta.url), 'utf8'))
  const seedDocx = new Uint8Array(await makeDocx(seedText(), 16))
  const refused = (promise) => promise.then(() => { throw new Error('expected a typed error') }, () => undefined)
  const cases = [
    ['10 MB line, text', (scale) => longLine(scale), (text) => parseReport(text, {format: 'text'})],
    ['10 MB line, Markdown', (scale) => longLine(scale), (text) => parseReport(text, {format: 'markdown'}), bareMarkdown],
    ['10 MB line, HTML', (scale) => `<p>${longLine(scale)}</p>`, (text) => parseReport(text, {format: 'html'}), bareHtml],
    ['100,000 list items, text', (scale) => manyItems(scale), (text) => parseReport(text, {format: 'text'})],
    ['1,000 nested block quotes, Markdown', (scale) => nestedQuotes(scale).markdown, (text) => parseReport(text, {format: 'markdown'}), bareMarkdown],
    ['1,000 nested block quotes, HTML', (scale) => nestedQuotes(scale).html, (text) => parseReport(text, {format: 'html'}), bareHtml],
    ['"should " × 1,000,000, parseReport', (scale) => shouldRepeated(scale), (text) => parseReport(text, {format: 'text'})],
    ['"should " × 1,000,000, parseResponse', (scale) => shouldRepeated(scale), (text) => parseResponse(text, {format: 'text'})],
    ['headings without text (× copies)', (scale) => emptyHeadings().markdown.repeat(Math.round(4096 * scale)), (text) => parseReport(text, {format: 'markdown'}), bareMarkdown],
    ['response quoting every AFI of the seed report twice (× 16 copies)', (scale) => {
      const body = responseQuotingEveryAfiTwice(report)
      return Array.from({length: Math.round(16 * scale)}, () => body).join('\n\n')
    }, (text) => parseResponse(text, {format: 'text'})],
    ['general mentions answering every quoted AFI of the seed report (× 256 copies)', (scale) => generalMentionsOfEveryAfi(report, Math.round(256 * scale)), (text) => parseResponse(text, {format: 'text'})],
    ['zip bomb (64 MiB declared), refused', (scale) => new Uint8Array(zipBomb(Math.round(64 * scale) * 2 ** 20)), (bytes) => refused(readDocument(bytes, {path: 'bomb.docx'}))],
    ['truncated .docx (the seed 16 times, cut in half), refused', (scale) => seedDocx.subarray(0, Math.floor((seedDocx.length * scale) / 2)), (bytes) => refused(readDocument(bytes, {path: 'cut.docx'}))],
    ['PDF with a garbage text layer (32 pages)', (scale) => garbagePdf(Math.round(32 * scale)), (bytes) => parseReportDocument(bytes, {path: 'garbage.pdf'})],
    // Issue 16: the files that broke a release, at the size that broke it.
    ['"Recommendation" then 1,000,000 spaces, parseResponse', (scale) => referenceThenSpaces(scale), (text) => parseResponse(text, {format: 'text'})],
    ['a 1,000,000-letter word before "PCC", parseResponse', (scale) => longNameBeforeTitle(scale), (text) => parseResponse(text, {format: 'text'})],
    ['main part a non-XML entry declaring 1,000 bytes (64 MiB inside), refused', (scale) => disguisedMainPart(Math.round(64 * scale) * 2 ** 20), (bytes) => refused(readDocument(bytes, {path: 'disguised.docx'}))],
    ['.docx of 22,000 unclosed paragraph properties (0.9 MB), refused', (scale) => unclosedParagraphProperties(scale), (bytes) => refused(readDocument(bytes, {path: 'unclosed.docx'}))],
    ['4,000 recommendations quoted in a row (400 KB), parseResponse + lint', (scale) => recommendationsInARow(scale), (text) => {
      const {response, file} = parseResponse(text, {format: 'text'})
      return lint(response, {file})
    }],
    ['stylish report of one message quoting a 140 KB finding (× scale)', (scale) => 'The force should improve. '.repeat(Math.round(5400 * scale)), (quote) => {
      const {file} = parseResponse(`Police and Crime Commissioner\n\n${quote}`, {format: 'text'})
      return reportStylish({file, result: {messages: [file.message(`Unexpected finding “${quote}”`, {ruleId: 'recommendations-explained'})], coverage: []}})
    }]
  ]
  const rows = [
    '| adversarial input | 1/16 size, ms | 1/4 size, ms | full size, ms | ×time for ×4 input (1/16→1/4, 1/4→full) | linear? | bare remark-parse / rehype, ×time 1/4→full |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const [name, make, run, bare] of cases) {
    const timings = []
    const bareTimings = []
    for (const scale of [1 / 16, 1 / 4, 1]) {
      const input = await make(scale)
      // Five runs, or three once a run takes seconds, to keep the whole benchmark within minutes.
      const slow = (timings.at(-1)?.median ?? 0) * 4 > 2000
      timings.push(await time(() => run(input), {runs: slow ? 3 : 5, warmup: 1}))
      if (bare && scale > 1 / 16) bareTimings.push(await time(() => bare(input), {runs: 3, warmup: 1}))
    }
    // The claim rests on the largest step (1/4 → full), where fixed costs and timer noise matter least.
    const ratios = [timings[1].median / timings[0].median, timings[2].median / timings[1].median]
    const verdict = timings[1].median < 5 ? 'yes (under 5 ms: fixed cost)' : ratios[1] <= 5 ? 'yes' : 'NO'
    const bareRatio = bare ? `${(bareTimings[1].median / bareTimings[0].median).toFixed(1)}×` : ''
    rows.push(`| ${name} | ${timings.map(spread).join(' | ')} | ${ratios.map((ratio) => `${ratio.toFixed(1)}×`).join(', ')} | ${verdict} | ${bareRatio} |`)
    console.error(rows.at(-1))
  }
  return rows
}

async function main() {
  const started = performance.now()
  // Other work on the machine moves every figure; the load average says how busy it was.
  const load = loadavg()[0].toFixed(1)
  const log = (title, rows) => {
    console.log(`\n## ${title}\n\n${rows.join('\n')}`)
    return rows
  }
  const sections = {
    throughput: log('Throughput of parseReport against its bare baseline', throughputTable()),
    lint: log('Lint latency', await lintRows()),
    cli: log('The scrutiny command', cliRows()),
    growth: log('Adversarial inputs at 1/16, 1/4 and full size', await growthRows()),
    register: log('The register', registerRows().rows)
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1)
  const file = new URL('../docs/performance.md', import.meta.url)
  // The plain-text breakdown is written by scripts/bench-parser.mjs --write; keep it.
  const previous = readFileSync(file, 'utf8')
  const kept = /<!-- bench-parser:start -->[\s\S]*<!-- bench-parser:end -->\n/.exec(previous)?.[0]
  writeFileSync(file, document(sections, minutes, load) + (kept ? `\n${kept}` : ''))
  console.log(`\nWrote docs/performance.md (${minutes} min).`)
  // Then where the plain-text time goes, per source module (and against another build when
  // `--against <dist/index.js>` is given): bench-parser rewrites its own section of the file.
  const parserBench = spawnSync(process.execPath, [fileURLToPath(new URL('bench-parser.mjs', import.meta.url)), ...againstFlag(), '--write'], {stdio: 'inherit'})
  if (parserBench.status !== 0) throw new Error('bench-parser.mjs failed')
}

/** `--against <dist/index.js>` as given to this script, for bench-parser. */
function againstFlag() {
  const at = process.argv.indexOf('--against')
  return at === -1 || !process.argv[at + 1] ? [] : ['--against', process.argv[at + 1]]
}

function document({throughput, lint, cli, growth, register}, minutes, load) {
  return `# Performance

Every figure comes from \`pnpm bench\` (\`scripts/bench.mjs\`, after \`pnpm run build\`), which prints
these tables and writes this file; tests never time anything. Each figure is the median of several
runs, with the min–max spread in brackets. Absolute times depend on the machine; the claims are the
ratios, each against a bare baseline measured in the same run.

Machine: ${machine()}; load average ${load} when the run began. Command: \`pnpm bench\` (${minutes} min).

## Throughput of \`parseReport\`

${Math.round(Buffer.byteLength(corpusReportText(400_000)) / 1000)} KB of real report text (every corpus report and the seed, joined and repeated to at least 400 KB) as Markdown, plain
text and HTML (one \`<p>\` or \`<h2>\` per line); a \`.docx\` of about 30 pages (the seed response five times)
and a 30-page PDF (the Cleveland PEEL report repeated, with running headers), both made by
\`scripts/lib/documents.mjs\`. Each case runs in its own process, so its peak RSS is its own (it
includes making the input, the same for a case and its baseline).

${throughput.join('\n')}

- Markdown costs remark-parse plus the extraction. Plain text skips remark-parse altogether: the
  line-based segmenter is a fraction of it.
- Word and PDF time is nearly all in the third-party readers: mammoth's XML-to-HTML pass, and pdf.js
  text extraction (run on the calling thread in Node). The layout work of the converter (lines,
  columns, running headers, hyphenation) and the zip pre-check are linear and small beside them.
  A PDF of more than \`maxPages\` (default 500) is refused after reading only its page count.

## Lint latency

${lint.join('\n')}

## The \`scrutiny\` command

${cli.join('\n')}

- Whether a second worker pays depends on a free core: on a 2-core machine already busy (see the
  load average above) two workers can be slower than one.
- Start-up stays near bare Node because \`cli.js\` loads only argument handling; each command and
  the packages it needs (\`zod\`, the parser, the linter) are loaded with \`import()\` when it runs.
- Peak memory does not grow with the number of files: results are written in input order as they
  arrive, at most four files per worker are in flight, and writes wait for the output to drain.
  Each worker thread adds its own copy of the parser and zod.

## Adversarial inputs

The committed adversarial set (\`test/adversarial/generators.mjs\`; what each must produce is asserted
in \`test/adversarial/adversarial.test.ts\`), timed at 1/16, 1/4 and full size. Growth is linear when
4× the input costs no more than about 5× the time. The verdict rests on the largest step (1/4 →
full), where fixed costs and timer noise matter least; inputs that take under 5 ms at 1/4 size are
fixed cost, not growth. Full size is what the issue names: a 10 MB line, 100,000 items, 1,000
levels, a million words; the zip bomb declares 64 MiB; the \`.docx\` is the seed response 16 times.
For Markdown and HTML the last column times the bare remark-parse or rehype-parse + rehype-remark
on the same inputs: when a case grows faster than 5×, it shows whether the parser or the
third-party tree builder under it is the cause.
The last rows are issue 16's hostile files at the size that broke a release (see
[security.md](security.md)): before the fixes "Recommendation" and 100,000 spaces took 18 s, the
unclosed paragraph properties were killed at 150 s, and 4,000 recommendations in a row took 28 s.

${growth.join('\n')}

## The register

\`scripts/bench-register.mjs\` (also \`node scripts/bench-register.mjs\` on its own): 10,000 documents made from
every corpus report and response and the seed response, in batches; in batch b each copy has its
police areas rotated b places and its years moved b on, so subjects and dates vary and each
response cites the report of its own batch. \`scrutiny register\` into a new register is timed against
\`scrutiny parse\` of the same files (both on one worker per core), then run again over the unchanged
files; the last row registers a quarter as many documents, to show whether memory grows with them.

${register.join('\n')}

- \`scrutiny parse\` reads every file as a report; the register reads each response as a response
  (the response parser costs about twice the report parser per file here), then, on the main
  thread, hashes each file, writes its rows (a savepoint per file, a commit every 256 files), and
  once all files are in, makes the links and lints each new response against its report. That
  last phase runs on one thread while the workers are idle.
- Memory stays flat: files are read and parsed at most sixteen per worker ahead of the one being
  stored, and nothing is kept per document but its id until the links are made.
- A second run reads and hashes every file and starts no worker thread: it costs start-up, the
  folder walk and one SHA-256 per file.
`
}

if (process.argv[2] === '--case') await runThroughputCase(process.argv[3])
else await main()
