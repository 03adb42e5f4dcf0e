// Differential check of the two ways @scrutiny/parser reads the same document (run `pnpm build`
// first): as plain text (the line segmenter) and written as HTML (`asHtml`, as `pnpm eval` scores
// HTML: each block the plain-text reader sees written as an element) read with `format: 'html'`
// (rehype → mdast). Both reach the readers through the one normalising step, so they should give the
// same blocks and the same report. Every tuned corpus report, the seed and the constructed text
// documents are read as they are and under systematic mutations of their layout (blank lines
// dropped, lines joined or wrapped, grades on lines of their own, other bullet markers, no-break
// spaces, flattened table rows, page chrome, …); for each case the script compares
//   - the findings, history and grades (kind, text, subject, grade, area), and
//   - the normalised blocks the readers see (type, depth, item number, quote and list depth, words),
// and lists, per mutation, how many documents differ and the first differences.
//
//   node scripts/diff-formats.mjs                      every mutation, three examples each
//   node scripts/diff-formats.mjs --mutation bullets   one mutation (a name below)
//   node scripts/diff-formats.mjs --examples 10        more examples per mutation
//   node scripts/diff-formats.mjs --check              exit 1 when any report differs
//   node scripts/diff-formats.mjs --parser <dist/index.js>   check another build
//
// Blind documents (fixtures/blind.json) are never read: this is a tool to find classes of
// difference on the tuned documents, not a way to look at the held-out ones.
import {readFileSync, readdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {asHtml, listFixtures} from './eval-reports.mjs'
import {multisetDifference} from './lib/multiset.mjs'

const argument = (name) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}
// Another build can be checked the same way (`--parser <other>/packages/parser/dist/index.js`); its
// blocks are compared only if its `internal` entry exports `reportBlocks`.
const entry = argument('--parser')
const parser = await import(entry ? pathToFileURL(resolve(entry)).href : '../packages/parser/dist/index.js')
const internal = await import(entry ? pathToFileURL(resolve(entry, '../internal.js')).href : '../packages/parser/dist/internal.js')
const only = argument('--mutation')
const examples = Number(argument('--examples') ?? 3)
const check = process.argv.includes('--check')

const constructed = new URL('../fixtures/constructed/', import.meta.url)

/** The documents read: tuned corpus reports and the seed (never the blind part), and constructed plain-text reports. */
function documents() {
  const list = listFixtures()
    .filter((fixture) => fixture.set === 'tuned')
    .map((fixture) => ({name: fixture.name, text: fixture.text, options: {...fixture.options, format: 'text'}}))
  for (const name of readdirSync(constructed).filter((file) => file.endsWith('.txt')).sort()) {
    const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), constructed), 'utf8'))
    if (!Array.isArray(gold.grades)) continue
    list.push({name, text: readFileSync(new URL(name, constructed), 'utf8'), options: {format: 'text', title: gold.title}})
  }
  return list
}

const gradeWords = /^(outstanding|good|adequate|requires improvement|inadequate)$/i
const gradePair = /^(.{3,100}?)\s*[:|–-]\s*(['‘]?(?:outstanding|good|adequate|requires improvement|inadequate)['’]?)\.?$/i
const bulletLine = /^([ \t]*)[•●▪◦·‣∙○■□➢–*-][ \t\u00A0]+/gm
const shortLine = /^[\p{Lu}][^\n.,;:!?]{2,60}[^\n.,;:!?\s]$/u

/**
 * Layout mutations: each rewrites a whole document the way another copy of the same page (another
 * browser, a PDF, a web archive) prints it. The words stay; only their layout changes.
 */
