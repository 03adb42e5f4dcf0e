import {parseResponse} from '@scrutiny/parser'
import {InvalidDateError} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {ConfigError, deadlineStatus, disabledRules, lint, parseConfig} from '../src/index.js'
import {parseSeed, readCorpus} from './helpers.js'

describe('published-within-56-days on real letters', () => {
  it('West Mercia, Getting a grip: dated day 57, late by one day', () => {
    const {header, text} = readCorpus('westmercia-pcc-police-performance-getting-a-grip-2023-letter.txt')
    expect(header.report_published?.slice(0, 10)).toBe('2023-07-07')
    const {response, file} = parseResponse(text, {path: 'getting-a-grip.txt'})
    expect(response.date).toBe('2023-09-01')
    const result = lint(response, {file, reportPublishedOn: '2023-07-07'})
    expect(result.deadline).toEqual({lastPermittedDay: '2023-08-31', daysLate: 1})
    const late = result.messages.filter((message) => message.ruleId === 'published-within-56-days')
    expect(late.map((message) => [message.fatal, message.reason])).toEqual([
      [
        true,
        "Unexpected publication on 2023-09-01 (day 57), expected no later than 2023-08-31, the 56th day beginning with the report's publication on 2023-07-07 (s.55(5A))"
      ]
    ])
  })

  it('day 56 is in time, day 57 is late', () => {
    expect(deadlineStatus('2023-07-07', '2023-08-31')).toEqual({lastPermittedDay: '2023-08-31'})
    expect(deadlineStatus('2023-07-07', '2023-09-01')).toEqual({lastPermittedDay: '2023-08-31', daysLate: 1})
  })

  it('a draft gets its days left as info', () => {
    const {response, file} = parseSeed()
    const draft = {...response, date: undefined}
    const result = lint(draft, {file, asAt: '2024-07-01'})
    expect(result.deadline).toEqual({lastPermittedDay: '2024-07-08', daysLeft: 7})
    expect(result.dates).toEqual({report: {date: '2024-05-14', precision: 'day', from: 'text'}, asAt: '2024-07-01'})
    const [message] = result.messages.filter((entry) => entry.ruleId === 'draft-days-left')
    expect([message?.fatal, message?.reason, message?.plain]).toEqual([
      undefined,
      'Unexpected unpublished draft on 2024-07-01: 7 day(s) left, expected publication no later than 2024-07-08 (s.55(5A))',
      'The draft is not yet published: 7 day(s) left until the last permitted day, 2024-07-08.'
    ])
    expect(result.messages.filter((entry) => entry.ruleId === 'published-within-56-days')).toEqual([])
  })

  it('is not applied to reports published before 2017-05-02', () => {
    const {text} = readCorpus('northumbria-pcc-crime-inspection-2014.txt')
    const {response} = parseResponse(text)
    const result = lint(response, {reportPublishedOn: '2014-09-30'})
    expect(result.deadline).toBeUndefined()
    expect(result.messages.filter((message) => message.ruleId === 'published-within-56-days')).toEqual([])
  })

  it('rejects a date option that is not YYYY-MM-DD', () => {
    const {response} = parseSeed()
    expect(() => lint(response, {asAt: '1 July 2024'})).toThrow(InvalidDateError)
    expect(() => lint(response, {asAt: '1 July 2024'})).toThrow('Invalid asAt date "1 July 2024"')
  })
})

describe('config and disable comments', () => {
  it('parseConfig validates .scrutinyrc.json', () => {
    expect(parseConfig('{"preset": "strict", "rules": {"report-linked": "off"}}')).toEqual({
      preset: 'strict',
      rules: {'report-linked': 'off'}
    })
    expect(() => parseConfig('{"rules": {"copies-sent": "loud"}}', 'team/.scrutinyrc.json')).toThrow(ConfigError)
    expect(() => parseConfig('{"rules": {"copies-sent": "loud"}}', 'team/.scrutinyrc.json')).toThrow(
      /^Invalid config team\/\.scrutinyrc\.json: rules\.copies-sent: Invalid option/
    )
    expect(() => parseConfig('{preset', 'x.json')).toThrow(/^Invalid config x\.json: not JSON/)
  })

  it('lint rejects unknown rule ids', () => {
    const {response} = parseSeed()
    expect(() => lint(response, {config: {rules: {'no-such-rule': 'off'}}})).toThrow(
      'Invalid config config: unknown rule(s) "no-such-rule"'
    )
  })

  it('config severities override the preset', () => {
    const {response, file} = parseSeed()
    const {messages} = lint(response, {file, preset: 'strict', config: {rules: {'cites-section-55': 'error'}}})
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['cites-section-55', true]])
    expect(lint(response, {file, config: {preset: 'strict', rules: {'cites-section-55': 'off'}}}).messages).toEqual([])
  })

  it('<!-- scrutiny-disable rule-id --> turns a rule off for the file', () => {
    const text = 'Dear Home Secretary,\n\nI write in response to the HMICFRS report on fraud.\n'
    const {response, file} = parseResponse(text, {path: 'a.md'})
    expect(lint(response, {file}).messages.map((message) => message.ruleId)).toContain('copies-sent')
    const disabled = parseResponse(`<!-- scrutiny-disable copies-sent -->\n\n${text}`, {path: 'a.md'})
    expect(lint(disabled.response, {file: disabled.file}).messages.map((message) => message.ruleId)).not.toContain('copies-sent')
    expect(disabledRules('<!-- scrutiny-disable a b --> <!-- scrutiny-disable -->')).toEqual(new Set(['a', 'b', '*']))
  })

  it('the disable-comment scan is linear on adversarial input', () => {
    const hostile = '<!-- scrutiny-disable '.repeat(20_000) + 'x'.repeat(100_000)
    expect(disabledRules(hostile)).toEqual(new Set())
  })
})

it('lints a response parsed from adversarial long lines', () => {
  const text = ['Recommendation 1 and '.repeat(4_000), `As the ${'Police and Crime Commissioner for '.repeat(4_000)}`, `[1] ${'x'.repeat(200_000)}`].join('\n\n')
  const {response, file} = parseResponse(text, {path: 'hostile.md'})
  const {messages} = lint(response, {file, preset: 'strict'})
  expect(messages.map((message) => message.ruleId)).toContain('lpb-comments')
})
