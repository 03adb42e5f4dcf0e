import {readFileSync} from 'node:fs'
import {parseReport, parseResponse} from '@scrutiny/parser'
import {describe, expect, it} from 'vitest'
import type {Log} from 'sarif'
import {ConfigError, RuleError, defineRule, link, lint, presets, reportGithub, reportSarif, reportText, rules} from '../src/index.js'
import {ScrutinyError} from '@scrutiny/schema'
import {textState} from '../src/lib/text-state.js'
import {check, parseSeed, readCorpus, seedReport} from './helpers.js'

describe('three outcomes', () => {
  it('a letter names its report in the subject line above "the above HMICFRS report": met, with the passage', () => {
    const {text} = readCorpus('westmercia-pcc-homicide-prevention-2023-letter.txt')
    const {response, file} = parseResponse(text, {path: 'letter.txt'})
    const result = lint(response, {file})
    const named = check(result, 'report-identified')
    expect(named).toMatchObject({outcome: 'met', messageId: 'named'})
    const {start, end} = named!.place!
    expect(text.slice(start.offset, end.offset)).toBe('Homicide prevention: An inspection of the police contribution to the prevention of homicide')
    expect(result.dates).toEqual({report: {date: '2023-08-11', precision: 'day', from: 'text'}, response: {date: '2023-10-02', precision: 'day', from: 'text'}})
    expect(result.deadline).toEqual({lastPermittedDay: '2023-10-05'})
    expect(check(result, 'published-within-56-days')).toMatchObject({outcome: 'met', plain: 'The response is dated 2023-10-02, day 53 of 56: in time.'})
  })

  it('the minutes of a meeting record what was said: no comments minuted cannot tell, never an error (real panel minutes)', () => {
    const {text} = readCorpus('durham-panel-minutes-hmicfrs-inspection-reports.txt')
    expect(textState(text).minutes).toBe(true)
    const {response, file} = parseResponse(text, {path: 'minutes.txt'})
    const result = lint(response, {file, preset: 'strict'})
    expect(check(result, 'lpb-comments')).toMatchObject({outcome: 'cannot-tell', messageId: 'cannot-tell'})
    expect(result.messages.find((entry) => entry.ruleId === 'lpb-comments')?.reason).toBe(
      "Unexpected response without the local policing body's own comments in the text read (the text is the minutes of a meeting: it records what was said there, and the body's comments are published in its own response), expected its comments on the report (s.55(5)(a))"
    )
    // One mention of the panel is not minutes: a complete response without the body's comments is still an error.
    const letter = 'The Panel noted the HMICFRS PEEL report on Kent Police at its meeting.\n\nChief Constable’s response\n\n“The force accepts the findings.”\n'
    expect(textState(letter).minutes).toBe(false)
    const answer = parseResponse(letter, {path: 'letter.txt'})
    expect(check(lint(answer.response, {file: answer.file, preset: 'strict'}), 'lpb-comments')).toMatchObject({outcome: 'not-met', messageId: 'missing'})
  })

  it('a complete text that never presents itself as a response (a page about the report) cannot tell, never an error', () => {
    const page = 'HMICFRS has published its PEEL 2023–25 inspection of Kent Police.\n\nThe force was graded good at investigating crime.\n'
    expect(textState(page).presentsAsResponse).toBe(false)
    const {response, file} = parseResponse(page, {path: 'page.txt'})
    const result = lint(response, {file, preset: 'strict'})
    expect(check(result, 'lpb-comments')).toMatchObject({outcome: 'cannot-tell', messageId: 'cannot-tell'})
    expect(result.messages.find((entry) => entry.ruleId === 'lpb-comments')?.plain).toBe(
      "The body's own comments were not found in the text read (the text never says “response”, “comments on” or “Dear …” and does not cite section 55: it may be a page about the report, not a response)."
    )
  })

  it('a recommendation whose answer the cut-off text does not reach cannot tell, in the checks and the coverage table', () => {
    const {text} = readCorpus('westmercia-pcc-homicide-prevention-2023-letter.txt')
    const {response, file} = parseResponse(text, {path: 'letter.txt'})
    const result = lint(response, {file})
    expect(result.messages.filter((entry) => entry.fatal === true)).toEqual([])
    expect(check(result, 'recommendations-explained')).toMatchObject({outcome: 'cannot-tell', messageId: 'cannot-tell'})
    // The warning says why the text cannot settle it, as every cannot-tell does.
    expect(result.messages.find((entry) => entry.ruleId === 'recommendations-explained')?.plain).toMatch(
      /^No explanation of this recommendation was found in the text read \(the document looks cut off\): “/
    )
    expect(result.coverage.map((row) => [row.kind, row.answered, row.outcome])).toEqual([['recommendation', false, 'cannot-tell']])
    expect(reportText({file, result, response})).toContain('    Cannot tell: the text read looks cut off or points elsewhere; check the rest for an answer.')
  })

  it('a complete text that refers to no report or inspection is an error; the report given does not stand in for the text', () => {
    const {response, file} = parseResponse('I thank the officers and staff of the force for their work.\n\nI will hold the force to account.', {path: 'short.txt'})
    expect(response.report).toEqual({})
    const result = lint(response, {file, report: seedReport})
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'not-met', messageId: 'missing'})
    const [message] = result.messages.filter((entry) => entry.ruleId === 'report-identified')
    expect([message?.fatal, message?.plain, message?.fix]).toEqual([
      true,
      'The response does not say which report it answers.',
      'Name it, for example by its title and publication date.'
    ])
  })

  it('a complete text that calls the report only "this report" does not name it: an error with the words it uses; cut off, a warning', () => {
    const {response, file} = parseResponse('I welcome this report and thank the inspectors.\n\nI will hold the force to account.', {path: 'short.txt'})
    const result = lint(response, {file})
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'not-met', messageId: 'only-generic'})
    const [message] = result.messages.filter((entry) => entry.ruleId === 'report-identified')
    expect([message?.fatal, message?.plain]).toEqual([
      true,
      'The response calls the report only “this report”, and nowhere names it, its family, the force inspected or when it was published, so a reader cannot tell which report it answers.'
    ])
    // The same words in a text that stops mid-sentence: the rest may name it.
    const cut = parseResponse('I welcome this report and thank the inspectors.\n\nI will hold the force to account for what it does in', {path: 'cut.txt'})
    expect(check(lint(cut.response, {file: cut.file}), 'report-identified')).toMatchObject({outcome: 'cannot-tell', messageId: 'cannot-tell'})
  })

  it.each([
    // A title-case heading about a report, in a form no reader takes.
    ['Hmicfrs Spotlight Report On Fraud Prevention Work\n\nI welcome this report and thank the inspectors.\n', 'Hmicfrs Spotlight Report On Fraud Prevention Work'],
    // A capitalised quotation after a report word.
    ['I welcome the inspection “Fraud: Time To Choose” and thank the inspectors.\n', 'Fraud: Time To Choose']
  ])('%j may hold a title in a form not read: cannot tell, never an error', (text, title) => {
    const {response, file} = parseResponse(text, {path: 'short.txt'})
    const result = lint(response, {file})
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'cannot-tell', messageId: 'possible-title'})
    expect(textState(text).possibleTitle).toBe(title)
  })

  it.each([
    // A sentence, a one-word quotation (a grade) and a heading in sentence case are no title.
    'I welcome the report. The Inspection Found Much To Praise In The Force.\n',
    'I welcome the report, which graded the force ‘Good’.\n',
    'Commissioner welcomes the inspection report on the force\n\nI welcome this report.\n'
  ])('%j holds no possible title', (text) => {
    expect(textState(text).possibleTitle).toBeUndefined()
  })

  it('a text cut off mid-sentence cannot tell: a warning that says what to check, never an error', () => {
    const {response, file} = parseResponse(
      'I welcome this report and thank the inspectors for their work on the force and its partners, which has',
      {path: 'cut.txt'}
    )
    const result = lint(response, {file})
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'cannot-tell', messageId: 'cannot-tell'})
    const [message] = result.messages.filter((entry) => entry.ruleId === 'report-identified')
    expect([message?.fatal, message?.reason]).toEqual([
      false,
      'Unexpected response without the report named in the text read (the document looks cut off), expected its title or link (s.55(4)-(5))'
    ])
    expect(result.messages.filter((entry) => entry.fatal === true)).toEqual([])
    expect(reportGithub({file, result}).split('\n').filter((line) => line.includes('report-identified'))).toEqual([
      '::warning file=cut.txt,title=report-identified (cannot tell)::Unexpected response without the report named in the text read (the document looks cut off), expected its title or link (s.55(4)-(5))'
    ])
  })

  it('"the above report" without a subject line cannot tell, and says to check the subject line', () => {
    const {response, file} = parseResponse('Dear Home Secretary,\n\nI am writing to you in response to the above report.\n\nYours sincerely,', {
      path: 'above.txt'
    })
    const [message] = lint(response, {file}).messages.filter((entry) => entry.ruleId === 'report-identified')
    expect([message?.fatal, message?.plain]).toEqual([false, 'The response calls the report “the above report” without giving its title.'])
  })

  it("chief officer's comments said to be attached cannot tell", () => {
    const {response, file} = parseResponse(
      "I welcome the report. The Chief Constable's response is attached to this letter.\n\nYours sincerely,",
      {path: 'covering.txt'}
    )
    const result = lint(response, {file})
    expect(check(result, 'chief-officer-comments')).toMatchObject({
      outcome: 'cannot-tell',
      plain: "The chief officer's comments were not found in the text read (the text says the chief officer's comments are attached or in another document)."
    })
    // Comments attached were invited: the invitation is not "not met" where the comments cannot be told.
    expect(check(result, 'chief-officer-invited')).toMatchObject({
      outcome: 'cannot-tell',
      plain: "Neither the chief officer's comments nor an invitation to give them were found in the text read (the text says the chief officer's comments are attached or in another document)."
    })
  })

  it('chief-officer-invited: a text cut off cannot tell; a whole text without comments or an invitation is not met', () => {
    const cut = parseResponse('I welcome this report and thank the inspectors for their work on the force and its partners, which has', {path: 'cut.txt'})
    expect(check(lint(cut.response, {file: cut.file}), 'chief-officer-invited')).toMatchObject({outcome: 'cannot-tell', messageId: 'cannot-tell'})
    const whole = parseResponse('I welcome this report and thank HMICFRS for its work.\n', {path: 'whole.txt'})
    expect(check(lint(whole.response, {file: whole.file}), 'chief-officer-invited')).toMatchObject({outcome: 'not-met', messageId: 'missing'})
  })

  it('a pointer to the report ("A copy of the report can be downloaded here") leaves only the report\'s name unsettled', () => {
    const {text} = readCorpus('northants-pfcc-peel-2023-25.txt')
    expect(textState(text)).toEqual({
      cutOff: true,
      covering: false,
      cutInOpening: false,
      reportElsewhere: true,
      chiefElsewhere: false,
      reportReference: 'PEEL',
      possibleTitle: 'Northamptonshire PEEL Assessment 2023–2025',
      statementEnded: false,
      bodyNamed: true,
      bodySpeaks: 'Commissioner also welcomed',
      index: false,
      presentsAsResponse: true,
      refersToNoReport: false,
      minutes: false,
      onlyGeneric: false,
      endsWhole: false
    })
    const {response, file} = parseResponse(`${text.slice(0, text.indexOf('In several respects'))}I will hold the force to account.\n`, {path: 'northants.txt'})
    const result = lint(response, {file, preset: 'strict'})
    // The whole text is read and says nothing of the chief's comments or section 55: not met (warnings of a good-practice and an off-the-page duty).
    expect(['chief-officer-comments', 'cites-section-55'].map((id) => check(result, id)?.outcome)).toEqual(['not-met', 'not-met'])
    expect(check(result, 'report-identified')?.outcome).toBe('met')
  })

  it('the chief\'s comments said to be appended or in a separate document cannot tell, and say so', () => {
    const {response, file} = parseResponse(
      'I welcome the report and will monitor progress.\n\nThe Chief Constable’s comments are appended to this response.\n',
      {path: 'appended.txt'}
    )
    expect(check(lint(response, {file}), 'chief-officer-comments')).toMatchObject({
      outcome: 'cannot-tell',
      plain: "The chief officer's comments were not found in the text read (the text says the chief officer's comments are attached or in another document)."
    })
  })

  it('report-identified: a family ("the HMICFRS PEEL report") with neither the force nor a date cannot tell; with the force it names it', () => {
    const {response, file} = parseResponse('I welcome the HMICFRS PEEL report and will hold the force to account.\n', {path: 'family.txt'})
    expect(check(lint(response, {file}), 'report-identified')).toMatchObject({
      outcome: 'cannot-tell',
      messageId: 'not-specific',
      plain: 'The response calls the report “HMICFRS PEEL report”, which could be more than one report: it gives no title, and not both the force and when the report was published.'
    })
    const named = parseResponse('I welcome the HMICFRS PEEL report on Kent Police.\n', {path: 'family.txt'})
    expect(check(lint(named.response, {file: named.file}), 'report-identified')).toMatchObject({outcome: 'met', messageId: 'named'})
  })

  it('published-within-56-days: a publication day without a year cannot tell, and the text reporter says why', () => {
    const {response, file} = parseResponse('HMICFRS published on Thursday 22 September its PEEL inspection of Kent Police.\n\nI welcome the report.\n', {
      path: 'no-year.txt'
    })
    const result = lint(response, {file})
    const plain = "The 56 days could not be checked: the text gives the report's publication as “Thursday 22 September”, without a year, and nothing in it settles the year."
    expect(check(result, 'published-within-56-days')).toMatchObject({outcome: 'cannot-tell', messageId: 'no-year', plain})
    expect(reportText({file, result, response}).split('\n')[2]).toBe(plain)
  })

  it('cites-section-55: the Act with the body\'s duty is met; the duty put down to "legislation" cannot tell, saying what to name', () => {
    const verdict = (text: string) => {
      const {response, file} = parseResponse(text, {path: 'basis.txt'})
      const found = check(lint(response, {file, preset: 'strict'}), 'cites-section-55')
      return [found?.outcome, found?.messageId, found?.plain]
    }
    expect(verdict('Under the Police Act 1996 (as amended) I am required to publish my comments on the report.\n')).toEqual([
      'met',
      'act-duty',
      'The response gives its duty under the Police Act 1996, the duty of section 55.'
    ])
    expect(verdict('As required by legislation, I must publish my response within 56 days.\n')).toEqual([
      'cannot-tell',
      'unnamed-law',
      'The response puts its duty down to the law (“As required by legislation”) without naming section 55 of the Police Act 1996.'
    ])
    // A response file written by hand citing another provision does not stand for section 55.
    const {response} = parseResponse('I welcome the report.\n', {path: 'other.txt'})
    const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
    const other = {...response, statutoryBasis: [{text: 'section 101 of the Local Government Act 1972', subsection: '101', position}]}
    expect(check(lint(other, {preset: 'strict'}), 'cites-section-55')?.messageId).toBe('missing')
  })

  it('warns with both values when the text and the report given disagree', () => {
    const {response, file} = parseResponse(
      'On 14 March 2024, HMICFRS published its report ‘Activism and impartiality in policing’.\n\nI welcome it.',
      {path: 'other.txt'}
    )
    const result = lint(response, {file, report: seedReport})
    expect(result.dates).toMatchObject({report: {date: '2024-05-14', precision: 'day', from: 'report'}, reportInText: '2024-03-14'})
    expect(result.messages.filter((entry) => entry.ruleId === 'report-identified').map((entry) => [entry.fatal, entry.plain])).toEqual([
      [
        false,
        'The response names “Activism and impartiality in policing”, but the report given is “An inspection of the West Midlands regional response to serious and organised crime”.'
      ],
      [false, 'The response says the report was published on 2024-03-14, but the report given was published on 2024-05-14.']
    ])
  })
})

