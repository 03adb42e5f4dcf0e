// Each pattern is one character class (or a fixed run), so normalising is linear in the text.
const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const dashes = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g
const whitespace = /[\s\u00A0\u2007\u202F\u200B]+/g
const softHyphen = /\u00AD/g

/**
 * Normalise text for comparison: curly quotes made straight, every dash and non-breaking hyphen
 * made `-`, soft hyphens dropped, runs of whitespace (including no-break spaces and line breaks)
 * made one space, trimmed. Case is kept.
 *
 * @example normaliseText('The service’s  site‑specific\nrisk – “visits”') // `The service's site-specific risk - "visits"`
 */
export function normaliseText(text: string): string {
  return text
    .replace(softHyphen, '')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(dashes, '-')
    .replace(whitespace, ' ')
    .trim()
}
