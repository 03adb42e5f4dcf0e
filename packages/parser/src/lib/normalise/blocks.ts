import type {Heading, List, Nodes, Paragraph, Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Position} from 'unist'
import {isPageFurniture} from './furniture.js'
import {isHeadingLine} from './headings.js'
import {contentSpan} from './spans.js'
import {walkTree} from './walk.js'
import type {Descent} from './walk.js'

/**
 * A unit of text a path reads: a heading, a paragraph, a list item or a table row, in document
 * order, whatever quotes and items wrapped it.
 */
export interface Block {
  type: 'heading' | 'paragraph' | 'item' | 'row'
  /**
   * Verbatim text: for plain text and Markdown, the source slice at `position` (a list item opening
   * with a heading is its heading's text, without the `#`); for HTML, the node's text. A printed
   * heading's text is its words without markup (`## **Findings**` is "Findings"); a heading line
   * keeps its marks ("**Findings**"), as the paragraph it was.
   */
  text: string
  position: Position
  /**
   * Whether `text` is `source.slice(position.start.offset, position.end.offset)`: exactly, or with the
   * line breaks of a wrapped paragraph read as spaces (`wrapsAsSpaces`), so offsets into it are still
   * offsets into the source.
   */
  sliced: boolean
  /** A heading's printed depth; a heading line (a short bold line) has none: the reader places it. */
  depth?: number
  /**
   * For a heading printed with markup, in text and Markdown: the span of its words, without the
   * `#` markers or a setext underline (what quoting the heading verbatim slices).
   */
  words?: Position
  /** The list an item belongs to, so consecutive items can be told apart from a new list. */
  list?: List
  /** The item number as printed ("3", "b"), for items of ordered lists. */
  number?: string
  /** For table rows: the text of each cell. */
  cells?: string[]
  /**
   * For table rows whose cells hold several lines (`<br>`, or paragraphs in an HTML cell, as
   * graded-judgement tables list their areas): each cell's lines.
   */
  cellLines?: string[][]
  /** How many block quotes hold the block (a quotation, or a quotation in a quotation); absent outside any. */
  quoteDepth?: number
  /** How many lists hold the block (1 for an item of a top-level list); absent outside any. */
  listDepth?: number
  /** Page furniture (web chrome, a page number): never content, each path decides what to do with it. */
  furniture?: true
}

export interface NormaliseOptions {
  /** Whether positions slice the source into each block's text (plain text and Markdown, not HTML). */
  sliceable: boolean
  /** The headings a short paragraph may name to be a heading line ("Recommendations", "PCC response"). */
  headingNames: (words: string) => boolean
  /**
   * Whether the line breaks inside a paragraph or item are only where the copy wrapped its lines, to
   * be read as spaces (plain text: its segmenter joins a line to the one before only when it carries
   * on the sentence). HTML never has any: its paragraphs reach the tree with their wraps as spaces.
   */
  wrapsAsSpaces?: boolean
}

const pipe = 124
// A blank block, as `text.trim() === ''` tells it (\s is the set `trim` removes), found without copying the text.
const nonBlank = /\S/
const delimiterRow = /^[\s|:-]*$/
const lineBreakTag = /<br\s*\/?>/i

const printedItemNumber = /^\s{0,12}\(?(\d{1,9}|[a-z]|[ivx]{1,4})[.)]/

/** What a node of the block walk inherits: the list it is an item of, and what holds it. */
interface Around {
  list?: List
  quoteDepth: number
  listDepth: number
}

/**
 * The one normalising step of the report and response paths: visit the blocks of a tree in document
 * order, in one iterative walk. A list item is its first block (a paragraph, or the first block of
 * the quotes or heading it opens with: "1. > > text", "1. # Title"); its later blocks, and the rest
 * of those quotes, follow as paragraphs and items of their own. A block quote's blocks are read as
 * blocks, with the quotes around them counted. A short paragraph naming a heading is a heading
 * line, and page furniture is marked, never dropped: which to keep is each path's.
 *
 * @param source The text the tree was built from (`file.value`).
 */
