// Score parseReport against the gold labels of fixtures/corpus/reports, the seed (its section 1
// quotes the report's findings) and fixtures/constructed, and write the figures to
// docs/accuracy.md between the reports markers. The corpus documents listed in fixtures/blind.json
// ("reports") are the blind part: never tuned on, scored apart and shown only as aggregates (per
// family and in total), never per document, so that their misses cannot leak into tuning.
// Run: pnpm eval (builds first), or node scripts/eval-reports.mjs after `pnpm build`.
// packages/parser/test/accuracy.test.ts runs the same scoring on the source.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {blindSets} from './lib/blind-sets.mjs'

const root = new URL('../', import.meta.url)
const fixtures = new URL('fixtures/', root)
const seedName = 'warwickshire-pcc-response-west-midlands-soc-2024'

/**
 * The finding types scored, with how each reads its gold labels and picks predicted findings.
 * `history`: the gold labels a cause of concern and its recommendations quoted by a revisit or
 * progress letter (which the parser files as history) as findings, but never an area for
 * improvement restated from last year, so history counts as read for the first two types only.
 */
export const findingTypes = [
  {name: 'causes of concern', kind: 'cause-of-concern', history: true, gold: (gold) => (gold.causesOfConcern ?? []).map((item) => ({text: item.text}))},
  {
    name: 'recommendations',
    kind: 'recommendation',
    history: true,
    gold: (gold) => [
      ...(gold.causesOfConcern ?? []).flatMap((item) => (item.recommendations ?? []).map((text) => ({text}))),
      ...(gold.recommendations ?? []).map((item) => ({text: typeof item === 'string' ? item : item.text}))
    ]
  },
  {name: 'areas for improvement', kind: 'area-for-improvement', gold: (gold) => (gold.areasForImprovement ?? []).map((item) => ({text: item.text, subject: item.subject}))},
  {name: 'innovative practice', kind: 'innovative-practice', gold: (gold) => (gold.innovativePractice ?? []).map((text) => ({text}))},
  {name: 'promising practice', kind: 'promising-practice', gold: (gold) => (gold.promisingPractice ?? []).map((text) => ({text}))}
]

/** The fixture sets, in the order they are reported. */
export const sets = ['tuned', 'blind', 'constructed']

/** The families scored apart, in the order they are reported. */
export const families = [
  'PEEL 2014–17',
  'PEEL 2018/19',
  'PEEL 2021/22',
  'PEEL 2023–25',
  'fire',
  'revisit/progress letters',
  'engage/accelerated',
  'regional',
  'custody',
  'child protection/joint',
  'crime data integrity',
  'thematic'
]

/**
 * The family of a corpus report, from its header (`kind:`, `title:`) and its slug, so that a gap in
 * one family is not averaged away. Letters come first: a revisit or progress letter is one whatever
 * it revisits, and a cause of concern published on its own (accelerated) or an Engage letter is one
 * whatever the inspection; then a spotlight (a national thematic report, even in the PEEL programme)
 * and a crime data integrity inspection; then the header's kind, and for PEEL the cycle the title or
 * slug names.
 */
export function familyOf({kind = '', title = '', slug}) {
  const words = `${title} ${slug.replace(/-/g, ' ')}`.toLowerCase()
  if (kind === 'revisit' || /\brevisit\b|\bprogress letter\b|\bcoc progress\b/.test(words)) return 'revisit/progress letters'
  if (kind === 'engage' || /\baccelerated\b|\bcauses? of concern\b|\bengage\b|\bdefault phase of monitoring\b/.test(words)) return 'engage/accelerated'
  // A spotlight is a national thematic report, whatever inspection programme (PEEL, fire) it comes
  // from: "a spotlight report", "A spotlight on …"; a headline that puts a force "under spotlight" is not one.
  if (/\bspotlight (?:report|on)\b/.test(words)) return 'thematic'
  if (kind === 'crime-data-integrity' || /\bcrime data integrity\b|^cdi /.test(words)) return 'crime data integrity'
  if (kind === 'fire' || /\bfire\b/.test(kind)) return 'fire'
  if (kind.startsWith('regional')) return 'regional'
  if (kind === 'custody') return 'custody'
  if (kind === 'child-protection' || kind === 'joint') return 'child protection/joint'
  if (kind === 'peel') {
    // The first year of the cycle: "2018/19", "2021/22", "2023–2025", or a single year before 2018.
    const year = Number(/\b(20\d\d)\b/.exec(slug)?.[1] ?? /\b(20\d\d)\b/.exec(title)?.[1])
    if (year >= 2023) return 'PEEL 2023–25'
    if (year >= 2021) return 'PEEL 2021/22'
    if (year >= 2018) return 'PEEL 2018/19'
    return 'PEEL 2014–17'
  }
  return 'thematic'
}

