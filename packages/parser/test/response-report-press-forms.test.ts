import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// How press statements and news pages name the report they answer in the wording of the press: the
// inspectorate's publication (glossed between commas, its findings from a named inspection), each form
// on real tuned statements with exact values, and its traps (the inspectorate alone, "the report", a
// report still to come).
const fixtures = new URL('../../../fixtures/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`corpus/responses/${name}`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

const report = (text: string) => parseResponse(text, {path: 'response.txt'}).response.report

describe('parseResponse: the inspectorate’s publication in press wording', () => {
  it('reads the inspectorate glossed between commas and its findings on a named force (real post)', () => {
    const text = corpus('kent-pcc-peel-2026-social-post-copy.txt')
    const {title, position} = report(text)
    expect(title).toBe('findings on the performance of Kent Police')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('reads its findings from a named inspection, a gloss in brackets kept (real statement)', () => {
    expect(report(corpus('westmercia-pcc-peel-2023-25-statement.txt')).title).toBe(
      'findings from a PEEL (Police Effectiveness, Efficiency and Legitimacy) Inspection of West Mercia Police'
    )
  })

  it('takes neither the inspectorate alone, "its latest report" with no topic, nor a report still to come', () => {
    expect(report('HMICFRS, the independent policing inspectorate, has published its latest report.\n')).toEqual({})
    expect(report('HMICFRS, the independent policing inspectorate, will publish its findings on the performance of Kent Police.\n')).toEqual({})
    expect(report('HMICFRS has published its findings from a joint inspection with the CQC of Kent Police.\n')).toEqual({})
  })
})
