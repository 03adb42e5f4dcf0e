import {
  dayOfResponsePeriod,
  fromDayNumber,
  policingAndCrimeAct2017Commencement,
  responsePeriodDays,
  section55Duties,
  toDayNumber
} from '@scrutiny/schema'
import type {Section55Duties} from '@scrutiny/schema'

/** Where a response stands against the s.55(5A) period. */
export interface DeadlineStatus {
  /** The last permitted day; when the report's publication is known only to the month, the latest it can be. */
  lastPermittedDay: string
  /**
   * Set only when the report's publication is known only to the month: the earliest the last
   * permitted day can be. A response dated after `lastPermittedDay` is late whatever the day, one
   * dated no later than this is in time, and one in between cannot be settled from the text.
   */
  earliestLastPermittedDay?: string
  /** For a draft (no publication date, `asAt` given): days left including `asAt`'s own day is not counted. */
  daysLeft?: number
  /** Days after the last permitted day the response was (or, for a draft, is) published; at least this many when the report's day is not known. */
  daysLate?: number
}

const isoMonth = /^(\d{4})-(\d{2})$/

/** The first and last day a report date can be: the day itself, or the first and last day of a `YYYY-MM` month. */
export function daysOf(date: string): {first: string; last: string} {
  const month = isoMonth.exec(date)
  if (!month) return {first: date, last: date}
  const first = `${date}-01`
  toDayNumber(first, 'report publication month')
  // The last day of the month: the day before the first of the next.
  const next = Number(month[2]) === 12 ? `${Number(month[1]) + 1}-01-01` : `${month[1]}-${String(Number(month[2]) + 1).padStart(2, '0')}-01`
  return {first, last: fromDayNumber(toDayNumber(next) - 1)}
}

/**
 * The section 55 duties that apply to a report published on a day or in a `YYYY-MM` month, or
 * `undefined` when that month straddles the 2017 amendments (May 2017) and the day decides.
 */
export function dutiesFor(reportPublished: string): Section55Duties | undefined {
  const {first, last} = daysOf(reportPublished)
  const duties = section55Duties(first)
  return duties.publishWithin56Days === section55Duties(last).publishWithin56Days ? duties : undefined
}

/**
 * The s.55(5A) status of a response, or `undefined` when the report date is unknown or the report
 * predates the 56-day limit (2017-05-02). The report date is a day (`YYYY-MM-DD`) or, when the text
 * gives only the month, a month (`YYYY-MM`): the last permitted day is then a range.
 *
 * @example
 *   deadlineStatus('2023-07-07', '2023-09-01') // {lastPermittedDay: '2023-08-31', daysLate: 1}
 *   deadlineStatus('2024-05-14', undefined, '2024-07-01') // {lastPermittedDay: '2024-07-08', daysLeft: 7}
 *   deadlineStatus('2019-05', '2019-07-26') // {lastPermittedDay: '2019-07-25', earliestLastPermittedDay: '2019-06-25', daysLate: 1}
 */
export function deadlineStatus(
  reportPublishedOn: string | undefined,
  publishedOn: string | undefined,
  asAt?: string
): DeadlineStatus | undefined {
  if (reportPublishedOn === undefined) return undefined
  const {first, last} = daysOf(reportPublishedOn)
  const {lastPermittedDay} = section55Duties(last)
  if (lastPermittedDay === undefined) return undefined
  const date = publishedOn ?? asAt
  if (first !== last) {
    // A month: the limit applies from its first day on or after the commencement.
    const applies = section55Duties(first).publishWithin56Days
    const earliest = applies ? first : policingAndCrimeAct2017Commencement
    const range = {lastPermittedDay, earliestLastPermittedDay: fromDayNumber(toDayNumber(earliest) + responsePeriodDays - 1)}
    if (date === undefined) return range
    const latestDay = dayOfResponsePeriod(last, date)
    // Late whatever the day only where the limit applies whatever the day.
    return applies && latestDay > responsePeriodDays ? {...range, daysLate: latestDay - responsePeriodDays} : range
  }
  if (date === undefined) return {lastPermittedDay}
  const day = dayOfResponsePeriod(reportPublishedOn, date)
  if (day > responsePeriodDays) return {lastPermittedDay, daysLate: day - responsePeriodDays}
  return publishedOn === undefined ? {lastPermittedDay, daysLeft: responsePeriodDays - day} : {lastPermittedDay}
}
