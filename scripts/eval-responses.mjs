// Score parseResponse + lint against the gold labels of fixtures/corpus/responses and the seed, the
// tuned part and the blind part (fixtures/blind.json "responses") apart, and write the agreement per
// label to docs/accuracy.md (between the responses markers).
//
// Each document is linted as a new user would: NO dates given, only its text (and the report, where
// the repository has it: the seed's). A blind document's misses are never printed, only aggregates.
// Run: pnpm eval (builds first), or node scripts/eval-responses.mjs after `pnpm build`.
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import {parseResponse} from '../packages/parser/dist/index.js'
import {lint} from '../packages/linter/dist/index.js'
import {blindSets} from './lib/blind-sets.mjs'

const root = new URL('../', import.meta.url)
const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Corpus files: a header up to the first `---` line, then the text. */
export function readCorpusFile(path) {
  const raw = readFileSync(path, 'utf8')
  const split = raw.indexOf('\n---\n')
  if (split === -1) return {header: {}, text: raw}
  const header = {}
  for (const line of raw.slice(0, split).split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) header[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return {header, text: raw.slice(split + 5)}
}

// The reports the repository holds for a response (by file name): linted with it, as a user with the
// report at hand would.
const reportsFor = {
  'warwickshire-pcc-response-west-midlands-soc-2024.txt': 'examples/seed-report.json'
}

// A gold value meaning: the body does not settle it, so "cannot tell" is the right verdict.
const cannotTell = 'cannot tell'

/** The outcome of a statutory check: `true` met, `false` not met, `undefined` cannot tell. */
function outcomeOf(result, ruleId) {
  const check = result.checks.find((entry) => entry.ruleId === ruleId)
  if (!check || check.outcome === 'cannot-tell') return undefined
  return check.outcome === 'met'
}

// Each gold label: what it is called in the table, the rule whose verdict it scores, how to read the
// gold value (default: the label itself, scored only when true/false), and the verdict (true, false,
// or undefined when the tool cannot tell). `contradicts` names the gold value an error of the rule
// contradicts.
const checks = [
  {name: 'LPB comments', label: 'hasLpbComments', rule: 'lpb-comments', verdict: ({result}) => outcomeOf(result, 'lpb-comments')},
  {
    name: "chief officer's comments",
    label: 'hasChiefOfficerComments',
    rule: 'chief-officer-comments',
    verdict: ({result}) => outcomeOf(result, 'chief-officer-comments')
  },
  {
    name: 'response to them',
    label: 'hasResponseToChiefComments',
    rule: 'response-to-chief-officer',
    verdict: ({response}) => response.responseToChiefOfficer !== undefined
  },
  {
    name: 's55 cited',
    label: 'citesSection55',
    rule: 'cites-section-55',
    // Citing 55(1), the inspectors' duty, still cites section 55: the rule's complaint is the subsection.
    verdict: ({result}) =>
      result.checks.some((check) => check.messageId === 'inspectors-duty') ? true : outcomeOf(result, 'cites-section-55')
  },
  {
    name: 'date read',
    label: 'responseDate',
    rule: 'dates-stated',
    // Scored where the date is written in the body; a header date is context the tool cannot know.
    gold: (gold) => (gold.responseDateInText === true && isoDate.test(gold.responseDate ?? '') ? gold.responseDate : null),
    verdict: ({result}) => result.dates.response?.date,
    compare: 'value'
  },
  {
    name: 'report date read',
    label: 'reportPublished',
    rule: 'dates-stated',
    gold: (gold) => (gold.reportDateInText === true && isoDate.test(gold.reportPublished ?? '') ? gold.reportPublished : null),
    verdict: ({result}) => result.dates.report?.date,
    compare: 'value'
  },
  {name: 'report named', label: 'namesReport', rule: 'report-identified', verdict: ({result}) => outcomeOf(result, 'report-identified')},
  {
    // Every true/false label, as first scored: "cannot tell" counts as a miss even where the body
    // states neither date (the label was worked out from the page's header, which the tool never sees).
    name: 'within the 56 days, every label',
    label: 'withinDeadline',
    rule: 'published-within-56-days',
    verdict: ({result}) => outcomeOf(result, 'published-within-56-days')
  },
  {
    // What the body settles: where it states both dates (the report's at least to the month), the
    // label; where it does not, "cannot tell" is the right verdict and met or not met is a guess.
    name: 'within the 56 days, as the text settles it',
    label: 'withinDeadline',
    rule: 'published-within-56-days',
    gold: (gold) => {
      if (typeof gold.withinDeadline !== 'boolean') return null
      // The seed's gold predates the *InText fields: both its dates are in its body.
      const reportDateStated = gold.reportDateInText !== false || /as stated in the response/.test(gold.reportPublished ?? '')
      return reportDateStated && gold.responseDateInText !== false ? gold.withinDeadline : cannotTell
    },
    verdict: ({result}) => outcomeOf(result, 'published-within-56-days')
  },
  {
    name: 'sent to HMICFRS and the Secretary of State',
    label: 'addressedTo',
    rule: 'copies-sent',
    gold: (gold) => {
      if (!Array.isArray(gold.addressedTo)) return null
      const names = gold.addressedTo.join(' | ')
      return /HMIC|Inspector/.test(names) && /Home|Secretary of State/.test(names)
    },
    verdict: ({result}) => outcomeOf(result, 'copies-sent')
  },
  {name: 'exclusions noted', label: 'exclusionsNoted', rule: 'no-s55-exclusion-claim', verdict: ({response}) => response.exclusions.length > 0}
]

// An error of these rules says the gold's `true` is false: "missing" where the text has it.
const contradiction = {
  'lpb-comments': (gold) => gold.hasLpbComments === true,
  'chief-officer-comments': (gold) => gold.hasChiefOfficerComments === true,
  'response-to-chief-officer': (gold) => gold.hasResponseToChiefComments === true,
  'cites-section-55': (gold) => gold.citesSection55 === true,
  'report-identified': (gold) => gold.namesReport === true,
  'published-within-56-days': (gold) => gold.withinDeadline === true,
  // Every document here is a local policing body's response: an error saying it is not one contradicts the gold respondent.
  'local-policing-body': (gold) => typeof gold.respondent === 'string'
}

function listFiles() {
  const blindList = JSON.parse(readFileSync(new URL('fixtures/blind.json', root), 'utf8'))
  const blind = new Set(blindList.responses)
  const {responses: setOf, order} = blindSets(blindList)
  const dir = new URL('fixtures/corpus/responses/', root)
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.txt$/, '')
      return {name, path: new URL(name, dir), corpus: true, blind: blind.has(slug), blindSet: blind.has(slug) ? setOf(slug) : undefined}
    })
  const seedDir = new URL('fixtures/seed/', root)
  for (const name of readdirSync(seedDir).filter((entry) => entry.endsWith('.txt'))) {
    files.push({name, path: new URL(name, seedDir), corpus: false, blind: false})
  }
  // The blind sets' order (the corpus README's), for the per-set table.
  files.order = order
  return files
}

