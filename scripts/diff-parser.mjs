// Differential check of @scrutiny/parser against another build (run `pnpm build` first):
// `node scripts/diff-parser.mjs --against <other>/packages/parser/dist/index.js`. Every fixture (the
// corpus reports and responses, the constructed documents, the seed) is parsed by both builds as a
// report and as a response: in its own format, and the text ones also as Markdown, as HTML (one
// element a block, as `pnpm eval` scores HTML) and as text in upper and in lower case. The cases pass when both builds give the same JSON
// (the document and every message: rule, reason, place, note). A speed-up must keep the output
// identical; this says whether it did.
//
// Nothing of a document's text or results is printed: a differing case is named by its file, or, for
// a blind document (fixtures/blind.json), only counted.
import {readFileSync, readdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {asHtml, listFixtures} from './eval-reports.mjs'
import {readCorpusFile} from './eval-responses.mjs'

const flag = process.argv.indexOf('--against')
if (flag === -1 || !process.argv[flag + 1]) {
  console.error('Missing `--against <dist/index.js>`, expected the build to compare this one with')
  process.exit(2)
}
const ours = await import('../packages/parser/dist/index.js')
const theirs = await import(pathToFileURL(resolve(process.argv[flag + 1])).href)

const fixtures = new URL('../fixtures/', import.meta.url)
const blind = JSON.parse(readFileSync(new URL('blind.json', fixtures), 'utf8'))
const blindNames = new Set([...blind.reports, ...blind.responses])
const formats = {txt: 'text', md: 'markdown', html: 'html'}

/** Every fixture document: the report fixtures as `pnpm eval` reads them (with their options), then the responses. */
function documents() {
  const list = listFixtures().map((fixture) => ({name: fixture.name, text: fixture.text, options: fixture.options}))
  const responses = new URL('corpus/responses/', fixtures)
  for (const name of readdirSync(responses).filter((file) => file.endsWith('.txt')).sort()) {
    list.push({name, text: readCorpusFile(new URL(name, responses)).text, options: {path: name, format: 'text'}})
  }
  const constructed = new URL('constructed/', fixtures)
  for (const name of readdirSync(constructed).filter((file) => /\.(?:md|txt|html)$/.test(file) && !list.some((item) => item.name === file))) {
    list.push({name, text: readFileSync(new URL(name, constructed), 'utf8'), options: {path: name}})
  }
  return list.map((item) => ({...item, options: {...item.options, format: item.options.format ?? formats[item.name.split('.').pop()]}}))
}

/**
 * The same document in the other formats a text can be read as, and (as text) in upper and in lower
 * case: a quick test added for speed must answer as the pattern it stands for does, in any case.
 */
function variants(item) {
  if (item.options.format !== 'text') return [item]
  const [html] = asHtml([{set: 'diff', text: item.text, options: item.options}], ours.textToMdast)
  return [
    item,
    {...item, options: {...item.options, format: 'markdown'}},
    {...item, text: html.text, options: html.options},
    {...item, text: item.text.toUpperCase(), variant: 'upper case'},
    {...item, text: item.text.toLowerCase(), variant: 'lower case'}
  ]
}

/** What a parse gives, as JSON: the document and every message (a thrown error is an outcome too). */
function outcome(parse, text, options) {
  try {
    const {messages, ...rest} = parse(text, options)
    const document = rest.report ?? rest.response
    const read = messages.map(({ruleId, source, reason, place, note, url, fatal}) => ({ruleId, source, reason, place, note, url, fatal}))
    return JSON.stringify({document, messages: read})
  } catch (error) {
    return JSON.stringify({error: `${error.name}: ${error.message}`})
  }
}

let cases = 0
let same = 0
let blindDiffering = 0
const differing = []
for (const item of documents()) {
  const slug = item.name.replace(/\.\w+$/, '')
  for (const variant of variants(item)) {
    for (const parser of ['parseReport', 'parseResponse']) {
      cases++
      if (outcome(ours[parser], variant.text, variant.options) === outcome(theirs[parser], variant.text, variant.options)) same++
      else if (blindNames.has(slug)) blindDiffering++
      else differing.push(`${item.name} as ${variant.options.format}${variant.variant ? ` in ${variant.variant}` : ''}, ${parser}`)
    }
  }
}
console.log(`${same} of ${cases} cases identical`)
for (const line of differing) console.log(`  differs: ${line}`)
if (blindDiffering > 0) console.log(`  differs: ${blindDiffering} case(s) of blind documents (not named)`)
process.exit(same === cases ? 0 : 1)
