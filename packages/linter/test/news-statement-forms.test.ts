import {describe, expect, it} from 'vitest'
import type {lint} from '../src/index.js'
import {textState} from '../src/lib/text-state.js'
import {check, constructed, read} from './helpers.js'

// Forms of commissioners' news statements and index-page letters (the fourth set of real responses):
// the report named by its author, a quoted title after "the HMICFRS", a family with "latest", a
// headline's bracketed date, a weekday before the report's date, "… saying:" before the chief's
// quote, "Responding to …, PCC <name> said", a report's title after the inspectorate (not an
// addressee) and a copyright line as page chrome. Each on the real response it was learnt from, then
// on constructed text with its trap.

const outcome = (result: ReturnType<typeof lint>, ruleId: string) => {
  const found = check(result, ruleId)
  return [found?.outcome, found?.messageId, found?.plain]
}

describe('the report named by its author or its family (real statements)', () => {
  it.each([
    [
      'sussex-pcc-peel-2018-19-news.txt',
      'an annual inspection report published today by Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)',
      'today'
    ],
    [
      'norfolk-pcc-peel-2018-19-statement.txt',
      'the new integrated PEEL* inspections by Her Majesty\'s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)',
      'today'
    ],
    ['gwent-pcc-peel-effectiveness-2017-statement.txt', '(HMICFRS) latest Effectiveness Report', undefined]
  ])('%s names its report: “%s”', (name, mention, asWritten) => {
    const {response, result} = read(name)
    expect(response.report.title).toBeUndefined()
    expect(response.report.mentions).toEqual([mention])
    expect(response.report.publishedOnAsWritten).toBe(asWritten)
    // A mention that already says "today" is not given its day again.
    const named = asWritten && !/\btoday\b/.test(mention) ? `${mention}, published ${asWritten}` : mention
    expect(outcome(result, 'report-identified')).toEqual(['met', 'named', `The response names the report: “${named}”.`])
  })

  it('a deputy mayor’s statement names "the recent HMICFRS inspection regarding …"', () => {
    const {response, result} = read('gmca-deputy-mayor-statement-gmp-victims-inspection-2020-12.txt')
    expect(response.report.title).toBe('Greater Manchester Police’s services to victims')
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'met', messageId: 'named'})
  })

  it('a template response names "the HMICFRS ‘<title>’", and the date it writes (with the wrong year) is read as written', () => {
    const {response, result} = read('warwickshire-pcc-custody-inspection-2022.txt')
    expect(response.report.title).toBe('Report on an unannounced inspection visit to police custody suites in Warwickshire')
    expect([response.report.publishedOnAsWritten, response.report.publishedOn]).toEqual(['9 February 2021', '2021-02-09'])
    expect(outcome(result, 'report-identified')).toEqual([
      'met',
      'named',
      'The response names the report: “Report on an unannounced inspection visit to police custody suites in Warwickshire”.'
    ])
  })
})