/** The fixtures scored: the real corpus (tuned and blind), the seed (tuned), and the constructed documents. */
export function listFixtures() {
  const list = []
  const reports = new URL('corpus/reports/', fixtures)
  const blindList = JSON.parse(readFileSync(new URL('blind.json', fixtures), 'utf8'))
  const blind = new Set(blindList.reports)
  const setOf = blindSets(blindList).reports
  for (const name of readdirSync(reports).filter((file) => file.endsWith('.txt')).sort()) {
    const slug = name.replace(/\.txt$/, '')
    const set = blind.has(slug) ? 'blind' : 'tuned'
    list.push({set, name, ...(set === 'blind' ? {blindSet: setOf(slug)} : {}), ...readCorpusReport(slug, new URL(name, reports), new URL(`${slug}.gold.json`, reports))})
  }
  const seedGold = JSON.parse(readFileSync(new URL(`seed/${seedName}.gold.json`, fixtures), 'utf8'))
  list.push({
    set: 'tuned',
    name: `${seedName}.txt`,
    // The seed is a response whose section 1 quotes a regional organised crime report.
    family: 'regional',
    text: readFileSync(new URL(`seed/${seedName}.txt`, fixtures), 'utf8'),
    options: {title: seedGold.reportTitle, publishedOn: seedGold.reportPublished},
    gold: seedGold.reportFindingsAsQuoted,
    negative: false
  })
  const constructed = new URL('constructed/', fixtures)
  if (existsSync(constructed)) {
    for (const name of readdirSync(constructed).filter((file) => /\.(md|txt|html)$/.test(file)).sort()) {
      const gold = JSON.parse(readFileSync(new URL(name.replace(/\.\w+$/, '.gold.json'), constructed), 'utf8'))
      // Constructed responses carry response labels; they are scored by eval-responses.mjs. A
      // constructed report names its family with `kind` (thematic, joint); PEEL otherwise.
      if (!Array.isArray(gold.grades)) continue
      list.push({set: 'constructed', name, family: familyOf({kind: gold.kind ?? 'peel', title: gold.title, slug: name}), text: readFileSync(new URL(name, constructed), 'utf8'), options: {path: name, title: gold.title}, gold, negative: false})
    }
  }
  return list
}

/**
 * A corpus file: the header (up to the first `---` line) is a fixture artefact, so it is stripped;
 * `=== segment` lines are page boundaries, not text. The parser gets the body alone, as a
 * researcher's `scrutiny parse` of a saved page does: the header's title, address and date are the
 * labeller's (from the page's address and metadata), and a title that names the force would settle
 * whose grades the page gives, which the body has to settle on its own. The header still says which
 * family the document belongs to, for scoring.
 */
function readCorpusReport(slug, textUrl, goldUrl) {
  const raw = readFileSync(textUrl, 'utf8')
  const split = raw.indexOf('\n---\n')
  const header = Object.fromEntries(
    raw
      .slice(0, split)
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()])
  )
  const gold = JSON.parse(readFileSync(goldUrl, 'utf8'))
  const text = raw.slice(split + 5).replace(/^=== segment .*$/gm, '')
  const options = {format: 'text'}
  const labelled = findingTypes.some((type) => type.gold(gold).length > 0) || (gold.grades ?? []).length > 0
  return {family: familyOf({kind: header.kind, title: header.title, slug}), text, options, gold, negative: !labelled}
}

