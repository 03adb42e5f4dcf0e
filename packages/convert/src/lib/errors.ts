import {ScrutinyError} from '@scrutiny/schema'

/**
 * Base class of every error `@scrutiny/convert` throws: the bytes could not be read as the
 * document they claim to be. The message names the file, what was expected and what was found.
 */
export class ConvertError extends ScrutinyError {
  override name = 'ConvertError'
  /** The file name or path the error is about, as given in `options.path`, or `'<input>'`. */
  declare readonly path: string

  constructor(path: string | undefined, reason: string) {
    const name = path || '<input>'
    super(`Cannot read \`${name}\`: ${reason}`, name)
  }
}

/** The bytes are empty. */
export class EmptyDocumentError extends ConvertError {
  override name = 'EmptyDocumentError'

  constructor(path?: string) {
    super(path, 'expected a Word (.docx) or PDF document, but the file is empty (0 bytes)')
  }
}

/** The bytes are neither a Word document nor a PDF (by content or by extension). */
export class UnknownFormatError extends ConvertError {
  override name = 'UnknownFormatError'

  constructor(path: string | undefined, bytes: Uint8Array) {
    super(
      path,
      `expected a Word document (a zip starting \`PK\` with word/document.xml, or a .docx name) or a PDF (starting \`%PDF-\`), but the file starts ${describeStart(bytes)}`
    )
  }
}

/** The document is truncated or damaged, so its text cannot be read. */
export class CorruptDocumentError extends ConvertError {
  override name = 'CorruptDocumentError'

  constructor(path: string | undefined, expected: string, cause: string) {
    super(path, `expected ${expected}, but it is truncated or corrupt (${cause})`)
  }
}

/**
 * The document nests tables or lists deeper than the Word reader can follow: mammoth and
 * rehype-parse build their trees recursively, and a document crafted with thousands of nested
 * tables overflows the stack. Real documents nest a few levels.
 */
export class DocumentTooDeepError extends ConvertError {
  override name = 'DocumentTooDeepError'

  constructor(path: string | undefined, expected: string) {
    super(path, `expected ${expected}, its tables and lists nested a few levels deep, but they nest too deep to read`)
  }
}

/** A zip entry (or the whole archive) inflates to more than the cap or at an absurd ratio. */
export class ZipBombError extends ConvertError {
  override name = 'ZipBombError'

  constructor(path: string | undefined, detail: string) {
    super(path, `expected a Word document of ordinary size, but ${detail}; refused before inflating it (raise \`maxUncompressedBytes\`, \`maxCompressionRatio\`, \`maxXmlBytes\` or \`maxEntries\` if the file is trusted)`)
  }
}

/** The PDF needs a password to open. */
export class EncryptedPdfError extends ConvertError {
  override name = 'EncryptedPdfError'

  constructor(path?: string) {
    super(path, 'expected a PDF whose text can be read, but it is encrypted with a password; save an unprotected copy and try again')
  }
}

/** The PDF has pages but no text on any of them (a scan without OCR). */
export class NoTextLayerError extends ConvertError {
  override name = 'NoTextLayerError'
  readonly pages: number

  constructor(path: string | undefined, pages: number) {
    super(
      path,
      `expected a PDF with a text layer, but none of its ${pages} page${pages === 1 ? '' : 's'} has any text (scanned images?), so there is nothing to check; run it through OCR first`
    )
    this.pages = pages
  }
}

/** The PDF has more pages than `maxPages`. */
export class TooManyPagesError extends ConvertError {
  override name = 'TooManyPagesError'
  readonly pages: number
  readonly maxPages: number

  constructor(path: string | undefined, pages: number, maxPages: number) {
    super(path, `expected at most ${maxPages} pages (\`maxPages\`), but the PDF has ${pages}`)
    this.pages = pages
    this.maxPages = maxPages
  }
}

/** Up to 8 leading bytes, as printable text and hex, for messages. */
function describeStart(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 8)
  const text = Array.from(head, (byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.')).join('')
  const hex = Array.from(head, (byte) => byte.toString(16).padStart(2, '0')).join(' ')
  return `\`${text}\` (${hex})`
}