describe('a statement issued with the report', () => {
  it('"today publishes its full report" with no date written: neither date is known, so the 56 days cannot be told', () => {
    const {text} = readCorpus('devoncornwall-pcc-peel-2021-22-statement.txt')
    const {response, file} = parseResponse(text, {path: 'statement.txt'})
    expect(response.report.publishedOnAsWritten).toBe('today')
    const result = lint(response, {file})
    expect(result.dates).toEqual({})
    const plain =
      'The 56 days could not be checked: the response says the report was published today, but no date of its own could be read, so neither date is known. Check the day the response was published: the day the report was published is day 1 of the 56.'
    expect(check(result, 'published-within-56-days')).toMatchObject({outcome: 'cannot-tell', messageId: 'today-undated', plain})
    // The text reporter's summary says the same: what it could not check, never "in time" without a date.
    expect(reportText({file, result, response}).split('\n')[2]).toBe(plain)
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'met', plain: 'The response names the report: “2021-22 Police Effectiveness Efficiency and Legitimacy (PEEL) report”.'})
  })
})

describe('the text reporter', () => {
  it('never says "in time" without the response\'s date', () => {
    const {response, file} = parseResponse('On 14 May 2024, HMICFRS published its report ‘Serious and organised crime’.\n\nI welcome it.', {
      path: 'undated.txt'
    })
    const result = lint(response, {file})
    const text = reportText({file, result, response})
    expect(text).not.toContain('in time')
    expect(text.split('\n')[2]).toBe(
      "The last permitted day is 8 July 2024 (day 56, counting 14 May 2024, when the response says the report was published, as day 1). The response's date could not be read: check that it is published by then, or give its date."
    )
    expect(text).toContain('- Cannot tell: The response has no date that could be read, so the 56 days could not be checked: the last permitted day is 2024-07-08.')
  })
})

