import {CorruptDocumentError, defaultMaxCompressionRatio, defaultMaxUncompressedBytes, defaultMaxXmlBytes, readDocument} from '@scrutiny/convert'
import {checkZip, inflateEntry} from '@scrutiny/convert/internal'
import {zipSync} from 'fflate'
import type {Zippable} from 'fflate'
import type {VFileMessage} from 'vfile-message'
import {assertNotEncrypted} from '../encrypted.js'
import {dropExtendedEntries, escapeXml, readComments, removeCommentMarks, writeComments} from './comments.js'
import type {NewComment} from './comments.js'
import {messageParagraphs, paragraphLocator} from './locate.js'
import {bodyParagraphs} from './paragraphs.js'

export interface AnnotateDocxOptions {
  /** The file's name, for errors. */
  path?: string
  /** The comments' date (ISO 8601), also the time stamp of the zip entries; default: now. */
  date?: string
  /** Refuse archives declaring more uncompressed bytes than this; default as `readDocument`. */
  maxUncompressedBytes?: number
  /** Refuse entries over 1 MiB that inflate more than this many times; default as `readDocument`. */
  maxCompressionRatio?: number
  /** Refuse XML parts declaring more bytes than this; default as `readDocument`. */
  maxXmlBytes?: number
}

const documentPart = 'word/document.xml'
const commentsPart = 'word/comments.xml'
const relationshipsPart = 'word/_rels/document.xml.rels'
const contentTypesPart = '[Content_Types].xml'
const commentsType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
const commentsRelationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'
// Parts already compressed: stored, not deflated again.
const compressedMedia = /\.(?:png|jpe?g|gif|wdp|mp4|zip)$/i

const severityNames = {error: 'Error', warning: 'Warning', info: 'Info'} as const
// As the text reporter words them: a comment in Word speaks to a policy officer.
const severityWords = {error: 'Must fix', warning: 'Should check', info: 'Suggestion'} as const

