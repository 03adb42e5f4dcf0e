import {IsoDate, schemaVersion} from '@scrutiny/schema'
import type {InspectionFramework, InspectionReport, ReportKind} from '@scrutiny/schema'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {toMdast} from '../input/to-mdast.js'
import type {Input, ReadOptions} from '../input/to-mdast.js'
import {sniffFormat} from '../input/format.js'
import type {InputFormat} from '../input/format.js'
import {reportBlocks} from './blocks.js'
import {warn} from './messages.js'
import {applyProgress} from './progress.js'
import {ReportReading} from './read-report.js'
import {reportReaders} from './readers/index.js'
import {withRestatedFindings} from './restated.js'

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

// Every pattern of an entry must match. Letters about a cause of concern come first: their titles
// also say "revisit", "fire and rescue" or "PEEL". They are told by their titles only (a letter's
// first heading is its title): an inspection's opening often recounts a revisit, an accelerated
// cause of concern or the force's phase of monitoring.
const fire = /\bfire (?:and|&) rescue|\bFRS\b/i
const causeOfConcern = /\bcauses? (?:of|for) concern\b/i
const kindPatterns: Array<[RegExp[], ReportKind, 'title only'?]> = [
  [[/\bcustody\b/i], 'custody'],
  [[/\bchild protection\b/i], 'child-protection'],
  // Joint targeted area inspections look at the multi-agency protection of children.
  [[/\bjoint targeted area inspection\b/i], 'child-protection', 'title only'],
  [[/\bcrime data integrity\b/i], 'crime-data-integrity'],
  // Criminal Justice Joint Inspection (the four justice inspectorates) titles its reports "A joint
  // inspection of …" too, so it is told by naming criminal justice; both by the title only, as a
  // force report's opening may mention a joint inspection it took part in.
  [[/\bjoint\b/i, /\bcriminal justice\b/i, /\binspection\b/i], 'joint-criminal-justice', 'title only'],
  [[/\bjoint (?:thematic |national )?(?:inspection|review)\b/i], 'joint', 'title only'],
  [[fire, /\brevisit|\bprogress (?:letter|update)\b/i], 'fire-and-rescue-revisit', 'title only'],
  [[causeOfConcern, /\brevisit\b/i], 'cause-of-concern-revisit', 'title only'],
  [[/\b(?:enhanced|default) (?:phase of )?monitoring\b|\bEngage\b/], 'engage-letter', 'title only'],
  [[/\baccelerated causes? (?:of|for) concern\b/i], 'accelerated-cause-of-concern', 'title only'],
  [[causeOfConcern], 'cause-of-concern', 'title only'],
  [[/\brevisit\b/i], 'revisit'],
  [[fire], 'fire-and-rescue'],
  [[/\bthematic\b/i], 'thematic'],
  [[/\bregional\b/i], 'regional'],
  [[/\bspotlight\b/i], 'peel-spotlight'],
  [[/\bPEEL\b|effectiveness, efficiency and legitimacy/i], 'peel'],
  [[/\bstate of policing\b/i], 'state-of-policing']
]
// The cycle a page names: "PEEL 2021/22", "2023–25", "2023 to 2025", "2018/19". Years written
// alone ("PEEL 2016") are the pillar rounds of 2014–17.
const cycleNamed = /\b20(14|15|16|17|18|21|23|25)(?:\s*(?:\/|[–-]|to)\s*(?:20)?(19|22|25|27))?\b/g
const peelCycles: Record<string, InspectionFramework> = {'18-19': 'peel-2018-19', '21-22': 'peel-2021-22', '23-25': 'peel-2023-25', '25-27': 'peel-2025-27'}
const fireCycles: Record<string, InspectionFramework> = {'18-19': 'fire-2018-19', '21-22': 'fire-2021-22', '23-25': 'fire-2023-25', '25-27': 'fire-2025-27'}
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
  const {tree, file, format, title} = toMdast(input, options)
  // A saved web page's `<title>` names the page as its address bar did; a title given wins.
  return reportFromTree(tree, file, {...options, format, ...(options.title === undefined && title ? {title} : {})})
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
  reportBlocks(tree, source, format, (block) => reading.add(block))
  const publishedOn = checkedOption(file, 'publishedOn', options.publishedOn, (value) => IsoDate.safeParse(value).success)
  const extracted = reading.finish(publishedOn)
  const title = options.title ?? extracted.title ?? file.stem ?? 'Untitled report'
  const kind = reportKind(title, source)
  const {findings, history} = withRestatedFindings(kind, extracted.findings, extracted.history)
  applyProgress(history, extracted.progress)
  const report: InspectionReport = {
    schemaVersion,
    title,
    kind,
    subjects: extracted.subjects,
    grades: extracted.grades,
    findings
  }
  if (publishedOn ?? extracted.publishedOn) report.publishedOn = publishedOn ?? extracted.publishedOn
  const url = checkedOption(file, 'url', options.url, isUrl)
  if (url) report.url = url
  const framework = reportFramework(report, source)
  if (framework) report.framework = framework
  if (history.length > 0) report.history = history
  return {report, messages: file.messages.slice(firstMessage)}
}

function checkedOption(file: VFile, name: string, value: string | undefined, valid: (value: string) => boolean): string | undefined {
  if (value === undefined) return undefined
  if (valid(value)) return value
  warn(file, 'invalid-option', {name, value: JSON.stringify(value), expected: name === 'url' ? 'an absolute URL' : 'a date written YYYY-MM-DD'}, undefined)
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
  for (const text of [title, head]) {
    for (const [patterns, kind, where] of kindPatterns) {
      if ((text === title || !where) && patterns.every((pattern) => pattern.test(text))) return kind
    }
  }
  return 'other'
}

/**
 * The framework a report was graded under: the cycle its title (else its opening) names, else the
 * one its date or grades imply, else the coarse id of the family.
 */
function reportFramework(report: InspectionReport, source: string): InspectionFramework | undefined {
  const fireReport = report.kind === 'fire-and-rescue' || report.kind === 'fire-and-rescue-revisit'
  if (!fireReport && report.kind !== 'peel' && report.kind !== 'regional' && report.kind !== 'peel-spotlight') return undefined
  // A year written alone in the opening is often history ("In 2014, we introduced …"): only a title's counts.
  const cycle = namedCycle(report.title, true) ?? namedCycle(source.slice(0, 2000), false)
  if (fireReport) return (cycle && cycle !== 'pillars' && fireCycles[cycle]) || 'fire-and-rescue'
  if (report.kind === 'peel') {
    if (cycle === 'pillars') return 'peel-2014-17'
    if (cycle && peelCycles[cycle]) return peelCycles[cycle]
  }
  const year = Number(peelYear.exec(report.title)?.[1] ?? report.publishedOn?.slice(0, 4))
  if (report.grades.some((grade) => grade.grade === 'adequate')) return 'peel-2021-onwards'
  if (!year) return undefined
  return year >= 2021 ? 'peel-2021-onwards' : 'peel-2014-2019'
}

/** The first inspection cycle `text` names: "18-19", "21-22", "23-25", "25-27", or (when `alone` counts) "pillars" for a year of 2014–17 written alone. */
function namedCycle(text: string, alone: boolean): string | undefined {
  cycleNamed.lastIndex = 0
  for (let match = cycleNamed.exec(text); match; match = cycleNamed.exec(text)) {
    const [, from, to] = match
    if (to === undefined) {
      if (alone && Number(from) <= 17) return 'pillars'
      continue
    }
    const key = `${from}-${to}`
    if (peelCycles[key]) return key
  }
  return undefined
}