describe('a linter others can extend', () => {
  const namesBoard = defineRule({
    id: 'names-board',
    description: 'The response names the accountability board.',
    note: 'House style of the office',
    basis: 'good-practice',
    why: 'Readers should know where progress is followed.',
    messages: {
      named: {outcome: 'met', reason: 'Found the board', plain: 'The board is named.'},
      missing: {outcome: 'not-met', reason: 'Unexpected response without the board, expected “Accountability Board”', plain: 'The board is not named.'}
    },
    check: ({response}) => [/accountability board/i.test(response.lpbComments?.text ?? '') ? {message: 'named'} : {message: 'missing'}]
  })
  const house = {...presets, house: {rules: {...presets.recommended.rules, 'names-board': 'warning' as const}}}

  it('runs a house rule from a preset given as data', () => {
    const {response, file} = parseResponse('I welcome the report ‘Serious and organised crime’.', {path: 'house.txt'})
    const result = lint(response, {file, rules: [...rules, namesBoard], presets: house, preset: 'house'})
    const [message] = result.messages.filter((entry) => entry.ruleId === 'names-board')
    // docs/rules.md has no section for a house rule: no URL is made up for it, and its own reason is given.
    expect([message?.fatal, message?.plain, message?.url, message?.why]).toEqual([
      false,
      'The board is not named.',
      undefined,
      'Readers should know where progress is followed.'
    ])
    expect(reportText({file, result, response})).toContain(
      'Should check: The board is not named.\n  Where: the document as a whole\n  Why: Readers should know where progress is followed. (House style of the office)'
    )
    // SARIF describes the house rule too, so its result has a rule index.
    const sarif = JSON.parse(reportSarif({file, result})) as Log
    const driver = sarif.runs[0]!.tool.driver.rules!
    const index = sarif.runs[0]!.results!.find((entry) => entry.ruleId === 'names-board')!.ruleIndex!
    expect(driver[index]).toEqual({
      id: 'names-board',
      fullDescription: {text: 'Readers should know where progress is followed.'},
      properties: {note: 'House style of the office'}
    })
  })

  it('keeps the URL a house rule brings, and gives a built-in rule its section of docs/rules.md', () => {
    expect(defineRule({...namesBoard, url: 'https://intranet.example/house-rules#names-board'}).url).toBe(
      'https://intranet.example/house-rules#names-board'
    )
    expect(rules.find((rule) => rule.id === 'copies-sent')?.url).toBe('https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#copies-sent')
  })

  it('names the rule and its messages when a rule reports a message it does not have', () => {
    // TypeScript catches the misspelling; a house rule written in JavaScript has only this error.
    const broken = defineRule({...namesBoard, id: 'broken', check: () => [{message: 'mising' as 'missing'}]})
    const {response} = parseResponse('I welcome the report.')
    expect(() => lint(response, {rules: [broken], presets: {only: {rules: {broken: 'warning'}}}, preset: 'only'})).toThrow(
      new RuleError('broken', 'mising', ['named', 'missing'])
    )
    expect(new RuleError('broken', 'mising', ['named', 'missing']).message).toBe(
      'Unexpected message "mising" from rule "broken", expected one of its messages: named, missing'
    )
  })

  it('rejects an unknown preset', () => {
    const {response} = parseResponse('I welcome the report.')
    expect(() => lint(response, {preset: 'house'})).toThrow(ConfigError)
    expect(() => lint(response, {preset: 'house'})).toThrow('unknown preset "house" (known: recommended, strict)')
  })

  it('reports an unknown rule id in a disable comment, with where it is', () => {
    const {response, file} = parseResponse('<!-- scrutiny-disable copies-sent copies-snet -->\n\nI welcome the report.', {
      path: 'disable.md'
    })
    const result = lint(response, {file})
    const unknown = result.messages.filter((entry) => entry.ruleId === 'disable-comment')
    expect(unknown.map((entry) => [entry.fatal, entry.reason, entry.place])).toEqual([
      [
        false,
        'Unexpected unknown rule “copies-snet” in a scrutiny-disable comment, expected a rule id such as “copies-sent”',
        {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 50, offset: 49}}
      ]
    ])
    expect(result.messages.filter((entry) => entry.ruleId === 'copies-sent')).toEqual([])
  })
})

