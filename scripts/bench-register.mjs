// Benchmark of `scrutiny register` (issue 15), run by `pnpm bench` or on its own after `pnpm run build`:
// `node scripts/bench-register.mjs` prints the table. 10,000 documents are made from the corpus
// reports and responses and the seed response, copied in batches: in batch b every copy has its
// police areas rotated b places (so its subjects vary) and every year moved b years on (so its dates
// vary, and a response cites the report of its own batch). `scrutiny register` is timed against
// `scrutiny parse` of the same files, then run again over the unchanged files; peak memory is
// compared with a register of a quarter as many documents.
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
  const folders = ['fixtures/corpus/reports', 'fixtures/corpus/responses', 'fixtures/seed']
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({name, text: readFileSync(join(root, folder, name), 'utf8')}))
  )
}

/** A folder of `count` documents, `sources` per batch, varied by batch. */
export function makeRegisterFolder(count) {
  const documents = sources()
  const folder = mkdtempSync(join(tmpdir(), 'scrutiny-bench-register-'))
  const files = join(folder, 'documents')
  mkdirSync(files)
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const batch = Math.floor(index / documents.length)
    const {name, text} = documents[index % documents.length]
    const varied = text
      .replace(area, (found) => areas[(areas.indexOf(found) + batch) % areas.length])
      .replace(year, (found) => String(Number(found) + batch))
    bytes += Buffer.byteLength(varied)
    writeFileSync(join(files, `${String(batch).padStart(4, '0')}-${name}`), varied)
  }
  return {folder, files, bytes, sources: documents.length}
}

const mib = (bytes) => (bytes / 2 ** 20).toFixed(2)

/** The rows of the register table in docs/performance.md. */
export function registerRows(count = 10_000) {
  const cli = builtCli()
  const rows = [
    '| measure | median (min–max) | vs `scrutiny parse` | peak RSS MiB |',
    '|---|---|---|---|'
  ]
  const quarter = makeRegisterFolder(count / 4)
  const small = runNode([cli, 'register', quarter.files, '--db', join(quarter.folder, 'register.sqlite')])
  rmSync(quarter.folder, {recursive: true, force: true})

  const {folder, files, bytes, sources: sourceCount} = makeRegisterFolder(count)
  const parse = []
  const first = []
  const again = []
  for (let run = 0; run < 3; run++) {
    const db = join(folder, `register-${run}.sqlite`)
    parse.push(runNode([cli, 'parse', files, '--format', 'jsonl', '--out', join(folder, 'out.jsonl')]))
    first.push(runNode([cli, 'register', files, '--db', db]))
    again.push(runNode([cli, 'register', files, '--db', db]))
  }
  const summary = /Registered .*$/m.exec(first[0].stderr ?? '')?.[0] ?? ''
  rmSync(folder, {recursive: true, force: true})
  const seconds = (runs) => summarise(runs.map((run) => run.seconds))
  const peak = (runs) => Math.max(...runs.map((run) => run.peakRssMb ?? Number.NaN)).toFixed(0)
  const [p, f, a] = [seconds(parse), seconds(first), seconds(again)]
  const label = `${count.toLocaleString('en-GB')} documents (${mib(bytes)} MiB, ${sourceCount} fixtures in ${Math.ceil(count / sourceCount)} varied batches)`
  rows.push(
    `| \`scrutiny parse\` of ${label}, 3 runs | ${p.median.toFixed(2)} s (${p.min.toFixed(2)}–${p.max.toFixed(2)}) | 1 (baseline) | ${peak(parse)} |`,
    `| \`scrutiny register\` of the same, into a new register, 3 runs | ${f.median.toFixed(2)} s (${f.min.toFixed(2)}–${f.max.toFixed(2)}) | ${(f.median / p.median).toFixed(2)}× | ${peak(first)} |`,
    `| \`scrutiny register\` again, every file unchanged, 3 runs | ${a.median.toFixed(2)} s (${a.min.toFixed(2)}–${a.max.toFixed(2)}) | ${(a.median / p.median).toFixed(2)}× (${((a.median / f.median) * 100).toFixed(0)}% of the first run) | ${peak(again)} |`,
    `| \`scrutiny register\` of ${(count / 4).toLocaleString('en-GB')} documents (a quarter), 1 run | ${small.seconds.toFixed(2)} s | | ${small.peakRssMb?.toFixed(0) ?? 'not measured'} |`
  )
  return {rows, summary}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {rows, summary} = registerRows()
  console.log(rows.join('\n'))
  console.log(`\n${summary}`)
}
