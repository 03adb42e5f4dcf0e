import type {Heading, List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import type {Point, Position} from 'unist'
import {isPageNumberLine, runningLineKey} from '../normalise/furniture.js'
import {findingHeadingKind, gradeLabelValue} from '../report/patterns.js'

/**
 * Plain text is not Markdown: indentation is not code and "1." on every item is not a typo. This
 * line-based segmenter recognises the shapes of text copied from web pages and PDFs (bare-line
 * headings, "•" bullets, numbered items, paragraphs, hyphenated line ends) and builds mdast whose
 * every node has a position into the text, so a node's text is `text.slice(start, end)`.
 */

interface Line {
  /** 1-based line number. */
  line: number
  /** Offset of the first character of the line. */
  start: number
  /** Offset of the first non-blank character. */
  content: number
  /** Offset just after the last non-blank character. */
  end: number
}

type LineKind =
  | {type: 'blank'}
  | {type: 'item'; ordered: boolean; number?: number; textStart: number}
  | {type: 'numbered-heading'; levels: number}
  | {type: 'plain'}

// Arrowheads too ("► Planning for the future."): news and council pages print them as bullets.
const bulletMarkers = new Set(['•', '●', '▪', '◦', '·', '‣', '∙', '○', '■', '□', '➢', '►', '▶', '▸', '➤', '–', '-', '*'])
// After an item or section number: a tab or a space between words (see `isWordSpace`).
const markerSpace = String.raw`[\t \u00A0\u2000-\u200A\u202F\u205F]`
// Up to six digits: "1000." is an item of a long list; longer numbers are not item numbers.
const numberedItem = new RegExp(String.raw`^(\d{1,6})[.)]${markerSpace}+\S`)
// Any number followed by ". " and text: such a line is never page furniture.
const looseNumberedItem = new RegExp(String.raw`^\d+[.)]${markerSpace}+\S`)
const letteredItem = new RegExp(String.raw`^\(?(?:[a-z]|[ivx]{1,4})\)${markerSpace}+\S`)
// "1.1. Regional findings", "3.2 Warwickshire Police": two or more levels are a section number.
const sectionNumber = new RegExp(String.raw`^\d{1,2}\.\d[\d.]{0,8}${markerSpace}+\S`)
// "2.  Comments from the Chief Constable": a single level set apart by two spaces or a tab.
const spacedSectionNumber = /^\d{1,2}\.[ \u00A0]{2}|^\d{1,2}\.\t/
const firstMarkerSpace = new RegExp(markerSpace)
const uppercaseStart = /^[\p{Lu}\d]/u
const lowercaseStart = /^\p{Ll}/u
// Sentence punctuation, or a colon followed by a dash (": –"), ends text, not a heading.
const headingEnd = /[.,;:!]$|:[ \t\u00A0]?[–—-]$/
// A line ending in a hyphen after a letter is a word broken across lines (PDF text).
const brokenWord = /\p{L}-$/u
const continuedLineEnd = /[,(]$/

/** A short line with a number that recurs this often (page by page) is a running header or footer. */
const runningRepeats = 3
const maxRunningLength = 80

/** Longest line that can be a bare-line heading, in characters. */
const maxHeadingLength = 120
const maxQuestionHeadingLength = 160
const maxHeadingWords = 20
const maxNumberedHeadingLength = 60

/**
 * Build mdast from plain text with a line-based segmenter; positions point into `text`.
 *
 * @example
 *   const tree = textToMdast('Areas for improvement\n\n• The force should improve.')
 *   tree.children.map((node) => node.type) // ['heading', 'list']
 */
export function textToMdast(text: string): Root {
  const lines = splitLines(text)
  const children: RootContent[] = []
  let list: List | undefined
  let item: {node: ListItem; lines: Line[]; textStart: number} | undefined
  let paragraph: Line[] | undefined
  let lastNumberedDepth = 0
  let lastItemNumber: number | undefined
  let previousBlank = true

  const closeParagraph = () => {
    if (!paragraph) return
    const block = paragraphOrHeading(text, paragraph, lastNumberedDepth)
    children.push(block)
    paragraph = undefined
  }
  const closeItem = () => {
    if (!item) return
    finishItem(text, item.node, item.lines, item.textStart)
    item = undefined
  }
  const closeList = () => {
    closeItem()
    if (!list) return
    const first = list.children[0]
    const last = list.children.at(-1)
    if (first?.position && last?.position) list.position = {start: first.position.start, end: last.position.end}
    list = undefined
  }

  const chrome = pageChrome(text, lines)
  for (const line of lines) {
    // Page furniture separates blocks like a blank line, and is left out of the tree.
    const kind = chrome.has(line.line) ? blank : classify(text, line)
    if (kind.type === 'blank') {
      closeParagraph()
      closeItem()
      previousBlank = true
      continue
    }
    const last = paragraph?.at(-1) ?? item?.lines.at(-1)
    const itemIndent = item ? item.textStart - item.lines[0]!.start : undefined
    if (kind.type === 'plain' && last && !previousBlank && continues(text, last, line, itemIndent)) {
      ;(paragraph ?? item?.lines)?.push(line)
      continue
    }
    previousBlank = false
    if (kind.type === 'item') {
      closeParagraph()
      closeItem()
      // A number that does not follow the last item's ("1. Introduction" after "3. …", or "4." after
      // "2." where a nested list was flattened) starts a new list, as a new <ol> would print it: a
      // list's start and order then give each item its printed number.
      if (list && (list.ordered !== kind.ordered || restartsNumbering(kind, lastItemNumber))) closeList()
      lastItemNumber = kind.number
      if (!list) {
        list = {type: 'list', ordered: kind.ordered, spread: false, children: []}
        if (kind.ordered && kind.number !== undefined) list.start = kind.number
        children.push(list)
      }
      const node: ListItem = {type: 'listItem', spread: false, children: []}
      list.children.push(node)
      item = {node, lines: [line], textStart: kind.textStart}
      continue
    }
    closeParagraph()
    closeList()
    if (kind.type === 'numbered-heading') {
      lastNumberedDepth = Math.min(kind.levels, 6)
      children.push(heading(text, [line], lastNumberedDepth, true))
      continue
    }
    paragraph = [line]
  }
  closeParagraph()
  closeList()
  demoteTrailingHeading(children)

  return {type: 'root', children, position: {start: point(1, 1, 0), end: endPoint(text, lines)}}
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let number = 1
  while (start <= text.length) {
    let next = text.indexOf('\n', start)
    if (next === -1) next = text.length
    let content = start
    while (content < next && isBlank(text.charCodeAt(content))) content++
    let end = next
    while (end > content && isBlank(text.charCodeAt(end - 1))) end--
    lines.push({line: number, start, content, end})
    start = next + 1
    number++
  }
  return lines
}

/**
 * Lines of text extracted from PDFs that are page furniture: page numbers, and running headers or
 * footers (a short line with a number that recurs, with only its numbers changing, at least three
 * times). List items (of any number), section numbers and finding headings ("Recommendation 2")
 * never are.
 */
function pageChrome(text: string, lines: Line[]): Set<number> {
  const counts = new Map<string, number>()
  const candidates: Array<{line: Line; key: string; value: string}> = []
  for (const line of lines) {
    const length = line.end - line.content
    if (length === 0 || length > maxRunningLength || !hasDigit(text, line.content, line.end)) continue
    const value = text.slice(line.content, line.end)
    const key = runningLineKey(value)
    counts.set(key, (counts.get(key) ?? 0) + 1)
    candidates.push({line, key, value})
  }
  const chrome = new Set<number>()
  for (const {line, key, value} of candidates) {
    if (isPageNumberLine(value)) chrome.add(line.line)
    else if (
      (counts.get(key) ?? 0) >= runningRepeats &&
      classify(text, line).type === 'plain' &&
      !looseNumberedItem.test(value) &&
      !findingHeadingKind(value)
    ) {
      chrome.add(line.line)
    }
  }
  return chrome
}

/** Whether `text` holds a digit between `start` and `end`: most short lines hold none, and are not copied to find out. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

function isBlank(code: number): boolean {
  // Tab, carriage return, form feed, vertical tab, or a space between words.
  return code === 9 || code === 13 || code === 12 || code === 11 || isWordSpace(code)
}

/**
 * A space between words: a plain one, or the no-break, thin and other fixed-width spaces copies of
 * a page print for it (after a bullet, inside a heading), so they read as the plain space does.
 */
function isWordSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f
}

// Most lines are plain or blank: one object each, not one a line.
const blank: LineKind = {type: 'blank'}
const plain: LineKind = {type: 'plain'}

function classify(text: string, line: Line): LineKind {
  if (line.content === line.end) return blank
  const first = text.charAt(line.content)
  const second = text.charCodeAt(line.content + 1)
  if (bulletMarkers.has(first) && (second === 9 || isWordSpace(second))) {
    let textStart = line.content + 1
    while (textStart < line.end && isBlank(text.charCodeAt(textStart))) textStart++
    return {type: 'item', ordered: false, textStart}
  }
  // Numbers and section numbers start with a digit, lettered items with "(" or a lower-case
  // letter: most lines start otherwise, and are plain without a look at their start.
  const code = first.charCodeAt(0)
  if (!(code >= 48 && code <= 57) && code !== 40 && !(code >= 97 && code <= 122)) return plain
  // Only the start of the line is needed to classify it; a bounded slice keeps long lines cheap.
  const head = text.slice(line.content, Math.min(line.end, line.content + 24))
  const indented = line.content > line.start
  const section = !indented && sectionNumber.test(head)
  if (section || (!indented && spacedSectionNumber.test(head))) {
    const title = line.end - line.content
    // "1.6 Detainees were held too long.": a numbered paragraph of a custody report, short as a
    // section title but ending as a sentence does ("2.  Comments of the body." stays a title).
    if (title <= maxNumberedHeadingLength + 8 && !(section && endsLikeText(text, line.content, line.end))) {
      const number = head.slice(0, head.search(firstMarkerSpace))
      return {type: 'numbered-heading', levels: number.split('.').filter(Boolean).length}
    }
  }
  const numbered = numberedItem.exec(head)
  if (numbered || letteredItem.test(head)) {
    const marker = head.search(firstMarkerSpace)
    let textStart = line.content + marker
    while (textStart < line.end && isBlank(text.charCodeAt(textStart))) textStart++
    return numbered
      ? {type: 'item', ordered: true, number: Number(numbered[1]), textStart}
      : {type: 'item', ordered: true, textStart}
  }
  return plain
}

/** Whether a numbered item's number is not the one after the number of the item before it. */
function restartsNumbering(kind: LineKind & {type: 'item'}, lastItemNumber: number | undefined): boolean {
  return kind.number !== undefined && lastItemNumber !== undefined && kind.number !== lastItemNumber + 1
}

/** Whether `line` carries on the paragraph or item whose last line is `previous`. */
function continues(text: string, previous: Line, line: Line, itemIndent: number | undefined): boolean {
  const lastCharacters = text.slice(Math.max(previous.content, previous.end - 2), previous.end)
  if (brokenWord.test(lastCharacters) || continuedLineEnd.test(lastCharacters)) return true
  if (lowercaseStart.test(text.charAt(line.content))) return !isGradeLine(text, line)
  // An item's wrapped lines are indented under its text.
  return itemIndent !== undefined && line.content > line.start && line.content - line.start >= itemIndent
}

/** The longest bare grade line ("‘requires improvement’"). */
const maxGradeLineLength = 24
const fullStop = 46

/**
 * Whether a line is a grade alone, without a full stop ("good" under its area in a column of
 * grades): a line of its own, even in lower case. A wrapped sentence ending in its grade ("… looks
 * after its people is" / "good.") carries on.
 */
function isGradeLine(text: string, line: Line): boolean {
  return line.end - line.content <= maxGradeLineLength && text.charCodeAt(line.end - 1) !== fullStop && gradeLabelValue(text.slice(line.content, line.end)) !== undefined
}

function paragraphOrHeading(text: string, lines: Line[], lastNumberedDepth: number): Heading | Paragraph {
  const only = lines[0]!
  if (lines.length === 1 && isBareHeading(text, only)) {
    return heading(text, lines, Math.min(lastNumberedDepth + 1, 6))
  }
  const position = span(lines, lines[0]!.content, lines.at(-1)!.end)
  return {type: 'paragraph', children: [textNode(text, position)], position}
}

function isBareHeading(text: string, line: Line): boolean {
  const length = line.end - line.content
  if (length > maxQuestionHeadingLength) return false
  if (!startsUppercase(text, line.content) || endsLikeText(text, line.content, line.end)) return false
  if (text.charCodeAt(line.end - 1) !== question && length > maxHeadingLength) return false
  let words = 1
  for (let index = line.content; index < line.end; index++) if (isWordSpace(text.charCodeAt(index))) words++
  return words <= maxHeadingWords
}

const question = 63

/**
 * Whether the line at `start` starts with a capital or a digit (`uppercaseStart`): an ASCII
 * character answers by its code, so most lines are not copied to find out.
 */
function startsUppercase(text: string, start: number): boolean {
  const code = text.charCodeAt(start)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return uppercaseStart.test(text.slice(start, start + 2))
}

/**
 * Whether the line from `start` to `end` ends as text, not a heading (`headingEnd`): sentence
 * punctuation, or a colon and a dash. Only its last characters are looked at.
 */
function endsLikeText(text: string, start: number, end: number): boolean {
  return headingEnd.test(text.slice(Math.max(start, end - 3), end))
}

/** A document does not end with a heading: a bare last line is text cut off mid-sentence. */
function demoteTrailingHeading(children: RootContent[]): void {
  const last = children.at(-1)
  if (last?.type !== 'heading' || last.data?.numbered) return
  const paragraph: Paragraph = {type: 'paragraph', children: last.children, position: last.position}
  children[children.length - 1] = paragraph
}

function heading(text: string, lines: Line[], depth: number, numbered = false): Heading {
  const line = lines[0]!
  const position = span(lines, line.content, line.end)
  const node: Heading = {
    type: 'heading',
    depth: depth as Heading['depth'],
    children: [textNode(text, position)],
    position
  }
  if (numbered) node.data = {numbered}
  return node
}

function finishItem(text: string, node: ListItem, lines: Line[], textStart: number): void {
  const last = lines.at(-1)!
  const contentPosition = span(lines, textStart, last.end)
  node.position = span(lines, lines[0]!.content, last.end)
  node.children = [{type: 'paragraph', children: [textNode(text, contentPosition)], position: contentPosition}]
}

function textNode(text: string, position: Position): Paragraph['children'][number] {
  return {type: 'text', value: text.slice(position.start.offset, position.end.offset), position}
}

function span(lines: Line[], startOffset: number, endOffset: number): Position {
  const first = lines[0]!
  const last = lines.at(-1)!
  return {
    start: point(first.line, startOffset - first.start + 1, startOffset),
    end: point(last.line, endOffset - last.start + 1, endOffset)
  }
}

function point(line: number, column: number, offset: number): Point {
  return {line, column, offset}
}

function endPoint(text: string, lines: Line[]): Point {
  const last = lines.at(-1)!
  return point(last.line, text.length - last.start + 1, text.length)
}

declare module 'mdast' {
  interface HeadingData {
    /** Set by the plain-text segmenter on headings that carry a section number ("1.1."). */
    numbered?: boolean
  }
}
