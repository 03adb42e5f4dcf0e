import {dayOfResponsePeriod} from '@scrutiny/schema'
import {deadlineStatus} from '../deadline.js'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {hasPlaceholders} from './placeholders-filled.js'

// "Thursday 22 September", "today (Thursday 22 September)": a day the parser could not give a year.
const weekdayWithoutYear = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?![^\n]*\d{4})/i

/**
 * The response is published no later than the last permitted day: the 56 days begin with the day the
 * report was published, so day 56 is in time and day 57 is late. For a draft (no publication date),
 * `asAt` is checked instead. Met, with no limit, for reports published before 2017-05-02.
 *
 * Statute: Police Act 1996 s.55(5A), "must be published before the end of the period of 56 days
 * beginning with the day on which the report is published". Not met (error) when late; cannot
 * tell (warning) when the report's or the response's date is unknown, also for a statement that says
 * the report is published "today" but gives no date of its own. A draft's days left are `draft-days-left`.
 *
 * When the text gives only the month of the report ("published in May 2019"), the last permitted
 * day is a range: a response dated after its end is late whatever the day, one dated no later than
 * its start is in time, and one in between cannot be told (a warning with the range).
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
  ...ruleSpecs['published-within-56-days'],
  check(context) {
    const {dates, response} = context
    // "HMICFRS today publishes …" in a statement with no date of its own dates neither the report nor the
    // statement: "today" is the day it was written, and a page may carry it for days after. Its date line,
    // where there is one, dates both (the parser then gives the report that day).
    if (dates.response === undefined && dates.asAt === undefined && /^today\b/i.test(response.report.publishedOnAsWritten ?? '')) {
      return [{message: 'today-undated', values: {asWritten: response.report.publishedOnAsWritten ?? 'today'}}]
    }
    const reportPublishedOn = dates.report?.date
    if (reportPublishedOn === undefined) {
      // "published on Thursday 22 September": the parser settles the year only where the text dates it.
      const asWritten = response.report.publishedOnAsWritten
      return [asWritten !== undefined && weekdayWithoutYear.test(asWritten) ? {message: 'no-year', values: {asWritten}} : {message: 'no-report-date'}]
    }
    const month = dates.report?.precision === 'month'
    const status = deadlineStatus(reportPublishedOn, dates.response?.date, dates.asAt)
    if (!status) return [{message: 'no-limit', values: {reportPublishedOn, when: month ? `in ${reportPublishedOn}` : `on ${reportPublishedOn}`}}]
    const {lastPermittedDay, earliestLastPermittedDay, daysLate} = status
    const date = dates.response?.date ?? dates.asAt
    // An unfilled draft's date is a placeholder (reported by placeholders-filled).
    if (date === undefined) {
      if (hasPlaceholders(context)) return []
      const values = {lastPermittedDay, reportPublishedOn, ...(earliestLastPermittedDay ? {earliestLastPermittedDay} : {})}
      return [{message: month ? 'no-date-month' : 'no-date', values, expected: [lastPermittedDay]}]
    }
    const what = dates.response ? 'publication' : 'unpublished draft'
    if (earliestLastPermittedDay !== undefined) {
      // The report's day is not known: settled only where every day of its month gives the same answer.
      const values = {what, date, month: reportPublishedOn, earliestLastPermittedDay, lastPermittedDay}
      if (daysLate !== undefined) return [{message: 'late-month', values: {...values, daysLate}, expected: [lastPermittedDay], actual: date}]
      if (date <= earliestLastPermittedDay) return [{message: 'in-time-month', values}]
      return [{message: 'month-only', values, expected: [earliestLastPermittedDay], actual: date}]
    }
    const day = dayOfResponsePeriod(reportPublishedOn, date)
    if (daysLate === undefined) return [{message: 'in-time', values: {date, day, lastPermittedDay}}]
    return [
      {
        message: 'late',
        values: {what, date, day, daysLate, lastPermittedDay, reportPublishedOn},
        expected: [lastPermittedDay],
        actual: date
      }
    ]
  }
})
