import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Grades of PEEL rounds as news releases, commissioners' pages and articles write them in prose,
// each on a short verbatim excerpt of a tuned page, with the traps of each form.

const read = (text: string) => parseReport(text, {format: 'text'}).report.grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])

describe('PEEL grades in news prose', () => {
  it('the report’s words reported in the present tense: “the report, which states North Wales Police requires improvement in …”, “HMICFRS says CFRS requires improvement in …”', () => {
    expect(
      read(
        'However it says the report, which states North Wales Police requires improvement in keeping people safe and reducing crime, contradicts itself.\n'
      )
    ).toEqual([['north-wales', 'requires-improvement', 'keeping people safe and reducing crime, contradicts itself']])
    expect(read('The report says Kent Police is good at investigating crime.\n')).toEqual([['kent', 'good', 'investigating crime']])
    // Who said it, after the area, is not part of it.
    expect(read('Dorset Police rated good at preventing crime, says report.\n')).toEqual([['dorset', 'good', 'preventing crime']])
  })

  it('change “since it was last inspected” is this inspection’s: “… particularly in how it records crime - which was rated “outstanding””', () => {
    expect(
      read(
        'His Majesty’s Inspectorate of Constabulary Fire & Rescue Services (HMICFRS) graded Gloucestershire Police’s performance across nine areas of policing.\n\nInspectors said the force made several improvements since it was last inspected, particularly in how it records crime - which was rated “outstanding”.\n'
      )
    ).toEqual([['gloucestershire', 'outstanding', 'how it records crime']])
  })

  it('“rated as needing improvement”: a news report’s word for the grade, after “as” only', () => {
    expect(read('Kent Police\n\nResponding to the public was rated as needing improvement.\n')).toEqual([['kent', 'requires-improvement', 'Responding to the public']])
    expect(read('Kent Police\n\nThe report identified areas needing improvement in responding to the public.\n')).toEqual([])
  })

  it('a news copy of a PEEL 2015–17 pillar sentence in capitals, with “the” before the force’s name: “THE EXTENT to which the Dyfed-Powys Police is efficient at …”', () => {
    expect(
      read(
        'THE EXTENT to which the Dyfed-Powys Police is efficient at keeping people safe and reducing crime requires improvement. That is the assessment of Wendy Williams of her Her Majesty’s Inspector of Constabulary in her latest report\n'
      )
    ).toEqual([['dyfed-powys', 'requires-improvement', 'is efficient at keeping people safe and reducing crime']])
  })

  it('the inspectorate’s verb and its object, with the clause ending at the grade: the area is the pillar the report is named for, “An efficiency report has rated West Mercia Police as ‘good’.”', () => {
    expect(read(' date 2017-11-09 An efficiency report has rated West Mercia Police as ‘good’.\n')).toEqual([['west-mercia', 'good', 'efficiency']])
    expect(read('The report rates Beds Police as Inadequate.\n')).toEqual([['bedfordshire', 'inadequate', 'overall']])
  })

  it('a count of one with the noun left out before a colon: “Thames Valley Police was rated as “good” in only one: fair and respectful treatment of the public.”', () => {
    expect(read('In the remaining eight categories, Thames Valley Police was rated as “good” in only one: fair and respectful treatment of the public.\n')).toEqual([
      ['thames-valley', 'good', 'fair and respectful treatment of the public']
    ])
    expect(read('Kent Police\n\nKent Police was rated ‘good’ in two: investigating crime and its car park.\n')).toEqual([])
  })

  it('a second area of the same grade after “as was its”: “Its prevention and deterrence performance was rated as “adequate,” as was its support and protection of the workforce itself.”', () => {
    expect(
      read(
        'Thames Valley Police\n\nIts prevention and deterrence performance was rated as “adequate,” as was its support and protection of the workforce itself.\n'
      )
    ).toEqual([
      ['thames-valley', 'adequate', 'prevention and deterrence performance'],
      ['thames-valley', 'adequate', 'its support and protection of the workforce itself']
    ])
    expect(read('Kent Police\n\nKent Police was rated as good at investigating crime, as was its neighbour.\n')).toEqual([['kent', 'good', 'investigating crime']])
  })

  it('what a graded area covers, after “which includes”, is graded with it, not apart: “rated ‘good’ for its efficiency which includes meeting current demands and its use of resources, as well as planning for the future”', () => {
    expect(
      read(
        'Commissioner welcomes latest PEEL inspection of Gwent Police\n\nThe inspection report also states that the force is rated ‘good’ for its efficiency which includes meeting current demands and its use of resources, as well as planning for the future.\n'
      )
    ).toEqual([['gwent', 'good', 'its efficiency']])
  })

  it('“treating the public fairly and with respect” and “responding to the public” are two areas, not one restated', () => {
    expect(
      read(
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) rated Wiltshire Police 'Good' in preventing and deterring crime and anti-social behaviour.\n\nBut it highlighted that work needs to be done in treating the public fairly and with respect, responding to the public, investigating crime and protecting vulnerable people, which were all judged to 'Require Improvement'.\n"
      )
    ).toEqual([
      ['wiltshire', 'good', 'preventing and deterring crime and anti-social behaviour'],
      ['wiltshire', 'requires-improvement', 'treating the public fairly and with respect'],
      ['wiltshire', 'requires-improvement', 'responding to the public'],
      ['wiltshire', 'requires-improvement', 'investigating crime'],
      ['wiltshire', 'requires-improvement', 'protecting vulnerable people']
    ])
  })

  it('a series of judgements whose first area is in words no framework names still judges the body: “found West Mercia Police to be ‘good’ in recording date about crimes, ‘adequate’ in …”', () => {
    expect(
      read(
        'The report’s gradings found West Mercia Police to be ‘good’ in recording date about crimes, ‘adequate’ in police powers and public treatments, preventing and investigating crime, and managing offenders.\n'
      )
    ).toEqual([
      ['west-mercia', 'adequate', 'police powers and public treatments'],
      ['west-mercia', 'adequate', 'preventing crime'],
      ['west-mercia', 'adequate', 'investigating crime'],
      ['west-mercia', 'adequate', 'managing offenders']
    ])
    // A count is no area in other words: the grades after it are not carried to the body.
    expect(read('Kent Police\n\nThe report found Kent Police to be ‘good’ in four areas, ‘adequate’ in investigating crime.\n')).toEqual([])
  })

  it('one of many forces graded, counted in figures, in a report named for its pillar: “West Yorkshire Police was one of 30 forces classed as good in efficiency reports examining …”', () => {
    expect(
      read(
        'West Yorkshire Police was one of 30 forces classed as good in efficiency reports examining how well they understand demand, use resources and plan for the future.\n'
      )
    ).toEqual([['west-yorkshire', 'good', 'efficiency']])
    expect(read('Kent Police is one of the forces rated good at investigating crime.\n')).toEqual([['kent', 'good', 'investigating crime']])
    expect(read('Kent Police is one of the forces that needs to improve, and Essex Police is good at investigating crime.\n')).toEqual([['essex', 'good', 'investigating crime']])
  })

  it('traps: an earlier inspection’s grade stays earlier; a hope grades nothing', () => {
    expect(read('In 2016 an efficiency report rated West Mercia Police as ‘good’.\n')).toEqual([])
    expect(read('West Mercia Police hopes the next efficiency report will rate it as ‘good’.\n')).toEqual([])

    expect(read('Kent Police\n\nWhen it was last inspected, investigating crime was rated “inadequate”.\n')).toEqual([])
  })
})
