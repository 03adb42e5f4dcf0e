import {dayOfResponsePeriod, policingAndCrimeAct2017Commencement, responsePeriodDays, toDayNumber} from '@scrutiny/schema'
import {monthNamePattern} from '@scrutiny/parser/internal'
import type {DeadlineStatus} from './deadline.js'
import type {LintResult} from './lint.js'

/** The 56 days as a person reads them: one state and one sentence, for the text reporter and the playground alike. */
export interface DeadlineSummary {
  /**
   * `unknown`: the report's publication date is not known; `undated`: the response's date is not;
   * `cannot-tell`: the report is known only to the month and the response falls inside the range of last days.
   */
  state: 'unknown' | 'not-applicable' | 'in-time' | 'late' | 'days-left' | 'undated' | 'cannot-tell'
  /** `YYYY-MM-DD`, or `YYYY-MM` when the text gives only the month. */
  reportPublishedOn?: string
  /** The last permitted day; for a report known only to the month, the latest it can be. */
  lastPermittedDay?: string
  /** For a report known only to the month: the earliest the last permitted day can be. */
  earliestLastPermittedDay?: string
  /** The response's publication date, or the as-at date of a draft. */
  date?: string
  /** Which day of the 56 `date` is (1 = the report's publication day). */
  day?: number
  daysLeft?: number
  daysLate?: number
  sentence: string
  /**
   * The dates and counts above in words, for a list beside the sentence: "Report published",
   * "Last permitted day" (a range for a report known only to the month), then "Days late", or
   * "Days left" for a draft.
   */
  facts: DeadlineFact[]
}

/** One line of the deadline's facts: a term and its value in words. */
export interface DeadlineFact {
  term: string
  value: string
}

const months = monthNamePattern.split('|')

/**
 * A date in words.
 *
 * @example
 *   longDate('2024-07-08') // => '8 July 2024'
 *   longDate('2014-09') // => 'September 2014' (the text gives no day)
 */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day === undefined ? '' : `${day} `}${months[(month ?? 1) - 1]} ${year}`
}

/** `1 day`, `6 days`. */
function dayCount(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`
}

/**
 * The deadline in words, from the dates and status the linter worked out (`result.dates`,
 * `result.deadline`, `result.noDeadline`). Never "in time" without the response's date: a missing
 * date says what could not be checked and what to give.
 *
 * @example
 *   summariseDeadline(lint(response, {reportPublishedOn: '2024-05-14'})).sentence
 *   // => 'The last permitted day is 8 July 2024 (day 56, counting 14 May 2024, when the report was published, as day 1). Published on 2 July 2024: day 50, in time with 6 days to spare.'
 */
export function summariseDeadline(result: Pick<LintResult, 'dates' | 'deadline' | 'noDeadline' | 'checks'>): DeadlineSummary {
  const summary = deadlineInWords(result)
  return {...summary, facts: factsOf(summary)}
}

function factsOf(summary: Omit<DeadlineSummary, 'facts'>): DeadlineFact[] {
  const facts: DeadlineFact[] = []
  const {reportPublishedOn, earliestLastPermittedDay, lastPermittedDay, daysLate, daysLeft} = summary
  if (reportPublishedOn) facts.push({term: 'Report published', value: longDate(reportPublishedOn)})
  if (earliestLastPermittedDay && lastPermittedDay) {
    facts.push({term: 'Last permitted day', value: `between ${longDate(earliestLastPermittedDay)} and ${longDate(lastPermittedDay)}`})
  } else if (lastPermittedDay) facts.push({term: 'Last permitted day', value: longDate(lastPermittedDay)})
  if (daysLate !== undefined) facts.push({term: 'Days late', value: dayCount(daysLate)})
  else if (summary.state === 'days-left' && daysLeft !== undefined) facts.push({term: 'Days left', value: dayCount(daysLeft)})
  return facts
}

