import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// How press statements and news pages name the report they answer in the wording of the press: the
// inspectorate's publication (glossed between commas, its findings from a named inspection), each form
// on real tuned statements with exact values, and its traps (the inspectorate alone, "the report", a
// report still to come).
const fixtures = new URL('../../../fixtures/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`corpus/responses/${name}`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

const report = (text: string) => parseResponse(text, {path: 'response.txt'}).response.report

describe('parseResponse: the inspectorate’s publication in press wording', () => {
  it('reads the inspectorate glossed between commas and its findings on a named force (real post)', () => {
    const text = corpus('kent-pcc-peel-2026-social-post-copy.txt')
    const {title, position} = report(text)
    expect(title).toBe('findings on the performance of Kent Police')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('reads its findings from a named inspection, a gloss in brackets kept (real statement)', () => {
    expect(report(corpus('westmercia-pcc-peel-2023-25-statement.txt')).title).toBe(
      'findings from a PEEL (Police Effectiveness, Efficiency and Legitimacy) Inspection of West Mercia Police'
    )
  })

  it('reads the report published by the inspectorate and what it said or focused on, its long name with a comma (real pages)', () => {
    expect(report(corpus('greatermanchester-mayor-victim-service-assessment-2020-mancunian-matters.txt')).title).toMatch(
      /^report was published by Her Majesty’s Inspectorate of Constabulary, Fire and Rescue Services \(HMICFRS\) saying over 80,100 crimes were unrecorded in Manchester,/
    )
    expect(report(corpus('essex-pfcc-roads-policing-2020-letter.txt')).title).toBe(
      'report published by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS), which focused on the police response to roads policing'
    )
    expect(report('A damning report was published by HMICFRS today.\n').title).toBeUndefined()
  })

  it('takes neither the inspectorate alone, "its latest report" with no topic, nor a report still to come', () => {
    expect(report('HMICFRS, the independent policing inspectorate, has published its latest report.\n')).toEqual({})
    expect(report('HMICFRS, the independent policing inspectorate, will publish its findings on the performance of Kent Police.\n')).toEqual({})
    expect(report('HMICFRS has published its findings from a joint inspection with the CQC of Kent Police.\n')).toEqual({})
  })
})

describe('parseResponse: a move out of Engage in press wording', () => {
  it('reads the force removed by the inspectorate from special measures (real force news, cut off)', () => {
    const text = corpus('greater-manchester-police-engage-exit-2022-force-news.txt')
    const {title, position} = report(text)
    expect(title).toBe('Greater Manchester Police has been removed by His Majesty’s Inspectorate from special measures')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('reads the force "now out of enhanced monitoring" in news from the inspectorate (real statement)', () => {
    expect(report(corpus('london-councils-met-exiting-engage-2025-statement.txt')).title).toBe('Metropolitan Police is now out of enhanced monitoring')
  })

  it('takes no move without the inspectorate in the sentence, none still to come, and never "the force" alone', () => {
    expect(report('Kent Police has been removed from special measures.\n')).toEqual({})
    expect(report('HMICFRS said Kent Police will be removed from special measures.\n')).toEqual({})
    expect(report('HMICFRS said the force is now out of enhanced monitoring.\n')).toEqual({})
  })
})

describe('parseResponse: a quoted title after a dash or colon label', () => {
  it('reads "the HMIC and HMCPSI Report – ‘title’" (real statement), and the heading’s quoted title without its marks', () => {
    const text = corpus('northumbria-pcc-living-in-fear-2017-statement.txt')
    const {title, position} = report(text)
    expect(title).toBe('Living in fear – the police and CPS response to harassment and stalking')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
    expect(report(corpus('surrey-pcc-vawg-final-inspection-2021-response.txt')).title).toBe('Police Engagement with Women and Girls: Final Inspection Report')
  })

  it('takes no quoted grade, no speech after a colon, no other body’s report', () => {
    expect(report('Report – ‘Good’ for effectiveness\n')).toEqual({})
    expect(report('The Committee noted the report: “The force has improved.”\n')).toEqual({})
    expect(report('The IOPC Report – ‘Learning the lessons’ – was discussed.\n')).toEqual({})
    expect(report('The HMCPSI Report – ‘Learning the lessons’ – was discussed.\n')).toEqual({})
  })
})

describe('parseResponse: a custody inspection named by the custody provision and its area', () => {
  it('reads "an inspection of police custody provision in Norfolk and Suffolk" (real statement)', () => {
    const text = corpus('norfolk-pcc-custody-inspection-statement.txt')
    const {title, position} = report(text)
    expect(title).toBe('the findings of an inspection of police custody provision in Norfolk')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('takes no next inspection, no custody without an inspection, no other body’s inspection and none still to come', () => {
    expect(report('The next inspection of custody provision in Norfolk will take place in 2026.\n')).toEqual({})
    expect(report('The force reviewed its custody provision in Norfolk last year.\n')).toEqual({})
    expect(report('Ofsted’s inspection of custody provision in Norfolk was published.\n')).toEqual({})
    expect(report('HMICFRS will publish an inspection of custody suites in Kent.\n')).toEqual({})
  })
})

describe('parseResponse: a report "looking into" its topic', () => {
  it('reads the inspectorate’s report looking into a topic, published today (real force statement)', () => {
    const text = corpus('gloucestershire-constabulary-missing-children-2016-force-statement.txt')
    const {title, position, publishedOn} = report(text)
    expect(title).toBe('report looking into how police forces across the country respond to reports of missing children')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
    expect(publishedOn).toBe('2016-03-23')
    expect(report('A report by HMIC looking at how forces record crime was published today.\n').title).toBe('report by HMIC looking at how forces record crime')
  })

  it('takes no report still to come, and no topic that says nothing ("the matter", "it")', () => {
    expect(report('HMIC will publish a report looking into how police forces respond to missing children.\n')).toEqual({})
    expect(report('HMICFRS has published its report looking into the matter.\n')).toEqual({})
    expect(report('HMICFRS has published a report looking at it.\n')).toEqual({})
  })
})

describe('parseResponse: the report’s publication "today" as a noun', () => {
  const parsed = (name: string) => parseResponse(corpus(name), {path: name})

  it('dates "today’s publication of … (HMICFRS) report" by the letter’s own date line (real letter)', () => {
    const {response} = parsed('home-secretary-letter-met-mayor-daniel-morgan-inspection-2022.txt')
    expect(response.report.publishedOnAsWritten).toBe('today’s')
    expect(response.report.publishedOn).toBe('2022-03-22')
    expect(response.date).toBe('2022-03-22')
  })

  it('reads "the publication of the full report was delayed until today (Thursday 11 July)", its year from the inspectorate’s name (real article)', () => {
    const {response} = parsed('nottinghamshire-pcc-peel-2023-25-west-bridgford-wire.txt')
    expect(response.report.publishedOnAsWritten).toBe('today (Thursday 11 July)')
    expect(response.report.publishedOn).toBe('2024-07-11')
  })

  it('takes no publication of the body’s own response, and no "today’s publication" without a date line to date it', () => {
    expect(report('Following today’s publication of our response, the PCC said.\n')).toEqual({})
    expect(report('The publication of my response to the report is due today.\n')).toEqual({})
    const undated = report('I am writing following today’s publication of the HMICFRS report on Kent Police.\n')
    expect(undated.publishedOnAsWritten).toBe('today’s')
    expect(undated.publishedOn).toBeUndefined()
  })
})

describe('parseResponse: a letter’s own date line above its salutation', () => {
  it('dates a letter by its line above "Dear …", not by the page’s "Published" line above the letter head (real letter)', () => {
    const name = 'home-secretary-state-of-policing-2022-government-response.txt'
    expect(parseResponse(corpus(name), {path: name}).response.date).toBe('2024-01-15')
  })

  it('keeps the page’s line where no date line stands above the salutation', () => {
    const page = 'Published 28 March 2024\n\nHome Secretary\n\nDear Andy,\n\nThank you for the report of 15 January 2024.\n'
    expect(parseResponse(page, {path: 'response.txt'}).response.date).toBe('2024-03-28')
  })
})

describe('parseResponse: the annual assessment by its subtitle and year', () => {
  it('reads "… Annual Assessment of Fire and Rescue Services in England 2024–25" (real statement)', () => {
    const text = corpus('apcc-fire-state-of-fire-2024-25-wired-gov-statement.txt')
    const {title, position} = report(text)
    expect(title).toBe('Annual Assessment of Fire and Rescue Services in England 2024–25')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('takes no annual assessment without its year', () => {
    expect(report('We welcome the annual assessment of policing in England and Wales.\n')).toEqual({})
  })
})

describe('parseResponse: words every inspection has name none', () => {
  it('takes "the latest HMICFRS field inspection" for no name (real minutes)', () => {
    expect(report(corpus('northyorkshire-pfcc-council-committee-hmicfrs-progress-minutes.txt')).title).toBeUndefined()
    expect(report('We discussed the latest HMICFRS fieldwork inspection.\n').title).toBeUndefined()
    expect(report('We discussed the recent HMICFRS custody inspection.\n').title).toBe('custody inspection')
  })
})

describe('parseResponse: a minutes page dated by its meeting’s heading', () => {
  it('reads "Gloucestershire Police and Crime Panel - Wednesday 3 November 2021 10.00 am" (real minutes)', () => {
    const name = 'gloucestershire-panel-peel-2021-22-minutes.txt'
    expect(parseResponse(corpus(name), {path: name}).response.date).toBe('2021-11-03')
  })

  it('takes no sentence about a meeting for its heading, and no earlier meeting’s minutes agreed', () => {
    expect(parseResponse('The Police and Crime Panel meets on Wednesday 3 November 2021.\n\nText.\n', {path: 'r.txt'}).response.date).toBeUndefined()
    expect(
      parseResponse('Minutes\n\nThe minutes of the meeting held on Tuesday 28 September 2021 were agreed.\n', {path: 'r.txt'}).response.date
    ).toBeUndefined()
  })
})

describe('parseResponse: a family or a topic the press gives in forms of its own', () => {
  it('reads a topic that is a list, "report into vetting, misconduct and misogyny" (real statement)', () => {
    const text = corpus('cambridgeshire-pcc-vetting-misconduct-misogyny-2022-statement.txt')
    const {title, position} = report(text)
    expect(title).toBe('vetting, misconduct and misogyny')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
    // A comma still ends a topic that is no list of single words.
    expect(report('We welcome the HMICFRS report into vetting, which the force has studied.\n').title).toBe('vetting')
  })

  it('reads a family with its strand and period, "… PEEL Assessment (Legitimacy) Findings 2018/19" (real minutes)', () => {
    expect(report(corpus('city-of-london-committee-peel-2018-19-legitimacy-afis-minutes.txt')).mentions).toEqual([
      'HMICFRS Integrated PEEL Assessment (Legitimacy) Findings 2018/19'
    ])
  })

  it('reads what the report looked at as the sentence’s verb, "The latest inspection by HMICFRS specifically looked at …" (real statement)', () => {
    expect(report(corpus('gwent-pcc-peel-legitimacy-2017-statement.txt')).title).toBe(
      'inspection by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) specifically looked at how legitimate Gwent Police is at keeping people safe and reducing crime and assessed the quality of leadership at the service'
    )
    // What it looked at says nothing of which report where it is only the force.
    expect(report('The latest inspection by HMICFRS specifically looked at Kent Police.\n').title).toBeUndefined()
  })

  it('dates the report whose results were "revealed today (Tuesday 12 December) as part of" it (real statement)', () => {
    const found = report(corpus('cheshire-pcc-peel-legitimacy-2017-statement.txt'))
    expect([found.publishedOnAsWritten, found.publishedOn]).toEqual(['today (Tuesday 12 December)', '2017-12-12'])
    // Figures revealed today belong to no report unless the sentence says so.
    expect(report('New crime figures were revealed today (Tuesday 12 December).\n').publishedOnAsWritten).toBeUndefined()
  })

  it('dates "Today’s interim HMIC report" (real statement) and names "The review by HMICFRS … published today" (real news page)', () => {
    const interim = report(corpus('thamesvalley-pcc-cdi-interim-report-2014.txt'))
    expect([interim.title, interim.publishedOnAsWritten]).toEqual(['interim crime data integrity report', 'today'])
    const review = report(corpus('staffordshire-police-peel-2023-25-lichfield-live.txt'))
    expect([review.mentions, review.publishedOnAsWritten]).toEqual([['The review'], 'today'])
  })
})

describe('parseResponse: the inspectorate’s publication in a headline or with its initials', () => {
  it('reads a headline without its article, "HMICFRS release report on vetting, misconduct and misogyny" (real statement)', () => {
    expect(report(corpus('apcc-vetting-misconduct-misogyny-2022-statement.txt')).title).toBe('report on vetting, misconduct and misogyny')
  })

  it('reads "A report published today (Thursday 11th February) by Her Majesty\'s Inspector of Constabulary (HMIC)" (real force news)', () => {
    expect(report(corpus('cheshire-police-peel-legitimacy-2015-force-news.txt')).mentions).toEqual([
      "A report published today (Thursday 11th February) by Her Majesty's Inspector of Constabulary (HMIC)"
    ])
    // An inspector named without the inspectorate's initials is a person, not the author of the report.
    expect(report('A report published today by Her Majesty’s Inspector of Constabulary Zoë Billingham.\n').mentions).toBeUndefined()
  })
})
