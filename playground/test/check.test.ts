import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {lint} from '@scrutiny/linter'
import {describe, expect, it} from 'vitest'
import {check} from '../src/lib/check.js'
import {FileTooLargeError, InvalidFieldDateError, maxSourceBytes, sourceFromFile} from '../src/lib/index.js'
import {resultsJson} from '../src/lib/export.js'
import {summarise} from '../src/lib/summary.js'
import {shorten} from '../src/lib/text.js'
import {repoRoot} from './harness.js'

const fixtures = join(repoRoot, 'fixtures')
const seedPath = join(fixtures, 'seed', 'warwickshire-pcc-response-west-midlands-soc-2024.txt')
const seed = new Uint8Array(readFileSync(seedPath))
const seedGold = JSON.parse(readFileSync(seedPath.replace(/\.txt$/, '.gold.json'), 'utf8'))
const lateName = 'westmercia-pcc-police-performance-getting-a-grip-2023-letter.txt'
const late = new Uint8Array(readFileSync(join(fixtures, 'corpus', 'responses', lateName)))

/** A corpus response checked as a user would, with no dates given beyond what it says. */
const checkCorpusResponse = (name: string, options: Pick<Parameters<typeof check>[0], 'preset'> = {}) =>
  check({response: {name, bytes: new Uint8Array(readFileSync(join(fixtures, 'corpus', 'responses', name)))}, publication: {kind: 'as-dated'}, ...options})

