// Benchmark of `scrutiny register` (issue 15), run by `pnpm bench` or on its own after `pnpm run build`:
// `node scripts/bench-register.mjs` prints the table. 10,000 documents are made from the corpus
// reports and responses and the seed response, copied in batches: in batch b every copy has its
// police areas rotated b places (so its subjects vary) and every year moved b years on (so its dates
// vary, and a response cites the report of its own batch). `scrutiny register` is timed against
// `scrutiny parse` of the same files (every file as a report, and each as what it is), then run
// again over the unchanged files; peak memory is compared with a register of a quarter as many.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {builtCli, runNode} from './lib/cli.mjs'
import {summarise} from './lib/measure.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const areas = ['Essex', 'Cleveland', 'Kent', 'Surrey', 'Warwickshire', 'Staffordshire', 'West Mercia', 'Humberside', 'Lincolnshire', 'Bedfordshire', 'Wiltshire', 'Derbyshire', 'Nottinghamshire', 'Cambridgeshire', 'Gwent', 'Northumbria', 'Thames Valley', 'Hertfordshire', 'Avon', 'Cornwall', 'Norfolk', 'Gloucestershire', 'Shropshire']
const area = new RegExp(`\\b(?:${areas.join('|')})\\b`, 'g')
const year = /\b(?:19|20)\d\d\b/g

/** The source documents: every corpus report and response, and the seed response. */
function sources() {
  const folders = [
    ['fixtures/corpus/reports', 'reports'],
    ['fixtures/corpus/responses', 'responses'],
    ['fixtures/seed', 'responses']
  ]
  return folders.flatMap(([folder, type]) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({name, type, text: readFileSync(join(root, folder, name), 'utf8')}))
  )
}

/** A folder of `count` documents (`reports/` and `responses/`), `sources` per batch, varied by batch. */
export function makeRegisterFolder(count) {
  const documents = sources()
  const folder = mkdtempSync(join(tmpdir(), 'scrutiny-bench-register-'))
  for (const type of ['reports', 'responses']) mkdirSync(join(folder, type))
  const counts = {reports: 0, responses: 0}
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const batch = Math.floor(index / documents.length)
    const {name, type, text} = documents[index % documents.length]
    const varied = text
      .replace(area, (found) => areas[(areas.indexOf(found) + batch) % areas.length])
      .replace(year, (found) => String(Number(found) + batch))
    bytes += Buffer.byteLength(varied)
    counts[type]++
    writeFileSync(join(folder, type, `${String(batch).padStart(4, '0')}-${name}`), varied)
  }
  return {folder, reports: join(folder, 'reports'), responses: join(folder, 'responses'), counts, bytes, sources: documents.length}
}

const mib = (bytes) => (bytes / 2 ** 20).toFixed(2)

/** The rows of the register table in docs/performance.md. */
export function registerRows(count = 10_000) {
  const cli = builtCli()
  const register = (made, db) => runNode([cli, 'register', made.reports, made.responses, '--db', db])
  const quarter = makeRegisterFolder(count / 4)
  const small = register(quarter, join(quarter.folder, 'register.sqlite'))
  rmSync(quarter.folder, {recursive: true, force: true})

  const made = makeRegisterFolder(count)
  const parse = (folder, as) => runNode([cli, 'parse', folder, '--as', as, '--format', 'jsonl', '--out', join(made.folder, 'out.jsonl')])
  const plain = []
  const typed = []
  const first = []
  const again = []
  // Interleaved, so that other work on the machine weighs on each command alike.
  for (let run = 0; run < 3; run++) {
    const db = join(made.folder, `register-${run}.sqlite`)
    const reports = parse(made.reports, 'report')
    const both = (responses) => ({
      seconds: reports.seconds + responses.seconds,
      cpuSeconds: reports.cpuSeconds + responses.cpuSeconds,
      peakRssMb: Math.max(reports.peakRssMb, responses.peakRssMb)
    })
    plain.push(both(parse(made.responses, 'report')))
    typed.push(both(parse(made.responses, 'response')))
    first.push(register(made, db))
    again.push(register(made, db))
  }
  const summary = /Registered .*$/m.exec(first[0].stderr ?? '')?.[0] ?? ''
  rmSync(made.folder, {recursive: true, force: true})
  const measure = (runs, key) => summarise(runs.map((run) => run[key] ?? Number.NaN))
  const peak = (runs) => Math.max(...runs.map((run) => run.peakRssMb ?? Number.NaN)).toFixed(0)
  const spread = ({median, min, max}) => `${median.toFixed(2)} s (${min.toFixed(2)}–${max.toFixed(2)})`
  const row = (name, runs) => {
    const wall = measure(runs, 'seconds')
    const cpu = measure(runs, 'cpuSeconds')
    const ratios = (value, base) => `${(value.median / measure(plain, base).median).toFixed(2)}× / ${(value.median / measure(typed, base).median).toFixed(2)}×`
    return `| ${name} | ${spread(wall)} | ${ratios(wall, 'seconds')} | ${spread(cpu)} | ${ratios(cpu, 'cpuSeconds')} | ${peak(runs)} |`
  }
  const label = `${count.toLocaleString('en-GB')} documents (${made.counts.reports.toLocaleString('en-GB')} reports, ${made.counts.responses.toLocaleString('en-GB')} responses; ${mib(made.bytes)} MiB)`
  const firstWall = measure(first, 'seconds').median
  const rows = [
    '| 3 runs each | wall time, median (min–max) | vs parse as reports / as what each is | CPU time (all threads) | vs parse as reports / as what each is | peak RSS MiB |',
    '|---|---|---|---|---|---|',
    row(`\`scrutiny parse\` of ${label}, every file as a report`, plain),
    row('`scrutiny parse` of the same, the responses `--as response`', typed),
    row('`scrutiny register` of the same into a new register', first),
    row(`\`scrutiny register\` again, every file unchanged (${((measure(again, 'seconds').median / firstWall) * 100).toFixed(0)}% of the first run)`, again),
    `| \`scrutiny register\` of ${(count / 4).toLocaleString('en-GB')} documents (a quarter), 1 run | ${small.seconds.toFixed(2)} s | | ${small.cpuSeconds?.toFixed(2) ?? ''} s | | ${small.peakRssMb?.toFixed(0) ?? 'not measured'} |`
  ]
  return {rows, summary}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {rows, summary} = registerRows()
  console.log(rows.join('\n'))
  console.log(`\n${summary}`)
}
