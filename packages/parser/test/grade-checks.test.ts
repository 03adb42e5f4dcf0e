import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {areaClause, isArea} from '../src/lib/report/grade-checks.js'
import {corpus} from './reading.js'

// The final check of every grade, whatever reader read it: an area is an area (cut where another
// clause starts; not a fragment, a place, a report's title or a body's people) and a subject is a
// body that is graded, or the page's own anaphor resolved when the page names exactly one body.
// Excerpts are verbatim from tuned pages; each page is read from its body alone, as `pnpm eval` does.

const read = (text: string) => {
  const {report, messages} = parseReport(text, {format: 'text'})
  return {
    grades: report.grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area]),
    dropped: messages.filter((message) => message.ruleId === 'not-a-grade').map((message) => message.reason)
  }
}

describe('an area is cut where another clause starts', () => {
  it('a concession, a second area joined by “as well as”, a reporting clause, an elaboration', () => {
    expect(areaClause('protecting the public from dangerous offenders, although it needs to improve its investigations into some less serious crime')).toBe(
      'protecting the public from dangerous offenders'
    )
    expect(areaClause('preventing crime and anti-social behaviour as well as at building')).toBe('preventing crime and anti-social behaviour')
    expect(areaClause('keeping people safe from fire, a report has found')).toBe('keeping people safe from fire')
    expect(areaClause('its approach to serious and organised crime (SOC) following an inspection of how forces in the West Midlands handle the issue')).toBe(
      'its approach to serious and organised crime (SOC)'
    )
    expect(areaClause('investigating crime stating that it needs to ensure it carries out effective investigations')).toBe('investigating crime')
    expect(areaClause('How it protects the public through fire regulation, including ensuring "high-risk" buildings are inspected')).toBe(
      'How it protects the public through fire regulation'
    )
  })

  it('leaves a graded area whose name holds a comma or “and” whole', () => {
    expect(areaClause('preventing crime, tackling anti-social behaviour and keeping people safe')).toBe('preventing crime, tackling anti-social behaviour and keeping people safe')
    expect(areaClause('Building, supporting and protecting the workforce')).toBe('Building, supporting and protecting the workforce')
  })

  it('on a real page: “good at …, although it needs to improve …” keeps the area before the concession', () => {
    const {text} = corpus('peel-2017-thames-valley')
    expect(read(text).grades).toContainEqual(['thames-valley', 'good', 'protecting the public from dangerous offenders'])
  })
})

describe('an area is an area', () => {
  it('a framework area in its own words or others, a pillar, a short phrase', () => {
    expect(isArea('Responding to major and multi-agency incidents')).toBe(true)
    expect(isArea('future affordability')).toBe(true)
    expect(isArea('PEEL: police legitimacy 2017')).toBe(true)
    expect(isArea('protecting the public from dangerous offenders')).toBe(true)
    expect(isArea('overall')).toBe(true)
  })

  it('not a fragment, a place or a force’s name, a body’s word for itself, a word referring back, a report’s title, nor a body’s people doing something', () => {
    expect(isArea('en')).toBe(false)
    expect(isArea('West Mercia')).toBe(false)
    expect(isArea('Fire and rescue service inspection 2018/19')).toBe(false)
    expect(isArea('leaders promoting innovative thinking to reduce demand')).toBe(false)
    expect(isArea('the force')).toBe(false)
    expect(isArea('this')).toBe(false)
  })

  it('“West Mercia - inadequate” under a news story naming four forces is no grade of the force named last', () => {
    // The grade lines' reader now reads the subheading as a body's name, so the check has nothing left to drop here.
    const text =
      'West Mercia Police has been rated inadequate for its approach to serious and organised crime (SOC) following an inspection of how forces in the West Midlands handle the issue.\nWeaknesses were also uncovered at Staffordshire and Warwickshire, with each force graded as requiring improvement. West Midlands Police was rated adequate.\nWest Mercia - inadequate\n'
    expect(read(text)).toEqual({
      grades: [
        ['west-mercia', 'inadequate', 'its approach to serious and organised crime (SOC)'],
        // A roll-call of bodies graded on one thing: the bare "was rated adequate" takes the area graded just before.
        ['west-midlands', 'adequate', 'its approach to serious and organised crime (SOC)']
      ],
      dropped: []
    })
  })

  it('a fire summary cut off mid-word (“en”) gives no grade', () => {
    const {text} = corpus('frs-2018-suffolk')
    expect(read(text).dropped).toEqual(['Unexpected grade of Suffolk Fire and Rescue Service at `en`, expected a graded area of a force, unit or service'])
  })
})

