import {deadlineStatus} from '../deadline.js'
import {defineRule} from '../rule.js'
import {hasPlaceholders} from './placeholders-filled.js'

/**
 * The response is published no later than the last permitted day: the 56 days begin with the day the
 * report was published, so day 56 is in time and day 57 is late. For a draft (no publication date),
 * `asAt` is checked instead and the days left are reported. Not applied to reports published before
 * 2017-05-02, nor when the report's publication date is unknown.
 *
 * Statute: Police Act 1996 s.55(5A), "must be published before the end of the period of 56 days
 * beginning with the day on which the report is published". Error when late, warning when the
 * response's date is unknown, info for a draft's days left.
 *
 * @example
 *   {"valid": true}
 *
 *   On 7 July 2023, HMICFRS published its report ‘Police performance: Getting a grip’.
 *
 *   I welcome this report.
 *
 *   31 August 2023
 *
 * @example
 *   {"valid": false, "reason": "Unexpected publication on 2023-09-01 (day 57), expected no later than 2023-08-31, the 56th day beginning with the report's publication on 2023-07-07 (s.55(5A))"}
 *
 *   On 7 July 2023, HMICFRS published its report ‘Police performance: Getting a grip’.
 *
 *   I welcome this report.
 *
 *   1 September 2023
 */
export const publishedWithin56Days = defineRule({
  id: 'published-within-56-days',
  description:
    'Publication (or, for a draft, `asAt`) is no later than the 56th day beginning with the day the report was published.',
  source: 'Police Act 1996 s.55(5A)',
  basis: 'statute',
  severity: {recommended: 'error', strict: 'error'},
  check(context) {
    const {reportPublishedOn, publishedOn, asAt} = context
    const status = deadlineStatus(reportPublishedOn, publishedOn, asAt)
    if (!status || reportPublishedOn === undefined) return []
    const {lastPermittedDay, daysLate, daysLeft} = status
    const when = `no later than ${lastPermittedDay}, the 56th day beginning with the report's publication on ${reportPublishedOn} (s.55(5A))`
    const date = publishedOn ?? asAt
    if (daysLate !== undefined) {
      return [
        {
          reason: `Unexpected ${publishedOn ? 'publication' : 'unpublished draft'} on ${date} (day ${56 + daysLate}), expected ${when}`,
          expected: [lastPermittedDay],
          actual: date
        }
      ]
    }
    if (daysLeft !== undefined) {
      return [
        {
          reason: `Unexpected unpublished draft on ${date}: ${daysLeft} day(s) left, expected publication ${when}`,
          severity: 'info',
          expected: [lastPermittedDay],
          actual: date
        }
      ]
    }
    if (date !== undefined || hasPlaceholders(context)) return []
    return [
      {
        reason: `Unexpected response without a date, expected publication ${when}`,
        severity: 'warning',
        expected: [lastPermittedDay]
      }
    ]
  }
})
