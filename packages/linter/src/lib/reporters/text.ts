import type {ResponsePart, StatutoryResponse} from '@scrutiny/schema'
import {escapeControl} from '../escape.js'
import {summariseDeadline} from '../deadline-summary.js'
import type {CheckResult, CheckedRow, LintMessage, LintResult} from '../lint.js'
import {pathOf, severityOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'
import type {Severity} from '../rule.js'

const severityWords = {error: 'Must fix', warning: 'Should check', info: 'Suggestion'} as const
const partNames = {
  'lpb-comments': "the body's comments",
  'chief-officer-comments': "the chief officer's comments",
  'response-to-chief-officer': "the body's response to the chief officer"
} as const
const kindNames = {
  'cause-of-concern': 'Cause of concern',
  recommendation: 'Recommendation',
  'area-for-improvement': 'Area for improvement',
  'innovative-practice': 'Innovative practice',
  'promising-practice': 'Promising practice'
} as const
const stanceNames = {
  'action-taken': 'action taken',
  'action-proposed': 'action proposed',
  'no-action': 'no action, with a reason',
  noted: 'noted only'
} as const

function clip(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

/** The section a message falls in, named as a reader of the document would. */
function sectionOf(offset: number | undefined, response: StatutoryResponse | undefined): string {
  if (offset === undefined || !response) return 'the document as a whole'
  const parts: Array<[string, ResponsePart | undefined]> = [
    [partNames['lpb-comments'], response.lpbComments],
    [partNames['chief-officer-comments'], response.chiefOfficerComments],
    [partNames['response-to-chief-officer'], response.responseToChiefOfficer]
  ]
  for (const [name, part] of parts) {
    const start = part?.position.start.offset
    const end = part?.position.end.offset
    if (part && start !== undefined && end !== undefined && offset >= start && offset <= end) {
      return part.heading ? `the section “${clip(part.heading, 80)}”` : name
    }
  }
  const first = parts.map(([, part]) => part?.position.start.offset).find((start) => start !== undefined)
  return first !== undefined && offset < first ? 'the opening' : 'the closing part'
}

const outcomeWords = {met: 'Met', 'not-met': 'Not met', 'cannot-tell': 'Cannot tell'} as const

function describeMessage(message: LintMessage, text: string, response: StatutoryResponse | undefined): string[] {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = place?.start.offset
  const end = place?.end.offset
  const lines = [`${severityWords[severityOf(message)]}: ${message.plain}`, `  Where: ${sectionOf(start, response)}`]
  if (start !== undefined && end !== undefined && end > start) lines.push(`  The passage: “${clip(text.slice(start, end))}”`)
  if (message.fix) lines.push(`  What to do: ${message.fix}`)
  if (message.why || message.note) lines.push(`  Why: ${[message.why, message.note && `(${message.note})`].filter(Boolean).join(' ')}`)
  if (message.url) lines.push(`  More: ${message.url}`)
  return lines
}

function describeCheck(check: CheckResult, text: string): string {
  const start = check.place?.start.offset
  const end = check.place?.end.offset
  const passage = start !== undefined && end !== undefined && end > start ? ` “${clip(text.slice(start, end), 100)}”` : ''
  return `- ${outcomeWords[check.outcome]}: ${check.plain}${check.outcome === 'met' && passage && !check.plain.includes('“') ? passage : ''}`
}

const cannotTellRow = '    Cannot tell: the text read looks cut off or points elsewhere; check the rest for an answer.'

function describeRow(row: CheckedRow): string[] {
  const name = `${kindNames[row.kind]}${row.number ? ` ${row.number}` : ''}: “${clip(row.text, 120)}”`
  const lines = [`- ${name}`]
  if (row.quote === undefined) lines.push(row.outcome === 'cannot-tell' ? cannotTellRow : '    Not answered.')
  else {
    const where = row.part ? ` in ${partNames[row.part]}` : ''
    lines.push(`    ${row.answered ? 'Answered' : 'Mentioned'}${where} (${stanceNames[row.stance ?? 'noted']}): “${clip(row.quote, 120)}”`)
    if (row.outcome === 'cannot-tell') lines.push(cannotTellRow)
  }
  return lines
}

/**
 * A plain-language report for a policy officer working in Word: the deadline (never "in time"
 * without a date), each problem in plain words with the passage, its section and what to do, the
 * outcome of every check (met, not met, cannot tell), then the coverage table.
 *
 * @example
 *   console.log(reportText({file, result, response}))
 */
export function reportText(entries: ReportEntry | readonly ReportEntry[]): string {
  return toEntries(entries)
    .map((entry) => {
      const text = typeof entry.file.value === 'string' ? entry.file.value : String(entry.file.value ?? '')
      const {messages, coverage, checks} = entry.result
      const lines = [`Response: ${pathOf(entry)}`, '']
      lines.push(summariseDeadline(entry.result).sentence, '')
      if (messages.length === 0) lines.push('No problems found.')
      else {
        const count = (severity: Severity) => messages.filter((message) => severityOf(message) === severity).length
        lines.push(`Found ${messages.length}: ${count('error')} to fix, ${count('warning')} to check, ${count('info')} suggestion(s).`, '')
        for (const message of messages) lines.push(...describeMessage(message, text, entry.response), '')
      }
      lines.push('', 'Checks:')
      for (const check of checks) lines.push(describeCheck(check, text))
      if (coverage.length > 0) {
        const answered = coverage.filter((row) => row.answered).length
        lines.push('', `Findings of the report (${answered} of ${coverage.length} answered):`)
        for (const row of coverage) lines.push(...describeRow(row))
      }
      // Every line quotes the document: its control characters are made visible, none reaches the terminal.
      return escapeControl(lines.join('\n').trimEnd())
    })
    .join('\n\n')
}
