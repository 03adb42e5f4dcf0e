import {rules} from '@scrutiny/linter'
import type {CheckedRow, DeadlineStatus, LintMessage, Outcome} from '@scrutiny/linter'
import {dayOfResponsePeriod, policingAndCrimeAct2017Commencement, responsePeriodDays, toDayNumber} from '@scrutiny/schema'
import type {FindingKind, PartKind, SourceSpan, Stance, StatutoryResponse} from '@scrutiny/schema'
import type {Heading, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFileMessage} from 'vfile-message'
import type {CheckOutcome} from './check.js'
import {days, formatDate, shorten, spanOffsets} from './text.js'

export type Severity = 'error' | 'warning' | 'info'

export interface Verdict {
  meetsRequirements: boolean
  errors: number
  warnings: number
  /** Advice that is not a failing (info messages). */
  notes: number
  headline: string
}

export interface DeadlineSummary {
  /** `cannot-tell`: the report is known only to the month and the response falls inside the range of last days. */
  state: 'unknown' | 'not-applicable' | 'in-time' | 'late' | 'days-left' | 'undated' | 'cannot-tell'
  /** `YYYY-MM-DD`, or `YYYY-MM` when the text gives only the month. */
  reportPublishedOn?: string
  /** The last permitted day; for a report known only to the month, the latest it can be. */
  lastPermittedDay?: string
  /** For a report known only to the month: the earliest the last permitted day can be. */
  earliestLastPermittedDay?: string
  /** The publication date, or today for a draft. */
  date?: string
  /** Which day of the 56 `date` is (1 = the report's publication day). */
  day?: number
  daysLeft?: number
  daysLate?: number
  sentence: string
}

export interface Issue {
  /** Anchor id on the page. */
  id: string
  severity: Severity
  ruleId: string
  title: string
  /** The linter's own message. */
  detail: string
  /** The passage the issue is about, verbatim, when it is about one. */
  quote?: string
  /** The heading and statutory part the passage is in. */
  section?: string
  citation: string
  whatToAdd: string
  url?: string
  position?: SourceSpan
}

export interface Passage {
  /** Anchor id on the page. */
  id: string
  start: number
  end: number
  findingIds: string[]
}

export interface CoverageEntry {
  findingId?: string
  kind: FindingKind
  kindLabel: string
  number?: string
  text: string
  answered: boolean
  answer: string
  where?: string
  /** Anchor id of the answering passage in the draft. */
  passageId?: string
}

/** The outcome of one check, as the text reporter shows it: met (with the passage), not met, or cannot tell. */
export interface CheckEntry {
  ruleId: string
  outcome: Outcome
  /** The plain sentence: what was found, or what is missing or could not be checked. */
  label: string
  /** For `met`: the passage that meets the check, verbatim. */
  quote?: string
}

export interface Summary {
  verdict: Verdict
  deadline: DeadlineSummary
  /** Every check the linter ran, with its outcome. */
  checks: CheckEntry[]
  issues: Issue[]
  coverage: CoverageEntry[]
  passages: Passage[]
}

const kindLabels: Record<FindingKind, string> = {
  'cause-of-concern': 'Cause of concern',
  recommendation: 'Recommendation',
  'area-for-improvement': 'Area for improvement',
  'innovative-practice': 'Innovative practice',
  'promising-practice': 'Promising practice'
}

const stanceLabels: Record<Stance, string> = {
  'action-taken': 'Action taken',
  'action-proposed': 'Action proposed',
  'no-action': 'No action, with a reason',
  noted: 'Noted only: no action stated'
}

const partLabels: Record<PartKind, string> = {
  'lpb-comments': "Local policing body's comments",
  'chief-officer-comments': "Chief officer's comments",
  'response-to-chief-officer': "Body's response to the chief officer"
}

/** The findings the coverage table lists (s.55(5B) and good practice); practice is not answered. */
const coveredKinds = new Set<FindingKind>(['recommendation', 'cause-of-concern', 'area-for-improvement'])

/**
 * Turn a check into what the page shows and the JSON export holds: the verdict, the deadline,
 * the issues with their passages and sections, the coverage table and the passages to highlight.
 */
export function summarise(outcome: CheckOutcome): Summary {
  const passages = passagesOf(outcome.response, outcome.responseText)
  const messages = [...outcome.lint.messages].sort(bySeverity)
  const issues = messages.map((message, index) => toIssue(message, index, outcome))
  const errors = issues.filter((issue) => issue.severity === 'error').length
  const warnings = issues.filter((issue) => issue.severity === 'warning').length
  return {
    verdict: verdictOf(errors, warnings, issues.length - errors - warnings),
    deadline: deadlineOf(outcome),
    checks: outcome.lint.checks.map((check) => {
      const quote = check.outcome === 'met' && check.place ? quoteAt(outcome.responseText, check.place) : undefined
      return {ruleId: check.ruleId, outcome: check.outcome, label: check.plain, ...(quote ? {quote} : {})}
    }),
    issues,
    coverage: outcome.lint.coverage
      .filter((row) => coveredKinds.has(row.kind))
      .map((row) => toCoverageEntry(row, passages, outcome.responseText)),
    passages
  }
}