/**
 * The real documents again, as HTML: each text's blocks (as the plain-text reader sees them:
 * headings, paragraphs, lists) written as HTML elements, so that the HTML path is scored on the
 * same documents and the same gold labels.
 *
 * @param {Function} textToMdast the parser's plain-text reader
 */
export function asHtml(list, textToMdast) {
  return list
    .filter((fixture) => fixture.set !== 'constructed' && fixture.options.format === 'text')
    .map((fixture, index) => ({...fixture, set: `${fixture.set} as HTML`, text: toHtml(textToMdast(fixture.text), fixture.text, index % 2 === 0), options: {...fixture.options, format: 'html'}}))
}

// A saved page's chrome around the report, as sites print it: a banner with a menu, a breadcrumb
// navigation, hidden text, a sidebar of related reports and a footer, each holding text that would
// read as findings and grades if it were content. No <title>: the body alone is scored, as for text.
const pageTop = [
  '<header role="banner"><a href="/">Home</a><nav><ul><li><a href="/areas">Areas for improvement</a></li><li><a href="/causes">Causes of concern</a></li></ul></nav></header>',
  '<div role="navigation"><h2>Recommendations</h2><ul><li>The force should publish its plans.</li></ul></div>',
  '<div hidden><p>The force is inadequate at keeping people safe.</p></div>'
].join('\n')
const pageBottom = [
  '<aside><h2>Areas for improvement</h2><ul><li>The force should improve how it answers calls.</li></ul><p>The force requires improvement at investigating crime.</p></aside>',
  '<footer><h2>Recommendations</h2><ul><li>The service should ensure it has an accessibility statement.</li></ul></footer>'
].join('\n')

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The page as HTML inside its site's chrome; `main` wraps the report in a <main> element (half the pages), else it sits among the chrome. */
function toHtml(tree, source, main) {
  const slice = (node) => escape(source.slice(node.position.start.offset, node.position.end.offset))
  // An explicit stack of open and close tags: the walk is iterative like the parser's.
  const out = []
  const stack = [...tree.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node === 'string') out.push(node)
    else if (node.type === 'heading') out.push(`<h${node.depth}>${slice(node.children.length > 0 ? {position: {start: node.children[0].position.start, end: node.children.at(-1).position.end}} : node)}</h${node.depth}>`)
    else if (node.type === 'paragraph') out.push(`<p>${slice(node)}</p>`)
    else if (node.type === 'list' || node.type === 'listItem') {
      const tag = node.type === 'list' ? (node.ordered ? 'ol' : 'ul') : 'li'
      // A numbered list that starts past 1 says so, as the text printed it.
      out.push(node.type === 'list' && node.ordered && node.start > 1 ? `<ol start="${node.start}">` : `<${tag}>`)
      stack.push(`</${tag}>`, ...[...node.children].reverse())
    } else if (node.position) out.push(`<p>${slice(node)}</p>`)
  }
  const content = main ? `<main>\n${out.join('\n')}\n</main>` : out.join('\n')
  return `<!doctype html><html><body>\n${pageTop}\n${content}\n${pageBottom}\n</body></html>`
}

/**
 * Parse every fixture and score it.
 *
 * @param {{parseReport: Function, normaliseText: Function, schema: {findForce: Function, findRegionalUnit: Function, findFireService: Function, normaliseName: Function, bodiesWithInitials: Function}}} tools
 */
