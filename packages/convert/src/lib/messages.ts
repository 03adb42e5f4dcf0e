// The converter's one message table: for every message it gives while reading a Word or PDF
// document, its level, when it is given, and the note that says why or what to do.
// `docs/convert-messages.md` and the messages' URLs are generated from this table, so a URL always
// points at a heading that exists.

/** Where the converter's messages are documented: one heading per message id. */
const messagesDocs = 'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/convert-messages.md'

export interface ConvertMessageSpec {
  level: 'warning' | 'info'
  /** What the message is about: a Word document, a PDF, or either. */
  reads: 'docx' | 'pdf' | 'any'
  /** When it is given, one sentence for the docs. */
  when: string
  /** The message `note`: why it matters, or what to do. */
  note: string
}

export const convertMessages = {
  'docx-macros': {
    level: 'warning',
    reads: 'docx',
    when: 'The file has a VBA project (macros).',
    note: 'Only the text is read; the macros are ignored, never run. Save as .docx to drop them.'
  },
  'docx-external-links': {
    level: 'info',
    reads: 'docx',
    when: 'Relationships point outside the file (hyperlinks, linked images, attached templates).',
    note: 'They are never fetched; the text is read as it is in the file.'
  },
  'docx-list-numbering': {
    level: 'warning',
    reads: 'docx',
    when: 'The numbered paragraphs in the XML do not match the lists mammoth reads.',
    note: 'Numbering that comes from a paragraph style, not the paragraph, is not re-derived: lists are numbered from 1 in document order.'
  },
  'docx-conversion': {
    level: 'warning',
    reads: 'docx',
    when: 'mammoth reported an error converting part of the document.',
    note: 'The part it could not convert may be missing from the text read.'
  },
  'pdf-no-text': {
    level: 'warning',
    reads: 'pdf',
    when: 'Some pages have no text layer.',
    note: 'Scanned pages are images: they are not read. Export the PDF from the original document, or run it through OCR.'
  },
  'pdf-running-lines': {
    level: 'info',
    reads: 'pdf',
    when: 'Running header, footer and page-number lines were dropped (with how many).',
    note: 'Lines repeated at the top or bottom of most pages are page furniture, not text.'
  },
  'no-text': {
    level: 'warning',
    reads: 'any',
    when: 'The document has no text at all.',
    note: 'Check that the file is the document meant; a scanned document needs OCR first.'
  }
} as const satisfies Record<string, ConvertMessageSpec>

export type ConvertMessageId = keyof typeof convertMessages

/** The documentation of a message: its heading in `docs/convert-messages.md`. */
export function messageUrl(id: ConvertMessageId): string {
  return `${messagesDocs}#${id}`
}
