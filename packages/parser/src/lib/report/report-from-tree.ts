import {IsoDate, schemaVersion} from '@scrutiny/schema'
import type {InspectionFramework, InspectionReport, ReportKind} from '@scrutiny/schema'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {toMdast} from '../input/to-mdast.js'
import type {Input, ReadOptions} from '../input/to-mdast.js'
import {sniffFormat} from '../input/format.js'
import type {InputFormat} from '../input/format.js'
import {warn} from './messages.js'
import {normaliseBlocks} from './normalise.js'
import {ReportReading} from './read-report.js'
import {reportReaders} from './readers/index.js'

export interface ParseReportOptions extends ReadOptions {
  /** The day the report was published, `YYYY-MM-DD`; otherwise read from "Published on: …" if printed. */
  publishedOn?: string
  /** Where the report is published. */
  url?: string
  /** The report title; otherwise the first heading. It also names the force when the text says "the force". */
  title?: string
}

export interface ParsedReport {
  report: InspectionReport
  messages: VFileMessage[]
}

const kindPatterns: Array<[RegExp, ReportKind]> = [
  [/\bcustody\b/i, 'custody'],
  [/\bchild protection\b/i, 'child-protection'],
  [/\bcrime data integrity\b/i, 'crime-data-integrity'],
  [/\brevisit\b/i, 'revisit'],
  [/\bfire and rescue|\bfire & rescue|\bFRS\b/i, 'fire-and-rescue'],
  [/\bregional\b/i, 'regional'],
  [/\bspotlight\b/i, 'peel-spotlight'],
  [/\bPEEL\b|effectiveness, efficiency and legitimacy/i, 'peel'],
  [/\bstate of policing\b/i, 'state-of-policing']
]
const peelYear = /\b(20\d\d)(?:\/\d\d|[–-]\d\d)?\b/

/**
 * Parse an inspection report (Markdown, plain text or HTML) into an `InspectionReport`: its
 * grades, causes of concern with their recommendations, recommendations, areas for improvement,
 * innovative and promising practice, and earlier findings restated as history. Never throws on
 * text; problems are reported as messages.
 *
 * @example
 *   const {report, messages} = parseReport(text, {path: 'report.txt', publishedOn: '2024-05-14'})
 *   report.findings.filter((finding) => finding.kind === 'area-for-improvement').length
 * @throws {InputError} only for input that cannot be read as text (empty, binary).
 */
export function parseReport(input: Input, options: ParseReportOptions = {}): ParsedReport {
  const {tree, file, format} = toMdast(input, options)
  return reportFromTree(tree, file, {...options, format})
}

/**
 * Extract a report from mdast built elsewhere (a Word or PDF converter, or a unified pipeline).
 * `file.value` must be the text the tree's positions point into.
 */
export function reportFromTree(tree: Root, file: VFile, options: ParseReportOptions = {}): ParsedReport {
  const firstMessage = file.messages.length
  const source = String(file.value ?? '')
  // Without a format, positions are trusted unless the source is HTML (rehype-remark's tree).
  const format: InputFormat = options.format ?? (sniffFormat(source) === 'html' ? 'html' : 'markdown')
  const reading = new ReportReading(file, source, reportReaders, {...(options.title ? {title: options.title} : {}), plainText: format === 'text'})
  normaliseBlocks(tree, source, format, (block) => reading.add(block))
  const extracted = reading.finish()
  const title = options.title ?? extracted.title ?? file.stem ?? 'Untitled report'
  const report: InspectionReport = {
    schemaVersion,
    title,
    kind: reportKind(title, source),
    subjects: extracted.subjects,
    grades: extracted.grades,
    findings: extracted.findings
  }
  const publishedOn = checkedOption(file, 'publishedOn', options.publishedOn, (value) => IsoDate.safeParse(value).success)
  if (publishedOn ?? extracted.publishedOn) report.publishedOn = publishedOn ?? extracted.publishedOn
  const url = checkedOption(file, 'url', options.url, isUrl)
  if (url) report.url = url
  const framework = reportFramework(report)
  if (framework) report.framework = framework
  if (extracted.history.length > 0) report.history = extracted.history
  return {report, messages: file.messages.slice(firstMessage)}
}

function checkedOption(file: VFile, name: string, value: string | undefined, valid: (value: string) => boolean): string | undefined {
  if (value === undefined) return undefined
  if (valid(value)) return value
  warn(file, 'invalid-option', `Unexpected \`${name}\` ${JSON.stringify(value)}, expected ${name === 'url' ? 'an absolute URL' : 'a date written YYYY-MM-DD'}`, undefined)
  return undefined
}

function isUrl(value: string): boolean {
  try {
    return Boolean(new URL(value).protocol)
  } catch {
    return false
  }
}

function reportKind(title: string, source: string): ReportKind {
  const head = `${title}\n${source.slice(0, 2000)}`
  for (const [pattern, kind] of kindPatterns) if (pattern.test(title)) return kind
  for (const [pattern, kind] of kindPatterns) if (pattern.test(head)) return kind
  return 'other'
}

function reportFramework(report: InspectionReport): InspectionFramework | undefined {
  if (report.kind === 'fire-and-rescue') return 'fire-and-rescue'
  if (report.kind !== 'peel' && report.kind !== 'regional' && report.kind !== 'peel-spotlight') return undefined
  const year = Number(peelYear.exec(report.title)?.[1] ?? report.publishedOn?.slice(0, 4))
  if (report.grades.some((grade) => grade.grade === 'adequate')) return 'peel-2021-onwards'
  if (!year) return undefined
  return year >= 2021 ? 'peel-2021-onwards' : 'peel-2014-2019'
}
