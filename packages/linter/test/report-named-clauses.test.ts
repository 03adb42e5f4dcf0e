import {describe, expect, it} from 'vitest'
import {check, read} from './helpers.js'

// `report-identified` says met only for a passage that meets a clause of the corpus README's rule
// ("When a body names the report"): a title or a topic of its own; a family (a PEEL pillar or
// year, a custody, crime data integrity or vetting inspection) with the force or a publication
// date; or the inspectorate's report on a named force with its date. A weaker passage is "cannot
// tell" (`not-specific`), never an error: the page around the text may name the report.

const verdict = (name: string) => {
  const {response, result} = read(name)
  const found = check(result, 'report-identified')
  return {title: response.report.title, mentions: response.report.mentions, outcome: found?.outcome, messageId: found?.messageId}
}
const notSpecific = {outcome: 'cannot-tell', messageId: 'not-specific'}

describe('report-identified: passages that may be any of several reports (real statements and minutes)', () => {
  it.each([
    // PEEL with neither its year or pillar, nor the force, nor a date.
    ['cleveland-pcc-peel-2015-statement.txt', {title: 'Peel Report'}],
    ['city-of-london-police-committee-hmicfrs-update-legitimacy-minutes.txt', {mentions: ['PEEL report']}],
    // A programme (crime data integrity) with neither the force nor a date in its sentence.
    ['hertfordshire-pcc-crime-data-integrity-2017-statement.txt', {title: 'Crime Data Integrity'}],
    // The annual assessment without its year or date.
    ['home-secretary-state-of-policing-2015-written-statement-hansard.txt', {title: 'State of Policing'}],
    // The inspectorate's latest report, no force or date beside it.
    ['hampshire-pcc-peel-effectiveness-2017-eastleigh-news.txt', {mentions: ['the latest report from Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS)']}],
    // A topic any report on the force could have, with no date.
    ['kent-pcc-peel-2026-social-post-copy.txt', {title: 'findings on the performance of Kent Police'}],
    // A report still to come ("I look forward to receiving the full HMIC report on Hertfordshire’s inspection").
    ['hertfordshire-pcc-crime-recording-2014.txt', {title: 'Hertfordshire’s inspection'}]
  ])('%s: cannot tell', (name, passage) => {
    expect(verdict(name)).toEqual({title: undefined, mentions: undefined, ...passage, ...notSpecific})
  })
})

describe('report-identified: a family or the inspectorate’s report with its day of publication (real statements)', () => {
  it.each([
    // A programme (crime data integrity) dated by "Today’s interim HMIC report".
    ['thamesvalley-pcc-cdi-interim-report-2014.txt', {title: 'interim crime data integrity report'}],
    // The inspectorate's latest report, dated by results "revealed today (Tuesday 12 December) as part of" it, on a named force.
    ['cheshire-pcc-peel-legitimacy-2017-statement.txt', {mentions: ['the latest report by Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)']}]
  ])('%s: met', (name, passage) => {
    expect(verdict(name)).toEqual({title: undefined, mentions: undefined, ...passage, outcome: 'met', messageId: 'named'})
  })
})

describe('report-identified: a weak passage gives way to one further on that meets the rule (real statements)', () => {
  it.each([
    // "the latest report by HMICFRS" → the same report with its force and pillar.
    [
      'kent-pcc-peel-effectiveness-2017-press-release.txt',
      'report by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) into Kent Police’s effectiveness'
    ],
    // "The latest report by HMICFRS" → "a national report into …", a named thematic.
    ['westmercia-pcc-group-based-cse-2023-statement.txt', 'report into police forces’ response to group-based child sexual exploitation'],
    // "PEEL inspection" → PEEL with its year.
    ['northamptonshire-pfcc-peel-2021-22-statement.txt', 'PEEL 2021/22 – An inspection'],
    // "the latest inspection report of Cleveland Police" (no date) → the family with the force and period.
    ['cleveland-pcc-peel-2023-25.txt', 'Cleveland PEEL Assessment 2023–2025']
  ])('%s: met, “%s”', (name, title) => {
    expect(verdict(name)).toEqual({title, mentions: undefined, outcome: 'met', messageId: 'named'})
  })
})
