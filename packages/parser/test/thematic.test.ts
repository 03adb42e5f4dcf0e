import {readFileSync} from 'node:fs'
import type {Finding} from '@scrutiny/schema'
import {validateInspectionReport} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// National thematic and joint reports (constructed in their published layouts: no tuned real page
// of this family exists): recommendations to national bodies, in boxes and in the body.

const read = (name: string) => {
  const text = readFileSync(new URL(`../../../fixtures/constructed/${name}`, import.meta.url), 'utf8')
  return {text, ...parseReport(text, {path: name})}
}

/** Each recommendation as [number, addressee kinds, deadline, opening words]. */
const summary = (findings: Finding[]) =>
  findings.map((finding) => [
    finding.number ?? null,
    finding.kind === 'recommendation' ? finding.addressees.map((addressee) => addressee.referenceId ?? addressee.kind) : null,
    finding.kind === 'recommendation' ? (finding.deadline ?? null) : null,
    finding.text.split(/\s+/).slice(0, 6).join(' ')
  ])

describe('parseReport: national thematic and joint reports (constructed)', () => {
  it('reads a summary list and the same recommendations stated again under "Recommendation N" once each; each bullet after a lead-in under a number is one', () => {
    const {report, text} = read('thematic-text-constructed.txt')
    expect(validateInspectionReport(report).success).toBe(true)
    expect(report.findings.every((finding) => finding.kind === 'recommendation')).toBe(true)
    expect(summary(report.findings)).toEqual([
      ['1', ['chief-constables'], '2026-03-31', 'By 31 March 2026, chief constables'],
      ['2', ['npcc'], '2026-03-31', 'By 31 March 2026, the National'],
      ['3', ['college-of-policing'], '2026-09-30', 'By September 2026, the College of'],
      ['4', ['chief-constables'], '2026-06-30', 'set up an external scrutiny panel'],
      [null, ['chief-constables'], '2026-06-30', 'publish what the panel finds.'],
      ['5', ['home-office'], null, 'The Home Office should collect and']
    ])
    const item = report.findings[3]!
    expect(item.text).toBe(text.slice(item.position.start.offset, item.position.end.offset))
    expect(item.text).toBe('set up an external scrutiny panel that reviews a sample of footage each quarter; and')
  })

  it('reads recommendations printed in the body: the deadline formula, "We recommend that …", and a lead-in naming chief constables', () => {
    const {report} = read('thematic-joint-constructed.txt')
    expect(summary(report.findings)).toEqual([
      [null, ['chief-constables'], '2026-10-31', 'By 31 October 2026, chief constables'],
      [null, ['npcc'], '2026-09-30', 'By September 2026, the National Police'],
      [null, ['chief-constables'], null, 'make sure every victim of stalking'],
      [null, ['chief-constables'], null, 'review every case where a stalking'],
      [null, ['home-office', 'other'], '2026-12-31', 'We recommend that, by 31 December']
    ])
  })

  it('reads one recommendation per numbered heading, however many sentences, and the items after "We make the following recommendations:"', () => {
    const {report} = read('thematic-markdown-constructed.md')
    expect(summary(report.findings)).toEqual([
      ['1', ['chief-constables'], '2026-12-31', 'By 31 December 2026, chief constables'],
      ['2', ['college-of-policing'], '2027-03-31', 'By 31 March 2027, the College'],
      [null, ['home-office'], null, 'The Home Office should give forces'],
      [null, ['chief-constables'], null, 'All forces should share vetting decisions']
    ])
    expect(report.findings[0]!.text).toMatch(/This should include decisions to grant clearance despite adverse information\.$/)
  })

  it('reads the demands after a sentence announcing recommendations, and after a box’s introduction; not after an earlier report’s count', () => {
    const {report} = read('thematic-landing-constructed.txt')
    expect(summary(report.findings)).toEqual([
      [null, ['chief-constables'], null, 'Chief constables should make sure that'],
      [null, ['college-of-policing'], null, 'The College of Policing should revise'],
      [null, ['chief-constables'], null, 'Forces should share the findings of'],
      [null, ['home-office'], null, 'The Home Office should fund a'],
      [null, ['local-policing-body'], null, 'Police and crime commissioners should commission']
    ])
  })
})
