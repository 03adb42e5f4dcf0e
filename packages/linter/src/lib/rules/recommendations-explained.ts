import {section55Duties} from '@scrutiny/schema'
import {defineRule} from '../rule.js'
import {hasPlaceholders} from './placeholders-filled.js'

// Addressee kinds whose recommendations the local policing body must act on or explain itself.
const localAddressees = new Set(['chief-constables', 'force', 'local-policing-body'])

/**
 * Every recommendation in the report has an explanation of the action taken or proposed, or of why
 * there is none. Without a report, the recommendations the response itself quotes are checked. Not
 * applied to reports published before 2017-05-02.
 *
 * Statute: Police Act 1996 s.55(5B), "If the published report includes a recommendation, the
 * comments of the local policing body must include an explanation of (a) the action … taken or
 * proposes to take … or (b) why the local policing body has not taken, or does not propose to take,
 * any action". Error for recommendations addressed to chief constables, forces or local policing
 * bodies; warning for those addressed to other bodies (section55.md §7 S55-RECOMMENDATIONS-EXPLAINED).
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
  description:
    'Every recommendation of the report has an explanation of action taken or proposed, or of why none.',
  source: 'Police Act 1996 s.55(5B)',
  basis: 'statute',
  severity: {recommended: 'error', strict: 'error'},
  check(context) {
    // An unfilled draft: the placeholders (reported by placeholders-filled) stand for what is missing.
    if (hasPlaceholders(context)) return []
    const {coverage, reportPublishedOn} = context
    if (reportPublishedOn !== undefined && !section55Duties(reportPublishedOn).explainRecommendations) return []
    return coverage
      .filter((row) => row.kind === 'recommendation' && !row.answered)
      .map((row) => {
        const local = row.addressees === undefined || row.addressees.length === 0 || row.addressees.some((a) => localAddressees.has(a))
        return {
          reason: `Unexpected recommendation without an explanation of action taken or proposed, or why none, expected one in the body's comments (s.55(5B)): “${row.text}”`,
          severity: local ? 'error' : 'warning',
          ...(row.position ? {place: row.position} : {})
        } as const
      })
  }
})