function emptyPart(documents) {
  return {
    documents,
    rows: checks.map((check) => ({name: check.name, label: check.label, rule: check.rule, agree: 0, disagree: 0, cannotTell: 0, misses: []})),
    errors: 0,
    contradicting: 0,
    contradictions: []
  }
}

export function evaluate() {
  const files = listFiles()
  const parts = {
    tuned: emptyPart(files.filter((file) => !file.blind).length),
    blind: emptyPart(files.filter((file) => file.blind).length),
    // Each blind set apart too (the corpus README's sets), in the order they are listed.
    blindSets: new Map()
  }
  for (const name of files.order) {
    const members = files.filter((entry) => entry.blindSet === name)
    if (members.length > 0) parts.blindSets.set(name, emptyPart(members.length))
  }
  for (const {name, path, corpus, blind, blindSet} of files) {
    const scored = blind ? [parts.blind, parts.blindSets.get(blindSet)] : [parts.tuned]
    const {text} = corpus ? readCorpusFile(path) : {text: readFileSync(path, 'utf8')}
    const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), path), 'utf8'))
    const reportPath = reportsFor[name]
    const report = reportPath ? JSON.parse(readFileSync(new URL(reportPath, root), 'utf8')) : undefined
    const {response, file} = parseResponse(text, {path: name})
    const result = lint(response, {preset: 'strict', file, ...(report ? {report} : {})})
    const context = {response, result}
    for (const part of scored) {
      checks.forEach((check, index) => {
        const expected = check.gold ? check.gold(gold) : gold[check.label]
        if (expected === null || expected === undefined) return
        const actual = check.verdict(context)
        const row = part.rows[index]
        if (expected === cannotTell) {
          if (actual === undefined || actual === null) row.agree++
          else {
            row.disagree++
            row.misses.push(`${name}: ${JSON.stringify(actual)} where the body does not state both dates (right: cannot tell)`)
          }
        } else if (actual === undefined || actual === null) {
          row.cannotTell++
          row.misses.push(`${name}: cannot tell (gold ${JSON.stringify(expected)})`)
        } else if (actual === expected) row.agree++
        else {
          row.disagree++
          row.misses.push(`${name}: ${JSON.stringify(actual)}, gold ${JSON.stringify(expected)}`)
        }
      })
      for (const message of result.messages.filter((entry) => entry.fatal === true)) {
        part.errors++
        if (contradiction[message.ruleId]?.(gold)) {
          part.contradicting++
          part.contradictions.push(`${name}: \`${message.ruleId}\` ${message.reason}`)
        }
      }
    }
  }
  return parts
}

