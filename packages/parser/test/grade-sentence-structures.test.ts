import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Grade sentences by their structure, on real tuned pages: a lead-in that grades the list after it
// through a body's performance, a news report's words for the body ("the local fire service"), a
// count followed by the areas it counts, the report's words reported before or after them, a verb in
// a series sharing the sentence's subject, one of many bodies so graded, "Overall, <body> was rated …", two verbs or two pillars'
// adverbs sharing one object, and "since its last inspection" (this inspection's, not the last).
// Then the traps: a count the areas do not match, the last inspection's grade, an unquoted past.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
const page = (name: string) => {
  const {text, title} = corpus(name)
  return rows(parseReport(text, {format: 'text', title}).report.grades)
}
const read = (text: string, title = 'Fire and Rescue Service effectiveness, efficiency and people 2018/19: Bedfordshire Fire and Rescue Service') =>
  rows(parseReport(text, {format: 'text', title}).report.grades)

describe('grade sentence structures, on real pages', () => {
  it('a lead-in grading the list after it through the body’s performance: “found that CFRS performance “requires improvement” in the following areas:”, “Performance was “inadequate” in the following area:”', () => {
    expect(page('frs-2023-25-cornwall-bbc-news')).toEqual([
      ['cornwall', 'requires-improvement', 'Preventing fire and risk'],
      ['cornwall', 'requires-improvement', 'Responding to major incidents'],
      ['cornwall', 'requires-improvement', 'Best use of resources'],
      ['cornwall', 'requires-improvement', 'Future affordability'],
      ['cornwall', 'requires-improvement', 'Right people, right skills'],
      ['cornwall', 'requires-improvement', 'Managing performance and developing leaders'],
      ['cornwall', 'inadequate', 'Promoting fairness and diversity']
    ])
  })

  it('“the local fire service was rated ‘Requires improvement’ in two of its three key areas, ‘Efficiency’ and ‘People’”, “in one key areas, ‘Effectiveness’”, “The report stated that the force was good at …”', () => {
    expect(page('frs-2018-bedfordshire-luton-today')).toEqual([
      ['bedfordshire', 'requires-improvement', 'Efficiency'],
      ['bedfordshire', 'requires-improvement', 'People'],
      ['bedfordshire', 'good', 'Effectiveness'],
      ['bedfordshire', 'good', 'understanding fire risks and priorities']
    ])
  })

  it('a verb in a series sharing the subject, the report’s words reported after them: “The force had a good approach to …, was good at tackling serious and organised crime, and had …, the report said.”', () => {
    expect(page('peel-2016-dyfed-powys-bbc-news')).toEqual([['dyfed-powys', 'good', 'tackling serious and organised crime']])
  })

  it('“since its last inspection” measures change up to this one: “… improvements since its last inspection, particularly in how and when it records crime, where its performance was outstanding”', () => {
    expect(page('peel-2023-25-gloucestershire-news')).toEqual([['gloucestershire', 'outstanding', 'how and when it records crime']])
  })

  it('two verbs sharing one object, each a framework’s area: “The force is good at preventing and investigating crime.” (City of London 2018/19)', () => {
    expect(page('peel-2018-19-group-1-press-releases').filter(([subject]) => subject === 'city-of-london')).toEqual([
      ['city-of-london', 'good', 'effectively reducing crime and keeping people safe'],
      ['city-of-london', 'good', 'operating efficiently and providing sustainable services to the public'],
      ['city-of-london', 'requires-improvement', 'how legitimately it treats the public and its workforce'],
      ['city-of-london', 'good', 'preventing crime'],
      ['city-of-london', 'good', 'investigating crime']
    ])
  })

  it('two verbs sharing one object, and a restated pillar cut mid-word (“… good at reducing crime and keeping peopl”) that is the pillar again, not a sixth grade (Cumbria 2018/19)', () => {
    expect(page('peel-2018-cumbria')).toEqual([
      ['cumbria', 'good', 'is effective at reducing crime and keeping people safe'],
      ['cumbria', 'good', 'operates efficiently and sustainably'],
      ['cumbria', 'good', 'treats the public and its workforce legitimately'],
      ['cumbria', 'good', 'preventing crime'],
      ['cumbria', 'good', 'investigating crime']
    ])
  })

  it('two pillars’ adverbs sharing one phrase: “requires improvement at effectively and efficiently keeping people safe and secure from fire and other risks” (Surrey 2021/22)', () => {
    expect(page('frs-2021-surrey-news')).toEqual([
      ['surrey', 'requires-improvement', 'effectively keeping people safe and secure from fire and other risks'],
      ['surrey', 'requires-improvement', 'efficiently keeping people safe and secure from fire and other risks'],
      ['surrey', 'requires-improvement', 'looking after its people']
    ])
  })

  it('a verb after “but” sharing the subject the sentence opens with: “Overall the service was handed … but was deemed as requires improvement in looking after its staff.” (Hampshire 2018/19)', () => {
    expect(page('frs-2018-19-hampshire-portsmouth-news')).toEqual([['hampshire', 'requires-improvement', 'looking after its staff']])
  })

  it('one of many bodies so graded: “it is one of only four forces in England and Wales to be judged outstanding in how it deals with organised crime” (Derbyshire 2016)', () => {
    expect(page('peel-2016-derbyshire').at(-1)).toEqual(['derbyshire', 'outstanding', 'how it deals with organised crime'])
  })

  it('a report’s words with an aside, on a stored page opening with its date: “date 2022-07-27 A report, released today by …, said the performance of the force to keep people safe from fires was good, adding that improvements had been made since an inspection in 2018.”', () => {
    expect(page('frs-2021-west-yorkshire-yorkshire-evening-post')).toEqual([['west-yorkshire', 'good', 'keep people safe from fires']])
  })

  it('the judgment badge of a publication page: “Overall judgment” then “graded inadequate” (crime data integrity, Devon and Cornwall 2016)', () => {
    expect(page('cdi-devon-cornwall-2016')).toEqual([['devon-and-cornwall', 'inadequate', 'Overall judgment']])
  })

  it('“We are also classed as good in securing an affordable way of managing the risks …” (a chief fire officer, Devon and Somerset 2018/19)', () => {
    expect(page('frs-2018-devon-somerset-somerset-county-gazette').at(-1)).toEqual([
      'devon-and-somerset',
      'good',
      'securing an affordable way of managing the risks of fires and other emergencies now and in the future'
    ])
  })
})

describe('grade sentence structures: the traps', () => {
  it('a count the areas after it do not match grades nothing from the list', () => {
    expect(read('The local fire service was rated ‘Requires improvement’ in two of its three key areas, ‘Efficiency’.')).toEqual([])
  })

  it('the last inspection’s grade, said after “since its last inspection, when …”', () => {
    expect(read('The service has improved since its last inspection, when it was rated ‘inadequate’ at understanding risk.')).toEqual([])
  })

  it('an earlier inspection’s grade after “since”, when a clause says what it was then', () => {
    expect(read('A report said the performance of the service to keep people safe was good since its inspection in 2018, when it was rated ‘inadequate’.')).toEqual([])
  })

  it('a performance in the past tense with the grade unquoted, which may be any year’s', () => {
    expect(read('Performance was good in responding to fires and other emergencies.')).toEqual([])
  })

  it('two verbs sharing an object that is not two framework areas stay one area: “good at preventing and deterring crime”', () => {
    expect(read('The force is good at preventing and deterring crime.', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([['kent', 'good', 'preventing and deterring crime']])
  })
})
