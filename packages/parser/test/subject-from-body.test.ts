import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {mostNamedSubject} from '../src/lib/report/subjects.js'
import {corpus} from './reading.js'

// Whose grades a page gives, from its body alone: a saved news item or a force's statement reaches
// `scrutiny parse` without the title its web page had, so the force or service the prose names
// most is the page's own, and the inspectorate, which grades no one, never is. Each on a real tuned
// page, read without its header's title (the labeller's, naming the force).

const grades = (name: string) => {
  const {text} = corpus(name)
  const {report} = parseReport(text, {format: 'text'})
  return {subjects: report.subjects.map((subject) => subject.referenceId), grades: report.grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])}
}

describe('the subject of a page whose title is not given', () => {
  it('a force’s statement that names the inspectorate before itself: the force’s grades, not the inspectorate’s', () => {
    expect(grades('peel-2021-22-avon-somerset-force-statement')).toEqual({
      subjects: ['avon-and-somerset'],
      grades: [
        ['avon-and-somerset', 'outstanding', 'engaging and treating the public with fairness and respect'],
        ['avon-and-somerset', 'good', 'use of resources'],
        ['avon-and-somerset', 'good', 'supporting and protecting the workforce'],
        ['avon-and-somerset', 'adequate', 'preventing crime and anti-social behaviour'],
        ['avon-and-somerset', 'adequate', 'protecting vulnerable people'],
        ['avon-and-somerset', 'requires-improvement', 'responding to the public'],
        ['avon-and-somerset', 'requires-improvement', 'investigating crime'],
        ['avon-and-somerset', 'requires-improvement', 'managing offenders'],
        ['avon-and-somerset', 'requires-improvement', 'crime recording']
      ]
    })
  })

  it('a newspaper’s “the force” is the force the article names (Wiltshire Times, PEEL 2023–25)', () => {
    expect(grades('peel-2023-25-wiltshire-times')).toEqual({
      subjects: ['wiltshire'],
      // "It was also found to ‘Require Improvement’ in …" goes on from "the previous report that found
      // Wiltshire Police to be ‘Inadequate’ …": those are the 2022 grades, not this report's; this
      // report's are "rated the county force ‘Good’ in …, and ‘Adequate’ at …" and the areas "… which
      // were all judged to ‘Require Improvement’" (the gold's).
      grades: [
        ['wiltshire', 'good', 'preventing and deterring crime and anti-social behaviour'],
        ['wiltshire', 'good', 'managing suspects'],
        ['wiltshire', 'adequate', 'recording data about crime'],
        ['wiltshire', 'adequate', 'leadership and force management'],
        ['wiltshire', 'adequate', 'building and supporting the workforce'],
        // All four areas before ", which were all judged …" are read, each its own ("respect" and
        // "responding" share four letters, and a fifth tells them apart).
        ['wiltshire', 'requires-improvement', 'treating the public fairly and with respect'],
        ['wiltshire', 'requires-improvement', 'responding to the public'],
        ['wiltshire', 'requires-improvement', 'investigating crime'],
        ['wiltshire', 'requires-improvement', 'protecting vulnerable people']
      ]
    })
  })

  it('the inspectorate is never graded: a service’s page headed “HMICFRS” that never names the service leaves its grades unplaced, with a message', () => {
    const {text} = corpus('frs-2023-25-nottinghamshire-service-page')
    const {report, messages} = parseReport(text, {format: 'text'})
    expect(report.grades.slice(0, 2).map((grade) => [grade.subject, grade.subjectId, grade.grade, grade.area])).toEqual([
      ['the service', undefined, 'good', 'Understanding fires and other risks'],
      ['the service', undefined, 'good', 'Preventing fires and other risks']
    ])
    expect(report.grades.some((grade) => grade.subjectId === 'hmicfrs')).toBe(false)
    expect(messages.map((message) => message.ruleId)).toContain('unknown-subject')
  })

  it('initials one body of the reference data has (“SYFRS”) are that body', () => {
    expect(grades('frs-2023-25-south-yorkshire-europesays-fragment').grades[0]).toEqual(['south-yorkshire', 'adequate', 'understanding the risk of fire and other emergencies'])
  })

  it('initials two bodies share (“BFRS”: Bedfordshire’s, Buckinghamshire’s) are the one whose place the page names, else stay as printed', () => {
    const sentence = 'The latest report has graded BFRS “Requires Improvement” across the three pillars of the inspectorate’s methodology, which are effectiveness, efficiency, and people.\n'
    const subjectsOf = (text: string) => parseReport(text, {format: 'text'}).report.grades.map((grade) => grade.subjectId ?? grade.subject)
    expect(subjectsOf(sentence)).toEqual(['BFRS', 'BFRS', 'BFRS'])
    const placed = `${sentence}\nThe action plan will be published in the Fire Authority section of our website, for Buckinghamshire and Milton Keynes.\n`
    expect(subjectsOf(placed)).toEqual(['buckinghamshire', 'buckinghamshire', 'buckinghamshire'])
  })

  it('a fire service shortened in the news (“Staffordshire Fire & Rescue”, “Cornwall Fire Service”) is the service', () => {
    expect(grades('frs-2023-25-staffordshire-express-and-star')).toEqual({
      subjects: ['staffordshire'],
      grades: [
        ['staffordshire', 'outstanding', 'our response to major incidents'],
        ['staffordshire', 'good', 'promoting the right values and culture']
      ]
    })
    expect(grades('frs-2021-cornwall-whats-on-in-cornwall')).toEqual({
      subjects: ['cornwall'],
      grades: [
        ['cornwall', 'requires-improvement', 'Effectiveness'],
        ['cornwall', 'requires-improvement', 'Preventing fires and other risks'],
        ['cornwall', 'requires-improvement', 'responding to fires and other emergencies'],
        ['cornwall', 'good', 'response to major and multi-agency incidents']
      ]
    })
  })
})

