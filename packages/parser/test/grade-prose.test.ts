import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {gradeCounts} from '../src/lib/report/readers/grade-counts.js'
import {gradeNamedAreas} from '../src/lib/report/readers/grade-named-areas.js'
import {gradeSentences} from '../src/lib/report/readers/grade-sentences.js'
import {corpus, readWith} from './reading.js'

// Graded judgements written as prose, as real report pages the readers were not first written for
// print them (fire 2018/19 summaries, PEEL 2014–19 pillar pages, news releases), and the traps of
// each form: a sub-topic called good, an earlier inspection's grade, a count of grades.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])

/** The grades gradeSentences reads from constructed text on a page titled for `title`. */
const sentences = (text: string, title = 'Kent 2018/19 – Fire and rescue service inspection – Kent Fire and Rescue Service') => rows(readWith([gradeSentences], text, title).grades)

describe('grades in prose, on real pages', () => {
  it('fire 2018/19 summary: “to how it”, “and at”, a preposition repeated after a comma, “we judge it to require improvement at:”', () => {
    const {text, title} = corpus('frs-2018-nottinghamshire')
    expect(rows(readWith([gradeSentences], text, title).grades).slice(6)).toEqual([
      ['nottinghamshire', 'good', 'protecting the public through fire regulation'],
      ['nottinghamshire', 'good', 'responding to national risk'],
      ['nottinghamshire', 'requires-improvement', 'how it uses resources'],
      ['nottinghamshire', 'requires-improvement', 'providing an affordable service'],
      ['nottinghamshire', 'requires-improvement', 'promoting the right values and culture'],
      ['nottinghamshire', 'requires-improvement', 'getting the right people with the right skills'],
      ['nottinghamshire', 'requires-improvement', 'ensuring fairness and promoting diversity'],
      ['nottinghamshire', 'requires-improvement', 'managing performance and developing leaders']
    ])
  })

  it('fire 2018/19 summary: “requires improvement to its work in:” leads the questions; “we judge it to be good at”', () => {
    const {text, title} = corpus('frs-2018-northumberland')
    expect(rows(readWith([gradeSentences], text, title).grades).slice(3, 8)).toEqual([
      ['northumberland', 'requires-improvement', 'understanding the risk of fire and other emergencies'],
      ['northumberland', 'requires-improvement', 'preventing fires and other risks'],
      ['northumberland', 'requires-improvement', 'protecting the public through fire regulation'],
      ['northumberland', 'requires-improvement', 'responding to fires and other emergencies'],
      ['northumberland', 'good', 'responding to national risks']
    ])
  })

  it('fire 2018/19 summary: “requires improvement to the way it …”; “good at A and at B” is two grades', () => {
    const {text, title} = corpus('frs-2018-kent')
    const grades = rows(readWith([gradeSentences], text, title).grades)
    expect(grades.filter(([, grade]) => grade === 'requires-improvement')).toEqual([
      ['kent', 'requires-improvement', 'the way it protects the public through fire regulation'],
      ['kent', 'requires-improvement', 'the way it gets the right people with the right skills']
    ])
    expect(grades).toContainEqual(['kent', 'good', 'making the best use of resources'])
    expect(grades).toContainEqual(['kent', 'good', 'providing an affordable service'])
  })

  it('fire 2021/22: “The brigade is still good at operational response and at how it plans to deal with major incidents”; “… was good in its 2018/19 assessment” under the question is a note, not a section', () => {
    const {text, title} = corpus('frs-2021-cleveland')
    expect(rows(parseReport(text, {format: 'text', title}).report.grades).slice(3)).toEqual([
      ['cleveland', 'good', 'operational response'],
      ['cleveland', 'good', 'how it plans to deal with major incidents'],
      ['cleveland', 'good', 'understanding risk']
    ])
  })

  it('PEEL 2015 pillars: “The extent to which Derbyshire Constabulary is effective at … is good”', () => {
    const {text, title} = corpus('peel-2015-derbyshire')
    expect(rows(readWith([gradeSentences], text, title).grades)).toEqual([
      ['derbyshire', 'good', 'is effective at keeping people safe and reducing crime'],
      ['derbyshire', 'good', 'is efficient at keeping people safe and reducing crime'],
      ['derbyshire', 'good', 'is legitimate at keeping people safe and reducing crime']
    ])
  })

  it('a service’s news: “graded BFRS ‘Requires Improvement’ across the three pillars”, and a verb after “and” sharing the opening subject', () => {
    const {text, title} = corpus('frs-2021-buckinghamshire-news')
    expect(rows(readWith([gradeSentences], text, title).grades)).toEqual([
      ['buckinghamshire', 'requires-improvement', 'Effectiveness (pillar)'],
      ['buckinghamshire', 'requires-improvement', 'Efficiency (pillar)'],
      ['buckinghamshire', 'requires-improvement', 'People (pillar): looking after its people'],
      ['buckinghamshire', 'good', 'responding to major and multi-agency incidents']
    ])
  })

  it('PEEL 2018/19: “We found that Dyfed-Powys Police is good at …”; “encouraging ethical decision-making” and “its workforce’s wellbeing” are sub-topics', () => {
    const {text, title} = corpus('peel-2018-dyfed-powys')
    const grades = rows(readWith([gradeSentences], text, title).grades)
    expect(grades[0]).toEqual(['dyfed-powys', 'good', 'reducing crime and keeping people safe'])
    expect(grades.map(([, , area]) => area)).not.toContain('encouraging ethical decision-making')
    expect(grades.some(([, , area]) => area?.includes('wellbeing'))).toBe(false)
  })

  it('a press release’s headline: “… Constabulary’s effectiveness at keeping people safe and reducing crime is good”', () => {
    const {text, title} = corpus('peel-2017-effectiveness-press-releases')
    expect(rows(readWith([gradeSentences], text, title).grades)[0]).toEqual(['avon-and-somerset', 'good', 'effectiveness at keeping people safe and reducing crime'])
  })

  it('a list of graded areas ending “… and good use of resources”: the area whose name starts with a grade word', () => {
    const {text, title} = corpus('peel-2021-22-humberside')
    expect(rows(readWith([gradeSentences], text, title).grades).at(-1)).toEqual(['humberside', 'outstanding', 'good use of resources'])
  })

  it('news: “the ‘requires improvement’ areas included how the force responds to the public and use of resources”: a clause, then a named area', () => {
    expect(rows(readWith([gradeNamedAreas], corpus('peel-2021-22-thames-valley-news').text, corpus('peel-2021-22-thames-valley-news').title).grades)).toEqual([
      ['thames-valley', 'requires-improvement', 'how the force responds to the public'],
      ['thames-valley', 'requires-improvement', 'use of resources']
    ])
    const wiltshire = corpus('peel-2021-22-wiltshire-news')
    expect(rows(readWith([gradeCounts, gradeNamedAreas], wiltshire.text, wiltshire.title).grades)).toEqual([
      ['wiltshire', 'inadequate', 'how the force responds to the public'],
      ['wiltshire', 'inadequate', 'how it protects vulnerable people'],
      ['wiltshire', 'inadequate', 'strategic planning and value for money']
    ])
  })

  it('news: “how the force disrupts organised crime and how it achieves value for money”', () => {
    const {text, title} = corpus('peel-2021-22-durham-news')
    expect(rows(readWith([gradeCounts, gradeNamedAreas], text, title).grades)).toEqual([
      ['durham', 'outstanding', 'how the force disrupts organised crime'],
      ['durham', 'outstanding', 'how it achieves value for money']
    ])
  })

  it('a pillar graded in a summary and in the pillar sentences is one grade (Cleveland 2018/19)', () => {
    const {text, title} = corpus('peel-2018-cleveland')
    const {report} = parseReport(text, {format: 'text', title})
    expect(report.grades.filter((grade) => grade.area.includes('(pillar)')).map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['cleveland', 'inadequate', 'Effectiveness (pillar)'],
      ['cleveland', 'inadequate', 'Efficiency (pillar)'],
      ['cleveland', 'inadequate', 'Legitimacy (pillar)']
    ])
    expect(report.grades.filter((grade) => grade.grade === 'inadequate')).toHaveLength(5)
  })
})

