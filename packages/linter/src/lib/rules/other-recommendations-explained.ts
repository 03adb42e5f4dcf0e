import {ruleSpecs} from '../messages.js'
import {hasPlaceholders} from './placeholders-filled.js'
import {defineRule} from '../rule.js'
import {allAnswered, explanationsDue, recommendationsTo, unexplained} from './recommendations-explained.js'

/**
 * Every recommendation of the report addressed to another body (the Home Office, the College of
 * Policing, the NPCC) is explained too: the body may say what it will do, or that the
 * recommendation is for that body. Needs the report (or its findings), which gives the addressees.
 *
 * Statute: Police Act 1996 s.55(5B), read with the addressee: a warning, since "it is for the Home
 * Office" may be said off the page (section55.md §7 S55-RECOMMENDATIONS-EXPLAINED).
 *
 * @example
 *   {"valid": true, "options": {"findings": [{"kind": "recommendation", "id": "recommendation-1", "number": "1", "text": "The Home Office should fund a national vetting database.", "addressees": [{"kind": "home-office", "name": "the Home Office"}]}]}}
 *
 *   Recommendation 1: The Home Office should fund a national vetting database.
 *
 *   I will support the Home Office in setting up the database and will ask the Chief Constable to use it.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected recommendation to another body without an explanation, expected one in the body's comments (s.55(5B)): “The Home Office should fund a national vetting database.”", "options": {"findings": [{"kind": "recommendation", "id": "recommendation-1", "number": "1", "text": "The Home Office should fund a national vetting database.", "addressees": [{"kind": "home-office", "name": "the Home Office"}]}]}}
 *
 *   I welcome the report.
 */
export const otherRecommendationsExplained = defineRule({
  id: 'other-recommendations-explained',
  ...ruleSpecs['other-recommendations-explained'],
  check(context) {
    // An unfilled draft: the placeholders (reported by placeholders-filled) stand for what is missing.
    if (hasPlaceholders(context)) return []
    const {coverage, dates, text} = context
    if (!explanationsDue(dates)) return []
    const results = unexplained(coverage, dates, false, text)
    // Met with the first explanation's passage; no result where the report has none for other bodies.
    return results.length > 0 ? results : allAnswered('explained', recommendationsTo(coverage, false))
  }
})
