import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {gradeForceLists} from '../src/lib/report/readers/grade-force-lists.js'
import {corpus, readWith} from './reading.js'

// Several bodies graded at once, as national pages and news items list them: a grade label then the
// forces it covers, after a lead-in announcing the list, or one sentence naming the grade and then
// the forces. Every name must be a force or service the reference data knows.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
const page = (name: string) => {
  const {text} = corpus(name)
  return rows(parseReport(text, {format: 'text'}).report.grades)
}
const read = (text: string) => rows(parseReport(text, {format: 'text'}).report.grades)

describe('grades of several forces listed at once', () => {
  it('grade labels, each followed by a serial list of forces, after “HMIC graded forces for their overall effectiveness as follows:”', () => {
    const grades = page('peel-2016-effectiveness-all-forces-iwradio')
    expect(grades).toHaveLength(43)
    expect(grades.filter(([, grade]) => grade === 'outstanding')).toEqual([['durham', 'outstanding', 'overall effectiveness']])
    expect(grades.filter(([, grade]) => grade === 'good')).toHaveLength(28)
    expect(grades.filter(([, grade]) => grade === 'inadequate')).toEqual([['bedfordshire', 'inadequate', 'overall effectiveness']])
    // "Devon and Cornwall" is one force; "West Yorkshire and Wiltshire" two; "Met Police" and "Avon & Somerset" as printed.
    expect(grades.filter(([, grade]) => grade === 'requires-improvement').map(([id]) => id)).toEqual([
      'devon-and-cornwall',
      'dyfed-powys',
      'gloucestershire',
      'hampshire',
      'hertfordshire',
      'humberside',
      'leicestershire',
      'metropolitan',
      'northamptonshire',
      'nottinghamshire',
      'south-yorkshire',
      'staffordshire',
      'sussex'
    ])
    expect(grades.slice(0, 2)).toEqual([
      ['durham', 'outstanding', 'overall effectiveness'],
      ['avon-and-somerset', 'good', 'overall effectiveness']
    ])
    expect(grades.slice(27, 29)).toEqual([
      ['west-yorkshire', 'good', 'overall effectiveness'],
      ['wiltshire', 'good', 'overall effectiveness']
    ])
  })

  it('a sentence naming the grade, then the forces: “The six forces assessed as ‘requires improvement’ are A, B, … and F.”', () => {
    const grades = page('peel-2017-legitimacy-force-press-releases-page')
    const area = 'PEEL: police legitimacy 2017 – force press releases'
    expect(grades.slice(0, 7)).toEqual([
      ['kent', 'outstanding', area],
      ['northamptonshire', 'requires-improvement', area],
      ['cleveland', 'requires-improvement', area],
      ['city-of-london', 'requires-improvement', area],
      ['west-midlands', 'requires-improvement', area],
      ['warwickshire', 'requires-improvement', area],
      ['west-mercia', 'requires-improvement', area]
    ])
    // "All other forces were judged as ‘good’" names no force; Greater Manchester Police was given no grade;
    // the listed forces do not make the page theirs: "The force is …" is still Avon and Somerset's.
    expect(grades.some(([id]) => id === 'greater-manchester')).toBe(false)
    expect(grades.slice(7).every(([id]) => id === 'avon-and-somerset')).toBe(true)
  })

  it('“Forces graded good:” then one force an item', () => {
    expect(read('PEEL: police legitimacy 2017\n\nForces graded good:\n\n- Kent Police\n- Essex Police\n')).toEqual([
      ['kent', 'good', 'PEEL: police legitimacy 2017'],
      ['essex', 'good', 'PEEL: police legitimacy 2017']
    ])
  })

  it('traps: bodies of people, the inspectorate, areas, a count that does not match, no lead-in', () => {
    const title = 'PEEL: police legitimacy 2017\n\n'
    // No force named.
    expect(readWith([gradeForceLists], `${title}All other forces were judged as ‘good’.\n`).grades).toEqual([])
    // Six counted, two named.
    expect(readWith([gradeForceLists], `${title}The six forces assessed as ‘requires improvement’ are Kent Police and Essex Police.\n`).grades).toEqual([])
    // The inspectorate grades no one; a piece that is no force spoils the list.
    expect(readWith([gradeForceLists], `${title}The forces judged as good are HMICFRS and Kent Police.\n`).grades).toEqual([])
    expect(readWith([gradeForceLists], `${title}The forces judged as good are chief constables and Kent Police.\n`).grades).toEqual([])
    // Areas after a label are another reader's (a flattened table), not bodies.
    expect(readWith([gradeForceLists], `${title}HMIC graded forces for their overall effectiveness as follows:\n\n:: Good\n\nPreventing crime, Investigating crime\n`).grades).toEqual([])
    // A bare label and a name with no lead-in: a heading, not a list.
    expect(readWith([gradeForceLists], `${title}Good\n\nKent Police\n`).grades).toEqual([])
  })

  it('one body’s grade in a comparison: “While Kent was the only one of the 43 forces to have been graded as outstanding, …”', () => {
    expect(read('PEEL: police legitimacy 2017\n\nWhile Kent was the only one of the 43 forces to have been graded as outstanding, 35 were considered ‘good’.\n')).toEqual([
      ['kent', 'outstanding', 'PEEL: police legitimacy 2017']
    ])
    expect(read('PEEL: police effectiveness 2016\n\nDurham is one of only four forces to be judged outstanding for its effectiveness.\n')).toEqual([['durham', 'outstanding', 'its effectiveness']])
    // An earlier inspection's; no body named; a page whose headings name no graded area.
    expect(read('PEEL: police legitimacy 2017\n\nKent was the only force to be graded as outstanding in 2016.\n')).toEqual([])
    expect(read('PEEL: police legitimacy 2017\n\nIt was the only one of the 43 forces to have been graded as outstanding.\n')).toEqual([])
    expect(read('News\n\nWhile Kent was the only one of the 43 forces to have been graded as outstanding, 35 were considered ‘good’.\n')).toEqual([])
  })
})
