import type {Root} from 'mdast'
import type {SourceSpan} from '@scrutiny/schema'
import {normaliseBlocks} from '../normalise/blocks.js'
import {partLabel} from './parts.js'

/** A block of the response in reading order: a heading, a paragraph or one list item. */
export interface Block {
  type: 'heading' | 'paragraph' | 'item'
  /** Ordered list item (`1.`), for items. */
  ordered: boolean
  /**
   * The block's text. For text and Markdown (`verbatim`), the source slice at `position`, markup
   * included (`[link](https://example.org) the`), as the schema's verbatim text promises; a
   * Markdown heading is its text without the `#` markers (its position is that span). For HTML,
   * where no slice is text, the node's text content (`toString`).
   */
  text: string
  position: SourceSpan
  /** Page furniture (web chrome, a page number): kept in place, but never a part's voice, label or last line. */
  furniture?: true
}

/**
 * The response's blocks: the normalising step's (`normaliseBlocks`, shared with reports), with a
 * short line labelling a part ("**PCC response**") as a heading and a table row read as a
 * paragraph. `verbatim` is true for text and Markdown sources, whose positions slice the text of
 * each block.
 */
export function toBlocks(tree: Root, source: string, verbatim: boolean): Block[] {
  const blocks: Block[] = []
  normaliseBlocks(tree, source, {sliceable: verbatim, headingNames: labelsPart}, (block) => {
    const {start, end} = (verbatim && block.words) || block.position
    const text = verbatim ? source.slice(start.offset ?? 0, end.offset ?? start.offset ?? 0) : block.text
    if (text.trim() === '') return
    blocks.push({
      type: block.type === 'row' ? 'paragraph' : block.type,
      ordered: block.type === 'item' && block.list?.ordered === true,
      text,
      position: {start: {...start}, end: {...end}},
      ...(block.furniture ? {furniture: true} : {})
    })
  })
  return blocks
}

const labelsPart = (words: string): boolean => partLabel(words) !== undefined
