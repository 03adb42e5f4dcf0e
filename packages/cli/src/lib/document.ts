import type * as Parser from '@scrutiny/parser'
import type {InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import {UnsupportedFormatError} from './errors.js'

/** Which document a file holds. */
export type DocumentType = 'report' | 'response'

/** A parser message as plain data, so it crosses a worker boundary and serialises to JSON. */
export interface PlainMessage {
  ruleId: string | null
  source: string | null
  severity: 'error' | 'warning' | 'info'
  reason: string
  line: number | null
  column: number | null
}

// The parser's own types, so this package needs no direct dependency on mdast or vfile.
type VFileMessage = ReturnType<typeof Parser.parseReport>['messages'][number]
type Mdast = ReturnType<typeof Parser.toMdast>

/** A parsed document, its parser messages, and the file (path and decoded text) it came from. */
export type Loaded = (
  | {type: 'report'; document: InspectionReport}
  | {type: 'response'; document: StatutoryResponse}
) & {messages: VFileMessage[]; file: Mdast['file']}

/** Word and PDF go through `@scrutiny/convert`; everything else the parser decodes and sniffs. */
const convertedExtensions = /\.(?:docx|pdf)$/i

/** `@scrutiny/convert`'s reader, when the installed version exports it. */
type ReadDocument = (input: Uint8Array, options: {path: string}) => Promise<Pick<Mdast, 'tree' | 'file'>>
/** `@scrutiny/convert`'s format sniffer: `docx` or `pdf` by content (and extension), else `undefined`. */
type SniffDocumentFormat = (input: Uint8Array) => 'docx' | 'pdf' | undefined

// A variable specifier keeps the converter (and pdf.js behind it) out of the bundle and out of
// type-checking: it is optional, and loaded only for a .docx or .pdf file, or for a file of another
// name that the parser finds is binary (`readAsText`).
const convertSpecifier = '@scrutiny/convert'

/** `@scrutiny/convert`'s reader, or an `UnsupportedFormatError` naming `path` when it is not installed. */
export async function loadReadDocument(path: string): Promise<ReadDocument> {
  const convert = (await import(convertSpecifier).catch(() => ({}))) as {readDocument?: unknown}
  if (typeof convert.readDocument !== 'function') {
    throw new UnsupportedFormatError(path, 'unsupported format: reading Word and PDF needs @scrutiny/convert, expected a text, Markdown or HTML file')
  }
  return convert.readDocument as ReadDocument
}

/**
 * Parse a file's bytes as an inspection report or a statutory response; Word and PDF files (by
 * extension, or by content under another name) are converted to mdast by `@scrutiny/convert`,
 * everything else by the parser's front end. Throws the parser's typed `InputError`s for empty or
 * binary input.
 *
 * @example
 *   const {document, messages} = await loadDocument('report.txt', bytes, 'report')
 */
export async function loadDocument(path: string, bytes: Uint8Array, type: 'report'): Promise<Extract<Loaded, {type: 'report'}>>
export async function loadDocument(path: string, bytes: Uint8Array, type: 'response'): Promise<Extract<Loaded, {type: 'response'}>>
export async function loadDocument(path: string, bytes: Uint8Array, type: DocumentType): Promise<Loaded>
export async function loadDocument(
  path: string,
  bytes: Uint8Array,
  type: DocumentType
): Promise<Loaded> {
  const parser = await import('@scrutiny/parser')
  const name = path === '-' ? 'stdin' : path
  const read: Pick<Mdast, 'tree' | 'file' | 'title'> = convertedExtensions.test(path)
    ? await (await loadReadDocument(path))(bytes, {path: name})
    : await readAsText(parser, bytes, path, name)
  const {tree, file} = read
  // The converter's messages (macros, external links, list numbering) come first, as the file holds them.
  const converted = [...file.messages]
  if (type === 'report') {
    // A saved web page's `<title>` names the page, as parseReport takes it.
    const {report, messages} = parser.reportFromTree(tree, file, {path: name, ...(read.title ? {title: read.title} : {})})
    return {type, document: report, messages: [...converted, ...messages], file}
  }
  // Only what the text says: the linter's `link` ties the response to its report.
  const {response, messages} = parser.responseFromTree(tree, file, {path: name})
  return {type, document: response, messages: [...converted, ...messages], file}
}

/** A `VFileMessage` as plain data. */
export function toPlainMessage(message: VFileMessage): PlainMessage {
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null
  }
}

/**
 * Text, Markdown or HTML into mdast; a PDF or Word document under another name (`report.txt` that is
 * a PDF) is read by `@scrutiny/convert` as its content says. Without the converter the parser's
 * `BinaryInputError` stands: it names the format and the converter.
 */
async function readAsText(parser: typeof Parser, bytes: Uint8Array, path: string, name: string): Promise<Pick<Mdast, 'tree' | 'file' | 'title'>> {
  try {
    return parser.toMdast(bytes, {path: name})
  } catch (error) {
    if (!(error instanceof parser.BinaryInputError)) throw error
    const convert = (await import(convertSpecifier).catch(() => ({}))) as {sniffDocumentFormat?: SniffDocumentFormat}
    if (typeof convert.sniffDocumentFormat !== 'function' || convert.sniffDocumentFormat(bytes) === undefined) throw error
    return (await loadReadDocument(path))(bytes, {path: name})
  }
}
