import type {Heading, ListItem, Paragraph, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {SourceSpan} from '@scrutiny/schema'
import {contentSpan} from '../normalise/spans.js'
import {walkTree} from '../normalise/walk.js'

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
}

/** What the nodes of a list of siblings inherit. */
interface InItem {
  /** The next paragraph is the first of a list item. */
  inItem: boolean
  /** Inside an ordered list. */
  ordered: boolean
}

/**
 * Flatten mdast into blocks, descending into lists and block quotes. `verbatim` is true for text
 * and Markdown sources, whose positions slice the text of each block. Nodes without a position
 * (none in practice) are skipped, since every passage the parser reports must point into the source.
 * The walk is the report path's (`walkTree`), which keeps its own stack: a response of thousands of
 * nested list markers or block quotes must not overflow the call stack.
 */
export function toBlocks(tree: Root, source: string, verbatim: boolean): Block[] {
  const blocks: Block[] = []
  walkTree<InItem>(tree.children, {inItem: false, ordered: false}, (node, frame) => {
    const {inItem, ordered} = frame.state
    switch (node.type) {
      case 'list':
        return [{nodes: node.children, state: {inItem, ordered: Boolean(node.ordered)}}]
      case 'listItem':
        if (node.children.length === 0 && node.position) blocks.push(block('item', ordered, node, source, verbatim))
        return [{nodes: node.children, state: {inItem: true, ordered}}]
      case 'blockquote':
        return [{nodes: node.children, state: {inItem, ordered}}]
      case 'heading':
      case 'paragraph':
        if (node.position) blocks.push(block(inItem ? 'item' : node.type, ordered, node, source, verbatim))
        // Only the first paragraph of an item is the item; later ones read as paragraphs.
        frame.state.inItem = false
        return undefined
      default:
        return undefined
    }
  })
  return blocks.filter((entry) => entry.text.trim() !== '')
}

function block(
  type: Block['type'],
  ordered: boolean,
  node: Heading | Paragraph | ListItem,
  source: string,
  verbatim: boolean
): Block {
  const position = (verbatim && node.type === 'heading' && contentSpan(node)) || node.position!
  const start = position.start.offset ?? 0
  const end = position.end.offset ?? start
  return {
    type,
    ordered: type === 'item' && ordered,
    text: verbatim ? source.slice(start, end) : toString(node),
    position: {start: {...position.start}, end: {...position.end}}
  }
}

/** The span from the start of `first` to the end of `last`. */
export function spanOf(first: Block, last: Block): SourceSpan {
  return {start: first.position.start, end: last.position.end}
}

/** The verbatim text from the start of `first` to the end of `last`. */
export function textOf(source: string, first: Block, last: Block, verbatim: boolean, blocks: Block[]): string {
  if (!verbatim) {
    const from = blocks.indexOf(first)
    const to = blocks.indexOf(last)
    return blocks
      .slice(from, to + 1)
      .map((entry) => entry.text)
      .join('\n\n')
  }
  return source.slice(first.position.start.offset ?? 0, last.position.end.offset ?? 0)
}
