// Each pattern is a single character class, so matching is linear in the input.
const curlyApostrophes = /[\u2018\u2019\u201B\u02BC]/g
const ampersands = /&/g
const spacesAndDashes = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/g
// Any character those change, or two spaces: one class or a fixed pair, linear.
const unusual = /[\u2018\u2019\u201B\u02BC&\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]|[^\S ]| {2}/

/**
 * Normalises a name for lookup: lower case, curly apostrophes made straight, "&" read as "and",
 * runs of whitespace, hyphens and dashes made one space, a leading "the " dropped, trimmed.
 *
 * @example normaliseName('The  Avon & Somerset–Constabulary') // 'avon and somerset constabulary'
 */
export function normaliseName(name: string): string {
  const lower = name.toLowerCase()
  // Most names need nothing but lower case: the replacements and the trim run only when a character
  // would change (a curly apostrophe, "&", a dash, whitespace other than one space, two spaces, a
  // space at either end).
  const collapsed =
    unusual.test(lower) || lower.charCodeAt(0) === 32 || lower.charCodeAt(lower.length - 1) === 32
      ? lower.replace(curlyApostrophes, "'").replace(ampersands, ' and ').replace(spacesAndDashes, ' ').trim()
      : lower
  return collapsed.startsWith('the ') ? collapsed.slice(4) : collapsed
}
