import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {twoFireQuestions} from '../src/lib/report/fire-questions.js'

// Grades as fire pages and news copies of them write them, on short excerpts of real tuned pages
// (fire 2018/19–2023/25, a PEEL 2018/19 page for a trap): a newspaper's "was seen as" for graded, an
// adverb or a contrast between the subject and the grade, a list whose preposition repeats, two
// questions of the framework in one phrase, the inspections a grade was given in, and a quote that
// closes after the area. Then the traps: one question's two halves, a police judgement, a contrast
// that names no area.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
const fireTitle = 'Fire and rescue service effectiveness, efficiency and people'
const read = (text: string, title = fireTitle) => rows(parseReport(text, {format: 'text', title}).report.grades)

describe('fire grades in prose: general forms, on real excerpts', () => {
  it('“The service was seen as adequate in A, B, … and G”: a newspaper’s word for graded, one grade per area', () => {
    expect(
      read(
        [
          'Hereford & Worcester Fire and Rescue Service’s (HWFRS) third inspection by His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) saw all 11 of the overall judgement areas graded as ‘good’ or ‘adequate’.',
          'The service was seen as adequate in understanding fire and risk, preventing fire and risk, responding to fires and emergencies, responding to major incidents, making best use of its resources, future affordability and promoting values and culture.'
        ].join('\n\n')
      )
    ).toEqual([
      ['hereford-and-worcester', 'adequate', 'understanding fire and risk'],
      ['hereford-and-worcester', 'adequate', 'preventing fire and risk'],
      ['hereford-and-worcester', 'adequate', 'responding to fires and emergencies'],
      ['hereford-and-worcester', 'adequate', 'responding to major incidents'],
      ['hereford-and-worcester', 'adequate', 'making best use of its resources'],
      ['hereford-and-worcester', 'adequate', 'future affordability'],
      ['hereford-and-worcester', 'adequate', 'promoting values and culture']
    ])
  })

  it('“good at A, at B, and at C. It is also good at D”: the repeated preposition cuts the list; “It also requires improvement in …”', () => {
    expect(
      read(
        [
          'Greater Manchester Fire and Rescue Service',
          'The service is good at looking after its staff, at understanding fire and other risks, and at responding to fires and other emergencies. It is also good at promoting its values throughout the organisation.'
        ].join('\n\n')
      )
    ).toEqual([
      ['greater-manchester', 'good', 'looking after its staff'],
      ['greater-manchester', 'good', 'understanding fire and other risks'],
      ['greater-manchester', 'good', 'responding to fires and other emergencies'],
      ['greater-manchester', 'good', 'promoting its values throughout the organisation']
    ])
    expect(
      read(
        [
          'Hereford and Worcester Fire and Rescue Service',
          'The service is good at protecting the public through fire regulation. It is also good at responding to major and multi-agency incidents. That said, the service requires improvement in its understanding and prevention of fires and other risks. It also requires improvement in how it responds to fires and other emergencies.'
        ].join('\n\n')
      )
    ).toEqual([
      ['hereford-and-worcester', 'good', 'protecting the public through fire regulation'],
      ['hereford-and-worcester', 'good', 'responding to major and multi-agency incidents'],
      ['hereford-and-worcester', 'requires-improvement', 'its understanding of fires and other risks'],
      ['hereford-and-worcester', 'requires-improvement', 'prevention of fires and other risks'],
      ['hereford-and-worcester', 'requires-improvement', 'how it responds to fires and other emergencies']
    ])
  })

  it('“It is, however, good at …”: a contrast between the verb and the grade', () => {
    expect(read(['Isle of Wight Fire and Rescue Service', 'It is, however, good at getting the right people with the right skills.'].join('\n\n'))).toEqual([
      ['isle-of-wight', 'good', 'getting the right people with the right skills']
    ])
  })

  it('two questions of the framework in one phrase: “good at using resources and providing an affordable service”, “the way it uses resources and the affordability of …”', () => {
    expect(read(['Dorset & Wiltshire Fire and Rescue Service', 'We found it to be good at providing an efficient service. And it is good at using resources and providing an affordable service.'].join('\n\n'))).toEqual([
      ['dorset-and-wiltshire', 'good', 'providing an efficient service'],
      ['dorset-and-wiltshire', 'good', 'using resources'],
      ['dorset-and-wiltshire', 'good', 'providing an affordable service']
    ])
    expect(read(['Northumberland Fire and Rescue Service', 'The service requires improvement to its efficiency. Specifically, it requires improvement to the way it uses resources and the affordability of the service it provides.'].join('\n\n'))).toEqual([
      ['northumberland', 'requires-improvement', 'its efficiency'],
      ['northumberland', 'requires-improvement', 'the way it uses resources'],
      ['northumberland', 'requires-improvement', 'the affordability of the service it provides']
    ])
    expect(read('West Midlands Fire Service is good at understanding risk and responding to fires, but needs to make improvements in some areas to provide a consistently good service, the fire inspectorate has said.')).toEqual([
      ['west-midlands', 'good', 'understanding risk'],
      ['west-midlands', 'good', 'responding to fires']
    ])
  })

  it('“The other two ‘outstanding’ ratings were for A and B”: grade nouns after “other” and a count, and the areas they were for', () => {
    expect(
      read(
        [
          'His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) has reported that Kent Fire and Rescue Service (KFRS) achieved three ‘outstanding’ ratings in its latest inspection.',
          'According to HMICFRS, KFRS is among the first fire and rescue services in England to be graded ‘outstanding’ for protecting the public through fire regulation.',
          'The other two ‘outstanding’ ratings were for understanding community risk and future financial affordability.'
        ].join('\n\n')
      )
    ).toEqual([
      ['kent', 'outstanding', 'understanding community risk'],
      ['kent', 'outstanding', 'future financial affordability']
    ])
  })

  it('“… was judged as ‘good’ in both inspections”: the inspections are not an area', () => {
    expect(read(['Cornwall Fire and Rescue Service', 'The service’s response to major and multi-agency incidents was judged as ‘good’ in both inspections.'].join('\n\n'))).toEqual([
      ['cornwall', 'good', 'response to major and multi-agency incidents']
    ])
  })

  it('a quote that closes after the area: “‘the service is good at looking after its staff’ and ‘good at promoting its values’”', () => {
    expect(
      read('“I am pleased that the Inspectorate recognises the major step forward Greater Manchester Fire and Rescue Service has taken in terms of how, according to the report, ‘the service is good at looking after its staff’ and ‘good at promoting its values’.')
    ).toEqual([
      ['greater-manchester', 'good', 'looking after its staff'],
      ['greater-manchester', 'good', 'promoting its values']
    ])
  })

  it('traps: one question’s two halves, a police judgement and a verb that is no question, a contrast that names no area', () => {
    expect(twoFireQuestions('managing performance and developing leaders')).toBeUndefined()
    expect(twoFireQuestions('ensuring fairness and promoting diversity')).toBeUndefined()
    expect(twoFireQuestions('responding to fires and other emergencies')).toBeUndefined()
    expect(twoFireQuestions('preventing crime and anti-social behaviour and understands the importance of working with its communities to do this')).toBeUndefined()
    expect(twoFireQuestions('understanding fire and other risks and responding to fires and other emergencies')).toEqual(['understanding fire and other risks', 'responding to fires and other emergencies'])
    expect(twoFireQuestions('its understanding and prevention of fires and other risks')).toEqual(['its understanding of fires and other risks', 'prevention of fires and other risks'])
    expect(read(['Lincolnshire Fire and Rescue Service', 'It is, however, good'].join('\n\n'))).toEqual([])
  })
})
