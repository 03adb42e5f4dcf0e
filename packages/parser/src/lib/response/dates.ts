import {isoDay, monthNamePattern, monthNames, writtenDate} from '../text.js'

export {writtenDate}

/** A written date as `YYYY-MM-DD`, or `undefined` when it is not a real date. */
export function toIsoDate(match: RegExpExecArray | RegExpMatchArray): string | undefined {
  return isoDay(match[1] ?? '', match[2] ?? '', match[3] ?? '')
}

// Date lines in the other forms pages and letters write: month first ("September 27, 2019", a news
// agency's "Sep 22, 2022"), the month shortened ("12 Mar 2018"), in figures, day first as in the UK
// ("12/03/2018", "12.03.2018"), or in Welsh.
// Whole lines only: in a sentence such a date may be any event's.
const monthFirstDate = new RegExp(
  String.raw`^(${monthNamePattern}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?[ \t\u00A0]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t\u00A0]+(\d{4})\.?$`,
  'i'
)
const shortMonthDate = /^(\d{1,2})(?:st|nd|rd|th)?[ \t\u00A0]+(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?[ \t\u00A0]+(\d{4})\.?$/i
const figuresDate = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/
// The Welsh forces' bilingual pages date themselves in Welsh too ("9fed Medi 2014", "1af Mawrth 2023"): the
// month names in calendar order, after a day with or without its Welsh ordinal ending.
const welshMonths = ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr']
const welshDate = new RegExp(String.raw`^(\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)?[ \t\u00A0]+(${welshMonths.join('|')})[ \t\u00A0]+(\d{4})\.?$`, 'i')
// "Thursday 22 March 2018": the weekday before a date line's date says nothing the date does not.
export const weekdayLead = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t\u00A0]+/i

/** A whole-line date in one of the other forms, as `YYYY-MM-DD` with the words as written. */
function otherFormDate(text: string): {iso: string; asWritten: string} | undefined {
  const monthFirst = monthFirstDate.exec(text)
  const short = monthFirst ? null : shortMonthDate.exec(text)
  const figures = monthFirst || short ? null : figuresDate.exec(text)
  const welsh = monthFirst || short || figures ? null : welshDate.exec(text)
  const iso = welsh
    ? isoDay(welsh[1]!, monthNames[welshMonths.indexOf(welsh[2]!.toLowerCase())] ?? '', welsh[3]!)
    : monthFirst
    ? isoDay(monthFirst[2]!, monthNames.find((name) => name.startsWith(monthFirst[1]!.slice(0, 3).toLowerCase())) ?? '', monthFirst[3]!)
    : short
      ? isoDay(short[1]!, monthNames.find((name) => name.startsWith(short[2]!.slice(0, 3).toLowerCase())) ?? '', short[3]!)
      : figures
        ? isoDay(figures[1]!, monthNames[Number(figures[2]) - 1] ?? '', figures[3]!)
        : undefined
  return iso ? {iso, asWritten: text.replace(/\.$/, '')} : undefined
}

// A news page's dateline gives the time of posting after the day ("Thursday, 3rd November 2016, 10:01 am",
// "11 Feb 2016 06:30 AM"): the day is the date.
// The time alone, after a space or a comma (the space and comma go with trimEnd), so that a run of
// spaces is never retried from every position.
const trailingTime = /(?<=[,\s])(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?$/i
// Or before it: "PUBLISHED: 09:49 02 March 2017".
const leadingTime = /^\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?,?[ \t]+(?=\d)/i

/** The date of a block that is only a date ("2 July 2024", "01 September 2023", "Thursday 22 March 2018", "September 27, 2019", "12/03/2018", "11 Feb 2016 06:30 AM"). */
export function dateOnly(text: string): {iso: string; asWritten: string} | undefined {
  const day = text.trim().replace(leadingTime, '').replace(weekdayLead, '')
  const withoutTime = day.replace(trailingTime, '')
  const trimmed = withoutTime === day ? day : withoutTime.trimEnd().replace(/,$/, '').trimEnd()
  if (trimmed.length > 30) return undefined
  const other = otherFormDate(trimmed)
  if (other) return other
  const match = writtenDate.exec(trimmed)
  if (!match || match.index !== 0 || match[0].length < trimmed.replace(/[.,]$/, '').length) return undefined
  const iso = toIsoDate(match)
  return iso ? {iso, asWritten: match[0]} : undefined
}

/** "Date:", "Dated", "Date of response –", "Issued:": the label before a date line's date. */
export const dateLabel = /^[*_]{0,2}(?:date(?:d| of (?:this )?(?:response|letter))?|response date|(?:issued|posted)(?: on)?)[*_]{0,2}[ \t]*[:\u2013-]?[ \t]*[*_]{0,2}[ \t]*/i

/** The date of a "Date: 1 May 2025" line (also "**Date:** 1 May 2025", "Dated 1 May 2025"), or of a date-only line. */
export function dateLine(text: string): {iso: string; asWritten: string} | undefined {
  const trimmed = text.trim()
  if (trimmed.length > 60) return undefined
  const label = dateLabel.exec(trimmed)
  const rest = label && label[0].trim() !== '' ? trimmed.slice(label[0].length).replace(/[*_]{1,2}$/, '') : trimmed
  return dateOnly(rest)
}
