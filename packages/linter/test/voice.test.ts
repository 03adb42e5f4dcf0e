import {describe, expect, it} from 'vitest'
import type {lint} from '../src/index.js'
import {textState} from '../src/lib/text-state.js'
import {check, constructed, read, readCorpus} from './helpers.js'

// Who speaks in a response-like text, as the genre says it: a news release's lead (its first paragraph
// of prose) names whose release it is. A force's release leads with its chief speaking; a candidate's,
// an association's or the Home Secretary's with them. Each on the real tuned text that carries it, then
// constructed text with its trap.

const outcome = (result: ReturnType<typeof lint>, ruleId: string) => {
  const found = check(result, ruleId)
  return [found?.outcome, found?.messageId]
}

describe('lpb-comments: a lead that says who speaks (real texts)', () => {
  it('an association’s lead with the name first (“Marc Jones, Chair of the Association of Police and Crime Commissioners, said:”): no chief officer’s comments, cut off or not', () => {
    const {result} = read('apcc-vetting-misconduct-misogyny-2022-statement.txt')
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'association'])
    expect(textState('Jo Bloggs, Chair of the National Police Chiefs’ Council, said: “We accept the findings.”').association?.by).toBe('lead')
  })

  it('a staff association’s officer as the subject of the first paragraph after a headline that leads (“Matt Webb, Chairman of Sussex Police Federation reacts to HMIC report …”): its first speaker; cut off, so cannot tell', () => {
    const {result} = read('sussex-police-federation-noticeable-differences-2020-statement.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(check(result, 'lpb-comments')?.plain).toContain('Matt Webb, Chairman of Sussex Police Federation reacts')
  })

  it('a force’s release leading with its chief, the body named only inside his quotation: the force’s statement, cut off or not', () => {
    const {result} = read('derbyshire-police-peel-2014-force-statement.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'force-voice'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      'The text is the force’s own statement (“Derbyshire’s Chief Constable Mick Creedon has welcomed”), not the body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council), not the force, to comment.'
    )
    // The chief's comments are there all the same.
    expect(outcome(result, 'chief-officer-comments')).toEqual(['met', 'found'])
  })

  it('a candidate’s campaign statement: not the body’s comments, though it names the office and the sitting commissioner', () => {
    const {result} = read('plaid-candidate-dyfed-powys-peel-effectiveness-2015-statement.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'other-voice'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      'The text is the statement of someone who is not the local policing body (“candidate to be the new Police and Crime Commissioner”), not the body’s comments on the report.'
    )
  })

  it.each([
    // A commissioner's page that quotes the chief first and is cut off: the body's words may follow.
    ['nottinghamshire-pcc-peel-effectiveness-2016-response.txt', ['cannot-tell', 'cannot-tell']],
    ['westmercia-pcc-peel-2023-25-statement.txt', ['cannot-tell', 'cannot-tell']],
    // A commissioner speaking as a national board member, on a page titled as the association's response.
    ['northyorkshire-pfcc-fire-inspections-2019-statement.txt', ['met', 'found']]
  ])('%s is not settled as another’s voice: %j', (name, expected) => {
    expect(outcome(read(name).result, 'lpb-comments')).toEqual(expected)
  })
})

