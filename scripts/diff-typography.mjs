// Metamorphic check of @scrutiny/parser (run `pnpm build` first): every tuned corpus report, the seed
// and the constructed text reports are read as they are and under meaning-preserving rewrites of
// their typography and transcription (scripts/lib/typography.mjs: curly and straight quotes, dashes,
// no-break and thin spaces, CRLF, "judgment", capitalised grade words, upper-case headings, PEEL
// years, trailing spaces, doubled blank lines, bullet markers). Each rewrite must leave the reading
// as it was: findings, history and grades (kind, grade, subject, area), quotes equal once folded. The
// script lists, per rewrite, how many documents read differently and the first differences.
//
//   node scripts/diff-typography.mjs                          every rewrite, three examples each
//   node scripts/diff-typography.mjs --transformation 'curly quotes'   one rewrite
//   node scripts/diff-typography.mjs --examples 10            more examples per rewrite
//   node scripts/diff-typography.mjs --check                  exit 1 when any reading differs
//   node scripts/diff-typography.mjs --parser <dist/index.js> check another build
//
// Blind documents (fixtures/blind.json) are never read (listFixtures marks them; they are skipped).
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {listFixtures} from './eval-reports.mjs'
import {multisetDifference} from './lib/multiset.mjs'
import {transformations, typographyReading} from './lib/typography.mjs'

const argument = (name) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}
const entry = argument('--parser')
const parser = await import(entry ? pathToFileURL(resolve(entry)).href : '../packages/parser/dist/index.js')
const only = argument('--transformation')
const examples = Number(argument('--examples') ?? 3)
const check = process.argv.includes('--check')

// Markdown and HTML fixtures have their own typography rules (markdown escapes, entities); the
// rewrites are of plain text.
const list = listFixtures().filter((fixture) => fixture.set !== 'blind' && !/\.(md|html)$/.test(fixture.name))

const clip = (line) => (line.length > 140 ? `${line.slice(0, 137)}…` : line)
const readings = new Map(list.map((document) => [document.name, typographyReading(parser.parseReport, document.text, document.options)]))
let readingsDiffering = 0
const summary = []
for (const [name, transform] of Object.entries(transformations)) {
  if (only && name !== only) continue
  const differing = []
  let transformed = 0
  for (const document of list) {
    const text = transform(document.text)
    if (text === document.text) continue
    transformed++
    const {onlyLeft, onlyRight} = multisetDifference(readings.get(document.name), typographyReading(parser.parseReport, text, document.options))
    if (onlyLeft.length > 0 || onlyRight.length > 0) differing.push({name: document.name, onlyLeft, onlyRight})
  }
  readingsDiffering += differing.length
  const lines = differing.reduce((sum, item) => sum + item.onlyLeft.length + item.onlyRight.length, 0)
  summary.push(`${name}: ${differing.length}/${transformed} documents, ${lines} lines`)
  console.log(`\n## ${name}: ${transformed} documents rewritten, ${differing.length} read differently`)
  for (const {name: documentName, onlyLeft, onlyRight} of differing.slice(0, examples)) {
    console.log(`- ${documentName}`)
    for (const line of onlyLeft.slice(0, 3)) console.log(`    as is only:     ${clip(line)}`)
    for (const line of onlyRight.slice(0, 3)) console.log(`    rewritten only: ${clip(line)}`)
  }
}
console.log(`\n## summary (documents reading differently / documents the rewrite changed, lines apart)\n${summary.join('\n')}`)
if (check && readingsDiffering > 0) process.exit(1)
