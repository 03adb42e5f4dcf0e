import {InvalidDateError} from './errors.js'

/**
 * Police and Crime Act 2017 s.37, in force 2 May 2017 (S.I. 2017/399 reg. 4), added the 56-day limit
 * (s.55(5A)), the duty to explain every recommendation (s.55(5B)) and the copy to the inspectors
 * (s.55(6)(a)).
 */
export const policingAndCrimeAct2017Commencement = '2017-05-02'

/** Days in the period of s.55(5A); the period begins with the day of publication. */
export const responsePeriodDays = 56

const millisecondsPerDay = 86_400_000
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Parse `YYYY-MM-DD` to days since 1970-01-01 (UTC), rejecting dates that do not exist.
 *
 * @throws {InvalidDateError}
 */
export function toDayNumber(date: string, what = 'date'): number {
  const match = typeof date === 'string' ? isoDatePattern.exec(date) : null
  if (!match) throw new InvalidDateError(date, what)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const check = new Date(time)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new InvalidDateError(date, what)
  }
  return time / millisecondsPerDay
}

/** Format days since 1970-01-01 as `YYYY-MM-DD`. */
export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * millisecondsPerDay).toISOString().slice(0, 10)
}

/**
 * The last day on which a local policing body may publish its comments on a report (s.55(5A)).
 * The 56 days begin with the day of publication, so the last permitted day is publication + 55 days.
 *
 * @example
 *   responseDeadline('2024-05-14') // => '2024-07-08'
 *   responseDeadline('2025-03-01') // => '2025-04-25'
 * @throws {InvalidDateError} when `reportPublishedOn` is not a real `YYYY-MM-DD` date.
 */
export function responseDeadline(reportPublishedOn: string): string {
  return fromDayNumber(toDayNumber(reportPublishedOn, 'report publication date') + responsePeriodDays - 1)
}

/**
 * Which day of the s.55(5A) period `date` falls on: 1 is the day of publication, 56 the last
 * permitted day, 57 the first day late. Days before publication count 0 or below.
 *
 * @example
 *   dayOfResponsePeriod('2024-05-14', '2024-07-08') // => 56
 */
export function dayOfResponsePeriod(reportPublishedOn: string, date: string): number {
  return toDayNumber(date) - toDayNumber(reportPublishedOn, 'report publication date') + 1
}

/** The duties of section 55 that apply to a report published on a given day. */
export interface Section55Duties {
  /** s.55(4): invite the chief officer to comment. */
  inviteChiefOfficer: true
  /** s.55(5): publish the body's comments, the chief officer's comments and its response to them. */
  publishComments: true
  /** s.55(5A): publish within 56 days beginning with the day of publication (from 2017-05-02). */
  publishWithin56Days: boolean
  /** s.55(5B): explain the action on every recommendation (from 2017-05-02). */
  explainRecommendations: boolean
  /** s.55(6)(a): send a copy to the inspectors (from 2017-05-02; before, to the Secretary of State only). */
  copyToInspectors: boolean
  /** s.55(6)(b): send a copy to the Secretary of State. */
  copyToSecretaryOfState: true
  /** The last permitted day, when the 56-day limit applies. */
  lastPermittedDay?: string
}

/**
 * The section 55 duties that apply to a report published on `reportPublishedOn`.
 *
 * @example
 *   section55Duties('2016-03-02').publishWithin56Days // => false
 *   section55Duties('2024-05-14').lastPermittedDay // => '2024-07-08'
 * @throws {InvalidDateError}
 */
export function section55Duties(reportPublishedOn: string): Section55Duties {
  const published = toDayNumber(reportPublishedOn, 'report publication date')
  const amended = published >= toDayNumber(policingAndCrimeAct2017Commencement)
  return {
    inviteChiefOfficer: true,
    publishComments: true,
    publishWithin56Days: amended,
    explainRecommendations: amended,
    copyToInspectors: amended,
    copyToSecretaryOfState: true,
    ...(amended ? {lastPermittedDay: fromDayNumber(published + responsePeriodDays - 1)} : {})
  }
}
