import type {Element, ElementContent, Root as HastRoot} from 'hast'
import type {Block, BlockSource, ListBlock, ListItemBlock, TableBlock} from '../blocks.js'
import {markerPattern} from './mammoth.js'

/** A paragraph marker read back from the HTML. */
interface Marker {
  paragraph: number
  numbered?: number
}

/** Turn mammoth's HTML (parsed to hast) into blocks, reading paragraph markers and list numbers. */
export function htmlToBlocks(tree: HastRoot, listNumbers: Array<number | undefined> | undefined): Block[] {
  const blocks: Block[] = []
  for (const node of tree.children) {
    // Loops, not spreads, here and below: a list of a million items would pass the engine's argument limit.
    if (node.type === 'element') for (const block of elementToBlocks(node, listNumbers)) blocks.push(block)
  }
  return blocks
}

function elementToBlocks(element: Element, listNumbers: Array<number | undefined> | undefined): Block[] {
  const name = element.tagName
  if (/^h[1-6]$/.test(name)) {
    const {text, marker} = readText(element.children)
    if (!text) return []
    // A numbered heading shows its number in Word; keep it in the text.
    const number = marker?.numbered === undefined ? undefined : listNumbers?.[marker.numbered]
    const depth = Number(name.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6
    return [{kind: 'heading', depth, text: number === undefined ? text : `${number}. ${text}`, source: sourceOf(marker)}]
  }
  if (name === 'p') {
    const {text, marker} = readText(element.children)
    return text ? [{kind: 'paragraph', text, source: sourceOf(marker)}] : []
  }
  if (name === 'blockquote') {
    return childElements(element).flatMap((child) =>
      elementToBlocks(child, listNumbers).map((block) => (block.kind === 'paragraph' ? {...block, kind: 'blockquote' as const} : block))
    )
  }
  if (name === 'ol' || name === 'ul') {
    const notes = footnotes(element)
    if (notes) return notes
    const list = toList(element, listNumbers)
    return list.items.length > 0 ? [list] : []
  }
  if (name === 'table') return [toTable(element)]
  return childElements(element).flatMap((child) => elementToBlocks(child, listNumbers))
}

function toList(element: Element, listNumbers: Array<number | undefined> | undefined): ListBlock {
  const ordered = element.tagName === 'ol'
  const items: ListItemBlock[] = []
  for (const child of childElements(element)) {
    if (child.tagName !== 'li') continue
    const inline = child.children.filter((node) => !(node.type === 'element' && (node.tagName === 'ol' || node.tagName === 'ul')))
    const {text, marker} = readText(inline)
    const lists = childElements(child)
      .filter((node) => node.tagName === 'ol' || node.tagName === 'ul')
      .map((node) => toList(node, listNumbers))
      .filter((list) => list.items.length > 0)
    if (!text && lists.length === 0) continue
    const item: ListItemBlock = {text, source: sourceOf(marker), lists}
    const number = marker?.numbered === undefined ? undefined : listNumbers?.[marker.numbered]
    if (ordered && number !== undefined) item.number = number
    items.push(item)
  }
  // Without derived numbers (numbering from styles only), count from 1 in document order.
  if (ordered) items.forEach((item, index) => (item.number ??= (items[index - 1]?.number ?? 0) + 1))
  return {kind: 'list', ordered, items}
}

function toTable(element: Element): TableBlock {
  const rows: TableBlock['rows'] = []
  for (const row of descendants(element, 'tr')) {
    const cells = childElements(row)
      .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
      .map((cell) => {
        // Paragraphs of a cell read as one line; the first paragraph locates the cell.
        const parts = childElements(cell).map((child) => readText(child.children))
        const own = parts.length > 0 ? parts : [readText(cell.children)]
        return {
          text: own.map((part) => part.text).filter(Boolean).join(' '),
          source: sourceOf(own.find((part) => part.marker)?.marker)
        }
      })
    if (cells.length > 0) rows.push({cells, source: cells[0]!.source})
  }
  return {kind: 'table', rows}
}

/** mammoth writes footnotes and endnotes as a final list of `li#footnote-N`. */
function footnotes(element: Element): Block[] | undefined {
  const items = childElements(element)
  const notes = items.filter((item) => /^(foot|end)note-\d+$/.test(String(item.properties.id ?? '')))
  if (notes.length === 0 || notes.length !== items.length) return undefined
  return notes.map((note) => {
    const id = String(note.properties.id).replace(/^\D+/, '')
    return {kind: 'footnote', identifier: id, text: readText(note.children).text, source: {}}
  })
}

/** The text of inline content, without markers and footnote back-links; `<br>` becomes a line break. */
function readText(nodes: ElementContent[]): {text: string; marker?: Marker} {
  let raw = ''
  const visit = (node: ElementContent): void => {
    if (node.type === 'text') raw += node.value
    else if (node.type === 'element') {
      if (node.tagName === 'br') raw += '\n'
      else if (node.tagName === 'img') raw += String(node.properties.alt ?? '')
      else if (!(node.tagName === 'a' && /^#(foot|end)note-ref-/.test(String(node.properties.href ?? '')))) {
        node.children.forEach(visit)
      }
    }
  }
  nodes.forEach(visit)
  let marker: Marker | undefined
  const text = raw.replace(markerPattern, (_, paragraph: string, numbered: string) => {
    marker ??= numbered ? {paragraph: Number(paragraph), numbered: Number(numbered)} : {paragraph: Number(paragraph)}
    return ''
  })
  return marker ? {text: text.trim(), marker} : {text: text.trim()}
}

function sourceOf(marker: Marker | undefined): BlockSource {
  return marker ? {paragraph: marker.paragraph} : {}
}

function childElements(element: Element): Element[] {
  return element.children.filter((node): node is Element => node.type === 'element')
}

function descendants(element: Element, tagName: string): Element[] {
  const found: Element[] = []
  for (const child of childElements(element)) {
    if (child.tagName === tagName) found.push(child)
    else if (child.tagName !== 'table') for (const element of descendants(child, tagName)) found.push(element)
  }
  return found
}
