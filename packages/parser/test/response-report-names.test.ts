import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'
import {genericPassage, genericReference, nameClause} from '../src/internal.js'

// How responses name the report they answer where no title is given in quotes: subject lines,
// the inspectorate's title form, the letter that sent the report, a topic with the inspectorate,
// the report by its author and what it found; and how they date themselves and the report. Each
// form in constructed text, with the traps that look like it (another visit, another body's report,
// "this report" alone, a date that belongs to something else).
const fixtures = new URL('../../../fixtures/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`corpus/responses/${name}`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

const report = (text: string) => parseResponse(text, {path: 'response.txt'}).response.report
const titleOf = (text: string) => report(text).title

describe('parseResponse: the report named by the forms of the genre', () => {
  it('reads a real news page that names the report by its author and what it found', () => {
    const text = corpus('northyorkshire-pfcc-peel-2023-25-news.txt')
    const {title, position} = report(text)
    expect(title).toBe(
      'report from His Majesty’s Inspectorate highlighting that North Yorkshire Police have made improvements in how it keeps people safe, reduces crime and provides victims with an effective service'
    )
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('reads a subject line about the report with no "the above report" under it, in its own block or joined to the salutation', () => {
    expect(titleOf('Dear Home Secretary\n\nRe: HMICFRS Inspection of Kent Police’s custody suites\n\nI welcome the report.\n')).toBe(
      'HMICFRS Inspection of Kent Police’s custody suites'
    )
    const joined = 'Dear Sir Andy,\nJoint thematic inspection of the police and CPS response to rape\nI welcome the report.\n'
    const {title, position} = report(joined)
    expect(title).toBe('Joint thematic inspection of the police and CPS response to rape')
    expect(joined.slice(position?.start.offset, position?.end.offset)).toBe(title)
    expect(titleOf('Dear Home Secretary\n\n**Police response to burglary and robbery – HMICFRS inspection**\n\nI welcome it.\n')).toBe(
      'Police response to burglary and robbery – HMICFRS inspection'
    )
    expect(titleOf('Sir Andy Cooke\nHM Chief Inspector of Constabulary\n\n12 March 2024\n\nHMICFRS Inspection: Police response to violence against women and girls\nDear Sir Andy,\nThank you for your report.\n')).toBe(
      'HMICFRS Inspection: Police response to violence against women and girls'
    )
    // The addressee above the salutation is not a subject.
    expect(report('Sir Andy Cooke\nHer Majesty’s Inspectorate of Constabulary and Fire & Rescue Services\nDear Sir Andy,\nThank you for your report.\n')).toEqual({})
    // A subject that says nothing of which report, and a line below the salutation that is a sentence.
    expect(report('Dear Sir Andy\n\nRe: HMICFRS report\n\nI welcome this report.\n')).toEqual({})
    expect(report('Dear Sir Andy\n\nThank you for the inspection report.\n\nI welcome this report.\n')).toEqual({})
  })

  it('reads a title in the inspectorate’s form, quoted or as a line of its own after a label', () => {
    expect(titleOf("I am responding to 'An inspection of the effectiveness of the Regional Organised Crime Units', which was published on 2 June 2022.\n")).toBe(
      'An inspection of the effectiveness of the Regional Organised Crime Units'
    )
    expect(titleOf('I welcome the report.\n\nThe full report can be read here: PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of Dorset Police\n')).toBe(
      'An inspection of Dorset Police'
    )
    expect(titleOf('I welcome [An inspection of the police response to stalking](https://hmicfrs.justiceinspectorates.gov.uk/x/).\n')).toBe(
      'An inspection of the police response to stalking'
    )
    expect(titleOf('Inspection of the police response to child sexual abuse: Kent Police\n\nI welcome the report.\n')).toBe(
      'Inspection of the police response to child sexual abuse: Kent Police'
    )
    expect(titleOf("I welcome the report 'Police response to burglary' (HMICFRS, 2022).\n")).toBe('Police response to burglary')
    expect(titleOf('The Inspectorate’s report, Police response to burglary, robbery and other acquisitive crime, was published on 5 August 2022.\n')).toBe(
      'Police response to burglary, robbery and other acquisitive crime'
    )
    // A quoted grade is not a title, nor a relative clause after the report.
    expect(titleOf("The inspection graded the force 'good'. I welcome this report.\n")).toBeUndefined()
    expect(titleOf('I welcome the HMICFRS report, which graded the force as good, and its findings.\n')).toBeUndefined()
    // A sentence that opens like a title is not one.
    expect(titleOf('An inspection of the force’s custody suites will take place next year.\n')).toBeUndefined()
  })

  it('reads the report the inspectorate’s letter enclosed', () => {
    expect(titleOf('Dear Matt\n\nThank you for your letter of 12 January 2023 enclosing the report of the inspection of Sussex Police’s response to online child sexual abuse. I welcome it.\n')).toBe(
      'report of the inspection of Sussex Police’s response to online child sexual abuse'
    )
    expect(report('Dear Matt\n\nThank you for your letter of 12 January 2023 enclosing the report. I welcome it.\n').title).toBeUndefined()
  })

  it('reads the inspection of a named force’s work, never the next or the last one', () => {
    expect(titleOf('I welcome the recent inspection of Lancashire Constabulary’s custody arrangements.\n')).toBe(
      'inspection of Lancashire Constabulary’s custody arrangements'
    )
    expect(titleOf('PCC welcomes inspection of custody services in Thames Valley Police\n\nThe Commissioner welcomed it.\n')).toBe(
      'inspection of custody services in Thames Valley Police'
    )
    expect(titleOf('I look forward to the next inspection of Lancashire Constabulary’s custody arrangements.\n')).toBeUndefined()
  })

  it('reads what the inspectorate did and on what, and its report by its author then its topic', () => {
    expect(titleOf('HMICFRS recently carried out an inspection of Cumbria Constabulary’s crime data recording. I welcome the report.\n')).toBe(
      'inspection of Cumbria Constabulary’s crime data recording'
    )
    expect(titleOf('HMICFRS has today released a report on the police response to fraud. I welcome it.\n')).toBe('report on the police response to fraud')
    expect(titleOf('HMICFRS published its findings into how well forces respond to stalking. I welcome them.\n')).toBe(
      'findings into how well forces respond to stalking'
    )
    expect(titleOf('I welcome the findings of the recent HMICFRS custody inspection in Kent.\n')).toBe('custody inspection')
    // The inspectorate's report by no topic, or its next one.
    expect(titleOf('I welcome the HMICFRS inspection and its findings.\n')).toBeUndefined()
    expect(titleOf('I look forward to the HMICFRS next inspection of the force.\n')).toBeUndefined()
    expect(titleOf('The Commissioner has responded to the latest report by the police inspectorate into how Kent Police handles 999 calls.\n')).toBe(
      'report by the police inspectorate into how Kent Police handles 999 calls'
    )
    // "HM Inspectorate of Constabulary" is the long name, not a report "of Constabulary" (the short name's trap).
    expect(titleOf('A statement in response to a report conducted by HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS):\n\nNothing in this report surprises me.\n')).toBeUndefined()
    expect(titleOf('I welcome the HMICFRS inspection, which looked at how well the force protects vulnerable people.\n')).toBe(
      'HMICFRS inspection, which looked at how well the force protects vulnerable people'
    )
  })

  it('reads a topic where the text names the inspectorate, never another body’s report or "this report" alone', () => {
    expect(titleOf('HMICFRS has published its findings. I welcome the thematic inspection into the police response to stalking and harassment.\n')).toBe(
      'inspection into the police response to stalking and harassment'
    )
    expect(titleOf('I welcome the inspectorate’s report on how the police investigate rape.\n')).toBe('report on how the police investigate rape')
    // No inspectorate named: the topic may be anyone's report.
    expect(titleOf('I welcome the thematic inspection into the police response to stalking and harassment.\n')).toBeUndefined()
    expect(report('I welcome the report by the IOPC into the handling of complaints. I value HMICFRS’s continued scrutiny.\n').title).toBeUndefined()
    expect(report('I welcome the report by the Independent Office for Police Conduct on the use of force. HMICFRS will follow it up.\n').title).toBeUndefined()
    expect(report('I welcome this report. HMICFRS found much good practice.\n')).toEqual({})
    expect(report('Since the last inspection report was published in March 2019 the force has improved under HMICFRS scrutiny.\n').title).toBeUndefined()
  })

  it('reads the family the inspectorate published, on a real statement and in constructed text', () => {
    expect(report(corpus('merseyside-pcc-peel-effectiveness-2017-statement.txt')).title).toBe('Police Effectiveness reports')
    expect(titleOf('HMICFRS has today published its State of Policing report. I welcome it.\n')).toBe('State of Policing')
    // What it will publish is not what it published.
    expect(titleOf('HMICFRS will publish its PEEL reports next year. I welcome this report.\n')).toBeUndefined()
  })

  it('reads an Engage decision by the inspectorate, on a real statement and in constructed text', () => {
    expect(report(corpus('westmidlands-pcc-engage-decision-2023-statement.txt')).title).toBe(
      'decided to move West Midlands Police into the ‘Engage’ process'
    )
    expect(titleOf('I note the decision of HMICFRS to move Kent Police into Engage.\n')).toBe('decision of HMICFRS to move Kent Police into Engage')
    // The force's move itself, where the sentence names the inspectorate (real blog alert).
    expect(titleOf(corpus('devoncornwall-pcc-engage-exit-2025-blog-alert.txt'))).toBe(
      'Devon & Cornwall Police has now officially returned to the default phase of monitoring'
    )
    expect(titleOf('HMICFRS has confirmed that Kent Police has been moved into Engage.\n')).toBe('Kent Police has been moved into Engage')
    expect(titleOf('Kent Police has been moved into Engage, the force said.\n')).toBeUndefined()
    // Another body's decision, and a move that has not been decided.
    expect(titleOf('I note the decision of the council to move the service into Engage.\n')).toBeUndefined()
    expect(titleOf('HMICFRS said the force may be moved into Engage if it does not improve.\n')).toBeUndefined()
  })

  it('reads the report by its anchors: the force inspected with the family of the inspection, or with the inspectorate and the day (real statements)', () => {
    expect(titleOf(corpus('staffordshire-pcc-peel-2014-statement.txt'))).toBe('today’s assessment of policing in Staffordshire')
    expect(titleOf(corpus('sussex-pcc-peel-2021-22-statement-bcrp-copy.txt'))).toBe(
      'a critical report into Sussex Police by His Majesty’s Inspector of Constabulary [HMIC] on 13 April'
    )
    // PEEL without its year names no one report (the labels' rule), and the pillars spelt out in its gloss are no
    // anchor; the inspectorate's act of publishing it on a named force does (response-report-press-forms.test.ts).
    expect(titleOf('The PEEL (Police Effectiveness, Efficiency and Legitimacy) inspection of West Mercia Police found much to praise.\n')).toBeUndefined()
    expect(titleOf(corpus('westyorkshire-pcc-custody-inspection-2016-statement.txt'))).toBe('Report on Police Custody in West Yorkshire')
    expect(titleOf(corpus('devoncornwall-pcc-engage-2022-statement.txt'))).toBe(
      'the decision to put Devon and Cornwall Police under an enhanced level of monitoring'
    )
    // "The force" stands for the force the text names, with a family beside it (never with a day alone).
    expect(titleOf(corpus('dyfed-powys-pcc-accelerated-coc-crime-recording-2021-south-wales-guardian.txt'))).toBe(
      'the force had been issued with an accelerated cause of concern'
    )
    expect(titleOf('Kent Police has responded.\n\nThe force welcomed the inspection by HMICFRS today.\n')).toBeUndefined()
    const {title, position} = report(corpus('staffordshire-pcc-peel-2014-statement.txt'))
    expect(corpus('staffordshire-pcc-peel-2014-statement.txt').slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it.each([
    // A commissioner's title is not the force inspected; "the latest report" and the inspectorate alone name none.
    'Kent Police and Crime Commissioner Matthew Scott welcomed a report published by HMICFRS today.',
    'The Police, Fire and Crime Commissioner for Essex welcomed the latest report by HMICFRS on 4 May.',
    'I welcome the latest inspection of the force by HMICFRS, published today.',
    'I welcome the PEEL findings for Kent Police.',
    // A report still to come, and an earlier one.
    'HMICFRS will inspect Kent Police again in the spring, and its custody report follows in May.',
    'Since the last PEEL inspection of Kent Police the force has improved.',
    // Another body's report.
    'The IOPC report into Kent Police custody was published today.'
  ])('%j names no report by its anchors', (opening) => {
    expect(titleOf(`${opening}\n`)).toBeUndefined()
  })

  it('names the inspectorate’s report by its day of publication', () => {
    expect(report('I welcome the HMICFRS report published on 12 March 2024. It found good practice.\n')).toMatchObject({
      mentions: ['the HMICFRS report'],
      publishedOn: '2024-03-12'
    })
    // Without its day, "the HMICFRS report" says nothing of which one.
    expect(report('I welcome the HMICFRS report. It found good practice.\n').mentions).toBeUndefined()
  })
})

describe('parseResponse: the dates a response gives', () => {
  const date = (text: string) => parseResponse(text, {path: 'response.txt'}).response.date
  const body = 'I welcome the HMICFRS report on the police response to fraud, published on 10 January 2019.'

  it('never takes the report’s publication in "in response to the report published on …" for the letter’s day', () => {
    expect(date(`Dear Home Secretary\n\nI am writing in response to the HMICFRS report on fraud published on 10 January 2019.\n`)).toBeUndefined()
    expect(date('Dear Home Secretary\n\nI sent my response to the Home Secretary on 1 March 2019.\n')).toBe('2019-03-01')
  })

  it('reads the speaker’s own letter "dated …", never the inspectorate’s', () => {
    expect(date(`This letter, dated 1 March 2019, is my response. ${body}\n`)).toBe('2019-03-01')
    expect(date(`Thank you for your letter dated 4 January 2019. ${body}\n`)).toBeUndefined()
  })

  it('reads a news page’s own date under its headline: "Published:", "Posted on … by …"', () => {
    expect(date(`PCC responds to HMICFRS report on fraud\nPublished: 1 March 2019\n\n${body}\n`)).toBe('2019-03-01')
    expect(date(`PCC responds to HMICFRS report on fraud\nPosted on 1st March 2019 by Jane Smith\n\n${body}\n`)).toBe('2019-03-01')
    expect(date(`PCC responds to HMICFRS report on fraud\nPosted on March 1, 2019\n\n${body}\n`)).toBe('2019-03-01')
  })

  it('dates a report published "today" by the statement’s own date line, when its bracketed day agrees', () => {
    const real = parseResponse(corpus('warwickshire-pcc-peel-effectiveness-2017-statement.txt'), {path: 'statement.txt'}).response
    expect([real.date, real.report.publishedOnAsWritten, real.report.publishedOn]).toEqual(['2018-03-22', 'today (March 22)', '2018-03-22'])
    const statement = (day: string) =>
      parseResponse(`PCC responds to HMICFRS report\n\nMarch 22, 2018\n\nHMICFRS has today (${day}) published a report on how effective the force is.\n`, {path: 'statement.txt'}).response.report
    expect(statement('Thursday 22 March').publishedOn).toBe('2018-03-22')
    // A bracketed day that is not the date line's: the date line may be a later update.
    expect(statement('March 20').publishedOn).toBeUndefined()
  })

  it('never takes the body’s or the force’s own publication for the report’s, and reads the body’s as its date', () => {
    const dates = (text: string) => {
      const {response} = parseResponse(text, {path: 'response.txt'})
      return [response.date, response.report.publishedOn]
    }
    const opening = 'I welcome the HMICFRS report on the police response to fraud.'
    expect(dates(`${opening} The force’s action plan was published on 1 June 2024.\n`)).toEqual([undefined, undefined])
    expect(dates(`This statement was published on 1 March 2019. ${opening}\n`)).toEqual(['2019-03-01', undefined])
    expect(dates(`${opening} The report was published on 10 January 2019.\n`)).toEqual([undefined, '2019-01-10'])
    expect(dates('HMICFRS inspected the force on 12 November 2018 and published its report on 10 January 2019.\n')).toEqual([undefined, '2019-01-10'])
  })

  it('reads a letter head’s line that ends with its date', () => {
    expect(date(`Our ref: JS/123   Date: 1 March 2019\n\nDear Sir Tom\n\n${body}\n`)).toBe('2019-03-01')
  })

  it('reads the report’s publication day written month first or in figures', () => {
    const published = (text: string) => report(text).publishedOn
    expect(published('I welcome the HMICFRS report on fraud, published on January 10, 2019.\n')).toBe('2019-01-10')
    expect(published('I welcome the HMICFRS report on fraud, published on 10/01/2019.\n')).toBe('2019-01-10')
  })
})

describe('parseResponse: the body’s comments in the third person', () => {
  it('reads "The Police, Fire and Crime Commissioner for <area>, <name> welcomes …" with the name’s closing comma left out', () => {
    expect(parseResponse(corpus('northamptonshire-pfcc-peel-2021-22-statement.txt'), {path: 'statement.txt'}).response.lpbComments?.text).toMatch(
      /^The Police, Fire and Crime Commissioner for Northamptonshire, Stephen Mold welcomes the latest PEEL inspection report from HMICFRS\./
    )
    const text = 'The Police and Crime Commissioner for Kent, Jane Smith welcomes the report.'
    expect(parseResponse(`${text}\n`, {path: 'statement.txt'}).response.lpbComments?.text).toBe(text)
    // The body as the object of another's words is not its view.
    expect(parseResponse('Officers told the Police and Crime Commissioner for Kent about the report.\n', {path: 'statement.txt'}).response.lpbComments).toBeUndefined()
  })
  it('reads the title glossed with its initials before the name, as news copy writes it (real news page)', () => {
    // https://policeprofessional.com/news/force-welcomes-fair-and-constructive-inspection-report
    const text = 'Dorset police and crime commissioner (PCC) David Sidwick said: “This report offers a fair reflection of the improvements the force continue to make.”'
    expect(parseResponse(`${text}\n`, {path: 'statement.txt'}).response.lpbComments?.text).toBe(text)
    // The association's initials are not the body's.
    expect(parseResponse('The Association of Police and Crime Commissioners (APCC) said the report was welcome.\n', {path: 'statement.txt'}).response.lpbComments).toBeUndefined()
  })
})

describe('parseResponse: the chief officer’s comments handed over in the body’s own paragraph', () => {
  const parts = (text: string) => {
    const {response} = parseResponse(text, {path: 'response.txt'})
    return [response.lpbComments?.text, response.chiefOfficerComments?.text]
  }

  it('reads "I have received the Chief Constable’s comments, which are as follows: …" as the chief’s, keeping the body’s comments', () => {
    const text = 'I welcome the report. I have received the Chief Constable’s comments, which are as follows: the force accepts the recommendations.'
    expect(parts(`${text}\n`)).toEqual([text, text])
  })

  it('reads the chief’s words reported after the body’s in one paragraph', () => {
    const text = 'I welcome the report. The Chief Constable said he welcomed it and that the force accepts the recommendations.'
    expect(parts(`${text}\n`)).toEqual([text, text])
    const quoted = 'I welcome the report. The Chief Constable has commented: “We accept the recommendations.”'
    expect(parts(`${quoted}\n`)).toEqual([quoted, quoted])
  })

  it('reads the chief by title and name before a colon and a quote, and "The Chief Constable’s comments follow."', () => {
    const quote = 'Chief Constable Jo Bloggs: “We accept the recommendations.”'
    expect(parts(`I welcome the report.\n\n${quote}\n`)).toEqual(['I welcome the report.', quote])
    const after = 'The force accepts the recommendations and has set up a working group.'
    expect(parts(`I welcome the report. The Chief Constable’s comments follow.\n\n${after}\n`)).toEqual([
      'I welcome the report. The Chief Constable’s comments follow.',
      after
    ])
  })

  it('does not read a request to the chief or the chief’s departure as comments', () => {
    expect(parts('I welcome the report. I have asked the Chief Constable to provide an update on the recommendations.\n')[1]).toBeUndefined()
    expect(parts('I welcome the report. The Chief Constable retired last year.\n')[1]).toBeUndefined()
  })
})

describe('parseResponse: names by field, by name, by day; and what is not this report', () => {
  const end = '\n\nI welcome the report. The force will act on its recommendations.\n\nJohn Smith\nPolice and Crime Commissioner\n'

  it('reads the annual assessment by its name in a real letter (not the word "policing" alone)', () => {
    expect(report(corpus('westmercia-pcc-state-of-policing-2023-letter.txt')).title).toBe(
      'State of Policing: The Annual Assessment of Policing in England and Wales 2023'
    )
    expect(titleOf(`Dear Home Secretary,\n\nI write in response to State of Policing 2022.${end}`)).toBe('State of Policing 2022')
    // A state of affairs in lower case is no name.
    expect(titleOf(`Dear Home Secretary,\n\nThe state of policing in the county is good.${end}`)).toBeUndefined()
  })

  it('reads the yearly report the inspectorate published, past a glossary line and a strand of the programme (real statement)', () => {
    // "HMIC* has published its yearly report …"; "HMIC – Her Majesty’s Inspector of Constabulary." spells
    // out a name; "the Effectiveness strand of the HMIC’s inspection programme" and the follow-up report
    // "due later this year" are not the report answered.
    expect(report(corpus('hertfordshire-pcc-peel-2016-annual-assessment.txt')).title).toBe('yearly report for the Constabulary')
    expect(titleOf(`HMIC – Her Majesty’s Inspector of Constabulary${end}`)).toBeUndefined()
    expect(report(`A follow-up report on the PEEL effectiveness strand is due later this year.${end}`).mentions).toBeUndefined()
  })

  it('reads a template’s labelled fields for the title and the day of publication', () => {
    const template = `Report title: PEEL 2023–25: An inspection of Kent Police\nPublication date: 12 March 2024\nResponse date: 2 May 2024${end}`
    const {response} = parseResponse(template, {path: 'response.txt'})
    expect([response.report.title, response.report.publishedOn, response.date]).toEqual(['PEEL 2023–25: An inspection of Kent Police', '2024-03-12', '2024-05-02'])
    expect(titleOf(`Name of report: Police response to burglary, robbery and other acquisitive crime${end}`)).toBe(
      'Police response to burglary, robbery and other acquisitive crime'
    )
    expect(report(`**Date of publication:** 5 August 2022${end}`).publishedOn).toBe('2022-08-05')
    // The fieldwork's day is not the publication's, nor the response's date.
    const fieldwork = parseResponse(`Date of inspection: 12 March 2024\nInspection Date: 12 March 2024${end}`, {path: 'response.txt'}).response
    expect([fieldwork.report.publishedOn, fieldwork.date]).toEqual([undefined, undefined])
    // A letter head's "Publication Date:" is the report's, not the letter's.
    expect(parseResponse(`Our ref: JS/1   Publication Date: 12 March 2024${end}`, {path: 'response.txt'}).response.date).toBeUndefined()
  })

  it('reads the title form capitalised within a sentence, and a title with commas after "entitled"', () => {
    expect(titleOf(`I welcome the Inspection of Kent Police’s response to child sexual abuse.${end}`)).toBe(
      'Inspection of Kent Police’s response to child sexual abuse'
    )
    expect(
      titleOf(`I am writing in response to HMICFRS’ national report entitled An inspection of vetting, misconduct, and misogyny in the police service, published on 2 November 2022.${end}`)
    ).toBe('An inspection of vetting, misconduct, and misogyny in the police service')
    // Lower case, it is a description read by the topic readers, or none.
    expect(titleOf(`I welcome the inspection of the force.${end}`)).toBeUndefined()
  })

  it('names the report by its day of publication in the same sentence', () => {
    const dated = (text: string) => {
      const {mentions, publishedOn} = report(text)
      return [mentions, publishedOn]
    }
    expect(dated(`The report, published on 12 March 2024, found the force good.${end}`)).toEqual([['The report'], '2024-03-12'])
    expect(dated(`HMICFRS published the report on 12 March 2024.${end}`)).toEqual([['the report'], '2024-03-12'])
    expect(dated(`The HMICFRS report, published 12 March 2024, found the force good.${end}`)).toEqual([['The HMICFRS report'], '2024-03-12'])
    expect(report(`HMICFRS published its PEEL assessment of Kent Police on 12 May 2022.${end}`)).toMatchObject({
      title: 'PEEL assessment of Kent Police',
      publishedOn: '2022-05-12'
    })
    // The day of another publication, or of an earlier report, names nothing.
    expect(dated(`The force published its Violence Against Women and Girls Strategy on 3 June 2024.${end}`)).toEqual([undefined, undefined])
    expect(dated(`Since the previous report, published on 1 May 2022, the force has improved.${end}`)).toEqual([undefined, undefined])
  })

  it('reads "released … today (date)" and ends a title before the day', () => {
    expect(report(`HMICFRS released its report on Kent Police’s response to stalking today (12 March 2024).${end}`)).toMatchObject({
      title: 'Kent Police’s response to stalking',
      publishedOnAsWritten: 'today (12 March 2024)',
      publishedOn: '2024-03-12'
    })
    expect(titleOf(`I welcome the HMICFRS PEEL 2023–25 inspection of Kent Police today.${end}`)).toBe('PEEL 2023–25 inspection of Kent Police')
  })

  it('reads a form whose fields run on in one line (real form): the title up to the next label, both days, never a response before its report', () => {
    const effectiveness = parseResponse(corpus('hampshire-pcc-peel-effectiveness-2016-issuu-template.txt'), {path: 'form.txt'}).response
    expect([effectiveness.report.title, effectiveness.report.publishedOn, effectiveness.date]).toEqual([
      'PEEL Effectiveness Report 2016 – Hampshire Constabulary',
      '2017-03-02',
      '2017-04-03'
    ])
    // "Date response sent: 09/01/2016" is before the report's "3 November 2016": a slip, not the response's day.
    const efficiency = parseResponse(corpus('hampshire-pcc-peel-efficiency-2016-issuu-template.txt'), {path: 'form.txt'}).response
    expect([efficiency.report.publishedOn, efficiency.date]).toEqual(['2016-11-03', undefined])
    // The form's own deadline is neither day.
    const form = parseResponse(`Title of Inspection: Crime Data Integrity – Kent Police Deadline for Response: 30 March 2017${end}`, {path: 'form.txt'}).response
    expect([form.report.title, form.report.publishedOn, form.date]).toEqual(['Crime Data Integrity – Kent Police', undefined, undefined])
  })

  it('reads the report’s day from a heading of the report and its day, not an earlier report’s month (real blog)', () => {
    const blog = report(corpus('cleveland-police-chief-constable-blog-inspection-2021-02.txt'))
    expect([blog.title, blog.mentions, blog.publishedOn]).toEqual([undefined, undefined, '2021-02-19'])
    // "HMICFRS Inspection Report" is every report's heading: no family.
    expect(report(`HMICFRS Inspection Report\n\nI welcome this report.${end}`).mentions).toBeUndefined()
  })

  it('reads a heading of the response to a capitalised title in a text that names the inspectorate (real letter)', () => {
    expect(titleOf(corpus('apcc-stalking-super-complaint-2025-summary-response.txt'))).toBe('Super-Complaint on Stalking')
    // Not a body that is no report, not the report alone, not without the inspectorate in the text.
    expect(titleOf(`PCC Response to the Police and Crime Panel\n\nThe HMICFRS report is welcome.${end}`)).toBeUndefined()
    expect(titleOf(`Response to the Report\n\nThe HMICFRS report is welcome.${end}`)).toBeUndefined()
    expect(titleOf(`APCC Response to the Super-Complaint on Stalking${end}`)).toBeUndefined()
  })

  it('reads a visit that is one report by its kind (a re-inspection, an unannounced inspection) where its sentence names the inspectorate (real statements)', () => {
    expect(report(corpus('cumbria-fire-reinspection-2023-press-release.txt')).mentions).toEqual(['the re-inspection'])
    expect(report(corpus('westmercia-pcc-custody-inspection-2022-shropshire-star.txt')).mentions).toEqual(['an unannounced inspection'])
    // Without the inspectorate in its sentence, or still to come, it is no mention.
    expect(report(`We look forward to an unannounced inspection.${end}`).mentions).toBeUndefined()
    expect(report(`The re-inspection by HMICFRS will take place later this year.${end}`).mentions).toBeUndefined()
  })

  it('reads the inspectorate’s reports by the day they were published, and a report by what it rated for an area (real statements)', () => {
    expect(report(corpus('northyorkshire-pfcc-fire-inspections-2019-statement.txt')).mentions).toEqual(['its latest round of inspection reports published today'])
    expect(report(`The force’s reports published today are online.${end}`).mentions).toBeUndefined()
    expect(report(corpus('lincolnshire-pcc-peel-effectiveness-2016-market-rasen-mail.txt')).title).toBe(
      "HMIC report that rated Lincolnshire Police as '˜good' for effective policing"
    )
    // A grade alone says nothing of which report.
    expect(titleOf(`I welcome the HMICFRS report, which graded the force as good, and its findings.${end}`)).toBeUndefined()
  })

  it('reads "Released on Thursday 10 April, … Peel Report found …" as the report’s day, its year from the inspectorate’s era (real article)', () => {
    expect(report(corpus('dorset-pcc-peel-2023-25-dorsetview.txt'))).toMatchObject({publishedOnAsWritten: 'Thursday 10 April', publishedOn: '2025-04-10'})
    // Another release's day is not the report's.
    expect(report(`Released on Thursday 10 April, the force’s annual plan sets out its priorities.${end}`).publishedOnAsWritten).toBeUndefined()
  })

  it.each([
    // The addressee's report by its topic, where the inspectorate is not named.
    ['Dear Sir Andy,\n\nThank you for your report on the police response to stalking and harassment.', 'report on the police response to stalking and harassment'],
    // The custody reports' title form without its quotation marks.
    ['I welcome the report on an unannounced inspection visit to police custody suites in Kent.', 'report on an unannounced inspection visit to police custody suites in Kent'],
    // A revisit or progress letter by its day; a revisit of a cause; leaving Engage; the inspectorate’s topic before the kind.
    ['I welcome the HMICFRS letter of 12 March 2024 on the force’s progress.', 'HMICFRS letter of 12 March 2024'],
    ['I welcome HMICFRS’s revisit of Kent Police’s cause of concern about crime recording.', 'Kent Police’s cause of concern about crime recording'],
    ['I welcome HMICFRS’s decision to move Kent Police out of the Engage process.', 'decision to move Kent Police out of the Engage process'],
    ['I welcome the inspectorate’s vetting inspection.', 'vetting inspection']
  ])('%j names “%s”', (opening, title) => {
    expect(titleOf(`${opening}${end}`)).toBe(title)
  })

  it.each([
    // Someone else's report on a topic with no inspectorate and no addressee; a letter without its day; the next revisit.
    'Thank you for the report on the police response to stalking and harassment.',
    'I welcome the HMICFRS letter on the force’s progress.',
    'I look forward to the next HMICFRS revisit of Kent Police’s cause of concern about crime recording.'
  ])('%j names no report', (opening) => {
    expect(titleOf(`${opening}${end}`)).toBeUndefined()
  })

  it('takes no speech after a colon, no apostrophe for a closing quotation, no title of generic words (real statements)', () => {
    expect(report(corpus('bedfordshire-pcc-hmic-joint-working-statement.txt')).title).toBeUndefined()
    expect(titleOf(`Commissioner’s response to the HMICFRS report${end}`)).toBeUndefined()
    expect(titleOf(`I welcome the report ‘Getting a grip’ and its findings.${end}`)).toBe('Getting a grip')
  })

  it('does not take an earlier or a later visit, the programme, a force alone or what the report was called for the report (real pages)', () => {
    expect(titleOf(`Dear Home Secretary,\n\nSince the last HMICFRS inspection of Kent Police in 2019 the force has improved.${end}`)).toBeUndefined()
    expect(titleOf(`Before the previous HMICFRS Crime Data Integrity inspection the force changed its systems.${end}`)).toBeUndefined()
    // "last year’s" report may be this one.
    expect(titleOf(`I welcome last year’s HMICFRS inspection of Kent Police’s custody suites.${end}`)).toBe('Kent Police’s custody suites')
    // "The PEEL inspection programme looks at …" on an index page; "The latest inspection into North Wales
    // Police"; "described elements of the report … as “misleading and inaccurate”".
    expect(report(corpus('northumbria-pcc-hmicfrs-reports-and-responses-page-2021.txt'))).toEqual({})
    expect(report(corpus('northwales-pcc-peel-legitimacy-2016-wales-express.txt'))).toEqual({})
    expect(report(corpus('westmercia-pcc-peel-2018-19-shropshire-star.txt'))).toEqual({})
    // "The report from Her Majesty’s Inspectorate" says no more than "the report"; "a new report from …" dates it.
    expect(report(`The report from Her Majesty’s Inspectorate of Constabulary found the force good.${end}`).mentions).toBeUndefined()
    expect(report(`A new report from Her Majesty’s Inspectorate of Constabulary found the force good.${end}`).mentions).toEqual([
      'A new report from Her Majesty’s Inspectorate of Constabulary'
    ])
  })
})

describe('parseResponse: a report named by its subject or its PEEL pillar in words of the genre', () => {
  it('reads the inspectorate’s report by a capitalised name with small words in it ("HMIC\'s Stop and Search Powers Report")', () => {
    expect(report(corpus('westyorkshire-pcc-stop-and-search-2015-statement.txt')).mentions).toEqual(['HMIC\'s Stop and Search Powers Report'])
    expect(report('I note the findings of HMIC’s Use of Force and Stop and Search Report.\n').mentions).toEqual(['HMIC’s Use of Force and Stop and Search Report'])
    // Not the next one, nor words any report could have.
    expect(report('I look forward to the HMICFRS Next Inspection of the force.\n').mentions).toBeUndefined()
  })

  it('reads a PEEL pillar by the name its reports bore: "the Police Efficiency 2016 report", "its latest assessment on police legitimacy"', () => {
    const minutes = report(corpus('southyorkshire-panel-minutes-hmic-peel-efficiency-2016.txt'))
    expect([minutes.mentions, minutes.publishedOn]).toEqual([['Police Efficiency 2016 report'], '2016-11-03'])
    expect(report(corpus('warwickshire-pcc-peel-legitimacy-2017-statement.txt')).mentions).toEqual(['assessment on police legitimacy'])
    // A pillar's report yet to come names none.
    expect(report('The Police Effectiveness Report will be published in Spring 2017.\n').mentions).toBeUndefined()
  })

  it('a capitalised run that stops short of "report" is a clause, not a title; a scope alone ("force-level") names none (real)', () => {
    // "The response of the Gloucestershire County Council to the report prepared for the Home Secretary": another body's business.
    expect(report(corpus('gloucestershire-pcc-fire-inspection-sorry-blog.txt'))).toEqual({})
    expect(titleOf('The response of the Gloucestershire County Council to the report was robust.\n')).toBeUndefined()
    expect(titleOf('I welcome the Avon and Somerset Police Efficiency, Effectiveness and Legitimacy (PEEL) report.\n')).toBe(
      'Avon and Somerset Police Efficiency, Effectiveness and Legitimacy (PEEL) report'
    )
    // "the most recent HMICFRS force-level report on …" describes a kind of report; the page's link names one.
    expect(titleOf(corpus('southwales-pcc-hmicfrs-inspection-responses-page.txt'))).toBe('PEEL 2023–2025: An inspection')
  })

  it('the words of a name before "report" are a noun phrase, never a clause (real letters and statements)', () => {
    // "HMICFRS reports should be published within 56 days of the report": the duty, not a name; the letter's
    // own description of the report is read instead.
    expect(report(corpus('essex-pfcc-roads-policing-2020-letter.txt')).title).toBe(
      'report published by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS), which focused on the police response to roads policing'
    )
    // "HMIC’s role is to inspect, monitor and report": a verb; the family named later is read instead.
    expect(report(corpus('northants-pcc-peel-2015-efficiency-statement.txt'))).toMatchObject({mentions: ['PEEL Report']})
    expect(titleOf(corpus('cheshire-pcc-crime-data-integrity-2017-statement.txt'))).toBe('Crime Data Integrity Inspection of Cheshire Constabulary')
    expect(titleOf(corpus('humberside-pcc-peel-effectiveness-2016.txt'))).toBe('report into the Effectiveness of Humberside Police')
    expect(titleOf(corpus('apcc-crime-investigations-inspection-2025-wired-gov-statement.txt'))).toBe('crime investigations inspection')
    // "Whilst the Crime Data Integrity report from HMIC …": the name starts after the clause's own words.
    expect(titleOf(corpus('hertfordshire-pcc-crime-data-integrity-2017-statement.txt'))).toBe('Crime Data Integrity')
    expect(titleOf('Kathryn Holloway has welcomed a report from HMIC on the force.\n')).toBeUndefined()
    expect(titleOf('I note the HMIC interim crime data integrity report.\n')).toBe('interim crime data integrity report')
    expect(titleOf('HMIC’s role is to inspect, monitor and report.\n')).toBeUndefined()
    // A headline quoting a phrase ("report "offers reassurance"") is no title: a title opens with a capital.
    expect(titleOf('Norfolk PCC says latest inspection report "offers reassurance"\n')).toBeUndefined()
    expect(titleOf('I welcome the inspection "Police Response to Fraud".\n')).toBe('Police Response to Fraud')
  })

  it('a quotation after a reporting verb or a label, a grade after "published" and an unpaired quotation mark give no title (real)', () => {
    // "A copy of the report, marked ‘Agenda Item 5’": the title is the item's heading.
    expect(titleOf(corpus('leicestershire-panel-peel-effectiveness-2016-minutes.txt'))).toBe('PEEL Police Effectiveness 2016')
    // "The July report found that “Surrey Police is making very good progress …”": the report's words.
    expect(titleOf(corpus('surrey-pcc-policing-in-austerity-2013.txt'))).toBe('Policing in Austerity: Rising to the Challenge')
    // "HMIC changed the already published ‘requires improvement’": a grade.
    expect(report(corpus('staffordshire-pcc-peel-effectiveness-2015-statement.txt'))).toEqual({mentions: ['PEEL assessment']})
    // “But HMICFRS’ report also highlights …”: the apostrophe closes no quotation.
    expect(report(corpus('apcc-protective-measures-super-complaint-statement.txt')).title).toBeUndefined()
    expect(titleOf('I welcome the inspectorate’s ‘Getting a grip’ report.\n')).toBe('Getting a grip')
    expect(titleOf('I welcome the report titled ‘Getting a grip’.\n')).toBe('Getting a grip')
  })

  it('"The report, released today (November 17) by HMICFRS" names the inspectorate’s report on the force the text names (real)', () => {
    expect(report(corpus('durham-pcvc-peel-2023-25-northern-echo.txt'))).toEqual({publishedOnAsWritten: 'today (November 17)', mentions: ['The report']})
    // Without the force, or without the inspectorate in the sentence, a day without its year names no report.
    expect(report('The report, released today (November 17) by HMICFRS, found forces must improve.\n').mentions).toBeUndefined()
    expect(report('Durham Constabulary has work to do. The report, released today (November 17), found it good.\n').mentions).toBeUndefined()
  })

  it('reads the inspectorate’s reports on one subject ("HMIC reports concerning …")', () => {
    expect(titleOf(corpus('leicestershire-pcc-panel-statement-vulnerability-reports.txt'))).toBe('Honour-based Crime')
  })
})

describe('parseResponse: a news page’s own date line dates the page, not the report', () => {
  const read = (text: string) => parseResponse(text, {path: 'response.txt'}).response

  it('reads "Published 22 March 2018" alone on its line, below a site’s banner lines, as the page’s date', () => {
    const {date, report: reference} = read(corpus('kent-pcc-peel-effectiveness-2017-press-release.txt'))
    expect([date, reference.publishedOn, reference.publishedOnAsWritten]).toEqual(['2018-03-22', undefined, undefined])
  })

  it('keeps the report’s day where a sentence gives it, and the page’s day from its own line', () => {
    const {date, report: reference} = read('Published 22 March 2018\n\nHMICFRS published its report on 20 March 2018. I welcome it.\n')
    expect([date, reference.publishedOn]).toEqual(['2018-03-22', '2018-03-20'])
    // In a sentence, "published 22 March 2018" is the report's.
    expect(read('The report was published 22 March 2018 and I welcome it.\n').report.publishedOn).toBe('2018-03-22')
  })
})

describe('nameClause: which clause of the corpus README’s rule a passage naming the report meets', () => {
  const source = 'I welcome the HMICFRS PEEL report on Kent Police. I note the HMICFRS report. I look forward to the report on custody in Kent.'
  it.each([
    // A title or topic of its own.
    ['Police response to burglary, robbery and other acquisitive crime – Finding time for crime', false, 'title'],
    // A family with the force in its sentence, with a date, or PEEL with its year.
    ['HMICFRS PEEL report', false, 'family'],
    ['Crime Data Integrity report', true, 'family'],
    ['PEEL 2021/22 inspection', false, 'family'],
    // The inspectorate's report, dated, in a text that names the force.
    ['HMICFRS report', true, 'dated-report'],
    // The inspectorate alone, a family with neither anchor, a report still to come.
    ['HMICFRS report', false, undefined],
    ['custody in Kent', false, undefined]
  ])('%j (dated: %s) meets %s', (passage, dated, clause) => {
    expect(nameClause(passage, source, dated)).toBe(clause)
  })

  it('a pillar or programme names the force’s report where the text names the force anywhere; PEEL alone, or the chiefs’ council, does not', () => {
    // Real (hertfordshire-pcc-crime-data-integrity-2017-statement): the programme, and the force two sentences on.
    const hertfordshire =
      'Whilst the Crime Data Integrity report from Her Majesty’s Inspector of Constabulary and Fire and Rescue Services, shows significant improvement from the last inspection in 2014, it claims the police still need to improve the way crime is recorded. “I’m concerned that HMIC are using sensationalist figures to mislead the public into thinking Hertfordshire Constabulary is not supporting victims of crime.'
    expect(nameClause('Crime Data Integrity', hertfordshire, false)).toBe('family')
    expect(nameClause('Efficiency Report', 'I welcome the Efficiency Report.', false)).toBeUndefined()
    expect(nameClause('PEEL report', 'I welcome the PEEL report. Hertfordshire Constabulary has improved.', false)).toBeUndefined()
    // Real (npcc-peel-spotlight-2019-statement): "National Police Chiefs’ Council" is no force.
    expect(nameClause('PEEL spotlight report', 'The latest PEEL spotlight report by HMICFRS shows forces in general are offering a good level of service. National Police Chiefs’ Council (NPCC) Chair Martin Hewitt said:', false)).toBeUndefined()
  })
})

describe('genericReference and genericPassage: references that say nothing of which report (real sentences)', () => {
  it.each([
    // The report, the inspectorate's name (which ends as a fire and rescue service's does) and its kind alone.
    ['A statement from the Police and Crime Commissioner Martin Surl in response to a report conducted by HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS):', true],
    ['“Sadly nothing in this report surprises me.', true],
    // The force, a day line, a subject read by its verb, the force's own inspection, a re-inspection, a programme.
    ['HMICFRS, the independent policing inspectorate has published its latest findings on the performance of Kent Police.', false],
    ['09/04/2026', false],
    ['This report concentrates on how effective the force is at preventing and investigating crime and anti-social behaviour, tackling serious and organised crime and protecting victims and the vulnerable.', false],
    ['Police and Crime Commissioner (PCC) Chris Nelson has given his response to the Constabulary’s latest inspection by  Her Majesty’s Inspectorate of Constabulary, Fire and Rescue Services (HMICFRS)', false],
    ['the re-inspection of the service from His Majesty’s Inspectorate of Constabulary and Fire and Rescue Service’s (HMICFRS)', false],
    ['The figures outlined in the HMICFRS efficiency report are incorrect and misleading.', false]
  ])('%j: %s', (sentence, generic) => {
    expect(genericReference(sentence)).toBe(generic)
  })

  it.each([
    ['the recent report from His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)', true],
    ['HMIC Inspection Update', true],
    ['Her Majesty\'s Inspectorate of Constabularies and Fire and Rescue Services', true],
    // A headline or heading with words of its own: it may name the report.
    ['HMICFRS report shines a spotlight on measures to support women and girls', false],
    ['West Yorkshire Police \'significantly different\' to crisis-hit Metropolitan Police - Mayor Tracy Brabin', false],
    ['PEEL Spotlight - The', false]
  ])('%j is only generic words: %s', (passage, generic) => {
    expect(genericPassage(passage)).toBe(generic)
  })
})

describe('parseResponse: the inspectorate’s judgment of a force it names next, with a family beside it (real sentences)', () => {
  it.each([
    [
      'I am delighted that the professional inspectorate for policing, HMICFRS, has tested them and found them committed and professional and assessed Hampshire Constabulary as Good in terms of effectiveness.\n',
      'assessed Hampshire Constabulary as Good in terms of effectiveness'
    ],
    [
      'Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has rated Thames Valley Police as ‘Good’ for Effectiveness, Efficiency and Legitimacy.\n',
      'rated Thames Valley Police as ‘Good’ for Effectiveness'
    ]
  ])('%j names %j', (text, title) => {
    expect(titleOf(text)).toBe(title)
  })

  it('what the inspectorate assessed of the force ("assessed that Northumbria Police had …") is no judgment of it', () => {
    expect(
      titleOf(
        'Inspectors from HM Inspectorate of Prisons and HM Inspectorate of Fire & Rescue Services (HMICFRS) assessed that Northumbria Police had a good understanding of demand for custody services and sufficient staff in all its suites to meet this.\n'
      )
    ).toBeUndefined()
  })
})

describe('parseResponse: the passage that best identifies one report wins, wherever it stands', () => {
  it('takes a PEEL strand named later over "the PEEL report" read first (real minutes, verbatim)', () => {
    // The minutes up to the strand's paragraph: "the PEEL report" comes first.
    const full = corpus('city-of-london-police-committee-hmicfrs-update-legitimacy-minutes.txt')
    const text = full.slice(0, full.indexOf('addressing these.') + 'addressing these.'.length)
    expect(text).toContain('the overall assessment of the PEEL report had been omitted')
    expect(report(text)).toEqual({mentions: ['PEEL legitimacy report']})
  })

  it('takes the annual assessment with its year over a heading’s title without it (real statement, as Markdown)', () => {
    const text = 'APCC Chair, Marc Jones responded to HMICFRS State of Policing Report 2022\n“This report rightly recognises some of the key challenges that all policing leaders face in repairing trust with the public.\n'
    expect(parseResponse(text, {path: 'response.md', format: 'markdown'}).response.report).toEqual({mentions: ['HMICFRS State of Policing Report 2022']})
  })

  it('keeps the first passage where none later meets a clause of the rule', () => {
    const text = corpus('cleveland-pcc-peel-2015-statement.txt')
    expect(report(text).title).toBe('Peel Report')
  })
})

describe('parseResponse: the report named by its topic in news copy of a commissioner’s reaction', () => {
  it('reads "the HMICFRS Inspection report on <topic>" after "following", though the sentence says a meeting is to come', () => {
    // https://rossgazette.com/news/pcc-to-focus-on-serious-and-organised-crime-in-meeting-with-chief-constable-704231
    const text =
      'Committed to ensuring West Mercia Police improves its response to serious and organised crime, Police and Crime Commissioner John Campion will be holding a formal meeting with the T/CC following the HMICFRS Inspection report on the response to serious and organised crime.\n\nHe said: “Action is needed.”\n'
    expect(titleOf(text)).toBe('report on the response to serious and organised crime')
    expect(nameClause('report on the response to serious and organised crime', text, false)).toBe('title')
    // A report still to come meets no clause.
    const toCome = 'HMICFRS will publish its report on the response to serious and organised crime in West Mercia Police.'
    expect(nameClause('report on the response to serious and organised crime', toCome, false)).toBeUndefined()
  })

  it('reads the inspectorate’s grade of a named force’s work at a topic, never a topic said by reference or a dated earlier grade', () => {
    // https://www.whitchurchherald.co.uk/news/24320303.pcc-responds-inadequate-force-crime-response-grading/
    const text =
      "Police and Crime Commissioner John Campion expressed shock at the grading of West Mercia Police's response to serious and organised crime as inadequate by HMICFRS.\n\nThe evaluation comes after an inspection conducted in 2023 by the HMICFRS.\n"
    expect(titleOf(text)).toBe("West Mercia Police's response to serious and organised crime")
    expect(titleOf("Their discussions were in light of the review by HMICFRS, that rated the force's response to such crimes as 'inadequate'.\n\nKent Police will improve.\n")).toBeUndefined()
    expect(titleOf('In October 2015 HMICFRS graded the force’s financial and workforce future planning as “requiring improvement”.\n\nKent Police will improve.\n')).toBeUndefined()
  })

  it('reads the report as the subject of its judgment of the force at a pillar, in a text naming the inspectorate and the force', () => {
    // http://www.eveshamjournal.co.uk/news/evesham/15653500.Police_chief_describes_inspectorate_report_as___39_pleasing_reflection__39__of_state_of_constabulary/
    const text =
      'THE West Mercia Police and Crime Commissioner has described Her Majesty\'s Inspectorate of Constabulary’s (HMICFRS) report, published this week, as a “pleasing reflection” of the region’s police force.\n\nThe report, released on Thursday, assessed the constabulary as ‘good’ in terms of efficiency and described PCC John Campion’s investments in technology as an “ambitious and innovative change”.\n\nMr Campion said: “The investments I have made will continue to make West Mercia Police more efficient.”\n'
    expect(titleOf(text)).toBe('assessed the constabulary as ‘good’ in terms of efficiency')
  })
})
