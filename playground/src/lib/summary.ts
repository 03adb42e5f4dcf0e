import {rules, summariseDeadline} from '@scrutiny/linter'
import type {CheckedRow, DeadlineSummary, LintMessage, Outcome} from '@scrutiny/linter'
import type {FindingKind, PartKind, SourceSpan, Stance, StatutoryResponse} from '@scrutiny/schema'
import type {Heading, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFileMessage} from 'vfile-message'
import type {CheckOutcome} from './check.js'
import {shorten, spanOffsets} from './text.js'

export type {DeadlineSummary} from '@scrutiny/linter'
export type Severity = 'error' | 'warning' | 'info'

export interface Verdict {
  meetsRequirements: boolean
  errors: number
  warnings: number
  /** Advice that is not a failing (info messages). */
  notes: number
  headline: string
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
    deadline: summariseDeadline(outcome.lint),
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
