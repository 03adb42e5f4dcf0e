import {dutiesFor} from '../deadline.js'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'

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
  check({coverage, dates}) {
    if ((dates.report && dutiesFor(dates.report.date))?.explainRecommendations === false) return []
    return coverage
      .filter(
        (row) =>
          row.kind === 'recommendation' &&
          row.answeredIn.length > 0 &&
          row.answeredIn.every((part) => part === 'chief-officer-comments')
      )
      .map((row) => ({message: 'chief-only', values: {text: row.text}, ...(row.position ? {place: row.position} : {})}))
  }
})
