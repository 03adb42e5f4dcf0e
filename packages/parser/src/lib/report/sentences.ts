/** A sentence as offsets into the text it came from. */
export interface SentenceSpan {
  start: number
  end: number
}

const closers = new Set(['"', "'", '”', '’', ')', ']'])

/**
 * Split text into sentences at `.`, `!` or `?` (and any closing quote or bracket) followed by
 * whitespace and a capital, digit, quote or bracket. One pass, linear in the text.
 *
 * @example sentenceSpans('It is good. The force should improve.') // [{start: 0, end: 11}, {start: 12, end: 37}]
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = skipBlank(text, 0)
  for (let index = start; index < text.length; index++) {
    const character = text.charAt(index)
    if (character !== '.' && character !== '!' && character !== '?') continue
    let end = index + 1
    while (end < text.length && closers.has(text.charAt(end))) end++
    if (end >= text.length || !isBlank(text.charAt(end))) continue
    const next = skipBlank(text, end)
    if (next >= text.length) break
    if (!/[\p{Lu}\d"'“‘(\[•]/u.test(text.charAt(next))) continue
    spans.push({start, end})
    start = next
    index = next - 1
  }
  let end = text.length
  while (end > start && isBlank(text.charAt(end - 1))) end--
  if (end > start) spans.push({start, end})
  return spans
}

function skipBlank(text: string, index: number): number {
  while (index < text.length && isBlank(text.charAt(index))) index++
  return index
}

function isBlank(character: string): boolean {
  return character === ' ' || character === '\n' || character === '\t' || character === '\r' || character === '\u00A0'
}