describe('the report named by its author: constructed forms and traps', () => {
  it.each([
    ['The Commissioner welcomed the annual inspection report on Kent Police published today by HMICFRS.', 'the annual inspection report on Kent Police published today'],
    ['I welcome His Majesty’s Inspectorate of Constabulary (HMICFRS) latest Efficiency Report on Kent Police.', '(HMICFRS) latest Efficiency Report']
  ])('%j names the report: “%s”', (text, named) => {
    expect(outcome(constructed(text).result, 'report-identified')).toEqual(['met', 'named', `The response names the report: “${named}”.`])
  })

  it.each([
    // Its report of the day with no force; a family with neither the force nor a date.
    ['The Commissioner welcomed the annual inspection report published today by HMICFRS.', 'the annual inspection report published today by HMICFRS'],
    ['I welcome His Majesty’s Inspectorate of Constabulary (HMICFRS) latest Efficiency Report.', '(HMICFRS) latest Efficiency Report']
  ])('%j may be any of several reports: cannot tell (“%s”)', (text, mention) => {
    expect(outcome(constructed(text).result, 'report-identified')).toEqual([
      'cannot-tell',
      'not-specific',
      `The response calls the report “${mention}”, which could be more than one report: it gives no title, and not both the force and when the report was published.`
    ])
  })

  it('the inspectorate only, in a whole text ("a new report from HMICFRS on the force"): not met', () => {
    expect(outcome(constructed('I welcome a new report from HMICFRS on the force.').result, 'report-identified')).toEqual([
      'not-met',
      'only-generic',
      'The response calls the report only “a new report from HMICFRS”, and nowhere names it, its family, the force inspected or when it was published, so a reader cannot tell which report it answers.'
    ])
  })

  it('a real statement that names only the inspectorate ("a new report from His Majesty’s Inspectorate …", no force or date beside it): cannot tell', () => {
    const {response, result} = read('gwent-pcc-peel-2021-22-statement.txt')
    expect(response.report.mentions).toEqual(['a new report from His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services'])
    expect(outcome(result, 'report-identified')[1]).toBe('not-specific')
  })

  it.each([
    // Another visit of the inspectorate, not the report answered.
    ['I thank the officers. The next inspection by HMICFRS will follow in 2025.', 'The next inspection'],
    ['I thank the officers. The last inspection by HMIC in 2014 made ten recommendations.', 'The last inspection'],
    ['I thank the officers. The HMICFRS Next Inspection is due in 2025.', 'The HMICFRS']
  ])('%j does not name the report answered: a warning, never an error', (text, mention) => {
    const {response, result} = constructed(text)
    expect(response.report.mentions).toBeUndefined()
    expect(outcome(result, 'report-identified')).toEqual([
      'cannot-tell',
      'only-described',
      `The response calls the report only “${mention}”, which does not say which report it answers.`
    ])
  })

  it('"regarding" after the inspection names what it looked into; "regarding the force" does not', () => {
    expect(constructed('I welcome the recent HMICFRS inspection regarding Kent Police’s services to victims.').response.report.title).toBe(
      'Kent Police’s services to victims'
    )
    expect(constructed('I welcome the recent HMICFRS inspection regarding the force.').response.report.title).toBeUndefined()
  })

  it('a quoted title after "the HMICFRS" is a title; the inspectorate quoted, or a grade, is not', () => {
    expect(constructed('I respond in respect of the HMICFRS ‘Report on an unannounced inspection visit to police custody suites in Kent’.').response.report.title).toBe(
      'Report on an unannounced inspection visit to police custody suites in Kent'
    )
    expect(constructed('Overall, the report commended Kent Fire and Rescue Service for its performance, with HMICFRS ‘confident it is well equipped for this to continue’.').response.report.title).toBeUndefined()
    expect(constructed('I note the HMICFRS ‘Good’ grading of the force.').response.report.title).toBeUndefined()
  })

  it('"I welcome this report from HMICFRS" gives no title "I welcome this", and says no more than "the report" does', () => {
    const {response, result} = constructed('I welcome this report from HMICFRS.')
    expect(response.report.title).toBeUndefined()
    expect(response.report.mentions).toBeUndefined()
    // A whole text that says no more: not met.
    expect(outcome(result, 'report-identified')?.slice(0, 2)).toEqual(['not-met', 'only-generic'])
    // A word that dates it or says which of the inspectorate's reports it is names it.
    expect(constructed('I welcome this new report from HMICFRS.').response.report.mentions).toEqual(['this new report from HMICFRS'])
  })
})

describe('dates: a headline’s bracketed date, a weekday before the report’s date', () => {
  it('a news page’s headline ends with its date: "(12 Apr 2017)" is the response’s date', () => {
    const {response, result} = read('westyorkshire-pcc-peel-2016-statement.txt')
    expect(response.date).toBe('2017-04-12')
    expect(result.dates.response).toEqual({date: '2017-04-12', precision: 'day', from: 'text'})
  })

  it('a constructed headline date, and a bracketed date in a sentence (another event’s) that is not the response’s', () => {
    expect(constructed('PCC welcomes HMICFRS report (12 Apr 2017)\n\nI welcome the report.').response.date).toBe('2017-04-12')
    expect(constructed('I welcome the report. The inspection visit (12 Apr 2017) found much to praise.').response.date).toBeUndefined()
    expect(constructed('PCC welcomes HMICFRS report (published 12 Apr 2017)\n\nI welcome the report.').response.date).toBeUndefined()
  })

  it('"published on Wednesday 14th May, 2025" dates the report (real and constructed), another event’s weekday date does not', () => {
    const {response} = read('essex-pfcc-peel-2023-25-statement.txt')
    expect([response.report.publishedOnAsWritten, response.report.publishedOn]).toEqual(['14th May, 2025', '2025-05-14'])
    expect(constructed('The HMICFRS report was published on Friday 9 May, 2025. I welcome it.').response.report.publishedOn).toBe('2025-05-09')
    expect(constructed('I welcome the HMICFRS report. The panel met on Friday 9 May, 2025.').response.report.publishedOn).toBeUndefined()
  })
})

