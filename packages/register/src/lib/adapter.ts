// The one module that calls the parser and the linter: when their APIs change, only this changes.
import {coverage, lint} from '@scrutiny/linter'
import {reportFromTree, responseFromTree, toMdast} from '@scrutiny/parser'
import type {Finding, InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import {validateInspectionReport, validateStatutoryResponse} from '@scrutiny/schema'
import {RegisterInputError} from './errors.js'
import {type Provenance, readProvenance} from './provenance.js'

/** Which document a file holds; `auto` decides from what the parsers find. */
export type DocumentType = 'report' | 'response'

/** A message (parser or linter) as plain data, so it crosses a worker boundary and goes in a table. */
export interface PlainMessage {
  source: string | null
  ruleId: string | null
  severity: 'error' | 'warning' | 'info'
  reason: string
  line: number | null
  column: number | null
  url: string | null
  note: string | null
}

/** A file read and parsed: plain data, ready to be stored. */
export type ExtractedDocument = (
  | {type: 'report'; document: InspectionReport}
  | {type: 'response'; document: StatutoryResponse}
) & {messages: PlainMessage[]}

type Mdast = ReturnType<typeof toMdast>
type VFileMessage = Mdast['file']['messages'][number]

/** Turns a Word or PDF file into mdast (e.g. `@scrutiny/convert`'s `readDocument`); text formats need none. */
export type TreeReader = (bytes: Uint8Array, options: {path: string}) => Promise<Pick<Mdast, 'tree' | 'file'>>

export interface ExtractOptions {
  /**
   * What the file is. By default (`auto`) a provenance header decides, else the file is a response
   * when the response parser finds what only a response has (an answering body or chief officer,
   * the statute cited, recipients, the chief officer's part).
   */
  as?: DocumentType | 'auto'
  /** Reads `.docx` and `.pdf` files. */
  readTree?: TreeReader
}

const convertedExtensions = /\.(?:docx|pdf)$/i
const json = /\.json$/i

/** A message as plain data; `fatal` true, false or unset is error, warning or info. */
function toPlainMessage(message: VFileMessage): PlainMessage {
  return {
    source: message.source ?? null,
    ruleId: message.ruleId ?? null,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    url: message.url ?? null,
    note: message.note ?? null
  }
}

/**
 * What only a response has (the report parser's reading of a report never yields these): a local
 * policing body or chief officer who answers, the statute cited, recipients addressed, or the chief
 * officer's comments and the response to them as parts.
 */
function looksLikeResponse(response: StatutoryResponse): boolean {
  return (
    response.respondent !== undefined ||
    response.chiefOfficer !== undefined ||
    response.statutoryBasis.length > 0 ||
    response.addressees.length > 0 ||
    response.chiefOfficerComments !== undefined ||
    response.responseToChiefOfficer !== undefined
  )
}

function readJson(path: string, bytes: Uint8Array): ExtractedDocument {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(bytes))
  } catch (error) {
    throw new RegisterInputError(path, `unexpected invalid JSON (${(error as Error).message}), expected an inspection report or statutory response document`)
  }
  const report = validateInspectionReport(value)
  if (report.success) return {type: 'report', document: report.data, messages: []}
  const response = validateStatutoryResponse(value)
  if (response.success) return {type: 'response', document: response.data, messages: []}
  throw new RegisterInputError(path, 'unexpected JSON that is neither an inspection report nor a statutory response, expected a document of the Scrutiny schema (see `scrutiny validate`)')
}

const headerStart = new TextEncoder().encode('source:')

/**
 * A copy saved with a provenance header, decoded; `undefined` for any other file, whose bytes the
 * parser decodes itself (it also knows UTF-16 and Windows-1252).
 */
function savedCopy(bytes: Uint8Array): ReturnType<typeof readProvenance> | undefined {
  if (!headerStart.every((byte, index) => bytes[index] === byte)) return undefined
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
  const header = readProvenance(text)
  return header.text === text ? undefined : header
}

/**
 * Read one file into a report or a response: JSON documents of the Scrutiny schema as they are,
 * text, Markdown and HTML through the parser, Word and PDF through `options.readTree`. A provenance
 * header (`source:`, `title:` or `respondent:`, `published:` … `---`) says which document it is and
 * gives a report its title, URL and date.
 *
 * @example
 *   const extracted = await extractDocument('peel-2016-essex-effectiveness.txt', bytes)
 *   extracted.type // => 'report'
 */
export async function extractDocument(path: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  if (json.test(path)) return readJson(path, bytes)
  let read: Pick<Mdast, 'tree' | 'file' | 'title'>
  let provenance: Provenance = {}
  if (convertedExtensions.test(path)) {
    if (!options.readTree) throw new RegisterInputError(path, 'unsupported format: reading Word and PDF needs a tree reader such as @scrutiny/convert, expected a text, Markdown, HTML or JSON file')
    read = await options.readTree(bytes, {path})
  } else {
    const header = savedCopy(bytes)
    if (header) provenance = header.provenance
    read = toMdast(header?.text ?? bytes, {path})
  }
  const {tree, file} = read
  const {type, ...known} = provenance
  const as = options.as === undefined || options.as === 'auto' ? (type ?? 'auto') : options.as
  if (as !== 'report') {
    const parsed = responseFromTree(tree, file, {path})
    if (as === 'response' || looksLikeResponse(parsed.response)) {
      return {type: 'response', document: parsed.response, messages: parsed.messages.map(toPlainMessage)}
    }
  }
  // A saved web page's `<title>` names the page; a provenance header's title wins.
  const parsed = reportFromTree(tree, file, {path, ...(read.title ? {title: read.title} : {}), ...known})
  return {type: 'report', document: parsed.report, messages: parsed.messages.map(toPlainMessage)}
}

/** One passage of a response tied to one finding of the report it answers. */
export interface PassageAnswer {
  /** Index into `response.findingResponses`. */
  passage: number
  findingId: string
  matchedBy: 'quote' | 'number' | 'paraphrase'
  /** The passage the coverage table picks as the finding's best answer. */
  best: boolean
}

/**
 * Tie each passage of a response to the findings it answers, by the linter's coverage table (so
 * the register and `scrutiny lint` agree on what answers what).
 */
export function answersOf(response: StatutoryResponse, findings: Finding[]): PassageAnswer[] {
  if (findings.length === 0) return []
  const best = new Map(
    coverage(response, findings)
      .filter((row) => row.findingId !== undefined && row.position !== undefined)
      .map((row) => [row.findingId!, row.position!.start.offset])
  )
  const answers: PassageAnswer[] = []
  response.findingResponses.forEach((answer, passage) => {
    for (const row of coverage({...response, findingResponses: [answer]}, findings)) {
      if (row.findingId === undefined || row.matchedBy === undefined) continue
      answers.push({passage, findingId: row.findingId, matchedBy: row.matchedBy, best: best.get(row.findingId) === answer.position.start.offset})
    }
  })
  return answers
}

/** The linter's verdict on a response, against its report when the register has one. */
export function lintResponse(
  response: StatutoryResponse,
  report: InspectionReport | undefined
): {messages: PlainMessage[]; lastPermittedDay?: string; daysLate?: number} {
  const result = lint(response, report ? {report} : {})
  return {
    messages: result.messages.map(toPlainMessage),
    ...(result.deadline?.lastPermittedDay ? {lastPermittedDay: result.deadline.lastPermittedDay} : {}),
    ...(result.deadline?.daysLate !== undefined ? {daysLate: result.deadline.daysLate} : {})
  }
}
