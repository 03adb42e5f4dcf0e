import type {Root} from 'mdast'
import type {InputFormat} from '../input/format.js'
import {normaliseBlocks} from '../normalise/blocks.js'
import type {Block} from '../normalise/blocks.js'
import {findingHeadingKind} from './patterns.js'

export type {Block} from '../normalise/blocks.js'

const namesFindingBox = (words: string): boolean => findingHeadingKind(words) !== undefined

// "1.3 The force does not …", "7.12 The force should …": custody reports number their paragraphs
// by section. A chapter-and-paragraph number is no part of the text, as an item's marker is not.
const paragraphNumber = /^(\d{1,2}\.\d{1,3})\.?[ \t\u00A0]+(?=[\p{Lu}‘“"'])/u

/**
 * The blocks of a report as the readers see them, in document order: the normalising step's, page
 * furniture (web chrome such as "Skip to content", a page or bare question number) left out, so a
 * finding is filed under the page's title, not under "Print this document", and a short line that
 * only names a kind of finding ("**Area for improvement**", "Recommendations") a heading line, which
 * is how web pages and PDFs print finding boxes.
 */
export function reportBlocks(tree: Root, source: string, format: InputFormat, visit: (block: Block) => void): void {
  normaliseBlocks(tree, source, {sliceable: format !== 'html', headingNames: namesFindingBox, wrapsAsSpaces: format === 'text'}, (block) => {
    if (block.furniture || isCellSeparator(block.text)) return
    const cell = withoutCellSeparator(block, source)
    visit(cell.type === 'paragraph' && !cell.list ? withoutParagraphNumber(withoutAdLabel(cell)) : headingByWords(cell, source))
  })
}

// A table copied as text, a cell a line, each ending in the cell separator ("How well is the FRS
// making best use of its resources? |", "Requires improvement |", a lone "|" for an empty cell): the
// separator is no part of the cell's text. A line that opens with one is a Markdown table's row.
const cellSpace = new Set([' ', '\t', '\u00A0'])
const isCellSeparator = (text: string): boolean => text === '|'

/**
 * A block printed as a table cell with its separator after it: the text ends before it, and so does
 * the position where it points at the text (a paragraph's slice, or a plain-text heading line whose
 * words are its source).
 */
function withoutCellSeparator(block: Block, source: string): Block {
  const {text} = block
  // Most blocks end with a letter or a full stop: the last character answers first.
  if (text.charCodeAt(text.length - 1) !== 124 || text.startsWith('|')) return block
  // The spaces before the separator, walked back with a loop: a pattern anchored at the end is quadratic on long runs.
  let cut = text.length - 1
  while (cut > 0 && cellSpace.has(text.charAt(cut - 1))) cut--
  if (cut === text.length - 1) return block
  const length = text.length - cut
  const {start, end} = block.position
  const placed = block.sliced || (start.offset !== undefined && end.offset !== undefined && source.slice(start.offset, end.offset) === text)
  const moved = placed ? {start: block.position.start, end: {line: end.line, column: end.column - length, ...(end.offset === undefined ? {} : {offset: end.offset - length})}} : block.position
  return {...block, text: text.slice(0, cut), position: moved}
}

/**
 * A heading printed with markup ("# Good", a setext underline) whose words are its text verbatim:
 * placed by its words, so that a reader quoting the heading, or a span of it, slices its words and
 * never the `#` markers or the underline.
 */
function headingByWords(block: Block, source: string): Block {
  const {words} = block
  if (block.type !== 'heading' || words === undefined || words.start.offset === undefined || words.end.offset === undefined) return block
  return source.slice(words.start.offset, words.end.offset) === block.text ? {...block, position: words, sliced: true} : block
}

// "Hide AdThe four areas where it was rated ‘good’ were …": a news site's advertising label copied
// with no break before the sentence after it (a line of its own is furniture). Case-sensitive: the
// label's capitals, then the sentence's.
const runInAdLabel = /^(?:Advertisement ?)?Hide Ad(?:Advertisement)?(?=[\p{Lu}‘“"'])/u

/** A paragraph opening with an advertising label run into its first sentence: the text and position start after the label. */
function withoutAdLabel(block: Block): Block {
  // Most paragraphs open with another letter than "H" or "A": one character answers before the pattern runs.
  const first = block.text.charCodeAt(0)
  if (first !== 72 && first !== 65) return block
  const match = runInAdLabel.exec(block.text)
  if (!match) return block
  return startingAfter(block, match[0].length)
}

/** The block with its first `length` characters dropped from its text and, when it is sliced from the source, its position. */
function startingAfter(block: Block, length: number): Block {
  const {start} = block.position
  const moved = block.sliced ? {start: {line: start.line, column: start.column + length, ...(start.offset === undefined ? {} : {offset: start.offset + length})}, end: block.position.end} : block.position
  return {...block, text: block.text.slice(length), position: moved}
}

/**
 * A paragraph opening with its section number ("1.3 The force does not …"): the number moves to
 * `number`, as an item's does, and the text and position start after it.
 */
function withoutParagraphNumber(block: Block): Block {
  // Most paragraphs open with a letter: one character answers before the pattern runs.
  const first = block.text.charCodeAt(0)
  if (first < 48 || first > 57) return block
  const match = paragraphNumber.exec(block.text)
  if (!match) return block
  return {...startingAfter(block, match[0].length), number: match[1]!}
}