function table(part) {
  const lines = [
    '| label (gold) | rule | scored | agree | disagree | cannot tell | agreement |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const row of part.rows) {
    const scored = row.agree + row.disagree + row.cannotTell
    const share = scored === 0 ? '–' : (row.agree / scored).toFixed(2)
    lines.push(`| ${row.name} (\`${row.label}\`) | \`${row.rule}\` | ${scored} | ${row.agree} | ${row.disagree} | ${row.cannotTell} | ${share} |`)
  }
  lines.push('', `Error-level messages: ${part.errors}; contradicting a gold label: **${part.contradicting}**.`)
  return lines
}

/** One row per blind set: agreed of scored per label (and how many disagree), and its error-level messages. */
function setTable(blindSets) {
  const lines = [`| blind set | docs | ${checks.map((check) => check.name).join(' | ')} | errors (contradicting) |`, `|---|---|${checks.map(() => '---').join('|')}|---|`]
  for (const [name, part] of blindSets) {
    const cells = part.rows.map((row) => {
      const scored = row.agree + row.disagree + row.cannotTell
      // A verdict opposite to the gold is worse than "cannot tell": counted apart.
      return scored === 0 ? '' : `${row.agree}/${scored}${row.disagree > 0 ? ` (${row.disagree} disagree)` : ''}`
    })
    lines.push(`| ${name} | ${part.documents} | ${cells.join(' | ')} | ${part.errors} (${part.contradicting}) |`)
  }
  return lines
}

function render({tuned, blind, blindSets}) {
  const lines = [
    '<!-- responses:start -->',
    '## Responses',
    '',
    '`node scripts/eval-responses.mjs` parses and lints (strict preset) every response of `fixtures/corpus/responses` and the seed as a new user would: **no dates given**, only the text (and the report where the repository has it: the seed\'s). Each verdict is compared with the gold label where the label is `true`/`false` (or a date written in the body); `null` labels are not scored. "Cannot tell" (the check\'s warning that says what to look at) counts against the agreement, except in the row \"within the 56 days, as the text settles it\": a date in a page\'s header (`report_published:`, `response_date:`) is context a tool reading only the body cannot know, so where the body does not state both dates (the report\'s at least to its month, as `reportDateInText`/`responseDateInText` and the gold say) the right verdict is \"cannot tell\" and a met or not-met verdict counts as a disagreement, a guess; where it states both, the gold value. The row above it, \"every label\", scores every `true`/`false` label as before, so that nothing is hidden. One verdict of the linter differs from the letter of the gold by design: a report published before 2 May 2017 has no 56-day limit (s.55(5A) came into force then; the linter says met, \"no limit applies\") where the gold applies today\'s rule. An error-level message contradicts a label when it says missing, late or not a local policing body where the gold says present, in time or a body.',
    '',
    `### Tuned (${tuned.documents} documents)`,
    '',
    ...table(tuned),
    '',
    `### Blind (${blind.documents} documents, \`fixtures/blind.json\`; aggregates only)`,
    '',
    ...table(blind),
    '',
    '#### Blind, per set',
    '',
    'Agreed of scored, per label, for each set as the corpus README lists it (a set added blind is scored before any change); "disagree" counts verdicts opposite to the gold, the rest of the shortfall is "cannot tell".',
    '',
    ...setTable(blindSets)
  ]
  const misses = [
    ...tuned.contradictions.map((entry) => `- contradicting error: ${entry}`),
    ...tuned.rows.flatMap((row) => row.misses.map((miss) => `- \`${row.rule}\` ${miss}`))
  ]
  if (misses.length > 0) lines.push('', 'Misses in the tuned part:', '', ...misses)
  lines.push('<!-- responses:end -->')
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const markdown = render(evaluate())
  const target = new URL('docs/accuracy.md', root)
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '# Accuracy\n'
  const start = current.indexOf('<!-- responses:start -->')
  const end = current.indexOf('<!-- responses:end -->')
  const next =
    start !== -1 && end !== -1
      ? current.slice(0, start) + markdown + current.slice(end + '<!-- responses:end -->'.length)
      : `${current.trimEnd()}\n\n${markdown}\n`
  writeFileSync(target, next)
  console.log(markdown)
}
