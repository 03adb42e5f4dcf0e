import {IsoDate, InvalidDateError} from '@scrutiny/schema'
import type {Finding, InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import type {ScrutinyConfig} from './config.js'
import {ConfigError} from './config.js'
import {coverage as coverageOf} from './coverage.js'
import type {CoverageRow} from './coverage.js'
import {deadlineStatus} from './deadline.js'
import type {DeadlineStatus} from './deadline.js'
import {disabledRules} from './disable.js'
import type {PresetName, RuleContext} from './rule.js'
import {rules} from './rules/index.js'
import {isFireReport} from './scope.js'

export interface LintOptions {
  /** The report answered, e.g. from `parseReport`. */
  report?: InspectionReport
  /** The report's findings, when the whole report is not at hand; defaults to `report.findings`. */
  findings?: Finding[]
  /** Day 1 of the 56; defaults to the report's date, then the date the response states. */
  reportPublishedOn?: string
  /** The response's publication date, if not in the text; defaults to the date it states. */
  publishedOn?: string
  /** Today, for a draft that is not yet published. */
  asAt?: string
  /** Default: `config.preset`, then `'recommended'`. */
  preset?: PresetName
  config?: ScrutinyConfig
  /** The source file: messages are added to it, and its `<!-- scrutiny-disable -->` comments apply. */
  file?: VFile
}

export interface LintResult {
  messages: VFileMessage[]
  coverage: CoverageRow[]
  deadline?: DeadlineStatus
}

function checkDate(value: string | undefined, what: string): string | undefined {
  if (value !== undefined && !IsoDate.safeParse(value).success) throw new InvalidDateError(value, what)
  return value
}

/**
 * Check a section 55 response against the statute (and, in the `strict` preset, good practice) and
 * against the report it answers.
 *
 * @example
 *   const {response} = parseResponse(text, {path: 'response.txt'})
 *   const {messages, coverage, deadline} = lint(response, {report, preset: 'strict'})
 * @throws {InvalidDateError} when a date option is not `YYYY-MM-DD`.
 * @throws {ConfigError} when the config names a rule that does not exist.
 */
export function lint(response: StatutoryResponse, options: LintOptions = {}): LintResult {
  const {report, config, file} = options
  const preset = options.preset ?? config?.preset ?? 'recommended'
  const unknown = Object.keys(config?.rules ?? {}).filter((id) => !rules.some((rule) => rule.id === id))
  if (unknown.length > 0) {
    throw new ConfigError('config', `unknown rule(s) ${unknown.map((id) => JSON.stringify(id)).join(', ')}`)
  }
  const findings = options.findings ?? report?.findings ?? []
  const context: RuleContext = {
    response,
    findings,
    coverage: coverageOf(response, findings),
    ...(report ? {report} : {}),
    ...(file ? {file} : {})
  }
  const reportPublishedOn = checkDate(
    options.reportPublishedOn ?? report?.publishedOn ?? response.report.publishedOn,
    'report publication date'
  )
  const publishedOn = checkDate(options.publishedOn ?? response.publication?.date ?? response.date, 'publication date')
  const asAt = checkDate(options.asAt, 'asAt date')
  if (reportPublishedOn !== undefined) context.reportPublishedOn = reportPublishedOn
  if (publishedOn !== undefined) context.publishedOn = publishedOn
  if (asAt !== undefined) context.asAt = asAt

  const outsideSection55 = isFireReport(report)
  const disabled = typeof file?.value === 'string' ? disabledRules(file.value) : new Set<string>()
  const messages: VFileMessage[] = []
  for (const rule of rules) {
    const configured = config?.rules?.[rule.id]
    const ruleSeverity = configured ?? rule.severity[preset]
    if (ruleSeverity === undefined || ruleSeverity === 'off' || disabled.has(rule.id) || disabled.has('*')) continue
    if (outsideSection55 && !rule.runsOutsideSection55) continue
    for (const report of rule.check(context)) {
      const severity = configured ?? report.severity ?? ruleSeverity
      const message = new VFileMessage(report.reason, {
        ruleId: rule.id,
        source: 'scrutiny',
        ...(report.place ? {place: report.place} : {})
      })
      if (file?.path) message.file = file.path
      message.url = rule.url
      message.note = rule.source
      if (report.expected) message.expected = report.expected
      if (report.actual !== undefined) message.actual = report.actual
      message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
      file?.messages.push(message)
      messages.push(message)
    }
  }
  // The 56 days are a section 55 limit: a fire report has none.
  const deadline = outsideSection55 ? undefined : deadlineStatus(reportPublishedOn, publishedOn, asAt)
  return {messages, coverage: context.coverage, ...(deadline ? {deadline} : {})}
}
