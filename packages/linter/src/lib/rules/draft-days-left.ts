import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'

/**
 * For a draft (today given as `asAt`, no publication date), the days left to publish: advice that
 * keeps the deadline in view. A draft past the last day is `published-within-56-days`'s error.
 *
 * Statute: Police Act 1996 s.55(5A). Info.
 *
 * @example
 *   {"valid": true, "options": {"reportPublishedOn": "2024-05-14", "publishedOn": "2024-07-02"}}
 *
 *   I welcome this report.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected unpublished draft on 2024-07-01: 7 day(s) left, expected publication no later than 2024-07-08 (s.55(5A))", "options": {"reportPublishedOn": "2024-05-14", "asAt": "2024-07-01"}}
 *
 *   I welcome this report.
 */
export const draftDaysLeft = defineRule({
  id: 'draft-days-left',
  ...ruleSpecs['draft-days-left'],
  check({deadline, dates}) {
    if (deadline?.daysLeft === undefined || dates.asAt === undefined) return []
    return [
      {
        message: 'days-left',
        values: {date: dates.asAt, daysLeft: deadline.daysLeft, lastPermittedDay: deadline.lastPermittedDay},
        expected: [deadline.lastPermittedDay],
        actual: dates.asAt
      }
    ]
  }
})
