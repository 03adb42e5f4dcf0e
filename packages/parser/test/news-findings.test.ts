import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Worded findings as pages other than the report state them (news articles, registers, minutes,
// service pages), in the forms of the thirty-sixth to thirty-eighth sets: each form with the trap
// that looks like it.

const read = (name: string) => parseReport(corpus(name).text, {format: 'text'}).report
const parse = (text: string) => parseReport(text, {format: 'text'}).report
const ofKind = (findings: readonly Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind).map((finding) => finding.text)

describe('recommendations reported by a news item or listed by a register', () => {
  it('reads the items after "HMIC recommends that:", a deadline opening each', () => {
    expect(ofKind(read('coc-register-vetting-peel-legitimacy-2016-west-midlands').findings, 'recommendation')).toEqual([
      'Within six months, all forces not already complying with current national vetting policy should have started to implement a sufficient plan to do so.',
      'Within two years, all members of the police workforce should have received at least the lowest level of vetting clearance for their roles.'
    ])
  })

  it('reads "HMICFRS has recommended that …" and the next sentence saying who else should act', () => {
    const recommendations = read('frs-2018-19-tranche-2-lgafirst-recommendations').findings.filter((finding) => finding.kind === 'recommendation')
    expect(recommendations.map((finding) => finding.text)).toEqual([
      'common definitions, standards and applications are adopted in four priority areas, including identifying and measuring emergency response times, defining high-risk premises for fire protection purposes, and setting how frequently those buildings are checked.',
      'the Home Office, National Fire Chiefs Council and the LGA should establish a programme of work to make these consistent “as soon as practicable”.'
    ])
  })

  it('reads no "It said …" that follows no recommendation, nor one said of an earlier report', () => {
    const text = [
      'Inspectors are concerned that two services may not be able to absorb further budget reductions.',
      '',
      'It said the Home Office should establish a programme of work to make these consistent.',
      '',
      'In 2014, HMICFRS has recommended that forces publish their response times each year.'
    ].join('\n')
    expect(ofKind(parse(text).findings, 'recommendation')).toEqual([])
  })
})