describe('check and summarise', () => {
  it('passes the seed response, in time, with every area for improvement answered', async () => {
    const outcome = await check({
      response: {name: 'seed.txt', bytes: seed},
      reportPublishedOn: seedGold.reportPublished,
      publication: {kind: 'as-dated'}
    })
    const summary = summarise(outcome)
    expect(summary.verdict).toEqual({
      meetsRequirements: true,
      errors: 0,
      warnings: 0,
      notes: 0,
      headline: 'The response meets the statutory requirements'
    })
    expect(summary.deadline).toEqual({
      state: 'in-time',
      reportPublishedOn: '2024-05-14',
      lastPermittedDay: seedGold.lastPermittedDay,
      date: seedGold.responseDate,
      day: 50,
      daysLeft: 6,
      sentence:
        'The last permitted day is 8 July 2024 (day 56, counting 14 May 2024, when the report was published, as day 1). Published on 2 July 2024: day 50, in time with 6 days to spare.',
      facts: [
        {term: 'Report published', value: '14 May 2024'},
        {term: 'Last permitted day', value: '8 July 2024'}
      ]
    })
    expect(summary.coverage.map((entry) => [entry.kindLabel, entry.text, entry.answered])).toEqual(
      seedGold.reportFindingsAsQuoted.areasForImprovement.map((afi: {text: string}) => ['Area for improvement', afi.text, true])
    )
    // Every answered row points at a highlighted passage whose text is the answer, verbatim.
    for (const entry of summary.coverage) {
      const passage = summary.passages.find((candidate) => candidate.id === entry.passageId)
      expect(passage).toBeDefined()
      const answer = outcome.response.findingResponses.find((response) => passage && response.position.start.offset === passage.start)
      expect(answer && outcome.responseText.slice(passage?.start, passage?.end).startsWith(answer.text)).toBe(true)
    }
  })

  it('says "in September 2014" for a report the response dates only to the month, before the 56-day limit', async () => {
    const name = 'northumbria-pcc-crime-inspection-2014.txt'
    const outcome = await checkCorpusResponse(name)
    expect(outcome.lint.dates.report).toEqual({date: '2014-09', precision: 'month', from: 'text'})
    expect(summarise(outcome).deadline).toEqual({
      state: 'not-applicable',
      reportPublishedOn: '2014-09',
      sentence: 'The report was published in September 2014 (as the response says, no day given), before the 56-day limit came into force on 2 May 2017, so no deadline applies.',
      facts: [{term: 'Report published', value: 'September 2014'}]
    })
  })

  it('says what an undated statement issued "today" with the report leaves open, as the linter does, never "in time" without a date', async () => {
    const name = 'devoncornwall-pcc-peel-2021-22-statement.txt'
    const outcome = await checkCorpusResponse(name)
    expect(summarise(outcome).deadline).toEqual({
      state: 'undated',
      sentence:
        'The 56 days could not be checked: the response says the report was published today, but no date of its own could be read, so neither date is known. Check the day the response was published: the day the report was published is day 1 of the 56.',
      facts: []
    })
  })

  it('says a fire and rescue report has no 56-day deadline because section 55 does not cover it, not because of its date', async () => {
    const reportName = 'frs-avon-coc-revisit-2024-01.txt'
    const reportText = readFileSync(join(fixtures, 'corpus', 'reports', reportName), 'utf8')
    const outcome = await check({
      response: {name: 'seed.txt', bytes: seed},
      report: {name: reportName, bytes: new TextEncoder().encode(reportText.slice(reportText.indexOf('\n---\n') + 5))},
      publication: {kind: 'as-dated'}
    })
    expect(outcome.lint.noDeadline).toBe('outside-section-55')
    expect(summarise(outcome).deadline).toEqual({
      state: 'not-applicable',
      reportPublishedOn: '2024-01-19',
      sentence: 'The report was published on 19 January 2024. It is not a report section 55 covers, so no 56-day deadline applies.',
      facts: [{term: 'Report published', value: '19 January 2024'}]
    })
  })

  it('gives the range of last days, and "cannot tell" inside it, for a report known only to the month', async () => {
    const name = 'kent-pcc-crime-data-integrity-2019-letter.txt'
    const outcome = await checkCorpusResponse(name)
    // The letter names no publication date; read as if it said "published in January 2019".
    const response = {...outcome.response, report: {...outcome.response.report, publishedIn: '2019-01'}}
    const monthly = {...outcome, response, lint: lint(response, {preset: 'recommended'})}
    expect(summarise(monthly).deadline).toEqual({
      state: 'cannot-tell',
      reportPublishedOn: '2019-01',
      lastPermittedDay: '2019-03-27',
      earliestLastPermittedDay: '2019-02-25',
      date: '2019-03-08',
      sentence:
        'The report was published in January 2019 (as the response says, no day given), so the last permitted day is between 25 February 2019 and 27 March 2019. Dated 8 March 2019: it may be late; give the day the report was published.',
      facts: [
        {term: 'Report published', value: 'January 2019'},
        {term: 'Last permitted day', value: 'between 25 February 2019 and 27 March 2019'}
      ]
    })
  })

  it('reports the late letter as one day late with the statutory citation', async () => {
    const outcome = await check({
      response: {name: lateName, bytes: late},
      reportPublishedOn: '2023-07-07',
      publication: {kind: 'as-dated'}
    })
    const summary = summarise(outcome)
    expect(summary.deadline).toMatchObject({state: 'late', lastPermittedDay: '2023-08-31', date: '2023-09-01', day: 57, daysLate: 1})
    expect(summary.deadline.facts).toEqual([
      {term: 'Report published', value: '7 July 2023'},
      {term: 'Last permitted day', value: '31 August 2023'},
      {term: 'Days late', value: '1 day'}
    ])
    const issue = summary.issues.find((candidate) => candidate.ruleId === 'published-within-56-days')
    expect(issue).toMatchObject({
      severity: 'error',
      title: 'The response is dated 2023-09-01, day 57: 1 day(s) after the last permitted day, 2023-08-31.',
      citation: 'Police Act 1996 s.55(5A)',
      whatToAdd: 'Publish now and say why the response is late.'
    })
    expect(summary.verdict.meetsRequirements).toBe(false)
    expect(summary.issues[0]?.severity).toBe('error')
    expect(summary.checks.find((entry) => entry.ruleId === 'report-identified')).toEqual({
      ruleId: 'report-identified',
      outcome: 'met',
      label: 'The response names the report: “PEEL spotlight report: Police performance getting a grip”.',
      quote: 'PEEL spotlight report: Police performance getting a grip'
    })
    expect(summary.checks.find((entry) => entry.ruleId === 'published-within-56-days')?.outcome).toBe('not-met')
  })

  it('quotes the passage an issue is about and names its section and statutory part', async () => {
    const name = 'westmercia-pcc-revisit-service-to-victims-2023-letter.txt'
    const outcome = await checkCorpusResponse(name, {preset: 'strict'})
    const issue = summarise(outcome).issues.find((candidate) => candidate.ruleId === 'afis-addressed')
    expect(issue?.section).toBe("Cause of concern (Local policing body's comments)")
    expect(issue?.quote?.startsWith('The force needs to improve how it investigates crimes')).toBe(true)
    expect(outcome.responseText.includes(issue?.quote ?? '\u0000')).toBe(true)
  })

  it('checks a draft as at a given day and counts the days left, ignoring the draft\'s own date', async () => {
    const outcome = await check({
      response: {name: 'seed.txt', text: new TextDecoder().decode(seed)},
      reportPublishedOn: '2024-05-14',
      publication: {kind: 'draft', asAt: '2024-07-01'}
    })
    expect(outcome.response.date).toBeUndefined()
    expect(summarise(outcome).deadline).toMatchObject({state: 'days-left', day: 49, daysLeft: 7})
  })

  it('names the field and the expected form for a bad date, and refuses huge files before reading', async () => {
    await expect(
      check({response: {name: 'seed.txt', bytes: seed}, reportPublishedOn: '2024-02-30', publication: {kind: 'as-dated'}})
    ).rejects.toThrow(new InvalidFieldDateError('Report publication date', '2024-02-30'))
    await expect(
      check({response: {name: 'huge.txt', bytes: new Uint8Array(maxSourceBytes + 1)}, publication: {kind: 'as-dated'}})
    ).rejects.toBeInstanceOf(FileTooLargeError)
    await expect(check({response: {name: 'empty.txt', bytes: new Uint8Array(0)}, publication: {kind: 'as-dated'}})).rejects.toThrow(
      /^Cannot read empty\.txt: expected/
    )
  })

  it('refuses a chosen file over the limit by its size, without reading its bytes', async () => {
    let read = false
    const huge = {name: 'huge.pdf', size: 4 * 2 ** 30, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0)))}
    await expect(sourceFromFile(huge)).rejects.toThrow('Cannot read huge.pdf: expected at most 64 MiB, found 4096.0 MiB')
    expect(read).toBe(false)
    const small = new File(['Police and Crime Commissioner'], 'draft.txt')
    expect(await sourceFromFile(small)).toEqual({name: 'draft.txt', bytes: new TextEncoder().encode('Police and Crime Commissioner')})
  })

  it('survives an adversarial long line and quotes it shortened', async () => {
    const line = `${'Recommendation 1 '.repeat(20_000)}\n\nI will act.`
    const outcome = await check({response: {name: 'long.txt', text: line}, publication: {kind: 'as-dated'}})
    expect(summarise(outcome).issues.every((issue) => (issue.quote ?? '').length <= 402)).toBe(true)
  })

  it('exports the inputs, verdict, deadline, issues, coverage and both documents as JSON', async () => {
    const outcome = await check({
      response: {name: 'seed.txt', bytes: seed},
      reportPublishedOn: '2024-05-14',
      publication: {kind: 'published', on: '2024-07-09'}
    })
    const exported = JSON.parse(resultsJson(outcome, summarise(outcome)))
    expect(Object.keys(exported)).toEqual(['generator', 'inputs', 'verdict', 'deadline', 'checks', 'issues', 'coverage', 'parserMessages', 'response'])
    expect(exported.inputs).toEqual({response: 'seed.txt', reportPublishedOn: '2024-05-14', publication: {kind: 'published', on: '2024-07-09'}, preset: 'recommended'})
    expect(exported.deadline).toMatchObject({state: 'late', daysLate: 1})
  })
})

describe('text helpers', () => {
  it('shortens quotes at a word', () => {
    expect(shorten('one two three', 8)).toBe('one two …')
    expect(shorten('short')).toBe('short')
  })
})
