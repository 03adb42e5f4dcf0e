import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Grades that news prose gives in one sentence by referring to another: a grade named in the
// sentence before ("this grade"), areas listed in the sentence before ("for all of these", "for
// both"), a range then its exception ("good or adequate in all areas, except …"), "in both areas"
// after two areas one phrase holds, and "on all counts" beside the pillars a copy misspells. Each on
// a short excerpt of a tuned page, then the traps: a scale, two grades before, a count that is not "both".

const read = (text: string, title: string) =>
  parseReport(text, {format: 'text', title}).report.grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])

describe('grades referring to another sentence, on real excerpts', () => {
  it('a range with an exception: the exception is graded, the range is not (peel-2023-25-sussex-express-news)', () => {
    const text = "The report stated that Sussex Police is ‘good’ or ‘adequate’ in all areas, except investigating crime, where it 'requires improvement' ."
    expect(read(text, 'PEEL 2023–2025: An inspection of Sussex Police')).toEqual([['sussex', 'requires-improvement', 'investigating crime']])
  })

  it('“this grade”: the one grade the sentence before names, for each area listed (peel-2021-22-thames-valley-bucks-herald)', () => {
    const text = [
      'An additional grading has been included this year of ‘Adequate’, which means the expected standards are being met.',
      '',
      'Thames Valley Police has received this grade in relation to preventing and investigating crime, protecting vulnerable people and developing a positive workplace.'
    ].join('\n')
    expect(read(text, 'PEEL 2021/22 – An inspection of Thames Valley Police')).toEqual([
      ['thames-valley', 'adequate', 'preventing crime'],
      ['thames-valley', 'adequate', 'investigating crime'],
      ['thames-valley', 'adequate', 'protecting vulnerable people'],
      ['thames-valley', 'adequate', 'developing a positive workplace']
    ])
  })

  it('“for all of these … apart from …” and “for both”: the areas the sentence before lists (frs-2021-cornwall-pirate-fm)', () => {
    const text = [
      'Under each category are a number of other measures – in efficiency these are understanding fires and other risks; preventing fires and other risks; protecting the public through fire regulation; responding to fires and other emergencies; and responding to major and multi-agency incidents.',
      'For all of these CFRS was given a rating of “requires improvement” apart from responding to major and multi-agency incidents which was rated as good.',
      'In the efficiency category inspectors rate services for making best use of resources and future affordability. CFRS was rated as “requires improvement” for both.'
    ].join('\n')
    expect(read(text, 'Cornwall Fire and Rescue Service: Effectiveness, efficiency and people 2021/22').map((row) => row.slice(1))).toEqual([
      ['requires-improvement', 'understanding fires and other risks'],
      ['requires-improvement', 'preventing fires and other risks'],
      ['requires-improvement', 'protecting the public through fire regulation'],
      ['requires-improvement', 'responding to fires and other emergencies'],
      ['good', 'responding to major and multi-agency incidents'],
      ['requires-improvement', 'making best use of resources'],
      ['requires-improvement', 'future affordability']
    ])
  })

  it('“in both areas” after two areas one phrase holds, the second opened by “how it” (peel-2023-25-city-of-london-news-wired-gov)', () => {
    const text =
      'It has also improved its management and scrutiny of criminal investigations and how it responds to the public, being graded as ‘good’ in both areas, the police inspectorate has said.'
    expect(read(text, 'PEEL 2023–2025: An inspection of the City of London Police')).toEqual([
      ['city-of-london', 'good', 'its management and scrutiny of criminal investigations'],
      ['city-of-london', 'good', 'how it responds to the public']
    ])
  })

  it('“on all counts” beside the PEEL pillars, one of them misspelt (peel-2018-19-hertfordshire-berkhamsted-today)', () => {
    const text =
      'These are grouped under three main headings - effecitveness, efficiency, and legitimacy; and Herts Police was rated Good - the second-best out of four possible scores - on all counts.'
    expect(read(text, 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Hertfordshire Constabulary').map((row) => row.slice(1))).toEqual([
      ['good', 'Effectiveness (pillar)'],
      ['good', 'Efficiency (pillar)'],
      ['good', 'Legitimacy (pillar)']
    ])
  })
})