describe('lpb-comments: a lead that says who speaks (constructed forms and traps)', () => {
  const release = (lead: string) => `Report published\n\n${lead}\n\n“We accept the findings and I am proud of our officers,” he said. “We will`

  it.each([
    ['Kent’s Chief Constable Jo Bloggs has welcomed the publication of the inspectorate’s report into the force.', 'force-voice'],
    ['Jo Bloggs, Chief Constable of Kent Police, has welcomed the publication of the inspectorate’s report into the force today.', 'force-voice'],
    ['The Association of Police and Crime Commissioners has welcomed the publication of the inspectorate’s report on vetting in every force.', 'other-voice'],
    ['Labour’s PCC candidate Jo Bloggs said the inspectorate’s report on Kent Police showed the force had been let down for years.', 'other-voice'],
    // A by-line, or a lead-in to the quotation that opens the text, says who speaks before any prose.
    ['Statement from Chief Constable Jo Bloggs', 'force-voice'],
    ['Chief Constable Jo Bloggs said:', 'force-voice'],
    // The chiefs' council and the Government, by name: the message says whose the text is.
    ['Statement from the National Police Chiefs’ Council', 'chiefs-council'],
    ['The Policing Minister, Jo Bloggs, said the inspectorate’s report on vetting showed every force must do better.', 'government']
  ])('%j leads: not met (%s), cut off as it is', (lead, message) => {
    expect(outcome(constructed(release(lead)).result, 'lpb-comments')).toEqual(['not-met', message])
  })

  it('a lead with the chief, where the body is named outside quotation marks: cannot tell (the body may publish its chief’s words)', () => {
    const text = release('Kent’s Chief Constable Jo Bloggs has welcomed the report, which the Police and Crime Commissioner will discuss with him.')
    expect(outcome(constructed(text).result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
  })

  it('a lead with a candidate, where the commissioner speaks too: the body’s voice is there', () => {
    const text = `${release('Labour’s PCC candidate Jo Bloggs said the inspectorate’s report on Kent Police showed the force had been let down for years.')}\n\nThe Police and Crime Commissioner said she welcomed the report.`
    expect(textState(text).otherVoice).toBeUndefined()
  })

  it('the lead is never page chrome, however long: a chief’s lead after an exit button and cookie notices still leads (tuned excerpts)', () => {
    // The chrome at the head of gmp-chief-constable-peel-2021-force-statement, then the lead of derbyshire-police-peel-2014-force-statement.
    const chrome = [
      'Quickly exit this site by pressing the Escape key Leave this site',
      'We use some essential cookies to make our website work. We’d like to set additional cookies so we can remember your preferences and understand how you use our site.',
      'Your cookie preferences have been saved. You can update your cookie settings at any time on the cookies page.',
      "This site is a beta, which means it's a work in progress and we'll be adding more to it over the next few weeks."
    ]
    const lead = 'Derbyshire’s Chief Constable Mick Creedon has welcomed the publication of the first PEEL Report by Her Majesty’s Inspectorate of Constabulary (HMIC).'
    const state = textState([...chrome, lead].join('\n'))
    expect(state.forceVoice).toBe('Derbyshire’s Chief Constable Mick Creedon has welcomed')
    expect(state.forceIssued).toBe(true)
  })

  it('the lead is the first paragraph of prose: a headline is not it, and quoting the chief there settles nothing', () => {
    const state = textState('Chief Constable welcomes report\n\n27 November 2014\n\nThe report published today finds the force good at keeping people safe.')
    expect(state.forceVoice).toBe('Chief Constable welcomes')
    expect(state.forceIssued).toBeUndefined()
  })
})

describe('chief-officer-comments: texts that settle the chief’s comments are absent', () => {
  it('a candidate’s statement is no response and quotes no chief: not met, saying whose it is', () => {
    const {result} = read('plaid-candidate-dyfed-powys-peel-effectiveness-2015-statement.txt')
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'other-voice'])
    expect(check(result, 'chief-officer-comments')?.plain).toBe(
      'The text is the statement of someone who is not the local policing body (“candidate to be the new Police and Crime Commissioner”), not a response: it has no chief officer’s comments.'
    )
  })

  it('a release cut off in its “Background information”: the statement above was read whole, and has no chief’s comments', () => {
    const name = 'northyorkshire-pfcc-fire-inspections-2019-statement.txt'
    const {result} = read(name)
    const state = textState(readCorpus(name).text)
    expect([state.cutOff, state.statementEnded]).toEqual([true, true])
    // Titled as the commissioners' association's response: no chief's comments, and saying whose it is.
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'association'])
    // The body's comments are there; the text cut off in the notes leaves other checks unsettled as before.
    expect(outcome(result, 'lpb-comments')).toEqual(['met', 'found'])
  })

  it.each([
    // A copy that ends with its source's address ("Original article link: https://…/"), as wired-gov copies do.
    ['apcc-crime-investigations-inspection-2025-wired-gov-statement.txt', ['met', 'found']],
    // A quotation closed by a straight single quote after the sentence ("… change programme.'").
    ['westmidlands-acting-pcc-responding-to-austerity-2014-statement.txt', ['met', 'found']],
    // A headline "Statement from the Police & Crime Commissioner …" is the body's label, not the force's.
    ['cheshire-pcc-crime-data-integrity-2017-statement.txt', ['met', 'found']]
  ])('%s: read whole, the body’s comments %j and no chief’s comments', (name, lpb) => {
    const {result} = read(name)
    expect(textState(readCorpus(name).text).cutOff).toBe(false)
    expect(outcome(result, 'lpb-comments')).toEqual(lpb)
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'missing'])
  })

  it.each([
    [
      'I welcome the report and will hold the force to account. The force has made progress since the last inspection and I expect it to go on.\n\nENDS\n\nNotes to editors\n\nThe inspectorate publishes its reports on',
      ['not-met', 'missing']
    ],
    ['I welcome the report and will hold the force to account.\n\nThe Chief Constable and I will meet the inspectors next month to discuss the', ['cannot-tell', 'cannot-tell']],
    // A letter's "Background" section, near its top, is no closing line.
    ['Background information\n\nHMICFRS inspected the force in 2024.\n\nI welcome the report and will hold the force to account for what it has', ['cannot-tell', 'cannot-tell']],
    // The closing line settles nothing where the comments are said to be attached.
    ['I welcome the report. The Chief Constable’s comments are attached.\n\nNotes to editors\n\nThe inspectorate publishes its reports on', ['cannot-tell', 'cannot-tell']]
  ])('%j: %j', (text, expected) => {
    expect(outcome(constructed(text).result, 'chief-officer-comments')).toEqual(expected)
  })
})

