import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Grades read by how a sentence is built rather than by its words (issue 11): a graded area and a
// grade word in one clause whatever stands between, the grade of a group of areas given once
// ("Under the ‘adequate’ grade was: A; B; C", "Other things … as “requiring improvement” include:"),
// each on real tuned pages, then the traps each form must not take.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
/** A tuned corpus page read by its body alone, as `scrutiny parse` reads a saved page. */
const page = (name: string) => rows(parseReport(corpus(name).text, {format: 'text'}).report.grades)

describe('a possessive subject whose area holds “and”', () => {
  it('“Lancashire Constabulary’s approach to investigating crime and managing offenders is good” (PEEL 2015 pillar page)', () => {
    expect(page('peel-2015-lancashire-effectiveness')).toEqual([
      ['lancashire', 'good', 'preventing crime and anti-social behaviour, and keeping people safe'],
      ['lancashire', 'good', 'approach to investigating crime and managing offenders']
    ])
  })
})
