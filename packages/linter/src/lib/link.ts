import {IsoDate, InvalidDateError} from '@scrutiny/schema'
import type {Finding, FindingResponse, InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import type {VFile} from 'vfile'
import {coverage as coverageOf} from './coverage.js'
import type {CoverageRow} from './coverage.js'
import {deadlineStatus} from './deadline.js'
import type {DeadlineStatus} from './deadline.js'
import {matchFindings} from './match.js'

/** A date the linter used and where it came from: given as an option, read from the report, or from the response's text. */
export interface DateUsed {
  /** `YYYY-MM-DD`; `YYYY-MM` when `precision` is `month`. */
  date: string
  /** `month` when the text gives only the month ("published in September 2014"): the day is not known. */
  precision: 'day' | 'month'
  from: 'given' | 'report' | 'text'
}

/** The dates of the s.55(5A) check. */
export interface LinkedDates {
  /** Day 1 of the 56: the report's publication. */
  report?: DateUsed
  /** The response's publication (or, failing that, signature) date. */
  response?: DateUsed
  /** Today, for a draft. */
  asAt?: string
  /** The report's publication date (or month) as the response's text gives it, when it differs from `report`. */
  reportInText?: string
}

export interface LinkOptions {
  report?: InspectionReport
  /** The report's findings, when the whole report is not at hand; defaults to `report.findings`. */
  findings?: Finding[]
  /** Day 1 of the 56; defaults to the report's date, then the date the response states. */
  reportPublishedOn?: string
  /** The response's publication date, if not in the text; defaults to the date it states. */
  publishedOn?: string
  /** Today, for a draft that is not yet published. */
  asAt?: string
  /** The response's source, so that passages found by paraphrase have their own positions. */
  file?: VFile
  /** The response's source text, where no `file` is given (the same use). */
  source?: string
}

/** The response tied to its report: findings answered, the dates used, the deadline. */
export interface Link {
  findings: Finding[]
  coverage: CoverageRow[]
  /** The response's references (by quote or number) that match no finding of the report given. */
  unmatched: FindingResponse[]
  dates: LinkedDates
  deadline?: DeadlineStatus
}

function checkDate(value: string | undefined, what: string): string | undefined {
  if (value !== undefined && !IsoDate.safeParse(value).success) throw new InvalidDateError(value, what)
  return value
}

function used(date: string | undefined, from: DateUsed['from'], precision: DateUsed['precision'] = 'day'): DateUsed | undefined {
  return date === undefined ? undefined : {date, precision, from}
}

/**
 * Tie a response to the report it answers, the one step that does: match its references to the
 * report's findings and look for the findings it does not name by close paraphrase (the coverage
 * table, and the references that match no finding), and work out the dates of the 56-day check,
 * given dates first, then the report's, then what the response's text says. The linter, the CLI,
 * the playground and the reporters all use this one result.
 *
 * @example
 *   const {dates, deadline} = link(response, {report})
 *   dates.report // {date: '2024-05-14', precision: 'day', from: 'report'}
 *   deadline // {lastPermittedDay: '2024-07-08'}
 * @throws {InvalidDateError} when a date option is not `YYYY-MM-DD`.
 */
export function link(response: StatutoryResponse, options: LinkOptions = {}): Link {
  const {report} = options
  const findings = options.findings ?? report?.findings ?? []
  const textReportDate = response.report.publishedOn ?? response.report.publishedIn
  const reportDate =
    used(checkDate(options.reportPublishedOn, 'report publication date'), 'given') ??
    used(report?.publishedOn, 'report') ??
    used(response.report.publishedOn, 'text') ??
    used(response.report.publishedIn, 'text', 'month')
  const responseDate =
    used(checkDate(options.publishedOn, 'publication date'), 'given') ?? used(response.publication?.date ?? response.date, 'text')
  const asAt = checkDate(options.asAt, 'asAt date')
  const dates: LinkedDates = {
    ...(reportDate ? {report: reportDate} : {}),
    ...(responseDate ? {response: responseDate} : {}),
    ...(asAt ? {asAt} : {}),
    // A month in the text agrees with a day in it ("September 2014" and 2014-09-18).
    ...(textReportDate !== undefined && reportDate && !reportDate.date.startsWith(textReportDate) ? {reportInText: textReportDate} : {})
  }
  const deadline = deadlineStatus(reportDate?.date, responseDate?.date, asAt)
  const source = typeof options.file?.value === 'string' ? options.file.value : options.source
  const {answers, unmatched} = matchFindings(response, findings, source)
  const coverage = coverageOf({...response, findingResponses: answers}, findings)
  return {findings, coverage, unmatched, dates, ...(deadline ? {deadline} : {})}
}
