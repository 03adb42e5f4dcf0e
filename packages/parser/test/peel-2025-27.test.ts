import {readFileSync} from 'node:fs'
import {checkFrameworkArea, findForce, gradeInFramework, validateInspectionReport} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

const name = 'peel-2025-27-constructed.md'
const text = readFileSync(new URL(`../../../fixtures/constructed/${name}`, import.meta.url), 'utf8')

describe('parseReport: a PEEL 2025–27 page (constructed)', () => {
  const {report} = parseReport(text, {path: name})

  it('reads a valid report, its date and its force', () => {
    expect(validateInspectionReport(report).success).toBe(true)
    expect([report.kind, report.framework]).toEqual(['peel', 'peel-2025-27'])
    expect(report.publishedOn).toBe('2026-03-17')
    expect(report.subjects.map((subject) => subject.referenceId)).toEqual(['lincolnshire'])
  })

  it('reads the graded table, leadership and force management first', () => {
    expect(report.grades.map((grade) => [grade.area, grade.grade])).toEqual([
      ['Leadership and force management', 'requires-improvement'],
      ['Preventing crime', 'good'],
      ['Responding to the public', 'adequate'],
      ['Investigating crime', 'inadequate'],
      ['Protecting vulnerable people', 'adequate']
    ])
  })

  it('checks the areas and grades against the 2025–27 framework, not an earlier cycle', () => {
    const [leadership] = report.grades
    expect(checkFrameworkArea('peel-2025-27', leadership?.area ?? '')).toBe('known')
    expect(checkFrameworkArea('peel-2018-19', leadership?.area ?? '')).toBe('unknown')
    expect(report.grades.every((grade) => gradeInFramework('peel-2025-27', grade.grade))).toBe(true)
    expect(gradeInFramework('peel-2018-19', 'adequate')).toBe(false)
  })

  it('reads the cause of concern with its three recommendations, the two areas for improvement and the practice', () => {
    expect(report.findings.map((finding) => finding.kind)).toEqual([
      'cause-of-concern',
      'recommendation',
      'recommendation',
      'recommendation',
      'area-for-improvement',
      'area-for-improvement',
      'innovative-practice'
    ])
  })

  it('names who must respond on the day of publication, and what is announced for that body', () => {
    const force = findForce('Lincolnshire Police', report.publishedOn)
    expect(force?.localPolicingBody.name).toBe('Police and Crime Commissioner for Lincolnshire')
    expect(force?.announced.map((event) => event.id)).toEqual(['pcc-abolition-2028', 'police-reform-white-paper-2026'])
  })
})
