/** The author of the comments Scrutiny writes; re-annotating replaces exactly these. */
export const commentAuthor = 'Scrutiny'

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** A comment to write: its id in the document and its paragraphs of text. */
export interface NewComment {
  id: number
  paragraphs: string[]
}

// Characters XML 1.0 does not allow at all; dropped rather than escaped.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(notXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function commentXml(comment: NewComment, date: string): string {
  const paragraphs = comment.paragraphs.map(
    (text, index) =>
      `<w:p>${index === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  )
  return `<w:comment w:id="${comment.id}" w:author="${commentAuthor}" w:date="${date}" w:initials="S">${paragraphs.join('')}</w:comment>`
}

// A whole comment element; comments do not nest, so the lazy run stops at the first close.
const commentElement = /<w:comment\b[^>]*>[\s\S]*?<\/w:comment>|<w:comment\b[^>]*\/>/g
const idAttribute = /\bw:id="(-?\d+)"/
const authorAttribute = /\bw:author="([^"]*)"/
const paraIdAttribute = /\bw14:paraId="([^"]+)"/g

/** The comments part, read: every comment id, and which are Scrutiny's (with their paragraph ids). */
export interface ExistingComments {
  ids: number[]
  ours: Set<number>
  /** `w14:paraId`s of the paragraphs of Scrutiny's comments, which Word's extended parts point at. */
  ourParagraphIds: Set<string>
}

export function readComments(xml: string | undefined): ExistingComments {
  const existing: ExistingComments = {ids: [], ours: new Set(), ourParagraphIds: new Set()}
  if (xml === undefined) return existing
  for (const [element] of xml.matchAll(commentElement)) {
    const id = Number(idAttribute.exec(element)?.[1])
    if (!Number.isFinite(id)) continue
    existing.ids.push(id)
    if (authorAttribute.exec(element)?.[1] !== commentAuthor) continue
    existing.ours.add(id)
    for (const [, paraId] of element.matchAll(paraIdAttribute)) existing.ourParagraphIds.add(paraId!)
  }
  return existing
}

/**
 * The comments part with Scrutiny's earlier comments removed and `added` appended; a new part
 * when the document had none.
 */
export function writeComments(xml: string | undefined, existing: ExistingComments, added: NewComment[], date: string): string {
  const fresh = added.map((comment) => commentXml(comment, date)).join('')
  if (xml === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${wordNamespace}">${fresh}</w:comments>`
  }
  const kept = xml.replace(commentElement, (element) => {
    const id = Number(idAttribute.exec(element)?.[1])
    return existing.ours.has(id) ? '' : element
  })
  const close = kept.lastIndexOf('</w:comments>')
  if (close >= 0) return `${kept.slice(0, close)}${fresh}${kept.slice(close)}`
  // `<w:comments …/>`: an empty part written self-closed.
  return kept.replace(/<w:comments\b([^>]*?)\/>/, `<w:comments$1>${fresh}</w:comments>`)
}

/**
 * Word's extended comment parts, without the entries of removed comments, so none is left
 * dangling: `commentsExtended.xml` (`w15:commentEx`) and `commentsIds.xml` (`w16cid:commentId`)
 * point at a comment's paragraph ids, `commentsExtensible.xml` (`w16cex:commentExtensible`) at the
 * durable id `commentsIds.xml` gives it. Parts the document lacks are left out of the result.
 */
export function dropExtendedEntries(parts: ExtendedParts, paragraphIds: Set<string>): ExtendedParts {
  if (paragraphIds.size === 0) return parts
  const durableIds = new Set<string>()
  const withoutOurs = (xml: string) =>
    xml.replace(/<(?:w15:commentEx|w16cid:commentId)\b[^>]*\/>/g, (element) => {
      const paraId = /:paraId="([^"]+)"/.exec(element)?.[1]
      if (paraId === undefined || !paragraphIds.has(paraId)) return element
      const durableId = /:durableId="([^"]+)"/.exec(element)?.[1]
      if (durableId !== undefined) durableIds.add(durableId)
      return ''
    })
  const ids = parts.ids === undefined ? undefined : withoutOurs(parts.ids)
  const extended = parts.extended === undefined ? undefined : withoutOurs(parts.extended)
  const extensible = parts.extensible?.replace(
    /<w16cex:commentExtensible\b[^>]*?(?:\/>|>[\s\S]*?<\/w16cex:commentExtensible>)/g,
    (element) => (durableIds.has(/:durableId="([^"]+)"/.exec(element)?.[1] ?? '') ? '' : element)
  )
  return {
    ...(extended === undefined ? {} : {extended}),
    ...(ids === undefined ? {} : {ids}),
    ...(extensible === undefined ? {} : {extensible})
  }
}

/** Word's extended comment parts, as text: `commentsExtended.xml`, `commentsIds.xml`, `commentsExtensible.xml`. */
export interface ExtendedParts {
  extended?: string
  ids?: string
  extensible?: string
}

/**
 * `document.xml` without the ranges and references of the comments in `ids`: the
 * `commentRangeStart`/`commentRangeEnd` markers and the run holding the `commentReference`.
 */
export function removeCommentMarks(xml: string, ids: Set<number>): string {
  if (ids.size === 0) return xml
  const ours = (id: string) => ids.has(Number(id))
  return xml
    .replace(/<w:commentRange(?:Start|End)\b[^>]*?w:id="(-?\d+)"[^>]*\/>/g, (element, id: string) => (ours(id) ? '' : element))
    .replace(
      /<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:commentReference\b[^>]*?w:id="(-?\d+)"[^>]*\/><\/w:r>/g,
      (element, id: string) => (ours(id) ? '' : element)
    )
}
