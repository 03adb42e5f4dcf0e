import {contentWords, flatten, lineStarts, paraphraseScore, pointAt, sameFlatText, stanceOf} from '@scrutiny/parser/internal'
import type {Finding, FindingResponse, PartKind, SourceSpan, Stance, StatutoryResponse} from '@scrutiny/schema'

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

/**
 * The first of `findings` that is the same as a quote (see `sameFindingText`). Each finding is
 * flattened once, and each distinct quote compared with the findings once, however often it recurs.
 */
function findingsByQuote(findings: readonly Finding[]): (quote: string) => Finding | undefined {
  const texts = findings.map((finding) => flatten(finding.text))
  const firstWithText = new Map<string, number>()
  texts.forEach((text, at) => {
    if (!firstWithText.has(text)) firstWithText.set(text, at)
  })
  const found = new Map<string, Finding | undefined>()
  return (quote) => {
    const text = flatten(quote)
    if (found.has(text)) return found.get(text)
    // An equal text ends the search there; only the findings before it can still contain the quote.
    const equal = text === '' ? undefined : firstWithText.get(text)
    let at = equal
    for (let position = 0; position < (equal ?? texts.length); position++) {
      if (sameFlatText(texts[position]!, text)) {
        at = position
        break
      }
    }
    const finding = at === undefined ? undefined : findings[at]
    found.set(text, finding)
    return finding
  }
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
 * The passages that can hold `paraphraseThreshold` of the wanted words, in order. One holding `needed`
 * of the `wanted.size` words misses at most `wanted.size - needed` of them, so it holds one of any
 * `wanted.size - needed + 1`: the passages of that many of the rarest words are all it can be. Scoring
 * every passage for every finding made a response to a report of 10,000 findings take minutes.
 */
function paraphraseCandidates(wanted: ReadonlySet<string>, index: PassageIndex): number[] {
  let needed = 1
  while (needed < wanted.size && needed / wanted.size < paraphraseThreshold) needed++
  const postings = [...wanted].map((word) => index.passagesWith.get(word) ?? []).sort((a, b) => a.length - b.length)
  const candidates = new Set<number>()
  for (const list of postings.slice(0, wanted.size - needed + 1)) for (const at of list) candidates.add(at)
  return [...candidates].sort((a, b) => a - b)
}

/** The earliest of the passages scoring highest for `wanted`, at or over `paraphraseThreshold`. */
function bestPassage(wanted: ReadonlySet<string>, index: PassageIndex): {index: number; score: number} | undefined {
  let best: {index: number; score: number} | undefined
  for (const candidate of paraphraseCandidates(wanted, index)) {
    const score = paraphraseScore(wanted, index.words[candidate]!)
    if (score >= paraphraseThreshold && (!best || score > best.score)) best = {index: candidate, score}
    // No later passage can score higher than all the words.
    if (score === 1) break
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
    const key = [...wanted].sort().join(' ')
    // Each passage's words are split once, on the first finding that needs them.
    index ??= indexPassages(passages)
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