describe('one area graded twice in other words is one grade', () => {
  it('a PCC page’s prose and its table (“value for money, strategic planning and organisational management”, “Good use of resources”)', () => {
    const {text, title} = corpus('peel-2021-22-norfolk-pcc-page')
    const {report} = parseReport(text, {format: 'text', title})
    expect(report.grades.filter((grade) => grade.grade === 'outstanding').map((grade) => grade.area.slice(0, 40))).toEqual(['value for money, strategic planning and '])
  })

  it('a framework area held by a restatement; two areas of one grade stay two', () => {
    const text = 'Our judgments\n\nGood\n\n• Good use of resources\n• Investigating crime\n\nThe force is good at making the best use of resources.\n'
    expect(parseReport(text, {format: 'text', title: 'PEEL 2021/22: An inspection of Kent Police'}).report.grades.map((grade) => grade.area)).toEqual(['Good use of resources', 'Investigating crime'])
  })
})

describe('grades in prose: each form, constructed', () => {
  it('areas after “to how it”, “to the way it”, “to its”, and a list cut where the preposition repeats', () => {
    expect(sentences('The service requires improvement to how it protects the public through fire regulation.')).toEqual([['kent', 'requires-improvement', 'how it protects the public through fire regulation']])
    expect(sentences('It requires improvement to its efficiency, to how it uses resources and at providing an affordable service.')).toEqual([
      ['kent', 'requires-improvement', 'its efficiency'],
      ['kent', 'requires-improvement', 'how it uses resources'],
      ['kent', 'requires-improvement', 'providing an affordable service']
    ])
  })

  it('a list whose pieces are not all graded areas stays one area; “now and in future” is not a second area', () => {
    expect(sentences('It is good at making its services affordable now and in future.')).toEqual([['kent', 'good', 'making its services affordable now and in future']])
    expect(sentences('It is good at responding to fires and at engaging with schools.')).toEqual([['kent', 'good', 'responding to fires and at engaging with schools']])
  })

  it('present-tense judging verbs: “we judge it to be good at”, “we judge it to require improvement at:” and its list', () => {
    expect(sentences('But we judge it to be good at responding to national risks.')).toEqual([['kent', 'good', 'responding to national risks']])
    expect(sentences('And we judge it to require improvement at:\n\n- promoting the right values and culture; and\n- managing performance and developing leaders.')).toEqual([
      ['kent', 'requires-improvement', 'promoting the right values and culture'],
      ['kent', 'requires-improvement', 'managing performance and developing leaders']
    ])
  })

  it('“We found that <force> is good at …”, “HMIC judged <force> to be good at …” and a named force after “the extent to which”', () => {
    const title = 'Essex PEEL 2016'
    expect(sentences('HMIC judged Essex Police to be good at keeping people safe and reducing crime.', title)).toEqual([['essex', 'good', 'keeping people safe and reducing crime']])
    expect(sentences('We found that Essex Police is good at investigating crime.', title)).toEqual([['essex', 'good', 'investigating crime']])
    expect(sentences('The extent to which Essex Police is efficient at keeping people safe and reducing crime requires improvement.', title)).toEqual([
      ['essex', 'requires-improvement', 'is efficient at keeping people safe and reducing crime']
    ])
  })

  it('an area ends where a verb of its own starts (“and has maintained …”), not at the object “and its workforce”', () => {
    const title = 'Essex PEEL 2017'
    expect(sentences('The force is good at keeping people safe and reducing crime and has maintained this level of performance.', title)).toEqual([['essex', 'good', 'keeping people safe and reducing crime']])
    expect(sentences('Essex Police is good in the way it treats the public and its workforce.', title)).toEqual([['essex', 'good', 'the way it treats the public and its workforce']])
  })

  it('graded areas written as clauses: “how it manages offenders”, “how it records crime”, “manages performance and develops leaders”', () => {
    const title = 'PEEL 2023–2025: An inspection of Kent Police'
    expect(rows(readWith([gradeNamedAreas], 'HMICFRS said the ‘adequate’ areas included how the force manages offenders and how it records crime.', title).grades)).toEqual([
      ['kent', 'adequate', 'how the force manages offenders'],
      ['kent', 'adequate', 'how it records crime']
    ])
    expect(sentences('It requires improvement in how it manages performance and develops leaders.')).toEqual([['kent', 'requires-improvement', 'how it manages performance and develops leaders']])
  })

  it('every pillar of the subject’s framework: a fire and rescue service’s, a force’s', () => {
    expect(sentences('The service has been graded as good across all three pillars.')).toEqual([
      ['kent', 'good', 'Effectiveness (pillar)'],
      ['kent', 'good', 'Efficiency (pillar)'],
      ['kent', 'good', 'People (pillar): looking after its people']
    ])
    expect(sentences('HMICFRS judged Essex Police to be good in each of the three pillars.', 'Essex PEEL 2016')).toEqual([
      ['essex', 'good', 'Effectiveness (pillar)'],
      ['essex', 'good', 'Efficiency (pillar)'],
      ['essex', 'good', 'Legitimacy (pillar)']
    ])
  })

  it('a headline written as a judgement grades', () => {
    const {report} = parseReport('Kent Police’s effectiveness at keeping people safe and reducing crime is good\n\nThe force works well with partners.\n', {format: 'text', title: 'Kent PEEL 2017'})
    expect(report.grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([['kent', 'good', 'effectiveness at keeping people safe and reducing crime']])
  })

  it('the initials of the report’s subject (“ECFRS”) are the subject', () => {
    const {report} = parseReport('ECFRS has been graded as good at responding to fires and other emergencies.\n', {format: 'text', title: 'Essex County Fire and Rescue Service – inspection 2021/22'})
    expect(report.grades.map((grade) => [grade.subject, grade.grade])).toEqual([['Essex County Fire and Rescue Service', 'good']])
  })
})

describe('grades in prose: the traps, no grade', () => {
  it('a grade given at the last inspection, a count of some pillars', () => {
    expect(sentences('In its last inspection, the service was graded good in all three pillars.')).toEqual([])
    expect(sentences('The service is good in two of the three pillars.')).toEqual([])
  })

  it('sub-topics a graded area’s word appears in: an investigation’s updates, future leaders, ethical decisions, the workforce’s wellbeing, organised crime groups', () => {
    const title = 'Kent PEEL 2017'
    for (const sentence of [
      'The force is good at keeping victims updated throughout an investigation.',
      'It is good at identifying and supporting future leaders.',
      'The force is good at encouraging ethical decision-making.',
      'The force is good at looking after its workforce’s wellbeing.',
      'The force is good at disrupting the activity of organised crime groups.'
    ]) {
      expect(sentences(sentence, title)).toEqual([])
    }
  })
})

describe('grades in prose, second round: pages the readers were not written for', () => {
  it('a fire news release: “outstanding at making best use of its resources, responding to …, and preventing …” is three grades', () => {
    const {text, title} = corpus('frs-2023-25-merseyside-news')
    expect(rows(parseReport(text, {format: 'text', title}).report.grades)).toEqual([
      ['merseyside', 'outstanding', 'making best use of its resources'],
      ['merseyside', 'outstanding', 'responding to major and multi-agency incidents'],
      ['merseyside', 'outstanding', 'preventing fires and other risks']
    ])
  })

  it('a police news release: the inspector’s “the force’s performance in dealing with serious and organised crime is outstanding” restates the release’s grade', () => {
    const {text, title} = corpus('peel-2021-22-merseyside-news')
    expect(rows(parseReport(text, {format: 'text', title}).report.grades)).toEqual([['merseyside', 'outstanding', 'disrupting serious organised crime']])
  })

  it('a fire page whose heading prints only the place (“Humberside 2018/19”): every grade is the service’s, not the force’s', () => {
    const {text, title} = corpus('frs-2018-humberside')
    const grades = parseReport(text, {format: 'text', title}).report.grades
    expect(grades).toHaveLength(12)
    expect(new Set(grades.map((grade) => grade.subject))).toEqual(new Set(['Humberside Fire and Rescue Service']))
  })

  it('a fire question page of a merged service (“Hampshire and Isle of Wight 2021/22”): the label and the sentence are one grade of the service', () => {
    const {text, title} = corpus('frs-2021-hampshire-iow-people')
    // The title's "Hampshire and Isle of Wight": the "and" between place words stays in the service's name.
    expect(parseReport(text, {format: 'text', title}).report.grades.map((grade) => [grade.subjectId, grade.subject, grade.grade])).toEqual([
      ['hampshire-and-isle-of-wight', 'Hampshire and Isle of Wight Fire and Rescue Service', 'requires-improvement']
    ])
  })

  it('a fire page headed by its joined area (“Dorset and Wiltshire 2018/19”) grades that service, not the first place’s force', () => {
    const text = 'Tyne and Wear 2021/22\n\nThe extent to which the service looks after its people is good.'
    expect(rows(readWith([gradeSentences], text).grades)).toEqual([['tyne-and-wear', 'good', 'looks after its people']])
    const {text: page, title} = corpus('frs-2018-dorset-wiltshire')
    const grades = parseReport(page, {format: 'text', title}).report.grades
    expect(grades).toHaveLength(14)
    expect(new Set(grades.map((grade) => [grade.subjectId, grade.subject].join(' ')))).toEqual(new Set(['dorset-and-wiltshire Dorset and Wiltshire Fire and Rescue Service']))
  })
})

describe('grades in prose, second round: each form and its trap, constructed', () => {
  const graded = (text: string) => parseReport(text, {format: 'text'}).report.grades.map((grade) => [grade.subject, grade.grade, grade.area])

  it('a list whose pieces name graded areas with the subject’s “its”; a piece that is no graded area keeps the list whole', () => {
    expect(graded('Kent 2023\n\nHMICFRS said Kent Fire and Rescue Service is outstanding at making best use of its resources, responding to major and multi-agency incidents, and preventing fires and other risks.\n')).toEqual([
      ['Kent Fire and Rescue Service', 'outstanding', 'making best use of its resources'],
      ['Kent Fire and Rescue Service', 'outstanding', 'responding to major and multi-agency incidents'],
      ['Kent Fire and Rescue Service', 'outstanding', 'preventing fires and other risks']
    ])
    expect(graded('Kent 2023\n\nKent Fire and Rescue Service is good at making best use of its staff and responding to fires.\n')).toEqual([
      ['Kent Fire and Rescue Service', 'good', 'making best use of its staff and responding to fires']
    ])
  })

  it('“the force’s performance in …” is the area; two areas of one grade stay two', () => {
    expect(graded('Merseyside news\n\nHMICFRS said Merseyside Police was outstanding at disrupting serious organised crime.\n\nThe force’s performance in dealing with serious and organised crime is outstanding. The force’s performance in investigating crime is good. The force is good at preventing crime.\n')).toEqual([
      ['Merseyside Police', 'outstanding', 'disrupting serious organised crime'],
      ['Merseyside Police', 'good', 'performance in investigating crime'],
      ['Merseyside Police', 'good', 'preventing crime']
    ])
  })

  it('“the extent to which the service …” under a place-only heading is the place’s fire and rescue service; “the force” stays the force', () => {
    expect(graded('Humberside 2018/19\n\nThe extent to which the service looks after its people requires improvement.\n')).toEqual([
      ['Humberside Fire and Rescue Service', 'requires-improvement', 'looks after its people']
    ])
    expect(graded('Humberside 2018/19\n\nThe extent to which the force treats people fairly is good.\n')).toEqual([['Humberside Police', 'good', 'treats people fairly']])
  })

  it('“good at both A and B”: two areas, cut where each side is a graded area and not before a qualifier (“and with respect”)', () => {
    expect(graded('PEEL 2021/22 – An inspection of Kent Police\n\nThe force is good at both preventing crime and tackling anti-social behaviour and treating people fairly and with respect.\n')).toEqual([
      ['Kent Police', 'good', 'preventing crime and tackling anti-social behaviour'],
      ['Kent Police', 'good', 'treating people fairly and with respect']
    ])
    // No cut leaves a graded area on each side: one area.
    expect(graded('PEEL 2021/22 – An inspection of Kent Police\n\nThe force is good at both investigating crime and keeping victims informed.\n')).toEqual([
      ['Kent Police', 'good', 'both investigating crime and keeping victims informed']
    ])
  })

  it('an inspector’s quote: “Its recording of reports of violent crime is inadequate”; recording a sub-topic is no grade', () => {
    expect(graded('PEEL 2021/22 – An inspection of Sussex Police\n\n“Its recording of reports of violent crime is inadequate, and the force is also missing opportunities.”\n')).toEqual([
      ['Sussex Police', 'inadequate', 'recording of reports of violent crime']
    ])
    expect(graded('PEEL 2021/22 – An inspection of Sussex Police\n\nIts recording of meetings is good.\n')).toEqual([])
  })

  it('a name with its initials in brackets (“Avon Fire and Rescue Service (FRS) is good at …”): the name is the subject', () => {
    expect(graded('Avon 2018/19\n\nAvon Fire and Rescue Service (FRS) is good at understanding the risk of fire and other emergencies.\n')).toEqual([
      ['Avon Fire and Rescue Service', 'good', 'understanding the risk of fire and other emergencies']
    ])
  })

  it('pillar sentences flattened to lines after “we found:”, each in lower case after the full stop of the last', () => {
    const lines = 'Kent Police was inspected and we found:\nthe extent to which the force is effective at reducing crime and keeping people safe is good.\nthe extent to which the force operates efficiently and sustainably requires improvement.\nthe extent to which the force treats the public and its workforce legitimately is good.\n'
    const expected = [
      ['Kent Police', 'good', 'is effective at reducing crime and keeping people safe'],
      ['Kent Police', 'requires-improvement', 'operates efficiently and sustainably'],
      ['Kent Police', 'good', 'treats the public and its workforce legitimately']
    ]
    expect(graded(`PEEL 2018/19 – Kent Police\n\n${lines}`)).toEqual(expected)
    // The same lines joined by spaces (as HTML reads them) give the same grades.
    expect(graded(`PEEL 2018/19 – Kent Police\n\n${lines.replaceAll('\n', ' ')}`)).toEqual(expected)
  })

  it('a force page that names a service of another kind (“the service it gives victims”) is not turned into a fire and rescue service', () => {
    expect(graded('PEEL 2017: Humberside Police\n\nThe force is good at investigating crime.\n')).toEqual([['Humberside Police', 'good', 'investigating crime']])
  })
})

describe('whose grade it is: a page grades its own force or service only', () => {
  const read = (text: string, title: string) => {
    const {report, messages} = parseReport(text, {format: 'text', title})
    return {grades: rows(report.grades), messages: messages.map((message) => message.ruleId)}
  }
  const cheshire = 'Fire and rescue inspection 2021/22: Cheshire Fire and Rescue Service'

  it('a neighbouring service compared, or quoted in the inspector’s words, is dropped with a message; the page’s own grade stays', () => {
    const text =
      'Preventing fires and other risks\n\nCheshire Fire and Rescue Service is good at preventing fires and other risks.\n\nMerseyside Fire and Rescue Service is outstanding at understanding the risk of fire.\n\nHM Inspector said: “Greater Manchester Fire and Rescue Service is good at protecting the public through fire regulation.”\n'
    expect(read(text, cheshire)).toEqual({
      grades: [['cheshire', 'good', 'preventing fires and other risks']],
      messages: ['grade-of-other-subject', 'grade-of-other-subject']
    })
  })

  it('a merged service’s predecessor, which the reference data no longer knows on the day, is another body; “before the merger” is an earlier inspection', () => {
    const title = 'Fire and rescue inspection 2021/22: Dorset & Wiltshire Fire and Rescue Service'
    const options = {format: 'text' as const, title, publishedOn: '2022-07-27'}
    const own = 'Responding to fires and other emergencies\n\nThe service is good at responding to fires and other emergencies.\n'
    const predecessor = parseReport(`${own}\nDorset Fire and Rescue Service is outstanding at responding to fires and other emergencies.\n`, options)
    expect(rows(predecessor.report.grades)).toEqual([['dorset-and-wiltshire', 'good', 'responding to fires and other emergencies']])
    expect(predecessor.messages.map((message) => message.ruleId)).toEqual(['grade-of-other-subject'])
    expect(rows(parseReport(`${own}\nBefore the merger, the service was graded outstanding at responding to fires.\n`, options).report.grades)).toEqual([
      ['dorset-and-wiltshire', 'good', 'responding to fires and other emergencies']
    ])
  })

  it('a page that grades several bodies (a regional inspection, a page with no title naming one) keeps them all', () => {
    const text = 'Serious and organised crime\n\nStaffordshire Police has been graded as requires improvement.\n\nWest Mercia Police has been graded as inadequate.\n'
    expect(read(text, 'An inspection of the West Midlands regional response to serious and organised crime').grades).toEqual([
      ['staffordshire', 'requires-improvement', 'Serious and organised crime'],
      ['west-mercia', 'inadequate', 'Serious and organised crime']
    ])
  })

  it('a police page’s neighbouring force is dropped; a place-only title read as the force keeps its fire and rescue service’s grade (the real Hampshire and Isle of Wight page, untitled)', () => {
    expect(read('Investigating crime\n\nKent Police is good at investigating crime. Essex Police is outstanding at investigating crime.\n', 'PEEL 2021/22 – An inspection of Kent Police').grades).toEqual([
      ['kent', 'good', 'investigating crime']
    ])
    const {text} = corpus('frs-2021-hampshire-iow-people')
    const {report, messages} = parseReport(text, {path: 'frs-2021-hampshire-iow-people.txt'})
    expect(report.grades.map((grade) => [grade.subjectId, grade.grade])).toEqual([['hampshire-and-isle-of-wight', 'requires-improvement']])
    expect(messages.map((message) => message.ruleId)).not.toContain('grade-of-other-subject')
  })

  it('a judgement naming no area, under no heading or one that names no graded area (a headline, “Notes”), grades nothing: no framework grades overall', () => {
    const title = 'PEEL 2021/22 – An inspection of West Mercia Police'
    expect(read('West Mercia Police requires improvement\n\nWest Mercia Police has made improvements in some areas.\n', title).grades).toEqual([])
    expect(read('Notes\n\nWest Mercia Police is good.\n', title).grades).toEqual([])
    // Under a heading that names a graded area, the heading is the area.
    expect(read('Investigating crime\n\nWest Mercia Police is good.\n', title).grades).toEqual([['west-mercia', 'good', 'Investigating crime']])
  })

  it('a judgement of part of an area (“in some areas”, “in places”) is a comment, not the area’s grade', () => {
    expect(sentences('The service is good at understanding risk in some areas but requires improvement in others.')).toEqual([])
    expect(sentences('The service is good at preventing fires in places.')).toEqual([])
    expect(sentences('The service is good at understanding the risk of fire in its communities.')).toEqual([
      ['kent', 'good', 'understanding the risk of fire in its communities']
    ])
  })

  it('an earlier inspection’s grade, however the time is said, and a definition of a grade, grade nothing', () => {
    for (const sentence of [
      'The service has improved since 2019, when it was graded as requires improvement at preventing fires.',
      'Since our 2018/19 inspection, when the service was graded as good at responding to fires, it has declined.',
      'The service was previously requires improvement at managing performance and developing leaders.',
      'Good means the service is performing well at responding to fires.',
      'We would expect a service that is good at preventing fires to target its work.',
      'Other services are good at protecting the public through fire regulation.'
    ]) {
      expect(sentences(sentence)).toEqual([])
    }
  })
})

describe('grades in news and force pages: the grade as a noun, “rated”, a count the colon names', () => {
  const kent = 'PEEL 2021/22 – An inspection of Kent Police'
  const graded = (text: string) => rows(parseReport(`Kent Police news\n\n${text}\n`, {format: 'text', title: kent}).report.grades)

  it('“received a ‘good’ grading for”, “achieved a grade of ‘good’ for”, “has been rated ‘Outstanding’ for”', () => {
    expect(graded('Kent Police received a ‘good’ grading for its treatment of the public.')).toEqual([['kent', 'good', 'its treatment of the public']])
    expect(graded('The force achieved a grade of ‘adequate’ in responding to the public.')).toEqual([['kent', 'adequate', 'responding to the public']])
    expect(graded('The force has been rated ‘Outstanding’ for recording data about crime.')).toEqual([['kent', 'outstanding', 'recording data about crime']])
  })

  it('traps: a rating of a sub-topic, an earlier inspection’s, a tally of reports, an unquoted “a good rating”', () => {
    for (const sentence of [
      'Kent Police received a ‘good’ rating for its canteen.',
      'In 2019, Kent Police received a ‘good’ grading for investigating crime.',
      'The service has been rated as ‘Good’ overall in the last four reports published by HMICFRS this financial year.',
      'The force would need a good rating for investigating crime to leave the monitoring process.'
    ]) {
      expect(graded(sentence)).toEqual([])
    }
  })

  it('a second grade after “, and” with its own area shares the subject; “Requires Improvement” capitalised', () => {
    expect(graded('The report rated Kent Police as ‘adequate’ for investigating crime, and ‘requires improvement’ for responding to the public.')).toEqual([
      ['kent', 'adequate', 'investigating crime'],
      ['kent', 'requires-improvement', 'responding to the public']
    ])
    expect(graded('Kent Police has been graded as ‘Good’ for good use of resources, and ‘Outstanding’ for recording data about crime.')).toEqual([
      ['kent', 'good', 'good use of resources'],
      ['kent', 'outstanding', 'recording data about crime']
    ])
    expect(graded('It was rated ‘Requires Improvement’ for developing a positive workplace.')).toEqual([['kent', 'requires-improvement', 'developing a positive workplace']])
    // The second area is a sub-topic: only the first is a grade.
    expect(graded('Kent Police has been graded as ‘Good’ for investigating crime, and ‘Outstanding’ for its canteen.')).toEqual([['kent', 'good', 'investigating crime']])
  })

  it('a count of areas the colon names, read only when as many areas follow as the count says', () => {
    expect(graded('Inspectors rated the force as ‘adequate’ in two areas: leadership and force management, and good use of resources.')).toEqual([
      ['kent', 'adequate', 'leadership and force management'],
      ['kent', 'adequate', 'good use of resources']
    ])
    expect(graded('Inspectors rated the force as ‘adequate’ in three areas: leadership and force management, and good use of resources.')).toEqual([])
  })
})

describe('fire pages: more ways a grade is written, and their traps', () => {
  const title = 'Fire & Rescue Service Inspection 2021/22: Tyne and Wear Fire and Rescue Service'
  const graded = (text: string) => rows(parseReport(`Tyne and Wear 2021/22\n\n${text}\n`, {format: 'text', title}).report.grades)

  it('a service’s own page lists “Area, graded as Grade” items under each pillar', () => {
    expect(graded('The service was graded as follows:\n\n  • Understanding the risk of fire and other emergencies, graded as Adequate\n  • Preventing fires and other risks, graded as Requires Improvement\n')).toEqual([
      ['tyne-and-wear', 'adequate', 'Understanding the risk of fire and other emergencies'],
      ['tyne-and-wear', 'requires-improvement', 'Preventing fires and other risks']
    ])
    // A line that goes on after the grade, or has no comma before "graded as", is prose.
    expect(graded('  • Preventing fires and other risks, graded as Good in 2019 by the previous inspection\n')).toEqual([])
  })

  it('“The effectiveness of the service requires improvement in the way it:” leads the questions of the pillar', () => {
    expect(graded('The effectiveness of the service requires improvement in the way it:\n\n  • understands the risk of fire and other emergencies; and\n  • responds to fires and other emergencies.\n')).toEqual([
      ['tyne-and-wear', 'requires-improvement', 'understands the risk of fire and other emergencies'],
      ['tyne-and-wear', 'requires-improvement', 'responds to fires and other emergencies']
    ])
    // A lead-in naming a sub-topic leads nothing.
    expect(graded('The service requires improvement in its fleet management:\n\n  • vehicle checks;\n  • servicing.\n')).toEqual([])
  })

  it('an aside between dashes (“– that is, how it uses its resources –”) explains the subject: the pillar is graded', () => {
    expect(graded('The efficiency of the service – that is, how it uses its resources – was found to be inadequate.')).toEqual([['tyne-and-wear', 'inadequate', 'efficiency']])
  })

  it('a verb after “and” shares the subject the sentence opens with, whatever the opening verb; “continues to be good at”', () => {
    expect(graded('It provides an efficient service and is good at using its resources.')).toEqual([['tyne-and-wear', 'good', 'using its resources']])
    expect(graded('The service continues to be good at protecting the public through fire regulation.')).toEqual([
      ['tyne-and-wear', 'good', 'protecting the public through fire regulation']
    ])
    // Traps: praise of a thing the service has, and a sub-topic.
    expect(graded('It provides an efficient service and good value to its communities.')).toEqual([])
    expect(graded('The service continues to be good at keeping its fleet roadworthy.')).toEqual([])
  })
})

describe('the ninth set’s pages: the forms above on real pages', () => {
  const read = (name: string) => {
    const {text, title} = corpus(name)
    return rows(parseReport(text, {format: 'text', title}).report.grades)
  }

  it('a service’s own page: “Area, graded as Grade” items under each pillar (Surrey 2023–25)', () => {
    const grades = read('frs-2023-25-surrey-service-page')
    expect(grades).toHaveLength(8)
    expect(grades.slice(0, 2)).toEqual([
      ['surrey', 'adequate', 'Understanding the risk of fire and other emergencies'],
      ['surrey', 'requires-improvement', 'Preventing fires and other risks']
    ])
  })

  it('“The effectiveness of the service requires improvement in the way it:”, and the efficiency pillar with an aside between dashes (North Yorkshire 2021/22)', () => {
    const grades = read('frs-2021-north-yorkshire')
    expect(grades).toHaveLength(8)
    expect(grades.slice(3, 6)).toEqual([
      ['north-yorkshire', 'requires-improvement', 'understands the risk of fire and other emergencies'],
      ['north-yorkshire', 'requires-improvement', 'protects the public through fire regulation'],
      ['north-yorkshire', 'requires-improvement', 'responds to fires and other emergencies']
    ])
  })

  it('“The way the service looks after its people requires improvement, specifically how it:” (Humberside 2018/19)', () => {
    expect(read('frs-2018-humberside').filter(([, grade, area]) => grade === 'requires-improvement' && !/^the way|looks after/.test(area!))).toEqual([
      ['humberside', 'requires-improvement', 'gets the right people with the right skills'],
      ['humberside', 'requires-improvement', 'ensures fairness and promotes diversity'],
      ['humberside', 'requires-improvement', 'manages performance and develops leaders']
    ])
  })

  it('“We saw that it is good in its:” leads areas written as nouns (“understanding of risk”, “prevention activities”) (Lancashire 2018/19)', () => {
    expect(read('frs-2018-lancashire').filter(([, , area]) => /^(?:understanding|prevention|use|response)/.test(area!))).toEqual([
      ['lancashire', 'good', 'understanding of risk'],
      ['lancashire', 'good', 'prevention activities'],
      ['lancashire', 'good', 'use of fire regulation to protect the public'],
      ['lancashire', 'good', 'response to fires and emergencies locally'],
      ['lancashire', 'good', 'response to national risks']
    ])
  })

  it('“It provides an efficient service and is good at using its resources” (Tyne and Wear 2018/19)', () => {
    expect(read('frs-2018-tyne-and-wear')).toContainEqual(['tyne-and-wear', 'good', 'using its resources'])
  })

  it('a news release’s headline “West Mercia Police requires improvement” is no grade; the areas the release names are', () => {
    expect(read('peel-2021-22-west-mercia-news').map(([, grade, area]) => [grade, area!.slice(0, 38)])).toEqual([
      ['requires-improvement', 'how the force responds to the public'],
      ['requires-improvement', 'how it supervises and investigates cri']
    ])
  })
})

describe('an area paired with a grade that is not this inspection’s', () => {
  it('“Previous grade: Good”, “2018/19 grade: …”, “Round 1: …”, “Last inspection: …”, “National average: …” grade nothing; “Preventing fires and other risks: Good” does', () => {
    const graded = (line: string) => rows(parseReport(`Preventing fires and other risks\n${line}\n`, {format: 'text', title: 'Fire and rescue inspection 2021/22: Cheshire Fire and Rescue Service'}).report.grades)
    for (const line of ['Previous grade: Good', '2018/19 grade: Requires improvement', 'Round 1: Outstanding', 'Last inspection: Inadequate', 'National average: Good']) {
      expect(graded(line)).toEqual([])
    }
    expect(graded('Preventing fires and other risks: Good')).toEqual([['cheshire', 'good', 'Preventing fires and other risks']])
  })
})


/** The grades parseReport gives a tuned corpus page. */
const gradedPage = (name: string) => {
  const {text, title} = corpus(name)
  return rows(parseReport(text, {format: 'text', title}).report.grades)
}

describe('the tenth set’s pages: grades in newspaper, force and commissioner prose', () => {

  it('counted grade nouns: “an ‘inadequate’ rating for A, and two ‘requires improvement’ ratings for B and C” (Suffolk 2023–25, a local newspaper)', () => {
    expect(gradedPage('peel-2023-25-suffolk-suffolk-news')).toEqual([
      ['suffolk', 'inadequate', 'how the force responds to the public'],
      ['suffolk', 'requires-improvement', 'protecting vulnerable people'],
      ['suffolk', 'requires-improvement', 'managing offenders']
    ])
  })

  it('a count with an “including” tail in the past tense: “required improvement in six, including how the force protected … and managed offenders” (Northamptonshire 2021/22, BBC)', () => {
    expect(gradedPage('peel-2021-22-northamptonshire-bbc')).toEqual([
      ['northamptonshire', 'requires-improvement', 'how the force protected vulnerable people'],
      ['northamptonshire', 'requires-improvement', 'managed offenders']
    ])
  })

  it('“A grade of ‘Good’ has been awarded for two areas - A, and B”; “No areas … were graded as ‘Inadequate’” is not read; “this grade” is the one the paragraph before names (Thames Valley 2021/22, a newspaper)', () => {
    expect(gradedPage('peel-2021-22-thames-valley-bucks-herald')).toEqual([
      ['thames-valley', 'good', 'engaging with and treating the public with fairness and respect'],
      ['thames-valley', 'good', 'managing offenders and suspects'],
      ['thames-valley', 'adequate', 'preventing crime'],
      ['thames-valley', 'adequate', 'investigating crime'],
      ['thames-valley', 'adequate', 'protecting vulnerable people'],
      ['thames-valley', 'adequate', 'developing a positive workplace']
    ])
  })

  it('one grade for a list of names a comma before a capital or a semicolon would cut: “as ‘Good’ for Effectiveness, Efficiency and Legitimacy”, “as “good” for A; B; and C with …” (Thames Valley 2018/19, Surrey 2021/22)', () => {
    expect(gradedPage('peel-2018-19-thames-valley-pcc-news').slice(0, 3)).toEqual([
      ['thames-valley', 'good', 'Effectiveness'],
      ['thames-valley', 'good', 'Efficiency'],
      ['thames-valley', 'good', 'Legitimacy']
    ])
    expect(gradedPage('peel-2021-22-surrey-chief-constable-message')).toEqual([
      ['surrey', 'outstanding', 'Preventing crime and anti-social behaviour'],
      ['surrey', 'good', 'Engaging with and treating the public with fairness and respect'],
      ['surrey', 'good', 'Investigating crime'],
      ['surrey', 'good', 'Protecting vulnerable people'],
      ['surrey', 'requires-improvement', 'our management of offenders and suspects']
    ])
  })

  it('an unquoted grade noun with an article, quoted by a chief fire officer: “an outstanding grading for our response to major incidents is fantastic”; “the inspectorate stated we are good at …” (Staffordshire 2023–25)', () => {
    expect(gradedPage('frs-2023-25-staffordshire-express-and-star')).toEqual([
      ['staffordshire', 'outstanding', 'our response to major incidents'],
      ['staffordshire', 'good', 'promoting the right values and culture']
    ])
  })
})

describe('fire pages: the ways a wrong grade arose, closed', () => {

  it('a summary restating the effectiveness pillar (“The service is good at keeping people safe.”) is the pillar’s grade again, not another (Oxfordshire 2018/19)', () => {
    const grades = gradedPage('frs-2018-oxfordshire')
    expect(grades).toHaveLength(14)
    expect(grades.filter(([, , area]) => /keeping people safe/.test(area!))).toEqual([
      ['oxfordshire', 'good', 'is effective at keeping people safe and secure from fire and other risks'],
      ['oxfordshire', 'good', 'is efficient at keeping people safe and secure from fire and other risks']
    ])
  })

  it('a sub-topic whose object only mentions graded areas (“good at using data to help it make decisions about … prevention, protection and response”) grades nothing (Shropshire 2018/19)', () => {
    expect(gradedPage('frs-2018-shropshire-effectiveness')).toEqual([['shropshire', 'good', 'understanding the risk of fire and other emergencies']])
  })
})

describe('grade nouns, counted lists and “including”: the traps', () => {
  const kent = 'PEEL 2021/22 – An inspection of Kent Police'
  const graded = (text: string) => rows(readWith([gradeNamedAreas], `Kent Police news\n\n${text}\n`, kent).grades)
  const parsed = (text: string) => rows(parseReport(`Kent Police news\n\n${text}\n`, {format: 'text', title: kent}).report.grades)

  it('reads counted nouns, “a grade of … has been awarded for N areas -” and “in N, including”, when the areas match the count', () => {
    expect(graded('These include an ‘inadequate’ rating for responding to the public, and two ‘good’ ratings for investigating crime and developing a positive workplace.')).toEqual([
      ['kent', 'inadequate', 'responding to the public'],
      ['kent', 'good', 'investigating crime'],
      ['kent', 'good', 'developing a positive workplace']
    ])
    expect(graded('A grade of ‘Adequate’ has been awarded for two areas - investigating crime, and protecting vulnerable people.')).toEqual([
      ['kent', 'adequate', 'investigating crime'],
      ['kent', 'adequate', 'protecting vulnerable people']
    ])
    expect(graded('Inspectors found the force was good in three areas, including preventing crime and investigating crime.')).toEqual([
      ['kent', 'good', 'preventing crime'],
      ['kent', 'good', 'investigating crime']
    ])
  })

  it('a list the framework’s names do not cut (“…, and building and developing its workforce”) is cut at its commas when every piece is graded', () => {
    expect(graded('HMICFRS said the areas requiring improvement included responding to the public, investigating crime, and building and developing its workforce.')).toEqual([
      ['kent', 'requires-improvement', 'responding to the public'],
      ['kent', 'requires-improvement', 'investigating crime'],
      ['kent', 'requires-improvement', 'building and developing its workforce']
    ])
    // A piece that names no graded area: no comma cut gives the graded pieces alone.
    expect(graded('HMICFRS said the areas requiring improvement included responding to the public, its canteen, and its car park.')).toEqual([])
    const {text, title} = corpus('peel-2021-22-north-yorkshire-news')
    expect(rows(readWith([gradeNamedAreas], text, title).grades)).toEqual([
      ['north-yorkshire', 'requires-improvement', 'responding to the public'],
      ['north-yorkshire', 'requires-improvement', 'investigating crime'],
      ['north-yorkshire', 'requires-improvement', 'protecting vulnerable people'],
      ['north-yorkshire', 'requires-improvement', 'building and developing its workforce'],
      ['north-yorkshire', 'inadequate', 'its use of resources']
    ])
  })

  it('traps: a count the areas do not match, another body, several forces, an earlier inspection, a hope, a reference back, a sub-topic, an unquoted “a good rating”', () => {
    for (const sentence of [
      'These include two ‘requires improvement’ ratings for protecting vulnerable people.',
      'A grade of ‘Good’ has been awarded for three areas - investigating crime, and protecting vulnerable people.',
      'The force was adequate in two areas, including preventing crime, investigating crime and protecting vulnerable people.',
      'Essex Police received an ‘inadequate’ rating for responding to the public.',
      'Three forces were given an ‘inadequate’ rating for responding to the public.',
      'In 2019 the force received an ‘inadequate’ rating for responding to the public.',
      'The force would need an ‘outstanding’ rating for investigating crime to leave monitoring.',
      'The ‘inadequate’ rating for responding to the public was due to a lack of staff.',
      'The force was good in six areas, including its canteen.',
      'It received a good rating for investigating crime.'
    ]) {
      expect(graded(sentence)).toEqual([])
    }
  })

  it('a list after one grade runs only as far as the framework’s names do; a sub-topic “about” graded areas grades nothing', () => {
    const pillars = 'HMICFRS rated Kent Police as ‘Good’ for Effectiveness, Efficiency and Legitimacy.'
    expect(rows(parseReport(pillars, {format: 'text', title: 'PEEL 2018/19 – An inspection of Kent Police'}).report.grades)).toEqual([
      ['kent', 'good', 'Effectiveness'],
      ['kent', 'good', 'Efficiency'],
      ['kent', 'good', 'Legitimacy']
    ])
    expect(parsed('The force was graded as good for Investigating crime; Essex Police was graded as adequate for it.')).toEqual([['kent', 'good', 'Investigating crime']])
    expect(parsed('The force is good at using data to make decisions about preventing crime and responding to the public.')).toEqual([])
  })
})

describe('PEEL 2014: a grade lead-in before bullets, the object of the inspectorate’s verb', () => {
  const kent = 'PEEL 2014 – Kent Police'
  const graded = (text: string) => rows(parseReport(`Kent news\n\n${text}\n`, {format: 'text', title: kent}).report.grades)

  it('“judged the Met as being “Good” in the following areas:” leads its bullets; the report’s aside between commas; a grade after the area in quotes (the Met’s press page)', () => {
    const {text, title} = corpus('peel-2014-metropolitan-press-bureau')
    expect(rows(parseReport(text, {format: 'text', title}).report.grades)).toEqual([
      ['metropolitan', 'good', 'Reducing crime, preventing offending'],
      ['metropolitan', 'good', 'Tackling anti-social behaviour'],
      ['metropolitan', 'good', 'Force efficiency'],
      ['metropolitan', 'good', 'Tacking steps to secure our short and long term financial position'],
      ['metropolitan', 'good', 'Having an affordable way of providing policing'],
      ['metropolitan', 'requires-improvement', 'effectiveness in investigating offending']
    ])
  })

  it('traps: an earlier year’s judgement in the simple past, another force’s lead-in, a list of what is assessed', () => {
    const bullets = '\n\n• Reducing crime and preventing offending\n• Tackling anti-social behaviour'
    expect(graded(`In 2013, HMIC judged Kent Police as being "Good" in the following areas:${bullets}`)).toEqual([])
    expect(graded(`The report judged Essex Police as being "Good" in the following areas:${bullets}`)).toEqual([])
    expect(graded(`The PEEL assessment looks at the following areas:${bullets}`)).toEqual([])
    expect(graded(`The report, the first of its kind, judged Kent Police as being "Good" in the following areas:${bullets}`)).toEqual([
      ['kent', 'good', 'Reducing crime and preventing offending'],
      ['kent', 'good', 'Tackling anti-social behaviour']
    ])
  })
})

describe('news prose: graded areas as the subject, “Areas found to require improvement were”, “in three others –”, “as well as”', () => {
  const kent = 'PEEL 2023–2025: An inspection of Kent Police'
  const graded = (text: string) => rows(parseReport(`Kent news\n\n${text}\n`, {format: 'text', title: kent}).report.grades)

  it('the framework’s areas as the subject of a linking verb, in the past tense of a news report too, are the page’s grades', () => {
    expect(graded('Recording data about crime was judged to be ‘inadequate’.')).toEqual([['kent', 'inadequate', 'Recording data about crime']])
    expect(graded('However, police powers and public treatment, investigating crime, and developing a positive workplace were judged ‘adequate’, while preventing crime was ‘good’.')).toEqual([
      ['kent', 'adequate', 'police powers and public treatment'],
      ['kent', 'adequate', 'investigating crime'],
      ['kent', 'adequate', 'developing a positive workplace'],
      ['kent', 'good', 'preventing crime']
    ])
  })

  it('traps: a name before the areas, an earlier time, a table row flattened to a line, an adjective, a sub-topic as the subject', () => {
    for (const sentence of [
      'In Essex, investigating crime was good.',
      'Investigating crime was good last time.',
      'Investigating crime was good in 2019.',
      'Making best use of resources Requires improvement',
      'Investigating crime was a good example of joint work.',
      'Keeping victims updated was judged ‘good’.'
    ]) {
      expect(graded(sentence)).toEqual([])
    }
  })

  it('“Areas found to require improvement were A, B and C”; “‘required improvement’ in three others – A, B and C” read when the count matches; another force’s count is not the page’s', () => {
    expect(graded('Areas found to require improvement were responding to the public, investigating crime, and leadership and force management.')).toEqual([
      ['kent', 'requires-improvement', 'responding to the public'],
      ['kent', 'requires-improvement', 'investigating crime'],
      ['kent', 'requires-improvement', 'leadership and force management']
    ])
    expect(graded('HMICFRS found the force was ‘adequate’ in five areas and ‘required improvement’ in three others – investigating crime, protecting vulnerable people and leadership and force management.')).toEqual([
      ['kent', 'requires-improvement', 'investigating crime'],
      ['kent', 'requires-improvement', 'protecting vulnerable people'],
      ['kent', 'requires-improvement', 'leadership and force management']
    ])
    expect(graded('The force ‘required improvement’ in two others – investigating crime, protecting vulnerable people and leadership and force management.')).toEqual([])
    expect(graded('Essex Police was ‘adequate’ in two areas – investigating crime and protecting vulnerable people.')).toEqual([])
  })

  it('“graded ‘outstanding’ for A, as well as ‘good’ for both B, and C”: three grades of one subject', () => {
    expect(graded('Kent Police has been graded ‘outstanding’ for how it records crime, as well as ‘good’ for both investigating crime, and responding to the public.')).toEqual([
      ['kent', 'outstanding', 'how it records crime'],
      ['kent', 'good', 'investigating crime'],
      ['kent', 'good', 'responding to the public']
    ])
  })
})

describe('a change of grade: the second grade is this inspection’s', () => {
  const title = 'Fire and rescue inspection 2021/22: Cheshire Fire and Rescue Service'
  const graded = (text: string) => rows(parseReport(`Cheshire\n\n${text}\n`, {format: 'text', title}).report.grades)

  it('“A fell from ‘good’ last time to ‘requires improvement’ now, however ‘B’ has improved, from ‘inadequate’ last time to …”; “has moved from requiring improvement to good”', () => {
    expect(
      graded('‘Preventing fires and other risks’ fell from ‘good’ last time’ to ‘requires improvement’ now, however ‘responding to fires and other emergencies’ has improved, from ‘inadequate’ last time to ‘requires improvement’ this time.')
    ).toEqual([
      ['cheshire', 'requires-improvement', 'Preventing fires and other risks'],
      ['cheshire', 'requires-improvement', 'responding to fires and other emergencies']
    ])
    expect(graded('Preventing fires and other risks has moved from requiring improvement to good.')).toEqual([['cheshire', 'good', 'Preventing fires and other risks']])
  })

  it('reported speech after “However,”: “However, inspectors said it was good at …”; not an earlier year’s', () => {
    expect(graded('However, inspectors said it was good at responding to fires and other emergencies.')).toEqual([['cheshire', 'good', 'responding to fires and other emergencies']])
    expect(graded('However, inspectors said it was good at responding to fires and other emergencies in 2015.')).toEqual([])
  })

  it('traps: a change with no area named as its subject, another body’s, one whose dates are not “last time … now”', () => {
    for (const sentence of [
      'The service has moved from requiring improvement to good.',
      'In Essex, preventing fires and other risks has moved from requiring improvement to good.',
      'Preventing fires and other risks fell from good in 2019 to requires improvement.',
      'Its staff moved from good to better working practices.'
    ]) {
      expect(graded(sentence)).toEqual([])
    }
  })
})
