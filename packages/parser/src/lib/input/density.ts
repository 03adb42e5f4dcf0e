/**
 * What one Markdown paragraph may hold of the constructs remark-parse (micromark) is super-linear
 * on. Real reports and responses hold a few of each a paragraph (the fixtures at most 7 labels and
 * 7 emphasis markers, and runs of one backtick); at these limits a paragraph costs remark-parse at
 * most about 50 ms, so a document of any number of paragraphs is parsed in linear time.
 */
export const densityLimits = {
  /**
   * Link labels (`[…]`, `![…]`: a `]` closing an open `[`). micromark's work on each label grows
   * with the labels before it in the paragraph, whether or not a link follows, so unclosed links
   * or undefined references (`[a](`, `[a]`, repeated) are quadratic: 16,000 `[a](` (64 KB) take 6 s.
   */
  'link labels': 1_000,
  /**
   * Runs of `*` or `_` that can open or close emphasis (not spaced on both sides, as a bullet or a
   * rule is). Each closer looks back through the paragraph for its opener, and each match splices
   * the paragraph's events: 21,000 `a* ` (64 KB) take 2.5 s and four times as many 48 s.
   */
  'emphasis markers': 1_000,
  /**
   * Emphasis markers times the markup before them: each marker counts one for every bracket,
   * backslash, `&`, `<`, `!`, backtick, emphasis marker and line ending before it in the paragraph.
   * A marker that can close emphasis looks back through all of the paragraph's events before it
   * for an opener, and every piece of that markup (an unclosed `[`, an entity, an escape, a line
   * break) is one, so 1,000 `a* ` after 100,000 unclosed `[a `, `&amp; `, `\*a ` or lines take
   * seconds. The most in any paragraph of the tuned fixtures is 75, of this repository's own
   * Markdown 2,749; 1,000 emphasis markers alone are 500,500.
   */
  'emphasis look-back': 1_000_000,
  /**
   * The length of a run of backticks. Each code span opener that is never closed makes micromark
   * look through the rest of its paragraph for a run of the same length, so runs of every length
   * (`` `a ``, ``` ``a ```, … once each) cost the paragraph's length times its square root.
   * Bounding the length bounds the number of openers that can scan.
   */
  backticks: 64
} as const

export type DenseConstruct = keyof typeof densityLimits

/** What in Markdown passes its limit, where, and how much of it. */
export interface TooDense {
  construct: DenseConstruct
  limit: number
  /** The count in the paragraph (labels, emphasis markers, look-back) or the length of the run (backticks). */
  found: number
  /** The 1-based line where the count passes the limit. */
  line: number
}

const newline = 10
const space = 32
const tab = 9
const carriageReturn = 13
const backslash = 92
const backtick = 96
const openBracket = 91
const closeBracket = 93
const asterisk = 42
const underscore = 95
const ampersand = 38
const lessThan = 60
const exclamation = 33

/** Spaces, tabs, line endings and the ends of the text: around a marker, they keep it from emphasis. */
const isSpaceOrEnd = (code: number): boolean => code === space || code === tab || code === newline || code === carriageReturn || Number.isNaN(code)

/**
 * The first place where Markdown passes one of `limits`: more link labels, emphasis markers or
 * emphasis look-back in one paragraph (text between blank lines, so a tight list counts as one), or a longer run of
 * backticks. One pass with counters, linear in the text; it counts more than micromark parses (in
 * code, in the items of a list), never less.
 *
 * @example markdownTooDense('[a] [b] [c]', {...densityLimits, 'link labels': 2}) // {construct: 'link labels', limit: 2, found: 3, line: 1}
 * @example markdownTooDense('*a* _b_') // undefined
 */
export function markdownTooDense(text: string, limits: Record<DenseConstruct, number> = densityLimits): TooDense | undefined {
  let line = 1
  let open = 0
  let labels = 0
  let markers = 0
  // The markup an emphasis marker looks back through (see `densityLimits`), and the looking so far.
  let markup = 0
  let lookBack = 0
  let blank = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === newline) {
      // A line holding only spaces and tabs ends the paragraph, and every label open in it.
      if (blank) {
        open = 0
        labels = 0
        markers = 0
        markup = 0
        lookBack = 0
      }
      markup++
      blank = true
      line++
      continue
    }
    if (code === space || code === tab || code === carriageReturn) continue
    blank = false
    if (code === backslash || code === openBracket || code === closeBracket || code === ampersand || code === lessThan || code === exclamation) markup++
    if (code === backslash) {
      // An escaped bracket, marker or backtick is text; a backslash before a line ending is a break.
      if (text.charCodeAt(index + 1) !== newline) index++
    } else if (code === openBracket) {
      open++
    } else if (code === closeBracket && open > 0) {
      open--
      labels++
      if (labels > limits['link labels']) return {construct: 'link labels', limit: limits['link labels'], found: labels, line}
    } else if (code === asterisk || code === underscore || code === backtick) {
      const start = index
      while (text.charCodeAt(index + 1) === code) index++
      markup++
      if (code === backtick) {
        const run = index + 1 - start
        if (run > limits.backticks) return {construct: 'backticks', limit: limits.backticks, found: run, line}
      } else if (!(isSpaceOrEnd(text.charCodeAt(start - 1)) && isSpaceOrEnd(text.charCodeAt(index + 1)))) {
        markers++
        if (markers > limits['emphasis markers']) return {construct: 'emphasis markers', limit: limits['emphasis markers'], found: markers, line}
        lookBack += markup
        if (lookBack > limits['emphasis look-back']) return {construct: 'emphasis look-back', limit: limits['emphasis look-back'], found: lookBack, line}
      }
    }
  }
  return undefined
}
