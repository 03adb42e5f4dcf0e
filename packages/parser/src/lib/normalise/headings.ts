// Which blocks are headings. A heading the markup prints (`## Areas for improvement`, `<h3>`, a bare
// line the plain-text segmenter took for one) is one, at its printed depth. Web pages, Word and PDF
// also print headings as a short line in bold at body size ("**Area for improvement**", "PCC
// response"), which reaches the tree as a paragraph: such a heading line is a heading without a
// depth (the reader places it one level below the current section). What a heading line may name
// is the path's genre knowledge (the boxes of a report, the parts of a response); its shape is
// decided here.

/** Longer paragraphs are prose, never a heading line (and are not searched for one). */
const maxHeadingLineLength = 120
// The trailing run is matched from its first mark only (the lookbehind), so a long run stays linear.
const emphasisMarks = /^[*_]+|(?<![*_])[*_]+$/g

/**
 * A line's text without the Markdown emphasis marks around it: what a bold line says.
 *
 * @example withoutEmphasisMarks('**Area for improvement**') // 'Area for improvement'
 */
export function withoutEmphasisMarks(text: string): string {
  // Most lines neither start nor end with a mark: no copy to make.
  return isMark(text.charCodeAt(0)) || isMark(text.charCodeAt(text.length - 1)) ? text.replace(emphasisMarks, '') : text
}

/** `*` or `_`. */
function isMark(code: number): boolean {
  return code === 42 || code === 95
}

/**
 * Whether a paragraph is a heading line: short, and its words (emphasis marks off) are a heading
 * `names` knows.
 *
 * @example isHeadingLine('**Recommendations**', (words) => words === 'Recommendations') // true
 */
export function isHeadingLine(text: string, names: (words: string) => boolean): boolean {
  const trimmed = text.trim()
  return trimmed.length <= maxHeadingLineLength && names(withoutEmphasisMarks(trimmed))
}