function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

const severityRank: Record<Severity, number> = {error: 0, warning: 1, info: 2}

function bySeverity(a: VFileMessage, b: VFileMessage): number {
  return severityRank[severityOf(a)] - severityRank[severityOf(b)]
}

function verdictOf(errors: number, warnings: number, notes: number): Verdict {
  const headline =
    errors > 0
      ? `The response does not meet the statutory requirements: ${errors} ${errors === 1 ? 'issue' : 'issues'} to fix`
      : warnings > 0
        ? `The response meets the statutory requirements, with ${warnings} ${warnings === 1 ? 'point' : 'points'} to check`
        : 'The response meets the statutory requirements'
  return {meetsRequirements: errors === 0, errors, warnings, notes, headline}
}

/** The deadline in words, from the dates and status the linter worked out (`lint.dates`, `lint.deadline`). */
function deadlineOf(outcome: CheckOutcome): DeadlineSummary {
  const {dates, deadline: status} = outcome.lint
  const reportPublishedOn = dates.report?.date
  const publishedOn = dates.response?.date
  const asAt = dates.asAt
  if (reportPublishedOn === undefined) {
    // A statement issued "today" with the report, or a date without a year: the check says what the text settles.
    const check = outcome.lint.checks.find((entry) => entry.ruleId === 'published-within-56-days')
    if (check?.messageId === 'same-day') return {state: 'in-time', sentence: check.plain}
    if (check?.messageId === 'no-year') return {state: 'unknown', sentence: check.plain}
    return {state: 'unknown', sentence: "The deadline is unknown: give the report's publication date, or the report itself."}
  }
  if (outcome.lint.noDeadline === 'outside-section-55') {
    return {
      state: 'not-applicable',
      reportPublishedOn,
      sentence: `The report was published ${dates.report?.precision === 'month' ? 'in' : 'on'} ${formatDate(reportPublishedOn)}. It is not a report section 55 covers, so no 56-day deadline applies.`
    }
  }
  if (status === undefined) {
    return {
      state: 'not-applicable',
      reportPublishedOn,
      sentence: `The report was published ${dates.report?.precision === 'month' ? 'in' : 'on'} ${formatDate(reportPublishedOn)}, before the 56-day limit came into force on ${formatDate(policingAndCrimeAct2017Commencement)}, so no deadline applies.`
    }
  }
  if (status.earliestLastPermittedDay !== undefined) return monthDeadlineOf(reportPublishedOn, status.earliestLastPermittedDay, status, asAt ?? publishedOn)
  const {lastPermittedDay} = status
  const base = {reportPublishedOn, lastPermittedDay}
  const last = `The last permitted day is ${formatDate(lastPermittedDay)} (day ${responsePeriodDays}, counting ${formatDate(reportPublishedOn)}, when the report was published, as day 1).`
  const date = asAt ?? publishedOn
  if (date === undefined) {
    return {...base, state: 'undated', sentence: `${last} The response has no date: give its publication date.`}
  }
  const day = dayOfResponsePeriod(reportPublishedOn, date)
  const when = asAt ? `Today, ${formatDate(date)}, is` : `Published on ${formatDate(date)}:`
  if (status.daysLate !== undefined) {
    return {...base, state: 'late', date, day, daysLate: status.daysLate, sentence: `${last} ${when} day ${day}, ${days(status.daysLate)} late.`}
  }
  const daysLeft = toDayNumber(lastPermittedDay) - toDayNumber(date)
  if (asAt) {
    return {...base, state: 'days-left', date, day, daysLeft, sentence: `${last} ${when} day ${day}: ${days(daysLeft)} left after today.`}
  }
  return {
    ...base,
    state: 'in-time',
    date,
    day,
    daysLeft,
    sentence: `${last} ${when} day ${day}, in time${daysLeft > 0 ? ` with ${days(daysLeft)} to spare` : ''}.`
  }
}

/** The deadline for a report known only to the month: "in time" or "late" only where every day of the month agrees. */
function monthDeadlineOf(reportPublishedOn: string, earliest: string, status: DeadlineStatus, date: string | undefined): DeadlineSummary {
  const base = {reportPublishedOn, lastPermittedDay: status.lastPermittedDay, earliestLastPermittedDay: earliest}
  const range = `The report was published in ${formatDate(reportPublishedOn)} (no day given), so the last permitted day is between ${formatDate(earliest)} and ${formatDate(status.lastPermittedDay)}.`
  if (date === undefined) return {...base, state: 'undated', sentence: `${range} The response has no date: give its publication date.`}
  if (status.daysLate !== undefined) {
    return {...base, state: 'late', date, daysLate: status.daysLate, sentence: `${range} Dated ${formatDate(date)}: late whatever the day, by at least ${days(status.daysLate)}.`}
  }
  if (date <= earliest) return {...base, state: 'in-time', date, sentence: `${range} Dated ${formatDate(date)}: in time whatever the day.`}
  return {...base, state: 'cannot-tell', date, sentence: `${range} Dated ${formatDate(date)}: it may be late; give the day the report was published.`}
}