describe('errors', () => {
  it('share one base class with a code and the file path', () => {
    const error = new ConfigError('.scrutinyrc.json', 'unknown rule(s) "x"')
    expect(error).toBeInstanceOf(ScrutinyError)
    expect([error.code, error.path]).toEqual(['config', '.scrutinyrc.json'])
    const {response} = parseResponse('I welcome the report.')
    try {
      lint(response, {asAt: '1 July 2024'})
      expect.unreachable()
    } catch (caught) {
      expect(caught).toBeInstanceOf(ScrutinyError)
      expect([(caught as ScrutinyError).code, (caught as ScrutinyError).path]).toEqual(['invalid-date', undefined])
    }
  })
})

describe('link', () => {
  it('works out the dates once, given first, then the report, then the text, and keeps the text date that disagrees', () => {
    const {text} = readCorpus('westmercia-pcc-police-performance-getting-a-grip-2023-letter.txt')
    const {response} = parseResponse(text, {path: 'letter.txt'})
    expect(link(response)).toMatchObject({
      dates: {report: {date: '2023-07-07', precision: 'day', from: 'text'}, response: {date: '2023-09-01', precision: 'day', from: 'text'}},
      deadline: {lastPermittedDay: '2023-08-31', daysLate: 1}
    })
    expect(link(response, {reportPublishedOn: '2023-07-10', publishedOn: '2023-08-30'})).toMatchObject({
      dates: {report: {date: '2023-07-10', precision: 'day', from: 'given'}, response: {date: '2023-08-30', precision: 'day', from: 'given'}, reportInText: '2023-07-07'},
      deadline: {lastPermittedDay: '2023-09-03'}
    })
    expect(link(response, {report: seedReport}).dates.report).toEqual({date: '2024-05-14', precision: 'day', from: 'report'})
  })
})

