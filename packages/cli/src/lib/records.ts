import {escapeControl, stringifyEscaped} from '@scrutiny/linter'
import type {Loaded, PlainMessage} from './document.js'

/** Output formats of `scrutiny parse`. */
export type RecordFormat = 'json' | 'jsonl' | 'csv'

/**
 * The CSV columns: one row per finding, per graded judgement and per restated finding of a report,
 * in document order (or, for a response, per passage answering a finding). A grade's row has kind
 * `grade`, its quote as `text`, and the area and grade it judges. A restated row is an earlier
 * inspection's finding that this report quotes (a revisit letter's cause of concern and its
 * recommendations, last year's areas for improvement): `restated` is `yes`, `status` the progress
 * printed with it, and it has no finding id. New columns come last so that readers of the earlier
 * columns by position go on working.
 */
export const csvColumns = ['document', 'title', 'date', 'subject', 'kind', 'number', 'text', 'finding', 'line', 'column', 'area', 'grade', 'restated', 'status'] as const

// A column left out is an empty field.
type CsvRow = Partial<Record<(typeof csvColumns)[number], string | number | undefined>>

const needsQuotes = /[",\r\n]/

/**
 * Quote a CSV field as RFC 4180 does: only when it holds a quote, comma or line break. CSV is read
 * in terminals too, so the document's control characters other than tab and line break are made
 * visible (`\x1B`), and a line break is a line feed (a CR of its own would overwrite the line).
 */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : escapeControl(String(value).replaceAll('\r\n', '\n'))
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const csvLine = (values: ReadonlyArray<string | number | undefined>) => `${values.map(csvField).join(',')}\r\n`

/** The CSV header line. */
export const csvHeader = csvLine(csvColumns)

function rows(file: string, loaded: Loaded): CsvRow[] {
  if (loaded.type === 'report') {
    const {title, publishedOn, findings, grades, history = [], subjects} = loaded.document
    const at = (position: {start: {line: number; column: number}}) => ({document: file, title, date: publishedOn, line: position.start.line, column: position.start.column})
    // A restated finding carries no subject of its own: it is the page's, where the page has one.
    const pageSubject = subjects.length === 1 ? subjects[0]!.name : undefined
    const read: CsvRow[] = [
      ...findings.map((finding) => ({...at(finding.position), subject: finding.subject, kind: finding.kind, number: finding.number, text: finding.text, finding: finding.id})),
      ...history.map((item) => ({...at(item.position), subject: pageSubject, kind: item.kind, number: item.number, text: item.text, restated: 'yes', status: item.status})),
      ...grades.map((grade) => ({...at(grade.position), subject: grade.subject, kind: 'grade', text: grade.quote, area: grade.area, grade: grade.grade}))
    ]
    // Each list is in document order already; a stable sort on where each starts interleaves them.
    return read.sort((a, b) => Number(a.line) - Number(b.line) || Number(a.column) - Number(b.column))
  }
  const {report, date, respondent, findingResponses} = loaded.document
  return findingResponses.map((answer) => ({
    document: file,
    title: report.title,
    date,
    subject: respondent?.name,
    kind: answer.finding.kind,
    number: answer.finding.number,
    text: answer.text,
    finding: answer.finding.findingId,
    line: answer.position.start.line,
    column: answer.position.start.column
  }))
}

/**
 * The output for one parsed file: a JSON record `{file, report|response, messages}` (indented for
 * `json`, one line for `jsonl`) or its CSV rows.
 *
 * @example
 *   formatRecord('jsonl', 'a.txt', loaded, []) // => '{"file":"a.txt","report":{...},"messages":[]}\n'
 */
export function formatRecord(format: RecordFormat, file: string, loaded: Loaded, messages: PlainMessage[]): string {
  if (format === 'csv') {
    return rows(file, loaded)
      .map((row) => csvLine(csvColumns.map((column) => row[column])))
      .join('')
  }
  const record = {file, [loaded.type]: loaded.document, messages}
  // Escaped JSON (`\u001b`, `\u009b`, `\u202e`) reads back the same, and cannot act on a terminal.
  return format === 'json' ? stringifyEscaped(record) : `${stringifyEscaped(record, 0)}\n`
}
