import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// Who speaks in a response-like text, as the genre marks it: a news release or a panel's minutes
// report the body's comments in the third person, with the title, the area and the holder's name in
// the orders releases use; a news page quotes the chief first and the body after. Each form on the
// real tuned texts that carry it, then constructed text with its trap.
const fixtures = new URL('../../../fixtures/corpus/responses/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`${name}.txt`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

/** The first words of a part's text. */
const opening = (text: string | undefined, length: number) => text?.slice(0, length)

describe('parseResponse: the body’s comments reported in the third person', () => {
  it.each([
    [
      'bedfordshire-pcc-hmic-joint-working-statement',
      'Bedfordshire’s Police and Crime Commissioner - Kathryn Holloway, has commented on the findings'
    ],
    ['bedfordshire-pcc-peel-efficiency-2017-statement', 'Bedfordshire’s Police and Crime Commissioner, Kathryn Holloway, has welcomed'],
    // The headline is the first place the body gives its view.
    ['northants-pcc-peel-2015-efficiency-statement', 'Police and Crime Commissioner backs HMIC judgement'],
    // A numbered point of the minutes, its marker left out: "The Commissioner explained that …".
    ['surrey-panel-peel-2023-25-summary-minutes', 'Regarding the PEEL inspection finding that ‘the force doesn’t always identify repeat'],
    // "The PCC provided a brief introduction" and "The PCC did not believe" give no view of the report; "The PCC noted" does.
    ['surrey-panel-peel-2023-25-update-minutes', 'Regarding the report’s reference to a new shift pattern'],
    ['worcestershire-panel-westmercia-peel-effectiveness-2017-minutes', 'The PCC advised the Panel that he and the Chief Constable']
  ])('%s: the body’s comments open at “%s”', (name, start) => {
    const {response} = parseResponse(corpus(name))
    expect(response.lpbComments?.detectedBy).toBe('voice')
    expect(opening(response.lpbComments?.text.trim(), start.length)).toBe(start)
  })

  it('a release naming the holder before the title: “Adam Simmonds, Police and Crime Commissioner for Northamptonshire, has today backed …” is in the part', () => {
    const {response} = parseResponse(corpus('northants-pcc-peel-2015-efficiency-statement'))
    expect(response.lpbComments?.text).toContain('Adam Simmonds, Police and Crime Commissioner for Northamptonshire, has today backed the judgement')
  })

  it('a news page quoting the chief first, then the body: the chief’s words, both quotes, are one part and the body’s comments follow', () => {
    const {response} = parseResponse(corpus('dorset-pcc-peel-2023-25-dorsetview'))
    expect(response.chiefOfficerComments?.detectedBy).toBe('attribution')
    expect(opening(response.chiefOfficerComments?.text, 37)).toBe('Chief Constable Amanda Pearson said: ')
    expect(response.chiefOfficerComments?.text).toContain('The chief constable added: “I know that Dorset Police officers')
    expect(response.responseToChiefOfficer).toBeUndefined()
    expect(response.lpbComments?.detectedBy).toBe('attribution')
    expect(opening(response.lpbComments?.text, 82)).toBe('Responding to the report, Dorset Police and Crime Commissioner David Sidwick said:')
  })
})

describe('parseResponse: the body speaking, constructed forms and traps', () => {
  it.each([
    'Kent’s Police and Crime Commissioner, Matthew Scott, has welcomed the report.',
    'Jo Bloggs, Police and Crime Commissioner for Kent, has today backed the findings.',
    'The PCC noted that the force had improved its call handling.'
  ])('%j is the body’s comments, reported', (text) => {
    const {response} = parseResponse(`HMICFRS report published\n\n${text}\n\nThe report is online.`)
    expect(response.lpbComments?.text).toBe(`${text}\n\nThe report is online.`)
  })

  it('"The Commissioner explained" is the body where the text gives its title and no force led by a Commissioner', () => {
    const minutes = 'Witnesses: Jo Bloggs, Police and Crime Commissioner\n\nThe Commissioner explained that the force had a plan.'
    expect(parseResponse(minutes).response.lpbComments?.text).toBe('The Commissioner explained that the force had a plan.')
    // In the Metropolitan Police "the Commissioner" is its chief officer.
    const met = 'The Mayor’s Office for Policing and Crime oversees the Metropolitan Police.\n\nThe Commissioner explained that the force had a plan.'
    expect(parseResponse(met).response.lpbComments?.text).not.toContain('The Commissioner explained')
    expect(parseResponse(met).response.chiefOfficerComments?.text).toBe('The Commissioner explained that the force had a plan.')
  })

  it('a signature is one short line: "Jo Bloggs, Police and Crime Commissioner" closing the text is not the body’s comments', () => {
    const {response} = parseResponse('I welcome the report.\n\nJo Bloggs, Police and Crime Commissioner for Kent')
    expect(response.lpbComments?.text).toBe('I welcome the report.')
  })
})

describe('parseResponse: the chief officer as "Commissioner" where the force is led by one', () => {
  it('the Met’s statement: “Dame Lynne Owens, Deputy Commissioner, said:” opens the chief officer’s comments', () => {
    const {response} = parseResponse(corpus('metropolitan-police-peel-2021-22-force-statement-copy'))
    expect(response.chiefOfficerComments?.detectedBy).toBe('attribution')
    expect(opening(response.chiefOfficerComments?.text, 52)).toBe('Dame Lynne Owens, Deputy Commissioner, said: “Our ne')
    // The unattributed "we" before it is read as the body's voice, as before; the linter cannot tell whose it is.
    expect(response.lpbComments?.detectedBy).toBe('voice')
  })

  it('a mayor’s statement quoting the Met’s Commissioner first: the mayor speaking after opens the body’s comments', () => {
    const text = [
      'The Metropolitan Police has received its PEEL report.',
      'Commissioner Jo Bloggs said: “We accept the findings.”',
      '“We will improve.”',
      'The Mayor of London, Sam Smith, said: “I will hold the Met to account.”'
    ].join('\n\n')
    const {response} = parseResponse(text)
    expect(response.chiefOfficerComments?.text).toBe('Commissioner Jo Bloggs said: “We accept the findings.”\n\n“We will improve.”')
    expect(response.lpbComments?.text).toBe('The Mayor of London, Sam Smith, said: “I will hold the Met to account.”')
  })

  it('elsewhere a "Deputy Commissioner" may be the body’s deputy: not the chief', () => {
    const text = 'The Police and Crime Commissioner for Kent welcomed the report.\n\nJo Bloggs, Deputy Commissioner, said: “We will monitor the force.”'
    expect(parseResponse(text).response.chiefOfficerComments).toBeUndefined()
    const met = 'The Metropolitan Police welcomed the report.\n\nCommissioner Jo Bloggs said: “We accept the findings.”'
    expect(parseResponse(met).response.chiefOfficerComments?.text).toBe('Commissioner Jo Bloggs said: “We accept the findings.”')
  })
})

describe('parseResponse: the chief officer’s comments reported, in minutes and news pages (real texts)', () => {
  it.each([
    // A panel's minutes, after the paragraph number.
    ['gloucestershire-panel-peel-2021-22-minutes', '3.3       The Chief Constable informed the Panel that he welcomed independent scrutiny'],
    // A City of London committee's minutes: the Assistant Commissioner is the chief officer's side.
    ['city-of-london-committee-custody-inspection-minutes', 'The Assistant Commissioner commented that he was generally pleased with the report'],
    // The City's police authority board: "Report of the Commissioner", a bullet and a question before the rank.
    ['city-of-london-committee-peel-2018-19-legitimacy-afis-minutes', 'In response to a question regarding AFI 7, the Assistant Commissioner confirmed that'],
    // A force's news page: the chief thanked officers (reported, no first person of the page).
    ['greater-manchester-police-engage-exit-2022-force-news', 'The Chief Constable has thanked officers and staff for their continued professionalism'],
    // A news site: the chief as the subject of a sentence whose colon opens the quotation.
    ['north-wales-pcc-peel-2023-25-deeside-news', 'Chief Constable Amanda Blakeman acknowledged the findings and reiterated the force’s commitment to improvement: “We take']
  ])('%s: the chief’s comments open at “%s”', (name, start) => {
    const {response} = parseResponse(corpus(name))
    expect(response.chiefOfficerComments?.detectedBy).toBe('attribution')
    expect(opening(response.chiefOfficerComments?.text, start.length)).toBe(start)
  })

  it('a hand-over by pronoun after the chief is named: “I have asked the Chief Constable for his response, … His response is as follows:”', () => {
    const {response} = parseResponse(corpus('surrey-pcc-vawg-final-inspection-2021-response'))
    expect(response.chiefOfficerComments?.heading).toBe(
      'I have asked the Chief Constable for his response, particular in relation to the recommendations made in the report. His response is as follows:'
    )
    expect(response.chiefOfficerComments?.text.startsWith('We welcome the HMICFRS’s 2021 report on the Inspection on Police')).toBe(true)
    // The commissioner speaking of the chief after the comments answers them.
    expect(opening(response.responseToChiefOfficer?.text, 60)).toBe('The Chief Constable has previously detailed the actions bein')
  })

  it('the commissioner after the chief on a news site: “… echoed the need for urgent action …:” opens the body’s comments', () => {
    const {response} = parseResponse(corpus('north-wales-pcc-peel-2023-25-deeside-news'))
    expect(opening(response.lpbComments?.text, 62)).toBe('Police and Crime Commissioner Andy Dunbobbin echoed the need f')
  })
})

describe('parseResponse: the chief officer reported, constructed forms and traps', () => {
  it.each([
    '2.1 The Deputy Chief Constable advised the Panel that the force accepted every recommendation.',
    '• The Assistant Chief Constable noted that an action plan was in place.',
    'Asked about the findings, the Chief Constable said the force would act on them.'
  ])('%j: the chief’s comments', (paragraph) => {
    const text = `The Panel considered the inspectorate’s report on the force.\n\n${paragraph}`
    // A bullet's marker is not part of the paragraph's text.
    expect(parseResponse(text).response.chiefOfficerComments?.text).toBe(paragraph.replace(/^• /, ''))
  })

  it.each([
    // The body's account of what the chief told it: its own first person.
    'The Chief Constable has confirmed to me that the force accepts every recommendation.',
    // The chief as the object, not the subject, at the head of the paragraph.
    'The Panel thanked the Chief Constable for attending the meeting.',
    // "the Commissioner" is the body where no force led by a Commissioner is named.
    'The Commissioner noted that the force had made progress since the last inspection.'
  ])('%j: not the chief’s comments', (paragraph) => {
    const text = `The Police and Crime Commissioner for Kent received the inspectorate’s report.\n\n${paragraph}`
    expect(parseResponse(text).response.chiefOfficerComments).toBeUndefined()
  })
})

describe('parseResponse: lead-ins where the body speaks (real texts)', () => {
  it('a template’s part headed with an ampersand: “Police & Crime Commissioner comments”', () => {
    const {response} = parseResponse(corpus('surrey-pcc-burglary-finding-time-for-crime-2022'))
    expect(response.lpbComments?.detectedBy).toBe('heading')
    expect(response.lpbComments?.heading).toBe('Police & Crime Commissioner comments')
  })

  it('a police and crime panel’s minutes: “The Commissioner recognised …” is the commissioner who answers to the panel', () => {
    const {response} = parseResponse(corpus('kent-panel-crime-data-integrity-vulnerability-minutes'))
    expect(opening(response.lpbComments?.text, 62)).toBe('The Commissioner recognised the significance of this issue and')
    // "he had challenged the Chief Constable" is the commissioner's account, not the chief's comments.
    expect(response.chiefOfficerComments).toBeUndefined()
  })

  it('a finding restated in a list is no heading: “Police response to victims of domestic abuse is not good enough; …”', () => {
    const {response} = parseResponse(corpus('apcc-domestic-abuse-thematic-2014-statement'))
    expect(response.chiefOfficerComments).toBeUndefined()
    expect(response.lpbComments?.detectedBy).toBe('voice')
  })
})

describe('parseResponse: lead-ins where the body speaks, constructed forms and traps', () => {
  it('in a City of London text the Commissioner informing the Panel is the chief officer', () => {
    const {response} = parseResponse('City of London Police custody inspection\n\nThe Commissioner informed the Panel that the force accepted the findings.')
    expect(response.chiefOfficerComments?.text).toBe('The Commissioner informed the Panel that the force accepted the findings.')
    expect(response.lpbComments).toBeUndefined()
  })

  it('a sentence that opens with a part’s words is no heading; a label still is', () => {
    const sentence = parseResponse('HMIC report on the force\n\nThe force response is not good enough; victims are let down.\n\nI welcome the report.')
    expect(sentence.response.chiefOfficerComments).toBeUndefined()
    const label = parseResponse('Chief Constable’s response to the report\n\nThe force accepts the findings.')
    expect(label.response.chiefOfficerComments?.heading).toBe('Chief Constable’s response to the report')
  })
})

describe('parseResponse: "In response, …" before the speaker', () => {
  it.each([
    ['devoncornwall-pcc-peel-2021-22-statement', 'In response Alison Hernandez, Police and Crime Commissioner for Devon'],
    ['warwickshire-pcc-peel-2018-19-statement', 'In response to the report, Warwickshire Police and Crime Commissioner Philip Seccombe said:']
  ])('%s: the body’s comments open at the lead-in (real)', (name, start) => {
    expect(opening(parseResponse(corpus(name)).response.lpbComments?.text, start.length)).toBe(start)
  })

  it('reported with no first person: “In response, the PCC said the force must improve.” is the body’s', () => {
    const {response} = parseResponse('HMICFRS published its report on Kent Police today.\n\nIn response, the PCC said the force must improve.\n\nThe report is online.')
    expect(response.lpbComments?.text.startsWith('In response, the PCC said the force must improve.')).toBe(true)
  })

  it('in a Metropolitan Police text, “In response, the Commissioner said: …” is the chief officer’s', () => {
    const {response} = parseResponse('The Metropolitan Police report\n\nIn response, the Commissioner said: “We will improve.”\n\nThe report is online.')
    expect(opening(response.chiefOfficerComments?.text, 36)).toBe('In response, the Commissioner said: ')
    expect(response.lpbComments).toBeUndefined()
  })
})
