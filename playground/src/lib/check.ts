import {lint} from '@scrutiny/linter'
import type {LintResult, PresetName} from '@scrutiny/linter'
import {reportFromTree, responseFromTree} from '@scrutiny/parser'
import {IsoDate} from '@scrutiny/schema'
import type {InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import type {Root} from 'mdast'
import type {VFileMessage} from 'vfile-message'
import {InvalidFieldDateError} from './errors.js'
import {readSource} from './read-source.js'
import type {Source} from './read-source.js'

/** When the response is (to be) published. */
export type Publication =
  /** Take the date written in the response. */
  | {kind: 'as-dated'}
  | {kind: 'published'; on: string}
  /** Not yet published: check against `asAt` (today) and count the days left. */
  | {kind: 'draft'; asAt: string}

export interface CheckInput {
  response: Source
  report?: Source
  /** Day 1 of the 56; overrides the date read from the report file. */
  reportPublishedOn?: string
  publication: Publication
  /** `recommended` checks the statute; `strict` adds good practice. */
  preset?: PresetName
}

export interface CheckOutcome {
  input: CheckInput
  response: StatutoryResponse
  report?: InspectionReport
  /** The response's text as read; every position points into it. */
  responseText: string
  responseTree: Root
  /** What the parser noticed while reading the response and the report. */
  parseMessages: VFileMessage[]
  /** The linter's result, with the dates it used (`lint.dates`) and the deadline. */
  lint: LintResult
}

/**
 * Read the response (and the report, if given), then lint the response against the statute and
 * the report.
 *
 * @example
 *   const outcome = await check({
 *     response: {name: 'response.docx', bytes},
 *     reportPublishedOn: '2024-05-14',
 *     publication: {kind: 'as-dated'}
 *   })
 *   outcome.lint.deadline // {lastPermittedDay: '2024-07-08'}
 * @throws {InvalidFieldDateError} for a date that is not `YYYY-MM-DD`; reading errors of the sources.
 */
export async function check(input: CheckInput): Promise<CheckOutcome> {
  const reportPublishedOn = fieldDate('Report publication date', input.reportPublishedOn)
  const publishedOn = input.publication.kind === 'published' ? fieldDate('Publication date', input.publication.on) : undefined
  const asAt = input.publication.kind === 'draft' ? fieldDate('Today', input.publication.asAt) : undefined

  let report: InspectionReport | undefined
  const parseMessages: VFileMessage[] = []
  if (input.report) {
    const {tree, file, messages} = await readSource(input.report)
    parseMessages.push(...messages)
    const parsed = reportFromTree(tree, file, reportPublishedOn ? {publishedOn: reportPublishedOn} : {})
    report = parsed.report
    parseMessages.push(...parsed.messages)
  }

  const {tree, file, messages} = await readSource(input.response)
  const parsed = responseFromTree(tree, file)
  parseMessages.push(...messages, ...parsed.messages.filter((message) => !messages.includes(message)))
  // A draft's own date is when it was written, not when it will be published.
  const response = input.publication.kind === 'draft' ? withoutDates(parsed.response) : parsed.response

  const result = lint(response, {
    ...(report ? {report} : {}),
    ...(reportPublishedOn ? {reportPublishedOn} : {}),
    ...(publishedOn ? {publishedOn} : {}),
    ...(asAt ? {asAt} : {}),
    // The text, for the positions of passages the linter finds by paraphrase.
    source: String(file.value),
    preset: input.preset ?? 'recommended'
  })
  return {
    input,
    response,
    ...(report ? {report} : {}),
    responseText: String(file.value),
    responseTree: tree,
    parseMessages,
    lint: result
  }
}

function fieldDate(field: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!IsoDate.safeParse(value).success) throw new InvalidFieldDateError(field, value)
  return value
}

function withoutDates(response: StatutoryResponse): StatutoryResponse {
  const {date: _date, publication: _publication, ...rest} = response
  return rest
}
