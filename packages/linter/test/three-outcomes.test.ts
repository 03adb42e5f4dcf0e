import {readFileSync, readdirSync} from 'node:fs'
import {parseResponse} from '@scrutiny/parser'
import type {InspectionReport} from '@scrutiny/schema'
import type {Log} from 'sarif'
import {describe, expect, it} from 'vitest'
import {defineRule, lint, presets, reportGithub, reportJson, reportSarif, reportStylish, reportText, rules} from '../src/index.js'
import type {LintResult} from '../src/index.js'
import {check, readCorpus, seedReport, seedText} from './helpers.js'

// The seed's report as if its findings were recommendations: those on the regional unit addressed
// to it (another body), those on Warwickshire Police to the force. The seed answers the force's in
// the chief constable's comments and again in the commissioner's response to them, the unit's in
// that response alone, so each coverage check has a passage to find.
const recommendationsReport: InspectionReport = {
  ...seedReport,
  findings: seedReport.findings.map((finding) =>
    finding.kind !== 'area-for-improvement'
      ? finding
      : {
          ...finding,
          kind: 'recommendation' as const,
          addressees: [finding.subjectId === 'rocu-west-midlands' ? {kind: 'rocu' as const, name: 'the ROCUWM'} : {kind: 'force' as const, name: 'Warwickshire Police'}]
        }
  )
}

// The seed up to the commissioner's response to the chief constable's comments: the chief's section
// is the last the text holds, and it closes with a full sentence.
const beforeBodyResponse = seedText.slice(0, seedText.search(/3\.\s+Comments from the local policing body/))

function linted(text: string, report: InspectionReport, path = 'seed.txt') {
  const {response, file} = parseResponse(text, {path})
  return {text, response, file, result: lint(response, {file, report, preset: 'strict'})}
}

/** The passage a check or message points to (a span; a message's place may also be a point). */
const passage = (text: string, place: {start: {offset?: number}; end: {offset?: number}} | {line: number} | undefined) =>
  place && 'start' in place ? text.slice(place.start.offset, place.end.offset) : undefined

const coverageRules = ['recommendations-explained', 'other-recommendations-explained', 'explanations-in-lpb-comments', 'afis-addressed']

/** Each coverage rule's outcome, deciding message and passage (its first line). */
function verdicts(text: string, result: LintResult) {
  return coverageRules.flatMap((id) => {
    const found = check(result, id)
    return found ? [[id, found.outcome, found.messageId, passage(text, found.place)?.split('\n')[0]]] : []
  })
}

const regional =
  'In respect of the Regional findings from the inspection and the two AFI’s identified, a Regional SOC Board is responsible for progressing the operational improvements in ROCUWM activity and providing oversight of the arrangements to address the AFIs.'

describe('coverage checks: met with the passage that meets them', () => {
  it('the seed answers every area for improvement: afis-addressed is met with the first answer (the regional one)', () => {
    const {text, result} = linted(seedText, seedReport)
    expect(verdicts(text, result)).toEqual([['afis-addressed', 'met', 'answered', regional]])
    expect(check(result, 'afis-addressed')?.place).toEqual({start: {line: 165, column: 1, offset: 17864}, end: {line: 165, column: 251, offset: 18114}})
    // An absence has no passage: met, with nothing to point to.
    expect(check(result, 'placeholders-filled')).toEqual({
      ruleId: 'placeholders-filled',
      outcome: 'met',
      messageId: 'filled',
      plain: 'No placeholder of a draft is left.'
    })
  })

  it('the seed against its findings as recommendations: each recommendation rule is met with its passage', () => {
    const {text, result} = linted(seedText, recommendationsReport)
    expect(verdicts(text, result)).toEqual([
      ['recommendations-explained', 'met', 'explained', regional],
      ['other-recommendations-explained', 'met', 'explained', regional],
      ['explanations-in-lpb-comments', 'met', 'in-own-comments', regional]
    ])
    expect(result.messages.filter((message) => coverageRules.includes(message.ruleId ?? ''))).toEqual([])
    // A recommendation answered best in the chief's comments keeps the body's own answer for the check.
    const localProfile = result.coverage.find((row) => row.findingId === 'afi-4')!
    expect([localProfile.part, localProfile.answeredIn, localProfile.ownAnswer?.part, localProfile.ownAnswer?.position.start.line]).toEqual([
      'chief-officer-comments',
      ['chief-officer-comments', 'response-to-chief-officer'],
      'response-to-chief-officer',
      171
    ])
    expect(localProfile.ownAnswer?.quote.startsWith('I note Chief Constable Tedds comments that she is supportive of the findings')).toBe(true)
    expect(passage(text, localProfile.ownAnswer?.position)).toBe(localProfile.ownAnswer?.quote)
  })

  it('a letter answering its recommendation in the body\'s own words: met, with that passage', () => {
    const {text} = readCorpus('westmercia-pcc-activism-impartiality-2024.txt')
    const {response, file} = parseResponse(text, {path: 'letter.txt'})
    const result = lint(response, {file, preset: 'strict'})
    const opening = 'In response to recommendation 10 and 22, I am advised by the Chief Constable'
    expect(verdicts(text, result).map(([id, outcome, message, at]) => [id, outcome, message, at?.slice(0, opening.length)])).toEqual([
      ['recommendations-explained', 'met', 'explained', opening],
      ['explanations-in-lpb-comments', 'met', 'in-own-comments', opening]
    ])
    expect(check(result, 'explanations-in-lpb-comments')?.place).toEqual({start: {line: 8, column: 1, offset: 1673}, end: {line: 8, column: 324, offset: 1996}})
    expect(reportText({file, result, response})).toContain(`- Met: The body's own comments explain the recommendations. “${opening}`)
  })
})

