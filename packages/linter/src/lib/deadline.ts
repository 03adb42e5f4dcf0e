import {dayOfResponsePeriod, responsePeriodDays, section55Duties} from '@scrutiny/schema'

/** Where a response stands against the s.55(5A) period. */
export interface DeadlineStatus {
  lastPermittedDay: string
  /** For a draft (no publication date, `asAt` given): days left including `asAt`'s own day is not counted. */
  daysLeft?: number
  /** Days after the last permitted day the response was (or, for a draft, is) published. */
  daysLate?: number
}

/**
 * The s.55(5A) status of a response, or `undefined` when the report date is unknown or the report
 * predates the 56-day limit (2017-05-02).
 *
 * @example
 *   deadlineStatus('2023-07-07', '2023-09-01') // {lastPermittedDay: '2023-08-31', daysLate: 1}
 *   deadlineStatus('2024-05-14', undefined, '2024-07-01') // {lastPermittedDay: '2024-07-08', daysLeft: 7}
 */
export function deadlineStatus(
  reportPublishedOn: string | undefined,
  publishedOn: string | undefined,
  asAt?: string
): DeadlineStatus | undefined {
  if (reportPublishedOn === undefined) return undefined
  const {lastPermittedDay} = section55Duties(reportPublishedOn)
  if (lastPermittedDay === undefined) return undefined
  const date = publishedOn ?? asAt
  if (date === undefined) return {lastPermittedDay}
  const day = dayOfResponsePeriod(reportPublishedOn, date)
  if (day > responsePeriodDays) return {lastPermittedDay, daysLate: day - responsePeriodDays}
  return publishedOn === undefined ? {lastPermittedDay, daysLeft: responsePeriodDays - day} : {lastPermittedDay}
}
