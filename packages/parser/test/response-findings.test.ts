import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

const afi = 'Warwickshire Police should improve the quality of its 4P plans.'
const letter = (lpb: string, chief: string) =>
  [
    'Police and Crime Commissioner for Warwickshire',
    'Response to HMICFRS report: An inspection of the West Midlands regional response to serious and organised crime',
    '1.  Local Policing Body’s Comments.',
    lpb,
    '2.  Comments from the Chief Constable',
    chief,
    '2 July 2024'
  ].join('\n\n')

const answers = (text: string) =>
  parseResponse(text, {format: 'text'}).response.findingResponses.map((answer) => [answer.part, answer.stance, answer.finding.quote, answer.text])

describe('a finding quoted inside a passage', () => {
  it('is answered by that passage, in each part that quotes it', () => {
    const lpb = `In response to the area for improvement “${afi}” I have asked the Chief Constable to act.`
    const chief = `On the area for improvement “${afi}” 4P plans are now embedded into all SOC operations.`
    expect(answers(letter(lpb, chief))).toEqual([
      ['lpb-comments', 'action-proposed', afi, lpb],
      ['chief-officer-comments', 'action-taken', afi, chief]
    ])
  })

  it('takes its stance from the words around the quote, not from the finding’s own “should improve”', () => {
    const lpb = `I note the recommendation ‘Forces should review the force’s approach to 4P planning across the region’.`
    expect(answers(letter(lpb, 'I welcome the report.'))).toEqual([
      ['lpb-comments', 'noted', 'Forces should review the force’s approach to 4P planning across the region', lpb]
    ])
  })

  it('when the passage says nothing more, is answered by the next passage that does', () => {
    const quote = `HMICFRS set the area for improvement “${afi}” in its report.`
    const next = 'Our 4P plans are now reviewed monthly by supervisors.'
    expect(answers(letter('I welcome the report.', `${quote}\n\n${next}`))).toEqual([['chief-officer-comments', 'action-taken', afi, next]])
  })

  it('needs a finding word before the quote and a quote of some length', () => {
    const lpb = 'I welcome ‘An inspection of the West Midlands regional response to serious and organised crime’ and the recommendation “Do it.”'
    expect(answers(letter(lpb, 'Thank you.'))).toEqual([])
  })
})

describe('a labelled line that quotes its finding ("Area for improvement 2: “…”")', () => {
  const quoted = `Area for improvement 1: “${afi}”`
  const later = 'I will keep all of this under review at my accountability board.'

  it('is answered by the words after the closing quote, not by the passage after it', () => {
    const line = `${quoted} 4P plans are now embedded into all SOC operations.`
    expect(answers(letter(`I welcome the report.\n\n${line}\n\n${later}`, 'I accept the findings.'))).toEqual([
      ['lpb-comments', 'action-taken', afi, line]
    ])
  })

  it('gives the finding without its quotation marks, and with nothing after the quote is answered by the next passage', () => {
    expect(answers(letter(`I welcome the report.\n\n${quoted}\n\n${later}`, 'I accept the findings.'))).toEqual([
      ['lpb-comments', 'action-proposed', afi, later]
    ])
  })

  it('keeps a quote that never closes whole (trap: no closing mark, no answer to split off)', () => {
    const open = `Area for improvement 1: “${afi} 4P plans are now embedded`
    expect(answers(letter(`I welcome the report.\n\n${open}\n\n${later}`, 'I accept the findings.'))).toEqual([
      ['lpb-comments', 'action-proposed', `“${afi} 4P plans are now embedded`, later]
    ])
  })
})