describe('explanations-in-lpb-comments: not met only where the text settles it', () => {
  const chiefOnly = [
    'Warwickshire Police should develop an up-to-date serious and organised crime local profile.',
    'Warwickshire Police should improve the quality of its 4P plans.',
    'Warwickshire Police should improve how it learns from concluded operations.',
    'Warwickshire Police should improve how it manages serious and organised crime offenders.'
  ]

  it('the seed without the body\'s response to the chief: the force\'s recommendations are explained only by the chief, a warning each', () => {
    const {text, result} = linted(beforeBodyResponse, recommendationsReport)
    const messages = result.messages.filter((message) => message.ruleId === 'explanations-in-lpb-comments')
    expect(messages.map((message) => [message.fatal, message.outcome, message.plain, message.line])).toEqual(
      chiefOnly.map((finding, index) => [false, 'not-met', `A recommendation is explained only in the chief officer's section: “${finding}”.`, [139, 143, 147, 153][index]])
    )
    expect(passage(text, messages[0]?.place)?.startsWith('Our Analysis & Performance Department has already commenced work')).toBe(true)
  })

  it.each([
    ['says the body\'s response is attached', `${beforeBodyResponse}My response to the Chief Constable’s comments is attached.\n`, 'the text points to an attachment, annex or other page'],
    ['is cut off mid-sentence', `${beforeBodyResponse}In respect of the Regional findings from the inspection and the two AFI’s identified, a Regional SOC Board is`, 'the document looks cut off']
  ])('the same text that %s cannot tell, and says what to check', (_, text, why) => {
    const {result} = linted(text, recommendationsReport)
    expect(check(result, 'explanations-in-lpb-comments')).toMatchObject({outcome: 'cannot-tell', messageId: 'cannot-tell'})
    const messages = result.messages.filter((message) => message.ruleId === 'explanations-in-lpb-comments')
    expect(messages.map((message) => [message.fatal, message.outcome, message.plain])).toEqual(
      chiefOnly.map((finding) => [false, 'cannot-tell', `In the text read (${why}), a recommendation is explained only in the chief officer's section: “${finding}”.`])
    )
    expect(messages[0]?.fix).toBe(
      "Check the rest of the document, or the attachment or page it points to, for the body's own explanation; if there is none, adopt the chief officer's in your own comments."
    )
    // No coverage rule gives an error on a text that does not settle it.
    expect(result.messages.filter((message) => coverageRules.includes(message.ruleId ?? '') && message.fatal === true)).toEqual([])
  })
})

