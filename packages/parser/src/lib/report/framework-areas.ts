import {frameworkDefinitions, normaliseName} from '@scrutiny/schema'

// The graded areas of every inspection cycle, as the schema records them (names, questions and
// aliases), normalised once: the one list of what HMICFRS grades.
const gradedAreas = new Set(
  frameworkDefinitions.flatMap((definition) =>
    definition.areas.filter((area) => area.graded).flatMap((area) => [area.name, ...(area.question ? [area.question] : []), ...area.aliases].map(normaliseName))
  )
)
const maxAreaLength = 120
const maxListLength = 4 * maxAreaLength
const listSeparator = /[,;]\s*(?:and\s+)?|\s+and\s+/
const leadingConjunction = /^(?:and|or)\s+/i
const trailingJoin = /[;,.]?(?:\s+(?:and|or))?$/i

/**
 * Whether a printed area is one a framework grades ("Investigating crime", "Developing a positive
 * workplace"), whatever its case and punctuation.
 *
 * @example isFrameworkArea('developing a positive workplace') // true
 */
export function isFrameworkArea(text: string): boolean {
  return text.length <= maxAreaLength && gradedAreas.has(normaliseName(trimListPunctuation(text)))
}

/**
 * The areas of a list written in one phrase ("responding to the public and recording data about
 * crime"): split at commas and "and" only when every part is a graded area, so one area whose name
 * holds "and" ("Police powers and public treatment") stays whole.
 *
 * @example areaList('responding to the public and recording data about crime') // ['responding to the public', 'recording data about crime']
 */
export function areaList(text: string): string[] {
  if (text.length > maxListLength) return [text]
  const whole = trimListPunctuation(text)
  if (isFrameworkArea(whole) || !listSeparator.test(whole)) return [whole]
  const parts = whole.split(listSeparator)
  return parts.length > 1 && parts.every(isFrameworkArea) ? parts : [whole]
}

/**
 * A list item or line without the punctuation and conjunction that join it to the next
 * ("Investigating crime; and"). Callers bound the length: the trailing pattern backtracks over
 * whitespace runs.
 */
function trimListPunctuation(text: string): string {
  return text.trim().replace(leadingConjunction, '').replace(trailingJoin, '').trimEnd()
}