const mutations = {
  'as is': (text) => text,
  // Copies that lose the blank lines between paragraphs.
  'no blank lines': (text) => text.replace(/\n[ \t]*\n+/g, '\n'),
  // A paragraph's lines joined into one line (what a web copy gives).
  'lines joined': (text) => text.replace(/([^\n])\n(?=[^\n])/g, '$1 '),
  // Every line wrapped at 60 characters (what a PDF copy gives).
  'lines wrapped': (text) => text.replace(/^.{61,}$/gm, (line) => wrap(line, 60)),
  // "Area: Good" printed as the area, a blank line, then the grade on its own line.
  'grade under its area': (text) => text.replace(/^(.*)$/gm, (line) => split(line, '\n\n')),
  // "Area: Good" printed as the area with the grade on the next line.
  'grade on next line': (text) => text.replace(/^(.*)$/gm, (line) => split(line, '\n')),
  // A grade alone on its line ("Good" under its area) printed in lower case, as some copies do.
  'grade lines in lower case': (text) => text.replace(/^.*$/gm, (line) => (gradeWords.test(line.trim()) ? line.toLowerCase() : line)),
  // The reverse: a grade alone on its line joined to the area line above it ("Area: Good").
  'grade joined to its area': (text) => text.replace(/^([^\n]{3,100}?)[ \t]*\n+[ \t]*((?:outstanding|good|adequate|requires improvement|inadequate)\.?)[ \t]*$/gim, '$1: $2'),
  // A lead-in ending in ":" with its lines right under it.
  'lead-in joined to its lines': (text) => text.replace(/:[ \t]*\n[ \t]*\n+/g, ':\n'),
  // Bullets printed with other markers.
  'bullets as -': (text) => text.replace(bulletLine, '$1- '),
  'bullets as –': (text) => text.replace(bulletLine, '$1– '),
  'bullets as *': (text) => text.replace(bulletLine, '$1* '),
  'bullets numbered': (text) => {
    let number = 0
    return text.replace(bulletLine, (_, indent) => `${indent}${++number}. `)
  },
  'bullets with no-break space': (text) => text.replace(bulletLine, '$1•\u00A0'),
  // Web copies keep no-break spaces and hyphens.
  'no-break spaces': (text) => text.replace(/(\S) (?=\S)/g, (match, before, offset) => (offset % 3 === 0 ? `${before}\u00A0` : match)),
  'no-break hyphens': (text) => text.replace(/(\p{L})-(?=\p{L})/gu, '$1\u2011'),
  // A short heading-like line broken before its last word ("Areas for" / "improvement").
  'heading split before its last word': (text) =>
    text.replace(/^.*$/gm, (line) => (shortLine.test(line.trim()) && line.trim().includes(' ') ? line.replace(/ (\S+)\s*$/, '\n$1') : line)),
  // A table printed as rows of cells, flattened to one cell a line.
  'table rows flattened': (text) => text.replace(/^\|?(.*\|.*?)\|?$/gm, (_, row) => row.split('|').map((cell) => cell.trim()).filter(Boolean).join('\n')),
  // Empty table cells printed as a dash on a line of its own.
  'dash lines': (text) => text.replace(/^(.*)$/gm, (line) => (gradeWords.test(line.trim()) ? `${line}\n-` : line)),
  // Page chrome: a page number and a running footer every 30 lines, web chrome at the top.
  'page chrome': (text) => {
    let page = 0
    const lines = text.split('\n')
    const out = ['Skip to main content', '']
    lines.forEach((line, index) => {
      out.push(line)
      if (index % 30 === 29 && line.trim() === '') out.push(`Page ${++page} of ${Math.ceil(lines.length / 30)}`, `Inspection report ${page}`, '')
    })
    return out.join('\n')
  }
}

function wrap(line, width) {
  const out = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > width) {
      out.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) out.push(current)
  return out.join('\n')
}

function split(line, separator) {
  const match = gradePair.exec(line.trim())
  return match ? `${match[1]}${separator}${match[2]}` : line
}

// List markers inside a finding that spans a lead-in and its items are the text's own, quoted
// verbatim; HTML prints none. Both sides lose them (as \`pnpm eval\` does), so the rest compares exactly.
const listMarker = /(?:^|\s)(?:[•●▪◦·‣∙○■□➢–*-]|\d{1,3}[.)])\s+/g
const collapse = (text) => parser.normaliseText(text).replace(listMarker, ' ').replace(/\s+/g, ' ').trim()

