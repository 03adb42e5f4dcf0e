import {pathOf, severityOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'

/**
 * Messages, coverage table and deadline as JSON, one object per file.
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
      reason: message.reason,
      place: message.place,
      url: message.url,
      note: message.note,
      ...(message.expected ? {expected: message.expected} : {}),
      ...(message.actual !== undefined ? {actual: message.actual} : {})
    })),
    coverage: entry.result.coverage,
    ...(entry.result.deadline ? {deadline: entry.result.deadline} : {})
  }))
  return JSON.stringify(files, null, 2)
}
