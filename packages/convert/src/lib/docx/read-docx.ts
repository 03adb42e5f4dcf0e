import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Block} from '../blocks.js'
import {CorruptDocumentError, DocumentTooDeepError} from '../errors.js'
import type {Notice} from '../notice.js'
import {docxToHtml} from './mammoth.js'
import {htmlToBlocks} from './html-to-blocks.js'
import {deriveListNumbers} from './numbering.js'
import {checkZip, type ZipLimits} from './zip.js'

const expected = 'a Word document (.docx) with word/document.xml'

/** Read a `.docx` into blocks: zip pre-check, numbering, mammoth to HTML, HTML to blocks. */
export async function readDocx(bytes: Uint8Array, limits: ZipLimits, path?: string): Promise<{blocks: Block[]; notices: Notice[]}> {
  const {entries, parts, names} = checkZip(bytes, limits, path)
  const documentXml = parts.get(names.main)
  if (!documentXml) throw new CorruptDocumentError(path, expected, `the archive has no ${names.main}`)

  const notices: Notice[] = []
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) {
    notices.push({
      ruleId: 'docx-macros',
      values: {}
    })
  }
  const external = countExternalTargets(parts)
  if (external > 0) {
    notices.push({
      ruleId: 'docx-external-links',
      values: {count: String(external), links: external === 1 ? 'link' : 'links'}
    })
  }

  const decoder = new TextDecoder()
  const numberingXml = parts.get(names.numbering)
  const listNumbers = deriveListNumbers(decoder.decode(documentXml), numberingXml && decoder.decode(numberingXml))

  let converted: Awaited<ReturnType<typeof docxToHtml>>
  try {
    converted = await docxToHtml(bytes)
  } catch (error) {
    // A stack overflow is nesting, not damage: mammoth converts nested tables recursively.
    if (error instanceof RangeError) throw new DocumentTooDeepError(path, expected)
    throw new CorruptDocumentError(path, expected, (error as Error).message.split('\n')[0] ?? 'unreadable')
  }
  for (const error of converted.errors) notices.push({ruleId: 'docx-conversion', values: {error: String(error)}})

  const numbersFit = listNumbers.length === converted.numberedParagraphs
  if (!numbersFit) {
    notices.push({
      ruleId: 'docx-list-numbering',
      values: {found: String(listNumbers.length), expected: String(converted.numberedParagraphs)}
    })
  }
  let tree: ReturnType<typeof parseHtml>
  try {
    tree = parseHtml(converted.html)
  } catch (error) {
    if (error instanceof RangeError) throw new DocumentTooDeepError(path, expected)
    throw error
  }
  return {blocks: htmlToBlocks(tree, numbersFit ? listNumbers : undefined), notices}
}

const htmlParser = unified().use(rehypeParse, {fragment: true}).freeze()
const parseHtml = (html: string) => htmlParser.parse(html)

/** Relationships with `TargetMode="External"` (hyperlinks, linked images, attached templates). */
function countExternalTargets(parts: Map<string, Uint8Array>): number {
  const decoder = new TextDecoder()
  let count = 0
  for (const [name, bytes] of parts) {
    if (!name.endsWith('.rels')) continue
    const xml = decoder.decode(bytes)
    for (let at = xml.indexOf('TargetMode="External"'); at >= 0; at = xml.indexOf('TargetMode="External"', at + 1)) count++
  }
  return count
}
