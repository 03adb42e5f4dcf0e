/** A sentence as offsets into the text it came from. */
export interface SentenceSpan {
  start: number
  end: number
}

// The marks that can end a sentence, found by the regex engine's scan rather than a loop over
// every character; what may follow them is tested by character code.
const terminal = /[.!?]/g
const sentenceStart = /[\p{Lu}\d"'“‘(\[•]/u

/**
 * Split text into sentences at `.`, `!` or `?` (and any closing quote or bracket) followed by
 * whitespace and a capital, digit, quote or bracket. One pass, linear in the text.
 *
 * @example sentenceSpans('It is good. The force should improve.') // [{start: 0, end: 11}, {start: 12, end: 37}]
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = skipBlank(text, 0)
  terminal.lastIndex = start
  for (let match = terminal.exec(text); match; match = terminal.exec(text)) {
    let end = match.index + 1
    while (end < text.length && isCloser(text.charCodeAt(end))) end++
    if (end >= text.length || !isBlank(text.charCodeAt(end))) continue
    const next = skipBlank(text, end)
    if (next >= text.length) break
    if (!sentenceStart.test(text.charAt(next))) continue
    spans.push({start, end})
    start = next
    terminal.lastIndex = next
  }
  let end = text.length
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  if (end > start) spans.push({start, end})
  return spans
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
