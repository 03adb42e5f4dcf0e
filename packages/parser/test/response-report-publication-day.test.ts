import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'
import {nameClause} from '../src/internal.js'

// When a response says its report was published, in the forms minutes, annual reports and press
// statements use beside "published on <date>": the inspectorate's report with the month it came out
// (a name, with the force or service the text names), and a day without its year in brackets after the
// report or after "made public on" (settled by the names that date the text). Each form on real tuned
// texts with exact values, and its traps (an earlier report, no force named, another month); and a minutes
// page’s heading with a comma before the year.
const fixtures = new URL('../../../fixtures/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`corpus/responses/${name}`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

const report = (text: string) => parseResponse(text, {path: 'response.txt'}).response.report

describe('parseResponse: the inspectorate’s report and the month it was published', () => {
  it('reads the report released in a month, in a text naming the force (real annual report page)', () => {
    expect(report(corpus('lancashire-pcc-annual-report-2022-23-peel-2021-22-page.txt')).mentions).toEqual([
      'the HMICFRS report released in October 2022'
    ])
  })

  it('reads the report publicised in a month, in minutes naming the fire and rescue service (real minutes)', () => {
    expect(report(corpus('lancashire-fire-authority-frs-2018-inspection-minutes.txt')).mentions).toEqual([
      'our HMICFRS report was publicised in December 2018'
    ])
  })

  it('takes no month of another report: an earlier one, one before the day the text gives, one with no force named', () => {
    const heading = 'HMICFRS Inspection Report – 19 February 2021\n\nThe HMICFRS report into Cleveland Police published in September 2019 felt like an earthquake for the force.\n'
    expect(report(heading).mentions).toBeUndefined()
    expect(report('Kent Police has improved since the last HMICFRS report was published in March 2023.\n').mentions).toBeUndefined()
    expect(report('The HMICFRS report released in October 2022 found that forces need to improve.\n').mentions).toBeUndefined()
  })
})

describe('parseResponse: a day without its year, in brackets after the report or after "made public on"', () => {
  it('reads the day in brackets after the report, its year from the inspectorate’s name (real statements)', () => {
    const first = report(corpus('nfcc-fire-inspections-tranche-1-2018-statement.txt'))
    expect([first.publishedOnAsWritten, first.publishedOn]).toEqual(['Thursday December 20th', '2018-12-20'])
    const second = report(corpus('nfcc-fire-inspections-tranche-2-2019-statement.txt'))
    expect([second.publishedOnAsWritten, second.publishedOn]).toEqual(['Thursday June 20th', '2019-06-20'])
  })

  it('reads the day the findings were made public (real news copy)', () => {
    const found = report(corpus('devoncornwall-pcc-integrity-inspection-2025-east-devon-watch.txt'))
    expect([found.publishedOnAsWritten, found.publishedOn]).toEqual(['Wednesday, October 29', '2025-10-29'])
  })

  it('takes no day of an earlier report in brackets, nor a day made public of something else', () => {
    const era = 'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services inspected Kent Police.\n\n'
    expect(report(`${era}Kent Police has improved since the last report (Tuesday 5 May).\n`).publishedOnAsWritten).toBeUndefined()
    expect(report(`${era}The council’s budget was made public on Wednesday, October 29.\n`).publishedOnAsWritten).toBeUndefined()
  })
})

describe('nameClause: a grade says how the force did, not which report', () => {
  it('takes the report by its grade and author for no name, and keeps a topic beside the grade', () => {
    const sentence = 'South Wales Police received a good inspection by HMIC.'
    expect(nameClause('a good inspection by HMIC', sentence, false)).toBeUndefined()
    expect(nameClause('a good inspection by HMIC of custody suites in Wales', sentence, false)).toBe('title')
  })
})

describe('parseResponse: the publication as a noun without its article', () => {
  it('reads the day of the report’s publication after "Following publication of", never a day still to come', () => {
    expect(report('Following publication of the HMICFRS report on Kent Police on 12 May 2022, the Commissioner met the Chief Constable.\n').publishedOn).toBe(
      '2022-05-12'
    )
    expect(report('The Commissioner will discuss publication of the HMICFRS report on 14 June 2022.\n').publishedOn).toBeUndefined()
  })
})

describe('parseResponse: a minutes page’s heading with a comma before the year', () => {
  it('reads the meeting’s day as committee sites print it (real minutes summary)', () => {
    const response = (text: string) => parseResponse(text, {path: 'response.txt'}).response
    expect(response(corpus('lincolnshire-panel-peel-2023-25-opencouncil-summary.txt')).date).toBe('2025-06-06')
    expect(response('Lincolnshire Police and Crime Panel - Friday, 6th June, 2025 11.00 am\n\nThe panel discussed the report.\n').date).toBe('2025-06-06')
    expect(response('Lincolnshire Police and Crime Panel - Friday, 6th June, 11.00 am\n\nThe panel discussed the report.\n').date).toBeUndefined()
  })
})
