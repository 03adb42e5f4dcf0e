import {isoDay, monthNamePattern, writtenDate} from '../text.js'

export {writtenDate}

/** A written date as `YYYY-MM-DD`, or `undefined` when it is not a real date. */
export function toIsoDate(match: RegExpExecArray | RegExpMatchArray): string | undefined {
  return isoDay(match[1] ?? '', match[2] ?? '', match[3] ?? '')
}

// "September 27, 2019": the month first, as some pages' date lines write it (a whole line only).
const monthFirstDate = new RegExp(String.raw`^(${monthNamePattern})[ \t\u00A0]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t\u00A0]+(\d{4})\.?$`, 'i')

/** The date of a block that is only a date ("2 July 2024", "01 September 2023", "September 27, 2019"). */
export function dateOnly(text: string): {iso: string; asWritten: string} | undefined {
  const trimmed = text.trim()
  if (trimmed.length > 30) return undefined
  const monthFirst = monthFirstDate.exec(trimmed)
  if (monthFirst) {
    const iso = isoDay(monthFirst[2]!, monthFirst[1]!, monthFirst[3]!)
    return iso ? {iso, asWritten: monthFirst[0].replace(/\.$/, '')} : undefined
  }
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