describe('the chief officer’s and the body’s words in news statements', () => {
  it('"Chief Constable Simon Bailey welcomed the report saying: “…”" is the chief officer’s comments (real)', () => {
    const {response, result} = read('norfolk-pcc-peel-2018-19-statement.txt')
    expect(response.chiefOfficerComments?.text).toMatch(/^Chief Constable Simon Bailey welcomed the report saying: "Achieving outstanding in two areas/)
    expect(outcome(result, 'chief-officer-comments')).toEqual(['met', 'found', 'The chief officer\'s comments are there.'])
  })

  it('"… saying:" before a quote is the chief’s only when the chief says it', () => {
    const chief = constructed('I welcome the report.\n\nChief Constable Jo Smith welcomed the report saying: “We accept every recommendation.”')
    expect(check(chief.result, 'chief-officer-comments')).toMatchObject({outcome: 'met'})
    const body = constructed('The Commissioner welcomed the report saying: “I thank the Chief Constable and the force.”')
    expect(body.response.chiefOfficerComments).toBeUndefined()
  })

  it('"Responding to the publication PCC Katy Bourne said …" is the body’s comments (real, cut off)', () => {
    const {response, result} = read('sussex-pcc-peel-2018-19-news.txt')
    expect(response.lpbComments?.text).toMatch(/^Responding to the publication PCC Katy Bourne said the annual inspection/)
    expect(outcome(result, 'lpb-comments')).toEqual(['met', 'found', 'The body\'s own comments are there.'])
  })

  it('"Responding to the report, PCC Jo Smith said …" is the body’s; the chief responding is not', () => {
    const closing = '\n\nThe force will report on its progress in the spring.'
    expect(constructed(`Responding to the report, PCC Jo Smith said the force had made progress.${closing}`).response.lpbComments?.detectedBy).toBe('voice')
    expect(constructed(`Responding to the report, Chief Constable Jo Smith said the force had made progress.${closing}`).response.lpbComments).toBeUndefined()
  })

  it('a page complete to its copyright line settles that the chief’s comments are not there (real): not met, a warning', () => {
    const {result} = read('westyorkshire-pcc-peel-2016-statement.txt')
    expect(check(result, 'chief-officer-comments')).toMatchObject({outcome: 'not-met', messageId: 'missing'})
    expect(textState('I welcome the report.\n\n© Copyright West Yorkshire Police and Crime Commissioner 2019').cutOff).toBe(false)
    // A text cut off before the copyright line is still cut off.
    expect(textState('I welcome the report and thank the officers and staff who worked on\n\n© Copyright 2019').cutOff).toBe(true)
  })
})

describe('addressees: the inspectorate as the author of a report it names is not an addressee', () => {
  it('"I write in response to the HMICFRS Mental Health and Policing Report" (real): the Home Secretary only', () => {
    const {response, result} = read('essex-pfcc-mental-health-2018-letter.txt')
    expect(response.addressees).toEqual([{name: 'Home Secretary', kind: 'secretary-of-state'}])
    expect(check(result, 'copies-sent')).toMatchObject({outcome: 'not-met', messageId: 'missing'})
  })

  it('constructed: a title after the inspectorate is not an addressee; the inspectorate itself is', () => {
    expect(constructed('I write in response to the HMICFRS Policing and Mental Health Report.').response.addressees).toEqual([])
    expect(constructed('I am sending this response to HMICFRS and the Home Secretary.').response.addressees.map((entry) => entry.kind)).toEqual([
      'inspectors',
      'secretary-of-state'
    ])
  })
})

describe('addressees: the report’s author after "according to" is not an addressee', () => {
  it('real: "its response to the public, according to a new report from His Majesty’s Inspectorate …"', () => {
    expect(read('gwent-pcc-peel-2021-22-statement.txt').response.addressees).toEqual([])
  })

  it('constructed: "response to the public, according to a report from HMICFRS" names no addressee; "response to HMICFRS" does', () => {
    expect(constructed('The force must improve its response to the public, according to a report from HMICFRS.').response.addressees).toEqual([])
    expect(constructed('I send this response to HMICFRS, according to the statute.').response.addressees).toEqual([{name: 'HMICFRS', kind: 'inspectors'}])
  })
})