export function scoreReports(tools, list = listFixtures()) {
  const {parseReport, normaliseText} = tools
  // List markers ("- ") inside a finding that spans a lead-in and its items are markup, not words:
  // HTML has none. Both sides lose them, so the comparison stays exact otherwise.
  const key = (text) =>
    normaliseText(text)
      .toLowerCase()
      .replace(/(?:^|\s)-\s+/g, ' ')
      .trim()
  return list.map((fixture) => {
    const {report} = parseReport(fixture.text, fixture.options)
    const history = report.history ?? []
    const types = findingTypes.map((type) => {
      const gold = type.gold(fixture.gold)
      const predicted = [...report.findings, ...(type.history ? history : [])].filter((finding) => finding.kind === type.kind)
      const unmatched = [...predicted]
      const missed = []
      let subjectAgrees = 0
      let subjectScored = 0
      for (const item of gold) {
        const at = unmatched.findIndex((finding) => key(finding.text) === key(item.text))
        if (at === -1) {
          missed.push(item.text)
          continue
        }
        const [finding] = unmatched.splice(at, 1)
        if (item.subject) {
          subjectScored++
          if (sameSubject(tools, item.subject, finding.subject, finding.subjectId)) subjectAgrees++
        }
      }
      // A miss whose words a found finding holds, or holds a found finding's words, is the right passage
      // cut at other boundaries (a first sentence against the whole bullet): not a match, but counted
      // apart so a blind set's aggregate tells a cut from a passage never read.
      const extraKeys = unmatched.map((finding) => key(finding.text))
      const otherBoundaries = missed.filter((text) => {
        const wanted = key(text)
        return extraKeys.some((found) => found.includes(wanted) || wanted.includes(found))
      }).length
      return {
        type: type.name,
        gold: gold.length,
        predicted: predicted.length,
        matched: gold.length - missed.length,
        otherBoundaries,
        missed,
        extra: unmatched.map((finding) => finding.text),
        subjectScored,
        subjectAgrees
      }
    })
    types.push(scoreGrades(tools, fixture.gold.grades ?? [], report.grades))
    return {name: fixture.name, set: fixture.set, blindSet: fixture.blindSet, family: fixture.family, negative: fixture.negative, findings: report.findings.length + history.length, types}
  })
}

/** Grades match on subject and grade; the area (written for people) only breaks ties. */
function scoreGrades(tools, gold, predicted) {
  const unmatched = [...predicted]
  const missed = []
  const gradeOf = (item) => item.grade.toLowerCase().replace(/\s+/g, '-')
  for (const item of gold) {
    const candidates = unmatched
      .map((grade, index) => ({grade, index}))
      .filter(({grade}) => grade.grade === gradeOf(item) && sameSubject(tools, item.subject, grade.subject, grade.subjectId))
    if (candidates.length === 0) {
      missed.push(item)
      continue
    }
    const best = candidates.reduce((a, b) => (areaOverlap(tools, b.grade.area, item.area) > areaOverlap(tools, a.grade.area, item.area) ? b : a))
    unmatched.splice(best.index, 1)
  }
  return {
    type: 'grades',
    gold: gold.length,
    predicted: predicted.length,
    matched: gold.length - missed.length,
    // A miss whose grade and area a grade left over has, under another subject: the judgement was read
    // and its body was not (a page that never names its service). Not a match; counted apart so a blind
    // set's aggregate tells whose-grade-it-is from grades never read.
    otherSubject: otherSubjects(tools, missed, unmatched, gradeOf),
    missed: missed.map((item) => `${item.subject}: ${item.grade} (${item.area})`),
    extra: unmatched.map((grade) => `${grade.subject}: ${grade.grade} (${grade.area})`),
    subjectScored: 0,
    subjectAgrees: 0
  }
}

/** How many missed gold grades a left-over grade answers one to one with the same grade and an area sharing a word. */
function otherSubjects(tools, missed, leftOver, gradeOf) {
  const free = [...leftOver]
  let count = 0
  for (const item of missed) {
    const at = free.findIndex((grade) => grade.grade === gradeOf(item) && areaOverlap(tools, grade.area, item.area) > 0)
    if (at === -1) continue
    free.splice(at, 1)
    count++
  }
  return count
}

function areaOverlap({schema}, a, b) {
  const words = (text) => new Set(schema.normaliseName(text).split(/[^a-z]+/).filter((word) => word.length > 3))
  const left = words(a)
  let shared = 0
  for (const word of words(b)) if (left.has(word)) shared++
  return shared
}

