/** A sentence as offsets into the text it came from. */
export interface SentenceSpan {
  start: number
  end: number
}

// The marks that can end a sentence, found by the regex engine's scan rather than a loop over
// every character; what may follow them is tested by character code.
const terminal = /[.!?]/g
const sentenceStart = /[\p{Lu}\d"'“‘(\[•]/u

// The readers split a block one after another (grade sentences, named areas, cause progress): the
// last text split is answered again without a second pass.
let lastSplit: string | undefined
let lastSpans: readonly SentenceSpan[] = []

/**
 * Split text into sentences at `.`, `!` or `?` (and any closing quote or bracket) followed by
 * whitespace and a capital, digit, quote or bracket. One pass, linear in the text. The spans of the
 * last text split are shared with the next caller asking about it: they are read, never changed.
 *
 * @example sentenceSpans('It is good. The force should improve.') // [{start: 0, end: 11}, {start: 12, end: 37}]
 */
export function sentenceSpans(text: string): readonly SentenceSpan[] {
  if (text !== lastSplit) lastSpans = splitSentences(text)
  // Kept even when equal: a copy with the same characters compares character by character, the same string at once.
  lastSplit = text
  return lastSpans
}

function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = skipBlank(text, 0)
  terminal.lastIndex = start
  for (let match = terminal.exec(text); match; match = terminal.exec(text)) {
    const boundary = boundaryAt(text, match.index)
    if (boundary === undefined) continue
    spans.push({start, end: boundary.end})
    start = boundary.next
    terminal.lastIndex = start
  }
  let end = text.length
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  if (end > start) spans.push({start, end})
  return spans
}

/**
 * The last sentence of `text`, as `sentenceSpans(text).at(-1)`, found from the end: whether a mark
 * ends a sentence depends only on the characters after it, so only the tail is read.
 *
 * @example lastSentenceSpan('It is good. The force should:') // {start: 12, end: 29}
 */
export function lastSentenceSpan(text: string): SentenceSpan | undefined {
  let end = text.length
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--
  let start = skipBlank(text, 0)
  for (let index = end - 1; index >= start; index--) {
    const code = text.charCodeAt(index)
    if (code !== 46 && code !== 33 && code !== 63) continue
    const boundary = boundaryAt(text, index)
    if (boundary === undefined) continue
    start = boundary.next
    break
  }
  return end > start ? {start, end} : undefined
}

/**
 * Whether the mark (`.`, `!`, `?`) at `index` ends a sentence: closing quotes or brackets, then
 * whitespace, then a capital, digit, quote or bracket. Gives where the sentence ends and where the
 * next one starts.
 */
function boundaryAt(text: string, index: number): {end: number; next: number} | undefined {
  let end = index + 1
  while (end < text.length && isCloser(text.charCodeAt(end))) end++
  if (end >= text.length || !isBlank(text.charCodeAt(end))) return undefined
  const next = skipBlank(text, end)
  if (next >= text.length || !sentenceStart.test(text.charAt(next))) return undefined
  return {end, next}
}

function skipBlank(text: string, index: number): number {
  while (index < text.length && isBlank(text.charCodeAt(index))) index++
  return index
}

/** A space, tab, line ending or no-break space. */
function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0
}

/** A closing quote or bracket: `"`, `'`, `”`, `’`, `)`, `]`. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93
}