/** The plain form `@scrutiny/linter` adds to its messages (`LintMessage`), for people. */
interface PlainForm {
  plain?: unknown
  fix?: unknown
  why?: unknown
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * What the comment says. A lint message speaks plainly: what is missing, what to do, why the law
 * asks for it (with the citation), and the rule's documentation. Any other message (no plain form)
 * gives its reason with its severity and rule, the citation and what to add (its "expected …").
 */
function commentParagraphs(message: VFileMessage): string[] {
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  const form = message as VFileMessage & PlainForm
  const [plain, fix, why] = [nonEmpty(form.plain), nonEmpty(form.fix), nonEmpty(form.why)]
  const more = message.url ? [`More: ${message.url}`] : []
  if (plain) {
    const reasons = [why, message.note && `(${message.note})`].filter(Boolean).join(' ')
    return [`${severityWords[severity]}: ${plain}`, ...(fix ? [`What to do: ${fix}`] : []), ...(reasons ? [`Why: ${reasons}`] : []), ...more]
  }
  const expected = /, expected (.+)$/s.exec(message.reason)?.[1]
  return [
    `${severityNames[severity]}: ${message.reason}${message.ruleId ? ` (${message.ruleId})` : ''}`,
    ...(message.note ? [`Citation: ${message.note}`] : []),
    ...(expected ? [`What to add: ${expected}`] : []),
    ...more
  ]
}

/**
 * Add each lint message to a Word document as a comment by "Scrutiny", anchored to the paragraphs
 * of the passage it concerns (a whole-document message to the title). A lint message speaks to a
 * policy officer, in its plain form: what is missing, what to do, and why the law asks for it. The
 * package is edited, not regenerated: only the comments
 * part, its relationship and content type, and the comment marks in `word/document.xml` change,
 * so text, styles, numbering, tracked changes and people's comments stay as they were. Comments
 * by "Scrutiny" from an earlier run are replaced. Runs in Node and in browsers.
 *
 * @example
 *   const {tree, file} = await readDocument(bytes, {path: 'draft.docx'})
 *   const {messages} = lint(responseFromTree(tree, file).response, {file})
 *   const annotated = await annotateDocx(bytes, messages, {path: 'draft.docx'})
 * @throws {EncryptedDocxError} for a password-protected document.
 * @throws {ConvertError} (from `@scrutiny/convert`) for a file that is not a readable `.docx`.
 */
export async function annotateDocx(bytes: Uint8Array, messages: readonly VFileMessage[], options: AnnotateDocxOptions = {}): Promise<Uint8Array> {
  const {path} = options
  assertNotEncrypted(bytes, path)
  const limits = {
    maxUncompressedBytes: options.maxUncompressedBytes ?? defaultMaxUncompressedBytes,
    maxCompressionRatio: options.maxCompressionRatio ?? defaultMaxCompressionRatio,
    maxXmlBytes: options.maxXmlBytes ?? defaultMaxXmlBytes
  }
  // Read as the linter read it, so message offsets map to the same Word paragraphs.
  const {tree} = await readDocument(bytes, {...limits, ...(path ? {path} : {})})
  const {entries, parts} = checkZip(bytes, limits, path)
  const decoder = new TextDecoder()
  const text = (name: string) => {
    const part = parts.get(name)
    return part === undefined ? undefined : decoder.decode(part)
  }
  const documentXml = text(documentPart)
  if (documentXml === undefined) throw new CorruptDocumentError(path, 'a Word document (.docx) with word/document.xml', 'the archive has no word/document.xml')

  const existingXml = text(commentsPart)
  const existing = readComments(existingXml)
  let document = removeCommentMarks(documentXml, existing.ours)
  const paragraphs = bodyParagraphs(document)
  const locator = paragraphLocator(tree)
  // New ids follow the highest id of the comments kept (people's).
  let nextId = existing.ids.reduce((highest, id) => (existing.ours.has(id) ? highest : Math.max(highest, id + 1)), 0)
  const added: NewComment[] = []
  const insertions: Array<{at: number; xml: string}> = []
  for (const message of messages) {
    const range = messageParagraphs(message, locator)
    // A passage in a paragraph with nothing to anchor to (an empty `<w:p/>`) goes on the title.
    const title = locator.title === undefined ? undefined : paragraphs[locator.title]
    const first = (range && paragraphs[range[0]]) ?? title
    const last = (range && paragraphs[range[1]]) ?? first
    if (!first || !last) continue
    const id = nextId++
    added.push({id, paragraphs: commentParagraphs(message)})
    insertions.push(
      {at: first.contentStart, xml: `<w:commentRangeStart w:id="${id}"/>`},
      {at: last.contentEnd, xml: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`}
    )
  }
  // One pass: the document cut at each insertion point, in order, with the marks in between.
  insertions.sort((a, b) => a.at - b.at)
  const pieces: string[] = []
  let from = 0
  for (const {at, xml} of insertions) {
    pieces.push(document.slice(from, at), xml)
    from = at
  }
  pieces.push(document.slice(from))
  document = pieces.join('')

  const date = options.date ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  const changed = new Map<string, string>([
    [documentPart, document],
    [commentsPart, writeComments(existingXml, existing, added, date)]
  ])
  const extendedParts = {extended: 'word/commentsExtended.xml', ids: 'word/commentsIds.xml', extensible: 'word/commentsExtensible.xml'} as const
  const extended = dropExtendedEntries(
    Object.fromEntries(Object.entries(extendedParts).flatMap(([key, name]) => (parts.has(name) ? [[key, text(name)!]] : []))),
    existing.ourParagraphIds
  )
  for (const [key, name] of Object.entries(extendedParts)) {
    const xml = extended[key as keyof typeof extendedParts]
    if (xml !== undefined) changed.set(name, xml)
  }
  if (existingXml === undefined) {
    changed.set(relationshipsPart, withCommentsRelationship(text(relationshipsPart), path))
    changed.set(contentTypesPart, withCommentsType(text(contentTypesPart), path))
  }

  const encoder = new TextEncoder()
  const files: Zippable = {}
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const replaced = changed.get(entry.name)
    const data = replaced !== undefined ? encoder.encode(replaced) : (parts.get(entry.name) ?? inflateEntry(bytes, entry, path))
    changed.delete(entry.name)
    files[entry.name] = [data, {level: compressedMedia.test(entry.name) ? 0 : 6, mtime: date}]
  }
  for (const [name, xml] of changed) files[name] = [encoder.encode(xml), {level: 6, mtime: date}]
  return zipSync(files)
}

function withCommentsRelationship(xml: string | undefined, path: string | undefined): string {
  if (xml === undefined) {
    throw new CorruptDocumentError(path, 'a Word document (.docx) with word/_rels/document.xml.rels', 'the archive has no relationships for word/document.xml')
  }
  if (xml.includes(commentsRelationship)) return xml
  const ids = new Set([...xml.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]))
  let suffix = 1
  while (ids.has(`rIdScrutiny${suffix}`)) suffix++
  const relationship = `<Relationship Id="rIdScrutiny${suffix}" Type="${commentsRelationship}" Target="comments.xml"/>`
  return xml.replace(/<\/Relationships>\s*$/, `${relationship}</Relationships>`)
}

function withCommentsType(xml: string | undefined, path: string | undefined): string {
  if (xml === undefined) throw new CorruptDocumentError(path, 'a Word document (.docx) with [Content_Types].xml', 'the archive has no [Content_Types].xml')
  if (xml.includes('PartName="/word/comments.xml"')) return xml
  return xml.replace(/<\/Types>\s*$/, `<Override PartName="/word/comments.xml" ContentType="${escapeXml(commentsType)}"/></Types>`)
}