export function normaliseBlocks(tree: Root, source: string, options: NormaliseOptions, visit: (block: Block) => void): void {
  const {sliceable, headingNames, wrapsAsSpaces = false} = options
  // The source at a position, its wraps read as spaces where the lines are only wrapped.
  const sourceAt = (position: Position): string => unwrapped(source.slice(position.start.offset, position.end.offset), wrapsAsSpaces)
  // A paragraph of text or Markdown is its source slice (`sliced`); anything else, its words.
  const textOf = (node: Heading | Paragraph, position: Position): string => (sliceable && node.type === 'paragraph' ? sourceAt(position) : wordsOf(node))
  const emit = (block: Block, around: Around): void => {
    withPlainSpaces(block)
    if (around.quoteDepth > 0) block.quoteDepth = around.quoteDepth
    if (around.listDepth > 0) block.listDepth = around.listDepth
    if (block.type !== 'row' && isPageFurniture(block.text)) block.furniture = true
    else if (block.type === 'paragraph' && isHeadingLine(block.text, headingNames)) block.type = 'heading'
    visit(block)
  }
  // Blocks inside an item or quote are not items of the list around them.
  const inside = (nodes: readonly Nodes[], {quoteDepth, listDepth}: Around, quotes = 0): Descent<Around> => ({
    nodes,
    state: {quoteDepth: quoteDepth + quotes, listDepth}
  })

  walkTree<Around>(tree.children, {quoteDepth: 0, listDepth: 0}, (node, {state: around, index}) => {
    const {list} = around
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        if (!node.position) return undefined
        const text = textOf(node, node.position)
        const sliced = sliceable && node.type === 'paragraph'
        if (!nonBlank.test(text)) return undefined
        if (node.type === 'paragraph' && sliced && isPipeTable(text)) {
          // A table's lines are its rows, never wraps.
          visitPipeRows(source.slice(node.position.start.offset, node.position.end.offset), node.position, (row) => emit(row, around))
          return undefined
        }
        if (node.type === 'paragraph') {
          emit({type: 'paragraph', text, position: node.position, sliced}, around)
          return undefined
        }
        const words = sliceable ? contentSpan(node) : undefined
        emit({type: 'heading', text, position: node.position, sliced, depth: node.depth, ...(words ? {words} : {})}, around)
        return undefined
      }
      case 'list':
        return [{nodes: node.children, state: {list: node, quoteDepth: around.quoteDepth, listDepth: around.listDepth + 1}}]
      case 'blockquote':
        return [inside(node.children, around, 1)]
      case 'listItem': {
        const first = node.children[0]
        if (!list || !node.position || !first || first.type === 'list') return [inside(node.children, around)]
        // Most items are one paragraph: nothing after it to walk.
        const rest = node.children.length > 1 ? node.children.slice(1) : undefined
        const number = list.ordered ? itemNumber(source, node.position, sliceable, list, index) : undefined
        if (first.type === 'paragraph') {
          // rehype-remark wraps the phrasing content of `<li>text</li>` in a paragraph with no place: the item's is its place.
          const position = first.position ?? node.position
          const text = textOf(first, position)
          // A bullet with nothing after it ("•" alone on a line) is no item: HTML drops an empty <li> too.
          if (!nonBlank.test(text)) return rest && [inside(rest, around)]
          emit({type: 'item', text, position, sliced: sliceable, list, ...(number ? {number} : {})}, around)
          return rest && [inside(rest, around)]
        }
        // An item opening with a heading or quote ("1. # Title", "1. > text"): the item is the
        // content of its first block (sliced from the source, so the text is what it points at).
        // One opening with code or HTML (a comment) has no text of its own: its blocks are read as any.
        const {content, position, unread, after} = firstContent(first)
        const text = !content || !position ? '' : sliceable ? sourceAt(position) : toString(content)
        if (position && text.trim() !== '') {
          emit({type: 'item', text, position, sliced: sliceable, list, ...(number ? {number} : {})}, {...around, quoteDepth: around.quoteDepth + after.length})
        }
        // What the innermost quote opens with if it was not the item, the rest of that quote, then
        // the quotes around it, then the item's rest.
        const descents: Array<Descent<Around>> = unread ? [inside([unread], around, after.length)] : []
        for (let depth = after.length; depth > 0; depth--) descents.push(inside(after[depth - 1]!, around, depth))
        if (rest) descents.push(inside(rest, around))
        return descents
      }
      case 'table':
        visitRows(node, (row) => emit(row, around))
        return undefined
      case 'code':
      case 'html':
        return undefined
      default:
        return 'children' in node ? [inside(node.children as Nodes[], around)] : undefined
    }
  })
}

