// Score parseResponse + lint against the gold labels of fixtures/corpus/responses and the seed, and
// write the agreement per rule to docs/accuracy.md (between the responses markers).
// Run: pnpm eval (builds first), or node scripts/eval-responses.mjs after `pnpm build`.
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import {parseResponse} from '../packages/parser/dist/index.js'
import {lint} from '../packages/linter/dist/index.js'

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

const has = (messages, ruleId, test = () => true) => messages.some((m) => m.ruleId === ruleId && test(m))

// Each gold label, the rule whose verdict it scores, and how to read the verdict (true, false, or
// undefined when the tool gives none).
const checks = [
  {label: 'hasLpbComments', rule: 'lpb-comments', verdict: ({messages}) => !has(messages, 'lpb-comments')},
  {label: 'hasChiefOfficerComments', rule: 'chief-officer-comments', verdict: ({messages}) => !has(messages, 'chief-officer-comments')},
  {label: 'hasResponseToChiefComments', rule: 'response-to-chief-officer', verdict: ({response}) => response.responseToChiefOfficer !== undefined},
  {
    label: 'withinDeadline',
    rule: 'published-within-56-days',
    verdict: ({messages, result, response}) =>
      result.deadline && (response.date ?? response.publication?.date) ? !has(messages, 'published-within-56-days', (m) => m.fatal === true) : undefined
  },
  {label: 'citesSection55', rule: 'cites-section-55', verdict: ({messages}) => !has(messages, 'cites-section-55', (m) => m.reason.includes('without a citation'))},
  {
    label: 'addressedTo (HMICFRS and Secretary of State)',
    rule: 'copies-sent',
    gold: (gold) => {
      const names = (gold.addressedTo ?? []).join(' | ')
      return /HMIC|Inspector/.test(names) && /Home|Secretary of State/.test(names)
    },
    verdict: ({messages}) => !has(messages, 'copies-sent')
  },
  {label: 'exclusionsNoted', rule: 'no-s55-exclusion-claim', verdict: ({response}) => response.exclusions.length > 0},
  {
    label: 'responseDate',
    rule: 'dates-stated',
    gold: (gold) => (typeof gold.responseDate === 'string' && isoDate.test(gold.responseDate) ? gold.responseDate : null),
    verdict: ({response}) => response.date ?? null,
    compare: 'value'
  },
  {
    label: 'reportPublished',
    rule: 'report-identified',
    gold: (gold) => (typeof gold.reportPublished === 'string' && isoDate.test(gold.reportPublished) ? gold.reportPublished : null),
    verdict: ({response}) => response.report.publishedOn ?? null,
    compare: 'value'
  }
]

export function evaluate() {
  const dir = new URL('fixtures/corpus/responses/', root)
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({name, path: new URL(name, dir), corpus: true}))
  const seedDir = new URL('fixtures/seed/', root)
  for (const name of readdirSync(seedDir).filter((entry) => entry.endsWith('.txt'))) files.push({name, path: new URL(name, seedDir), corpus: false})

  const rows = checks.map((check) => ({label: check.label, rule: check.rule, agree: 0, disagree: 0, noVerdict: 0, misses: []}))
  for (const {name, path, corpus} of files) {
    const {header, text} = corpus ? readCorpusFile(path) : {header: {}, text: readFileSync(path, 'utf8')}
    const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), path), 'utf8'))
    const published = (header.report_published ?? '').slice(0, 10)
    const {response, file} = parseResponse(text, {path: name})
    const result = lint(response, {preset: 'strict', file, ...(isoDate.test(published) ? {reportPublishedOn: published} : {})})
    const context = {response, result, messages: result.messages}
    checks.forEach((check, index) => {
      const expected = check.gold ? check.gold(gold) : gold[check.label]
      if (expected === null || expected === undefined) return
      const actual = check.verdict(context)
      const row = rows[index]
      if (actual === undefined || (check.compare === 'value' && actual === null)) {
        row.noVerdict++
        row.misses.push(`${name}: no verdict (gold ${JSON.stringify(expected)})`)
      } else if (actual === expected) row.agree++
      else {
        row.disagree++
        row.misses.push(`${name}: ${JSON.stringify(actual)}, gold ${JSON.stringify(expected)}`)
      }
    })
  }
  return {files: files.length, rows}
}

function render({files, rows}) {
  const lines = [
    '<!-- responses:start -->',
    '## Responses',
    '',
    `\`node scripts/eval-responses.mjs\` parses and lints (strict preset) ${files} responses (the corpus and the seed) and compares each verdict with the gold label where the label is \`true\`/\`false\` (or a date); \`null\` labels are not scored. "No verdict" counts as a miss in the agreement.`,
    '',
    '| gold label | rule | scored | agree | disagree | no verdict | agreement |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const row of rows) {
    const scored = row.agree + row.disagree + row.noVerdict
    const share = scored === 0 ? '–' : `${Math.round((row.agree / scored) * 100)}%`
    lines.push(`| ${row.label} | \`${row.rule}\` | ${scored} | ${row.agree} | ${row.disagree} | ${row.noVerdict} | ${share} |`)
  }
  const misses = rows.flatMap((row) => row.misses.map((miss) => `- \`${row.rule}\` ${miss}`))
  if (misses.length > 0) lines.push('', 'Misses:', '', ...misses)
  lines.push('<!-- responses:end -->')
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outcome = evaluate()
  const markdown = render(outcome)
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