describe('a subject is a body that is graded', () => {
  it('the inspectorate’s name cut at its possessive grades no one; the service it names is still graded, and so is the one its present-tense “says” reports', () => {
    const text =
      "Cumbria Fire and Rescue Service (CFRS) is 'inadequate' at keeping people safe from fire, a report has found.\nHis Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) says CFRS requires improvement in areas like looking after staff, and recruiting the right people with the right skills.\n"
    const {report} = parseReport(text, {format: 'text'})
    // "HMICFRS says CFRS requires …": the clause after "says" has the subject, the service.
    expect(report.grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['cumbria', 'inadequate', 'keeping people safe from fire'],
      ['cumbria', 'requires-improvement', 'looking after staff, and recruiting the right people with the right skills']
    ])
    expect(report.subjects.map((subject) => subject.referenceId)).toEqual(['cumbria'])
  })

  it('“England and Wales” in a national count of grades is no subject', () => {
    const {text} = corpus('peel-2016-efficiency-national-news')
    expect(read(text).grades).toEqual([])
  })

  it('a service’s name as news shortens it (“West Midlands Fire Service”) is the service, so its restated grades are one', () => {
    const {text} = corpus('frs-2021-west-midlands')
    expect(read(text).grades.filter(([, grade]) => grade === 'outstanding')).toEqual([
      ['west-midlands', 'outstanding', 'is effective at keeping people safe and secure from fire and other risks'],
      ['west-midlands', 'outstanding', 'how it understands the risk of fire and other emergencies'],
      ['west-midlands', 'outstanding', 'the way it responds to fires and other emergencies']
    ])
  })
})

describe('the page’s own body, unnamed or named once', () => {
  it('“the Service” on a page whose grades name one body only, by its initials, is that body', () => {
    const {text} = corpus('frs-2021-buckinghamshire-news')
    expect(read(text).grades).toEqual([
      ['BFRS', 'requires-improvement', 'Effectiveness (pillar)'],
      ['BFRS', 'requires-improvement', 'Efficiency (pillar)'],
      ['BFRS', 'requires-improvement', 'People (pillar): looking after its people'],
      ['BFRS', 'good', 'responding to major and multi-agency incidents']
    ])
  })

  it('“we” on a fire and rescue service’s page that never names the service is the service, not a force', () => {
    const text = 'HMICFRS found we were ‘Good’ in 10 out of 11 subcategories. This means we are ‘Good’ at: ·\n- Understanding fires and other risks.\n- Preventing fires and other risks.\n'
    expect(read(text).grades).toEqual([
      ['the service', 'good', 'Understanding fires and other risks'],
      ['the service', 'good', 'Preventing fires and other risks']
    ])
  })

  it('a news story naming two forces by place leaves “it” unresolved', () => {
    const {text} = corpus('peel-2021-22-dorset-west-mercia-police-oracle')
    expect(read(text).grades).toEqual([
      ['the force', 'good', 'preventing crime and anti-social behaviour'],
      // "… as well as at building, supporting and protecting its workforce": a second area, whole.
      ['the force', 'good', 'building, supporting and protecting its workforce']
    ])
  })
})

describe('whose page it is, in the final pass', () => {
  const page = (name: string) => {
    const {report} = parseReport(corpus(name).text, {format: 'text'})
    return {
      subjects: report.subjects.map((subject) => [subject.kind, subject.referenceId ?? subject.name]),
      findings: report.findings.map((finding) => [finding.kind, finding.subjectId ?? finding.subject])
    }
  }

  it('a fire page headed by its place alone (“Kent 2021/22”) read as the force is the service’s once its grades show it: findings and subjects too', () => {
    expect(page('frs-2021-kent')).toEqual({subjects: [['fire-and-rescue-service', 'kent']], findings: [['innovative-practice', 'kent']]})
  })

  it('a news headline “Norfolk fire service inadequate …”: the service, and a force and a service of one place are two subjects, never one', () => {
    expect(page('frs-2021-22-norfolk-bbc-inadequate-preventing')).toEqual({
      subjects: [['fire-and-rescue-service', 'norfolk']],
      findings: [['cause-of-concern', 'norfolk']]
    })
  })

  it('a body the reference data knows outranks a name it does not (“State of Fire and Rescue Service”, a report’s title)', () => {
    expect(page('frs-2021-22-kent-state-of-fire-2022-emergency-services-times').subjects).toEqual([['fire-and-rescue-service', 'kent']])
    expect(page('thematic-vetting-misconduct-misogyny-2022-amnesty-ely').subjects).toEqual([['fire-and-rescue-service', 'london']])
  })
})