describe('link: the one step that ties references to the report', () => {
  it('matches the seed’s references to its report, none left over, and the parser’s output names no finding id', () => {
    const {response, file} = parseSeed()
    expect(response.findingResponses.filter((answer) => answer.finding.findingId !== undefined)).toEqual([])
    const linked = link(response, {report: seedReport, file})
    expect(linked.unmatched).toEqual([])
    expect(linked.coverage.map((row) => [row.findingId, row.matchedBy])).toEqual([
      ['afi-1', 'paraphrase'],
      ['innovative-practice-1', 'quote'],
      ['innovative-practice-2', 'quote'],
      ['afi-2', 'paraphrase'],
      ['afi-3', 'paraphrase'],
      ['afi-4', 'quote'],
      ['afi-5', 'quote'],
      ['afi-6', 'quote'],
      ['afi-7', 'quote']
    ])
  })

  it('finds a finding no reference names by close paraphrase, at its own line where the text is at hand', () => {
    const {response, file} = parseSeed()
    // The seed as if it never quoted the two "4P plans" AFIs: the linter finds them in the parts.
    const unquoted = {...response, findingResponses: response.findingResponses.filter((answer) => !(answer.finding.quote ?? '').includes('4P plans'))}
    const row = link(unquoted, {report: seedReport, file}).coverage.find((entry) => entry.findingId === 'afi-5')
    expect([row?.matchedBy, row?.part, row?.stance, row?.position]).toEqual([
      'paraphrase',
      'lpb-comments',
      'noted',
      {start: {line: 111, column: 3, offset: 9361}, end: {line: 111, column: 69, offset: 9427}}
    ])
    expect(String(file.value).slice(row?.position?.start.offset, row?.position?.end.offset)).toBe('1. Warwickshire Police should improve the quality of its 4P plans.')
    // Without the text, the passage has its part's position.
    expect(link(unquoted, {report: seedReport}).coverage.find((entry) => entry.findingId === 'afi-5')?.position).toEqual(response.lpbComments?.position)
  })

  it('warns, under report-identified, of references that match no finding of the report given', () => {
    const raw = readFileSync(new URL('../../../fixtures/corpus/reports/peel-2021-22-staffordshire-accelerated-coc.txt', import.meta.url), 'utf8')
    const {report} = parseReport(raw.slice(raw.indexOf('\n---\n') + 5))
    const {response, file} = parseSeed()
    expect(link(response, {report, file}).unmatched).toHaveLength(10)
    const result = lint(response, {report, file})
    const other = result.messages.filter((message) => message.ruleId === 'report-identified' && message.reason.includes('matches no finding'))
    expect(other).toHaveLength(10)
    expect([other[0]?.fatal, other[0]?.line, other[0]?.plain]).toEqual([
      false,
      34,
      'The response refers to "The Regional Organised Crime Unit for the West Midlands and its constituent forces should improve how they work together to tackle serious and organised crime.", which is not a finding of the report given, “PEEL: Staffordshire Police cause of concern – Responding to vulnerable people”.'
    ])
  })
})

