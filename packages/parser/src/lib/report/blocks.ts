import type {List, Nodes, Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Position} from 'unist'
import type {InputFormat} from '../input/format.js'
import {contentSpan} from '../normalise/spans.js'
import {walkTree} from '../normalise/walk.js'
import type {Descent} from '../normalise/walk.js'

/** A unit of text the extraction reads: a heading, a paragraph, a list item or a table row. */
export interface Block {
  type: 'heading' | 'paragraph' | 'item' | 'row'
  /**
   * Verbatim text: for plain text and Markdown, the source slice at `position` (a list item opening
   * with a heading is its heading's text, without the `#`); for HTML, the node's text.
   */
  text: string
  position: Position
  /** Whether `text` is exactly `source.slice(position.start.offset, position.end.offset)`. */
  sliced: boolean
  depth?: number
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
}

const pipe = 124
const delimiterRow = /^[\s|:-]*$/
const lineBreakTag = /<br\s*\/?>/i

const printedItemNumber = /^\s{0,12}\(?(\d{1,9}|[a-z]|[ivx]{1,4})[.)]/

/**
 * Visit the blocks of a tree in document order, in one walk.
 *
 * @param source The text the tree was built from (`file.value`).
 */
export function walkBlocks(tree: Root, source: string, format: InputFormat, visit: (block: Block) => void): void {
  const sliceable = format !== 'html'
  const textOf = (node: Nodes, position: Position): {text: string; sliced: boolean} => {
    if (sliceable && node.type === 'paragraph') {
      return {text: source.slice(position.start.offset, position.end.offset), sliced: true}
    }
    return {text: textContent(node), sliced: false}
  }
  const inside = (nodes: readonly Nodes[]): Descent<InList> => ({nodes, state: outsideLists})

  walkTree<InList>(tree.children, outsideLists, (node, {state: {list}, index}) => {
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        if (!node.position) return undefined
        const {text, sliced} = textOf(node, node.position)
        if (text.trim() === '') return undefined
        if (node.type === 'paragraph' && sliced && text.charCodeAt(0) === pipe) {
          visitPipeRows(text, node.position, visit)
          return undefined
        }
        // Two literals, not a spread of a conditional object: this runs for every block.
        visit(node.type === 'heading' ? {type: node.type, text, position: node.position, sliced, depth: node.depth} : {type: node.type, text, position: node.position, sliced})
        return undefined
      }
      case 'list':
        return [{nodes: node.children, state: {list: node}}]
      case 'listItem': {
        const first = node.children[0]
        if (!list || !node.position || !first || first.type === 'list') return [inside(node.children)]
        if (first.type === 'paragraph' && first.position) {
          const {text, sliced} = textOf(first, first.position)
          const number = list.ordered ? itemNumber(source, node.position, sliceable, list, index) : undefined
          visit(number ? {type: 'item', text, position: first.position, sliced, list, number} : {type: 'item', text, position: first.position, sliced, list})
          return [inside(node.children.slice(1))]
        }
        if (!sliceable) {
          // HTML list items of phrasing content have no paragraph: the item is the block.
          const number = list.ordered ? itemNumber(source, node.position, false, list, index) : undefined
          visit({type: 'item', text: toString(node), position: node.position, sliced: false, list, ...(number ? {number} : {})})
          return undefined
        }
        // A Markdown item opening with a heading, quote or code ("1. # Title"): the item is the
        // content of its first block, sliced from the source so the text is what it points at.
        const {position, after} = firstContent(first)
        const text = position ? source.slice(position.start.offset, position.end.offset) : ''
        if (position && text.trim() !== '') {
          const number = list.ordered ? itemNumber(source, node.position, true, list, index) : undefined
          visit({type: 'item', text, position, sliced: true, list, ...(number ? {number} : {})})
        }
        // The rest of the innermost quote first, then the quotes around it, then the item's rest.
        return [...after.map(inside).reverse(), inside(node.children.slice(1))]
      }
      case 'table':
        visitRows(node, visit)
        return undefined
      case 'code':
      case 'html':
        return undefined
      default:
        return 'children' in node ? [inside(node.children as Nodes[])] : undefined
    }
  })
}

/**
 * `toString(node)`: a heading of plain text (and most of Markdown) holds one text node, whose value
 * it is, without the walk over the children.
 */
function textContent(node: Nodes): string {
  const children = 'children' in node ? node.children : undefined
  const only = children?.length === 1 ? children[0] : undefined
  return only?.type === 'text' ? only.value : toString(node)
}

/** What a node of the block walk inherits: the list it is an item of, if any. */
interface InList {
  list?: List
}
const outsideLists: InList = {}

/**
 * The span of a block's content: a heading's or paragraph's text without its markers ("# "), the
 * first block of a quote, or the whole of other blocks (code, HTML). `after` holds the blocks of
 * quotes that follow the first, outermost first, so nothing in them is lost.
 */
function firstContent(node: Nodes): {position?: Position; after: Nodes[][]} {
  const after: Nodes[][] = []
  let current: Nodes | undefined = node
  // Quotes nest ("1. > > text"); a loop, not recursion.
  while (current?.type === 'blockquote') {
    after.push(current.children.slice(1))
    current = current.children[0]
  }
  if (current?.type === 'list') return {after: [...after, [current]]}
  if (!current?.position) return {after}
  if (current.type === 'heading' || current.type === 'paragraph') {
    const position = contentSpan(current)
    return position ? {position, after} : {after}
  }
  return {position: current.position, after}
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
