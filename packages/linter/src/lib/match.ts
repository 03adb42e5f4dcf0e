import {contentWords, lineStarts, paraphraseScore, pointAt, stanceOf} from '@scrutiny/parser/internal'
import type {Finding, FindingResponse, PartKind, SourceSpan, Stance, StatutoryResponse} from '@scrutiny/schema'
import {findingsByQuote} from './quote-index.js'

/** The response's references tied to a report's findings, and the references that match none. */
export interface Matched {
  /** Every answer: the response's own, with the report's `findingId` where one matches, then passages found by close paraphrase. */
  answers: FindingResponse[]
  /** The response's references (by quote or number) that match no finding of the report. */
  unmatched: FindingResponse[]
}

// Content words a quote needs to stand for a finding of another report when it matches none.
const minimumQuoteWords = 4

const partKinds = ['lpbComments', 'chiefOfficerComments', 'responseToChiefOfficer'] as const
const partKindOf: Record<(typeof partKinds)[number], PartKind> = {
  lpbComments: 'lpb-comments',
  chiefOfficerComments: 'chief-officer-comments',
  responseToChiefOfficer: 'response-to-chief-officer'
}

interface Passage {
  part: PartKind
  text: string
  position: SourceSpan
}

/**
 * The paragraphs (lines) of the response's three parts. Where the part's text is the source's own
 * slice (text and Markdown input), each line has its own position; otherwise (HTML, a response
 * without its file) it has the part's.
 */
