import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Grade forms of the older rounds (PEEL 2014–17, PEEL 2018/19, fire 2018/19) and of regional and
// thematic pages, by their structure, on real tuned pages: the PEEL 2014 overview's opening ("in
// terms of its effectiveness, in general, the force is good at A and is good at B"), the fire
// 2018/19 summary's "Positively, we found it was good at:" (the inspectorate reporting its own
// findings in the past tense), arrowheads printed as bullets, and a grade list's item cut off at its
// first letters; "were both rated as" (two bodies), and a news subheading giving a body's grade ("West Mercia - inadequate") is
// no area of the body named before.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
const page = (name: string) => {
  const {text, title} = corpus(name)
  return rows(parseReport(text, {format: 'text', title}).report.grades)
}

describe('grade forms of the older rounds, on real pages', () => {
  it('the PEEL 2014 overview: “in terms of its effectiveness, in general, the force is good at A and is good at B, however it requires improvement in …”', () => {
    expect(page('peel-2014-surrey-other-reports').slice(0, 3)).toEqual([
      ['surrey', 'good', 'reducing crime and preventing offending'],
      ['surrey', 'good', 'tackling anti-social behaviour'],
      ['surrey', 'requires-improvement', 'the way it investigates offending']
    ])
  })

  it('the inspectorate’s own finding in the past tense leads a list: “Positively, we found it was good at: • protecting the public through fire regulation; …”', () => {
    expect(page('frs-2018-hertfordshire').slice(3)).toEqual([
      ['hertfordshire', 'good', 'protecting the public through fire regulation'],
      ['hertfordshire', 'good', 'responding to fires and emergencies'],
      ['hertfordshire', 'good', 'responding to national risks']
    ])
  })

  it('“outstanding in how it treats members of the public, and in treating its workforce …”: “in” repeated before a verb’s “-ing” starts the next area', () => {
    expect(page('peel-2017-kent').slice(3)).toEqual([
      ['kent', 'outstanding', 'how it treats members of the public'],
      ['kent', 'outstanding', 'treating its workforce with fairness and respect']
    ])
  })

  it('arrowheads as bullets: “the force was also graded as good at:- ► Understanding the demands for its services.”', () => {
    expect(page('peel-2017-merseyside-efficiency-southport-reporter').slice(1)).toEqual([
      ['merseyside', 'good', 'Understanding the demands for its services'],
      ['merseyside', 'good', 'How it uses its resources'],
      ['merseyside', 'good', 'Planning for the future']
    ])
  })

  it('a regional news item’s subheading “West Mercia - inadequate” names a body, not an area of the force named before', () => {
    expect(page('regional-soc-west-midlands-2024-bbc')).toEqual([
      // The final check cuts the area where "following an inspection of …" starts another clause.
      ['west-mercia', 'inadequate', 'its approach to serious and organised crime (SOC)'],
      // "West Midlands Police was rated adequate." in the same roll-call: the area graded just before.
      ['west-midlands', 'adequate', 'its approach to serious and organised crime (SOC)']
    ])
  })

  it('“Nottinghamshire and South Wales Police (SWP) were both rated as ‘good’”: “both” after the verb, two forces sharing one ending, each graded', () => {
    const {text} = corpus('thematic-vetting-counter-corruption-force-reports-police-oracle')
    expect(rows(parseReport(text, {format: 'markdown'}).report.grades)).toEqual([
      ['nottinghamshire', 'good', 'overall'],
      ['south-wales', 'good', 'overall']
    ])
  })

  it('a grade list’s item cut off at its first letters (“• en”) names no area', () => {
    const grades = page('frs-2018-suffolk')
    expect(grades.at(-1)).toEqual(['suffolk', 'good', 'getting the right people with the right skills'])
    expect(grades.some(([, , area]) => area === 'en')).toBe(false)
  })
})
