import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {textState} from '../src/lib/text-state.js'
import {check, constructed, read, readCorpus, seedReport} from './helpers.js'

// The forms real responses use to name their report, date themselves and say whom they go to, and
// what the text settles: each outcome asserted on the real response it was learnt from, then on
// constructed text, with the traps of each form.

const outcome = (result: ReturnType<typeof lint>, ruleId: string) => {
  const found = check(result, ruleId)
  return [found?.outcome, found?.messageId, found?.plain]
}

describe('report-identified: real responses that name their report', () => {
  it.each([
    {
      form: 'a heading "HMICFRS Report – <title>"',
      name: 'northants-pfcc-homicide-prevention-2023.txt',
      title: 'Homicide prevention: An inspection of the police contribution to the prevention of homicide'
    },
    {
      form: 'a heading "Commissioner’s Response – HMIC Inspection – <title>"',
      name: 'northumbria-pcc-making-the-connections-2013.txt',
      title:
        'Making the Connections A thematic inspection of police force compliance with the Memorandum of Understanding between the National Ballistics Intelligence Service and Police Forces'
    },
    {
      form: '"the inspectorate … published a report into …"',
      name: 'gmca-mayor-statement-gmp-victims-inspection-2020.txt',
      title: "report into Greater Manchester Police's recording of crime and services to victims"
    },
    {
      // "the latest inspection report of Cleveland Police" has no date: the family with its period, further on, is read instead.
      form: '"<force> PEEL Assessment 2023–2025" after a report of the force with no date',
      name: 'cleveland-pcc-peel-2023-25.txt',
      title: 'Cleveland PEEL Assessment 2023–2025'
    }
  ])('$form: met, with the passage', ({name, title}) => {
    const {response, result} = read(name)
    expect(response.report.title).toBe(title)
    expect(outcome(result, 'report-identified')).toEqual(['met', 'named', `The response names the report: “${title}”.`])
    // The passage is where the text names it.
    const {text} = readCorpus(name)
    const {position} = response.report
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('a strand of the PEEL programme ("the “legitimacy” (ethical behaviour) strand of the inspection") names the force’s report of that strand', () => {
    const {response, result} = read('hertfordshire-pcc-peel-legitimacy-2016.txt')
    expect(response.report.mentions).toEqual(['legitimacy (ethical behaviour) strand'])
    expect(outcome(result, 'report-identified')).toEqual(['met', 'named', 'The response names the report: “legitimacy (ethical behaviour) strand”.'])
  })

  it('an index page whose report links lost their labels ("Report" on a line of its own), under lines of different years: cannot tell, a page of reports', () => {
    const {result} = read('lancashire-pcc-hmicfrs-reports-and-responses-index.txt')
    expect(textState(readCorpus('lancashire-pcc-hmicfrs-reports-and-responses-index.txt').text).reportElsewhere).toBe(true)
    expect(outcome(result, 'report-identified')).toEqual([
      'cannot-tell',
      'several-reports',
      'The text lists reports of 3 different dates (“HMICFRS Inspection process for 2018/19”, “HMICFRS Inspection process for 2017/18”, …), so it does not say which one it answers: it reads as a page of reports and responses, not a response to one.'
    ])
  })
})

describe('report-identified: constructed forms and their traps', () => {
  it.each([
    ['HMICFRS Report – Fraud: An inspection of the police response\n\nI welcome the inspection.', 'Fraud: An inspection of the police response'],
    ['HMIC Inspection: Core Business\n\nI welcome the inspection.', 'Core Business'],
    [
      'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has today published its report into how Kent Police responds to fraud.',
      'report into how Kent Police responds to fraud'
    ],
    ['I welcome the latest inspection report of Kent Police, published by HMICFRS on 12 March 2024.', 'inspection report of Kent Police'],
    ['The full assessment is linked below:\nKent PEEL Assessment 2023–2025Matt said: “I am pleased.”', 'Kent PEEL Assessment 2023–2025'],
    // The PEEL reports of 2014–2017 by their titles.
    ['I welcome HMIC’s report PEEL: Police effectiveness 2016 – Durham Constabulary.', 'PEEL: Police effectiveness 2016 – Durham Constabulary'],
    ['Today HMIC published its PEEL: Police legitimacy 2017 report on the force.', 'PEEL: Police legitimacy 2017'],
    // A subject line with no "the above report" under it, joined to the salutation.
    ['Dear Sir Andy,\nRe: Police custody suites in Kent – joint inspection\nI welcome the report.', 'Police custody suites in Kent – joint inspection'],
    // The letter that enclosed the report, a named force's inspected work, a topic with the inspectorate.
    [
      'Thank you for your letter of 3 March 2022 enclosing the report on the inspection of Dorset Police’s custody suites.',
      'report on the inspection of Dorset Police’s custody suites'
    ],
    ['I welcome the recent inspection of Lancashire Constabulary’s custody arrangements.', 'inspection of Lancashire Constabulary’s custody arrangements'],
    [
      'HMICFRS has published its findings. I welcome the thematic inspection into the police response to stalking and harassment.',
      'inspection into the police response to stalking and harassment'
    ]
  ])('%j names "%s"', (text, title) => {
    const {response, result} = constructed(text)
    expect(response.report.title).toBe(title)
    expect(check(result, 'report-identified')?.outcome).toBe('met')
  })

  it.each([
    // The body's own label after the inspectorate is not a title; a title-case heading with words of
    // its own may still be one in a form not read, so no error.
    ['Response to HMICFRS – Police and Crime Commissioner for Kent\n\nI welcome the inspection.', 'HMICFRS']
  ])('%j names no report, under a heading that may be a title: cannot tell ("%s")', (text, mention) => {
    const {response, result} = constructed(text)
    expect(response.report.title).toBeUndefined()
    expect(outcome(result, 'report-identified')).toEqual([
      'cannot-tell',
      'possible-title',
      `The response calls the report “${mention}”; “${text.slice(0, text.indexOf('\n'))}” may be its title.`
    ])
  })

  it.each([
    // A report someone else published is not the inspectorate's.
    ['The Commissioner published a report into the handling of fraud. I welcome the HMICFRS inspection.', 'a report'],
    // Another body's report on a topic, an earlier report, the next inspection of a force's work.
    ['I welcome the report by the IOPC into the handling of complaints. I value HMICFRS scrutiny.', 'the report'],
    ['Since the last inspection report was published in March 2019 the force has improved.', 'the last inspection'],
    ['I look forward to the next inspection of Lancashire Constabulary’s custody arrangements.', 'the next inspection']
  ])('%j names no report: a warning with the words it uses, never an error ("%s")', (text, mention) => {
    const {response, result} = constructed(text)
    expect(response.report.title).toBeUndefined()
    expect(outcome(result, 'report-identified')).toEqual([
      'cannot-tell',
      'only-described',
      `The response calls the report only “${mention}”, which does not say which report it answers.`
    ])
  })

  it.each([
    // A heading of generic words only (the inspectorate, the report, the body's own label), and a
    // report of the force's that is not the inspectorate's: nothing in the whole text says which report.
    ['HMICFRS Report – Response of the Police and Crime Commissioner\n\nI welcome the inspection.', 'HMICFRS'],
    ['The report of the Chief Constable, published by the force, was discussed. I welcome the HMICFRS inspection.', 'The report']
  ])('%j names no report in a whole text of generic references: not met ("%s")', (text, mention) => {
    const {response, result} = constructed(text)
    expect(response.report.title).toBeUndefined()
    expect(outcome(result, 'report-identified')).toEqual([
      'not-met',
      'only-generic',
      `The response calls the report only “${mention}”, and nowhere names it, its family, the force inspected or when it was published, so a reader cannot tell which report it answers.`
    ])
  })

  it('a report of another force named by the inspectorate, when the report given is another: a warning with both', () => {
    const {result} = constructed('Her Majesty’s Inspectorate of Constabulary (HMIC) published a report into Kent Police’s handling of fraud.', {report: seedReport})
    expect(outcome(result, 'report-identified')).toEqual([
      'cannot-tell',
      'other-title',
      'The response names “report into Kent Police’s handling of fraud”, but the report given is “An inspection of the West Midlands regional response to serious and organised crime”.'
    ])
  })

  it.each([
    ['I welcome the PEEL Legitimacy report published today by HMIC.', 'PEEL Legitimacy report, published today'],
    ['HMICFRS has published its PEEL 2021/22 inspection report on the force.', 'PEEL 2021/22 inspection']
  ])('%j names the PEEL family: “%s”', (text, name) => {
    expect(outcome(constructed(text).result, 'report-identified')).toEqual(['met', 'named', `The response names the report: “${name}”.`])
  })

  it.each([
    // A family with neither the force nor a date, the inspectorate's report on a force with no date, a report still to come.
    ['The Commissioner welcomed the latest PEEL inspection findings from HMIC.', 'PEEL inspection'],
    ['I welcome HMIC’s annual PEEL assessment of the force.', 'HMIC’s annual PEEL assessment'],
    ['I welcome the latest inspection report of Kent Police, published by HMICFRS.', 'inspection report of Kent Police'],
    ['I look forward to receiving the full HMIC report on Kent Police’s custody suites, which is due in June.', 'Kent Police’s custody suites']
  ])('%j may be any of several reports: cannot tell (“%s”)', (text, mention) => {
    expect(outcome(constructed(text).result, 'report-identified')).toEqual([
      'cannot-tell',
      'not-specific',
      `The response calls the report “${mention}”, which could be more than one report: it gives no title, and not both the force and when the report was published.`
    ])
  })

  it('the next PEEL inspection is not the report answered', () => {
    expect(outcome(constructed('I welcome the findings. The next PEEL inspection will follow in 2025.').result, 'report-identified')).toEqual([
      'cannot-tell',
      'only-described',
      'The response calls the report only “The next PEEL”, which does not say which report it answers.'
    ])
  })

  it('"Today’s HMICFRS report" on a named force already says when: the name is not repeated with "published today"', () => {
    const {result} = constructed('Today’s HMICFRS report found Kent Police good at preventing crime.')
    expect(outcome(result, 'report-identified')).toEqual(['met', 'named', 'The response names the report: “Today’s HMICFRS report”.'])
    // On "the force" only, the day alone does not say which of the inspectorate's reports.
    expect(outcome(constructed('Today’s HMICFRS report found the force good at preventing crime.').result, 'report-identified')[1]).toBe('not-specific')
  })
})

describe('published-within-56-days: dates as statements write them', () => {
  it('a date line written month first ("September 27, 2019") and "Today (Friday 27 September) Her Majesty’s Inspectorate … has published": day 1, in time', () => {
    const {response, result} = read('warwickshire-pcc-peel-2018-19-statement.txt')
    expect([response.date, response.report.publishedOn, response.report.publishedOnAsWritten]).toEqual(['2019-09-27', '2019-09-27', 'Today (Friday 27 September)'])
    expect(result.dates).toEqual({report: {date: '2019-09-27', precision: 'day', from: 'text'}, response: {date: '2019-09-27', precision: 'day', from: 'text'}})
    expect(outcome(result, 'published-within-56-days')).toEqual(['met', 'in-time', 'The response is dated 2019-09-27, day 1 of 56: in time.'])
  })

  it('"Today’s HMICFRS report" with "Issued: Thursday 22nd March": the year of the date line is not in the text, so neither date is known and the check cannot tell', () => {
    const {response, result} = read('westmercia-pcc-peel-effectiveness-2017.txt')
    expect([response.date, response.report.publishedOnAsWritten]).toEqual([undefined, 'today'])
    expect(result.dates).toEqual({})
    expect(outcome(result, 'published-within-56-days')).toEqual([
      'cannot-tell',
      'today-undated',
      'The 56 days could not be checked: the response says the report was published today, but no date of its own could be read, so neither date is known. Check the day the response was published: the day the report was published is day 1 of the 56.'
    ])
  })

  it.each([
    // Another event's day.
    ['Today (Friday 27 September) the Police and Crime Panel met to discuss the HMICFRS report.', undefined, undefined],
    ['Today (Friday 27 September) I have published my response to the HMICFRS report.', undefined, undefined],
    ['Yesterday’s HMICFRS report found the force good.', undefined, undefined],
    // A month-first date in a sentence is not the response's date line; without a year it is no date.
    ['The panel meets on September 27, 2019 to discuss the HMICFRS report.', undefined, undefined],
    ['September 27\n\nI welcome the HMICFRS report.', undefined, undefined],
    ['September 27th, 2019\n\nI welcome the HMICFRS report.', '2019-09-27', undefined],
    ['February 30, 2019\n\nI welcome the HMICFRS report.', undefined, undefined],
    // A weekday before the date, the month shortened, or figures, day first as in the UK.
    ['Thursday 22 March 2018\n\nI welcome the HMICFRS report.', '2018-03-22', undefined],
    ['Date: 12 Mar 2018\n\nI welcome the HMICFRS report.', '2018-03-12', undefined],
    ['Date: 12/03/2018\n\nI welcome the HMICFRS report.', '2018-03-12', undefined],
    ['31/02/2018\n\nI welcome the HMICFRS report.', undefined, undefined],
    ['The panel met on 12/03/2018 to discuss the HMICFRS report.', undefined, undefined]
  ])('%j: response dated %s, report published %s as written', (text, date, publishedOnAsWritten) => {
    const {response} = constructed(text)
    expect([response.date, response.report.publishedOnAsWritten]).toEqual([date, publishedOnAsWritten])
  })
})

describe('copies-sent: "has written to", "shared with", "forwarded to" the inspectors and the Home Office', () => {
  it('a news release that reports the letter in the third person: met, with both', () => {
    const {response, result} = read('leicestershire-pcc-peel-effectiveness-2016.txt')
    expect(response.addressees).toEqual([
      {name: 'HMIC', kind: 'inspectors'},
      {name: 'the Home Office', kind: 'secretary-of-state'}
    ])
    expect(outcome(result, 'copies-sent')).toEqual(['met', 'found', 'The response says it goes to HMIC and the Home Office.'])
  })

  it.each([
    ['The Commissioner wrote to Her Majesty’s Inspectorate of Constabulary and the Home Secretary.', ['inspectors', 'secretary-of-state']],
    ['A copy of this response has been shared with HMICFRS and the Home Office.', ['inspectors', 'secretary-of-state']],
    ['This response has been forwarded to the inspectors of constabulary and the Secretary of State.', ['inspectors', 'secretary-of-state']],
    // The inspectorate as the author of the report the letter is about is no addressee.
    ['The Commissioner has written to the Chief Constable about the HMIC report on fraud.', []]
  ])('%j goes to %j', (text, kinds) => {
    expect(constructed(text).response.addressees.map((addressee) => addressee.kind)).toEqual(kinds)
  })
})

describe("chief-officer-comments: the chief's response reported", () => {
  it.each([
    ['The Chief Constable has responded to the report, saying that the force accepts all the recommendations.', 'met'],
    ['Chief Constable Jane Smith has said the force had already begun work on the recommendations.', 'met'],
    // The body's account of a conversation, or of a shared view, is not the chief's comments.
    ['I have discussed the recommendations with the Chief Constable and she has confirmed that work is under way.', 'not-met'],
    ['The Chief Constable shares my view that the force must improve faster.', 'not-met']
  ])('%j: %s', (chief, expected) => {
    const {result} = constructed(`I welcome the HMICFRS report on fraud and will hold the force to account.\n\n${chief}`)
    expect(check(result, 'chief-officer-comments')?.outcome).toBe(expected)
  })
})

describe('the report\'s publication date in prose', () => {
  it.each([
    ['The HMICFRS report on fraud was released on 5 March 2019.', '2019-03-05'],
    // Another release: not the report's.
    ['The force released on 5 March 2019 its new plan for the county.', undefined]
  ])('%j: %s', (text, publishedOn) => {
    expect(constructed(text).response.report.publishedOn).toBe(publishedOn)
  })
})

describe('what the text settles: where it ends and what it points to', () => {
  it.each([
    {
      form: 'a page that ends with the label of its link to the report ("National Report – Core Business an inspection into …")',
      name: 'northumbria-pcc-core-business-2015.txt',
      chief: ['not-met', 'missing', "The chief officer's comments are not published with the response."]
    },
    {
      form: 'a statement that ends with the label of its link to the report after a colon ("HMIC report: Living in fear - …") and "Share this page"',
      name: 'london-victims-commissioner-living-in-fear-2017-statement.txt',
      chief: ['not-met', 'missing', "The chief officer's comments are not published with the response."]
    },
    {
      form: 'a statement followed by the site’s newsletter lines, pointing to the report whose title holds "response"',
      name: 'sussex-pcc-hmic-funding-challenge-statement.txt',
      chief: ['not-met', 'missing', "The chief officer's comments are not published with the response."]
    },
    {
      form: 'a summary page that links to the body’s full response ("You can read the PCC’s full response to the report here – …")',
      name: 'surrey-pcc-policing-in-austerity-2013.txt',
      chief: [
        'cannot-tell',
        'cannot-tell',
        "The chief officer's comments were not found in the text read (the text points to an attachment, annex or other page)."
      ]
    },
    {
      form: 'an alert that links to the full statement ("Read the full statement and PEEL report here")',
      name: 'wiltshire-pcc-peel-2023-25-statement.txt',
      chief: [
        'cannot-tell',
        'cannot-tell',
        "The chief officer's comments were not found in the text read (the text points to an attachment, annex or other page)."
      ]
    },
    {
      form: 'a statement cut off mid-word in its notes ("Background information" … "the Policing and Crime Act 2"): the statement above them was read whole',
      name: 'northyorkshire-pfcc-fire-inspections-2019-statement.txt',
      // Titled as the commissioners' association's response: not met, saying whose it is.
      chief: ['not-met', 'association', 'The text is the statement of an organisation that is not a local policing body (“APCC response”), not a response: it has no chief officer’s comments.']
    }
  ])('$form', ({name, chief}) => {
    expect(outcome(read(name).result, 'chief-officer-comments')).toEqual(chief)
  })

  it('the Sussex statement’s pointer is to the report, so the missing citation is settled (a good-practice warning)', () => {
    expect(outcome(read('sussex-pcc-hmic-funding-challenge-statement.txt').result, 'cites-section-55')).toEqual([
      'not-met',
      'missing',
      'The response does not say it is the response under section 55 of the Police Act 1996.'
    ])
  })

  it.each([
    // Site chrome after the text is not where it ends; a sentence cut before the chrome still is.
    ['I welcome the report.\n\nSubscribe to our newsletter\nKeep up to date with our latest news and information', false],
    ['I welcome the report and will hold the force to account for what it has\n\nSubscribe to our newsletter', true],
    // A link's label, after a short label or after a pointer, closes a page; a sentence cut mid-way does not.
    ['I welcome the report.\n\nNational Report – Core Business an inspection into crime prevention and the use of police time', false],
    ['I welcome the report.\n\nYou can read the full report here – HMIC – Policing in Austerity: Rising to the Challenge', false],
    ['I welcome the report.\n\nHMIC report: Living in fear - the police and CPS response to harassment and stalking', false],
    // A sentence cut mid-way after a colon is no label.
    ['I welcome the report.\n\nThe report found: the force has not yet improved how it answers calls from the', true],
    ['I welcome the report.\n\nYou can read more about the work the force is doing here – it has improved how it answers', true]
  ])('%j cut off: %s', (text, cutOff) => {
    expect(textState(text).cutOff).toBe(cutOff)
  })

  it.each([
    ['The HMIC report outlining Kent Police’s response to the funding challenge can be downloaded here.', {reportElsewhere: true, covering: false}],
    ['My full response can be downloaded here.', {reportElsewhere: false, covering: true}],
    ['You can read the PCC’s full response to the report here.', {reportElsewhere: false, covering: true}],
    ['2018\n\nReport\nResponse', {reportElsewhere: true, covering: false}],
    // A pointer to another page that is neither the report nor the response.
    ['To view the new website click here.', {reportElsewhere: false, covering: false}]
  ])('%j points to %j', (text, expected) => {
    const {reportElsewhere, covering} = textState(text)
    expect({reportElsewhere, covering}).toEqual(expected)
  })
})

describe('report-identified: a page that says it lists reports or responses', () => {
  it.each([
    ['avonsomerset-pcc-hmicfrs-reports-index.txt', 'HMICFRS reports and the response from the PCC are listed below'],
    ['gmpcc-responses-listing-page.txt', 'We’ll post those responses in this section'],
    [
      'southwales-pcc-hmicfrs-inspection-responses-page.txt',
      'The law requires the PCC to send these responses to HMICFRS and the Home Office and then publish in the manner they see fit – which for South Wales Police are listed below'
    ],
    ['gmpcc-archived-responses-page.txt', 'This is an archive of older responses'],
    [
      'devon-cornwall-pcc-hmicfrs-inspections-and-reports-hub-page.txt',
      'Police and Crime Commissioner responds to all inspection reports which are relevent to Devon and Cornwall Police and publishes their responses on this website'
    ],
    [
      'durham-panel-hmicfrs-inspection-reports-2022-minutes.txt',
      '…of the recent inspections conducted by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) that have required a Police and Crime Commissioner (PCC) comment as follows:'
    ]
  ])('%s: cannot tell, whatever title one of its entries gives (real pages)', (name, sentence) => {
    const {response, result} = read(name)
    expect(response.report.title).toBeDefined()
    const found = check(result, 'report-identified')
    expect([found?.outcome, found?.messageId]).toEqual(['cannot-tell', 'cannot-tell'])
    expect(found?.plain).toContain(`“${sentence}”`)
  })

  it('a response naming its report is no list, nor is a promise to publish its own response on the page', () => {
    const named = constructed('Dear Home Secretary,\n\nI welcome ‘An inspection of the police response to stalking’.\n\nI am pleased with the findings.\n')
    expect(check(named.result, 'report-identified')?.outcome).toBe('met')
    expect(textState('The report is below. I will publish my response on this page.').listsReports).toBeUndefined()
    expect(textState('Our responses to HMICFRS reports are listed below.').listsReports).toBe('Our responses to HMICFRS reports are listed below')
  })

  it('a force’s page of responses to several reports: "Below you will find the responses …" (real), whatever its first entry names', () => {
    const {response, result} = read('staffordshire-police-hmic-peel-responses-force-page.txt')
    expect(response.report.mentions).toEqual(['PEEL Report'])
    const found = check(result, 'report-identified')
    expect([found?.outcome, found?.messageId]).toEqual(['cannot-tell', 'cannot-tell'])
    expect(found?.plain).toContain(
      '“Below you will find the responses to published reports from Her Majesty\'s Inspectorate of Constabulary (HMIC)”'
    )
  })

  it('a lead-in to several reports a line each is a list; a report’s own recommendations after a colon are not', () => {
    const listed = 'The Panel received the findings of two recent inspections, as follows:\n\nPEEL 2021/22 – An inspection of Kent Police;\n\nAn inspection of the police response to stalking.\n'
    expect(textState(listed).listsReports).toBe('The Panel received the findings of two recent inspections, as follows:')
    // One report line only, and lines that are not reports, are no list.
    expect(textState('The following inspections were published:\n\nPEEL 2021/22 – An inspection of Kent Police\n\nI welcome it.\n').listsReports).toBeUndefined()
    expect(textState('The report makes two recommendations:\n\nThe force should improve call handling.\nThe force should train staff.\n').listsReports).toBeUndefined()
  })
})
