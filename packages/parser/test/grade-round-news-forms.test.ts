import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {gradeNamedAreas} from '../src/lib/report/readers/grade-named-areas.js'
import {gradeSentences} from '../src/lib/report/readers/grade-sentences.js'
import {corpus, readWith} from './reading.js'

// Grades of the 2021/22 and 2023–25 rounds (PEEL and fire) as news and service pages write them in
// prose: the areas of one grade named after a group whose body stands inside it ("the areas in which
// the brigade was rated as …"), each on a real tuned page, and the traps of each.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
const page = (name: string, readers?: Parameters<typeof readWith>[0]) => {
  const {text, title} = corpus(name)
  return rows(readers ? readWith(readers, text, title).grades : parseReport(text, {format: 'text', title}).report.grades)
}
const read = (text: string) => rows(parseReport(text, {format: 'text'}).report.grades)

describe('grades of the 2021/22 and 2023–25 rounds in news prose', () => {
  it('areas of one grade with the body inside the group: “The three areas in which the brigade was rated as requiring improvement were …”, “The four areas where it was rated ‘good’ were …” (after a run-in “Hide Ad” label)', () => {
    expect(page('frs-2023-25-cleveland-hartlepool-mail', [gradeNamedAreas])).toEqual([
      ['cleveland', 'requires-improvement', 'preventing fire and risk'],
      ['cleveland', 'requires-improvement', 'public safety through fire regulation'],
      ['cleveland', 'requires-improvement', 'promoting values and culture'],
      ['cleveland', 'good', 'understanding fire and risk'],
      ['cleveland', 'good', 'responding to major incidents'],
      ['cleveland', 'good', 'best use of resources'],
      ['cleveland', 'good', 'future affordability']
    ])
  })

  it('the same group leads a list: “The areas where the service was judged to require improvement are:”', () => {
    expect(read('Cleveland Fire Brigade\n\nThe areas where the service was judged to require improvement are:\n\n- preventing fires and other risks\n- promoting the right values and culture\n')).toEqual([
      ['cleveland', 'requires-improvement', 'preventing fires and other risks'],
      ['cleveland', 'requires-improvement', 'promoting the right values and culture']
    ])
  })

  it('traps: a count the areas do not match, an earlier inspection’s group, and areas that name nothing graded', () => {
    expect(read('Cleveland Fire Brigade\n\nThe three areas where it was rated ‘good’ were understanding fire and risk and future affordability.\n')).toEqual([])
    expect(read('Cleveland Fire Brigade\n\nThe areas where it was rated ‘good’ in its previous inspection were understanding fire and risk and future affordability.\n')).toEqual([])
    expect(read('Cleveland Fire Brigade\n\nThe areas where it was rated ‘good’ were its canteen and its car park.\n')).toEqual([])
  })

  it('a count after a verb and the areas after “namely” (all of them) or “including” (some of them); the inspectorate’s verb before a count of areas and their grade: “The report details two areas that were graded as ‘requires improvement’, namely …”, “It graded a number of areas as adequate including, …”', () => {
    expect(page('peel-2021-22-dorset-hellorayo', [gradeNamedAreas])).toEqual([
      ['dorset', 'adequate', 'treating the public with fairness and respect'],
      ['dorset', 'adequate', 'protecting vulnerable people'],
      ['dorset', 'adequate', 'managing offenders and suspects'],
      ['dorset', 'requires-improvement', 'how the Force is responding to the public'],
      ['dorset', 'requires-improvement', 'investigating crime']
    ])
    expect(read('Dorset Police\n\nInspectors rated three areas as ‘requiring improvement’: responding to the public, investigating crime and protecting vulnerable people.\n')).toEqual([
      ['dorset', 'requires-improvement', 'responding to the public'],
      ['dorset', 'requires-improvement', 'investigating crime'],
      ['dorset', 'requires-improvement', 'protecting vulnerable people']
    ])
  })

  it('traps of the counted forms: “namely” with fewer areas than counted, “including” with more, and areas that name nothing graded', () => {
    expect(read('Dorset Police\n\nThe report details three areas that were graded as ‘requires improvement’, namely responding to the public and investigating crime.\n')).toEqual([])
    expect(read('Dorset Police\n\nInspectors rated two areas as adequate, including responding to the public, investigating crime and protecting vulnerable people.\n')).toEqual([])
    expect(read('Dorset Police\n\nInspectors rated several areas as good, including its canteen.\n')).toEqual([])
  })

  it('“as well as” with a preposition opens a second area: “it was rated as ‘good’ in preventing crime and anti-social behaviour as well as at building, supporting and protecting its workforce”', () => {
    expect(page('peel-2021-22-dorset-west-mercia-police-oracle', [gradeSentences])).toEqual([
      ['the force', 'good', 'preventing crime and anti-social behaviour'],
      ['the force', 'good', 'building, supporting and protecting its workforce']
    ])
  })

  it('a contrast between commas after a reported “was”: “Inspectors said Hertfordshire Fire and Rescue was, however, good at …”', () => {
    expect(page('frs-2023-25-hertfordshire-bbc-serious-concerns', [gradeSentences]).slice(1)).toEqual([
      // The final pass knows the service by the shortened name the news gives it.
      ['hertfordshire', 'good', 'responding to major incidents'],
      ['hertfordshire', 'good', 'managing performance and developing leaders']
    ])
  })

  it('a count of areas, then “namely” and the areas it counts: “graded as good in two areas, namely A and B”', () => {
    expect(read('Kent Police\n\nThe force was graded as good in two areas, namely preventing crime and protecting vulnerable people.\n')).toEqual([
      ['kent', 'good', 'preventing crime'],
      ['kent', 'good', 'protecting vulnerable people']
    ])
    expect(read('Kent Police\n\nThe force was graded as good in three areas, namely preventing crime and protecting vulnerable people.\n')).toEqual([])
  })

  it('fire questions shortened to one word, as the whole area or a piece of a list: “outstanding for protection, good for prevention and adequate for response”', () => {
    expect(read('Kent Fire and Rescue Service\n\nThe service was rated outstanding for protection, good for prevention and adequate for response.\n')).toEqual([
      ['kent', 'outstanding', 'protection'],
      ['kent', 'good', 'prevention'],
      ['kent', 'adequate', 'response']
    ])
    expect(read('Kent Fire and Rescue Service\n\nIt was graded good at understanding risk, prevention, protection and response.\n')).toEqual([
      ['kent', 'good', 'understanding risk'],
      ['kent', 'good', 'prevention'],
      ['kent', 'good', 'protection'],
      ['kent', 'good', 'response']
    ])
  })

  it('traps of the short names: inside a longer phrase they name nothing graded', () => {
    expect(read('Kent Fire and Rescue Service\n\nThe service was rated good for its response times to calls from schools.\n')).toEqual([])
    expect(read('Kent Fire and Rescue Service\n\nThe service’s response was rated good.\n')).toEqual([])
  })

  it('a body’s change of grade with the areas after the new grade: “The force has improved from ‘inadequate’ to ‘adequate’ in responding to the public”', () => {
    expect(read('Essex Police\n\nThe force has improved from ‘inadequate’ to ‘adequate’ in responding to the public.\n')).toEqual([['essex', 'adequate', 'responding to the public']])
    expect(read('Essex Police\n\nEssex Police has moved from ‘requires improvement’ to ‘good’ for investigating crime and protecting vulnerable people.\n')).toEqual([
      ['essex', 'good', 'investigating crime'],
      ['essex', 'good', 'protecting vulnerable people']
    ])
  })

  it('traps of the change form: no area, part of an area, and a count', () => {
    expect(read('Essex Police\n\nThe force has improved from ‘inadequate’ to ‘adequate’.\n')).toEqual([])
    expect(read('Essex Police\n\nThe force has improved from ‘inadequate’ to ‘adequate’ in some areas.\n')).toEqual([])
    expect(read('Essex Police\n\nThe force has improved from ‘inadequate’ to ‘adequate’ in two areas.\n')).toEqual([])
  })

  it('the verb in the past tense in the inspectorate’s reported words only: “Inspectors said it required improvement in …”', () => {
    expect(read('Essex Police\n\nInspectors said it required improvement in responding to the public.\n')).toEqual([['essex', 'requires-improvement', 'responding to the public']])
    expect(read('Essex Police\n\nThe force required improvement in responding to the public.\n')).toEqual([])
    expect(read('Essex Police\n\nIn 2019 the force required improvement in responding to the public.\n')).toEqual([])
  })

  it('the grade’s own word in quotes after a verb of receiving, with no noun after it: “The force achieved ‘good’ in police powers and public treatment”', () => {
    expect(read('Essex Police\n\nThe force achieved ‘good’ in police powers and public treatment.\n')).toEqual([['essex', 'good', 'police powers and public treatment']])
    expect(read('Essex Police\n\nThe force was awarded ‘good’ for police powers and public treatment and ‘adequate’ for investigating crime.\n')).toEqual([
      ['essex', 'good', 'police powers and public treatment'],
      ['essex', 'adequate', 'investigating crime']
    ])
  })

  it('traps of the quoted grade after a verb of receiving: unquoted praise, and an area nothing grades', () => {
    expect(read('Essex Police\n\nThe force achieved good results in preventing crime.\n')).toEqual([])
    expect(read('Essex Police\n\nThe force achieved ‘good’ in its canteen.\n')).toEqual([])
  })
})
