// Growth check of issue 16a (run `pnpm build` first): each input an attacker would build against the
// parser's and linter's scans (a long run of one character, many short lines, many headings, one huge
// table row, repeated dates and labels, a report of near-identical findings each answered), timed at a size n and at 4n. Linear work takes about 4× as
// long at 4n; a ratio near 16 is quadratic. n starts small and grows until the run at n takes long
// enough to measure, so a quadratic case shows without taking minutes. Times are medians of 3 runs,
// in CPU time of this process, so other work on the machine disturbs them less.
//
//   node scripts/bench-growth.mjs            every case
//   node scripts/bench-growth.mjs dates      the cases whose name contains "dates"
//
// Prints one line per case and ends non-zero when a ratio is over 8 (super-linear) and the run at 4n
// takes over 50 ms, naming them.
import {cpuUsage} from 'node:process'
import {readFileSync} from 'node:fs'
import {nearIdenticalFindings} from '../test/adversarial/generators.mjs'

const load = (name) => import(new URL(`../packages/${name}/dist/index.js`, import.meta.url).href)
const [{parseReport, parseResponse}, {lint}] = await Promise.all([load('parser'), load('linter')])
const seedReport = JSON.parse(readFileSync(new URL('../examples/seed-report.json', import.meta.url), 'utf8'))

/** Repeat `unit` until the text is at least `length` characters. */
const fill = (unit, length) => unit.repeat(Math.max(1, Math.ceil(length / unit.length)))
const afiHeading = 'Cleveland Police\n\nAreas for improvement\n\n'
const responseOpening = 'Police and Crime Commissioner for Warwickshire\n\nResponse to the HMICFRS report\n\n'

// name → make(size in characters). Each runs through the report parser, and the response parser
// and the linter (against the seed report), as plain text unless the name says Markdown or HTML.
const runs = ['"', '“', '”', '‘', "'", '-', '–', '—', '_', '=', '1', '0', '.', ',', ':', ';', '*', '#', '|', '(', ')', '[', ']', '•', '·', '>', '<', '&', '/', '\\', ' ', '\t', '\u00A0', 'a', 'A', 'I']
const perCharacter = (name, unit) => Object.fromEntries(runs.map((character) => [name(JSON.stringify(character)), unit(character)]))

/** Cases that repeat a unit after an opening (and before an ending): name → unit. */
function repeated(opening, units, ending = '') {
  return Object.fromEntries(Object.entries(units).map(([name, unit]) => [name, (size) => opening + fill(unit, size) + ending]))
}

