// Word overlap, written dates and month names: the text helpers the report and response readers
// share, so each is written once.

/** Month names in calendar order as a pattern's alternation, capitalised as written in prose. */
export const monthNamePattern = 'January|February|March|April|May|June|July|August|September|October|November|December'

/** Month names in calendar order, lower case. */
export const monthNames = monthNamePattern.toLowerCase().split('|')

/** The month number (1–12) of a month's name in any case, or 0 when it is not one. */
export function monthNumber(name: string): number {
  return monthNames.indexOf(name.toLowerCase()) + 1
}

/** "14 May 2024", "7th July 2023", "the 10th of September 2024"; one bounded pass, no backtracking blow-up. */
export const writtenDate = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t]+)?(${monthNamePattern})[ \t\u00A0,]+(\d{4})\b`, 'i')

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

const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/**
 * "Thursday 22 September", "Thursday, 22nd September": a weekday, a day and a month with no year
 * after them (a year after them makes it a `writtenDate`). Groups: weekday, day, month.
 */
export const weekdayDate = new RegExp(
  String.raw`\b(${weekdayNames.join('|')}),?[ \t\u00A0]+(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t]+)?(${monthNamePattern})\b(?![ \t\u00A0,]*\d{4})`,
  'i'
)

/** Years of the window a weekday date is settled in: a day and month fall on a given weekday at most once in five years. */
const weekdayWindowYears = 5

/**
 * The day a weekday date without a year ("Thursday 22 September") names: the one day on or after
 * `from` (`YYYY-MM-DD`), within `weekdayWindowYears` calendar years of it, and no later than `to`
 * when given, that falls on that weekday; `undefined` when none does (a wrong weekday) or the
 * window is unknown. The same day and month fall on the same weekday again only 5, 6 or 11 years
 * later, so the window holds at most one.
 *
 * @example yearOfWeekday('Thursday', '22', 'September', {from: '2022-09-08'}) // '2022-09-22'
 */
export function yearOfWeekday(weekday: string, day: string | number, month: string, window: {from: string; to?: string}): string | undefined {
  const wanted = weekdayNames.indexOf(weekday.toLowerCase())
  const first = Number(window.from.slice(0, 4))
  const found: string[] = []
  for (let year = first; year < first + weekdayWindowYears; year++) {
    const iso = isoDay(day, month, year)
    if (iso === undefined || iso < window.from || (window.to !== undefined && iso > window.to)) continue
    if (new Date(`${iso}T00:00:00Z`).getUTCDay() === wanted) found.push(iso)
  }
  return found.length === 1 ? found[0] : undefined
}

// The inspectorate's name dates a text: "His Majesty's" from the accession of Charles III (8 September
// 2022); "Her Majesty's … and Fire & Rescue Services" from the inspectorate taking on fire and rescue
// (19 July 2017) until then.
const hisMajestys = /\bHis[ \t\u00A0]+Majesty['’]s[ \t\u00A0]+Inspector(?:ate|s)?[ \t\u00A0]+of[ \t\u00A0]+Constabulary\b/i
const herMajestysWithFire =
  /\bHer[ \t\u00A0]+Majesty['’]s[ \t\u00A0]+Inspector(?:ate|s)?[ \t\u00A0]+of[ \t\u00A0]+Constabulary[ \t\u00A0]+(?:and|&)[ \t\u00A0]+Fire\b/i

/**
 * The period a text was written in, as far as the inspectorate's name tells: `undefined` when the
 * name does not date it.
 *
 * @example inspectorateEra('His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services') // {from: '2022-09-08'}
 */
export function inspectorateEra(text: string): {from: string; to?: string} | undefined {
  if (hisMajestys.test(text)) return {from: '2022-09-08'}
  if (herMajestysWithFire.test(text)) return {from: '2017-07-19', to: '2022-09-08'}
  return undefined
}

/** How many members of `a` are also in `b`: the overlap loop every word comparison needs. */
export function sharedCount(a: Iterable<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  return shared
}

/** The sentence of `text` around `index`: from the full stop before it to the one after. */
export function sentenceAround(text: string, index: number): string {
  const end = text.indexOf('.', index)
  return text.slice(text.lastIndexOf('.', index) + 1, end === -1 ? undefined : end)
}

/** The sentence of `text` leading up to `index`: from the full stop before it to `index`. */
export function sentenceUpTo(text: string, index: number): string {
  return text.slice(text.lastIndexOf('.', index) + 1, index)
}
