// Word overlap, written dates and month names: the text helpers the report and response readers
// share, so each is written once.
import {bodyTitle} from './response/patterns.js'

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
 * "Thursday 22 September", "Thursday, 22nd September", and month first as news pages write it
 * ("Wednesday, July 6"): a weekday, a day and a month with no year after them (a year after them makes
 * it a `writtenDate`). Groups: weekday, then day and month, or month and day (`weekdayParts`).
 */
export const weekdayDate = new RegExp(
  String.raw`\b(${weekdayNames.join('|')}),?[ \t\u00A0]+(?:the[ \t]+)?(?:(\d{1,2})(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t]+)?(${monthNamePattern})\b|(${monthNamePattern})[ \t\u00A0]+(\d{1,2})(?:st|nd|rd|th)?(?!\d))(?![ \t\u00A0,]*\d{4})`,
  'i'
)

/** The weekday, day and month of a `weekdayDate` match, in either order. */
export function weekdayParts(match: RegExpExecArray | RegExpMatchArray): {weekday: string; day: string; month: string} {
  return {weekday: match[1]!, day: (match[2] ?? match[5])!, month: (match[3] ?? match[4])!}
}

/** Years of the window a weekday date is settled in: a day and month fall on a given weekday at most once in five years. */
const weekdayWindowYears = 5

/**
 * The day a weekday date without a year ("Thursday 22 September") names: the one day on or after
 * `from` (`YYYY-MM-DD`) and no later than `to` (or, without `to`, within `weekdayWindowYears`
 * calendar years of `from`) that falls on that weekday; `undefined` when none does (a wrong weekday),
 * when two do, or when the window is unknown. The same day and month fall on the same weekday again
 * only 5, 6 or 11 years later, so a window of five calendar years holds at most one; a longer one
 * (up to `to`) may hold two, and then the year is not settled.
 *
 * @example yearOfWeekday('Thursday', '22', 'September', {from: '2022-09-08'}) // '2022-09-22'
 */
export function yearOfWeekday(weekday: string, day: string | number, month: string, window: {from: string; to?: string}): string | undefined {
  const wanted = weekdayNames.indexOf(weekday.toLowerCase())
  const first = Number(window.from.slice(0, 4))
  const last = window.to === undefined ? first + weekdayWindowYears - 1 : Number(window.to.slice(0, 4))
  const found: string[] = []
  for (let year = first; year <= last; year++) {
    const iso = isoDay(day, month, year)
    if (iso === undefined || iso < window.from || (window.to !== undefined && iso > window.to)) continue
    if (new Date(`${iso}T00:00:00Z`).getUTCDay() === wanted) found.push(iso)
  }
  return found.length === 1 ? found[0] : undefined
}

// Names date a text. The inspectorate's: "His Majesty's" from the accession of Charles III (8 September
// 2022), "Her Majesty's" until then (and, as pages were slow to change, until the end of that year at the
// latest); "… and Fire & Rescue Services" (or "HMICFRS") from the inspectorate
// taking on fire and rescue (19 July 2017). A local policing body's title: from the bodies' creation under
// the Police Reform and Social Responsibility Act 2011 (the Mayor's Office for Policing and Crime on 16
// January 2012, the first of them; commissioners on 22 November 2012).
const hisMajestys = /\bHis[ \t\u00A0]+Majesty['’]s[ \t\u00A0]+Inspector(?:ate|s)?[ \t\u00A0]+of[ \t\u00A0]+Constabular(?:y|ies)\b/i
const herMajestys = /\bHer[ \t\u00A0]+Majesty['’]s[ \t\u00A0]+Inspector(?:ate|s)?[ \t\u00A0]+of[ \t\u00A0]+Constabular(?:y|ies)\b/i
const withFire = /\bInspector(?:ate|s)?[ \t\u00A0]+of[ \t\u00A0]+Constabular(?:y|ies)(?:,|[ \t\u00A0]+(?:and|&))[ \t\u00A0]+Fire\b|\bHMICFRS\b/i
const eraYear = /\b(?:19|20)\d{2}\b/g
// The name with the initials it had before the fire and rescue remit, "Her Majesty's Inspectorate of Constabulary
// (HMIC)", in a text that never names the remit: written before it (to the end of 2017, as pages were slow to change).
const beforeFireRemit = /\bConstabulary[ \t\u00A0]*\(HMIC\)/

/**
 * The period a text was written in, as far as the inspectorate's name and a local policing body's
 * title (`bodyTitle`) tell: from September 2022 where the inspectorate is "His Majesty's"; where it is
 * "Her Majesty's", up to the end of 2022 (of 2017 where it is only the "(HMIC)" of before the fire and rescue remit) from the latest of the creation of local policing bodies (a body named)
 * and the inspectorate's fire and rescue remit (that named). `undefined` when the names do not date
 * it, or where the text writes a year after the period (it then speaks of an earlier text's name).
 *
 * @example inspectorateEra('His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services') // {from: '2022-09-08'}
 * @example inspectorateEra('Police and Crime Commissioner … Her Majesty’s Inspectorate of Constabulary') // {from: '2012-01-16', to: '2022-12-31'}
 * @example inspectorateEra('Police and Crime Commissioner … Her Majesty’s Inspectorate of Constabulary (HMIC)') // {from: '2012-01-16', to: '2017-12-31'}
 */
export function inspectorateEra(text: string): {from: string; to?: string} | undefined {
  if (hisMajestys.test(text)) return {from: '2022-09-08'}
  if (!herMajestys.test(text)) return undefined
  const from = withFire.test(text) ? '2017-07-19' : bodyTitle.test(text) ? '2012-01-16' : undefined
  const to = !withFire.test(text) && beforeFireRemit.test(text) ? '2017-12-31' : '2022-12-31'
  const years = text.match(eraYear) ?? []
  return from === undefined || years.some((year) => year > to.slice(0, 4)) ? undefined : {from, to}
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