describe('textState', () => {
  it('reads where the text ends before its footnotes, and asks no answer of practice', () => {
    const {response, file} = parseSeed()
    const result = lint(response, {file, report: seedReport})
    expect(result.coverage.filter((row) => row.outcome !== 'met').map((row) => row.kind)).toEqual([])
    expect(textState(String(file.value))).toEqual({
      cutOff: false,
      covering: false,
      cutInOpening: false,
      reportElsewhere: false,
      chiefElsewhere: false,
      reportReference: 'HMICFRS',
      possibleTitle: 'An inspection of the West Midlands regional response to serious and organised crime',
      statementEnded: false,
      bodyNamed: true,
      index: false,
      presentsAsResponse: true,
      refersToNoReport: false,
      minutes: false,
      onlyGeneric: false,
      endsWhole: true
    })
    expect(textState('I welcome the report and will hold the force to account for what it has').cutOff).toBe(true)
    // A page that closes with a link's label or a heading (capitalised words) is not cut off.
    expect(textState(readCorpus('northumbria-pcc-crime-inspection-2014.txt').text)).toEqual({
      cutOff: false,
      covering: false,
      cutInOpening: false,
      reportElsewhere: false,
      chiefElsewhere: false,
      reportReference: 'HMIC',
      possibleTitle: 'Commissioner’s Response – HMIC Crime Inspection Force Reports',
      statementEnded: false,
      bodyNamed: true,
      index: false,
      presentsAsResponse: true,
      refersToNoReport: false,
      minutes: false,
      onlyGeneric: false,
      endsWhole: false
    })
    expect(result.coverage.filter((row) => row.kind === 'innovative-practice').map((row) => [row.answered, row.outcome])).toEqual([
      [false, 'met'],
      [false, 'met']
    ])
  })
})

