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
const separators = /[,;]\s*(?:and\s+)?|\s+and\s+/g
const maxListPieces = 16
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
 * crime", "investigating crime, managing offenders and suspects, and developing a positive
 * workplace"): cut at commas and "and" only where every piece is a graded area, so an area whose
 * name holds "and" or a comma ("Managing offenders and suspects", "Building, supporting and
 * protecting the workforce") stays whole. Otherwise the phrase is one area.
 *
 * @example areaList('responding to the public and recording data about crime') // ['responding to the public', 'recording data about crime']
 */
export function areaList(text: string): string[] {
  if (text.length > maxListLength) return [text]
  const whole = trimListPunctuation(text)
  if (isFrameworkArea(whole)) return [whole]
  // The pieces between separators; an area is a run of consecutive pieces.
  const starts = [0]
  const ends: number[] = []
  separators.lastIndex = 0
  for (let match = separators.exec(whole); match; match = separators.exec(whole)) {
    ends.push(match.index)
    starts.push(match.index + match[0].length)
  }
  ends.push(whole.length)
  if (starts.length === 1 || starts.length > maxListPieces) return [whole]
  // cut[i]: where the area that starts at piece i ends (the piece after it), for a cut of the rest
  // into areas; filled from the end, trying the longest area first.
  const cut: Array<number | undefined> = []
  cut[starts.length] = starts.length
  for (let from = starts.length - 1; from >= 0; from--) {
    for (let to = starts.length; to > from; to--) {
      if (cut[to] !== undefined && isFrameworkArea(whole.slice(starts[from], ends[to - 1]))) {
        cut[from] = to
        break
      }
    }
  }
  if (cut[0] === undefined) return [whole]
  const areas: string[] = []
  for (let from = 0; from < starts.length; from = cut[from]!) areas.push(whole.slice(starts[from], ends[cut[from]! - 1]))
  return areas
}

/**
 * A list item or line without the punctuation and conjunction that join it to the next
 * ("Investigating crime; and"). Callers bound the length: the trailing pattern backtracks over
 * whitespace runs.
 */
function trimListPunctuation(text: string): string {
  return text.trim().replace(leadingConjunction, '').replace(trailingJoin, '').trimEnd()
}
