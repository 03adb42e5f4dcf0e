import type {Block, ListBlock, TextBlock} from '../blocks.js'
import type {Line} from './layout.js'

const bulletPattern = /^[•●▪◦‣∙·○■□➢►*-]\s+/
const numberPattern = /^\(?(\d{1,3})[.)]\s+/
// "2.  Comments from the Chief Constable": a number set apart by two spaces numbers a section, not an item.
const sectionNumberPattern = /^\d{1,2}\.[ \u00A0]{2}/
/** A line at least this much larger than the body text is a heading. */
const headingScale = 1.15

type Open =
  | {kind: 'heading' | 'paragraph'; block: TextBlock; last: Line}
  | {kind: 'item'; list: ListBlock; marker: Line; last: Line}

/**
 * Turn lines in reading order into blocks: headings from font size (larger sizes are shallower),
 * list items from printed bullets and numbers (continued by hanging-indented lines), paragraphs
 * from line spacing. A paragraph that runs on to the next column or page is joined when it did not
 * end a sentence and the next line starts in lower case.
 */
export function linesToBlocks(lines: Line[]): Block[] {
  const body = bodySize(lines)
  const headingSizes = [...new Set(lines.filter((line) => line.size >= body * headingScale).map((line) => round(line.size)))].sort(
    (a, b) => b - a
  )
  const paragraphGap = typicalGap(lines, body) * 1.3
  const join = lineJoiner(lines)

  const blocks: Block[] = []
  let open: Open | undefined
  for (const line of lines) {
    const previous = open?.last
    const sameFlow = previous !== undefined && previous.page === line.page && previous.column === line.column
    const gap = sameFlow ? previous.y - line.y : Infinity

    if (line.size >= body * headingScale) {
      if (open?.kind === 'heading' && round(open.last.size) === round(line.size) && gap <= line.size * 1.6) {
        open.block.text = join(open.block.text, line.text)
        open.last = line
        continue
      }
      const depth = Math.min(headingSizes.indexOf(round(line.size)) + 1, 6) as TextBlock['depth']
      open = {kind: 'heading', block: {kind: 'heading', depth, text: line.text, source: {page: line.page}}, last: line}
      blocks.push(open.block)
      continue
    }

    const bullet = bulletPattern.exec(line.text)
    const numbered = bullet || sectionNumberPattern.test(line.text) ? undefined : numberPattern.exec(line.text)
    if (bullet || numbered) {
      const ordered = Boolean(numbered)
      const item = {text: line.text.slice((bullet ?? numbered)![0].length), source: {page: line.page}, lists: []}
      const list: ListBlock =
        open?.kind === 'item' && open.list.ordered === ordered ? open.list : {kind: 'list', ordered, items: []}
      if (list !== (open?.kind === 'item' ? open.list : undefined)) blocks.push(list)
      list.items.push(numbered ? {...item, number: Number(numbered[1])} : item)
      open = {kind: 'item', list, marker: line, last: line}
      continue
    }

    if (open?.kind === 'item' && gap <= paragraphGap && line.x0 > open.marker.x0 + 0.3 * line.size) {
      const item = open.list.items.at(-1)!
      item.text = join(item.text, line.text)
      open.last = line
      continue
    }
    if (open?.kind === 'paragraph') {
      const runsOn = sameFlow ? gap <= paragraphGap : !/[.:;!?"”’)]$/.test(open.block.text) && /^[a-z]/.test(line.text)
      if (runsOn) {
        open.block.text = join(open.block.text, line.text)
        open.last = line
        continue
      }
    }
    open = {kind: 'paragraph', block: {kind: 'paragraph', text: line.text, source: {page: line.page}}, last: line}
    blocks.push(open.block)
  }
  return blocks
}

/** The font size that carries the most text. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>()
  for (const line of lines) weight.set(round(line.size), (weight.get(round(line.size)) ?? 0) + line.text.length)
  let best = 0
  let bestWeight = -1
  for (const [size, total] of weight) {
    if (total > bestWeight) {
      best = size
      bestWeight = total
    }
  }
  return best || 10
}

/** The commonest distance between consecutive body-text baselines. */
function typicalGap(lines: Line[], body: number): number {
  const counts = new Map<number, number>()
  for (let index = 1; index < lines.length; index++) {
    const [above, below] = [lines[index - 1]!, lines[index]!]
    if (above.page !== below.page || above.column !== below.column || round(above.size) !== body || round(below.size) !== body) continue
    const gap = round(above.y - below.y)
    if (gap > 0 && gap < body * 3) counts.set(gap, (counts.get(gap) ?? 0) + 1)
  }
  let best = body * 1.2
  let bestCount = 0
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap
      bestCount = count
    }
  }
  return best
}

/**
 * Join two lines of one block. A line ending in a hyphen after a letter, followed by a lower-case
 * letter, was hyphenated by the layout: the hyphen goes, unless the hyphenated word also occurs
 * unbroken elsewhere in the document (then it is a real compound, such as "anti-social").
 */
function lineJoiner(lines: Line[]): (text: string, next: string) => string {
  const compounds = new Set<string>()
  for (const line of lines) {
    for (const token of line.text.split(' ')) {
      const word = trimToWord(token).toLowerCase()
      if (/^[a-z]+-[a-z]+$/.test(word)) compounds.add(word)
    }
  }
  return (text, next) => {
    if (text.endsWith('\u00AD')) return text.slice(0, -1) + next
    if (text.endsWith('-') && /^[a-z]/.test(next)) {
      const head = trimToWord(text.slice(text.lastIndexOf(' ') + 1, -1))
      const tail = trimToWord(next.split(' ', 1)[0]!)
      if (/^[A-Za-z]+$/.test(head)) {
        return compounds.has(`${head.toLowerCase()}-${tail.toLowerCase()}`) ? text + next : text.slice(0, -1) + next
      }
    }
    return `${text} ${next}`
  }
}

/** A token without leading and trailing punctuation (quotes, brackets, commas…). */
function trimToWord(token: string): string {
  let start = 0
  let end = token.length
  while (start < end && !/[A-Za-z0-9]/.test(token[start]!)) start++
  while (end > start && !/[A-Za-z0-9]/.test(token[end - 1]!)) end--
  return token.slice(start, end)
}

function round(size: number): number {
  return Math.round(size * 2) / 2
}