describe('how news pages and statements name their report and give their dates', () => {
  const read = (name: string) => {
    const {response, file} = parseResponse(readCorpus(name).text, {path: name})
    const {position, ...report} = response.report
    return {report, result: lint(response, {file})}
  }

  it.each([
    ['staffordshire-pfcc-fire-inspection-2019.txt', 'today’s report by HM Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS)'],
    // Not the grade it quotes ("Today’s HMICFRS report, which graded West Mercia as ‘requiring improvement’").
    ['westmercia-pcc-peel-effectiveness-2017.txt', 'Today’s HMICFRS report']
  ])('%s: the report named by its author and its day, "%s", published today (undated: the 56 days cannot be told)', (name, mention) => {
    const {report, result} = read(name)
    expect(report).toEqual({mentions: [mention], publishedOnAsWritten: 'today'})
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'met', messageId: 'named', plain: `The response names the report: “${mention}”.`})
    expect(check(result, 'published-within-56-days')).toMatchObject({outcome: 'cannot-tell', messageId: 'today-undated'})
  })

  it('a whole statement on a fire and rescue service’s report, naming no police force: outside section 55, so not checked for the report named', () => {
    const {report, result} = read('gloucestershire-pcc-fire-inspection-statement.txt')
    expect(report).toEqual({})
    expect(check(result, 'report-identified')).toBeUndefined()
    expect(check(result, 'fire-report-not-section-55')).toMatchObject({outcome: 'cannot-tell', messageId: 'fire-text'})
  })

  it('a summary page’s reported view ("The PCC for Surrey, Kevin Hurley, recognises that …") is the body’s comments', () => {
    const {result} = read('surrey-pcc-policing-in-austerity-2013.txt')
    expect(check(result, 'lpb-comments')).toMatchObject({outcome: 'met', messageId: 'found'})
  })

  it('"HMIC carried out this Inspection in 2013 and reported on 18 July": the year from the same sentence', () => {
    const {report, result} = read('surrey-pcc-policing-in-austerity-2013.txt')
    expect([report.publishedOn, report.publishedOnAsWritten]).toEqual(['2013-07-18', '18 July'])
    expect(result.dates).toEqual({report: {date: '2013-07-18', precision: 'day', from: 'text'}})
  })

  it.each([
    {
      form: '"the HMIC report <title> published by … on <date>": the title and the publication date',
      name: 'northumbria-pcc-core-business-2015.txt',
      title: 'Core Business: An inspection into crime prevention, police attendance and the use of police time',
      publishedOn: '2014-09-04',
      publishedOnAsWritten: '4th September 2014',
      response: '2015-08-27'
    },
    {
      form: '"HMIC first annual assessment of … which is published today (27th November 2014)": what it assessed, and the day',
      name: 'cambridgeshire-pcc-peel-2014.txt',
      title: 'day-to-day policing by Cambridgeshire Constabulary',
      publishedOn: '2014-11-27',
      publishedOnAsWritten: 'today (27th November 2014)',
      response: '2014-11-27'
    }
  ])('$form', ({name, title, publishedOn, publishedOnAsWritten, response}) => {
    const {report, result} = read(name)
    expect(report).toEqual({title, publishedOn, publishedOnAsWritten})
    expect(result.dates).toEqual({report: {date: publishedOn, precision: 'day', from: 'text'}, response: {date: response, precision: 'day', from: 'text'}})
  })

})
