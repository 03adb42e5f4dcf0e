import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {blocksToMdast} from './blocks.js'
import {readDocx} from './docx/read-docx.js'
import {defaultMaxEntries} from './docx/zip.js'
import {EmptyDocumentError, UnknownFormatError} from './errors.js'
import type {Notice} from './notice.js'
import {convertMessages, messageReason, messageUrl} from './messages.js'
import {readPdf} from './pdf/read-pdf.js'
import {sniffDocumentFormat, type DocumentFormat} from './sniff.js'

/** Options for reading a Word or PDF document. */
export interface ReadDocumentOptions {
  /** File name or path: named in messages and errors, and its extension picks the format when the bytes do not. */
  path?: string
  /** Refuse PDFs with more pages than this (`TooManyPagesError`); default 500. */
  maxPages?: number
  /** Refuse `.docx` archives declaring more uncompressed bytes than this (`ZipBombError`); default 256 MiB. */
  maxUncompressedBytes?: number
  /** Refuse `.docx` entries over 1 MiB that inflate more than this many times (`ZipBombError`); default 100. */
  maxCompressionRatio?: number
  /**
   * Refuse `.docx` files whose parsed parts (main document, styles, numbering, notes, comments,
   * relationships) declare more XML than this (`ZipBombError`); default 8 MiB, which keeps reading
   * within 1 GiB of memory (mammoth's document model takes about 50 bytes per byte of XML).
   */
  maxXmlBytes?: number
  /** Refuse `.docx` archives listing more entries than this (`ZipBombError`); default 10,000. */
  maxEntries?: number
}

/** The mdast of a document, the file it belongs to (its value is the synthetic text the positions point into), and the converter's messages. */
export interface ReadDocumentResult {
  tree: Root
  file: VFile
  format: DocumentFormat
  messages: VFileMessage[]
}

export const defaultMaxPages = 500
export const defaultMaxUncompressedBytes = 256 * 1024 * 1024
export const defaultMaxCompressionRatio = 100
export const defaultMaxXmlBytes = 8 * 1024 * 1024
export {defaultMaxEntries}

/**
 * Read a Word (`.docx`) or PDF document into the mdast `@scrutiny/parser` reads: headings,
 * paragraphs, lists (Word's automatic numbers re-derived), tables and footnotes. Positions are laid
 * out over a synthetic plain text (`file.value`); each node's `data` (and `position`) carries the
 * Word `paragraph` index (from 0) or the PDF `page` (from 1). Nothing is fetched, no macro is run.
 * Throws a `ConvertError` subclass when the bytes cannot be read as either format.
 *
 * @example
 *   const {tree, file, messages} = await readDocument(bytes, {path: 'response.docx'})
 *   tree.children[0] // {type: 'heading', depth: 1, data: {paragraph: 0}, …}
 */
export async function readDocument(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const {path} = options
  if (bytes.length === 0) throw new EmptyDocumentError(path)
  const format = sniffDocumentFormat(bytes, path)
  if (!format) throw new UnknownFormatError(path, bytes)

  const {blocks, notices} =
    format === 'pdf'
      ? await readPdf(bytes, options.maxPages ?? defaultMaxPages, path)
      : await readDocx(
          bytes,
          {
            maxUncompressedBytes: options.maxUncompressedBytes ?? defaultMaxUncompressedBytes,
            maxCompressionRatio: options.maxCompressionRatio ?? defaultMaxCompressionRatio,
            maxXmlBytes: options.maxXmlBytes ?? defaultMaxXmlBytes,
            maxEntries: options.maxEntries ?? defaultMaxEntries
          },
          path
        )
  if (blocks.length === 0) {
    notices.push({ruleId: 'no-text', values: {document: format === 'pdf' ? 'PDF' : 'Word document'}})
  }

  const {tree, text} = blocksToMdast(blocks)
  const file = new VFile(path ? {path, value: text} : {value: text})
  file.data.format = format
  return {tree, file, format, messages: notices.map((notice) => toMessage(file, notice))}
}

function toMessage(file: VFile, notice: Notice): VFileMessage {
  const spec = convertMessages[notice.ruleId]
  const options = {ruleId: notice.ruleId, source: 'scrutiny-convert'}
  const reason = messageReason(notice.ruleId, notice.values)
  const message = spec.level === 'info' ? file.info(reason, options) : file.message(reason, options)
  message.note = spec.note
  message.url = messageUrl(notice.ruleId)
  return message
}
