import type {Root} from 'mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {decodeBytes, decodeString} from './decode.js'
import {UnsupportedFormatError} from './errors.js'
import {formatFromExtension, inputFormats, sniffFormat} from './format.js'
import type {InputFormat} from './format.js'
import {textToMdast} from './text-to-mdast.js'

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
}

const markdownProcessor = unified().use(remarkParse).freeze()
const htmlProcessor = unified().use(rehypeParse).use(rehypeRemark).freeze()

/**
 * Decode input (UTF-8, UTF-8/UTF-16 byte order marks, Windows-1252 fallback), pick its format
 * (option, file extension, or sniffed) and build mdast with positions into the decoded text,
 * which becomes `file.value`.
 *
 * @example
 *   const {tree, format} = toMdast('Areas for improvement\n\n• The force should improve.')
 *   format // 'text'
 *   tree.children[0].type // 'heading'
 * @throws {EmptyInputError} for empty or whitespace-only input.
 * @throws {BinaryInputError} for binary data.
 * @throws {UnsupportedFormatError} when `options.format` is not `markdown`, `text` or `html`.
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
    const message = file.message('Unexpected bytes that are not UTF-8, expected UTF-8 text; read as Windows-1252', {
      ruleId: 'encoding',
      source: 'scrutiny-parser'
    })
    message.fatal = undefined
  }
  const format = options.format ?? formatFromExtension(file.extname) ?? sniffFormat(decoded.text)
  return {tree: build(decoded.text, format), file, format}
}

function build(text: string, format: InputFormat): Root {
  if (format === 'text') return textToMdast(text)
  if (format === 'markdown') return markdownProcessor.parse(text)
  return htmlProcessor.runSync(htmlProcessor.parse(text)) as Root
}
