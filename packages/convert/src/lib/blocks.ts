import type {
  BlockContent,
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Paragraph,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text
} from 'mdast'

/** Where a block came from: the Word paragraph index (from 0) or the PDF page (from 1). */
export interface BlockSource {
  paragraph?: number
  page?: number
}

export type Block = TextBlock | ListBlock | TableBlock | FootnoteBlock

export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'blockquote'
  depth?: 1 | 2 | 3 | 4 | 5 | 6
  text: string
  source: BlockSource
}

export interface ListBlock {
  kind: 'list'
  ordered: boolean
  items: ListItemBlock[]
}

export interface ListItemBlock {
  /** The number shown (ordered lists), re-derived for Word, as printed for PDF. */
  number?: number
  text: string
  source: BlockSource
  lists: ListBlock[]
}

export interface TableBlock {
  kind: 'table'
  rows: Array<{cells: Array<{text: string; source: BlockSource}>; source: BlockSource}>
}

export interface FootnoteBlock {
  kind: 'footnote'
  identifier: string
  text: string
  source: BlockSource
}

type Point = {line: number; column: number; offset: number}
type Position = {start: Point; end: Point}

/**
 * Lay the blocks out as plain text (a heading or paragraph per line, list items as `1. text` or
 * `• text` on their own lines, table rows as tab-separated cells, footnotes as `[1] text`, blank lines
 * between blocks) and build mdast whose positions point into that text. Line and column mean nothing
 * in Word or PDF, so the text is synthetic; it is returned so that `file.value` can hold it, and
 * `value.slice(start.offset, end.offset)` is each text node's value. The real place is on `data`:
 * `{paragraph}` (Word, from 0) or `{page}` (PDF, from 1), also copied onto `position` as the
 * `SourceSpan` fields of the same names.
 */
export function blocksToMdast(blocks: Block[]): {tree: Root; text: string} {
  const layout = new Layout()
  const children: RootContent[] = []
  for (const block of blocks) {
    if (children.length > 0) layout.write('\n\n')
    children.push(layoutBlock(layout, block))
  }
  const tree: Root = {type: 'root', children}
  if (children.length > 0) tree.position = {start: {line: 1, column: 1, offset: 0}, end: layout.point()}
  return {tree, text: layout.value}
}

function layoutBlock(layout: Layout, block: Block): RootContent {
  switch (block.kind) {
    case 'heading': {
      const text = layout.text(block.text, block.source)
      const heading: Heading = {type: 'heading', depth: block.depth ?? 1, children: [text], ...placed(text, block.source)}
      return heading
    }
    case 'paragraph':
      return paragraph(layout.text(block.text, block.source), block.source)
    case 'blockquote': {
      const inner = paragraph(layout.text(block.text, block.source), block.source)
      const {start, end} = inner.position!
      return {type: 'blockquote', children: [inner], ...spanned(start as Point, end as Point, block.source)}
    }
    case 'list':
      return layoutList(layout, block, 0)
    case 'table':
      return layoutTable(layout, block)
    case 'footnote': {
      const start = layout.point()
      layout.write(`[${block.identifier}] `)
      const inner = paragraph(layout.text(block.text, block.source), block.source)
      const definition: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: block.identifier.toLowerCase(),
        label: block.identifier,
        children: [inner],
        ...spanned(start, layout.point(), block.source)
      }
      return definition
    }
  }
}

function layoutList(layout: Layout, block: ListBlock, depth: number): List {
  const first = block.items[0]
  const start = layout.point()
  const items: ListItem[] = []
  for (const item of block.items) {
    if (items.length > 0 || depth > 0) layout.write('\n')
    layout.write('  '.repeat(depth + 1))
    const itemStart = layout.point()
    layout.write(block.ordered ? `${item.number ?? items.length + 1}. ` : '• ')
    const children: BlockContent[] = [paragraph(layout.text(item.text, item.source), item.source)]
    for (const nested of item.lists) children.push(layoutList(layout, nested, depth + 1))
    items.push({type: 'listItem', spread: false, children, ...spanned(itemStart, layout.point(), item.source)})
  }
  const list: List = {type: 'list', ordered: block.ordered, spread: false, children: items}
  if (block.ordered) list.start = first?.number ?? 1
  return Object.assign(list, spanned(start, layout.point(), first?.source ?? {}))
}

function layoutTable(layout: Layout, block: TableBlock): Table {
  const start = layout.point()
  const rows: TableRow[] = []
  for (const row of block.rows) {
    if (rows.length > 0) layout.write('\n')
    const rowStart = layout.point()
    const cells: TableCell[] = []
    for (const cell of row.cells) {
      if (cells.length > 0) layout.write('\t')
      const text = layout.text(cell.text, cell.source)
      cells.push({type: 'tableCell', children: text.value ? [text] : [], ...placed(text, cell.source)})
    }
    rows.push({type: 'tableRow', children: cells, ...spanned(rowStart, layout.point(), row.source)})
  }
  return {type: 'table', children: rows, ...spanned(start, layout.point(), block.rows[0]?.source ?? {})}
}

function paragraph(text: Text, source: BlockSource): Paragraph {
  return {type: 'paragraph', children: [text], ...placed(text, source)}
}

function placed(node: Text, source: BlockSource) {
  return spanned(node.position!.start as Point, node.position!.end as Point, source)
}

function spanned(start: Point, end: Point, source: BlockSource) {
  return {position: {start, end, ...source} as Position, data: {...source}}
}

/** Accumulates the synthetic text and tracks line, column and offset. */
class Layout {
  value = ''
  private line = 1
  private column = 1

  point(): Point {
    return {line: this.line, column: this.column, offset: this.value.length}
  }

  write(chunk: string): void {
    this.value += chunk
    const lastBreak = chunk.lastIndexOf('\n')
    if (lastBreak < 0) {
      this.column += chunk.length
      return
    }
    let breaks = 0
    for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) breaks++
    this.line += breaks
    this.column = chunk.length - lastBreak
  }

  text(value: string, source: BlockSource): Text {
    const start = this.point()
    this.write(value)
    return {type: 'text', value, ...spanned(start, this.point(), source)}
  }
}
