import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'
import type {Block} from '../src/lib/response/blocks.js'
import {committeeResponse, speeches} from '../src/lib/response/speakers.js'

// Who speaks, by the genre's attribution: a title, or a name the text introduced with a title, as the
// subject of a verb of speech or view; "It was the view of …"; a quotation and then its speaker. Each
// form on the real tuned texts that carry it (minutes of police and crime panels in Leicestershire,
// Kent and Staffordshire, a commissioner's news page in Cheshire, a news site's report in London),
// then constructed text with its traps.
const fixtures = new URL('../../../fixtures/corpus/responses/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`${name}.txt`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

/** Blocks of constructed text, one a paragraph. */
function blocks(...texts: string[]): Block[] {
  const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  return texts.map((text) => ({type: 'paragraph', ordered: false, text, position}))
}

describe('parseResponse: a part found by who speaks in reported speech (real texts)', () => {
  it.each([
    // Minutes: the title before a verb of view, after a roman paragraph number.
    ['leicestershire-panel-peel-2018-19-minutes', 'lpbComments', 'iii.        The PCC shared'],
    // Minutes: the paper the panel considered, and "It was the view of the Chief Constable that".
    ['leicestershire-panel-peel-effectiveness-2016-minutes', 'lpbComments', 'The Police and Crime Panel considered a report'],
    ['leicestershire-panel-peel-effectiveness-2016-minutes', 'chiefOfficerComments', 'HMIC would be carrying out a further'],
    // Minutes: the commissioner presenting his report on the inspection.
    ['kent-panel-peel-2021-22-minutes', 'lpbComments', 'The Commissioner presented a report'],
    ['staffordshire-panel-peel-governance-engage-minutes', 'lpbComments', 'The Commissioner introduced his report'],
    // A news page: "Name, title said:", the title written "Police & Crime Commissioner".
    ['cheshire-pcc-peel-legitimacy-2017-statement', 'lpbComments', 'David Keane, Police & Crime Commissioner for Cheshire said:'],
    // A news site: the deputy mayor introduced by name and title, then "Ms Linden, who leads …, told" after a lead-in.
    ['mopac-deputy-mayor-met-engage-2022-londonworld', 'lpbComments', 'Speaking at a meeting of City Hall’s policing committee']
  ] as const)('%s: %s at “%s”', (name, part, start) => {
    const {response} = parseResponse(corpus(name))
    expect(response[part]?.detectedBy).toBe('attribution')
    expect(response[part]?.text.slice(0, start.length)).toBe(start)
  })

  it('minutes: a paper “of the Commissioner of Police” received by the committee is the chief officer’s comments (City of London)', () => {
    const {response} = parseResponse(corpus('city-of-london-sub-committee-peel-legitimacy-2017-minutes'))
    expect(response.chiefOfficerComments?.heading).toBe('received a report of the Commissioner of Police')
    expect(response.chiefOfficerComments?.text.slice(0, 65)).toBe('The Sub-Committee received a report of the Commissioner of Police')
  })

  it('a name introduced with its title and read up to a possessive is the name without it (“Crime Commissioner Jane Kennedy’s outburst”, then “Ms Kennedy also said”)', () => {
    const {response} = parseResponse(corpus('merseyside-pcc-state-of-policing-2017-otsnews'))
    expect(response.lpbComments?.detectedBy).toBe('attribution')
    expect(response.lpbComments?.heading).toBe('Ms Kennedy also said')
    expect(speeches(blocks('Commissioner Jo Bloggs’s statement was brief.', 'Ms Bloggs said the force would improve.'))).toEqual([
      {role: 'body', block: 1, passage: 'Ms Bloggs said'}
    ])
  })

  it('a speaker as the object of “saw” or “heard” giving an update, a title after “force’s”, “issued … response”, an agenda item “Update by …”', () => {
    const headingOf = (name: string, part: 'lpbComments' | 'chiefOfficerComments') => parseResponse(corpus(name)).response[part]?.heading
    expect(headingOf('northwales-pcc-peel-2023-25-scrutiny-board-deeside', 'chiefOfficerComments')).toBe('saw Chief Constable Amanda Blakeman provide')
    // The PCC quoted after the chief's reported update, in his own words on the chief's plans: his response to them.
    const northWales = parseResponse(corpus('northwales-pcc-peel-2023-25-scrutiny-board-deeside')).response
    expect(northWales.responseToChiefOfficer?.text.slice(0, 28)).toBe('PCC Andy Dunbobbin said: “I ')
    expect(parseResponse(corpus('northyorkshire-pfcc-panel-critical-reports-2023-richmondshire-today')).response.responseToChiefOfficer).toBeUndefined()
    expect(headingOf('northyorkshire-pfcc-panel-critical-reports-2023-richmondshire-today', 'chiefOfficerComments')).toBe(
      'The force’s chief constable, Lisa Winward, told'
    )
    expect(headingOf('northyorkshire-pfcc-fire-2021-22-panel-darlington-stockton-times', 'lpbComments')).toBe('A Police, Fire and Crime Commissioner has issued reassurances')
    expect(speeches(blocks('North Yorkshire’s commissioner Zoe Metcalfe has issued an upbeat and optimistic response to the criticism.'))).toEqual([
      {role: 'body', block: 0, passage: 'North Yorkshire’s commissioner Zoe Metcalfe has issued an upbeat and optimistic response'}
    ])
    expect(headingOf('durham-panel-peel-2014-update-minutes', 'lpbComments')).toBe('Update by the Durham Police and Crime Commissioner')
    // The force's own release is not its chief's words; an item's heading with no one reported speaking under it says nothing.
    expect(speeches(blocks('The force issued the following statement this morning in response to the findings.'))).toEqual([])
    expect(speeches(blocks('Inspection Reports - Report of the Police and Crime Commissioner', 'The Panel considered the report.'))).toEqual([])
    expect(speeches(blocks('Inspection Reports - Report of the Police and Crime Commissioner', 'The Deputy Chief Executive informed the Panel that the force had a plan.'))).toEqual([
      {role: 'body', block: 0, passage: 'Report of the Police and Crime Commissioner'}
    ])
  })

  it('news copy’s other shapes: a possessive area before a lower-case title, a passive’s “by”, a title split by a comma, two speakers joined by “and”', () => {
    const roles = (text: string) => speeches(blocks(text)).map((speech) => [speech.role, speech.passage])
    expect(roles('The county’s police and crime commissioner, Jo Bloggs, said the force had work to do.')).toEqual([
      ['body', 'The county’s police and crime commissioner, Jo Bloggs, said']
    ])
    expect(roles('The report was welcomed by Police and Crime Commissioner Jo Bloggs, who said the force had improved.')).toEqual([
      ['body', 'was welcomed by Police and Crime Commissioner Jo Bloggs']
    ])
    expect(roles('The Police, Fire and Crime Commissioner for Essex, Roger Hirst, said the force would improve.')).toEqual([
      ['body', 'The Police, Fire and Crime Commissioner for Essex, Roger Hirst, said']
    ])
    expect(roles('Police and Crime Commissioner Jo Bloggs and Chief Constable Jim Smith have responded to the report.')).toEqual([
      ['body', 'Police and Crime Commissioner Jo Bloggs and Chief Constable Jim Smith have responded'],
      ['chief', 'Police and Crime Commissioner Jo Bloggs and Chief Constable Jim Smith have responded']
    ])
    expect(roles('THE West Mercia Police and Crime Commissioner has described the report as a “pleasing reflection” of the force.')).toEqual([
      ['body', 'THE West Mercia Police and Crime Commissioner has described']
    ])
    // Traps: the inspectorate beside a speaker, and the report's own author, are no speakers here.
    expect(roles('In response to a question, HMIC and the Commissioner noted that the schools were included.')).toEqual([])
    expect(roles('The report’s author, Jo Bloggs, said the force had improved.')).toEqual([])
  })

  it('the attributing words are the part’s heading', () => {
    const {response} = parseResponse(corpus('leicestershire-panel-peel-effectiveness-2016-minutes'))
    // The commissioner's paper comes before "The PCC was of the view" (read below in constructed text).
    expect(response.lpbComments?.heading).toBe('considered a report of the Police and Crime Commissioner')
    expect(response.chiefOfficerComments?.heading).toBe('It was the view of the Chief Constable that')
    expect(speeches(blocks('The PCC was of the view that the force had responded well.'))).toEqual([{role: 'body', block: 0, passage: 'The PCC was of the view'}])
  })

  it('a headline “Statement from the Police & Crime Commissioner …” is the body’s label, not the force’s', () => {
    const {response} = parseResponse(corpus('cheshire-pcc-crime-data-integrity-2017-statement'))
    expect(response.lpbComments?.heading).toBe('STATEMENT FROM THE POLICE & CRIME COMMISSIONER FOR CHESHIRE FOLLOWING RELEASE OF CRIME DATA INTEGRITY REPORT')
    expect(response.chiefOfficerComments).toBeUndefined()
  })
})

describe('speeches: constructed forms and traps', () => {
  it('resolves a name the text introduced with a title, in its later forms', () => {
    const found = speeches(blocks('Chief Constable Jo Bloggs attended the meeting.', 'Ms Bloggs said the force accepted the findings.'))
    expect(found).toEqual([{role: 'chief', block: 1, passage: 'Ms Bloggs said'}])
    expect(speeches(blocks('“We accept the findings,” said Chief Constable Jo Bloggs.'))).toEqual([
      {role: 'chief', block: 0, passage: 'said Chief Constable Jo Bloggs'}
    ])
  })

  it('reads a speaker after “according to” and before a colon that opens the quotation', () => {
    expect(speeches(blocks('The force must improve, according to PCC Jo Bloggs.'))).toEqual([{role: 'body', block: 0, passage: 'according to PCC Jo Bloggs'}])
    expect(speeches(blocks('Chief Constable Jo Bloggs: “We accept the findings.”'))).toEqual([{role: 'chief', block: 0, passage: 'Chief Constable Jo Bloggs:'}])
    // A field's label before a name is no speaker.
    expect(speeches(blocks('Chief Constable: Jo Bloggs'))).toEqual([])
  })

  it('reads “Commissioner” by the force: the chief in the Met and the City, the body (or its deputy) elsewhere', () => {
    expect(speeches(blocks('The Commissioner noted the report.')).map((entry) => entry.role)).toEqual(['body'])
    expect(speeches(blocks('Jo Bloggs, Deputy Commissioner, said: “We will monitor the force.”')).map((entry) => entry.role)).toEqual(['body'])
    expect(speeches(blocks('The Metropolitan Police welcomed it.', 'The Assistant Commissioner noted the report.')).map((entry) => entry.role)).toEqual(['chief'])
  })

  it('minutes: the author of a paper the meeting received or considered speaks; a bare “Commissioner” only where the force is named', () => {
    expect(speeches(blocks('The Panel considered a report of the Police and Crime Commissioner which outlined the findings.'))).toEqual([
      {role: 'body', block: 0, passage: 'considered a report of the Police and Crime Commissioner'}
    ])
    expect(speeches(blocks('Members received an update report from the Chief Constable on the inspection.'))).toEqual([
      {role: 'chief', block: 0, passage: 'received an update report from the Chief Constable'}
    ])
    // "The Commissioner" is the chief in the City and the body elsewhere: the paper alone does not say whose.
    expect(speeches(blocks('The Board received a report of the Commissioner on the HMICFRS PEEL Inspection 2022.'))).toEqual([])
    expect(
      speeches(blocks('The Committee received a report of the Commissioner, City of London Police, which provided an overview.')).map((entry) => entry.role)
    ).toEqual(['chief'])
    // The body's own account in the first person is no attribution.
    expect(speeches(blocks('I received a report from the Chief Constable on the inspection.'))).toEqual([])
  })

  it('is no speaker: the writer’s own account, a candidate for the office, a title that is not the subject', () => {
    // The writer's first person: the writer reports what the chief told them.
    expect(speeches(blocks('The Chief Constable has confirmed to me that the force accepts every recommendation.'))).toEqual([])
    // A candidate is not the body.
    expect(speeches(blocks('Plaid Cymru’s candidate to be the new Police and Crime Commissioner, Dafydd Llywelyn, criticised the force.', 'Mr Llywelyn said it must improve.'))).toEqual([])
    // The title as the object or the possessor.
    expect(speeches(blocks('The Panel thanked the Chief Constable for attending.', 'The Commissioner’s report noted the grades.'))).toEqual([])
  })
})

// The minutes of the City of London's own police committees (the local policing body's, not a panel's):
// the Commissioner (the chief officer) reports, and the chair's or a member's view after it answers the
// chief's report (s.55(5)(c)); a request or the report noted as received does not.
describe('minutes of the body’s own committee: the chair’s or a member’s view answers the chief’s report (real texts)', () => {
  it.each([
    ['city-of-london-police-authority-board-peel-2022-minutes', 'The Chair observed'],
    ['city-of-london-committee-custody-inspection-minutes', 'A Member, also the Lead Member for Custody Visiting, sought clarity'],
    ['city-of-london-police-committee-hmicfrs-update-legitimacy-minutes', 'The Chairman noted that'],
    ['city-of-london-sub-committee-peel-legitimacy-2017-minutes', 'A Member noted that']
  ] as const)('%s: “%s”', (name, heading) => {
    const {response} = parseResponse(corpus(name))
    expect(response.chiefOfficerComments).toBeDefined()
    expect(response.responseToChiefOfficer?.detectedBy).toBe('attribution')
    expect(response.responseToChiefOfficer?.heading).toBe(heading)
    expect(response.responseToChiefOfficer?.text.startsWith(heading)).toBe(true)
    // The committee is the body: its view is the body's comments, where no other part holds them.
    expect(response.lpbComments?.heading).toBe(heading)
  })

  it('the City’s board by “the Corporation”: its paper “of the Commissioner” is the chief officer’s', () => {
    const {response} = parseResponse(corpus('city-of-london-police-authority-board-peel-2022-minutes'))
    expect(response.chiefOfficerComments?.heading).toBe('received a report of the Commissioner')
    expect(response.chiefOfficerComments?.text).toBe('The Board received a report of the Commissioner on the HMICFRS PEEL Inspection 2022.')
  })

  it('no answer: the chair’s request, or members who confirm scrutiny in general', () => {
    // "The Chair requested that the planned Skyline article … be circulated": a request, not a view on the report.
    expect(parseResponse(corpus('city-of-london-committee-peel-2018-19-legitimacy-afis-minutes')).response.responseToChiefOfficer).toBeUndefined()
    // "The two Members of the Committee, who also served on …, confirmed that all HMIC recommendations were subject to thorough scrutiny".
    expect(parseResponse(corpus('city-of-london-committee-hmic-inspection-update-2016-minutes')).response.responseToChiefOfficer).toBeUndefined()
    expect(parseResponse(corpus('city-of-london-committee-peel-2018-19-legitimacy-afis-minutes')).response.lpbComments).toBeUndefined()
    // "The Chairman noted that he was writing to the Home Office …" where no report of the Commissioner is before it: no answer, no comments.
    expect(parseResponse(corpus('city-of-london-committee-hmi-heard-peel-minutes')).response.lpbComments).toBeUndefined()
  })

  it('constructed: the paper as the subject in the passive, and a panel’s members, who are not the body', () => {
    expect(
      speeches(blocks('The Police Authority Board met.', 'Members agreed to vary the order of items so that the update report of the Commissioner regarding HMICFRS Inspection(s) was considered next.'))
    ).toEqual([{role: 'chief', block: 1, passage: 'the update report of the Commissioner regarding HMICFRS Inspection(s) was considered'}])
    const city = blocks('The Committee received a report of the Commissioner of Police on the inspection.', 'The Chairman noted that the force had made progress.')
    expect(committeeResponse(city, 0)).toEqual({role: 'body', block: 1, passage: 'The Chairman noted that'})
    expect(committeeResponse(city, 1)).toBeUndefined()
    const panel = blocks('The Panel received a report of the Commissioner of Police on the inspection.', 'The Chairman noted that the force had made progress.')
    expect(committeeResponse(panel, 0)).toBeUndefined()
    expect(committeeResponse(blocks('The Committee received a report of the Commissioner of Police.', 'Members noted the report.', 'The Chair requested a further update.'), 0)).toBeUndefined()
  })
})

describe('speeches: news copy’s forms of the chief officer speaking', () => {
  it.each([
    // Real: a newspaper's report on a fire inspection.
    ['And Conservative police and crime commissioner Lorne Green said he would be monitoring closely.', 'body', 'And Conservative police and crime commissioner Lorne Green said'],
    ['The chief constable, who took up post in May, said the report was fair.', 'chief', 'The chief constable, who took up post in May, said'],
    ['Speaking to the BBC, the chief constable admitted the force had fallen short.', 'chief', 'Speaking to the BBC, the chief constable admitted']
  ] as const)('a title written in lower case, as news copy writes it: %s', (text, role, passage) => {
    expect(speeches(blocks(text))).toEqual([{role, block: 0, passage}])
  })

  it('a title in lower case after the force’s name; “the police” names no one', () => {
    expect(speeches(blocks('Kent Police’s chief constable Alan Pughsley said the force accepted the findings.')).map((entry) => entry.role)).toEqual(['chief'])
    // "The police said" names no one.
    expect(speeches(blocks('The police said the figures were wrong.'))).toEqual([])
  })

  it('a deputy chief constable by the abbreviation, and a pledge', () => {
    expect(speeches(blocks('DCC Tony Blaker explained that the force accepted the findings.'))).toEqual([
      {role: 'chief', block: 0, passage: 'DCC Tony Blaker explained'}
    ])
    expect(speeches(blocks('Chief Constable Alan Pughsley has pledged to act on the findings.'))).toEqual([
      {role: 'chief', block: 0, passage: 'Chief Constable Alan Pughsley has pledged'}
    ])
  })

  it('a line saying where the chief’s response is heads no part: cannot tell, not found', () => {
    const {response} = parseResponse(
      'I welcome the HMICFRS report on Kent Police published on 3 March 2022.\n\nThe Chief Constable’s response to the report can be found in the attached annex.\n'
    )
    expect(response.chiefOfficerComments).toBeUndefined()
  })
})

describe('speeches: the force reported for itself', () => {
  it('minutes: “the Force recognised …”, in the past, is the force’s (the chief officer’s) view (real: a panel’s minutes)', () => {
    const {response} = parseResponse(corpus('leicestershire-panel-peel-2018-19-minutes'))
    expect(response.chiefOfficerComments?.detectedBy).toBe('attribution')
    expect(response.chiefOfficerComments?.heading).toBe(
      'This was the first inspection where Leicestershire Police had been rated ‘good’ in all areas inspected, however, the Force recognised'
    )
  })

  it('the inspectorate’s finding about the force, in the present, quoted on a news page, is not (real: a commissioner’s statement)', () => {
    const {response} = parseResponse(corpus('northants-pfcc-peel-effectiveness-2017-statement'))
    expect(response.chiefOfficerComments).toBeUndefined()
    expect(
      speeches(blocks('Now that the building blocks for more effective policing have been put in place, the Force recognises that it needs to sustain its efforts.'))
    ).toEqual([])
  })
})

describe('the chief’s position relayed by the body', () => {
  it('advice relayed is the chief’s comments; an assurance received is the body’s account (real texts)', () => {
    // "In response to recommendation 10 and 22, I am advised by the Chief Constable that the force lead … is reviewing …".
    const advised = parseResponse(corpus('westmercia-pcc-activism-impartiality-2024')).response.chiefOfficerComments
    expect(advised?.text.slice(0, 76)).toBe('In response to recommendation 10 and 22, I am advised by the Chief Constable')
    // "… I have been assured by the Chief Constable that recommendations made in the report will be fed into ongoing work …".
    expect(parseResponse(corpus('northumbria-pcc-living-in-fear-2017-statement')).response.chiefOfficerComments).toBeUndefined()
  })
})

describe('speeches: a title after the force’s or the area’s name', () => {
  it('real: a news report names the chief by the force’s possessive, then the title, in apposition', () => {
    expect(
      speeches(blocks('Northamptonshire Police\'s Chief Constable, Nick Adderley, said the force was "definitely moving in the right direction and that is hugely encouraging".'))
    ).toEqual([{role: 'chief', block: 0, passage: "Northamptonshire Police's Chief Constable, Nick Adderley, said"}])
  })

  it('after a quotation, and “according to” a title in lower case; never a former holder', () => {
    expect(speeches(blocks('The Metropolitan Police was inspected.', '“We accept the findings,” the Met Commissioner said.'))).toEqual([
      {role: 'chief', block: 1, passage: 'the Met Commissioner said'}
    ])
    expect(speeches(blocks('The findings were accepted, according to the chief constable.'))).toEqual([
      {role: 'chief', block: 0, passage: 'according to the chief constable'}
    ])
    expect(speeches(blocks('Former Chief Constable Jo Bloggs said the force had been under-resourced.'))).toEqual([])
  })
})

describe('speeches: a meeting hears the chief officer on the inspection', () => {
  it('real: the chief “provided an update on the recent … inspection” at a board chaired by the commissioner (a news report)', () => {
    expect(
      speeches(
        blocks(
          'At he Strategic Executive Board meeting on 18 February, chaired by the PCC. Chief Constable Amanda Blakeman provided an update on the recent police efficiency, effectiveness and legitimacy inspection for North Wales Police.'
        )
      )
    ).toEqual([{role: 'chief', block: 0, passage: 'Chief Constable Amanda Blakeman provided an update'}])
  })

  it.each([
    ['The Chief Constable gave a presentation on the findings of the inspection.', 'The Chief Constable gave a presentation'],
    ['The Panel heard from the Chief Constable that the force had an action plan.', 'heard from the Chief Constable'],
    ['The Deputy Chief Constable answered Members’ questions on the inspection.', 'The Deputy Chief Constable answered Members’ questions']
  ])('constructed minutes: %s', (text, passage) => {
    expect(speeches(blocks(text))).toEqual([{role: 'chief', block: 0, passage}])
  })

  it('the Panel hearing from someone else', () => {
    // The Panel hearing from someone else names no speaker of the two roles.
    expect(speeches(blocks('The Panel heard from the Chair of the Audit Committee that the plan was on track.'))).toEqual([])
  })
})

describe('speeches: the Commissioner-led forces’ chief officer ranks', () => {
  it('a Commander of the City of London Police is on the chief’s side (cityoflondon-police-regional-soc-2023-bbc-news)', () => {
    const text =
      'City of London Police requires improvement at tackling serious and organised crime, a report has found.\n\nCity of London Police Commander Umer Khan said: "We accept the challenge to do more."\n'
    const {response} = parseResponse(text, {path: 'news.txt'})
    expect(response.chiefOfficerComments?.text.startsWith('City of London Police Commander Umer Khan said:')).toBe(true)
  })

  it('a fire service’s Group Commander, or a commander where no Commissioner-led force is named, is no chief', () => {
    const text = 'Kent Fire and Rescue Service was inspected.\n\nGroup Commander Jo Bloggs said: "We accept the findings."\n'
    expect(parseResponse(text, {path: 'news.txt'}).response.chiefOfficerComments).toBeUndefined()
  })
})

describe('speeches: minutes of a periodic paper on the inspectorate’s programme', () => {
  // A short verbatim excerpt of a tuned committee's minutes: the Commissioner's paper gives an overview of the
  // force's response to the programme of inspections, so what is said on it answers no one report.
  const paper =
    'The Committee received a report of the Commissioner, City of London Police, which provided an overview of the City of London Police’s response to the HM Inspectorate of Constabulary’s continuing programme of inspections and published reports.  It also provided assurance that the Force was addressing the recommendations from reports.'
  const remark = '  • In 2015-16, only 5 Police Forces in the UK were rated as outstanding and therefore a rating of ‘Good’ was reasonable.  The Assistant Commissioner also advised that the concept of ‘one size fits all’ was not relevant to the City of London Police.'

  it('reads no one speaking on a report where the only paper is the programme’s (real minutes)', () => {
    expect(speeches(blocks(paper, remark))).toEqual([])
  })

  it('reads the speaker where the paper is on one report', () => {
    const onOne = paper.replace('continuing programme of inspections and published reports', 'PEEL inspection report')
    expect(speeches(blocks(onOne, remark)).map((entry) => [entry.role, entry.passage])).toEqual([
      ['chief', 'received a report of the Commissioner'],
      ['chief', 'The Assistant Commissioner also advised']
    ])
  })
})