describe('another organisation’s statement: its headline, letter, lead or first speaker (real texts)', () => {
  it('an association’s first speaker, in a text read whole: not the body’s comments, nor a chief officer’s', () => {
    const passage =
      'Responding to news from His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) that the Metropolitan Police is now out of enhanced monitoring, Cllr Muhammed Butt, London Councils Executive Member for Community and Safety, said:'
    const {result} = read('london-councils-met-exiting-engage-2025-statement.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'association'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      `The text is the statement of an organisation that is not a local policing body (“${passage}”): an association’s statement, not a local policing body’s response.`
    )
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'association'])
  })

  it.each([
    // A headline in the chiefs' council's name.
    ['npcc-peel-spotlight-2019-statement.txt', 'NPCC respond'],
    // Its first speaker, in a text read whole to its press office's lines.
    ['npcc-vetting-misconduct-misogyny-2022-statement.txt', 'National Police Chiefs’ Council Chair, Martin Hewitt, said']
  ])('%s: the chiefs’ council’s, saying its chair is no force’s chief officer (“%s”)', (name, passage) => {
    const {result} = read(name)
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'chiefs-council'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      `The text is the national chiefs’ council’s statement (“${passage}”), not a body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council) to comment.`
    )
    // A warning, and it says why the council chair's words are not the chief officer's comments.
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'chiefs-council'])
    expect(check(result, 'chief-officer-comments')?.plain).toBe(
      `The text is the national chiefs’ council’s statement (“${passage}”), not a response: its chair or lead speaks for all chief officers, while section 55 asks for the comments of the chief officer of the force the report is about.`
    )
  })

  it.each([
    // A by-line: the Home Secretary writes, whoever the letter addresses or names (MOPAC "responding").
    ['home-secretary-letter-met-mayor-daniel-morgan-inspection-2022.txt', 'Letter from the Home Secretary'],
    // GOV.UK's title for the Government's reply.
    ['home-secretary-state-of-policing-2022-government-response.txt', 'State of Policing 2022 report: government response']
  ])('%s: the Government’s, which receives the comments (“%s”)', (name, passage) => {
    const {result} = read(name)
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'government'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      `The text is the Government’s statement (“${passage}”), not a body’s comments on the report: the Home Secretary receives the comments section 55 asks for, and the local policing body (the commissioner, mayor or Common Council) gives them.`
    )
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'government'])
  })

  it('a written statement in Hansard (its “Volume … debated on …” header): Parliament’s record, whatever its first person says', () => {
    const {result} = read('home-secretary-state-of-policing-2015-written-statement-hansard.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'parliament'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      'The text is Parliament’s record (“Volume 606: debated on Thursday 25 February 2016”, Hansard), not a body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council) to comment.'
    )
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'parliament'])
  })

  it('the chiefs’ council’s lead speaker in a text cut off: cannot tell, saying what to check', () => {
    const {result} = read('npcc-group-based-cse-2023-statement.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      "The body's own comments were not found in the text read (the text opens as the statement of an organisation that is not a local policing body (a chiefs' council, an association, the Home Office), and is cut off: check whether a body speaks in the rest: “National Police Chiefs’ Council lead for Child Protection, Ian Critchley QPM, said”)."
    )
    expect(outcome(result, 'chief-officer-comments')).toEqual(['cannot-tell', 'cannot-tell'])
  })

  it.each([
    // The commissioners' association: commissioners speak ("Sussex PCC … Katy Bourne said"), and its
    // words are read as theirs; it has no chief officer's comments, cut off or not.
    ['apcc-crime-data-integrity-2014-statement.txt', ['met', 'found']],
    ['apcc-state-of-policing-statement.txt', ['met', 'found']],
    ['apcc-stalking-super-complaint-2025-summary-response.txt', ['cannot-tell', 'cannot-tell']]
  ])('%s (the commissioners’ association): lpb %j, no chief’s comments', (name, lpb) => {
    const {result} = read(name)
    expect(outcome(result, 'lpb-comments')).toEqual(lpb)
    expect(outcome(result, 'chief-officer-comments')).toEqual(['not-met', 'association'])
  })

  it('apcc-fire-state-of-fire-2024-25-wired-gov-statement.txt (the association’s fire lead on State of Fire, naming no police force): outside section 55', () => {
    const {result} = read('apcc-fire-state-of-fire-2024-25-wired-gov-statement.txt')
    expect(result.checks.map((entry) => [entry.ruleId, entry.outcome, entry.messageId])).toEqual([['fire-report-not-section-55', 'cannot-tell', 'fire-text']])
  })

  it.each([
    // Traps: a commissioner's letter TO the Home Secretary has the same address block; it is the body's.
    'westmercia-pcc-homicide-prevention-2023-letter.txt',
    'westmercia-pcc-police-performance-getting-a-grip-2023-letter.txt'
  ])('%s: an address block “Home Secretary / 2 Marsham Street” is the addressee, not the writer', (name) => {
    const {result} = read(name)
    expect(outcome(result, 'lpb-comments')).toEqual(['met', 'found'])
    expect(check(result, 'chief-officer-comments')?.messageId).not.toBe('association')
  })
})