describe('a count of areas under one grade, then the areas named in the next sentence', () => {
  it('“The area’s for improvement were named as …” after “‘requires improvement’ in four areas” (frs-2023-25-oxfordshire-hellorayo)', () => {
    const text = [
      'Oxfordshire Fire and Rescue Service has made positive progress in some areas, but further improvements are needed, the fire inspectorate has said.',
      'It found that the service was ‘adequate’ in seven areas and ‘requires improvement’ in four areas.',
      "The area's for improvement were named as 'best use of resources', 'promoting values and culture', 'promoting fairness and diversity', and 'managing performance and developing leaders'."
    ].join('\n')
    expect(read(text, 'Oxfordshire Fire and Rescue Service')).toEqual([
      ['oxfordshire', 'requires-improvement', 'best use of resources'],
      ['oxfordshire', 'requires-improvement', 'promoting values and culture'],
      ['oxfordshire', 'requires-improvement', 'promoting fairness and diversity'],
      ['oxfordshire', 'requires-improvement', 'managing performance and developing leaders']
    ])
  })

  it('“They included …” after “five of the key areas were placed in ‘Requires Improvement’” (frs-2023-25-bedfordshire-bedford-today)', () => {
    const text =
      'Bedfordshire Fire and Rescue Service has been inspected. The fire service said it was disappointed that five of the key areas were placed in ‘Requires Improvement’. They included Public Safety Through Fire Regulation, Best Use of Resources and Promoting Values and Culture.'
    expect(read(text, 'Bedfordshire Fire and Rescue Service')).toEqual([
      ['bedfordshire', 'requires-improvement', 'Public Safety Through Fire Regulation'],
      ['bedfordshire', 'requires-improvement', 'Best Use of Resources'],
      ['bedfordshire', 'requires-improvement', 'Promoting Values and Culture']
    ])
  })

  it('more areas listed than counted, an item that is no graded area, or a count of an earlier inspection grade nothing', () => {
    const title = 'Bedfordshire Fire and Rescue Service'
    expect(read('Bedfordshire Fire and Rescue Service requires improvement in two areas. They included best use of resources, promoting values and culture and future affordability.', title)).toEqual([])
    expect(read('Bedfordshire Fire and Rescue Service requires improvement in two areas. They included its new headquarters and its fleet of engines.', title)).toEqual([])
    expect(read('In 2019, Bedfordshire Fire and Rescue Service required improvement in two areas. These were best use of resources and promoting values and culture.', title)).toEqual([])
  })
})

describe('grades referring to another sentence: the traps', () => {
  const title = 'PEEL 2021/22 – An inspection of Thames Valley Police'

  it('a scale with no exception grades nothing', () => {
    expect(read('The report stated that Thames Valley Police is ‘good’ or ‘adequate’ in all areas.', title)).toEqual([])
  })

  it('“this grade” after a sentence naming two grades grades nothing', () => {
    const text = 'Grades of ‘Good’ and ‘Adequate’ were awarded. Thames Valley Police has received this grade in relation to protecting vulnerable people.'
    expect(read(text, title)).toEqual([])
  })

  it('“for both” after three areas grades nothing', () => {
    const text =
      'In the efficiency category inspectors rate services for understanding fires and other risks; preventing fires and other risks; and making best use of resources. CFRS was rated as “requires improvement” for both.'
    expect(read(text, 'Cornwall Fire and Rescue Service: Effectiveness, efficiency and people 2021/22')).toEqual([])
  })

  it('an exception that is not among the areas listed before grades nothing', () => {
    const text =
      'In efficiency these are understanding fires and other risks; and preventing fires and other risks. For all of these CFRS was given a rating of “requires improvement” apart from future affordability which was rated as good.'
    expect(read(text, 'Cornwall Fire and Rescue Service: Effectiveness, efficiency and people 2021/22')).toEqual([])
  })
})
