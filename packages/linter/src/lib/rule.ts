import {ScrutinyError} from '@scrutiny/schema'
import type {Finding, FindingResponse, InspectionReport, SourceSpan, StatutoryResponse} from '@scrutiny/schema'
import type {VFile} from 'vfile'
import type {CoverageRow} from './coverage.js'
import type {DeadlineStatus} from './deadline.js'
import type {LinkedDates} from './link.js'
import {ruleSpecs} from './messages.js'
import type {MessageSpec, Outcome, RuleBasis} from './messages.js'
import type {OutsideSection55} from './scope.js'
import type {TextState} from './text-state.js'

export type {Outcome, RuleBasis} from './messages.js'

/** How loudly a rule speaks: an error breaks the statute, a warning may, info is advice. */
export type Severity = 'error' | 'warning' | 'info'

/** Everything a rule may look at. */
export interface RuleContext {
  response: StatutoryResponse
  report?: InspectionReport
  /** The report's findings (or those passed as `findings`); empty when neither was given. */
  findings: Finding[]
  /** Where the response answers each finding (see `coverage`), with its outcome. */
  coverage: Array<CoverageRow & {outcome: Outcome}>
  /** The response's references that match no finding of the report given (see `link`). */
  unmatched: FindingResponse[]
  /** The dates the linter works with, and where each came from (see `link`). */
  dates: LinkedDates
  /** Where the response stands against the 56 days, when the report's date is known. */
  deadline?: DeadlineStatus
  /** Whether the text read looks cut off, or points to an attachment for part of the response. */
  text: TextState
  /** Why the section 55 rules do not run, when they do not: a fire report given, or a text about a fire and rescue service only. */
  outsideSection55?: OutsideSection55
  /** The source, for rules that need the text around the parts (footnotes, links). */
  file?: VFile
}

/** One result of a rule: a message of its table, the values for its `{placeholders}`, and where. */
export interface RuleReport<MessageId extends string = string> {
  message: MessageId
  values?: Record<string, string | number>
  /** For `met`: the passage that meets the check; otherwise the passage the message is about. */
  place?: SourceSpan
  expected?: string[]
  actual?: string
}

/** A lint rule: one statutory duty or one piece of good practice. */
export interface Rule<MessageId extends string = string> {
  id: string
  /** What the rule checks, one sentence. */
  description: string
  /** The statutory citation or guidance the rule rests on, set as the message `note`. */
  note: string
  basis: RuleBasis
  /** Why the law (or good practice) asks for it, in plain words. */
  why: string
  /** Its messages: outcome, developer form, plain form and what to do. */
  messages: Readonly<Record<MessageId, MessageSpec>>
  /** Its documentation: a built-in rule's section of `docs/rules.md`; a house rule's own page, if given. */
  url?: string
  /** Runs on a report section 55 does not reach (a fire report); every other rule is skipped there. */
  runsOutsideSection55?: boolean
  /**
   * The rule's results: `met` reports carry the passage that meets the check and become no message;
   * `not-met` and `cannot-tell` reports become messages. No result at all means there was nothing to
   * check (no recommendations, say).
   */
  check(context: RuleContext): RuleReport<MessageId>[]
}

/** Thrown by `lint` when a rule (a house rule, say) reports a message that is not in its `messages`. */
export class RuleError extends ScrutinyError {
  override name = 'RuleError'

  constructor(ruleId: string, messageId: string, known: readonly string[]) {
    super(`Unexpected message ${JSON.stringify(messageId)} from rule ${JSON.stringify(ruleId)}, expected one of its messages: ${known.join(', ')}`)
  }
}

export const docsUrl = 'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md'

/**
 * Define a rule. A built-in rule gets its section of `docs/rules.md` as its URL; a house rule has
 * the URL it brings, or none (`docs/rules.md` has no section for it, so no link is made up).
 *
 * @example
 *   const namedBoard = defineRule({
 *     id: 'names-board', description: 'The response names the accountability board.', note: 'House style',
 *     basis: 'good-practice', why: 'Readers should know where progress is followed.',
 *     messages: {missing: {outcome: 'not-met', reason: 'Unexpected …, expected …', plain: 'The board is not named.'}},
 *     check: ({response}) => (/board/i.test(response.lpbComments?.text ?? '') ? [] : [{message: 'missing'}]),
 *     url: 'https://intranet.example/house-rules#names-board'
 *   })
 *   namedBoard.url // 'https://intranet.example/house-rules#names-board'
 */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  const url = rule.url ?? (Object.hasOwn(ruleSpecs, rule.id) ? `${docsUrl}#${rule.id}` : undefined)
  return {...rule, ...(url === undefined ? {} : {url})}
}