/** What a parse gives, as sorted lines: findings, history and grades (never positions: the HTML has its own). */
function reading(text, options) {
  try {
    const {report} = parser.parseReport(text, options)
    const findings = [...report.findings, ...(report.history ?? []).map((item) => ({...item, history: true}))]
    return [
      ...findings.map((finding) => `${finding.history ? 'history ' : ''}${finding.kind}: ${collapse(finding.text)} [${finding.subject ?? ''}]`),
      ...report.grades.map((grade) => `grade ${grade.grade}: ${grade.subject} / ${collapse(grade.area ?? '')}`)
    ]
  } catch (error) {
    return [`error ${error.name}: ${error.message}`]
  }
}

/** The normalised blocks the readers see, one line each. */
function blocks(text, options) {
  if (!internal.reportBlocks) return []
  const {tree, file, format} = parser.toMdast(text, options)
  const out = []
  internal.reportBlocks(tree, String(file.value), format, (block) => {
    const marks = [block.depth === undefined ? '' : `h${block.depth}`, block.number ? `#${block.number}` : '', block.quoteDepth ? `q${block.quoteDepth}` : '', block.listDepth ? `l${block.listDepth}` : '']
    out.push(`${block.type}${marks.filter(Boolean).map((mark) => ` ${mark}`).join('')}: ${collapse(block.text)}`)
  })
  return out
}

/** The first place two block sequences part. */
function firstBlockDifference(left, right) {
  const length = Math.max(left.length, right.length)
  for (let index = 0; index < length; index++) {
    if (left[index] !== right[index]) return {index, text: left[index] ?? '(none)', html: right[index] ?? '(none)', before: left[index - 1]}
  }
  return undefined
}

const clip = (line) => (line.length > 140 ? `${line.slice(0, 137)}…` : line)
const list = documents()
let reportsDiffering = 0
for (const [name, mutate] of Object.entries(mutations)) {
  if (only && name !== only) continue
  const differing = []
  let blocksDiffering = 0
  let mutated = 0
  for (const document of list) {
    const text = mutate(document.text)
    if (name !== 'as is' && text === document.text) continue
    mutated++
    const [html] = asHtml([{set: 'diff', text, options: document.options}], parser.textToMdast)
    const asText = reading(text, document.options)
    const asHtmlReading = reading(html.text, html.options)
    const {onlyLeft, onlyRight} = multisetDifference(asText, asHtmlReading)
    const blockDifference = firstBlockDifference(blocks(text, document.options), blocks(html.text, html.options))
    if (blockDifference) blocksDiffering++
    const reportDiffers = onlyLeft.length > 0 || onlyRight.length > 0
    if (reportDiffers || blockDifference) differing.push({name: document.name, onlyLeft, onlyRight, blockDifference, reportDiffers})
  }
  const reports = differing.filter((item) => item.reportDiffers).length
  reportsDiffering += reports
  console.log(`\n## ${name}: ${mutated} documents, ${reports} reports differ, ${blocksDiffering} block sequences differ`)
  // Reports that differ first: they are what a reader of the output sees.
  differing.sort((a, b) => Number(b.reportDiffers) - Number(a.reportDiffers))
  for (const {name: documentName, onlyLeft, onlyRight, blockDifference} of differing.slice(0, examples)) {
    console.log(`- ${documentName}`)
    for (const line of onlyLeft.slice(0, 3)) console.log(`    text only: ${clip(line)}`)
    for (const line of onlyRight.slice(0, 3)) console.log(`    HTML only: ${clip(line)}`)
    if (blockDifference) {
      console.log(`    first block apart (#${blockDifference.index}, after ${clip(String(blockDifference.before))}):`)
      console.log(`      text: ${clip(blockDifference.text)}`)
      console.log(`      HTML: ${clip(blockDifference.html)}`)
    }
  }
}
if (check && reportsDiffering > 0) process.exit(1)