function passagesOf(response: StatutoryResponse, source: string | undefined): Passage[] {
  const passages: Passage[] = []
  const starts = source === undefined ? [] : lineStarts(source)
  for (const key of partKinds) {
    const part = response[key]
    if (!part) continue
    const offset = part.position.start.offset
    const verbatim = source !== undefined && offset !== undefined && source.startsWith(part.text, offset)
    const at = (from: number) => (verbatim && offset !== undefined ? pointAt(starts, offset + from) : undefined)
    let lineStart = 0
    let open: {text: string; from: number} | undefined
    const close = (end: number) => {
      if (!open) return
      const start = at(open.from)
      const stop = at(end)
      passages.push({part: partKindOf[key], text: open.text, position: start && stop ? {start, end: stop} : part.position})
      open = undefined
    }
    let end = 0
    for (const line of part.text.split('\n')) {
      const text = line.trim()
      const from = lineStart + line.indexOf(text)
      lineStart += line.length + 1
      if (text === '') {
        close(end)
        continue
      }
      // A paragraph wrapped over lines goes on in lower case after a line without an end mark.
      if (open && !/[.!?:;”"’)]$/.test(open.text) && /^\p{Ll}/u.test(text)) open.text = `${open.text} ${text}`
      else {
        close(end)
        open = {text, from}
      }
      end = from + text.length
    }
    close(end)
  }
  return passages
}

/** The stance of a passage, or of the first later passage of its part that states one. */
function stanceFrom(passages: readonly Passage[], index: number): Stance {
  for (let at = index; at < passages.length && passages[at]!.part === passages[index]!.part; at++) {
    const stance = stanceOf(passages[at]!.text)
    if (stance !== 'noted') return stance
  }
  return 'noted'
}

/** The share of a finding's content words a passage must hold to answer it by paraphrase. */
const paraphraseThreshold = 0.6

/** The content words of each passage, and for each word the passages holding it, in order. */
interface PassageIndex {
  words: Array<Set<string>>
  passagesWith: Map<string, number[]>
}

function indexPassages(passages: readonly Passage[]): PassageIndex {
  const words = passages.map((passage) => contentWords(passage.text))
  const passagesWith = new Map<string, number[]>()
  words.forEach((set, at) => {
    for (const word of set) {
      const list = passagesWith.get(word)
      if (list) list.push(at)
      else passagesWith.set(word, [at])
    }
  })
  return {words, passagesWith}
}

/**
 * The earliest of the passages scoring highest for `wanted`, at or over `paraphraseThreshold`.
 *
 * The lists of passages holding each wanted word are read rarest first, and each passage is scored
 * once, when first met. A passage in none of the lists read so far holds at most the words of the
 * lists left, so reading stops once that many cannot reach the threshold (a passage holding 60% of
 * the words holds one of any 40% and one more) or cannot beat the best so far; where they could only
 * tie, the one passage that can still win is the first holding every word left, before the best. A
 * finding with a word of its own that one passage paraphrases is so settled by that word's list.
 * Scoring every passage that shares a word made a report of thousands of near-identical findings
 * (a number apart) answered by as many near-identical passages quadratic: 8,000 of each took a minute.
 */
function bestPassage(wanted: ReadonlySet<string>, index: PassageIndex): {index: number; score: number} | undefined {
  const lists = [...wanted].map((word) => ({word, passages: index.passagesWith.get(word) ?? []})).sort((a, b) => a.passages.length - b.passages.length)
  const scored = new Set<number>()
  let best: {index: number; score: number} | undefined
  for (let read = 0; read < lists.length; read++) {
    const most = (wanted.size - read) / wanted.size
    if (most < paraphraseThreshold || (best && most < best.score)) break
    if (best && most === best.score) {
      // Only a passage holding every word left can tie, and it wins only if it comes before the best.
      const left = lists.slice(read + 1).map((list) => list.word)
      for (const candidate of lists[read]!.passages) {
        if (candidate >= best.index) break
        const words = index.words[candidate]!
        if (!scored.has(candidate) && left.every((word) => words.has(word))) return {index: candidate, score: most}
      }
      break
    }
    for (const candidate of lists[read]!.passages) {
      if (scored.has(candidate)) continue
      scored.add(candidate)
      const score = paraphraseScore(wanted, index.words[candidate]!)
      if (score >= paraphraseThreshold && (!best || score > best.score || (score === best.score && candidate < best.index))) {
        best = {index: candidate, score}
      }
    }
  }
  return best
}

/**
 * Tie the response's references to the report's findings (by quote, or by a number only one finding
 * has) and look for the findings no reference names in the passages of its parts, by close
 * paraphrase (60% of the finding's content words). The one matching step between a response and its
 * report: the parser records only what the text says.
 */
export function matchFindings(response: StatutoryResponse, findings: readonly Finding[], source: string | undefined): Matched {
  if (findings.length === 0) return {answers: response.findingResponses, unmatched: []}
  const findingByQuote = findingsByQuote(findings)
  const byKindAndNumber = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (finding.number === undefined) continue
    const key = JSON.stringify([finding.kind, finding.number])
    const same = byKindAndNumber.get(key)
    if (same) same.push(finding)
    else byKindAndNumber.set(key, [finding])
  }
  const unmatched: FindingResponse[] = []
  const answers = response.findingResponses.map((answer) => {
    const {finding: reference} = answer
    const byQuote = reference.quote ? findingByQuote(reference.quote) : undefined
    const byNumber = reference.number ? (byKindAndNumber.get(JSON.stringify([reference.kind, reference.number])) ?? []) : []
    const match = byQuote ?? (byNumber.length === 1 ? byNumber[0] : undefined)
    if (match) return {...answer, finding: {...reference, findingId: match.id, kind: match.kind}}
    // A general mention ("the two AFIs") carries the quote it stands for; only direct references
    // are checked, and a quote only when it is a finding's sentence, not a label ("Recommendation:
    // Staffordshire Police" above the quoted text).
    // A number several findings share (one per subject) is ambiguous, not unmatched.
    const direct =
      (reference.matchedBy === 'number' && byNumber.length === 0) ||
      (reference.matchedBy === 'quote' && byNumber.length === 0 && contentWords(reference.quote ?? '').size >= minimumQuoteWords)
    if (direct) unmatched.push(answer)
    return answer
  })
  const linkedIds = new Set(answers.map((answer) => answer.finding.findingId))
  const passages = passagesOf(response, source)
  let index: PassageIndex | undefined
  // Findings with the same content words (a report's numbered copies of one finding) have the same best passage.
  const bestFor = new Map<string, {index: number; score: number} | undefined>()
  for (const finding of findings) {
    if (finding.kind === 'innovative-practice' || finding.kind === 'promising-practice' || linkedIds.has(finding.id)) continue
    const wanted = contentWords(finding.text)
    // Each passage's words are split once, on the first finding that needs them.
    index ??= indexPassages(passages)
    // A word no passage holds counts only in the number of words, so findings that differ only in such words share a search.
    const key = `${wanted.size} ${[...wanted].filter((word) => index!.passagesWith.has(word)).sort().join(' ')}`
    if (!bestFor.has(key)) bestFor.set(key, bestPassage(wanted, index))
    const best = bestFor.get(key)
    if (!best) continue
    const passage = passages[best.index]!
    answers.push({
      finding: {findingId: finding.id, kind: finding.kind, matchedBy: 'paraphrase'},
      stance: stanceFrom(passages, best.index),
      text: passage.text,
      part: passage.part,
      position: passage.position
    })
  }
  return {answers: answers.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0)), unmatched}
}
