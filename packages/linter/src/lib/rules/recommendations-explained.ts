import type {SourceSpan} from '@scrutiny/schema'
import type {CoverageRow} from '../coverage.js'
import {dutiesFor} from '../deadline.js'
import type {LinkedDates} from '../link.js'
import type {Outcome} from '../messages.js'
import {cannotTellBecause, ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import type {RuleReport} from '../rule.js'
import type {TextState} from '../text-state.js'
import {unsettled} from '../text-state.js'
import {hasPlaceholders} from './placeholders-filled.js'

// Addressee kinds whose recommendations the local policing body must act on or explain itself.
const localAddressees = new Set(['chief-constables', 'force', 'local-policing-body'])

/** Whether the report is one whose recommendations must be explained (not one published before 2017-05-02). */
export function explanationsDue(dates: LinkedDates): boolean {
  return (dates.report && dutiesFor(dates.report.date))?.explainRecommendations !== false
}

/**
 * The recommendations addressed locally (`local`) or to other bodies. A recommendation without
 * addressees (quoted by the response, no report given) counts as local.
 */
export function recommendationsTo<Row extends CoverageRow>(coverage: readonly Row[], local: boolean): Row[] {
  return coverage.filter(
    (row) =>
      row.kind === 'recommendation' &&
      (row.addressees === undefined || row.addressees.length === 0 || row.addressees.some((a) => localAddressees.has(a))) === local
  )
}

/**
 * The recommendations without an explanation, addressed locally (`local`) or to other bodies. A row
 * the text cannot settle (its outcome "cannot tell") says why, from the text's state.
 */
export function unexplained(
  coverage: ReadonlyArray<CoverageRow & {outcome: Outcome}>,
  dates: LinkedDates,
  local: boolean,
  text: TextState
): Array<RuleReport<'cannot-tell' | 'unexplained'>> {
  if (!explanationsDue(dates)) return []
  const why = unsettled(text, 'anywhere') ?? cannotTellBecause['cut-off']
  return recommendationsTo(coverage, local)
    .filter((row) => !row.answered)
    .map((row) => {
      const cannotTell = row.outcome === 'cannot-tell'
      const values: Record<string, string> = cannotTell ? {text: row.text, why} : {text: row.text}
      return {message: cannotTell ? ('cannot-tell' as const) : ('unexplained' as const), values, ...(row.position ? {place: row.position} : {})}
    })
}

/**
 * The met result of a coverage check: where every row checked is answered, the first answer's
 * passage (each answer's own is in the coverage table); nothing when no row was checked.
 */
export function allAnswered<MessageId extends string>(message: MessageId, rows: readonly CoverageRow[]): Array<{message: MessageId; place?: SourceSpan}> {
  const first = rows[0]
  if (first === undefined || rows.some((row) => !row.answered)) return []
  return [{message, ...(first.position ? {place: first.position} : {})}]
}

/**
 * Every recommendation in the report has an explanation of the action taken or proposed, or of why
 * there is none. Without a report, the recommendations the response itself quotes are checked. Not
 * applied to reports published before 2017-05-02.
 *
 * Statute: Police Act 1996 s.55(5B), "If the published report includes a recommendation, the
 * comments of the local policing body must include an explanation of (a) the action … taken or
 * proposes to take … or (b) why the local policing body has not taken, or does not propose to take,
 * any action". Error for recommendations addressed to chief constables, forces or local policing
 * bodies; those addressed to other bodies are `other-recommendations-explained` (section55.md §7
 * S55-RECOMMENDATIONS-EXPLAINED).
 *
 * @example
 *   {"valid": true}
 *
 *   Recommendation 2: By January 2024, forces should review whether they have effective processes in place to reduce the risk of skilled personnel leaving the organisation
 *
 *   I have asked the Chief Constable to review the force's retention processes and will monitor progress at my accountability board.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected recommendation without an explanation of action taken or proposed, or why none, expected one in the body's comments (s.55(5B)): “Forces should review their vetting processes.”"}
 *
 *   Recommendation 1: Forces should review their vetting processes.
 *
 *   I welcome the report.
 */
export const recommendationsExplained = defineRule({
  id: 'recommendations-explained',
  ...ruleSpecs['recommendations-explained'],
  check(context) {
    // An unfilled draft: the placeholders (reported by placeholders-filled) stand for what is missing.
    if (hasPlaceholders(context)) return []
    const {coverage, dates, text} = context
    const results = unexplained(coverage, dates, true, text)
    if (results.length > 0) return results
    // Met once any recommendation is explained, with the first local explanation's passage (every
    // local one is explained here), else the first explanation's to another body.
    const local = recommendationsTo(coverage, true)
    return allAnswered('explained', (local.length > 0 ? local : recommendationsTo(coverage, false)).filter((row) => row.answered))
  }
})