describe('another organisation’s statement: constructed forms and traps', () => {
  const whole = (lead: string) => `${lead}\n\n“We accept the findings and our officers will act on them.”\n\nENDS`
  it.each([
    ['National Police Chiefs’ Council (NPCC) Chair Jo Bloggs said:', 'chiefs-council'],
    // The Local Government Association is councils', not the Government.
    ['Jo Bloggs, Local Government Association Chair, said:', 'association'],
    ['Statement from the Police Federation', 'association'],
    ['Statement from the Home Office', 'government']
  ])('%j opens a text read whole: not met (%s)', (lead, kind) => {
    expect(outcome(constructed(whole(lead)).result, 'lpb-comments')).toEqual(['not-met', kind])
  })

  it.each([
    // The body answers the organisation: its title stands beside the organisation's name.
    ['Responding to the NPCC’s statement, the Police and Crime Commissioner for Kent, Jo Bloggs, said:'],
    // The force's chief speaks for the chiefs' council: the chief, not an association.
    ['Chief Constable Jo Bloggs, NPCC lead for custody, said:']
  ])('%j: not an organisation’s statement', (lead) => {
    expect(outcome(constructed(whole(lead)).result, 'lpb-comments')?.[1]).not.toBe('association')
  })
})

describe('lpb-comments: cannot tell where the text does not settle it, saying what to check (real texts)', () => {
  it.each([
    // A listing page that says it posts responses: its first-person lines are the page's own words.
    ['gmpcc-responses-listing-page.txt', 'the text lists responses or reports by their links (an index page): each response is on the page its link opens'],
    // A heading with only a pointer under it: the comments are on the page it points to.
    ['sussex-pcc-stalking-harassment-inspection-2019-page.txt', 'the text points to an attachment, annex or other page'],
    // Minutes that summarise ("Members considered a report …", "RESOLVED"): they record a meeting.
    [
      'city-of-london-committee-peel-2018-19-legitimacy-afis-minutes.txt',
      "the text is the minutes of a meeting: it records what was said there, and the body's comments are published in its own response"
    ]
  ])('%s: cannot tell (%s), never missing', (name, why) => {
    const {result} = read(name)
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(check(result, 'lpb-comments')?.plain).toBe(`The body's own comments were not found in the text read (${why}).`)
  })
})

