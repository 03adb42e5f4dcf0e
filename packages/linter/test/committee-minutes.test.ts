import {describe, expect, it} from 'vitest'
import {check, constructed, read} from './helpers.js'

// Who speaks, as the three statutory verdicts read it: the minutes of the City of London's own police
// committees (the local policing body's, not a panel's), where the Commissioner (the chief officer)
// reports and the chair and members answer; and a line that only says where the chief's response is.

const outcomes = (name: string) => {
  const {result} = read(name)
  return ['lpb-comments', 'chief-officer-comments', 'response-to-chief-officer'].map((ruleId) => check(result, ruleId)?.outcome)
}

describe('minutes of the body’s own committee (real City of London minutes)', () => {
  it.each([
    // "The Board received a report of the Commissioner on the HMICFRS PEEL Inspection 2022." / "The Chair observed that …" ("the Corporation’s safer city" names the City).
    'city-of-london-police-authority-board-peel-2022-minutes.txt',
    // "The Assistant Commissioner commented that …" / "A Member, also the Lead Member for Custody Visiting, sought clarity …".
    'city-of-london-committee-custody-inspection-minutes.txt',
    // "The Sub-committee received a report of the Commissioner of Police …" / "The Chairman noted that …".
    'city-of-london-police-committee-hmicfrs-update-legitimacy-minutes.txt',
    // "The Sub-Committee received a report of the Commissioner of Police …" / "A Member noted that the report raised some concerns …".
    'city-of-london-sub-committee-peel-legitimacy-2017-minutes.txt'
  ])('%s: the body’s comments, the chief’s, and the body’s response to them', (name) => {
    expect(outcomes(name)).toEqual(['met', 'met', 'met'])
  })

  it('the chair’s request only: the body’s comments are not minuted (cannot tell), the response is missing', () => {
    // "The Chair requested that the planned Skyline article … should be circulated more widely".
    expect(outcomes('city-of-london-committee-peel-2018-19-legitimacy-afis-minutes.txt')).toEqual(['cannot-tell', 'met', 'not-met'])
  })
})

describe('a line saying where the chief’s response is', () => {
  it('“… can be found in the attached annex”: cannot tell, never found', () => {
    const {result} = constructed(
      'I welcome the HMICFRS report on Kent Police published on 3 March 2022.\n\nThe Chief Constable’s response to the report can be found in the attached annex.\n'
    )
    expect(check(result, 'chief-officer-comments')?.outcome).toBe('cannot-tell')
    expect(check(result, 'response-to-chief-officer')?.messageId).toBe('no-comments')
  })

  it.each([
    ['a field whose text is a pointer', 'Chief Constable’s response: see Appendix B.'],
    ['a sentence saying the comments are attached', 'The Chief Constable’s comments are attached at Appendix A.']
  ])('%s: cannot tell', (_form, line) => {
    const {result} = constructed(`I welcome the HMICFRS report on Kent Police published on 3 March 2022.\n\n${line}\n`)
    expect(check(result, 'chief-officer-comments')?.outcome).toBe('cannot-tell')
  })

  it('a heading that names its appendix still heads the comments under it', () => {
    const {response, result} = constructed(
      'I welcome the HMICFRS report on Kent Police published on 3 March 2022.\n\nChief Constable’s response (Appendix A)\n\nThe force accepts the findings and has an action plan.\n'
    )
    expect(check(result, 'chief-officer-comments')?.outcome).toBe('met')
    expect(response.chiefOfficerComments?.heading).toBe('Chief Constable’s response (Appendix A)')
  })
})
