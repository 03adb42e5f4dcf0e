import {describe, expect, it} from 'vitest'
import {nameClause} from '@scrutiny/parser/internal'
import {textState} from '../src/lib/text-state.js'
import {check, constructed, read} from './helpers.js'

// Forms of texts never seen, learnt as structure: a force's own release whose lead has the force by
// its name as the subject welcoming the report, and a report described by what it found rather than
// named. Real tuned texts first, then short verbatim excerpts with their traps.

const verdict = (name: string, ruleId: string) => {
  const found = check(read(name).result, ruleId)
  return [found?.outcome, found?.messageId]
}

describe('lpb-comments: the force by its name as the lead’s subject is the force’s release', () => {
  it('a force’s news page after a stored copy’s date prefix: not met, the force’s voice', () => {
    expect(verdict('avonandsomerset-police-regional-soc-south-west-2025-force-news.txt', 'lpb-comments')).toEqual(['not-met', 'force-voice'])
  })

  it('the lead read from the excerpt', () => {
    const lead =
      ' date 2025-06-12 Avon and Somerset Police welcomes the report of His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICF&RS) into how police services in the south west tackle serious and organised crime (SOC).'
    const state = textState(`${lead}\n\nSince the inspection last summer, 2024, we have put in place and acted on an improvement plan.`)
    expect(state.forceVoice).toBe('date 2025-06-12 Avon and Somerset Police welcomes')
    expect(state.forceIssued).toBe(true)
  })

  it.each([
    // The body speaks later: the force's lead is the paper's, and the commissioner's words are the body's.
    'Sussex Police has welcomed an annual inspection report published today by Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).\n\nResponding to the publication PCC Katy Bourne said the annual inspection showed the force was “good”.',
    // The body's title, not the force's name, is the subject.
    'Avon and Somerset Police and Crime Commissioner Clare Moody welcomes the report of His Majesty’s Inspectorate into serious and organised crime in the south west.\n\nI will hold the force to account.'
  ])('%j: not the force’s release', (text) => {
    expect(textState(text).forceIssued).toBeUndefined()
  })

  it('the Sussex news page keeps the commissioner’s comments', () => {
    expect(verdict('sussex-pcc-peel-2018-19-news.txt', 'lpb-comments')).toEqual(['met', 'found'])
  })
})

describe('report-identified: a report described by what it found is not named by it', () => {
  it.each([
    // The inspectorate and the force, then what it found: no title, family or date.
    ['gloucestershire-pcc-peel-2021-22-forester-panel.txt'],
    // "A FURTHER report by Her Majesty’s Inspectorate of Constabulary (HMIC) has found ‘some shortcomings’ …".
    ['dyfed-powys-pcc-peel-effectiveness-2015-herald-wales.txt'],
  ])('%s: cannot tell (not specific)', (name) => {
    expect(verdict(name, 'report-identified')).toEqual(['cannot-tell', 'not-specific'])
  })

  it.each([
    // A topic of its own before the finding still names it.
    ['report into stalking and harassment, which found the force was slow to protect victims', 'title'],
    // PEEL with its year before the finding.
    ['PEEL 2021/22 report, which found the constabulary was ‘inadequate’ in five areas', 'family'],
    // The inspectorate and what it found, nothing else.
    ['report from Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS), which found the constabulary was ‘inadequate’ in five areas of policing', undefined],
    // News copy's determiners and verdicts say nothing of which report.
    ['A FURTHER report by Her Majesty’s Inspectorate of Constabulary (HMIC)', undefined],
    ['a damning report', undefined],
    ['a damning report into stalking', 'title'],
    // A grade in a pillar is the pillar's family, with the force.
    ['HMIC report that rated Lincolnshire Police as ‘good’ for effective policing', 'title']
  ])('%j: %s', (passage, clause) => {
    expect(nameClause(passage, passage, false)).toBe(clause)
  })
})

describe('report-identified: the force’s move out of Engage in the press’s words', () => {
  it('“no longer under enhanced monitoring”, the inspectorate in the sentence: named', () => {
    const found = read('metropolitan-engage-exit-2025-juice-liverpool.txt')
    expect(found.response.report.title).toBe('The Metropolitan Police is no longer under enhanced monitoring')
    expect(verdict('metropolitan-engage-exit-2025-juice-liverpool.txt', 'report-identified')).toEqual(['met', 'named'])
  })

  it('the same words without the inspectorate in the sentence: not read as the decision', () => {
    const text = 'The Metropolitan Police is no longer under enhanced monitoring, the Mayor said.\n\nI welcome this.'
    expect(check(constructed(text).result, 'report-identified')?.outcome).not.toBe('met')
  })
})

describe('chief-officer-comments: a chief’s periodic paper on the inspection programme is no comment on a report', () => {
  it('the annual summary of a year’s inspections, received and noted: not read as the chief’s comments', () => {
    const {response} = read('city-of-london-committee-hmicfrs-annual-summary-2020-minutes.txt')
    expect(response.chiefOfficerComments).toBeUndefined()
  })

  it('a paper on one inspection is still the chief’s', () => {
    const {response} = read('city-of-london-police-authority-board-peel-2022-minutes.txt')
    expect(response.chiefOfficerComments?.heading).toBe('received a report of the Commissioner')
  })
})

describe('lpb-comments: the body’s title in lower case, as news copy writes it', () => {
  it('“Police and crime commissioner for Cheshire David Keane, said: “…” opens the body’s comments', () => {
    const {response} = read('cheshire-pcc-custody-2019-statement.txt')
    expect(response.lpbComments?.text.startsWith('Police and crime commissioner for Cheshire David Keane, said: “This glowing report')).toBe(true)
    expect(verdict('cheshire-pcc-custody-2019-statement.txt', 'lpb-comments')).toEqual(['met', 'found'])
  })

  it('a lower-case title in a news report starts the body’s part there', () => {
    const {response} = read('northumbria-pcc-peel-efficiency-2016-sunderland-echo.txt')
    expect(response.lpbComments?.text.startsWith('Northumbria police and crime commissioner Vera Baird has said')).toBe(true)
  })
})

describe('report-identified: the report of the inspectorate into its topic', () => {
  it('“the report of His Majesty’s Inspectorate … (HMICF&RS) into how police services in the south west tackle …”: named', () => {
    const {response} = read('avonandsomerset-police-regional-soc-south-west-2025-force-news.txt')
    expect(response.report.title?.startsWith('report of His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICF&RS) into how police services in the south west')).toBe(true)
    expect(verdict('avonandsomerset-police-regional-soc-south-west-2025-force-news.txt', 'report-identified')).toEqual(['met', 'named'])
  })
})
