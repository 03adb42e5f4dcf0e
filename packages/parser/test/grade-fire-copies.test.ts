import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Grades as copies of fire pages print them, on short verbatim excerpts of tuned pages, read as the
// eval reads a page (its body alone, no title): a list whose bullets the copy printed as quote marks
// ("> "), and a relative clause set off by commas between a service's name and its verb. Then the
// traps: a quoted line that is prose or names no graded area, a lead-in that gives no grade, and an
// aside that holds a grade of its own.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
const read = (text: string) => rows(parseReport(text, {format: 'text'}).report.grades)

describe('fire grades in copies of pages: general forms, on real excerpts', () => {
  it('“judged BFRS to be “good” at:” then “> A;”, “> B; and,”: quoted lines are the lead-in’s items', () => {
    expect(
      read(
        [
          'Bedfordshire Fire and Rescue Service is making "really good progress", with its latest inspection showed improvements have been made since its previous report in 2018.',
          'Specifically, HMICFRS judged BFRS to be "good" at:',
          '> Understanding fires and other risks;',
          '> Future affordability;',
          '> Ensuring fairness and promoting diversity; and,',
          '> Managing performance and developing leaders.'
        ].join('\n\n')
      )
    ).toEqual([
      ['bedfordshire', 'good', 'Understanding fires and other risks'],
      ['bedfordshire', 'good', 'Future affordability'],
      ['bedfordshire', 'good', 'Ensuring fairness and promoting diversity'],
      ['bedfordshire', 'good', 'Managing performance and developing leaders']
    ])
  })

  it('“<name>, which …, was rated …”: the relative clause between the name and its verb is left out', () => {
    expect(
      read(
        'Lancashire Fire and Rescue Service, which was in the first tranche of fire and rescue services to be inspected, was rated as ‘outstanding’ for promoting its values and culture.'
      )
    ).toEqual([['lancashire', 'outstanding', 'promoting its values and culture']])
    expect(
      read(
        'However, East Sussex Fire and Rescue, which serves Brighton and Hove, was rated good for the way that it manages its money and other resources and works in partnership with other organisations.'
      )
    ).toEqual([['east-sussex', 'good', 'the way that it manages its money and other resources and works in partnership with other organisations']])
  })

  it('“HMICFRS says CFRS requires improvement in areas like A, and B”: “says” opens the clause; the areas are the examples', () => {
    expect(
      read(
        [
          'Cumbria Fire and Rescue Service (CFRS) is \'inadequate\' at keeping people safe from fire, a report has found.',
          'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) says CFRS requires improvement in areas like looking after staff, and recruiting the right people with the right skills.'
        ].join('\n\n')
      )
    ).toEqual([
      ['cumbria', 'inadequate', 'keeping people safe from fire'],
      ['cumbria', 'requires-improvement', 'looking after staff, and recruiting the right people with the right skills']
    ])
  })

  it('“While the service was good at A, the report said, it needed …”: the reporting clause set off by commas inside the sentence', () => {
    expect(
      read(
        [
          'Hereford and Worcester Fire and Rescue Service has been rated as requiring improvement by Her Majesty\'s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).',
          'While the service was good at protecting the public through fire regulation, the report said, it needed to be better in its understanding and prevention of fires, and also in responding to emergencies.'
        ].join('\n\n')
      )
    ).toEqual([
      ['hereford-and-worcester', 'requires-improvement', 'overall'],
      ['hereford-and-worcester', 'good', 'protecting the public through fire regulation']
    ])
  })

  it('“<area> was one of seven areas the inspection judged to be “adequate””: the area named as the subject of its group’s grade', () => {
    expect(
      read(
        [
          'Inspectors have praised Hereford and Worcester Fire and Rescue for improving its fire prevention work.',
          'Even after the improvement, fire prevention was one of seven areas the inspection judged to be "adequate", compared to four which were "good".'
        ].join('\n\n')
      )
    ).toEqual([['hereford-and-worcester', 'adequate', 'fire prevention']])
  })

  it('“rated good for effectiveness and efficiency in the 42 page document”: where the judgement was made is no part of the area', () => {
    expect(read('However, the Isle of Wight Fire and Rescue Service has been rated good for effectiveness and efficiency in the 42 page document, which you can read HERE.')).toEqual([
      ['isle-of-wight', 'good', 'effectiveness'],
      ['isle-of-wight', 'good', 'efficiency']
    ])
  })

  it('“rating it good for A”: the inspectorate’s verb, its object (the body itself) and an unquoted grade', () => {
    expect(
      read(
        [
          'Norfolk Fire and Rescue Service was rated as requiring improvement in its first ever inspection by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS).',
          'While satisfied with some aspects of the service and rating it good for responding to fires, the watchdog said there were "several areas" where the service needs to improve.'
        ].join('\n\n')
      )
    ).toEqual([
      ['norfolk', 'requires-improvement', 'overall'],
      ['norfolk', 'good', 'responding to fires']
    ])
  })

  it('“A, and B, both of which were rated as ‘requires improvement’”: the relative clause after the areas gives their grade', () => {
    const opening = 'Cornwall Fire and Rescue Service has been told it needs to make decisions about its resources “on risk, not on savings” after the service was rated as ‘requires improvement’ at an inspection into its standards.'
    expect(read([opening, 'The report looked at ‘understanding fires and other risks’, and ‘protecting the public through fire regulation’, both of which were rated as ‘requires improvement’.'].join('\n\n'))).toEqual([
      ['cornwall', 'requires-improvement', 'understanding fires and other risks'],
      ['cornwall', 'requires-improvement', 'protecting the public through fire regulation']
    ])
    // The copy's own sentence speaks of 2018 too ("the same overall rating as in 2018"): whose grades they are is not settled, so nothing.
    expect(
      read([opening, 'The fire service received the same overall rating as in 2018, as well as for ‘understanding fires and other risks’, and ‘protecting the public through fire regulation’, both of which were rated as ‘requires improvement’.'].join('\n\n'))
    ).toEqual([])
  })

  it('traps: a quoted line that is prose or no graded area, a lead-in with no grade, an aside with a grade of its own', () => {
    const opening = 'Bedfordshire Fire and Rescue Service is making "really good progress", with its latest inspection showed improvements have been made since its previous report in 2018.'
    expect(read([opening, 'Specifically, HMICFRS judged BFRS to be "good" at:', '> the fire service said it was proud of its staff;', '> Understanding fires and other risks. It has improved.'].join('\n\n'))).toEqual([])
    expect(read([opening, 'It also positively identified that the BFRS:', '> works well with others to reduce the number of fires and other risks;', '> has improved safeguarding training;'].join('\n\n'))).toEqual([])
    // Past tense with no reporting clause may be any inspection's: nothing.
    expect(read('Hereford and Worcester Fire and Rescue Service has been inspected.\n\nWhile the service was good at protecting the public through fire regulation, it needed to be better in its understanding.')).toEqual([])
    // What is "one of the areas" must be a graded area.
    expect(read('Inspectors have praised Hereford and Worcester Fire and Rescue for improving its fire prevention work.\n\nThe chief was one of seven areas the inspection judged to be "adequate".')).toEqual([])
    // A hope, and a grade word that is no grade, after the verb and its object.
    expect(read('Norfolk Fire and Rescue Service was inspected.\n\nThe service hopes inspectors will be rating it good at responding to fires next time.')).toEqual([])
    expect(read('Norfolk Fire and Rescue Service was inspected.\n\nInspectors rated it good practice to respond to fires quickly.')).toEqual([])
    expect(read('Essex County Fire and Rescue Service, which was rated inadequate in 2018, was rated good for its response to fires and other emergencies.')).toEqual([])
  })
})
