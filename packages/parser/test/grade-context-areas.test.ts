import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {pillarOfPage} from '../src/lib/report/grade-clauses.js'

// Grades whose area the page gives once, not the sentence: a page whose reports are about one PEEL
// pillar gives that pillar to each force's judgement that names no area; a page naming two pillars,
// or none, gives none ("cannot tell"). Each on a short verbatim excerpt of a tuned page.

const read = (text: string) => parseReport(text, {format: 'text'}).report.grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])

describe('the pillar a page’s reports are about', () => {
  it('is the one pillar named as what the reports, inspection or assessment are about', () => {
    expect(pillarOfPage('West Yorkshire Police was one of 30 forces classed as good in efficiency reports examining how well they understand demand, use resources and plan for the future.')).toBe('efficiency')
    expect(pillarOfPage('Gwent and South Wales Police have been judged as good in annual "legitimacy" assessments by Her Majesty\'s Inspectorate of Constabulary (HMIC).')).toBe('legitimacy')
    expect(pillarOfPage('HMIC has graded every police force on its overall effectiveness in reducing crime and keeping people safe.')).toBe('effectiveness')
    expect(pillarOfPage('Mrs Baird spoke out as the PEEL police efficiency 2016 report was released')).toBe('efficiency')
  })

  it('is none where the page names another pillar anywhere, or none as the reports’ subject', () => {
    expect(pillarOfPage('Following last year’s PEEL (Police effectiveness, efficiency and legitimacy) assessment, Wendy Williams … said how impressed she was by the force')).toBeUndefined()
    // "The report examined leadership": a pillar's word, not what the reports are about.
    expect(pillarOfPage('The report examined leadership, how officers and staff were treated by the force, and how in turn that related to their treatment of the public.')).toBeUndefined()
    expect(pillarOfPage('We accept the findings of HMICFRS’s effectiveness inspection. The force’s efficiency was also assessed.')).toBeUndefined()
  })
})

describe('grades with the area given once by the page', () => {
  it('a judgement naming no area, in prose or a headline, takes the page’s one pillar, not “overall”', () => {
    expect(
      read(
        'A police force has been told it ‘requires improvement’ by government inspectors.\n\nCambridgeshire Constabulary was told by police watchdog Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) it has to improve its efforts in investigating crime and its protection of vulnerable people.\n\nBut the Cambridgeshire Police defended its record. Dpt Ch Cons Alan Baldwin said: “We accept the findings of HMICFRS’s effectiveness inspection, however, we are disappointed with the judgement of ‘requires improvement’.\n'
      )
    ).toEqual([['cambridgeshire', 'requires-improvement', 'effectiveness']])
    expect(
      read(
        'Dyfed-Powys and North Wales Police \'require improvement\'\n\nPolice officers\n\nGwent and South Wales Police have been judged as good in annual "legitimacy" assessments by Her Majesty\'s Inspectorate of Constabulary (HMIC).\n'
      )
    ).toEqual([
      ['dyfed-powys', 'requires-improvement', 'legitimacy'],
      ['north-wales', 'requires-improvement', 'legitimacy'],
      ['gwent', 'good', 'legitimacy'],
      ['south-wales', 'good', 'legitimacy']
    ])
  })

  it('a headline that is itself a judgement heads no area: the grades under it take the page’s pillar', () => {
    expect(
      read(
        "Two of the four Welsh police forces 'require improvement' in the way they prevent and investigate crime\n\nA HMIC report grading every police force on its overall effectiveness in reducing crime and keeping people safe, has concluded two of the four Welsh forces 'require improvement'.\n\nMeanwhile South Wales Police and Gwent Police were given a rating of 'Good'.\n"
      )
    ).toEqual([
      ['south-wales', 'good', 'effectiveness'],
      ['gwent', 'good', 'effectiveness']
    ])
  })

  it('a page naming no pillar as its reports’ subject keeps a headline’s bare judgement as naming its subject only', () => {
    expect(read('Dyfed-Powys and North Wales Police \'require improvement\'\n\nPolice officers\n\nThe force said it would continue to improve.\n')).toEqual([])
  })
})

describe('whose grade a judgement is, from context', () => {
  it('a commissioner’s title naming both bodies (“Police, Fire & Rescue and Crime Commissioner”) does not make a PEEL page the fire service’s', () => {
    expect(
      read(
        'Staffordshire Police, Fire & Rescue and Crime Commissioner response to HMICFRS PEEL report\n\nThe report rates Staffordshire Police as ‘inadequate’ in its ability to respond to the public, investigate crime and manage offenders and suspects. It further rates the force as requiring improvement in a number of other areas, while rating it as adequate in its ability to prevent crime and anti-social behaviour.\n'
      )
    ).toEqual([
      ['staffordshire', 'inadequate', 'its ability to respond to the public'],
      ['staffordshire', 'inadequate', 'investigate crime'],
      ['staffordshire', 'inadequate', 'manage offenders and suspects'],
      ['staffordshire', 'adequate', 'its ability to prevent crime and anti-social behaviour']
    ])
  })

  it('“the force” after a fire and rescue service was named is the force named before it; the service stays the body a bare “the service” follows', () => {
    const text =
      'Kent Police has been graded as good at investigating crime.\n\nEssex County Fire and Rescue Service has been graded as good at preventing fires and other risks.\n\nThe force was rated as requiring improvement at responding to the public.\n\nThe service was rated as requiring improvement at protecting the public through fire regulation.\n'
    expect(parseReport(text, {format: 'text'}).report.grades.map((grade) => [grade.subject, grade.grade])).toEqual([
      ['Kent Police', 'good'],
      ['Essex County Fire and Rescue Service', 'good'],
      ['Kent Police', 'requires-improvement'],
      ['Essex County Fire and Rescue Service', 'requires-improvement']
    ])
  })
})
