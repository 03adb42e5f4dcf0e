import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'

/**
 * Section 55 is not the duty for a fire and rescue inspection report: HMICFRS inspects fire and
 * rescue authorities under the Fire and Rescue Services Act 2004 and publishes under its s.28B.
 * For such a report this rule speaks instead of the section 55 rules, which do not run, and no
 * 56-day deadline is given. Where no report is given, a text about a fire and rescue service only
 * (it names one, and no police force, chief constable, PEEL or policing outside names such as the
 * inspectorate's or a commissioner's title) is read the same way: a commissioner's statement on the
 * county's fire and rescue inspection. A text that also names the police is checked as a response.
 *
 * Statute: Police Act 1996 s.55(1), "any report prepared under section 54" (reports on police
 * forces); Fire and Rescue Services Act 2004 s.28(A3), s.28B(1) (section55.md §1.3, §5.8).
 *
 * @example
 *   {"valid": true}
 *
 *   I welcome the inspection report and have asked the Chief Constable for his comments.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected section 55 check of a fire and rescue inspection report, expected the duty of the Fire and Rescue Services Act 2004 instead: the inspectors publish the report (s.28B(1)) and section 55 covers reports on police forces only", "options": {"report": {"schemaVersion": "1.0", "title": "Avon Fire and Rescue Service: Causes of concern revisit letter", "kind": "fire-and-rescue-revisit", "subjects": [{"name": "Avon Fire and Rescue Service", "kind": "fire-and-rescue-service", "referenceId": "avon"}], "grades": [], "findings": []}}}
 *
 *   The Fire Authority welcomes the inspectorate's letter and the progress it records.
 */
export const fireReportNotSection55 = defineRule({
  id: 'fire-report-not-section-55',
  ...ruleSpecs['fire-report-not-section-55'],
  runsOutsideSection55: true,
  check({outsideSection55}) {
    if (outsideSection55?.by === 'report') return [{message: 'fire-report'}]
    // No report given: the text is about a fire and rescue service only.
    return outsideSection55 ? [{message: 'fire-text', values: {passage: outsideSection55.passage}}] : []
  }
})
