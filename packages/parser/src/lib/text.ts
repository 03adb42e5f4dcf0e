// Word overlap, written dates and month names: the text helpers the report and response readers
// share, so each is written once.

/** Month names in calendar order, lower case. */
export const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** The month number (1–12) of a month's name in any case, or 0 when it is not one. */
export function monthNumber(name: string): number {
  return monthNames.indexOf(name.toLowerCase()) + 1
}

/** "14 May 2024", "7th July 2023", "the 10th of September 2024"; one bounded pass, no backtracking blow-up. */
export const writtenDate =
  /\b(\d{1,2})(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t]+)?(January|February|March|April|May|June|July|August|September|October|November|December)[ \t\u00A0,]+(\d{4})\b/i

/**
 * A day written as day, month name and year, as `YYYY-MM-DD`, or `undefined` when it is not a real
 * day (31 February, an unknown month).
 *
 * @example isoDay('7', 'July', '2023') // '2023-07-07'
 */
export function isoDay(day: string | number, month: string, year: string | number): string | undefined {
  const dayNumber = Number(day)
  const monthIndex = monthNumber(month)
  const yearNumber = Number(year)
  const date = new Date(Date.UTC(yearNumber, monthIndex - 1, dayNumber))
  if (monthIndex === 0 || date.getUTCDate() !== dayNumber || date.getUTCMonth() !== monthIndex - 1 || date.getUTCFullYear() !== yearNumber) {
    return undefined
  }
  return `${yearNumber}-${String(monthIndex).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`
}

/** How many members of `a` are also in `b`: the overlap loop every word comparison needs. */
export function sharedCount(a: Iterable<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  return shared
}
