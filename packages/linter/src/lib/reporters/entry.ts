import type {StatutoryResponse} from '@scrutiny/schema'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {LintResult} from '../lint.js'
import type {Severity} from '../rule.js'

/** What a reporter prints for one file: the file (path and text), the lint result, the response. */
export interface ReportEntry {
  file: VFile
  result: LintResult
  /** The parsed response, so the text reporter can name the part a message falls in. */
  response?: StatutoryResponse
}

/** The severity of a message, read back from `fatal` as vfile does. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function toEntries(entries: ReportEntry | readonly ReportEntry[]): readonly ReportEntry[] {
  return Array.isArray(entries) ? entries : [entries as ReportEntry]
}

export function pathOf(entry: ReportEntry): string {
  return entry.file.path || '<stdin>'
}
