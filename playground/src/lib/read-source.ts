import {readDocument, sniffDocumentFormat} from '@scrutiny/convert'
import {toMdast} from '@scrutiny/parser'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {FileTooLargeError} from './errors.js'

/** A document given to the page: the bytes of a chosen file, or pasted text. */
export type Source = {name: string; bytes: Uint8Array} | {name: string; text: string}

/** Files above this are refused before reading (64 MiB, as the CLI). */
export const maxSourceBytes = 64 * 1024 * 1024

/**
 * The source of a chosen file. Its size is checked before its bytes are read: reading a file of
 * gigabytes into memory to refuse it afterwards would end the tab first.
 *
 * @throws {FileTooLargeError} above `maxSourceBytes`.
 */
export async function sourceFromFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<Source> {
  if (file.size > maxSourceBytes) throw new FileTooLargeError(file.name, file.size, maxSourceBytes)
  return {name: file.name, bytes: new Uint8Array(await file.arrayBuffer())}
}

/**
 * Read a source into mdast: Word and PDF (by content or extension) through `@scrutiny/convert`,
 * Markdown, plain text and HTML through `@scrutiny/parser`; `messages` are the readers' notes. `file.value` is the text that node
 * positions point into, so passages can be sliced out of it.
 *
 * @example
 *   const {tree, file} = await readSource({name: 'draft.docx', bytes})
 * @throws {FileTooLargeError} above `maxSourceBytes`; the converters' and parser's typed errors otherwise.
 */
export async function readSource(source: Source): Promise<{tree: Root; file: VFile; messages: VFileMessage[]}> {
  if ('text' in source) return fromText(source.text, source.name)
  if (source.bytes.byteLength > maxSourceBytes) {
    throw new FileTooLargeError(source.name, source.bytes.byteLength, maxSourceBytes)
  }
  if (sniffDocumentFormat(source.bytes, source.name) !== undefined) {
    return readDocument(source.bytes, {path: source.name})
  }
  return fromText(source.bytes, source.name)
}

function fromText(input: string | Uint8Array, name: string): {tree: Root; file: VFile; messages: VFileMessage[]} {
  const {tree, file} = toMdast(input, {path: name})
  // The reader's own notes (e.g. "read as Windows-1252") are on the file.
  return {tree, file, messages: [...file.messages]}
}