describe('afis-addressed: not met only where the text settles it', () => {
  const regionalAfis = [
    'The Regional Organised Crime Unit for the West Midlands and its constituent forces should improve how they work together to tackle serious and organised crime.',
    'The Regional Organised Crime Unit for the West Midlands should improve the quality of its 4P plans.',
    'The Regional Organised Crime Unit for the West Midlands should improve its management of serious and organised crime offenders.'
  ]

  it('the seed without the body\'s response to the chief, read whole: the regional areas for improvement are not answered', () => {
    const {result} = linted(beforeBodyResponse, seedReport)
    expect(check(result, 'afis-addressed')).toMatchObject({outcome: 'not-met', messageId: 'unanswered'})
    expect(result.messages.filter((message) => message.ruleId === 'afis-addressed').map((message) => [message.fatal, message.plain])).toEqual(
      regionalAfis.map((finding) => [false, `This area for improvement is not answered: “${finding}”.`])
    )
  })

  it.each([
    ['says the body\'s response is attached', `${beforeBodyResponse}My response to the Chief Constable’s comments is attached.\n`, 'the text points to an attachment, annex or other page'],
    ['is cut off mid-sentence', `${beforeBodyResponse}In respect of the Regional findings from the inspection and the two AFI’s identified, a Regional SOC Board is`, 'the document looks cut off']
  ])('the same text that %s cannot tell, a warning each', (_, text, why) => {
    const {result} = linted(text, seedReport)
    expect(result.messages.filter((message) => message.ruleId === 'afis-addressed').map((message) => [message.fatal, message.outcome, message.plain, message.fix])).toEqual(
      regionalAfis.map((finding) => [
        false,
        'cannot-tell',
        `No answer to this area for improvement was found in the text read (${why}): “${finding}”.`,
        'Check the rest of the document, or the attachment or page it points to, for the answer.'
      ])
    )
  })

  it('an index page listing responses, linted against a report: its answers are on the pages it links to, so cannot tell', () => {
    const {text} = readCorpus('bedfordshire-pcc-hmic-reports-index.txt')
    const {result} = linted(text, seedReport, 'index.txt')
    // The copy also stops mid-line ("An inspection of"): the cut is the first reason given.
    expect(check(result, 'afis-addressed')).toMatchObject({
      outcome: 'cannot-tell',
      messageId: 'cannot-tell',
      plain: `No answer to this area for improvement was found in the text read (the document looks cut off): “${regionalAfis[0]}”.`
    })
    const indexOnly = linted(text.replace(/\n+An inspection of\s*$/, '\n'), seedReport, 'index.txt').result
    expect(check(indexOnly, 'afis-addressed')).toMatchObject({
      outcome: 'cannot-tell',
      plain: `No answer to this area for improvement was found in the text read (the text lists responses or reports by their links (an index page): each response is on the page its link opens): “${regionalAfis[0]}”.`
    })
    expect(result.messages.filter((message) => message.ruleId === 'afis-addressed' && message.outcome !== 'cannot-tell')).toEqual([])
  })

  it('a letter cut off before answering its cause of concern cannot tell, pointing to the cause of concern', () => {
    const {text} = readCorpus('westmercia-pcc-revisit-service-to-victims-2023-letter.txt')
    const {response, file} = parseResponse(text, {path: 'letter.txt'})
    const result = lint(response, {file, preset: 'strict'})
    const found = check(result, 'afis-addressed')
    expect([found?.outcome, found?.messageId, passage(text, found?.place)]).toEqual([
      'cannot-tell',
      'cannot-tell',
      'The force needs to improve how it investigates crimes, supervises investigations and updates victims.'
    ])
    expect(result.messages.filter((message) => message.ruleId === 'afis-addressed').map((message) => message.fatal)).toEqual([false])
  })
})

