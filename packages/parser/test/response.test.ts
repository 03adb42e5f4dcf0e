import {readFileSync} from 'node:fs'
import {validateStatutoryResponse} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {EmptyInputError, parseResponse} from '../src/index.js'

const fixtures = new URL('../../../fixtures/', import.meta.url)
const seedText = readFileSync(new URL('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', fixtures), 'utf8')
const expected = JSON.parse(readFileSync(new URL('../../../examples/seed-response.json', import.meta.url), 'utf8'))

function corpus(name: string): string {
  const raw = readFileSync(new URL(`corpus/responses/${name}`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

describe('parseResponse on the seed', () => {
  const {response, messages} = parseResponse(seedText, {path: 'seed.txt'})

  it('is a valid StatutoryResponse with no parser messages', () => {
    expect(validateStatutoryResponse(response).success).toBe(true)
    expect(messages).toEqual([])
  })

  it('reads who responds, the report, the dates and the citation as the hand-made document does', () => {
    expect(response.respondent).toEqual(expected.respondent)
    expect(response.chiefOfficer).toEqual(expected.chiefOfficer)
    const {position, ...report} = response.report
    expect(report).toEqual(expected.report)
    expect(seedText.slice(position?.start.offset, position?.end.offset)).toBe(expected.report.title)
    expect(response.date).toBe('2024-07-02')
    expect(response.statutoryBasis).toEqual(expected.statutoryBasis)
    expect(response.exclusions).toEqual([])
    expect(response.addressees).toEqual([
      {name: 'HMICFRS', kind: 'inspectors'},
      {name: 'the Secretary of State for the Home Office', kind: 'secretary-of-state'}
    ])
  })

  it('finds the three statutory parts by their headings, with verbatim text at their positions', () => {
    expect(response.lpbComments).toEqual(expected.lpbComments)
    expect(response.chiefOfficerComments).toEqual(expected.chiefOfficerComments)
    expect(response.responseToChiefOfficer).toEqual(expected.responseToChiefOfficer)
  })

  it('records the chief officer’s answers to the four AFIs it quotes, verbatim, tied to no report (the linter’s link does that)', () => {
    const quoted = response.findingResponses.filter((entry) => entry.part === 'chief-officer-comments')
    expect(quoted.map((entry) => [entry.finding.findingId, entry.finding.matchedBy, entry.stance, entry.text.slice(0, 30)])).toEqual([
      [undefined, 'quote', 'action-taken', 'Our Analysis & Performance Dep'],
      [undefined, 'quote', 'action-taken', '4Ps Plans are now embedded int'],
      [undefined, 'quote', 'action-taken', 'As the report highlights, our '],
      [undefined, 'quote', 'action-taken', 'The force now has a dedicated ']
    ])
    for (const entry of response.findingResponses) {
      expect(seedText.slice(entry.position.start.offset, entry.position.end.offset)).toBe(entry.text)
    }
  })
})

describe('parseResponse on corpus responses', () => {
  it('Surrey vetting: the chief’s comments by attribution, ended by his signature', () => {
    const {response} = parseResponse(corpus('surrey-pcc-vetting-misconduct-misogyny-2022.txt'))
    expect(response.lpbComments?.heading).toBe('Police and Crime Commissioner’s Comments')
    expect(response.chiefOfficerComments?.detectedBy).toBe('attribution')
    expect(response.chiefOfficerComments?.heading).toBe('I have requested the Chief Constable’s view on the report, and he has stated:')
    expect(response.chiefOfficerComments?.text.endsWith('Gavin Stephens, Chief Constable of Surrey Police')).toBe(true)
    expect(response.chiefOfficer).toEqual({name: 'Gavin Stephens', role: 'Chief Constable', forceId: 'surrey'})
    expect(response.respondent).toMatchObject({kind: 'pcc'})
  })

  it('West Mercia: recommendations 10 and 22 answered by number with proposed action', () => {
    const {response} = parseResponse(corpus('westmercia-pcc-activism-impartiality-2024.txt'))
    expect(response.findingResponses.map((entry) => [entry.finding.kind, entry.finding.number, entry.finding.matchedBy, entry.stance])).toEqual([
      ['recommendation', '10', 'number', 'action-proposed'],
      ['recommendation', '22', 'number', 'action-proposed']
    ])
    expect(response.respondent).toEqual({name: 'Police and Crime Commissioner for West Mercia', kind: 'pcc', forceId: 'west-mercia'})
    expect(response.report.publishedOn).toBe('2024-09-10')
  })

  it('Kent: a letter to the Home Secretary citing s.55(5), dated by its introduction', () => {
    const {response} = parseResponse(corpus('kent-pcc-crime-data-integrity-2019-letter.txt'))
    expect(response.date).toBe('2019-03-08')
    expect(response.addressees).toEqual([{name: 'Home Secretary', kind: 'secretary-of-state'}])
    expect(response.statutoryBasis.map((citation) => [citation.text, citation.subsection])).toEqual([
      ['section 55(5) of the Police Act 1996', '55(5)']
    ])
  })
})

describe('parseResponse: the chief officer’s comments as responses carry them', () => {
  const chief = (text: string) => parseResponse(text, {path: 'statement.txt'}).response.chiefOfficerComments?.text
  const opening = 'I welcome the report and will hold the force to account.'

  it('a link’s label telling the reader to open the chief’s response heads nothing here (Lincolnshire’s page of links)', () => {
    const {response} = parseResponse(corpus('lincolnshire-pcc-crime-data-integrity-2018-page.txt'))
    expect(response.chiefOfficerComments).toBeUndefined()
    expect(response.lpbComments).toBeUndefined()
    // The same words as a heading, not a pointer, still open the part.
    expect(chief('Chief Constable’s response to the PCC\n\nThe force accepts the findings.')).toBe('Chief Constable’s response to the PCC\n\nThe force accepts the findings.')
    expect(chief('Read the Chief Constable’s response to the PCC\n\nThe force accepts the findings.')).toBeUndefined()
  })

  it('Avon and Somerset: "Sarah Crew said:" after "Chief Constable Sarah Crew", the quote in the next block', () => {
    const {response} = parseResponse(corpus('avonsomerset-pcc-police-question-time-peel-2025.txt'))
    expect(response.chiefOfficerComments?.heading).toBe('Sarah Crew said:')
    expect(response.chiefOfficerComments?.text.startsWith('“We take it really seriously')).toBe(true)
  })

  it('Staffordshire: "Chief Constable Chris Noble, said: “…" opening in the block', () => {
    const {response} = parseResponse(corpus('staffordshire-pfcc-peel-2021-22.txt'))
    expect(response.chiefOfficerComments?.text.startsWith('In his response to the report, Chief Constable Chris Noble, said:')).toBe(true)
  })

  it('reads a quote attributed after it, a chief speaking in a paragraph, a chief fire officer, and "set out below"', () => {
    expect(chief(`${opening}\n\n‘We accept the findings and have a plan,’ said Chief Constable Mark Webster.\n`)).toBe(
      '‘We accept the findings and have a plan,’ said Chief Constable Mark Webster.'
    )
    expect(chief(`${opening}\n\nChief Constable Mark Webster said the force accepted every recommendation.\n`)).toBe(
      'Chief Constable Mark Webster said the force accepted every recommendation.'
    )
    expect(chief(`${opening}\n\nResponse from the Chief Fire Officer\n\nThe service accepts the findings.\n`)).toBe(
      'Response from the Chief Fire Officer\n\nThe service accepts the findings.'
    )
    expect(chief(`${opening}\n\nThe Chief Constable’s comments are set out below.\n\nThe force accepts the findings.\n`)).toBe('The force accepts the findings.')
    // "Mark Webster, Chief Constable of Cleveland Police" names him; "Mark Webster added: “…" is then his.
    expect(
      chief(`${opening} I have met Mark Webster, Chief Constable of Cleveland Police.\n\nMark Webster added: “We have a plan.”\n`)
    ).toBe('Mark Webster added: “We have a plan.”')
    // The Chief Constable mentioned, not speaking.
    expect(chief(`${opening} The Chief Constable and I will meet monthly.\n`)).toBeUndefined()
    expect(chief(`The Chief Constable and I have said that we will meet monthly.\n`)).toBeUndefined()
  })

  it('Derbyshire: "Mr Creedon said: “…" after "Derbyshire’s Chief Constable Mick Creedon": the chief by honorific and surname', () => {
    const {response} = parseResponse(corpus('derbyshire-police-peel-2014-force-statement.txt'))
    expect(response.chiefOfficerComments?.text.startsWith('Mr Creedon said: “Policing is going through significant challenges.')).toBe(true)
  })

  it('reads the chief by honorific and surname or full name once named with the title; not another person so named', () => {
    const named = `${opening} Chief Constable Sarah Crew welcomed it.`
    expect(chief(`${named}\n\nMs Crew said: “We accept the findings.”\n`)).toBe('Ms Crew said: “We accept the findings.”')
    expect(chief(`${named}\n\nDame Sarah Crew said: “We accept the findings.”\n`)).toBe('Dame Sarah Crew said: “We accept the findings.”')
    // West Mercia's newspaper form: "Mr Campion" is the commissioner, not the chief named in the text.
    expect(chief(`${opening} Chief Constable Anthony Bangham refuted the findings.\n\nMr Campion said: “The report is helpful.”\n`)).toBeUndefined()
    // An honorific and a surname with no chief named before: nobody known.
    expect(chief(`${opening}\n\nMr Crew said: “We accept the findings.”\n`)).toBeUndefined()
  })

  it('Cleveland: the chief’s own blog ("since my appointment as Chief Constable"): its voice is the chief’s, not the body’s', () => {
    const {response} = parseResponse(corpus('cleveland-police-chief-constable-blog-inspection-2021-02.txt'))
    expect(response.chiefOfficerComments?.detectedBy).toBe('voice')
    expect(response.chiefOfficerComments?.text.startsWith('The HMICFRS report into Cleveland Police published in September 2019')).toBe(true)
    expect(response.lpbComments).toBeUndefined()
  })

  it('reads the writer as the chief ("As Chief Constable, I …"); not the body appointing one, nor the chief in the third person', () => {
    const own = (text: string) => parseResponse(text, {path: 'statement.txt'}).response
    const asChief = own('I welcome the report.\n\nAs Chief Constable, I accept every finding.\n')
    expect([asChief.chiefOfficerComments?.text, asChief.lpbComments]).toEqual(['I welcome the report.\n\nAs Chief Constable, I accept every finding.', undefined])
    expect(own('I welcome the report. Since my appointment of the Chief Constable I have seen progress.\n').chiefOfficerComments).toBeUndefined()
    expect(own('I welcome the report. As Chief Constable, Mark Webster has a plan.\n').chiefOfficerComments).toBeUndefined()
  })

  it('Hampshire’s form: the field "FORCE RESPONSE:" and the force’s text on the same line', () => {
    const {response} = parseResponse(corpus('hampshire-pcc-peel-effectiveness-2016-issuu-template.txt'))
    expect(response.chiefOfficerComments?.heading).toBe(response.chiefOfficerComments?.text)
    expect(response.chiefOfficerComments?.text.startsWith('FORCE RESPONSE: The HMIC report on Effectiveness is the third')).toBe(true)
  })

  it('reads a form’s field label and its text in one block; not a longer title, nor prose that starts like a label', () => {
    expect(chief(`${opening}\n\nChief Constable’s comments: The force accepts the findings.\n`)).toBe(
      'Chief Constable’s comments: The force accepts the findings.'
    )
    // A title of more than five words before its colon, then prose, is not a field.
    expect(
      chief(
        `${opening}\n\nThe Chief Constable’s Response – HMIC Inspection – Core Business: an inspection into crime prevention, police attendance and the use of police time, which the force has read.\n`
      )
    ).toBeUndefined()
    // "Force response times: …" is prose about the force, not its comments.
    expect(chief(`${opening}\n\nForce response times: the force answers 90% of calls within the target.\n`)).toBeUndefined()
  })
})

describe('parseResponse: dates written without a year', () => {
  it('Staffordshire: "has today (Thursday 22 September) published", dated by the inspectorate’s name to 2022', () => {
    const {response} = parseResponse(corpus('staffordshire-pfcc-peel-2021-22.txt'))
    expect(response.report.publishedOnAsWritten).toBe('today (Thursday 22 September)')
    expect(response.report.publishedOn).toBe('2022-09-22')
    // "Today" is the statement's own day.
    expect(response.date).toBe('2022-09-22')
  })

  it('settles a letter’s weekday date after the report’s publication, and "published on Thursday 22 September" by the inspectorate’s name', () => {
    const letter = (dateLine: string) =>
      parseResponse(`${dateLine}\n\nDear Home Secretary,\n\nHMICFRS published its report ‘Police performance: Getting a grip’ on 14 July 2022. I welcome it.\n`, {
        path: 'letter.txt'
      }).response.date
    expect([letter('Thursday 22 September'), letter('Date: Friday 22 September'), letter('22 September')]).toEqual(['2022-09-22', '2023-09-22', undefined])
    const {response} = parseResponse(
      'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services published on Thursday 22 September its inspection of Staffordshire Police.\n',
      {path: 'statement.txt'}
    )
    expect([response.report.publishedOnAsWritten, response.report.publishedOn]).toEqual(['Thursday 22 September', '2022-09-22'])
  })

  it('reads a Welsh force’s date line in Welsh, with or without the ordinal ending (real bilingual statement)', () => {
    const raw = readFileSync(new URL('../../../fixtures/corpus/responses/gwent-pcc-crime-data-integrity-2014.txt', import.meta.url), 'utf8')
    expect(parseResponse(raw.slice(raw.indexOf('\n---\n') + 5), {path: 'gwent.txt'}).response.date).toBe('2014-09-09')
    const dated = (line: string) => parseResponse(`${line}\n\nI welcome the HMICFRS report.\n`, {path: 'statement.txt'}).response.date
    expect([dated('1af Mawrth 2023'), dated('22 Gorffennaf 2019'), dated('31 Chwefror 2020'), dated('Mawrth 2023')]).toEqual(['2023-03-01', '2019-07-22', undefined, undefined])
  })

  it('leaves the year unknown where nothing dates the text', () => {
    const text = 'HMICFRS has today (Thursday 22 September) published its PEEL inspection of Staffordshire Police.\n\nI welcome the report.\n'
    const {response} = parseResponse(text, {path: 'statement.txt'})
    expect([response.report.publishedOnAsWritten, response.report.publishedOn, response.date]).toEqual(['today (Thursday 22 September)', undefined, undefined])
  })
})

describe('parseResponse on Markdown', () => {
  it('keeps the verbatim source of list items, also after an HTML comment', () => {
    const text = '<!-- scrutiny-disable -->\n# Areas for improvement\n- [link](https://example.org) the\n'
    const {response} = parseResponse(text, {format: 'markdown'})
    expect(response.findingResponses.map((answer) => [answer.text, text.slice(answer.position.start.offset, answer.position.end.offset)])).toEqual([
      ['[link](https://example.org) the', '[link](https://example.org) the']
    ])
  })

  it('reads a heading without its # markers', () => {
    const text = '# Police and Crime Commissioner for Cleveland\n\nI welcome the report.\n\n## Comments from the Chief Constable\n\nI accept the findings.\n'
    const {response} = parseResponse(text, {format: 'markdown'})
    expect(response.chiefOfficerComments?.heading).toBe('Comments from the Chief Constable')
    expect(response.chiefOfficerComments?.text).toBe('Comments from the Chief Constable\n\nI accept the findings.')
  })

  it('does not lose the chief officer’s comments after a line holding only a no-break space', () => {
    const text =
      'Police and Crime Commissioner for Cleveland\n\nI welcome the report.\n\u00a0\n2.\u00a0 Comments from the Chief Constable\n\nI accept the findings.\n'
    const {response} = parseResponse(text, {format: 'markdown'})
    expect(response.lpbComments?.text).toBe('I welcome the report.')
    expect(response.chiefOfficerComments?.heading).toBe('2.\u00a0 Comments from the Chief Constable')
    expect(response.chiefOfficerComments?.text).toBe('2.\u00a0 Comments from the Chief Constable\n\nI accept the findings.')
  })
})

describe('bad and hostile input', () => {
  it('empty input is a typed error naming the file', () => {
    expect(() => parseResponse('', {path: 'draft.txt'})).toThrow(EmptyInputError)
    expect(() => parseResponse('  \n', {path: 'draft.txt'})).toThrow(/draft\.txt/)
  })

  it('adversarial long lines parse without blow-up and still give a valid response', () => {
    const lines = [
      'Recommendation '.repeat(5_000),
      `${'section 55('.repeat(5_000)}`,
      `${'I have asked the Chief Constable '.repeat(3_000)}:`,
      `${'a'.repeat(200_000)} redacted ${'b'.repeat(200_000)}`,
      `‘${'x'.repeat(100_000)}`
    ]
    const {response} = parseResponse(lines.join('\n\n'), {path: 'hostile.txt'})
    expect(validateStatutoryResponse(response).success).toBe(true)
    expect(response.exclusions).toHaveLength(1)
  })
})

describe('parser messages on responses', () => {
  it('come from one table, with the note and the URL of their documentation', () => {
    const {messages} = parseResponse('The report was published today.', {path: 'anonymous.txt'})
    expect(messages.map((message) => [message.ruleId, message.reason, message.note, message.url, message.file])).toEqual([
      [
        'respondent',
        'Unexpected response without a local policing body named, expected a commissioner, MOPAC, a mayor or the Common Council',
        'Police Act 1996 s.55(5), s.101(1): the local policing body prepares the comments',
        'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/parser-messages.md#respondent',
        'anonymous.txt'
      ]
    ])
  })
})

describe('parseResponse: copies sent by e-mail address', () => {
  const addressees = (text: string) => parseResponse(text, {path: 'letter.txt'}).response.addressees

  it('Hampshire’s form: "Responses to be sent to …@homeoffice,gsi.gov.uk & …@hmic.gsi.gov.uk" (a comma typed for a dot)', () => {
    expect(parseResponse(corpus('hampshire-pcc-peel-efficiency-2016-issuu-template.txt')).response.addressees).toEqual([
      {name: 'sof.scetion55responses@homeoffice,gsi.gov.uk', kind: 'secretary-of-state'},
      {name: 'PCC@hmic.gsi.gov.uk', kind: 'inspectors'}
    ])
  })

  it('reads a "cc:" line of addresses; an address named in words first is kept as named', () => {
    expect(addressees('I welcome the report.\n\ncc: section55@homeoffice.gov.uk; contact@hmicfrs.gov.uk\n')).toEqual([
      {name: 'section55@homeoffice.gov.uk', kind: 'secretary-of-state'},
      {name: 'contact@hmicfrs.gov.uk', kind: 'inspectors'}
    ])
    expect(addressees('I am copying this response to the Home Secretary.\n\ncc: contact@hmicfrs.gov.uk\n')).toEqual([
      {name: 'the Home Secretary', kind: 'secretary-of-state'},
      {name: 'contact@hmicfrs.gov.uk', kind: 'inspectors'}
    ])
  })

  it('does not take an address given for another purpose, nor another body’s address, for a copy', () => {
    expect(addressees('I welcome the report. Members of the public may contact the inspectorate at contact@hmicfrs.gov.uk.\n')).toEqual([])
    expect(addressees('I welcome the report.\n\ncc: chief.constable@police.example.uk\n')).toEqual([])
  })
})
