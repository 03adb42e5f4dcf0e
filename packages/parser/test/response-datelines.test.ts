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
