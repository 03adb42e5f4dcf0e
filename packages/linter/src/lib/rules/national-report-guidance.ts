import {section55For} from '@scrutiny/schema'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'

/**
 * A response to a national report (a thematic or spotlight report with recommendations to all
 * chief constables) is due unless the force's own report carries the same findings and
 * recommendations: then HMICFRS's guidance says a response to the force's report is enough. The
 * linter cannot see the force's report, so it points to the guidance (info) and checks the rest.
 *
 * Guidance: HMICFRS, "How HMICFRS works with PCCs and Mayoral Offices" (section55.md §5.1).
 *
 * @example
 *   {"valid": true, "options": {"report": {"schemaVersion": "1.0", "title": "PEEL 2023–25: An inspection of Cumbria Constabulary", "kind": "peel", "subjects": [], "grades": [], "findings": []}}}
 *
 *   I welcome the inspection report and have asked the Chief Constable for his comments.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response to a national report without a check for a force report, expected none where the force's own report carries the same findings and recommendations: a response to the force's report is then enough (HMICFRS guidance)", "options": {"report": {"schemaVersion": "1.0", "title": "An inspection of vetting, misconduct, and misogyny in the police service", "kind": "thematic", "subjects": [], "grades": [], "findings": []}}}
 *
 *   I welcome the inspectorate's thematic report and have asked the Chief Constable for his comments.
 */
export const nationalReportGuidanceRule = defineRule({
  id: 'national-report-guidance',
  ...ruleSpecs['national-report-guidance'],
  check({report}) {
    return report && section55For(report.kind).section55 === 'applies-unless-force-report-repeats' ? [{message: 'national-report'}] : []
  }
})
