import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Grades read by how a sentence is built rather than by its words (issue 11): a graded area and a
// grade word in one clause whatever stands between, the grade of a group of areas given once
// ("Under the ‘adequate’ grade was: A; B; C", "Other things … as “requiring improvement” include:"),
// each on real tuned pages, then the traps each form must not take.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
/** A tuned corpus page read by its body alone, as `scrutiny parse` reads a saved page. */
const page = (name: string) => rows(parseReport(corpus(name).text, {format: 'text'}).report.grades)

describe('a possessive subject whose area holds “and”', () => {
  it('“Lancashire Constabulary’s approach to investigating crime and managing offenders is good” (PEEL 2015 pillar page)', () => {
    expect(page('peel-2015-lancashire-effectiveness')).toEqual([
      ['lancashire', 'good', 'preventing crime and anti-social behaviour, and keeping people safe'],
      ['lancashire', 'good', 'approach to investigating crime and managing offenders']
    ])
  })
})

describe('the areas of one grade, named by a group the grade names', () => {
  it('“Under the ‘adequate’ grade was: A; B; …”: a grade noun, its verb and a colon; semicolons cut the list, and a misprinted piece (“managing orders”) is skipped as an item would be', () => {
    expect(page('peel-2023-25-sussex-express-news')).toEqual([
      // "‘good’ or ‘adequate’ in all areas, except investigating crime, where it 'requires improvement'" (grade-references.test.ts).
      ['sussex', 'requires-improvement', 'investigating crime'],
      ['sussex', 'good', 'its work in responding to the public'],
      ['sussex', 'adequate', 'recording data about crime'],
      ['sussex', 'adequate', 'police powers and public treatment'],
      ['sussex', 'adequate', 'preventing crime'],
      ['sussex', 'adequate', 'protecting vulnerable people'],
      ['sussex', 'adequate', 'developing a positive workplace'],
      ['sussex', 'adequate', 'leadership & force management']
    ])
  })

  it('“Other things that were listed in the report as “requiring improvement” include:” leads a list; fire areas make “the force” the place’s fire and rescue service', () => {
    expect(page('frs-2021-22-gloucestershire-bbc-copy-urgent-improvement')).toEqual([
      // "The report released on Wednesday said it was "inadequate" at …, noting …": the report's words, the area before the participle.
      ['gloucestershire', 'inadequate', 'promoting the right values for staff'],
      ['gloucestershire', 'requires-improvement', 'Preventing fires through inspections and wellbeing visits'],
      ['gloucestershire', 'requires-improvement', 'The service making best use of its resources']
    ])
    expect(parseReport(corpus('frs-2021-22-gloucestershire-bbc-copy-urgent-improvement').text, {format: 'text'}).report.grades[0]!.subject).toBe('Gloucestershire Fire and Rescue Service')
  })

  it('traps: pieces that name no graded area, a single graded piece, an earlier inspection’s group, the scale', () => {
    const read = (text: string) => rows(parseReport(`Kent Police\n\n${text}\n`, {format: 'text'}).report.grades)
    for (const text of [
      'Under the ‘good’ grade was: its canteen; its car park; its website.',
      'Under the ‘good’ grade was: preventing crime; its car park; its website.',
      'Last year, the areas graded as good were: preventing crime; investigating crime.',
      'The grades were: outstanding; good; adequate; requires improvement; inadequate.',
      'Other things that were listed in the report as “requiring improvement” include:\n\n- Its canteen.\n- Its car park.'
    ]) {
      expect(read(text)).toEqual([])
    }
    expect(read('Under the ‘good’ grade was: preventing crime; investigating crime.')).toEqual([
      ['kent', 'good', 'preventing crime'],
      ['kent', 'good', 'investigating crime']
    ])
  })
})

describe('areas named before the clause that grades them', () => {
  it('“two areas – ‘A’ and ‘B’ – were found to be ‘inadequate’” (a newspaper; “West Sussex’s Fire and Rescue Service” is the service), after “Overall, … was rated ‘requires improvement’”', () => {
    expect(page('frs-2018-19-west-sussex-littlehampton-gazette')).toEqual([
      ['west-sussex', 'requires-improvement', 'overall'],
      ['west-sussex', 'inadequate', 'protecting the public through fire regulation'],
      ['west-sussex', 'inadequate', 'ensuring fairness and promoting diversity']
    ])
  })

  it('“… promotion of the right values and culture, managing performance and developing leaders – all now assessed as ‘good’” (a service’s news, beside “the previous inspection”)', () => {
    expect(page('frs-2021-west-midlands').slice(-2)).toEqual([
      ['west-midlands', 'good', 'WMFS’s promotion of the right values and culture'],
      ['west-midlands', 'good', 'managing performance and developing leaders']
    ])
  })

  it('“including Crime Data Integrity – graded as outstanding –” (a panel’s news); “its understanding of demand, which is now outstanding” (an inspector’s summary)', () => {
    expect(page('peel-2023-25-north-wales-cambrian-news-scrutiny-board').at(-1)).toEqual(['north-wales', 'outstanding', 'Crime Data Integrity'])
    expect(page('peel-2017-thames-valley')).toContainEqual(['thames-valley', 'outstanding', 'its understanding of demand'])
  })

  it('traps: the clause grades a body, not areas; an earlier inspection’s; a grade followed by an area of its own', () => {
    const read = (text: string) => rows(parseReport(`Kent Police\n\n${text}\n`, {format: 'text'}).report.grades)
    for (const text of [
      'The force, which is good at preventing crime, is pleased.',
      'In 2019, its response to the public, which was good, improved.',
      'Its response to the public – rated good last year – has slipped.',
      'Its canteen and car park – both rated good – are new.',
      'There are two areas – its canteen and its car park – that were found to be good.'
    ]) {
      expect(read(text)).toEqual([])
    }
  })
})

describe('a grade restated for the same area is kept once', () => {
  it('drops a restatement by its words (fewer of them) and by its pillar, whatever came between', () => {
    // frs-2018-avon-effectiveness's opening judgement, then the same grade restated: by fewer of the
    // area's words, by another area, and by the pillar's name in the question's words.
    const text = [
      'Avon Fire and Rescue Service',
      'Avon Fire and Rescue Service (FRS) is good at understanding the risk of fire and other emergencies. But it is unstructured in the way it asks the community about local risk.',
      'The service is good at understanding risk.',
      'The service is good at efficiency.',
      'The service is good at how efficiently it keeps people safe and secure.'
    ].join('\n\n')
    expect(rows(parseReport(text, {format: 'text', path: 'avon.txt'}).report.grades)).toEqual([
      ['avon', 'good', 'understanding the risk of fire and other emergencies'],
      ['avon', 'good', 'efficiency']
    ])
  })
})
