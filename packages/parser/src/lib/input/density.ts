/**
 * How many link labels (`[…]`, `![…]`: a `]` closing an open `[`) one Markdown paragraph may hold.
 * remark-parse (micromark) spends time on each label that grows with the labels before it in the
 * same paragraph, so a paragraph of unclosed links or undefined references (`[a](` or `[a]`
 * repeated) is quadratic: 16,000 `[a](` (64 KB) take it about 6 s. Real reports and responses hold
 * a few links a paragraph; at this limit a paragraph costs remark-parse about 50 ms.
 */
export const maxLabelsPerParagraph = 1_000

/**
 * How long a run of backticks may be. Each code span opener that is never closed makes micromark
 * look through the rest of its paragraph for a run of the same length, so runs of many different
 * lengths (`` `a ``, ``` ``a ```, … once each) cost the square root of the paragraph times its
 * length. Bounding the length bounds the number of different runs; real documents use one to
 * three backticks, and code fences a few more.
 */
export const maxBacktickRun = 64

/** What in Markdown makes remark-parse super-linear, where, and how much of it. */
export interface TooDense {
  construct: 'link labels' | 'backticks'
  /** The count in the paragraph (labels) or the length of the run (backticks). */
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

/**
 * The first place where Markdown holds more link labels in one paragraph (text between blank
 * lines, so a tight list counts as one) than `maxLabels`, or a run of backticks longer than
 * `maxRun`. One pass with counters, linear in the text; it counts more than micromark would (in
 * code, in items of a list), never less.
 *
 * @example markdownTooDense('[a] [b] [c]', 2) // {construct: 'link labels', found: 3, line: 1}
 * @example markdownTooDense('[a]\n\n[b]', 1) // undefined
 */
export function markdownTooDense(text: string, maxLabels = maxLabelsPerParagraph, maxRun = maxBacktickRun): TooDense | undefined {
  let line = 1
  let open = 0
  let labels = 0
  let blank = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === newline) {
      // A line holding only spaces and tabs ends the paragraph, and every label open in it.
      if (blank) {
        open = 0
        labels = 0
      }
      blank = true
      line++
      continue
    }
    if (code === space || code === tab || code === carriageReturn) continue
    blank = false
    if (code === backslash) {
      // An escaped bracket or backtick is text; a backslash before a line ending is a break.
      if (text.charCodeAt(index + 1) !== newline) index++
    } else if (code === openBracket) {
      open++
    } else if (code === closeBracket && open > 0) {
      open--
      labels++
      if (labels > maxLabels) return {construct: 'link labels', found: labels, line}
    } else if (code === backtick) {
      const start = index
      while (text.charCodeAt(index + 1) === backtick) index++
      const run = index + 1 - start
      if (run > maxRun) return {construct: 'backticks', found: run, line}
    }
  }
  return undefined
}