describe('the text reporter and the 56 days', () => {
  const blind = new Set<string>(JSON.parse(readFileSync(new URL('../../../fixtures/blind.json', import.meta.url), 'utf8')).responses)
  const tuned = readdirSync(new URL('../../../fixtures/corpus/responses/', import.meta.url))
    .filter((name) => name.endsWith('.txt') && !blind.has(name.replace(/\.txt$/, '')))
    .sort()
  // "in time", "with 3 days to spare", "within the 56 days": words that say the response was in time.
  const withinDeadline = /\bin time\b|\bto spare\b|\bwithin (?:the )?(?:56 days|deadline|limit)\b|\bno later than\b/i

  it('never says "in time" of a tuned response whose date could not be read, in its summary, checks or messages', () => {
    const undated = tuned.flatMap((name) => {
      const {text} = readCorpus(name)
      const {response, file} = parseResponse(text, {path: name})
      const result = lint(response, {file, preset: 'strict'})
      if (result.dates.response !== undefined) return []
      // The document's own words, quoted as passages, and the rule's reason ("Why: The law requires the
      // response to be published within 56 days") are not the reporter's verdict.
      const own = reportText({file, result, response}).replace(/“[^”]*”/g, '“…”')
      return [[name, own.split('\n').filter((line) => !line.startsWith('  Why: ') && withinDeadline.test(line))]]
    })
    // 269 of the 344 tuned responses give no date the parser reads (the Welsh date line of Gwent's 2014 statement is
    // read, and the meeting heading of Gloucestershire's 2021 panel minutes, Hansard's "debated on" line and the
    // "this morning, Wednesday, July 6" of the London article; Dorset's force news no longer takes an earlier report's day;
    // the Met agency copy's "Sep 22, 2022" and Kent's "PUBLISHED: 09:49 02 March 2017" are read: 233; the thirty-fifth set, tuned since, adds 11 undated texts: 244; the thirty-eighth adds 12: 256;
    // a minutes heading with a comma before its year, "Friday, 6th June, 2025", is read: 255; the forty-first adds 14: 269).
    expect(undated.length).toBe(269)
    expect(undated.filter(([, lines]) => lines!.length > 0)).toEqual([])
  })

  it('a statement issued "today" with no date of its own says what to check, not that it would be in time', () => {
    const {text} = readCorpus('devoncornwall-pcc-peel-2021-22-statement.txt')
    const {response, file} = parseResponse(text, {path: 'statement.txt'})
    const report = reportText({file, result: lint(response, {file}), response})
    expect(report.split('\n')[2]).toBe(
      'The 56 days could not be checked: the response says the report was published today, but no date of its own could be read, so neither date is known. Check the day the response was published: the day the report was published is day 1 of the 56.'
    )
    expect(report.split('\n').filter((line) => !line.startsWith('  Why: ') && withinDeadline.test(line))).toEqual([])
  })
})

describe('every reporter shows the same three outcomes for one lint result', () => {
  // The seed's findings as recommendations, the body's response said to be attached: met checks,
  // checks not met (the duties the text settles) and checks that cannot tell, side by side.
  const {text, response, file, result} = linted(`${beforeBodyResponse}My response to the Chief Constable’s comments is attached.\n`, recommendationsReport)
  const entry = {file, response, result}
  const outcomes = (messages: Array<{ruleId?: string | null; outcome: string}>) => messages.map((message) => `${message.ruleId}:${message.outcome}`)
  const expected = outcomes(result.messages)

  it('the lint result has all three', () => {
    expect(new Set(result.checks.map((entry) => entry.outcome))).toEqual(new Set(['met', 'not-met', 'cannot-tell']))
    expect(verdicts(text, result).map(([id, outcome]) => [id, outcome])).toEqual([
      ['recommendations-explained', 'cannot-tell'],
      ['other-recommendations-explained', 'cannot-tell'],
      ['explanations-in-lpb-comments', 'cannot-tell']
    ])
  })

  it('JSON: the messages with their outcomes, and every check as the result has it', () => {
    const [json] = JSON.parse(reportJson(entry))
    expect(outcomes(json.messages)).toEqual(expected)
    expect(json.checks).toEqual(JSON.parse(JSON.stringify(result.checks)))
  })

  it('SARIF: each result with its outcome, and every check (met ones with their passage) in the run', () => {
    const run = (JSON.parse(reportSarif(entry)) as Log).runs[0]!
    expect(run.results!.map((entry) => `${entry.ruleId}:${entry.properties?.outcome}`)).toEqual(expected)
    expect(run.properties?.checks).toEqual([{uri: 'seed.txt', checks: JSON.parse(JSON.stringify(result.checks))}])
  })

  it('stylish and GitHub: each message, a check that cannot tell marked so and no other', () => {
    const marked = (line: string) => (line.includes('(cannot tell)') ? 'cannot-tell' : 'not-met')
    // Stylish lists by place, the others in rule order.
    const stylish = reportStylish(entry).split('\n').filter((line) => / (?:warning|error|info) /.test(line))
    expect(stylish.map((line) => `${line.trim().split(/\s+/).at(-2)}:${marked(line)}`).sort()).toEqual([...expected].sort())
    const github = reportGithub(entry).split('\n')
    expect(github.map((line) => `${/title=([^:(]+?)(?: \(cannot tell\))?::/.exec(line)?.[1]}:${marked(line)}`)).toEqual(expected)
  })

  it('text: every check with its outcome in words, met ones with their passage', () => {
    const report = reportText(entry)
    const words = {met: 'Met', 'not-met': 'Not met', 'cannot-tell': 'Cannot tell'} as const
    const listed = report.slice(report.indexOf('\nChecks:\n') + 9).split('\n\n')[0]!.split('\n')
    expect(listed.map((line) => line.slice(2, line.indexOf(': ')))).toEqual(result.checks.map((entry) => words[entry.outcome]))
    expect(listed[0]).toBe("- Met: The body's own comments are there. “1. Local Policing Body’s Comments. I welcome the report and its findings and thank HMICFRS for its …”")
  })
})

