// Benchmark @scrutiny/word: writing the seed report's draft as Word, and annotating a Word response
// with its lint messages, next to the cost of reading the same file with @scrutiny/convert (which
// annotateDocx does first, to map messages to paragraphs). Medians of 10 runs with min–max.
// Needs the built packages: `pnpm run build`, then `node scripts/bench-word.mjs`.
import {readFileSync} from 'node:fs'
import {readDocument} from '../packages/convert/dist/index.js'
import {lint} from '../packages/linter/dist/index.js'
import {responseFromTree} from '../packages/parser/dist/index.js'
import {annotateDocx, draftResponse, draftToDocx} from '../packages/word/dist/index.js'
import {seedText} from './lib/corpus.mjs'
import {makeDocx} from './lib/documents.mjs'
import {machine, time} from './lib/measure.mjs'

const report = JSON.parse(readFileSync(new URL('../examples/seed-report.json', import.meta.url), 'utf8'))
const format = ({median, min, max}) => `${median.toFixed(1)} ms (${min.toFixed(1)}–${max.toFixed(1)})`
const runs = {runs: 10, warmup: 2}

const rows = [['draftToDocx(draftResponse(seed report))', format(await time(() => draftToDocx(draftResponse(report, {body: 'warwickshire'})), runs)), '']]
const documents = {
  'seed response, 5 copies (.docx)': new Uint8Array(await makeDocx(seedText(), 5)),
  'seed draft, placeholders left': await draftToDocx(draftResponse(report, {body: 'warwickshire'}))
}
for (const [name, bytes] of Object.entries(documents)) {
  const {tree, file} = await readDocument(bytes, {path: 'response.docx'})
  const {messages} = lint(responseFromTree(tree, file).response, {report, file, preset: 'strict'})
  const read = await time(() => readDocument(bytes, {path: 'response.docx'}), runs)
  const annotate = await time(() => annotateDocx(bytes, messages, {date: '2024-07-01T09:00:00Z'}), runs)
  rows.push([`annotateDocx(${name}: ${Math.round(bytes.length / 1024)} KiB, ${messages.length} messages)`, format(annotate), format(read)])
}

console.log(`Machine: ${machine()}\n`)
console.log('| case | time | readDocument alone |\n|---|---|---|')
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
