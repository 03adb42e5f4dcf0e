import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// How letters name their report and give their date: structures of the genre, in constructed text.
describe('parseResponse: letters to the Home Secretary', () => {
  const letter = [
    'Rt Hon Jane Doe MP',
    'Home Secretary',
    'Home Office',
    '2 Marsham Street',
    'London SW1P 4DF',
    '',
    '12 January 2024',
    '',
    'An inspection of how well the police tackle fraud',
    '',
    'I am writing to you in response to the above HMICFRS report published on 19th December 2023.'
  ].join('\n\n')

  it('reads the subject line above "the above report" as the title, with its position', () => {
    const {response} = parseResponse(letter, {path: 'letter.txt'})
    const {position, ...report} = response.report
    expect(report).toEqual({
      title: 'An inspection of how well the police tackle fraud',
      publishedOn: '2023-12-19',
      publishedOnAsWritten: '19th December 2023'
    })
    expect(letter.slice(position?.start.offset, position?.end.offset)).toBe('An inspection of how well the police tackle fraud')
    expect(response.date).toBe('2024-01-12')
  })

  it('reads the subject line above the salutation when a paragraph comes between it and "the above report"', () => {
    const text = [...letter.split('\n\n').slice(0, 9), 'Dear Home Secretary,', 'Thank you for the opportunity to comment.', 'I am writing in response to the above report.'].join('\n\n')
    const {response} = parseResponse(text, {path: 'letter.txt'})
    expect(response.report.title).toBe('An inspection of how well the police tackle fraud')
    expect(response.report.mentions).toBeUndefined()
  })

  it('reads the subject line just below the salutation', () => {
    const text = ['12 January 2024', 'Dear Home Secretary,', 'Re: An inspection of how well the police tackle fraud', 'I am writing in response to the above report.'].join('\n\n')
    const {response} = parseResponse(text, {path: 'letter.txt'})
    expect(response.report.title).toBe('An inspection of how well the police tackle fraud')
  })

  it('reads "sections 55(4) to (6)" and an Act named with non-breaking spaces as citations of section 55', () => {
    const {response} = parseResponse(
      'This is my response under sections 55(4) to (6).\n\nI make it under the Police\u00A0Act\u00A01996 and welcome the report.\n',
      {path: 'letter.txt'}
    )
    expect(response.statutoryBasis.map(({text, subsection}) => [text, subsection])).toEqual([['sections 55(4)', '55(4)']])
  })

  it('reads "s55(4)" in a text about an inspection, and the Act named with the body’s duty as its citation', () => {
    const cite = (text: string) => parseResponse(text, {path: 'letter.txt'}).response.statutoryBasis.map(({text, subsection}) => [text, subsection])
    expect(cite('I welcome the HMICFRS inspection. I invited the Chief Constable to comment under s55(4).\n')).toEqual([['s55(4)', '55(4)']])
    // Without an inspection or the Act, "section 55" may be any Act's.
    expect(cite('Under section 55 the council must consult.\n')).toEqual([])
    expect(cite('The Police Act 1996 requires me to publish my comments on the report within 56 days.\n')).toEqual([['Police Act 1996', undefined]])
    // The Act named for something else is not the body's duty.
    expect(cite('Officers are appointed under the Police Act 1996. I welcome the report.\n')).toEqual([])
  })

  it('names the report by what the inspectorate looked into, a quoted title before its kind, or a headline', () => {
    const title = (text: string) => parseResponse(text, {path: 'statement.txt'}).response.report.title
    expect(title('I welcome the recent HMICFRS inspection into how forces respond to fraud, and will act on it.\n')).toBe(
      'how forces respond to fraud'
    )
    expect(title('I have read Her Majesty’s Inspectorate of Constabulary’s report on police funding in Sussex.\n')).toBe('police funding in Sussex')
    expect(title('I welcome the inspectorate’s ‘Getting a grip’ report and its findings.\n')).toBe('Getting a grip')
    expect(title('Commissioner responds to HMIC funding challenge findings\n\nI welcome the findings.\n')).toBe('funding challenge findings')
  })

  it('keeps "the above report" as a mention when the subject line is not in the text', () => {
    const {response} = parseResponse('Dear Home Secretary,\n\nI am writing to you in response to the above inspection.\n', {path: 'letter.txt'})
    expect(response.report).toEqual({mentions: ['the above inspection']})
  })

  it('reads the date of "sent the following letter … on 11 July 2019"', () => {
    const {response} = parseResponse(
      'The Commissioner sent the following letter to the Home Secretary on 11 July 2019.\n\nI welcome the report ‘Fraud: Time to Choose’.\n',
      {path: 'page.txt'}
    )
    expect(response.date).toBe('2019-07-11')
  })

  it('reads a title run up to "report" in a news statement, and "today publishes" as the publication', () => {
    const {response} = parseResponse(
      'The inspectorate today publishes its full 2021-22 Police Effectiveness Efficiency and Legitimacy (PEEL) report.\n\nThe Commissioner welcomed it.\n',
      {path: 'news.txt'}
    )
    expect([response.report.title, response.report.publishedOnAsWritten]).toEqual([
      '2021-22 Police Effectiveness Efficiency and Legitimacy (PEEL) report',
      'today'
    ])
  })

  it('reads a family and its subject: "your PEEL 2023–25 inspection of Merseyside Police"', () => {
    const {response} = parseResponse('I write in response to your PEEL 2023–25 inspection of Merseyside Police.\n\nI welcome it.\n', {
      path: 'letter.txt'
    })
    expect(response.report.title).toBe('PEEL 2023–25 inspection of Merseyside Police')
  })
})

describe('parseResponse: a statement’s date line', () => {
  it('reads "Issued: 22nd March 2018" at the foot as the response date', () => {
    const text = ['Commissioner responds to HMICFRS PEEL report', 'The Commissioner said: “I welcome the report.”', 'Issued: 22nd March 2018'].join('\n\n')
    expect(parseResponse(text, {path: 'statement.txt'}).response.date).toBe('2018-03-22')
  })
})

describe('parseResponse: the date of an earlier report is not the report’s', () => {
  it('leaves the publication unknown for "since the last inspection report was published in March 2023"', () => {
    // A real news page (North Yorkshire PFCC, 2024): "last" names the previous report here, and may name
    // the latest elsewhere, so neither is taken: the 56-day check cannot tell, it does not say late.
    const text = [
      'The Commissioner welcomes the latest report from His Majesty’s Inspectorate.',
      'Since the last inspection report was published in March 2023, and following the latest inspection in October 2023, HMICFRS identified improvements.'
    ].join('\n\n')
    expect(parseResponse(text, {path: 'news.txt'}).response.report.publishedIn).toBeUndefined()
    expect(parseResponse(text.replace('Since the last inspection report was', 'The report was'), {path: 'news.txt'}).response.report.publishedIn).toBe('2023-03')
  })

  it('keeps a day-precise date unless an earlier report is its subject', () => {
    const dated = (sentence: string) => parseResponse(`${sentence}\n\nI welcome it.\n`, {path: 'letter.txt'}).response.report.publishedOn
    expect(dated('The previous PEEL report, published on 12 March 2023, found the force good.')).toBeUndefined()
    expect(dated('The PEEL report, published on 12 March 2024, found the force good.')).toBe('2024-03-12')
  })
})
