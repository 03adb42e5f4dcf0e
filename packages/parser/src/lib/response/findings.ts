import type {FindingKind, FindingReference, FindingResponse, PartKind} from '@scrutiny/schema'
import type {Block} from './blocks.js'
import {contentWords, flatten, sameFlatText} from './match.js'
import {sectionNumberPrefix} from './patterns.js'
import {stanceOf} from './stance.js'

const kinds: Array<[RegExp, FindingKind]> = [
  [/\b(?:areas? for improvement|AFI['’]?s?)(?![\p{L}])/iu, 'area-for-improvement'],
  [/\bcauses? (?:of|for) concern\b/i, 'cause-of-concern'],
  [/\brecommendations?\b/i, 'recommendation'],
  [/\binnovative practice\b/i, 'innovative-practice'],
  [/\bpromising practice\b/i, 'promising-practice']
]
const bareLabel =
  /^(?:the )?(?:areas? for improvement|causes? (?:of|for) concern|recommendations?|innovative practice|promising practice)[ \t]*:?$/i
const leadIn = /:[ \t\u2013–-]*$/
const history = /\b(?:at that time|previous(?:ly)?|last inspected|earlier inspection)\b/i
// The spaces after the number belong to the optional group, so a run of spaces is matched one way
// only: "Recommendation" and a million spaces fails in linear time.
const inline =
  /^(Recommendation|AFI|Area for improvement|Cause of concern)[ \t]*(?:(\d{1,3})[ \t]*)?[:.\u2013–-][ \t]*(\S.{4,})$/i
const numbered =
  /\b(recommendations?|AFIs?|areas? for improvement)[ \t]+(\d{1,3}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)\d{1,3}){0,20})\b/gi
const generic =
  /\b(?:the|these|those|two|three|four|five|all|each|both|its)\b[^.]{0,30}?\b(AFI['’]?s['’]?|AFIs|areas? for improvement|recommendations|causes? of concern)/i
const sectionHeading = /^\d{1,2}(?:\.\d{1,2})*\.?[ \t\u00A0]+\S/
// A finding quoted inside a sentence: 'the area for improvement “…” I have asked …'. Single quotes
// allow apostrophes ("force’s") inside; every quote is at least 20 characters, so not a title word.
const quotedInline =
  /\b(areas? for improvement|AFI['’]?s?|recommendations?|causes? (?:of|for) concern)(?![\p{L}])[^“”"‘.]{0,40}?(?:“([^“”]{20,})”|"([^"]{20,})"|‘((?:[^‘’]|’(?=\p{L})){20,})’(?!\p{L}))/iu

function kindOf(text: string): FindingKind | undefined {
  return kinds.find(([pattern]) => pattern.test(text))?.[1]
}

interface Quoted {
  kind: FindingKind
  number?: string
  quote: string
  index: number
  lastIndex: number
  section: string
  matchedBy: FindingReference['matchedBy']
  /** Quoted inside a passage, which may answer it after the quote (`answer` is what remains). */
  inline?: {answer: string}
}

// The closing mark of each opening mark a labelled line quotes its finding in: 'Area for improvement
// 2: “The force should …” We have trained …'.
const closingMark: Record<string, string> = {'“': '”', '"': '"'}

/** The finding a labelled line quotes, without its quotation marks, and the answer after it, if any. */
function splitQuote(text: string): {quote: string; answer?: string} {
  const closing = closingMark[text.charAt(0)]
  const end = closing === undefined ? -1 : text.indexOf(closing, 1)
  if (end === -1) return {quote: text}
  const quote = text.slice(1, end).trim()
  const answer = text.slice(end + 1).trim()
  return answer ? {quote, answer} : {quote}
}

/** A heading (a part's label is one: the normalising step makes a short labelling line a heading) or a numbered section line. */
function isBoundary(block: Block): boolean {
  const text = block.text.trim()
  return block.type === 'heading' || (block.type === 'paragraph' && text.length <= 80 && sectionHeading.test(text))
}

/** The findings the response quotes (lists under "Areas for improvement", "Recommendation 2: …"). */
function quotedFindings(blocks: Block[], end: number): Quoted[] {
  const quoted: Quoted[] = []
  let label: {kind: FindingKind; inFirstList: boolean; bare: boolean} | undefined
  let section = ''
  for (let index = 0; index < end; index++) {
    const block = blocks[index]!
    const text = block.text.trim()
    const inlineMatch = block.type !== 'item' ? inline.exec(text) : null
    if (inlineMatch) {
      const kind = kindOf(inlineMatch[1] ?? '') ?? 'recommendation'
      const {quote, answer} = splitQuote(inlineMatch[3] ?? text)
      quoted.push({
        kind,
        ...(inlineMatch[2] ? {number: inlineMatch[2]} : {}),
        quote,
        index,
        lastIndex: index,
        section,
        matchedBy: inlineMatch[2] ? 'number' : 'quote',
        ...(answer ? {inline: {answer}} : {})
      })
      label = undefined
      continue
    }
    const stripped = text.replace(sectionNumberPrefix, '')
    if (block.type !== 'item' && (bareLabel.test(stripped) || (leadIn.test(text) && text.length <= 250 && !history.test(text)))) {
      const kind = kindOf(text)
      if (kind) {
        label = {kind, inFirstList: true, bare: bareLabel.test(stripped)}
        continue
      }
    }
    if (isBoundary(block)) {
      label = undefined
      section = stripped
      continue
    }
    const inQuote = block.type !== 'item' ? quotedInline.exec(text) : null
    if (inQuote) {
      const quote = inQuote[2] ?? inQuote[3] ?? inQuote[4] ?? ''
      const rest = text.slice(0, inQuote.index) + text.slice(inQuote.index + inQuote[0].length)
      quoted.push({kind: kindOf(inQuote[1] ?? '') ?? 'recommendation', quote, index, lastIndex: index, section, matchedBy: 'quote', inline: {answer: rest}})
      label = undefined
      continue
    }
    if (!label) continue
    if (block.type === 'item' && (label.inFirstList || block.ordered)) {
      quoted.push({kind: label.kind, quote: text, index, lastIndex: index, section, matchedBy: 'quote'})
      continue
    }
    if (block.type !== 'item' && label.bare && label.inFirstList && quoted.at(-1)?.index !== index - 1) {
      // "Cause of concern" then the finding as a paragraph; "West Mercia Police should:" then its items.
      let last = index
      if (leadIn.test(text)) while (blocks[last + 1]?.type === 'item') last++
      quoted.push({kind: label.kind, quote: text, index, lastIndex: last, section, matchedBy: 'quote'})
      index = last
    }
    label.inFirstList = false
  }
  return quoted
}

/**
 * For each passage, the first passage from it on that answers a quote before it (one in a part that
 * states a stance), unless an item, a boundary or a lead-in comes first. Made in one pass from the
 * end, so quotes in a row do not each scan the passages after them.
 */
function answersFrom(blocks: Block[], end: number, partOf: Array<PartKind | undefined>): Array<number | undefined> {
  const answers = new Array<number | undefined>(end + 1).fill(undefined)
  for (let index = end - 1; index >= 0; index--) {
    const block = blocks[index]!
    if (block.type === 'item' || isBoundary(block) || (kindOf(block.text) && leadIn.test(block.text.trim()))) continue
    answers[index] = partOf[index] !== undefined && stanceOf(block.text) !== 'noted' ? index : answers[index + 1]
  }
  return answers
}

function response(
  finding: FindingReference,
  block: Block,
  index: number,
  partOf: Array<PartKind | undefined>,
  stance = stanceOf(block.text)
): FindingResponse {
  const part = partOf[index]
  return {finding, stance, text: block.text, ...(part ? {part} : {}), position: block.position}
}

/** The stance of a passage, or of the first later passage of its subsection that states one. */
function stanceAround(blocks: Block[], index: number, end: number): FindingResponse['stance'] {
  for (let at = index; at < end; at++) {
    const block = blocks[at]!
    if (at > index && isBoundary(block)) break
    const stance = stanceOf(block.text)
    if (stance !== 'noted') return stance
  }
  return 'noted'
}

function sharesWord(a: string, b: string): boolean {
  const words = contentWords(a)
  for (const word of contentWords(b)) if (words.has(word)) return true
  return false
}

/**
 * General mentions ("the two AFIs"): a mention answers the quotes of its kind before it, in another
 * part, under a section sharing a word with its own, once per finding and section. Each quote is
 * flattened once; a section's findings are deduplicated by exact text before any containment check;
 * and each (section, part, kind) keeps how far through the quotes it has looked, so later mentions do
 * not scan the quotes again.
 */
class GeneralMentions {
  private readonly flat: string[]
  private readonly byKind = new Map<FindingKind, number[]>()
  /** Per section, the flattened findings already answered there. */
  private readonly answered = new Map<string, {exact: Set<string>; texts: string[]}>()
  /** Per section, part and kind: the next quote to look at, and the quotes answered again each time. */
  private readonly cursors = new Map<string, {next: number; everyTime: number[]}>()

  constructor(
    private readonly quoted: Quoted[],
    private readonly partOf: Array<PartKind | undefined>
  ) {
    this.flat = quoted.map((entry) => flatten(entry.quote))
    quoted.forEach((entry, at) => {
      const list = this.byKind.get(entry.kind)
      if (list) list.push(at)
      else this.byKind.set(entry.kind, [at])
    })
  }

  /** The quotes a general mention at `index` answers that no earlier mention in its section did. */
  answeredBy(index: number, section: string, kind: FindingKind | undefined): Quoted[] {
    const ofKind = kind ? this.byKind.get(kind) : undefined
    if (!ofKind) return []
    const part = this.partOf[index]
    const key = JSON.stringify([section, part ?? null, kind])
    let cursor = this.cursors.get(key)
    if (!cursor) this.cursors.set(key, (cursor = {next: 0, everyTime: []}))
    // A quote that flattens to nothing matches no other, so every mention answers it again.
    const answers = [...cursor.everyTime]
    for (; cursor.next < ofKind.length; cursor.next++) {
      const at = ofKind[cursor.next]!
      const entry = this.quoted[at]!
      if (entry.index >= index) break
      if (this.partOf[entry.index] === part || !sharesWord(entry.section, section)) continue
      if (this.flat[at] === '') cursor.everyTime.push(at)
      if (this.flat[at] === '' || this.isNew(section, this.flat[at]!)) answers.push(at)
    }
    return answers.map((at) => this.quoted[at]!)
  }

  /** Whether no finding answered in `section` is the same as `text`; if so, it is now answered. */
  private isNew(section: string, text: string): boolean {
    let seen = this.answered.get(section)
    if (!seen) this.answered.set(section, (seen = {exact: new Set(), texts: []}))
    if (seen.exact.has(text)) return false
    if (seen.texts.some((earlier) => sameFlatText(earlier, text))) return false
    seen.exact.add(text)
    seen.texts.push(text)
    return true
  }
}

/**
 * The passages that answer findings: after a quoted finding, by number ("recommendation 10 and 22"),
 * or by a general mention ("the two AFIs") under a heading that names the section the findings were
 * quoted in. Only what the text says: the linter's `link` ties them to a report's findings.
 */
export function findFindingResponses(blocks: Block[], end: number, partOf: Array<PartKind | undefined>): FindingResponse[] {
  const results: FindingResponse[] = []
  const quoted = quotedFindings(blocks, end)
  const quotedIndexes = new Set(quoted.map((entry) => entry.index))
  const answers = quoted.length > 0 ? answersFrom(blocks, end, partOf) : []
  for (const entry of quoted) {
    const reference: FindingReference = {
      kind: entry.kind,
      ...(entry.number ? {number: entry.number} : {}),
      quote: entry.quote,
      matchedBy: entry.matchedBy
    }
    const said = entry.inline && partOf[entry.index] !== undefined ? stanceOf(entry.inline.answer) : 'noted'
    if (said !== 'noted') {
      results.push(response(reference, blocks[entry.index]!, entry.index, partOf, said))
      continue
    }
    const found = answers[entry.lastIndex + 1]
    if (found !== undefined) results.push(response(reference, blocks[found]!, found, partOf))
    else results.push(response(reference, blocks[entry.index]!, entry.index, partOf, 'noted'))
  }
  const mentions = new GeneralMentions(quoted, partOf)
  let section = ''
  for (let index = 0; index < end; index++) {
    const block = blocks[index]!
    if (isBoundary(block)) section = block.text.trim().replace(sectionNumberPrefix, '')
    if (block.type === 'item' || partOf[index] === undefined || quotedIndexes.has(index)) continue
    let byNumber = false
    for (const match of block.text.matchAll(numbered)) {
      const kind = kindOf(match[1] ?? '') ?? 'recommendation'
      for (const number of (match[2] ?? '').split(/[^0-9]+/).filter(Boolean)) {
        byNumber = true
        results.push(response({kind, number, matchedBy: 'number'}, block, index, partOf))
      }
    }
    const mention = byNumber ? null : generic.exec(block.text)
    if (!mention) continue
    const answered = mentions.answeredBy(index, section, kindOf(mention[1] ?? ''))
    if (answered.length === 0) continue
    const stance = stanceAround(blocks, index, end)
    for (const entry of answered) {
      results.push(response({kind: entry.kind, quote: entry.quote, matchedBy: 'paraphrase'}, block, index, partOf, stance))
    }
  }
  // In document order: quoted findings' answers, then references by number and general mentions, merged.
  return results.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
}
