/**
 * How deep Markdown lists and quotes may nest. Real reports and responses nest a few levels (Word
 * allows nine list levels) and are read at any depth up to this one; beyond it, remark-parse's cost
 * grows with the square of the depth (2,000 levels take it about 1 s, 10,000 about 20 s), so deeper
 * input is refused before it runs.
 */
export const maxMarkdownNesting = 2_000

/**
 * How deep HTML elements may nest: rehype-parse builds its tree recursively and, depending on the
 * stack left to it, overflows somewhere from about 1,300 levels of `<blockquote>`; an overflow
 * below this limit is still reported as nesting too deep.
 */
export const maxHtmlNesting = 1_100

/** Where input nests too deep: its 1-based line. */
export interface TooDeep {
  line: number
}

const space = 32
const tab = 9
const newline = 10

/**
 * The first line of Markdown whose container markers (`>`, `-`, `*`, `+`, `1.`) chain deeper than
 * `limit`, counting two spaces of indentation before a marker as one more level. One pass, linear
 * in the text.
 *
 * @example markdownTooDeep('- - - deep', 2) // {line: 1}
 * @example markdownTooDeep('- a\n  - b', 2) // undefined
 */
export function markdownTooDeep(text: string, limit = maxMarkdownNesting): TooDeep | undefined {
  let line = 1
  let index = 0
  while (index < text.length) {
    let depth = 0
    let indent = 0
    let first = true
    for (;;) {
      while (text.charCodeAt(index) === space || text.charCodeAt(index) === tab) {
        index++
        indent++
      }
      const marker = containerMarkerLength(text, index)
      if (marker === 0) break
      depth += first ? 1 + (indent >> 1) : 1
      first = false
      index += marker
      if (depth > limit) return {line}
    }
    const end = text.indexOf('\n', index)
    if (end === -1) break
    index = end + 1
    line++
  }
  return undefined
}

/** The length of a quote or list marker at `index` (with the space after a list marker), or 0. */
function containerMarkerLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code === 62 /* > */) return 1
  const after = (at: number) => {
    const next = text.charCodeAt(at)
    return next === space || next === tab ? at + 1 - index : Number.isNaN(next) || next === newline ? at - index : 0
  }
  if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) return after(index + 1)
  let at = index
  while (at - index < 9 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++
  if (at === index) return 0
  const delimiter = text.charCodeAt(at)
  return delimiter === 46 /* . */ || delimiter === 41 /* ) */ ? after(at + 1) : 0
}

// Elements that hold nothing: they never deepen the tree.
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
// Elements the HTML parser closes at the next one of their kind: an unclosed `<li>` or `<p>` is a
// sibling of the one before, not its child.
const selfEnding = new Set(['dd', 'dt', 'li', 'option', 'p', 'rb', 'rp', 'rt', 'td', 'th', 'tr'])
// How far down the open elements a closing tag looks for its own: stray closing tags cost little.
const closeReach = 8

/**
 * The first line of HTML where elements nest deeper than `limit`. One pass, linear in the text:
 * the next `>` is looked up once and reused by every `<` before it, and a closing tag looks only a
 * few elements down for its own.
 *
 * @example htmlTooDeep('<div><div><div>deep', 2) // {line: 1}
 * @example htmlTooDeep('<ul><li>a<li>b<li>c</ul>', 2) // undefined
 */
export function htmlTooDeep(text: string, limit = maxHtmlNesting): TooDeep | undefined {
  const open: string[] = []
  let close = -1
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    if (close < at) {
      close = text.indexOf('>', at)
      if (close === -1) return undefined
    }
    const closing = text.charCodeAt(at + 1) === 47 /* / */
    const start = at + (closing ? 2 : 1)
    let end = start
    while (end < close && isNameCode(text.charCodeAt(end))) end++
    if (end === start || !isLetter(text.charCodeAt(start))) continue
    const name = text.slice(start, end).toLowerCase()
    if (closing) {
      for (let index = open.length - 1; index >= 0 && index >= open.length - closeReach; index--) {
        if (open[index] !== name) continue
        open.length = index
        break
      }
      continue
    }
    if (voidElements.has(name) || text.charCodeAt(close - 1) === 47 /* / */) continue
    if (selfEnding.has(name) && open.at(-1) === name) continue
    open.push(name)
    if (open.length > limit) return {line: lineAt(text, at)}
  }
  return undefined
}

/** The 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++
  return line
}

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isNameCode = (code: number): boolean => isLetter(code) || (code >= 48 && code <= 57) || code === 45
