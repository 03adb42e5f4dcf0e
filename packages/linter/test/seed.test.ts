import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {parseSeed, seedReport, seedResponseJson} from './helpers.js'

const summary = (messages: ReturnType<typeof lint>['messages']) =>
  messages.map((message) => [message.ruleId, message.fatal, message.reason])

describe('the seed (Warwickshire PCC, West Midlands SOC 2024)', () => {
  it('has no messages under recommended, parsed from its text', () => {
    const {response, file} = parseSeed()
    expect(summary(lint(response, {file}).messages)).toEqual([])
  })

  it('has no messages under recommended with its report', () => {
    const {response, file} = parseSeed()
    expect(summary(lint(response, {file, report: seedReport}).messages)).toEqual([])
  })

  it('gets only the 55(1) citation warning under strict', () => {
    const {response, file} = parseSeed()
    const {messages} = lint(response, {file, report: seedReport, preset: 'strict'})
    expect(summary(messages)).toEqual([
      [
        'cites-section-55',
        false,
        "Unexpected citation of section 55(1), the inspectors' duty to publish, expected the body's duties in section 55(4)-(6)"
      ]
    ])
    const [message] = messages
    expect(message?.source).toBe('scrutiny')
    expect(message?.url).toBe('https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#cites-section-55')
    expect(message?.note).toBe('Police Act 1996 s.55(4)-(6); section55.md §8 GP-CITE-S55')
    expect(message?.place).toEqual({start: {line: 9, column: 428, offset: 612}, end: {line: 9, column: 464, offset: 648}})
    expect(message?.actual).toBe('55(1)')
  })

  it('the hand-made seed-response.json lints the same under strict (no file: the footnote link is unseen)', () => {
    const {messages} = lint(seedResponseJson, {report: seedReport, preset: 'strict'})
    expect(messages.map((message) => message.ruleId)).toEqual(['cites-section-55', 'report-linked'])
  })

  it('is in time: day 50 of 56', () => {
    const {response} = parseSeed()
    expect(lint(response).deadline).toEqual({lastPermittedDay: '2024-07-08'})
  })

  it('lists the seven AFIs and two innovative practices with where each is answered (report given)', () => {
    const {response} = parseSeed()
    const rows = lint(response, {report: seedReport}).coverage
    expect(rows.map((row) => [row.findingId, row.answered, row.part, row.stance, row.matchedBy])).toEqual([
      ['afi-1', true, 'response-to-chief-officer', 'action-proposed', 'paraphrase'],
      ['innovative-practice-1', false, 'lpb-comments', 'noted', 'quote'],
      ['innovative-practice-2', false, 'lpb-comments', 'noted', 'quote'],
      ['afi-2', true, 'response-to-chief-officer', 'action-proposed', 'paraphrase'],
      ['afi-3', true, 'response-to-chief-officer', 'action-proposed', 'paraphrase'],
      ['afi-4', true, 'chief-officer-comments', 'action-taken', 'quote'],
      ['afi-5', true, 'chief-officer-comments', 'action-taken', 'quote'],
      ['afi-6', true, 'chief-officer-comments', 'action-taken', 'quote'],
      ['afi-7', true, 'chief-officer-comments', 'action-taken', 'quote']
    ])
    expect(rows[5]?.quote?.slice(0, 60)).toBe('Our Analysis & Performance Department has already commenced ')
    expect(rows[0]?.quote?.slice(0, 60)).toBe('In respect of the Regional findings from the inspection and ')
  })

  it('without a report, lists the same nine findings from the response’s own quotes', () => {
    const {response} = parseSeed()
    const rows = lint(response).coverage
    expect(rows.map((row) => [row.kind, row.answered, row.part, row.text.slice(0, 40)])).toEqual([
      ['area-for-improvement', true, 'response-to-chief-officer', 'The Regional Organised Crime Unit for th'],
      ['innovative-practice', false, 'lpb-comments', 'The ROCUWM has a team dedicated to explo'],
      ['innovative-practice', false, 'lpb-comments', 'The ROCUWM has an undercover online team'],
      ['area-for-improvement', true, 'response-to-chief-officer', 'The Regional Organised Crime Unit for th'],
      ['area-for-improvement', true, 'response-to-chief-officer', 'The Regional Organised Crime Unit for th'],
      ['area-for-improvement', true, 'chief-officer-comments', 'Warwickshire Police should develop an up'],
      ['area-for-improvement', true, 'chief-officer-comments', 'Warwickshire Police should improve the q'],
      ['area-for-improvement', true, 'chief-officer-comments', 'Warwickshire Police should improve how i'],
      ['area-for-improvement', true, 'chief-officer-comments', 'Warwickshire Police should improve how i']
    ])
  })
})
