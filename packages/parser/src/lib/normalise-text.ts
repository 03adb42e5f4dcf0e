// Each pattern is a character class, or one character and a run of one class, so normalising is linear in the text.
const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const dashes = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g
const softHyphen = /\u00AD/g
// Every character the four patterns above replace: most texts have none, and one scan for them
// costs a quarter of the four.
const replaced = /[\u00AD\u2018\u2019\u201A\u201B\u2032\u02BC`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/
// A run of whitespace (with no-break and zero-width spaces) other than one plain space, which would
// become itself: a space and more, or any other whitespace character and the run after it. Prose
// has a space between every two words; matching only the other runs leaves those strings unbuilt.
const whitespace = / [\s\u200B]+|[^\S ][\s\u200B]*|\u200B[\s\u200B]*/g

/**
 * Normalise text for comparison: curly quotes made straight, every dash and non-breaking hyphen
 * made `-`, soft hyphens dropped, runs of whitespace (including no-break spaces and line breaks)
 * made one space, trimmed. Case is kept.
 *
 * @example normaliseText('The service’s  site‑specific\nrisk – “visits”') // `The service's site-specific risk - "visits"`
 */
export function normaliseText(text: string): string {
  const marks = replaced.test(text)
    ? text.replace(softHyphen, '').replace(singleQuotes, "'").replace(doubleQuotes, '"').replace(dashes, '-')
    : text
  return marks.replace(whitespace, ' ').trim()
}