/** Subjects agree when both resolve to the same reference id, or their names (without brackets) agree. */
function sameSubject({schema}, goldName, name, id) {
  if (!name) return false
  const plain = (text) => schema.normaliseName(text.replace(/\s*\([^()]*\)/g, ''))
  // A reference-data body as kind and id: a force and a fire and rescue service of one area share
  // an id ("south-yorkshire"), and a service is printed in more than one way ("South Yorkshire Fire
  // and Rescue", "… Service"), so names are compared through the reference data, kind included.
  const resolve = (text) => {
    // A place's possessive ("Gloucestershire's Fire and Rescue Service") names the same body without it.
    for (const candidate of [text, text.replace(/\s*\([^()]*\)/g, ''), /\(([^()]*)\)/.exec(text)?.[1], text.replace(/['’]s(?=\s)/g, '')]) {
      if (!candidate) continue
      const force = schema.findForce(candidate) ?? schema.findRegionalUnit(candidate)
      if (force) return `police:${force.id}`
      const service = schema.findFireService(candidate)
      if (service) return `fire:${service.id}`
    }
    // A body printed only as its initials ("SYFRS"), which one body of the reference data has.
    const bodies = /^[A-Z]{3,8}$/.test(text) ? schema.bodiesWithInitials(text) : []
    if (bodies.length === 1) return `${bodies[0].kind === 'force' ? 'police' : 'fire'}:${bodies[0].body.id}`
    return undefined
  }
  const goldBody = resolve(goldName)
  // The printed name settles the kind; the id alone (a name the reference data does not know) is
  // taken as the gold's kind.
  const body = resolve(name) ?? (goldBody && id ? `${goldBody.slice(0, goldBody.indexOf(':'))}:${id}` : undefined)
  if (goldBody && body) return goldBody === body
  return plain(goldName) === plain(name)
}

/** Micro-averaged totals per type over a set of scored fixtures. */
export function totals(scores) {
  const byType = new Map()
  for (const fixture of scores) {
    for (const type of fixture.types) {
      const total = byType.get(type.type) ?? {type: type.type, gold: 0, predicted: 0, matched: 0, otherBoundaries: 0, otherSubject: 0, subjectScored: 0, subjectAgrees: 0}
      for (const field of ['gold', 'predicted', 'matched', 'otherBoundaries', 'otherSubject', 'subjectScored', 'subjectAgrees']) total[field] += type[field] ?? 0
      byType.set(type.type, total)
    }
  }
  return [...byType.values()].map((total) => {
    const precision = total.predicted === 0 ? null : total.matched / total.predicted
    const recall = total.gold === 0 ? null : total.matched / total.gold
    const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall)
    return {...total, precision, recall, f1}
  })
}

const ratio = (value) => (value === null ? 'n/a' : value.toFixed(3))

function table(rows) {
  const lines = ['| type | gold | found | matched | precision | recall | F1 | subject agrees | missed, but found at other boundaries (findings) or for another subject (grades) |', '|---|---|---|---|---|---|---|---|---|']
  for (const row of rows) {
    const subject = row.subjectScored ? `${row.subjectAgrees}/${row.subjectScored}` : ''
    const boundaries = String(row.type === 'grades' ? row.otherSubject : row.otherBoundaries)
    lines.push(`| ${row.type} | ${row.gold} | ${row.predicted} | ${row.matched} | ${ratio(row.precision)} | ${ratio(row.recall)} | ${ratio(row.f1)} | ${subject} | ${boundaries} |`)
  }
  return lines.join('\n')
}

/**
 * One row per group (a family, a blind set) and type: precision / recall / F1 (matched of gold, found).
 * `groupOf` names a fixture's group; `groups` gives their order.
 */
function groupTable(scores, heading, groups, groupOf) {
  const types = [...findingTypes.map((type) => type.name), 'grades']
  const lines = [`| ${heading} | docs | ${types.join(' | ')} |`, `|---|---|${types.map(() => '---').join('|')}|`]
  for (const group of groups) {
    const members = scores.filter((fixture) => groupOf(fixture) === group)
    if (members.length === 0) continue
    const cells = totals(members).map((row) =>
      row.gold === 0 && row.predicted === 0 ? '' : `${ratio(row.precision)} / ${ratio(row.recall)} / ${ratio(row.f1)} (${row.matched}/${row.gold}, ${row.predicted})`
    )
    lines.push(`| ${group} | ${members.length} | ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

const familyTable = (scores) => groupTable(scores, 'family', families, (fixture) => fixture.family)

/** The blind sets in the corpus README's order. */
const setTable = (scores) => groupTable(scores, 'blind set', blindSetOrder(), (fixture) => fixture.blindSet)

const blindSetOrder = () => blindSets(JSON.parse(readFileSync(new URL('blind.json', fixtures), 'utf8'))).order

const negativeLine = (scores) => {
  const negatives = scores.filter((fixture) => fixture.negative)
  return `${negatives.length} negative documents (no finding labelled): ${negatives.reduce((sum, fixture) => sum + fixture.findings, 0)} findings extracted.`
}

/** The Markdown written between the reports markers of docs/accuracy.md. */
export function renderAccuracy(scores) {
  const part = (set) => scores.filter((fixture) => fixture.set === set)
  const [tuned, blind, constructed] = sets.map(part)
  const [tunedHtml, blindHtml] = ['tuned as HTML', 'blind as HTML'].map(part)
  const out = [
    '## Reports',
    '',
    `\`node scripts/eval-reports.mjs\` parses ${tuned.length + blind.length} real documents (${tuned.length + blind.length - 1} corpus report pages and the seed, whose section 1 quotes the report) as plain text, each corpus page by its body alone, as \`scrutiny parse\` reads a saved page (no title, address or publication date given: since 2026-12-02; before, the header's title and date were passed, and a title naming the force settled whose grades a page gives), and matches each finding's text with the gold labels after normalising whitespace, quotes and dashes (\`normaliseText\`) and dropping list markers (a miss whose words a found finding holds, or the reverse, is the right passage cut at other boundaries: not a match, counted apart in the last column, as is a missed grade whose grade and area a grade found for another subject has); a cause of concern or recommendation restated as history (a revisit letter quotes them) counts as read. Grades match on subject and grade; the area only breaks ties. Micro-averaged over the documents. Cells of the family tables read precision / recall / F1 (matched/gold, found). The reading must not hang on one copy's typography: \`node scripts/diff-typography.mjs\` re-reads every tuned document under meaning-preserving rewrites (curly or straight quotes, dashes typed as hyphens, no-break and thin spaces, CRLF, "judgment", capitalised grade words, upper-case headings, PEEL years with a slash or a dash, trailing spaces, doubled blank lines, other bullets) and lists each document whose findings, grades or subjects change.`,
    '',
    `The **blind** part (${blind.length} corpus documents listed in \`fixtures/blind.json\`) has never been tuned on and is shown only in aggregate; the **tuned** part (${tuned.length} documents) is what the parser was developed against. A change that lifts the tuned part and not the blind part is fitting, not reading.`,
    '',
    '### Blind documents (not tuned on: the headline)',
    '',
    table(totals(blind)),
    '',
    `Blind: ${negativeLine(blind)}`,
    '',
    '#### Blind, per family',
    '',
    familyTable(blind),
    '',
    '#### Blind, per set',
    '',
    'Each set as the corpus README lists it: a set added blind is scored before any change, so its row is the cleanest measure of whether a change reads the genre.',
    '',
    setTable(blind),
    '',
    '### Tuned documents',
    '',
    table(totals(tuned)),
    '',
    `Tuned: ${negativeLine(tuned)} (${tuned
      .filter((fixture) => fixture.negative)
      .map((fixture) => fixture.name.replace(/\.txt$/, ''))
      .join(', ')})`,
    '',
    '#### Tuned, per family',
    '',
    familyTable(tuned),
    ''
  ]
  if (tunedHtml.length > 0) {
    out.push(
      '### The same documents as HTML',
      '',
      'Each real text written as HTML (its headings, paragraphs and lists as elements) and parsed as HTML; the figures should equal the plain-text ones.',
      '',
      '#### Blind, as HTML',
      '',
      table(totals(blindHtml)),
      '',
      '#### Tuned, as HTML',
      '',
      table(totals(tunedHtml)),
      ''
    )
  }
  if (constructed.length > 0) {
    out.push('### Constructed documents (scored apart)', '', table(totals(constructed)), '')
  }
  out.push('### Per tuned document', '', '| document | type | gold | found | matched |', '|---|---|---|---|---|')
  const shown = [...tuned, ...constructed]
  for (const fixture of shown) {
    for (const type of fixture.types) {
      if (type.gold === 0 && type.predicted === 0) continue
      out.push(`| ${fixture.name}${fixture.set === 'constructed' ? ' (constructed)' : ''} | ${type.type} | ${type.gold} | ${type.predicted} | ${type.matched} |`)
    }
  }
  out.push('', '### Misses in tuned documents', '')
  let misses = 0
  for (const fixture of shown) {
    for (const type of fixture.types) {
      for (const text of type.missed) out.push(`- ${fixture.name} ${type.type}, not found: ${quote(text)}`)
      for (const text of type.extra) out.push(`- ${fixture.name} ${type.type}, not in gold: ${quote(text)}`)
      misses += type.missed.length + type.extra.length
    }
  }
  if (misses === 0) out.push('None.')
  return out.join('\n')
}

const quote = (text) => `“${text.length > 140 ? `${text.slice(0, 137)}…` : text}”`.replace(/\n/g, ' ')

/** Replace the text between the reports markers, keeping the rest (the responses section). */
export function writeAccuracy(markdown, path = new URL('docs/accuracy.md', root)) {
  const start = '<!-- reports:start -->'
  const end = '<!-- reports:end -->'
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Accuracy\n'
  const block = `${start}\n${markdown}\n${end}`
  const from = current.indexOf(start)
  const to = current.indexOf(end)
  const next =
    from !== -1 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : current.replace(/^# Accuracy\n/, `# Accuracy\n\n${block}\n`)
  writeFileSync(path, next)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {parseReport, normaliseText, textToMdast} = await import('../packages/parser/dist/index.js')
  // normaliseName is a shared helper of the packages, not public API: it comes from the internal entry.
  const schema = {...(await import('../packages/schema/dist/index.js')), ...(await import('../packages/schema/dist/internal.js'))}
  const list = listFixtures()
  const scores = scoreReports({parseReport, normaliseText, schema}, [...list, ...asHtml(list, textToMdast)])
  writeAccuracy(renderAccuracy(scores))
  // Aggregates only: the blind part's misses are never printed (see docs/accuracy.md for the tuned ones).
  for (const set of [...sets, 'tuned as HTML', 'blind as HTML']) {
    const part = scores.filter((fixture) => fixture.set === set)
    console.log(`${set} (${part.length} documents)`)
    for (const row of totals(part)) {
      console.log(`  ${row.type.padEnd(22)} precision ${ratio(row.precision)} recall ${ratio(row.recall)} F1 ${ratio(row.f1)} (${row.matched}/${row.gold} gold, ${row.predicted} found)`)
    }
    if (set !== 'constructed') console.log(`  ${negativeLine(part)}`)
  }
  const blind = scores.filter((fixture) => fixture.set === 'blind')
  for (const name of blindSetOrder()) {
    const members = blind.filter((fixture) => fixture.blindSet === name)
    if (members.length === 0) continue
    const cells = totals(members)
      .filter((row) => row.gold > 0 || row.predicted > 0)
      .map((row) => `${row.type} ${row.matched}/${row.gold} (${row.predicted} found${row.otherBoundaries ? `, ${row.otherBoundaries} more at other boundaries` : ''}${row.otherSubject ? `, ${row.otherSubject} more for another subject` : ''})`)
    console.log(`blind, ${name} (${members.length} documents): ${cells.join('; ') || 'nothing labelled or found'}; ${negativeLine(members)}`)
  }
}