describe('mostNamedSubject', () => {
  it('counts each body by its reference id, whatever words lead into its name, and skips the inspectorate', () => {
    const text =
      'HM Inspectorate of Constabulary and Fire and Rescue Service published its report. Today Avon and Somerset Police was rated good. ' +
      'Her Majesty’s Inspectorate of Constabulary said Gloucestershire Constabulary was adequate, and that Avon & Somerset Police had improved.'
    expect(mostNamedSubject(text)).toMatchObject({kind: 'force', referenceId: 'avon-and-somerset'})
  })

  it('the first named among equals; nothing where no force or service is named', () => {
    expect(mostNamedSubject('Kent Police and Essex Police were both inspected.')).toMatchObject({referenceId: 'kent'})
    expect(mostNamedSubject('His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services rated us good.')).toBeUndefined()
  })
})

describe('a saved web page’s <title>', () => {
  // A real service page's body (Nottinghamshire's, which never prints the service's name: "HMICFRS
  // found we were ‘Good’ …"), saved as a browser saves it, with the page's title in its head.
  const {text} = corpus('frs-2023-25-nottinghamshire-service-page')
  const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
  // One element a line, as the page printed them: a paragraph, or an item of the list it is in.
  const body = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (line.startsWith('- ') ? `<ul><li>${escape(line.slice(2))}</li></ul>` : `<p>${escape(line)}</p>`))
    .join('\n')
    .replaceAll('</ul>\n<ul>', '\n')
  const page = (head: string) => `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">${head}</head><body>\n${body}\n</body></html>`
  const gradesOf = (html: string, options: {title?: string} = {}) => parseReport(html, {format: 'html', ...options}).report

  it('names the page: its grades are the service’s the title names', () => {
    const report = gradesOf(page('<title>HMICFRS | Nottinghamshire Fire and Rescue Service</title>'))
    expect(report.title).toBe('HMICFRS | Nottinghamshire Fire and Rescue Service')
    expect(report.subjects.map((subject) => subject.referenceId)).toEqual(['nottinghamshire'])
    expect(report.grades.map((grade) => grade.subjectId)).toEqual(Array(10).fill('nottinghamshire'))
  })

  it('without one, the body cannot tell: no grade is the inspectorate’s', () => {
    const report = gradesOf(page(''))
    expect(report.grades).toHaveLength(10)
    expect(report.grades.some((grade) => grade.subjectId === 'nottinghamshire')).toBe(false)
  })

  it('a title given as an option wins; a <title> in the body (an SVG’s) is not the page’s', () => {
    expect(gradesOf(page('<title>HMICFRS | Nottinghamshire Fire and Rescue Service</title>'), {title: 'Notts HMICFRS page'}).title).toBe('Notts HMICFRS page')
    const svg = `<!doctype html><html><head></head><body><svg><title>Leicestershire Fire and Rescue Service logo</title></svg>\n${body}</body></html>`
    expect(gradesOf(svg).grades.some((grade) => grade.subjectId === 'leicestershire')).toBe(false)
  })
})

describe('names read line by line', () => {
  it('a name at the start of a line, after a line with none: each line read as the whole text is', () => {
    const text = 'The report was published today.\nKent Police was rated good.\nOur thanks to staff\nKent Police and Essex Police responded.\nEssex Police'
    expect(mostNamedSubject(text)?.referenceId).toBe('kent')
    expect(mostNamedSubject(text.replaceAll('\n', ' '))?.referenceId).toBe('kent')
  })
})
