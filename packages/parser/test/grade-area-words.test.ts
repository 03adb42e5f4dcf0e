import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {areaList, frameworkAreaByWords, isFrameworkArea} from '../src/lib/report/framework-areas.js'
import {gradeClauses} from '../src/lib/report/grade-clauses.js'
import {corpus} from './reading.js'

// A graded area written in other words (shortened, reworded, in Title Case) is the framework's area
// whose name, question or an alias holds every distinctive word of it: one matcher for every reader.
// Lists are cut by such names only where the framework's own names cannot cut them. Then the
// sentence structures it opens: a judgement list continued after semicolons, minutes' "had been
// judged as", two pieces naming one area ("right people, right skills"). Then the traps.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
const page = (name: string) => {
  const {text, title} = corpus(name)
  return rows(parseReport(text, {format: 'text', title}).report.grades)
}

describe('an area written in other words', () => {
  it('is the framework’s area whose words hold its distinctive words (fire authority minutes’ and news copies’ shortened names)', () => {
    expect(frameworkAreaByWords('future affordability')).toBe('Making the FRS affordable now and in the future')
    expect(frameworkAreaByWords('right people, right skills')).toBe('Getting the right people with the right skills')
    expect(frameworkAreaByWords('understanding fire and risk')).toBe('Understanding risk')
    expect(frameworkAreaByWords('preventing fire and risk')).toBe('Preventing fires and other risks')
    expect(frameworkAreaByWords('public safety through fire regulation')).toBe('Protecting the public through fire regulation')
    expect(frameworkAreaByWords('Best Use of Resources')).toBe('Making best use of resources')
    expect(frameworkAreaByWords('Promoting Values and Culture')).toBe('Promoting the right values and culture')
    expect(frameworkAreaByWords('promoting fairness and diversity')).toBe('Ensuring fairness and promoting diversity')
    expect(frameworkAreaByWords('responding to major incidents')).toBe('Responding to major and multi-agency incidents')
    expect(isFrameworkArea('Responding to Fires and Emergencies')).toBe(true)
  })

  it('is no area when one word is left, the words fit areas of different names, or a preposition runs on', () => {
    expect(frameworkAreaByWords('risk')).toBeUndefined()
    // Fire's "Managing performance and developing leaders" and PEEL 2023–25's "Leadership and development".
    expect(frameworkAreaByWords('developing leaders')).toBeUndefined()
    expect(frameworkAreaByWords('Protecting vulnerable people with the')).toBeUndefined()
    expect(frameworkAreaByWords('keen to see this move up')).toBeUndefined()
  })

  it('cuts a list only where the framework’s own names cannot: “understanding fire and risk and future affordability”', () => {
    expect(areaList('understanding fire and risk and future affordability')).toEqual(['understanding fire and risk', 'future affordability'])
    expect(areaList('promoting fairness and diversity and managing performance and developing leaders')).toEqual([
      'promoting fairness and diversity',
      'managing performance and developing leaders'
    ])
    // The framework's names cut first: one alias whole, not two verbs sharing "crime" (Wiltshire Times).
    expect(areaList('preventing and deterring crime and anti-social behaviour and managing suspects')).toEqual([
      'preventing and deterring crime and anti-social behaviour',
      'managing suspects'
    ])
  })
})

describe('judgement lists with areas in other words, on real pages', () => {
  const minutes =
    'The Service had been judged as good in understanding fire and risk and future affordability; adequate in responding to major incidents, right people, right skills, promoting fairness and diversity and managing performance and developing leaders; and requires improvement in preventing fire and risk, public safety through fire regulation, responding to fires and emergencies, best use of resources and promoting values and culture.'

  it('a judgement list continued after semicolons, in minutes’ reported speech (“had been judged as good in …; adequate in …; and requires improvement in …”)', () => {
    expect(gradeClauses(minutes).map(({grade, area}) => [grade, area])).toEqual([
      ['good', 'understanding fire and risk'],
      ['good', 'future affordability'],
      ['adequate', 'responding to major incidents'],
      ['adequate', 'right people, right skills'],
      ['adequate', 'promoting fairness and diversity'],
      ['adequate', 'managing performance and developing leaders'],
      ['requires-improvement', 'preventing fire and risk'],
      ['requires-improvement', 'public safety through fire regulation'],
      ['requires-improvement', 'responding to fires and emergencies'],
      ['requires-improvement', 'best use of resources'],
      ['requires-improvement', 'promoting values and culture']
    ])
  })

  it('the whole minutes page, its subject from the title', () => {
    expect(page('frs-2023-25-bedfordshire-fire-authority-minutes').map(([, grade, area]) => [grade, area])).toEqual(
      gradeClauses(minutes).map(({grade, area}) => [grade, area])
    )
    expect(new Set(page('frs-2023-25-bedfordshire-fire-authority-minutes').map(([subject]) => subject))).toEqual(new Set(['bedfordshire']))
  })

  it('an area quoted in a member’s words (“Even the most critical areas like “investigating crime” were rated as ‘Inadequate,’”)', () => {
    expect(page('peel-2023-25-metropolitan-london-assembly-motion')).toEqual([['metropolitan', 'inadequate', 'investigating crime”']])
  })

  it('“both” before the areas one grade gives, two verbs sharing one object in other words (“rated the brigade as "outstanding" both for understanding and preventing fires”)', () => {
    expect(page('frs-2023-25-humberside-bbc-copy').filter(([, grade]) => grade === 'outstanding')).toEqual([
      ['humberside', 'outstanding', 'understanding fires'],
      ['humberside', 'outstanding', 'preventing fires']
    ])
  })

  it('a newspaper’s “the organisation” for the body, and the inspectors’ words after “, with inspectors” not part of the area (“was rated as ‘inadequate’ at preventing fires, with inspectors branding …”)', () => {
    expect(page('frs-2021-22-norfolk-edp24').filter(([, grade]) => grade === 'inadequate')).toEqual([['norfolk', 'inadequate', 'preventing fires']])
  })

  it('the pillars put before a clause whose grade names no area (“In the areas of effectiveness, efficiency and people, it graded the Service as ‘Requires Improvement’.”)', () => {
    expect(page('frs-2018-leicestershire-improvement-plan-service-page')).toEqual([
      ['leicestershire', 'requires-improvement', 'effectiveness'],
      ['leicestershire', 'requires-improvement', 'efficiency'],
      ['leicestershire', 'requires-improvement', 'people']
    ])
  })
})