const cases = {
  ...repeated(afiHeading, perCharacter((shown) => `one line of ${shown}`, (character) => character)),
  ...repeated(afiHeading, perCharacter((shown) => `lines of ${shown}`, (character) => `${character}\n`)),
  ...repeated(afiHeading, perCharacter((shown) => `${shown} words then a finding`, (character) => `${character} `), 'The force should improve.'),
  ...repeated(afiHeading, {
    'short lines (a)': 'a\n',
    'blank lines': '\n',
    'CR line breaks': 'The force should improve.\r',
    'numbered lines (1.)': '1.\n',
    'numbered lines (1)': '1)\n',
    'list markers in one line': '1. ',
    'bullets in one line': '• '
  }),
  ...repeated(responseOpening, {
    'dates "1st "': '1st ',
    'dates "1 January 2024 "': '1 January 2024 ',
    'dates "January "': 'January ',
    'dates "2024 "': '2024 ',
    'dates "1/1/2024 "': '1/1/2024 ',
    'dates "Monday 1st "': 'Monday 1st '
  }),
  ...repeated('', {
    'labels "Recommendation "': 'Recommendation ',
    'labels "Recommendation 1 "': 'Recommendation 1 ',
    'labels "Area for improvement "': 'Area for improvement ',
    'labels "Cause of concern "': 'Cause of concern ',
    'labels "AFI "': 'AFI ',
    'labels "Innovative practice "': 'Innovative practice ',
    'labels "Chief Constable "': 'Chief Constable ',
    'labels "Police and Crime Commissioner "': 'Police and Crime Commissioner ',
    'labels "section 55 "': 'section 55 ',
    'labels "HMICFRS "': 'HMICFRS ',
    'labels "the force should "': 'the force should ',
    'labels "Recommendation" lines': 'Recommendation\n',
    'labels "Area for improvement" lines': 'Area for improvement\n\n',
    'labels "Recommendations" headings': 'Recommendations\n\nThe force should improve.\n\n',
    'Markdown: many headings': '# Heading\n\n',
    'Markdown: many empty headings': '#\n'
  }),
  'many recommendations': (size) => {
    const items = Array.from({length: Math.ceil(size / 60)}, (_, index) => `Recommendation ${index + 1}\n\nBy 1 March 2025, the force should improve process ${index + 1}.\n`)
    return `Cleveland Police\n\nRecommendations\n\n${items.join('\n')}`
  },
  'a response answering 10,000-style recommendations': (size) => {
    const items = Array.from(
      {length: Math.ceil(size / 120)},
      (_, index) => `Recommendation ${index + 1}: the force should improve process ${index + 1}.\n\nI have asked the Chief Constable to act on this, and will monitor progress.\n`
    )
    return `${responseOpening}${items.join('\n')}`
  },
  'a paragraph of grade words, twice': (size) => {
    const paragraph = fill('Area for improvement ', size / 2)
    return `${paragraph}\n\n${paragraph}`
  },
  'Markdown: one huge table row': (size) => {
    const cells = Math.ceil(size / 4)
    return `${afiHeading}|${' a |'.repeat(cells)}\n|${'---|'.repeat(cells)}\n|${' b |'.repeat(cells)}\n`
  },
  'Markdown: many table rows': (size) => `${afiHeading}| a | b |\n|---|---|\n${fill('| The force should improve. | c |\n', size)}`,
  'Markdown: emphasis markers': (size) => afiHeading + fill('*a ', size),
  // Issue 16b: each construct micromark tries and may give up on, unclosed, in one paragraph.
  ...repeated(afiHeading, {
    'Markdown: underscore emphasis markers': '_a ',
    'Markdown: strong emphasis markers': '**a ',
    'Markdown: closing and opening emphasis': 'a* *a ',
    'Markdown: closing emphasis markers': 'a* ',
    'Markdown: closed emphasis': '*a* ',
    'Markdown: closed strong emphasis': '**a** ',
    'Markdown: closed underscore emphasis': '_a_ ',
    'Markdown: link brackets': '[a](',
    'Markdown: link brackets with a space': '[a]( ',
    'Markdown: link destinations in angle brackets': '[a](<',
    'Markdown: link titles': '[a](b "',
    'Markdown: image brackets': '![a](',
    'Markdown: undefined references': '[a]',
    'Markdown: undefined references, one a line': '[a]\n',
    'Markdown: full references': '[a][',
    'Markdown: reference definitions': '[a]: ',
    'Markdown: closed links': '[a](b) ',
    'Markdown: label openings': '[a ',
    'Markdown: autolink openings': '<a ',
    'Markdown: URL autolink openings': '<http://a ',
    'Markdown: HTML openings': '<a b=',
    'Markdown: HTML comment openings': '<!--',
    'Markdown: character references': '&#'
  }),
  'Markdown: backticks': (size) => afiHeading + fill('`a ', size),
  // 1,000 emphasis closers after markup they look back through (under the other limits, refused by the look-back one).
  'Markdown: emphasis closers after unclosed labels': (size) => afiHeading + fill('[a ', size) + 'a* '.repeat(1000),
  'Markdown: emphasis closers after lines': (size) => afiHeading + fill('a\n', size) + 'a* '.repeat(1000),
  // Backtick runs of lengths 1, 2, 3, …: none closes another, each scans the rest of the paragraph.
  'Markdown: backtick runs of every length': (size) => {
    const runs = []
    let length = 0
    for (let run = 1; length < size; run++) {
      runs.push(`${'`'.repeat(run)}a `)
      length += run + 2
    }
    return afiHeading + runs.join('')
  },
  'HTML: many paragraphs': (size) => `<h2>Areas for improvement</h2>${fill('<p>The force should improve.</p>', size)}`,
  'HTML: many entities': (size) => `<h2>Areas for improvement</h2><p>${fill('&amp;', size)}</p>`,
  'HTML: unclosed tags': (size) => `<h2>Areas for improvement</h2>${fill('<b>', size)}`,
  'HTML: many table cells': (size) => `<h2>Areas for improvement</h2><table><tr>${fill('<td>The force should improve.</td>', size)}</tr></table>`
}

// Slow in a dependency, not in Scrutiny: reported, not counted as a failure (see docs/security.md#limits).
// remark-parse's super-linear classes (link labels, emphasis markers, backtick runs) are refused before it runs
// (`MarkdownTooDenseError`), so none is left here.
const upstream = new Set([])

const formatOf = (name) => (name.startsWith('Markdown') ? 'markdown' : name.startsWith('HTML') ? 'html' : 'text')
const targets = {
  parseReport: (text, format) => parseReport(text, {format}),
  'parseResponse + lint': (text, format) => lint(parseResponse(text, {format}).response, {report: seedReport})
}

/** CPU milliseconds of one call; a named error (`NestingTooDeepError`, …) is an answer too, a built-in one a bug. */
function cpuTime(run) {
  const started = cpuUsage()
  try {
    run()
  } catch (error) {
    if (!(error instanceof Error) || ['Error', 'TypeError', 'RangeError', 'ReferenceError'].includes(error.name)) throw error
  }
  const used = cpuUsage(started)
  return (used.user + used.system) / 1000
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
const measure = (run) => median([cpuTime(run), cpuTime(run), cpuTime(run)])

const filter = process.argv[2]
const slow = []

/** Time `run(make(n))` at n and 4n, n growing from `size` until the time at n is measurable; print and record the ratio. */
function grow(label, make, run, size, limit) {
  let atN = measure(() => run(make(size)))
  // Grow until the time at n is measurable (or the input is large), never past 4 × the limit at 4n.
  while (atN < 60 && size < limit) {
    size *= 4
    atN = measure(() => run(make(size)))
  }
  const at4N = measure(() => run(make(size * 4)))
  const ratio = at4N / Math.max(atN, 0.01)
  // A few milliseconds at 4 MB is linear whatever the ratio of two such small times says.
  const superLinear = ratio > 8 && at4N > 50
  const mark = !superLinear ? '✓' : upstream.has(label.name) ? '! (upstream)' : '✗'
  const line = `${mark} ${label.name} → ${label.target}: ${size.toLocaleString('en-GB')} ${label.unit} ${atN.toFixed(0)} ms, ×4 ${at4N.toFixed(0)} ms, ratio ${ratio.toFixed(1)}`
  console.log(line)
  if (superLinear && !upstream.has(label.name)) slow.push(line)
}

for (const [name, make] of Object.entries(cases)) {
  if (filter && !name.includes(filter)) continue
  for (const [target, run] of Object.entries(targets)) {
    const format = formatOf(name)
    grow({name, target, unit: 'chars'}, make, (text) => run(text, format), 4_000, 1_000_000)
  }
}

// A response linted against a report of n findings a number apart, each answered in a paragraph of
// its own (both parsed first, untimed): linking scored every passage, and compared every quote,
// with every finding (8,000 took about a minute).
for (const answer of ['paraphrase', 'quote']) {
  const name = `near-identical findings answered by ${answer}`
  if (filter && !name.includes(filter)) continue
  const parsed = (count) => {
    const texts = nearIdenticalFindings(count, answer)
    return {report: parseReport(texts.report, {format: 'text'}).report, ...parseResponse(texts.response, {format: 'text'})}
  }
  const inputs = new Map()
  const input = (count) => inputs.get(count) ?? inputs.set(count, parsed(count)).get(count)
  grow({name, target: 'lint', unit: 'findings'}, input, ({report, response, file}) => lint(response, {report, file}), 500, 32_000)
}
if (slow.length > 0) {
  console.log(`\n${slow.length} super-linear case(s):\n${slow.join('\n')}`)
  process.exitCode = 1
}
