import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// Datelines, "today" and pages' own words as news pages and statements write them: constructed text
// for each form, then the real pages that carry it.
const fixtures = new URL('../../../fixtures/corpus/responses/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`${name}.txt`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

describe('parseResponse: datelines and "today"', () => {
  it('reads a dateline with a time of posting, and its first line above an "Updated" line', () => {
    const withTime = ['Commissioner responds to HMICFRS report', '11 Feb 2016 06:30 AM', 'I welcome the report.'].join('\n\n')
    expect(parseResponse(withTime).response.date).toBe('2016-02-11')
    const updated = ['Commissioner responds', 'Thursday, 3rd November 2016, 10:01 am\nUpdated Wednesday, 16th November 2016, 3:24 pm', 'I welcome the report.'].join('\n\n')
    expect(parseResponse(updated).response.date).toBe('2016-11-03')
  })

  it('reads "today, <date>" as the report\'s day and the statement\'s own', () => {
    const text = ['The force is outstanding, according to the HMIC efficiency report released today, 3 November 2016.', 'I welcome the report.'].join('\n\n')
    const {response} = parseResponse(text)
    expect(response.report.publishedOn).toBe('2016-11-03')
    expect(response.date).toBe('2016-11-03')
  })

  it('reads "On <weekday> <date> HMICFRS published", and a statement saying the report was published today is of that day', () => {
    const text = ['On Tuesday 6th March 2018 HMICFRS published its joint inspection into custody provision in Kent Police.', '"I welcome the report published today," said the Commissioner.'].join('\n\n')
    const {response} = parseResponse(text)
    expect(response.report.publishedOn).toBe('2018-03-06')
    expect(response.date).toBe('2018-03-06')
  })

  it('does not date the statement by the report where only the body\'s own response is published today', () => {
    const text = ['HMICFRS published its report on 6 March 2018.', 'My response to the inspection is published today.'].join('\n\n')
    expect(parseResponse(text).response.date).toBeUndefined()
  })

  it('reads the real pages', () => {
    expect(parseResponse(corpus('northumbria-police-peel-legitimacy-2015-chief-constable-statement')).response.date).toBe('2016-02-11')
    expect(parseResponse(corpus('northumbria-pcc-peel-efficiency-2016-sunderland-echo')).response.date).toBe('2016-11-03')
    const cheshire = parseResponse(corpus('cheshire-pcc-peel-efficiency-2016-statement')).response
    expect([cheshire.report.publishedOn, cheshire.date]).toEqual(['2016-11-03', '2016-11-03'])
    const humberside = parseResponse(corpus('humberside-pcc-custody-inspection-2018-statement')).response
    expect([humberside.report.publishedOn, humberside.date]).toEqual(['2018-03-06', '2018-03-06'])
  })
})

describe('parseResponse: a day without its year, settled by the names the text uses', () => {
  it('reads the day a statement writes beside its "today", "this morning" or "this evening"', () => {
    const text = [
      'The Police and Crime Commissioner welcomed a report from Her Majesty’s Inspectorate of Constabulary (HMIC).',
      'The public meeting on policing is being held this evening (Tuesday 22 July from 6pm).'
    ].join('\n\n')
    expect(parseResponse(text).response.date).toBe('2014-07-22')
    // A day with its year needs no names.
    expect(parseResponse('The Commissioner spoke to the panel this morning, Thursday 3 November 2016.').response.date).toBe('2016-11-03')
    // "HMICFRS" and a commissioner alone leave the period open: the year is not settled.
    const open = ['Police and Crime Commissioner John Campion welcomed today’s HMICFRS report.', 'The panel meets this evening (Thursday 22 March).'].join('\n\n')
    expect(parseResponse(open).response.date).toBeUndefined()
  })

  it('reads "On <weekday> <day>, the publication of a report by …" as the report\'s day, not another event of that day', () => {
    const text = [
      'On Tuesday 22 July, the publication of a report by the Her Majesty\'s Inspectorate of Constabulary rated West Midlands Police as \'outstanding\'.',
      'Acting Police and Crime Commissioner, Councillor Yvonne Mosquito said \'This report gives the recognition rightly deserved.\''
    ].join('\n\n')
    expect(parseResponse(text).response.report).toMatchObject({publishedOnAsWritten: 'Tuesday 22 July', publishedOn: '2014-07-22'})
    const meeting = [
      'On Monday 20 November, my Chief Executive and I received an invitation from Her Majesty\'s Inspectorate of Constabulary to a call.',
      'The Police and Crime Commissioner has today issued a statement.'
    ].join('\n\n')
    expect(parseResponse(meeting).response.report.publishedOnAsWritten).toBeUndefined()
    const toCome = 'On Tuesday 22 July, the Police and Crime Commissioner will discuss the publication of the report by Her Majesty\'s Inspectorate of Constabulary.'
    expect(parseResponse(toCome).response.report.publishedOnAsWritten).toBeUndefined()
    const own = 'On Tuesday 22 July, the publication of my response to the report by Her Majesty\'s Inspectorate of Constabulary was welcomed by the Police and Crime Commissioner.'
    expect(parseResponse(own).response.report.publishedOnAsWritten).toBeUndefined()
  })

  it('reads "the publication of <the report> on <date>" as the report\'s day, not the body\'s own publication\'s nor an earlier report\'s', () => {
    const text = 'Following the publication of a critical report into Sussex Police by His Majesty’s Inspectorate of Constabulary on 13 April 2023, the Commissioner said parts of the report are sobering.'
    expect(parseResponse(text).response.report).toMatchObject({publishedOnAsWritten: '13 April 2023', publishedOn: '2023-04-13'})
    const own = 'Following the publication of my response to the HMICFRS report on 13 April 2023, the panel met.'
    expect(parseResponse(own).response.report.publishedOn).toBeUndefined()
    const earlier = 'Since the publication of the last HMICFRS report on 5 March 2021, the force has improved.'
    expect(parseResponse(earlier).response.report.publishedOn).toBeUndefined()
    // An object whose "on <day>" is the meeting's: "discuss the publication of the report on 14 June 2022".
    const meeting = 'The Commissioner will discuss the publication of the HMICFRS report on 14 June 2022 with the Chief Constable.'
    expect(parseResponse(meeting).response.report.publishedOn).toBeUndefined()
    expect(parseResponse('The publication of the HMICFRS report on 12 May 2022 was welcomed.').response.report.publishedOn).toBe('2022-05-12')
  })

  it('reads the real pages', () => {
    // The copy of a statement that writes the day without its year ("… [HMIC] on 13 April"): no day.
    expect(parseResponse(corpus('sussex-pcc-peel-2021-22-statement-bcrp-copy')).response.report.publishedOn).toBeUndefined()
    // "this evening (Tuesday 13 December from 6pm)" under "Her Majesty’s Inspectorate of Constabulary (HMIC)": 13
    // December was a Tuesday in 2016 and in 2022, but the initials it had before the fire and rescue remit (July
    // 2017) date the text to 2017 at the latest, so the year is 2016.
    const bedfordshire = parseResponse(corpus('bedfordshire-pcc-peel-legitimacy-2016-statement')).response
    expect([bedfordshire.date, bedfordshire.report.publishedOn]).toEqual(['2016-12-13', undefined])
    expect(parseResponse(corpus('mopac-deputy-mayor-met-engage-2022-londonworld')).response.date).toBe('2022-07-06')
    // Hansard's date line above a written statement: "Volume 606: debated on Thursday 25 February 2016".
    expect(parseResponse(corpus('home-secretary-state-of-policing-2015-written-statement-hansard')).response.date).toBe('2016-02-25')
    const westMidlands = parseResponse(corpus('westmidlands-acting-pcc-responding-to-austerity-2014-statement')).response
    expect([westMidlands.report.publishedOnAsWritten, westMidlands.report.publishedOn, westMidlands.date]).toEqual(['Tuesday 22 July', '2014-07-22', undefined])
    // The lead's report "released today"; "The second report ‘Police Legitimacy’, which was published on 11 February
    // 2016" is an earlier one: neither the report's day nor the statement's.
    const dorset = parseResponse(corpus('dorset-police-pcc-peel-2015-assessment-force-news')).response
    expect([dorset.report.publishedOnAsWritten, dorset.report.publishedOn, dorset.date]).toEqual(['today', undefined, undefined])
    // "Issued: Thursday 22nd March" under "Today’s HMICFRS report": HMICFRS and a commissioner leave the year open.
    expect(parseResponse(corpus('westmercia-pcc-peel-effectiveness-2017')).response.date).toBeUndefined()
  })
})

describe('parseResponse: a page\'s own words are no comments and name no report', () => {
  it('does not read "on our website" as the body\'s voice', () => {
    const text = ['HMICFRS inspects the police.', 'Further information including the PCC’s responses to HMICFRS inspections is on our website.'].join('\n\n')
    expect(parseResponse(text).response.lpbComments).toBeUndefined()
  })

  it('reads a commissioner who "has informed" the chief constable of their view as the body\'s comments, reported', () => {
    const text = ['PCC Jo Bloggs has informed the Chief Constable that she expects swift action on the issues identified in the report.'].join('\n\n')
    expect(parseResponse(text).response.lpbComments?.detectedBy).toBe('voice')
  })

  it('names no report by "HMICFRS inspections of <force> on the HMICFRS website" or "whenever HMICFRS publish a report"', () => {
    expect(parseResponse('You can find out more about HMICFRS inspections of Kent Police on the HMICFRS website.').response.report.title).toBeUndefined()
    expect(parseResponse('Whenever the HMICFRS publish a report that is relevant to a police force, the PCC has a duty to respond.').response.report.title).toBeUndefined()
  })

  it('reads the real pages', () => {
    const devon = parseResponse(corpus('devon-cornwall-pcc-hmicfrs-explainer-page')).response
    expect([devon.lpbComments, devon.report.title]).toEqual([undefined, undefined])
    expect(parseResponse(corpus('northants-pfcc-peel-effectiveness-2017-statement')).response.lpbComments?.text).toMatch(/^PCC Stephen Mold has informed the Chief Constable/)
  })
})