function toIssue(message: LintMessage, index: number, outcome: CheckOutcome): Issue {
  const ruleId = message.ruleId ?? 'unknown'
  const rule = rules.find((candidate) => candidate.id === ruleId)
  const span = message.place && 'start' in message.place ? (message.place as SourceSpan) : undefined
  const quote = span ? quoteAt(outcome.responseText, span) : undefined
  const section = span ? sectionAt(outcome, spanOffsets(outcome.responseText, span)[0]) : undefined
  return {
    id: `issue-${index + 1}`,
    severity: severityOf(message),
    ruleId,
    title: message.plain,
    detail: message.reason,
    ...(quote ? {quote} : {}),
    ...(section ? {section} : {}),
    citation: message.note ?? rule?.note ?? '',
    whatToAdd: message.fix ?? rule?.why ?? message.reason,
    ...(message.url ? {url: message.url} : {}),
    ...(span ? {position: span} : {})
  }
}

function quoteAt(text: string, span: SourceSpan): string | undefined {
  const [start, end] = spanOffsets(text, span)
  const quote = text.slice(start, end).trim()
  return quote ? shorten(quote) : undefined
}

/** The nearest heading before `offset` and the statutory part around it, e.g. `2. Comments from the Chief Constable`. */
export function sectionAt(outcome: CheckOutcome, offset: number): string | undefined {
  const heading = headingBefore(outcome.responseTree, offset)
  const part = partAt(outcome.response, outcome.responseText, offset)
  if (heading && part && !heading.includes(part.heading ?? '\u0000')) return `${heading} (${part.label})`
  return heading ?? part?.heading ?? part?.label
}

function headingBefore(tree: Root, offset: number): string | undefined {
  let found: Heading | undefined
  for (const node of tree.children) {
    const start = node.position?.start.offset
    if (start === undefined || start > offset) break
    if (node.type === 'heading') found = node
  }
  return found ? toString(found).trim() || undefined : undefined
}

function partAt(
  response: StatutoryResponse,
  text: string,
  offset: number
): {label: string; heading?: string} | undefined {
  const parts = [
    ['lpb-comments', response.lpbComments],
    ['chief-officer-comments', response.chiefOfficerComments],
    ['response-to-chief-officer', response.responseToChiefOfficer]
  ] as const
  for (const [kind, part] of parts) {
    if (!part) continue
    const [start, end] = spanOffsets(text, part.position)
    if (offset >= start && offset < end) return {label: partLabels[kind], ...(part.heading ? {heading: part.heading.trim()} : {})}
  }
  return undefined
}

/** The passages that answer findings, in document order; overlapping passages are merged into one. */
function passagesOf(response: StatutoryResponse, text: string): Passage[] {
  const spans = response.findingResponses
    .map((answer) => ({
      offsets: spanOffsets(text, answer.position),
      findingId: answer.finding.findingId ?? answer.finding.quote ?? answer.finding.number ?? ''
    }))
    .sort((a, b) => a.offsets[0] - b.offsets[0])
  const passages: Passage[] = []
  for (const {offsets, findingId} of spans) {
    const last = passages.at(-1)
    if (last && offsets[0] < last.end) {
      last.end = Math.max(last.end, offsets[1])
      if (!last.findingIds.includes(findingId)) last.findingIds.push(findingId)
    } else {
      passages.push({id: `passage-${passages.length + 1}`, start: offsets[0], end: offsets[1], findingIds: [findingId]})
    }
  }
  return passages
}

function toCoverageEntry(row: CheckedRow, passages: Passage[], text: string): CoverageEntry {
  const offsets = row.position ? spanOffsets(text, row.position) : undefined
  const passage = offsets && passages.find((candidate) => candidate.start <= offsets[0] && offsets[0] < Math.max(candidate.end, candidate.start + 1))
  const answer =
    row.outcome === 'cannot-tell'
      ? 'Cannot tell: the text read looks cut off or points elsewhere'
      : !row.stance
        ? 'Not answered'
        : row.answered
          ? stanceLabels[row.stance]
          : `Not answered: ${stanceLabels[row.stance].toLowerCase()}`
  return {
    ...(row.findingId ? {findingId: row.findingId} : {}),
    kind: row.kind,
    kindLabel: kindLabels[row.kind],
    ...(row.number ? {number: row.number} : {}),
    text: row.text,
    answered: row.answered,
    answer,
    ...(row.part ? {where: partLabels[row.part]} : {}),
    ...(passage ? {passageId: passage.id} : {})
  }
}
