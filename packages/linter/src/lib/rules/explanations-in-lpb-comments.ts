import type {SourceSpan} from '@scrutiny/schema'
import type {CoverageRow} from '../coverage.js'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import type {RuleReport} from '../rule.js'
import {unsettled} from '../text-state.js'
import {explanationsDue} from './recommendations-explained.js'

/** Where the body itself explains a recommendation: the best answer where it is in the body's parts, else the body's best. */
function ownExplanation(row: CoverageRow): SourceSpan | undefined {
  if (row.ownAnswer) return row.ownAnswer.position
  return row.answered && row.part !== undefined && row.part !== 'chief-officer-comments' ? row.position : undefined
}

/**
 * The explanations of action on recommendations are in the body's own comments (or its response to
 * the chief officer), not only in the chief officer's section.
 *
 * Statute: Police Act 1996 s.55(5B), "the comments of the local policing body must include an
 * explanation". Warning: a body may adopt the chief's account in words the segmenter misses
 * (section55.md §7 S55-REC-EXPLANATION-IN-LPB-COMMENTS).
 *
 * @example
 *   {"valid": true}
 *
 *   Recommendation 1: Forces should review their vetting processes.
 *
 *   I have asked the Chief Constable to review vetting and will scrutinise the results.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected explanation of a recommendation only in the chief officer's comments, expected one in the body's own comments (s.55(5B)): “Forces should review their vetting processes.”"}
 *
 *   1. Police and Crime Commissioner's comments
 *
 *   I welcome the report.
 *
 *   2. Comments from the Chief Constable
 *
 *   Recommendation 1: Forces should review their vetting processes.
 *
 *   The force has reviewed its vetting processes and introduced annual checks.
 */
export const explanationsInLpbComments = defineRule({
  id: 'explanations-in-lpb-comments',
  ...ruleSpecs['explanations-in-lpb-comments'],
  check({coverage, dates, text}) {
    if (!explanationsDue(dates)) return []
    // The recommendations explained somewhere; those explained nowhere are recommendations-explained's.
    const explained = coverage.filter((row) => row.kind === 'recommendation' && row.answeredIn.length > 0)
    const chiefOnly = explained.filter((row) => row.answeredIn.every((part) => part === 'chief-officer-comments'))
    if (chiefOnly.length === 0) {
      const own = explained.map(ownExplanation).find((answer) => answer !== undefined)
      return own ? [{message: 'in-own-comments', place: own}] : []
    }
    // The body's own explanation may be in the part of the text not read, or in the page it points to.
    const why = unsettled(text, 'anywhere')
    return chiefOnly.map(
      (row): RuleReport<'chief-only' | 'cannot-tell'> => ({
        message: why === undefined ? 'chief-only' : 'cannot-tell',
        values: why === undefined ? {text: row.text} : {text: row.text, why},
        ...(row.position ? {place: row.position} : {})
      })
    )
  }
})
