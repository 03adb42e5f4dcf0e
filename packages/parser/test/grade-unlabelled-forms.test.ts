import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Grade forms found on news, trade-press and service pages that are not in the corpus (issue 11,
// read unlabelled to see which forms are common in the genre). Each example is a constructed
// sentence in the shape those pages use, not a copy of one: marked as constructed.

const grades = (text: string) => parseReport(text, {format: 'text'}).report.grades.map((grade) => [grade.subject, grade.grade, grade.area])

describe('grade forms of unlabelled news pages', () => {
  it('reads a reported clause whose reporting verb drops "that" ("Inspectors added the service is ‘good’ at …") (constructed)', () => {
    const text = 'Kent Fire and Rescue Service has published its inspection report.\n\nInspectors added the service is ‘good’ at promoting the right values and culture.\n'
    expect(grades(text)).toEqual([['Kent Fire and Rescue Service', 'good', 'promoting the right values and culture']])
  })

  it('reads "brands the force ‘good’ at A and B" as the inspectorate\'s verb and its object (constructed)', () => {
    const text = 'Thames Valley Police has been inspected.\n\nThe report brands the force ‘good’ at preventing crime and tackling serious and organised crime.\n'
    expect(grades(text)).toEqual([
      ['Thames Valley Police', 'good', 'preventing crime'],
      ['Thames Valley Police', 'good', 'tackling serious and organised crime'],
    ])
  })

  it('reads a grade after "deemed" unquoted ("was deemed adequate at …") as after "judged" (constructed)', () => {
    const text = 'Gloucestershire Fire and Rescue Service was deemed adequate at preventing fires and other risks.\n'
    expect(grades(text)).toEqual([['Gloucestershire Fire and Rescue Service', 'adequate', 'preventing fires and other risks']])
  })

  it('reads "across all three of its inspection criteria" as every pillar where the text names them (constructed)', () => {
    const text =
      'Cheshire Fire and Rescue Service was inspected on its effectiveness, its efficiency and how well it looks after its people.\n\nHMICFRS rated the service as ‘good’ across all three of its inspection criteria.\n'
    expect(grades(text).map(([, grade, area]) => [grade, area])).toEqual([
      ['good', 'Effectiveness (pillar)'],
      ['good', 'Efficiency (pillar)'],
      ['good', 'People (pillar): looking after its people'],
    ])
  })

  it('reads no grade from a reporting verb whose clause grades nothing ("noted good progress") (constructed)', () => {
    expect(grades('Kent Police was inspected.\n\nInspectors noted good progress in the way the force responds to the public.\n')).toEqual([])
  })
})