function deadlineInWords(result: Pick<LintResult, 'dates' | 'deadline' | 'noDeadline' | 'checks'>): Omit<DeadlineSummary, 'facts'> {
  const {dates, deadline: status} = result
  const reportPublishedOn = dates.report?.date
  if (reportPublishedOn === undefined) {
    // A statement issued "today" with the report but undated, or a date without a year: the check says
    // what the text leaves open (never "in time" without a date).
    const check = result.checks.find((entry) => entry.ruleId === 'published-within-56-days')
    if (check?.messageId === 'today-undated') return {state: 'undated', sentence: check.plain}
    if (check?.messageId === 'no-year') return {state: 'unknown', sentence: check.plain}
    return {state: 'unknown', sentence: "The 56 days could not be checked: the report's publication date is not known (give it, or the report itself)."}
  }
  const month = dates.report?.precision === 'month'
  // Where the date comes from the response's own words, say so: a person can then check it against the report.
  const fromText = dates.report?.from === 'text'
  const aside = [fromText ? 'as the response says' : '', month ? 'no day given' : ''].filter(Boolean).join(', ')
  const published = `The report was published ${month ? 'in' : 'on'} ${longDate(reportPublishedOn)}${aside ? ` (${aside})` : ''}`
  if (result.noDeadline === 'outside-section-55') {
    return {state: 'not-applicable', reportPublishedOn, sentence: `${published}. It is not a report section 55 covers, so no 56-day deadline applies.`}
  }
  if (status === undefined) {
    return {
      state: 'not-applicable',
      reportPublishedOn,
      sentence: `${published}, before the 56-day limit came into force on ${longDate(policingAndCrimeAct2017Commencement)}, so no deadline applies.`
    }
  }
  const date = dates.asAt ?? dates.response?.date
  if (status.earliestLastPermittedDay !== undefined) return monthSummary(published, reportPublishedOn, status.earliestLastPermittedDay, status, date)
  const {lastPermittedDay} = status
  const base = {reportPublishedOn, lastPermittedDay}
  const last = `The last permitted day is ${longDate(lastPermittedDay)} (day ${responsePeriodDays}, counting ${longDate(reportPublishedOn)}, when ${fromText ? 'the response says ' : ''}the report was published, as day 1).`
  if (date === undefined) {
    return {...base, state: 'undated', sentence: `${last} The response's date could not be read: check that it is published by then, or give its date.`}
  }
  const day = dayOfResponsePeriod(reportPublishedOn, date)
  const when = dates.asAt ? `Today, ${longDate(date)}, is` : `Published on ${longDate(date)}:`
  if (status.daysLate !== undefined) {
    return {...base, state: 'late', date, day, daysLate: status.daysLate, sentence: `${last} ${when} day ${day}, ${dayCount(status.daysLate)} late.`}
  }
  const daysLeft = toDayNumber(lastPermittedDay) - toDayNumber(date)
  if (dates.asAt) {
    return {...base, state: 'days-left', date, day, daysLeft, sentence: `${last} ${when} day ${day}: ${dayCount(daysLeft)} left after today.`}
  }
  return {
    ...base,
    state: 'in-time',
    date,
    day,
    daysLeft,
    sentence: `${last} ${when} day ${day}, in time${daysLeft > 0 ? ` with ${dayCount(daysLeft)} to spare` : ''}.`
  }
}

/** The deadline for a report known only to the month: "in time" or "late" only where every day of the month agrees. */
function monthSummary(
  published: string,
  reportPublishedOn: string,
  earliest: string,
  status: DeadlineStatus,
  date: string | undefined
): Omit<DeadlineSummary, 'facts'> {
  const base = {reportPublishedOn, lastPermittedDay: status.lastPermittedDay, earliestLastPermittedDay: earliest}
  const range = `${published}, so the last permitted day is between ${longDate(earliest)} and ${longDate(status.lastPermittedDay)}.`
  if (date === undefined) {
    return {...base, state: 'undated', sentence: `${range} The response's date could not be read: check that it is published by the first of these, or give its date.`}
  }
  if (status.daysLate !== undefined) {
    return {...base, state: 'late', date, daysLate: status.daysLate, sentence: `${range} Dated ${longDate(date)}: late whatever the day, by at least ${dayCount(status.daysLate)}.`}
  }
  if (date <= earliest) return {...base, state: 'in-time', date, sentence: `${range} Dated ${longDate(date)}: in time whatever the day.`}
  return {...base, state: 'cannot-tell', date, sentence: `${range} Dated ${longDate(date)}: it may be late; give the day the report was published.`}
}
