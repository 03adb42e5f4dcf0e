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

describe('a count of one grade’s areas, then the areas in a later sentence', () => {
  it('reads the areas a count sentence leaves to the next one (peel-2021-22-staffordshire-bbc-news)', () => {
    const text =
      '"Serious concerns" have been raised about Staffordshire Police, which has been deemed inadequate in three areas.\n\nThe police inspectorate said the force needed to improve how it investigates crime, manages offenders and suspects, and responds to the public.\n'
    expect(grades(text)).toEqual([
      ['Staffordshire Police', 'inadequate', 'how it investigates crime'],
      ['Staffordshire Police', 'inadequate', 'manages offenders and suspects'],
      ['Staffordshire Police', 'inadequate', 'responds to the public'],
    ])
  })

  it('gives "areas that need to be improved include …" the one low grade a count names, a sentence between (constructed)', () => {
    const text =
      'Inspectors rated Cumbria Fire and Rescue Service good in five areas and requiring improvement in another six.\n\nThe service was found to be good at protecting the public through fire regulation.\n\nAreas that need to be improved include preventing fires and making best use of resources.\n'
    expect(grades(text)).toEqual([
      ['Cumbria Fire and Rescue Service', 'good', 'protecting the public through fire regulation'],
      ['Cumbria Fire and Rescue Service', 'requires-improvement', 'preventing fires'],
      ['Cumbria Fire and Rescue Service', 'requires-improvement', 'making best use of resources'],
    ])
  })

  it('reads nothing when the list names more areas than the count, or something no framework grades (constructed)', () => {
    const more = 'Kent Police has been judged inadequate in one area.\n\nThese included responding to the public and investigating crime.\n'
    const other = 'Kent Police has been judged inadequate in two areas.\n\nThese included its use of overtime and its fleet.\n'
    expect(grades(more)).toEqual([])
    expect(grades(other)).toEqual([])
  })
})
