import {describe, expect, it} from 'vitest'
import type {lint} from '../src/index.js'
import {textState} from '../src/lib/text-state.js'
import {check, constructed, read, readCorpus} from './helpers.js'

// Texts the linter has not seen: a force's own statement is not the body's comments, however much it
// says "we"; a copy that clipped its paragraphs or stopped mid-quote is cut off; a whole text that
// calls its report only "this report" does not name it. Each on the real tuned page it was learnt
// from, then on constructed text with its trap.

const outcome = (result: ReturnType<typeof lint>, ruleId: string) => {
  const found = check(result, ruleId)
  return [found?.outcome, found?.messageId]
}

describe('lpb-comments: the force speaking for itself is never the body’s comments', () => {
  it.each([
    // "Dame Lynne Owens, Deputy Commissioner, said:", MOPAC named as a partner; the lead is the
    // unattributed "we" of a statement copied from its middle, which does not say whose it is.
    ['metropolitan-police-peel-2021-22-force-statement-copy.txt', ', Deputy Commissioner, said', 'voice']
  ])('%s: the chief quoted (“%s”) in a text cut off that does not say who issued it: cannot tell, never met', (name, passage, bodyCommentsDetectedBy) => {
    const {response, result} = read(name)
    expect(response.lpbComments?.detectedBy).toBe(bodyCommentsDetectedBy)
    const state = textState(readCorpus(name).text)
    expect([state.forceVoice, state.forceIssued]).toEqual([passage, undefined])
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
  })

  it.each([
    // "since my appointment as Chief Constable": the chief's own blog, whose first person the parser
    // gives to the chief, so it finds no body's comments at all.
    ['cleveland-police-chief-constable-blog-inspection-2021-02.txt', 'my appointment as Chief Constable', undefined],
    // "The following message has been sent by Wiltshire Police".
    ['wiltshire-police-peel-2021-22-chief-constable-statement-parish-copy.txt', 'message has been sent by Wiltshire Police', 'voice'],
    // The lead, "Derbyshire’s Chief Constable Mick Creedon has welcomed …", the commissioner named only
    // inside the chief's quotation, as a partner; the parser gives "Mr Creedon said: “… we …" to the
    // chief alone, so it finds no body's comments.
    ['derbyshire-police-peel-2014-force-statement.txt', 'Derbyshire’s Chief Constable Mick Creedon has welcomed', undefined]
  ])('%s: the text says whose it is (“%s”): not met although cut off, with the passage', (name, passage, bodyCommentsDetectedBy) => {
    const {response, result} = read(name)
    expect(response.lpbComments?.detectedBy).toBe(bodyCommentsDetectedBy)
    const state = textState(readCorpus(name).text)
    expect([state.cutOff, state.forceVoice, state.forceIssued]).toEqual([true, passage, true])
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'force-voice'])
    expect(check(result, 'lpb-comments')?.plain).toBe(`The text is the force’s own statement (“${passage}”), not the body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council), not the force, to comment.`)
  })

  it.each([
    // Within the chief's quotation, "As Chief Constable, I" is the chief quoted, not the writer.
    ['The Police and Crime Commissioner welcomed the report.\n\nChief Constable Jo Bloggs said: “As Chief Constable, I accept it.”\n', undefined],
    ['I welcome the report.\n\nChief Constable Jo Bloggs said: “As Chief Constable, I accept it.”\n', undefined],
    ['As Chief Constable, I accept the findings of the HMICFRS PEEL 2023–25 inspection of Kent Police and our plan is', true]
  ])('%j: the force issued it %s', (text, forceIssued) => {
    expect(textState(text).forceIssued).toBe(forceIssued)
  })

  it('a whole text that quotes the chief, names no body, and has a writer saying “I”: cannot tell (the writer may be the body)', () => {
    const text =
      'I welcome the HMICFRS PEEL 2023–25 inspection of Kent Police and thank the officers.\n\nChief Constable Jo Bloggs has welcomed it too.\n\nShe said: “We accept the recommendations.”\n'
    expect(textState(text).forceVoice).toBe('Chief Constable Jo Bloggs has welcomed')
    expect(outcome(constructed(text).result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
  })

  it('a whole statement of the force that names no body: not met, with the passage', () => {
    const text =
      'Force welcomes inspection\n\nChief Constable Jo Bloggs has welcomed the HMICFRS PEEL 2023–25 inspection of Kent Police.\n\nShe said: “We are proud of our officers and we accept the recommendations.”\n'
    const {result} = constructed(text)
    expect(outcome(result, 'lpb-comments')).toEqual(['not-met', 'force-voice'])
    expect(check(result, 'lpb-comments')?.plain).toBe(
      'The text is the force’s own statement (“Chief Constable Jo Bloggs has welcomed”), not the body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council), not the force, to comment.'
    )
  })

  it('the same statement naming the commissioner as a partner outside the quotation: cannot tell; inside it, as the chief’s partner: not met', () => {
    const outside =
      'Chief Constable Jo Bloggs has welcomed the HMICFRS PEEL 2023–25 inspection of Kent Police, as has the Police and Crime Commissioner.\n\nShe said: “We accept the recommendations.”\n'
    expect(outcome(constructed(outside).result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    const inside =
      'Chief Constable Jo Bloggs has welcomed the HMICFRS PEEL 2023–25 inspection of Kent Police.\n\nShe said: “We work closely with the Police and Crime Commissioner and we accept the recommendations.”\n'
    expect(outcome(constructed(inside).result, 'lpb-comments')).toEqual(['not-met', 'force-voice'])
  })

  it.each([
    // The body speaks by title, by name after its title, or in its own duties: the chief's words are quoted in its statement.
    'The Police and Crime Commissioner said: “I welcome the HMICFRS PEEL 2023–25 inspection of Kent Police.”\n\nChief Constable Jo Bloggs said: “We accept the recommendations.”\n',
    'Police and Crime Commissioner Winston Roddick QC was pleased with the report.\n\nMr Roddick said: “I welcome the HMICFRS PEEL 2023–25 inspection of Kent Police.”\n\nChief Constable Jo Bloggs said: “We accept the recommendations.”\n',
    'I welcome the HMICFRS PEEL 2023–25 inspection of Kent Police and will hold the Chief Constable to account. Chief Constable Jo Bloggs said: “We accept it.”\n'
  ])('%j: the body speaks, so its voice is met', (text) => {
    const {result} = constructed(text)
    expect(textState(text).forceVoice).toBeUndefined()
    expect(outcome(result, 'lpb-comments')).toEqual(['met', 'found'])
  })
})

describe('textState: a copy that stopped mid-quote or clipped its paragraphs is cut off', () => {
  it('the real page clipped paragraph by paragraph and stopped at “Howeve: cut off, though the report is named by its PEEL pillar in the part read', () => {
    const {text} = readCorpus('warwickshire-pcc-peel-legitimacy-2017-statement.txt')
    expect(textState(text).cutOff).toBe(true)
    expect(outcome(read('warwickshire-pcc-peel-legitimacy-2017-statement.txt').result, 'report-identified')).toEqual(['met', 'named'])
  })

  it.each([
    ['I welcome the report.\n\n“Howeve', true],
    ['I welcome the report.\n\n“However, there is more to do.”', false],
    // A signature or a short heading is not a quotation.
    ['I welcome the report.\n\nJo Bloggs', false]
  ])('%j: cut off %s', (text, cutOff) => {
    expect(textState(text).cutOff).toBe(cutOff)
  })

  it('two long paragraphs stopping in a lower-case word are clipped; one may be a list item that lost its marker', () => {
    const long = 'The Commissioner said the force had made progress across many areas of its work with partners and communities over the year, and that it would'
    const clipped = `${long} continue to improve its particula`
    expect(textState(`${clipped}\n\n${clipped}\n\nI welcome the report.`).cutOff).toBe(true)
    expect(textState(`${clipped}\n\nI welcome the report.`).cutOff).toBe(false)
    // A list item of that length ending in a capitalised name is no clipped paragraph.
    expect(textState(`${long} work with the National Police Chiefs Council\n\n${long} work with the Home Office\n\nI welcome the report.`).cutOff).toBe(false)
  })
})

describe('report-identified: a whole text that calls its report only "this report" is warned so; one that may name it in a form not read names the passage', () => {
  const end = '\n\nThe force will act on the recommendations and I will monitor progress.\n\nJohn Smith\nPolice and Crime Commissioner\n'

  it.each([
    // Real: the HM Inspector's words (ending at a lead-in whose list was not kept); a report described
    // (cut off). The inspectorate's report with no topic or day in a whole statement is not met: see
    // report-named-clauses.test.ts.
    ['southyorkshire-pcc-peel-2023-25-blog.txt', 'HMICFRS'],
    ['northwales-pcc-peel-legitimacy-2016-wales-express.txt', 'report']
  ])('%s calls its report only “%s”: a warning that says so', (name, mention) => {
    expect(check(read(name).result, 'report-identified')).toMatchObject({
      outcome: 'cannot-tell',
      messageId: 'only-described',
      plain: `The response calls the report only “${mention}”, which does not say which report it answers.`
    })
  })

  it.each([
    ['I welcome the HMICFRS inspection carried out in March.', 'the HMICFRS'],
    ['Dear Home Secretary,\n\nI welcome this report from the inspectorate.', 'this report']
  ])('%j: a warning that says so', (opening, mention) => {
    expect(check(constructed(`${opening}${end}`).result, 'report-identified')).toMatchObject({
      outcome: 'cannot-tell',
      messageId: 'only-described',
      plain: `The response calls the report only “${mention}”, which does not say which report it answers.`
    })
  })

  it.each([
    // The PEEL family by its name alone, a short capitalised quotation: what may name it is for a person to check.
    ['I welcome the PEEL findings for Kent Police.', 'PEEL findings for Kent'],
    ['Kent Police was graded good in PEEL this year.', 'PEEL this year'],
    ['I welcome ‘Getting a grip’, which HMICFRS published last week.', 'Getting a grip']
  ])('%j may name it: cannot tell (“%s”)', (opening, title) => {
    expect(check(constructed(`${opening}${end}`).result, 'report-identified')).toMatchObject({
      outcome: 'cannot-tell',
      messageId: 'possible-title',
      plain: expect.stringContaining(`“${title}” may be its title.`)
    })
  })

  it.each([
    // A speaker's quotation and the PEEL programme are no possible title.
    ['The inspector said: “It is a good force.” I welcome the HMICFRS inspection.', undefined],
    ['The PEEL programme looks at all forces. I welcome the HMICFRS inspection.', undefined]
  ])('%j holds no possible title', (opening, title) => {
    expect(textState(`${opening}${end}`).possibleTitle).toBe(title)
  })
})

describe('report-identified: a page listing reports of different dates answers none of them alone', () => {
  it('the real index of a commissioner’s responses, one report a line with its year: cannot tell, not the title of its first line', () => {
    const {response, result} = read('hampshire-pcc-inspections-index.txt')
    // The parser reads one line's title; the list says it is one of many.
    expect(response.report.title).toBe('CDI Inspection of Hampshire Constabulary 2019')
    expect(textState(readCorpus('hampshire-pcc-inspections-index.txt').text).reportList?.slice(0, 3)).toEqual([
      'HMICFRS PEEL: Police effectiveness, efficiency and legitimacy 2018/19',
      'PCC Response to HMICFRS CDI Inspection of Hampshire Constabulary 2019',
      'PCC & Force Response to PEEL Effectiveness 2018'
    ])
    expect(check(result, 'report-identified')).toMatchObject({
      outcome: 'cannot-tell',
      messageId: 'several-reports',
      plain:
        'The text lists reports of 5 different dates (“HMICFRS PEEL: Police effectiveness, efficiency and legitimacy 2018/19”, “PCC Response to HMICFRS CDI Inspection of Hampshire Constabulary 2019”, …), so it does not say which one it answers: it reads as a page of reports and responses, not a response to one.'
    })
  })

  it('sentences that tell of a force’s three PEEL reports and their dates are no list (real news page): its report is named', () => {
    const {result} = read('dorset-police-pcc-peel-2015-assessment-force-news.txt')
    expect(textState(readCorpus('dorset-police-pcc-peel-2015-assessment-force-news.txt').text).reportList).toBeUndefined()
    expect(outcome(result, 'report-identified')).toEqual(['met', 'named'])
  })

  it('a page whose lines give each report its month ("… – February 2021 Response"), or its day ("Published on: 13 April 2022")', () => {
    for (const name of ['northumbria-pcc-hmicfrs-reports-and-responses-page-2021.txt', 'bedfordshire-pcc-hmic-reports-index.txt']) {
      expect(outcome(read(name).result, 'report-identified')).toEqual(['cannot-tell', 'several-reports'])
    }
  })

  it.each([
    // Two dates of one month written two ways ("Oct 2014", "Nov 2014", "November 2014") are two dates, not three.
    ['mopac-deputy-mayor-hmic-responses-index-2015.txt', 'met', 'named'],
    // A response that names its report and an earlier one, each with its year, and comments in the first person.
    ['northwales-pcc-hmic-inspections-responses-page.txt', 'cannot-tell', 'cannot-tell']
  ])('%s: not a list of three dates (%s, %s)', (name, outcomeOf, messageId) => {
    expect(outcome(read(name).result, 'report-identified')).toEqual([outcomeOf, messageId])
  })

  it.each([
    ['PEEL 2023–25: An inspection of Kent Police\n\nI welcome the report. In the PEEL 2021/22 report the force was good; in PEEL 2018/19 it was outstanding.\n', undefined],
    ['Reports\n\nPEEL 2023–25 Response\nPEEL 2021/22 Response\nPEEL 2018/19 Response\n', 3],
    // A line in the first person comments on a report: not a list entry.
    ['I welcome PEEL 2023–25.\nWe noted PEEL 2021/22.\nOur view of PEEL 2018/19 stands.\n', undefined]
  ])('%j: report lines of different dates %s', (text, count) => {
    expect(textState(text).reportList?.length).toBe(count)
  })
})

describe('the three parts on pages that are not one response', () => {
  it.each([
    // "… – February 2021 Response" link labels; its "we will provide a summary infographic" is the page's own words.
    ['northumbria-pcc-hmicfrs-reports-and-responses-page-2021.txt', 'cannot-tell'],
    // "PCC & Force Response to PEEL Effectiveness 2018" link labels.
    ['hampshire-pcc-inspections-index.txt', 'cannot-tell'],
    // "Published on: 13 April 2022" date lines of listed reports.
    ['bedfordshire-pcc-hmic-reports-index.txt', 'cannot-tell']
  ])('%s: an index page, so the body’s comments and the chief’s are in the responses its links open', (name) => {
    const {result} = read(name)
    expect(textState(readCorpus(name).text).index).toBe(true)
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(outcome(result, 'chief-officer-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([])
  })

  it('a response’s own heading and one part heading ("Commissioner’s response to HMICFRS report: …", "Surrey Chief Constable Response") are no index', () => {
    expect(textState(readCorpus('surrey-pcc-custody-inspection-2022.txt').text).index).toBe(false)
    expect(outcome(read('surrey-pcc-custody-inspection-2022.txt').result, 'lpb-comments')).toEqual(['met', 'found'])
  })

  it('a chief fire officer’s words ("Chief Fire Officer John Beard said:") in a release naming no police force: outside section 55, no rule of it runs', () => {
    const {response, result} = read('cumbria-fire-reinspection-2023-press-release.txt')
    expect(response.chiefOfficerComments?.text.startsWith('Chief Fire Officer John Beard said:')).toBe(true)
    expect(result.checks.map((entry) => [entry.ruleId, entry.outcome, entry.messageId])).toEqual([['fire-report-not-section-55', 'cannot-tell', 'fire-text']])
  })

  it('a page that stops inside the chief’s quotation after an apostrophe (“It’s a fact that there are a hi) is cut off: no error for the body’s comments', () => {
    const {response, result} = read('nottinghamshire-pcc-peel-effectiveness-2016-response.txt')
    expect(textState(readCorpus('nottinghamshire-pcc-peel-effectiveness-2016-response.txt').text).cutOff).toBe(true)
    // The chief, named by title first, speaks alone: no body's comments in the text read.
    expect(response.lpbComments).toBeUndefined()
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(outcome(result, 'chief-officer-comments')).toEqual(['met', 'found'])
  })
})