// Replaced by fixed strings, not a function per match (a call per line break of every plain-text
// paragraph): Windows breaks first, each by two spaces, then the lone ones.
const windowsBreaks = /\r\n/g
const loneBreaks = /[\n\r]/g

/**
 * A block's text with its line breaks read as spaces, when they are only wraps: each break becomes
 * as many spaces as it has characters, so offsets into the text stay offsets into the source.
 *
 * @example unwrapped('the force is\ngood.', true) // 'the force is good.'
 */
export function unwrapped(text: string, wrapsAsSpaces: boolean): string {
  if (!wrapsAsSpaces) return text
  const hasReturn = text.includes('\r')
  if (!hasReturn && !text.includes('\n')) return text
  return (hasReturn ? text.replace(windowsBreaks, '  ') : text).replace(loneBreaks, ' ')
}

// No-break, thin and other fixed-width spaces: copies of a page print them for plain spaces where
// the words are the same (a web page's `&nbsp;`, a word processor's thin space before a dash).
// Readers see plain spaces; a quote shows the printed ones again (`ReportReading`'s `#verbatim`).
const typographicSpace = /[\u00A0\u2000-\u200A\u202F\u205F]/
const typographicSpaces = /[\u00A0\u2000-\u200A\u202F\u205F]/g
// Every character but ASCII, C1 controls and the dashes and quote marks prose prints (U+2010–U+201F):
// what a typographic space must be. The engine scans for this class several times faster than for
// the spaces themselves, whose search table also stops at every plain space (U+00A0 and U+0020 share
// it), and most blocks hold none of it.
const beyondPunctuation = /[^\x00-\x9F\u2010-\u201F]/
export const plainSpaces = (text: string): string => (beyondPunctuation.test(text) && typographicSpace.test(text) ? text.replace(typographicSpaces, ' ') : text)

/**
 * A block's text and cells with their typographic spaces read as plain ones, one character for one,
 * so offsets into the text stay offsets into the source and every reader matches one kind of space.
 */
function withPlainSpaces(block: Block): void {
  block.text = plainSpaces(block.text)
  if (block.cells) block.cells = block.cells.map(plainSpaces)
  if (block.cellLines) block.cellLines = block.cellLines.map((lines) => lines.map(plainSpaces))
}

/** A heading's or paragraph's words: `toString`, without its walk for the usual single text node (a plain-text line). */
function wordsOf(node: Heading | Paragraph): string {
  const only = node.children[0]
  return node.children.length === 1 && only!.type === 'text' ? only!.value : toString(node)
}

/**
 * The first block of an item's content, inside the quotes it opens with: a heading or paragraph
 * (`position` its span without markers: "# "), else `unread`, a block to walk as any other (a list,
 * a table; code and HTML, which are never read). `after` holds the blocks of the quotes that follow the first, outermost first, so
 * nothing in them is lost.
 */
