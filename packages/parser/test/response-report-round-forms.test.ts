import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'
import {nameClause} from '../src/internal.js'

// How news pages name (or fail to name) the one report they answer: the inspectorate's topic after a
// preposition, an inspector putting the force into Engage, and the traps of a national round (the
// forces by their number) and of results still awaited. Short verbatim excerpts of tuned texts.
const report = (text: string) => parseResponse(text, {path: 'response.txt'}).response.report

describe('parseResponse: the report named by the press', () => {
  it('reads the inspectorate’s topic after a preposition (real local paper)', () => {
    const text =
      'Dyfed-Powys Police have stated that domestic abuse is a priority, in the wake of HMIC domestic abuse inspection findings.\n'
    const {title, position} = report(text)
    expect(title).toBe('domestic abuse inspection')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('reads an inspector putting the force into enhanced monitoring, in a text that names the force (real regional paper)', () => {
    const text = [
      'West Midlands Police given deadline to address weaknesses after \'special measures\' move',
      '',
      "Last week, HM Inspector of Constabularies Wendy Williams put the force under 'enhanced monitoring', more commonly known as 'special measures'.",
      ''
    ].join('\n')
    expect(report(text).title).toBe("put the force under 'enhanced monitoring'")
    // Without a force named, "the force" stands for none; without an inspector, it is not the inspectorate's decision.
    expect(report("Last week, HM Inspector of Constabularies Wendy Williams put the force under 'enhanced monitoring'.\n").title).toBeUndefined()
    expect(report("West Midlands Police said last week the board put the force under 'enhanced monitoring'.\n").title).toBeUndefined()
  })
})

describe('parseResponse: the press’s lede, a force’s grade at a topic and who found it', () => {
  it('reads the force and the area graded (real broadcaster’s page)', () => {
    const text =
      'City of London Police requires improvement - report\n- Published\nCity of London Police requires improvement at tackling serious and organised crime, a report has found.\n'
    const {title, position} = report(text)
    expect(title).toBe('City of London Police requires improvement at tackling serious and organised crime')
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe(title)
  })

  it('takes no grade without a finder, nor a force’s own claim', () => {
    expect(report('City of London Police requires improvement at tackling serious and organised crime.\n').title).toBeUndefined()
    expect(report('Kent Police is good at answering calls, the chief constable said.\n').title).toBeUndefined()
  })
})

describe('parseResponse: the inspectorate as the press misspells it, and its reports by what they assessed', () => {
  it('reads the latest reports from “Her Majesty’s Inspectorate of Constabularies” by what they assessed (real local paper)', () => {
    const text =
      "Stephen Mold was speaking after the latest reports from Her Majesty's Inspectorate of Constabularies which assessed the effectiveness of the force's legitimacy and leadership.\n"
    expect(report(text).title).toBe(
      "reports from Her Majesty's Inspectorate of Constabularies which assessed the effectiveness of the force's legitimacy and leadership"
    )
  })

  it('takes the misspelt name alone for no topic', () => {
    expect(nameClause("the latest reports from Her Majesty's Inspectorate of Constabularies", "the latest reports from Her Majesty's Inspectorate of Constabularies.", false)).toBeUndefined()
  })
})

describe('parseResponse: a named force placed into special measures, in a text that names the inspectorate', () => {
  it('reads the passive move (real local news page)', () => {
    const text = [
      'A top City Hall figure has been asked if the mayor of London Sadiq Khan “should consider his position” after the Met Police was placed into special measures.',
      '',
      'The Q&A session is the first opportunity for assembly members - who are elected to hold the mayor to account - to grill the force after it was placed into special measures by Her Majesty’s Inspectorate of Constabularies and Fire and Rescue Services (HMICFRS).',
      ''
    ].join('\n')
    expect(report(text).title).toBe('Met Police was placed into special measures')
    // Without the inspectorate in the text, whose decision it was is not said.
    expect(report('Kent Police was placed into special measures.\n').title).toBeUndefined()
  })
})

describe('nameClause: what says nothing of which report', () => {
  it('takes the forces of a national round for no topic (real broadcaster’s page)', () => {
    const sentence = "South Wales Police received a good inspection by HMIC which looked at Wales and England's 43 forces."
    expect(nameClause("inspection by HMIC which looked at Wales and England's 43 forces", sentence, false)).toBeUndefined()
    expect(nameClause('inspection by HMIC which looked at the police response to stalking', sentence, false)).toBe('title')
  })

  it('takes no inspection whose results its sentence says are awaited (real local paper)', () => {
    const source =
      'He said: “While Cleveland isn’t one of the forces featured in the interim report, we have undergone the crime data integrity inspection by the HMIC and are waiting for the Cleveland results to be published.'
    expect(nameClause('the crime data integrity inspection by the HMIC', source, false)).toBeUndefined()
    expect(nameClause('the crime data integrity inspection by the HMIC', 'Cleveland Police welcomed the crime data integrity inspection by the HMIC.', false)).toBe('family')
  })

  it('takes pillars graded one by one for findings, not one pillar’s report (real local paper)', () => {
    const sentence = 'The report rates Beds Police as Inadequate for its effectiveness, Requires Improvement for efficiency, and Good for legitimacy.'
    expect(nameClause('report rates Beds Police as Inadequate for its effectiveness', sentence, false)).toBeUndefined()
    // One pillar graded names that pillar's report of the force; so do the pillars with one grade.
    expect(nameClause('report rates Beds Police as Inadequate for its effectiveness', 'The report rates Beds Police as Inadequate for its effectiveness.', false)).toBe('family')
    expect(
      nameClause(
        'rated Thames Valley Police as ‘Good’ for Effectiveness',
        'Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has rated Thames Valley Police as ‘Good’ for Effectiveness, Efficiency and Legitimacy.',
        false
      )
    ).toBe('family')
  })
})