describe('a house rule gives the same three outcomes', () => {
  // A body's own rule, brought to `lint` with a preset given as data: the board that follows the
  // findings is named (met, with where), or the text does not settle it (cannot tell), or it is not.
  const boardNamed = defineRule({
    id: 'board-named',
    description: 'The response names the board that follows the findings.',
    note: 'House style of the office',
    basis: 'good-practice',
    why: 'Readers should know where progress is followed.',
    messages: {
      named: {outcome: 'met', reason: 'Found the board “{board}”', plain: 'The board is named: “{board}”.'},
      'cannot-tell': {outcome: 'cannot-tell', reason: 'Unexpected response without a board in the text read, expected one named', plain: 'No board was found in the text read.', fix: 'Check the rest of the document.'},
      missing: {outcome: 'not-met', reason: 'Unexpected response without a board, expected one named', plain: 'No board is named.'}
    },
    check: ({response, text, file}) => {
      const part = response.responseToChiefOfficer
      const board = part && /\b(?:[A-Z][A-Za-z]* ){1,3}Board\b/.exec(part.text)
      if (part && board) {
        const source = String(file?.value ?? '')
        const point = (offset: number) => {
          const before = source.slice(0, offset)
          return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset}
        }
        const start = part.position.start.offset! + board.index
        return [{message: 'named', values: {board: board[0]}, place: {start: point(start), end: point(start + board[0].length)}}]
      }
      return [{message: text.cutOff || text.covering ? 'cannot-tell' : 'missing'}]
    }
  })
  // The house rule at error: a check that cannot tell is still only a warning.
  const house = {...presets, house: {rules: {...presets.recommended.rules, 'board-named': 'error' as const}}}
  const withHouse = (text: string) => {
    const {response, file} = parseResponse(text, {path: 'seed.txt'})
    const result = lint(response, {file, rules: [...rules, boardNamed], presets: house, preset: 'house'})
    return {response, file, result}
  }

  it('met on the seed, with the passage that names the board, in the checks and the text report', () => {
    const {response, file, result} = withHouse(seedText)
    const found = check(result, 'board-named')!
    expect([found.outcome, found.plain, passage(seedText, found.place)]).toEqual(['met', 'The board is named: “Regional SOC Board”.', 'Regional SOC Board'])
    expect(found.place?.start).toEqual({line: 165, column: 89, offset: 17952})
    expect(result.messages.filter((message) => message.ruleId === 'board-named')).toEqual([])
    expect(reportText({file, result, response})).toContain('- Met: The board is named: “Regional SOC Board”.')
  })

  it('cannot tell (a warning, though the preset says error) on the seed cut before the body\'s response; not met (an error) read whole', () => {
    const cut = withHouse(`${beforeBodyResponse}My response to the Chief Constable’s comments is attached.\n`).result
    expect(cut.messages.filter((message) => message.ruleId === 'board-named').map((message) => [message.fatal, message.outcome, message.plain])).toEqual([
      [false, 'cannot-tell', 'No board was found in the text read.']
    ])
    const whole = withHouse(beforeBodyResponse).result
    expect(whole.messages.filter((message) => message.ruleId === 'board-named').map((message) => [message.fatal, message.outcome, message.plain])).toEqual([
      [true, 'not-met', 'No board is named.']
    ])
  })
})
