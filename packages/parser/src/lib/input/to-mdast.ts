import type {Root} from 'mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {decodeBytes, decodeString} from './decode.js'
import {markdownTooDense} from './density.js'
import {MarkdownTooDenseError, NestingTooDeepError, UnsupportedFormatError} from './errors.js'
import {formatFromExtension, inputFormats, sniffFormat} from './format.js'
import type {InputFormat} from './format.js'
import {htmlTooDeep, markdownTooDeep, maxHtmlNesting, maxMarkdownNesting} from './nesting.js'
import {dropPageChrome} from './page-chrome.js'
import type {HtmlNode} from './page-chrome.js'
import {textToMdast} from './text-to-mdast.js'
import {messageReason, messageUrl, parserMessages} from '../messages.js'

/** A document to read: its text, its bytes, or a VFile (whose `path` names it in messages). */
export type Input = string | Uint8Array | VFile

export interface ReadOptions {
  /** Force a format instead of taking it from the file extension or sniffing the text. */
  format?: InputFormat
  /** The file the input came from: named in messages and errors, and its extension picks the format. */
  path?: string
}

export interface Mdast {
  tree: Root
  file: VFile
  format: InputFormat
  /** A web page's title (its `<title>` element), which the page's body does not print. */
  title?: string
}

const markdownProcessor = unified().use(remarkParse).freeze()
const htmlProcessor = unified().use(rehypeParse).use(rehypeRemark).freeze()

/**
 * Decode input (UTF-8, UTF-8/UTF-16 byte order marks, UTF-16 without one, and Windows-1252 for the
 * bytes outside valid UTF-8 sequences), pick its format (option, file extension, or sniffed) and
 * build mdast with positions into the decoded text, which becomes `file.value`.
 *
 * @example
 *   const {tree, format} = toMdast('Areas for improvement\n\n• The force should improve.')
 *   format // 'text'
 *   tree.children[0].type // 'heading'
 * @throws {EmptyInputError} for empty or whitespace-only input.
 * @throws {BinaryInputError} for binary data.
 * @throws {UnsupportedFormatError} when `options.format` is not `markdown`, `text` or `html`.
 * @throws {NestingTooDeepError} for Markdown or HTML nested deeper than 2,000 (Markdown) or 1,100 (HTML) levels.
 * @throws {MarkdownTooDenseError} for Markdown with over 1,000 link labels or emphasis markers in a paragraph, emphasis markers after over 1,000,000 pieces of markup in all (each counted once per marker), or a run of over 64 backticks.
 */
export function toMdast(input: Input, options: ReadOptions = {}): Mdast {
  const file = input instanceof VFile ? input : new VFile(options.path === undefined ? {} : {path: options.path})
  if (options.path !== undefined && file.path === undefined) file.path = options.path
  const fileName = file.path ?? 'input'
  const raw = input instanceof VFile ? input.value : input
  if (options.format !== undefined && !inputFormats.includes(options.format)) {
    throw new UnsupportedFormatError(fileName, options.format)
  }
  const decoded = typeof raw === 'string' ? decodeString(raw, fileName) : decodeBytes(raw, fileName)
  file.value = decoded.text
  if (decoded.encoding === 'windows-1252') {
    const message = file.message(messageReason('encoding', {}), {ruleId: 'encoding', source: 'scrutiny-parser'})
    message.fatal = undefined
    message.url = messageUrl('encoding')
    message.note = parserMessages.encoding.note
  }
  const format = options.format ?? formatFromExtension(file.extname) ?? sniffFormat(decoded.text)
  if (format === 'html') {
    const {tree, title} = buildHtml(decoded.text, fileName)
    return {tree, file, format, ...(title ? {title} : {})}
  }
  return {tree: build(decoded.text, format, fileName), file, format}
}

function build(text: string, format: 'text' | 'markdown', fileName: string): Root {
  if (format === 'text') return textToMdast(text)
  const tooDeep = markdownTooDeep(text)
  if (tooDeep) throw new NestingTooDeepError(fileName, 'markdown', maxMarkdownNesting, tooDeep.line)
  const tooDense = markdownTooDense(text)
  if (tooDense) throw new MarkdownTooDenseError(fileName, tooDense)
  return markdownProcessor.parse(blankWhitespaceLines(text))
}

function buildHtml(text: string, fileName: string): {tree: Root; title?: string} {
  const tooDeep = htmlTooDeep(text)
  if (tooDeep) throw new NestingTooDeepError(fileName, 'html', maxHtmlNesting, tooDeep.line)
  try {
    const hast = htmlProcessor.parse(text)
    const title = pageTitle(hast as unknown as HtmlNode)
    // Menus, banners, sidebars and footers are not the report (the title above is read first).
    dropPageChrome(hast as unknown as HtmlNode)
    return {tree: htmlProcessor.runSync(hast) as Root, ...(title ? {title} : {})}
  } catch (error) {
    // The count above skips elements the HTML parser closes by itself; a stack overflow in its
    // recursive tree building is still deep nesting, whatever element made it.
    if (error instanceof RangeError) throw new NestingTooDeepError(fileName, 'html', maxHtmlNesting)
    throw error
  }
}

// The `<title>` sits in the `<head>`, before the body: the search stops at the body and after this
// many nodes, so a page without one costs little.
const maxTitleSearch = 500

/**
 * A web page's `<title>` ("Avon 2021/22 – Effectiveness – Avon Fire and Rescue Service"), its
 * whitespace collapsed: what a browser's tab shows and the body need not print. Iterative.
 */
function pageTitle(root: HtmlNode): string | undefined {
  const stack: HtmlNode[] = [root]
  for (let visited = 0; stack.length > 0 && visited < maxTitleSearch; visited++) {
    const node = stack.pop()!
    if (node.tagName === 'title') {
      const text = (node.children ?? []).map((child) => child.value ?? '').join('').replace(/\s+/g, ' ').trim()
      return text === '' ? undefined : text
    }
    if (node.tagName === 'body' || !node.children) continue
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return undefined
}

/**
 * Blank every line that holds only whitespace, so that it separates blocks. CommonMark's blank
 * lines are spaces and tabs only; a line holding a no-break space (U+00A0, common in web copies)
 * or another Unicode space would join the paragraphs around it. Each such character becomes one
 * space, one UTF-16 unit for one, so offsets into the result are offsets into `text`.
 *
 * @example blankWhitespaceLines('a\n\u00A0\nb') // 'a\n \nb'
 */
function blankWhitespaceLines(text: string): string {
  let result: string[] | undefined
  let done = 0
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    let index = start
    let unusual = false
    for (; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code === 32 || code === 9 || code === 13) continue
      if (!isUnicodeSpace(code)) break
      unusual = true
    }
    if (index === end && unusual) {
      result ??= []
      result.push(text.slice(done, start))
      result.push(text.slice(start, end).replace(notCarriageReturn, ' '))
      done = end
    }
    start = end + 1
  }
  if (!result) return text
  result.push(text.slice(done))
  return result.join('')
}

const notCarriageReturn = /[^\r]/g

/** No-break, narrow no-break, typographic, ideographic and zero-width spaces, form feed, vertical tab. */
function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 11 ||
    code === 12 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