function firstContent(node: Nodes): {content?: Heading | Paragraph; position?: Position; unread?: Nodes; after: Nodes[][]} {
  const after: Nodes[][] = []
  let current: Nodes | undefined = node
  // Quotes nest ("1. > > text"); a loop, not recursion.
  while (current?.type === 'blockquote') {
    after.push(current.children.slice(1))
    current = current.children[0]
  }
  const position = current?.type === 'heading' || current?.type === 'paragraph' ? contentSpan(current) : undefined
  if (position) return {content: current as Heading | Paragraph, position, after}
  return current ? {unread: current, after} : {after}
}

function itemNumber(source: string, position: Position, sliceable: boolean, list: List, index: number): string | undefined {
  if (sliceable) {
    const start = position.start.offset ?? 0
    return printedItemNumber.exec(source.slice(start, start + 16))?.[1]
  }
  return String((list.start ?? 1) + index)
}

function visitRows(table: Table, visit: (block: Block) => void): void {
  for (const row of table.children) {
    if (!row.position) continue
    const cells = row.children.map((cell) => toString(cell).trim())
    const broken = row.children.some((cell) => cell.children.some(isLineBoundary))
    const cellLines = broken ? row.children.map(linesOf) : undefined
    visit({type: 'row', text: cells.join(' | '), position: row.position, sliced: false, cells, ...(cellLines ? {cellLines} : {})})
  }
}

/** A node that ends a line inside a table cell: a break (`<br>` in HTML or Markdown), or a paragraph the HTML put there. */
function isLineBoundary(node: Nodes): boolean {
  return node.type === 'break' || (node.type === 'html' && lineBreakTag.test(node.value)) || (node.type as string) === 'paragraph'
}

/** The non-empty lines of a table cell: a break or a paragraph ends one. */
function linesOf(cell: Table['children'][number]['children'][number]): string[] {
  const lines: string[] = []
  let line = ''
  const end = () => {
    if (line.trim() !== '') lines.push(line.trim())
    line = ''
  }
  const add = (node: Nodes) => {
    if (node.type === 'paragraph') line += toString(node)
    else if (isLineBoundary(node)) end()
    else line += toString(node)
  }
  for (const node of cell.children as Nodes[]) {
    if (node.type !== 'paragraph') {
      add(node)
      continue
    }
    end()
    for (const child of node.children) add(child)
    end()
  }
  end()
  return lines
}

/**
 * Whether a paragraph is a pipe table: it opens with a pipe and its first line has another ("| a |",
 * "|a|b"); "|Printable version" is a page's link text after a separator, not a table.
 */
function isPipeTable(text: string): boolean {
  if (text.charCodeAt(0) !== pipe) return false
  const lineEnd = text.indexOf('\n')
  const second = text.indexOf('|', 1)
  return second !== -1 && (lineEnd === -1 || second < lineEnd)
}

/**
 * A pipe table that reached us as a paragraph (Markdown without GFM, or plain text): one row per
 * line, the delimiter row skipped.
 */
function visitPipeRows(text: string, position: Position, visit: (block: Block) => void): void {
  let lineStart = 0
  let line = position.start.line
  const base = position.start.offset ?? 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const row = text.slice(lineStart, lineEnd).trim()
    if (row !== '' && !delimiterRow.test(row)) {
      const cells = row.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim())
      // A Markdown table cell writes its line breaks as `<br>`.
      const cellLines = cells.some((cell) => lineBreakTag.test(cell)) ? cells.map((cell) => cell.split(lineBreakTag).map((line) => line.trim()).filter((line) => line !== '')) : undefined
      const indent = text.indexOf(row, lineStart) - lineStart
      const startColumn = line === position.start.line ? position.start.column + indent : indent + 1
      visit({
        type: 'row',
        text: row,
        position: {
          start: {line, column: startColumn, offset: base + lineStart + indent},
          end: {line, column: startColumn + row.length, offset: base + lineStart + indent + row.length}
        },
        sliced: true,
        cells,
        ...(cellLines ? {cellLines} : {})
      })
    }
    lineStart = lineEnd + 1
    line++
  }
}
