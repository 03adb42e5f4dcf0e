// Each pattern is a single character class, so matching is linear in the input.
const curlyApostrophes = /[\u2018\u2019\u201B\u02BC]/g
const ampersands = /&/g
const spacesAndDashes = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/g

/**
 * Normalises a name for lookup: lower case, curly apostrophes made straight, "&" read as "and",
 * runs of whitespace, hyphens and dashes made one space, a leading "the " dropped, trimmed.
 *
 * @example normaliseName('The  Avon & Somerset–Constabulary') // 'avon and somerset constabulary'
 */
export function normaliseName(name: string): string {
  const collapsed = name
    .toLowerCase()
    .replace(curlyApostrophes, "'")
    .replace(ampersands, ' and ')
    .replace(spacesAndDashes, ' ')
    .trim()
  return collapsed.startsWith('the ') ? collapsed.slice(4) : collapsed
}
