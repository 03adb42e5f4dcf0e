// The converter's one message table: for every message it gives while reading a Word or PDF
// document, its level, when it is given, the note that says why or what to do, and its reason
// (each `{name}` filled from the values given where it is emitted). No reason is written anywhere
// else: a test fails on one that is.
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
  /** The reason ("Unexpected …, expected …"); each `{name}` is filled from the values given where it is emitted. */
  reason: string
}

export const convertMessages = {
  'docx-macros': {
    level: 'warning',
    reads: 'docx',
    when: 'The file has a VBA project (macros).',
    note: 'Only the text is read; the macros are ignored, never run. Save as .docx to drop them.',
    reason: 'Unexpected macros (VBA project) in the document, expected none: ignored, never run'
  },
  'docx-external-links': {
    level: 'info',
    reads: 'docx',
    when: 'Relationships point outside the file (hyperlinks, linked images, attached templates).',
    note: 'They are never fetched; the text is read as it is in the file.',
    reason: 'Unexpected {count} external {links} (hyperlinks, linked images or templates), expected none to follow: ignored, never fetched'
  },
  'docx-list-numbering': {
    level: 'warning',
    reads: 'docx',
    when: 'The numbered paragraphs in the XML do not match the lists mammoth reads.',
    note: 'Numbering that comes from a paragraph style, not the paragraph, is not re-derived: lists are numbered from 1 in document order.',
    reason: 'Unexpected list numbering: found {found} numbered paragraphs in the XML, expected {expected} as mammoth reads them; lists are numbered from 1 in document order instead'
  },
  'docx-conversion': {
    level: 'warning',
    reads: 'docx',
    when: 'mammoth reported an error converting part of the document.',
    note: 'The part it could not convert may be missing from the text read.',
    reason: 'Unexpected problem converting the document ({error}), expected a clean conversion: that part may be missing'
  },
  'pdf-no-text': {
    level: 'warning',
    reads: 'pdf',
    when: 'Some pages have no text layer.',
    note: 'Scanned pages are images: they are not read. Export the PDF from the original document, or run it through OCR.',
    reason: 'Unexpected {pages} without text ({numbers}), expected a text layer on every page: scanned images are not read'
  },
  'pdf-running-lines': {
    level: 'info',
    reads: 'pdf',
    when: 'Running header, footer and page-number lines were dropped (with how many).',
    note: 'Lines repeated at the top or bottom of most pages are page furniture, not text.',
    reason: 'Dropped {count} running header, footer and page-number lines'
  },
  'no-text': {
    level: 'warning',
    reads: 'any',
    when: 'The document has no text at all.',
    note: 'Check that the file is the document meant; a scanned document needs OCR first.',
    reason: 'Unexpected empty {document}, expected some text'
  }
} as const satisfies Record<string, ConvertMessageSpec>

export type ConvertMessageId = keyof typeof convertMessages

/** The documentation of a message: its heading in `docs/convert-messages.md`. */
export function messageUrl(id: ConvertMessageId): string {
  return `${messagesDocs}#${id}`
}

/** The names a reason leaves to fill ("{count}", "{error}"). */
type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never

/** The values a message's reason needs, one per `{name}` in it. */
export type MessageValues<Id extends ConvertMessageId> = Record<Placeholders<(typeof convertMessages)[Id]['reason']>, string>

/**
 * A message's reason with its `{name}`s filled from `values` (an unknown name stays as written);
 * `Notice` checks at each emission that the values are the ones the reason names.
 */
export function messageReason(id: ConvertMessageId, values: Readonly<Record<string, string>>): string {
  return convertMessages[id].reason.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole)
}
