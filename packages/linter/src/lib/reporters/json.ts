import {stringifyEscaped} from '../escape.js'
import {pathOf, severityOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'

/**
 * Messages (developer and plain forms), the outcome of every check, the coverage table, the dates
 * used and the deadline as JSON, one object per file.
 *
 * @example
 *   JSON.parse(reportJson({file, result}))[0].messages[0].ruleId // 'cites-section-55'
 */
export function reportJson(entries: ReportEntry | readonly ReportEntry[]): string {
  const files = toEntries(entries).map((entry) => ({
    path: pathOf(entry),
    messages: entry.result.messages.map((message) => ({
      ruleId: message.ruleId,
      source: message.source,
      severity: severityOf(message),
      outcome: message.outcome,
      reason: message.reason,
      plain: message.plain,
      ...(message.fix ? {fix: message.fix} : {}),
      ...(message.why ? {why: message.why} : {}),
      place: message.place,
      url: message.url,
      note: message.note,
      ...(message.expected ? {expected: message.expected} : {}),
      ...(message.actual !== undefined ? {actual: message.actual} : {})
    })),
    checks: entry.result.checks,
    coverage: entry.result.coverage,
    dates: entry.result.dates,
    ...(entry.result.deadline ? {deadline: entry.result.deadline} : {})
  }))
  return stringifyEscaped(files)
}
