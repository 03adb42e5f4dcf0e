import type {ResponsePart, StatutoryResponse} from '@scrutiny/schema'
import type {VFileMessage} from 'vfile-message'
import type {CoverageRow} from '../coverage.js'
import type {DeadlineStatus} from '../deadline.js'
import {escapeControl} from '../escape.js'
import {pathOf, severityOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
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

/** `2024-07-08` as "8 July 2024". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day} ${months[(month ?? 1) - 1]} ${year}`
}

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

function describeMessage(message: VFileMessage, text: string, response: StatutoryResponse | undefined): string[] {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = place?.start.offset
  const end = place?.end.offset
  const lines = [`${severityWords[severityOf(message)]}: ${message.reason}`, `  Where: ${sectionOf(start, response)}`]
  if (start !== undefined && end !== undefined && end > start) lines.push(`  The passage: “${clip(text.slice(start, end))}”`)
  if (message.note) lines.push(`  Why: ${message.note}`)
  if (message.url) lines.push(`  More: ${message.url}`)
  return lines
}

function describeDeadline(deadline: DeadlineStatus): string {
  const last = `The last day to publish is ${longDate(deadline.lastPermittedDay)}`
  if (deadline.daysLate !== undefined) return `${last}: the response is ${deadline.daysLate} day(s) late.`
  if (deadline.daysLeft !== undefined) return `${last}: ${deadline.daysLeft} day(s) left after today.`
  return `${last}: the response is in time.`
}

function describeRow(row: CoverageRow): string[] {
  const name = `${kindNames[row.kind]}${row.number ? ` ${row.number}` : ''}: “${clip(row.text, 120)}”`
  if (row.quote === undefined) return [`- ${name}`, '    Not answered.']
  const where = row.part ? ` in ${partNames[row.part]}` : ''
  return [
    `- ${name}`,
    `    ${row.answered ? 'Answered' : 'Mentioned'}${where} (${stanceNames[row.stance ?? 'noted']}): “${clip(row.quote, 120)}”`
  ]
}

/**
 * A plain-language report for a policy officer working in Word: each problem quotes the passage and
 * names the section instead of a line and column; then the deadline and the coverage table.
 *
 * @example
 *   console.log(reportText({file, result, response}))
 */
export function reportText(entries: ReportEntry | readonly ReportEntry[]): string {
  return toEntries(entries)
    .map((entry) => {
      const text = typeof entry.file.value === 'string' ? entry.file.value : String(entry.file.value ?? '')
      const {messages, coverage, deadline} = entry.result
      const lines = [`Response: ${pathOf(entry)}`, '']
      lines.push(deadline ? describeDeadline(deadline) : 'The 56-day deadline could not be checked: the report date is not known or predates 2 May 2017.', '')
      if (messages.length === 0) lines.push('No problems found.')
      else {
        lines.push(`Problems found: ${messages.length}`, '')
        for (const message of messages) lines.push(...describeMessage(message, text, entry.response), '')
      }
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
