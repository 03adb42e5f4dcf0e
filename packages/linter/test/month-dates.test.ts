import {parseResponse} from '@scrutiny/parser'
import type {StatutoryResponse} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {deadlineStatus, link, lint, reportText} from '../src/index.js'
import {readCorpus} from './helpers.js'

/** A real letter, read as if its text gave the report's publication only to the month. */
function withReportMonth(name: string, month: string) {
  const {text} = readCorpus(name)
  const {response, file} = parseResponse(text, {path: name})
  const {publishedOn, publishedOnAsWritten, ...reference} = response.report
  const monthly: StatutoryResponse = {...response, report: {...reference, publishedIn: month}}
  return {response: monthly, file, publishedOn, publishedOnAsWritten}
}

function deadlineCheck(result: ReturnType<typeof lint>) {
  const check = result.checks.find((entry) => entry.ruleId === 'published-within-56-days')
  const message = result.messages.find((entry) => entry.ruleId === 'published-within-56-days')
  return {outcome: check?.outcome, messageId: check?.messageId, plain: check?.plain, fatal: message?.fatal}
}

describe('a report date known only to the month', () => {
  it('the last permitted day is a range: late after it, in time before it, cannot tell inside it', () => {
    expect(deadlineStatus('2019-05', '2019-07-26')).toEqual({lastPermittedDay: '2019-07-25', earliestLastPermittedDay: '2019-06-25', daysLate: 1})
    expect(deadlineStatus('2019-05', '2019-07-25')).toEqual({lastPermittedDay: '2019-07-25', earliestLastPermittedDay: '2019-06-25'})
    expect(deadlineStatus('2019-12', '2020-01-20')).toEqual({lastPermittedDay: '2020-02-24', earliestLastPermittedDay: '2020-01-25'})
    expect(deadlineStatus('2024-02', undefined)).toEqual({lastPermittedDay: '2024-04-24', earliestLastPermittedDay: '2024-03-27'})
    // Before the 56-day limit: none, whatever the day.
    expect(deadlineStatus('2014-09', '2015-08-27')).toBeUndefined()
    // May 2017 straddles the limit's commencement (2 May): the day decides whether it applies, so never "late".
    expect(deadlineStatus('2017-05', '2017-09-01')).toEqual({lastPermittedDay: '2017-07-25', earliestLastPermittedDay: '2017-06-26'})
  })

  it('Northumbria, 2014: the parser records "published in September 2014" as a month, and no 56-day limit applies', () => {
    const name = 'northumbria-pcc-crime-inspection-2014.txt'
    const {text} = readCorpus(name)
    const {response, file} = parseResponse(text, {path: name})
    expect(response.report).toMatchObject({publishedOnAsWritten: 'September 2014', publishedIn: '2014-09'})
    expect(response.report.publishedOn).toBeUndefined()
    const result = lint(response, {file, preset: 'strict'})
    expect(result.dates).toEqual({
      report: {date: '2014-09', precision: 'month', from: 'text'},
      response: {date: '2015-08-27', precision: 'day', from: 'text'}
    })
    expect(result.deadline).toBeUndefined()
    expect(result.noDeadline).toBe('report-before-limit')
    expect(deadlineCheck(result)).toEqual({
      outcome: 'met',
      messageId: 'no-limit',
      plain: 'No 56-day limit applies: the report was published in 2014-09, before the limit came into force on 2 May 2017, so the response is not checked against it.',
      fatal: undefined
    })
    expect(reportText({file, result, response})).toContain(
      'The report was published in September 2014 (as the response says, no day given), before the 56-day limit came into force on 2 May 2017, so no deadline applies.'
    )
    // The page closes with a link's label, not a sentence cut off: its lack of the chief officer's comments is settled.
    expect(result.checks.find((check) => check.ruleId === 'chief-officer-comments')).toMatchObject({outcome: 'not-met', messageId: 'missing'})
  })

  it('Kent, PEEL 2018/19 (dated 26 July 2019): with May 2019 it is late whatever the day, an error', () => {
    const {response, file} = withReportMonth('kent-pcc-peel-2018-19-letter.txt', '2019-05')
    const result = lint(response, {file, preset: 'strict'})
    expect(result.deadline).toEqual({lastPermittedDay: '2019-07-25', earliestLastPermittedDay: '2019-06-25', daysLate: 1})
    expect(deadlineCheck(result)).toEqual({
      outcome: 'not-met',
      messageId: 'late-month',
      plain:
        'The response is dated 2019-07-26: late whatever the day in 2019-05 the report was published, at least 1 day(s) after the last permitted day (at the latest 2019-07-25).',
      fatal: true
    })
    expect(reportText({file, result, response})).toContain(
      'The report was published in May 2019 (as the response says, no day given), so the last permitted day is between 25 June 2019 and 25 July 2019. Dated 26 July 2019: late whatever the day, by at least 1 day.'
    )
  })

  it('Kent, crime data integrity (dated 8 March 2019): with January 2019 it cannot be told, a warning with the range', () => {
    const {response, file} = withReportMonth('kent-pcc-crime-data-integrity-2019-letter.txt', '2019-01')
    const result = lint(response, {file, preset: 'strict'})
    expect(deadlineCheck(result)).toEqual({
      outcome: 'cannot-tell',
      messageId: 'month-only',
      plain:
        'The 56 days could not be settled: the text says only that the report was published in 2019-01, so the last permitted day is between 2019-02-25 and 2019-03-27, and the response is dated 2019-03-08.',
      fatal: false
    })
    expect(reportText({file, result, response})).toContain('Dated 8 March 2019: it may be late; give the day the report was published.')
    // Given the day, it is settled: day 53.
    expect(deadlineCheck(lint(response, {file, preset: 'strict', reportPublishedOn: '2019-01-15'})).messageId).toBe('in-time')
  })

  it('Kent, PEEL 2018/19 published on 20 June 2019: with May 2019 it is in time whatever the day', () => {
    const {response, file} = withReportMonth('kent-pcc-peel-2018-19-letter.txt', '2019-05')
    const linked = link(response, {publishedOn: '2019-06-20'})
    expect(linked.dates.response).toEqual({date: '2019-06-20', precision: 'day', from: 'given'})
    const result = lint(response, {file, preset: 'strict', publishedOn: '2019-06-20'})
    expect(deadlineCheck(result)).toEqual({
      outcome: 'met',
      messageId: 'in-time-month',
      plain:
        'The response is dated 2019-06-20: in time whatever the day in 2019-05 the report was published (the last permitted day is 2019-06-25 at the earliest).',
      fatal: undefined
    })
  })

  it('a month in the text agrees with a day given in that month, and disagrees with a day in another', () => {
    const {text} = readCorpus('northumbria-pcc-crime-inspection-2014.txt')
    const {response} = parseResponse(text)
    expect(link(response, {reportPublishedOn: '2014-09-18'}).dates.reportInText).toBeUndefined()
    expect(link(response, {reportPublishedOn: '2014-10-02'}).dates.reportInText).toBe('2014-09')
  })
  it('North Yorkshire, 2024: "since the last inspection report was published in March 2023" dates an earlier report, so no "late" error', () => {
    // It was a false "Must fix" (a year late) on a page published the day the report was.
    const name = 'northyorkshire-pfcc-peel-2023-25-news.txt'
    const {text} = readCorpus(name)
    const {response, file} = parseResponse(text, {path: name})
    expect(response.report.publishedIn).toBeUndefined()
    expect(deadlineCheck(lint(response, {preset: 'strict', file}))).toEqual({
      outcome: 'cannot-tell',
      messageId: 'no-report-date',
      plain: 'The 56 days could not be checked: the text does not say when the report was published.',
      fatal: false
    })
  })
})