describe('lpb-comments: cannot tell, constructed forms and traps', () => {
  it('a heading with comments under it as well as a pointer is met', () => {
    const text = 'PCC’s Response\n\nI welcome the report and will hold the force to account. The full response can be found here.'
    expect(outcome(constructed(text).result, 'lpb-comments')).toEqual(['met', 'found'])
    const pointer = 'PCC’s Response\n\nThe PCC’s response can be viewed here.'
    expect(outcome(constructed(pointer).result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
  })

  it('a response that sets out its own responses below is no listing page', () => {
    const text = 'Dear Home Secretary,\n\nI welcome the report. I list my responses to each recommendation below.\n\nYours sincerely,'
    expect(textState(text).index).toBe(false)
    expect(textState('I welcome every report. We’ll post those responses in this section.').index).toBe(true)
  })
})

describe('lpb-comments: an officer of the force speaking for it', () => {
  it('a force’s page where a detective chief inspector answers the report: the force’s voice, not met as the body’s (cut off: cannot tell)', () => {
    const name = 'gloucestershire-constabulary-missing-children-2016-force-statement.txt'
    expect(textState(readCorpus(name).text).forceVoice).toMatch(/^Detective Chief Inspector Steve Bean, the force lead for Missing Persons/)
    expect(outcome(read(name).result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
  })

  it.each([
    // The inspectorate's chief inspector is no officer of the force.
    ['HM Chief Inspector of Constabulary Jo Bloggs said the force must improve.', undefined],
    ['Detective Superintendent Jo Bloggs said the force had already acted.', 'Detective Superintendent Jo Bloggs said']
  ])('%j: force voice %j', (sentence, expected) => {
    expect(textState(`The inspectorate published its report today.\n\n${sentence}`).forceVoice).toBe(expected)
  })

  it('an officer quoted where the body speaks too: the body’s comments stand', () => {
    const text = 'The Police and Crime Commissioner for Kent, Jo Bloggs, said she welcomed the report and would hold the force to account.\n\nDetective Superintendent Sam Smith said the force had already acted.'
    expect(textState(text).forceVoice).toBeUndefined()
    expect(outcome(constructed(text).result, 'lpb-comments')).toEqual(['met', 'found'])
  })
})

describe('the force’s own text: its “we” the force inspected, or its headline the force’s answer', () => {
  it('its writer saying “I” in their own words is the force’s chief officer: the chief’s comments, cut off or not', () => {
    const {result} = read('gmp-chief-constable-peel-2021-force-statement.txt')
    expect(outcome(result, 'chief-officer-comments')).toEqual(['met', 'found'])
    // The force speaking as "we" only, or quoting its chief, leaves the chief's own comments to be found.
    const plural = constructed('We recognise and accept HMICFRS findings about our continued weaknesses. We will improve, and we are making progress in key').result
    expect(outcome(plural, 'chief-officer-comments')).toEqual(['cannot-tell', 'cannot-tell'])
  })

  it.each([
    // The writer's "we" is what the inspectorate found about; the text is cut off, and its "I" is the force's.
    ['gmp-chief-constable-peel-2021-force-statement.txt', 'findings about our'],
    // A force's page of its responses: "we were inspected again by Her Majesty's Inspectorate …".
    ['staffordshire-police-hmic-peel-responses-force-page.txt', 'we were inspected'],
    // A blog's copy of the force's statement, under the force's headline.
    ['lancashire-police-custody-2016-force-statement-blog-copy.txt', 'Lancashire Police Response to HMIC Custody report']
  ])('%s: not the body’s comments (“%s”), cut off or not', (name, passage) => {
    const {result} = read(name)
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'force-voice'])
    expect(result.messages.find((message) => message.ruleId === 'lpb-comments')?.reason).toBe(
      `Unexpected statement in the force's own voice (“${passage}”), expected the local policing body's own comments on the report (s.55(5)(a)): this is the force's statement, and section 55 binds the local policing body that maintains the force`
    )
  })

  it.each([
    // A commissioner quoting the force: the "we" inside the chief's quotation marks is the force's, the text is not.
    'The Police and Crime Commissioner welcomed the report. Chief Constable Jo Bloggs said: “We were inspected in May and we accept the findings.”',
    // A report's own title as a headline is no force's answer.
    'The Police Response to Domestic Abuse\n\nI welcome this inspection report and will hold the Chief Constable to account for the recommendations.'
  ])('%j: not read as the force’s text', (text) => {
    expect(textState(text).forceIssued).toBeUndefined()
    expect(outcome(constructed(text).result, 'lpb-comments')?.[1]).not.toBe('force-voice')
  })

  it('the force’s headline and its “we” as the inspected: the force issued it', () => {
    expect(textState('Kent Police statement on HMICFRS inspection\n\nWe welcome the report.').forceVoice).toBe('Kent Police statement on HMICFRS inspection')
    expect(textState('HMICFRS has graded us as good in four areas.').forceVoice).toBe('graded us')
  })
})

describe('the body speaking in a text that names no report', () => {
  it('a mayor answering a councillor, the force “highly rated by (the police inspectorate)”: cannot tell, saying why', () => {
    const {result} = read('westyorkshire-mayor-force-highly-rated-2023-yorkshire-evening-post.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      "The body's own comments were not found in the text read (the text names no report, inspection or assessment (at most the inspectorate): what the body says in it may answer something else, such as a question at a meeting, and not a report)."
    )
  })

  it('the same voice about an inspection is the body’s comments', () => {
    expect(outcome(constructed('I welcome the inspection of the force and will hold the Chief Constable to account.\n').result, 'lpb-comments')).toEqual(['met', 'found'])
  })
})

describe('lpb-comments: the holder named with a possessive', () => {
  it('“Crime Commissioner Jane Kennedy’s outburst” … “Ms Kennedy also said”: the body speaks in reported words, cannot tell (not missing)', () => {
    const {result} = read('merseyside-pcc-state-of-policing-2017-otsnews.txt')
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(textState('Mersey Crime Commissioner Jane Kennedy’s outburst was exaggerated.\nMs Kennedy also said that things would have gone better.\n').bodySpeaks).toBe('Kennedy also said')
  })
})
