import {flatten, sameFlatText} from '@scrutiny/parser/internal'
import type {Finding} from '@scrutiny/schema'

// The longest first or last word a finding is filed under: a quote's words are cut to each length
// filed, so a long one would cost a quote its length times that.
const maxEdgeWordLength = 64
// The inner words of a quote whose findings are counted, to look up the fewest.
const maxInnerWordsLookedUp = 32

/** Positions of findings by a word, in order of the findings. */
type Postings = Map<string, number[]>

function post(postings: Postings, word: string, position: number): void {
  const list = postings.get(word)
  if (list === undefined) postings.set(word, [position])
  else list.push(position)
}

/** Each word of each finding with the finding's position, sorted by the word (or by the word reversed). */
interface SortedWords {
  words: string[]
  positions: number[]
}

function sortWords(pairs: Array<[string, number]>): SortedWords {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
  return {words: pairs.map((pair) => pair[0]), positions: pairs.map((pair) => pair[1])}
}

/** The first index of `sorted` where `after` holds (it holds for every later index). */
function firstWhere(sorted: readonly string[], after: (word: string) => boolean): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (after(sorted[middle]!)) high = middle
    else low = middle + 1
  }
  return low
}

/** The `[start, end)` of the words that start with `prefix` (or equal `word`, when `whole`). */
function range(sorted: readonly string[], word: string, whole: boolean): [number, number] {
  const start = firstWhere(sorted, (other) => other >= word)
  // Words starting with `word` follow it; the first that does not, and is greater, ends them.
  const end = whole ? firstWhere(sorted, (other) => other > word) : firstWhere(sorted, (other) => other > word && !other.startsWith(word))
  return [start, end]
}

// By UTF-16 code units, as `startsWith` and `endsWith` compare: a word ends another exactly when its reverse starts the other's.
const reversed = (word: string) => word.split('').reverse().join('')

/** The findings that can contain a quote or be contained in it (see `findingsByQuote`). */
function indexFindings(texts: readonly string[]): (text: string) => number[] {
  const wordsOf = texts.map((text) => text.split(' '))
  // For a quote inside a finding: every word of every finding, sorted, and sorted reversed.
  const pairs: Array<[string, number]> = []
  const reversedPairs: Array<[string, number]> = []
  const findingsWith = new Map<string, number>()
  wordsOf.forEach((words, at) => {
    for (const word of new Set(words)) {
      pairs.push([word, at])
      reversedPairs.push([reversed(word), at])
      findingsWith.set(word, (findingsWith.get(word) ?? 0) + 1)
    }
  })
  const sorted = sortWords(pairs)
  const sortedReversed = sortWords(reversedPairs)

  // For a finding inside a quote: each finding under its rarest inner, last or first word.
  const byInner: Postings = new Map()
  const byLast: Postings = new Map()
  const byFirst: Postings = new Map()
  const lastLengths = new Set<number>()
  const firstLengths = new Set<number>()
  // A finding of one word can sit inside any word of a quote.
  const anywhere: number[] = []
  wordsOf.forEach((words, at) => {
    if (words.length < 2) {
      anywhere.push(at)
      return
    }
    const first = words[0]!
    const last = words.at(-1)!
    let best: {postings: Postings; word: string; count: number} | undefined
    const consider = (postings: Postings, word: string) => {
      const count = findingsWith.get(word) ?? 0
      if (!best || count < best.count) best = {postings, word, count}
    }
    for (const word of words.slice(1, -1)) consider(byInner, word)
    if (last.length <= maxEdgeWordLength) consider(byLast, last)
    if (first.length <= maxEdgeWordLength) consider(byFirst, first)
    if (!best) {
      anywhere.push(at)
      return
    }
    post(best.postings, best.word, at)
    if (best.postings === byLast) lastLengths.add(best.word.length)
    if (best.postings === byFirst) firstLengths.add(best.word.length)
  })

  return (text) => {
    const found = new Set<number>(anywhere)
    const words = text.split(' ')
    // Inside a finding: the fewest findings one of the quote's words allows (a one-word quote can be inside any word).
    if (words.length < 2) for (let at = 0; at < texts.length; at++) found.add(at)
    else {
      const limits: Array<[SortedWords, number, number]> = [
        [sorted, ...range(sorted.words, words.at(-1)!, false)],
        [sortedReversed, ...range(sortedReversed.words, reversed(words[0]!), false)],
        // Any of the inner words will do; a few bound the search for a quote of a million words.
        ...words.slice(1, Math.min(words.length - 1, 1 + maxInnerWordsLookedUp)).map((word): [SortedWords, number, number] => [sorted, ...range(sorted.words, word, true)])
      ]
      const [list, start, end] = limits.reduce((fewest, limit) => (limit[2] - limit[1] < fewest[2] - fewest[1] ? limit : fewest))
      for (let at = start; at < end; at++) found.add(list.positions[at]!)
    }
    // Containing a finding: the findings filed under one of the quote's words, or the start or end of one.
    for (const word of new Set(words)) {
      for (const at of byInner.get(word) ?? []) found.add(at)
      for (const length of lastLengths) if (length <= word.length) for (const at of byLast.get(word.slice(0, length)) ?? []) found.add(at)
      for (const length of firstLengths) if (length <= word.length) for (const at of byFirst.get(word.slice(word.length - length)) ?? []) found.add(at)
    }
    return [...found].sort((a, b) => a - b)
  }
}

/**
 * The first of `findings` that is the same as a quote (`sameFlatText`: equal, or one containing
 * the other, once flattened), found among the findings that can be, not by comparing every one.
 *
 * Texts are cut into words at spaces. A quote inside a finding has its inner words among the
 * finding's words, its last word starting one and its first word ending one; a finding inside a
 * quote has its words so in the quote. Each finding is filed under the rarest of its inner, last
 * and first words; a quote is looked up by the fewest findings one of its own words allows and by
 * each of its words (cut to the lengths filed), and only those findings are compared. Comparing a
 * quote with every finding before it made a response quoting each of thousands of near-identical
 * findings (a number apart) quadratic. Each distinct quote is looked up once, however often it recurs.
 */
export function findingsByQuote(findings: readonly Finding[]): (quote: string) => Finding | undefined {
  const texts = findings.map((finding) => flatten(finding.text))
  const firstWithText = new Map<string, number>()
  texts.forEach((text, at) => {
    if (!firstWithText.has(text)) firstWithText.set(text, at)
  })

  let candidates: ((text: string) => number[]) | undefined
  const found = new Map<string, Finding | undefined>()
  return (quote) => {
    const text = flatten(quote)
    if (found.has(text)) return found.get(text)
    // An equal text ends the search there; only the findings before it can still contain the quote.
    const equal = text === '' ? undefined : firstWithText.get(text)
    let at = equal
    if (text !== '') {
      // The findings are filed on the first quote that needs them.
      candidates ??= indexFindings(texts)
      for (const position of candidates(text)) {
        if (position >= (equal ?? texts.length)) break
        if (sameFlatText(texts[position]!, text)) {
          at = position
          break
        }
      }
    }
    const finding = at === undefined ? undefined : findings[at]
    found.set(text, finding)
    return finding
  }
}
