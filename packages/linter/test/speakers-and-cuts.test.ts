import {describe, expect, it} from 'vitest'
import type {lint} from '../src/index.js'
import {textState} from '../src/lib/text-state.js'
import {check, constructed, read, readCorpus} from './helpers.js'

// Forms learnt from the twenty-sixth and twenty-eighth sets (texts never tuned on when they were
// scored): a copy whose last short line stops mid-word is cut off; a staff association's branch and a
// national body of chief fire officers are organisations that are not local policing bodies, whether the
// lead names the organisation first or its officer by role ("The chair of … Police Federation has
// warned …"), and after a clause saying what it answers ("Following the publication of …, the National
// Fire Chiefs Council has responded …").

const outcome = (result: ReturnType<typeof lint>, ruleId: string) => {
  const found = check(result, ruleId)
  return [found?.outcome, found?.messageId]
}

describe('a short last line stopping in a lower-case word is a cut', () => {
  it('the combined authority’s news item stops at “It also highlights areas for improve”: cannot tell, no error', () => {
    const name = 'gmca-mayor-deputy-mayor-gmp-peel-2023-25-news.txt'
    const state = textState(readCorpus(name).text)
    expect([state.cutOff, state.endsWhole]).toEqual([true, false])
    const {result} = read(name)
    expect(outcome(result, 'lpb-comments')).toEqual(['cannot-tell', 'cannot-tell'])
    expect(result.messages.filter((message) => message.ruleId === 'lpb-comments' && message.fatal === true)).toEqual([])
  })

  it.each([
    ['It also highlights areas for improve', true],
    ['Kent Police can', true],
    ['With a d', true],
    // A link's label, a heading, a sign-off, a release's closing line, an address: not cut.
    ['View the full news release', false],
    ['Neighbourhood Alert Cyber Essentials', false],
    ['Yours sincerely', false],
    ['Notes to editors', false],
    ['By email: press.office@npcc.police.uk', false],
    ['Issued: Thursday 22nd March', false]
  ])('a text whose last line is “%s”: cut off %s', (line, cut) => {
    expect(textState(`I welcome the inspectorate's report on the force.\n\n${line}\n`).cutOff).toBe(cut)
    // Trailing spaces and CRLF line ends change nothing.
    expect(textState(`I welcome the inspectorate's report on the force.\r\n\r\n${line}   \r\n  `).cutOff).toBe(cut)
  })
})

describe('organisations that are not local policing bodies, by the lead', () => {
  it.each([
    // The branch chair by role before the branch's name.
    ['hertfordshire-police-federation-peel-2023-25-statement.txt', 'The chair of Hertfordshire Police Federation has warned', 'lead'],
    // The council by its headline (a fire chiefs' statement on fire reports: outside section 55, so no rule of it runs).
    ['nfcc-fire-inspections-tranche-1-2018-statement.txt', 'NFCC responds', 'headline'],
    // The council as the lead's subject after a clause saying what it answers.
    [
      'nfcc-fire-inspections-tranche-2-2019-statement.txt',
      'Following the publication of the second tranche of fire and rescue inspectorate reports (Thursday June 20th), the National Fire Chiefs Council has responded',
      'lead'
    ]
  ])('%s: “%s” (by %s): the body’s and the chief’s comments not met, as an association’s statement', (name, passage, by) => {
    const state = textState(readCorpus(name).text)
    expect(state.association).toEqual({passage, settled: true, by, commissioners: false, kind: 'association'})
    const {result} = read(name)
    // The fire chiefs' council's statements on fire reports name no police force: outside section 55.
    const checked = !name.startsWith('nfcc-fire')
    const unchecked = [undefined, undefined]
    expect(outcome(result, 'lpb-comments')).toEqual(checked ? ['not-met', 'association'] : unchecked)
    expect(outcome(result, 'chief-officer-comments')).toEqual(checked ? ['not-met', 'association'] : unchecked)
    expect(outcome(result, 'fire-report-not-section-55')).toEqual(checked ? unchecked : ['cannot-tell', 'fire-text'])
  })

  it('a commissioner’s release quoting the federation’s chair after its own lead stays the commissioner’s', () => {
    const {result} = constructed(
      [
        'Commissioner welcomes inspection report',
        '',
        'The Police and Crime Commissioner has welcomed the HMICFRS report on Hertfordshire Constabulary, published today.',
        '',
        '“I welcome the report and will hold the Chief Constable to account for the improvements it asks for.”',
        '',
        'The chair of Hertfordshire Police Federation has warned that officers are stretched.'
      ].join('\n')
    )
    expect(outcome(result, 'lpb-comments')).toEqual(['met', 'found'])
  })
})

describe('speakers in news copy: an assistant chief constable by the abbreviation, a holder who “hailed”', () => {
  it('the subscriber-wall copy: “ACC Foskett said …” is the chief’s side, “Today Ms Metcalfe, …, hailed …” the body’s', () => {
    const {response, result} = read('northyorkshire-pfcc-peel-2023-25-stray-ferret.txt')
    expect(response.chiefOfficerComments?.text.startsWith('ACC Foskett said a significant investment in the force control room')).toBe(true)
    expect(response.lpbComments?.text.startsWith('Today Ms Metcalfe, whose role will be subsumed')).toBe(true)
    expect(outcome(result, 'lpb-comments')).toEqual(['met', 'found'])
    expect(outcome(result, 'chief-officer-comments')).toEqual(['met', 'found'])
  })

  it('constructed: the abbreviation before a surname; a lower-case word “acc” is no title', () => {
    const text = (line: string) =>
      [
        'The Police and Crime Commissioner has welcomed the HMICFRS PEEL report on Kent Police, published today.',
        '',
        '“I welcome the report and will hold the force to account.”',
        '',
        line,
        '',
        'ENDS'
      ].join('\n')
    expect(outcome(constructed(text('ACC Smith said the force had already acted on the findings.')).result, 'chief-officer-comments')).toEqual(['met', 'found'])
    expect(outcome(constructed(text('The acc figures said the force had already acted.')).result, 'chief-officer-comments')).toEqual(['not-met', 'missing'])
  })
})

describe('the force reported speaking by its common noun, as news copy writes it', () => {
  it('the agency copy: “The force said it was “committed” …” is the chief officer’s side', () => {
    const {response, result} = read('metropolitan-police-peel-2021-22-police-professional-agency.txt')
    expect(response.chiefOfficerComments?.text.startsWith('The force said it was “committed” to tackling the problems highlighted in the report')).toBe(true)
    expect(outcome(result, 'chief-officer-comments')).toEqual(['met', 'found'])
  })

  it('constructed: the inspectorate’s finding in the present (“the force recognises …”) is no comment of the force’s', () => {
    const text = (line: string) =>
      ['The Police and Crime Commissioner has welcomed the HMICFRS PEEL report on Kent Police, published today.', '', line, '', 'ENDS'].join('\n')
    expect(outcome(constructed(text('The force said it would act on every recommendation.')).result, 'chief-officer-comments')).toEqual(['met', 'found'])
    expect(outcome(constructed(text('The force recognises that it needs to do more.')).result, 'chief-officer-comments')).toEqual(['not-met', 'missing'])
  })
})

describe('news pages’ date lines: a news agency’s month first and shortened, a time before the day', () => {
  it.each([
    // "Sep 22, 2022" / "By PA Media" under the headline and lead.
    ['metropolitan-police-peel-2021-22-police-professional-agency.txt', '2022-09-22'],
    // "PUBLISHED: 09:49 02 March 2017 | UPDATED: 09:54 02 March 2017".
    ['kent-pcc-peel-effectiveness-2016-kentnews.txt', '2017-03-02']
  ])('%s: the response dated %s', (name, date) => {
    const {result} = read(name)
    expect(result.dates.response?.date).toBe(date)
  })

  it.each([
    ['Sep 22, 2022', '2022-09-22'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['September 27, 2019', '2019-09-27'],
    ['Published: 09:49 02 March 2017', '2017-03-02'],
    // A day that does not exist, and a time with no day after it, are no date.
    ['Feb 30, 2022', undefined],
    ['Published: 09:49 March', undefined]
  ])('constructed: a date line “%s” dates the response %s', (line, date) => {
    const text = ['Commissioner responds to inspection', '', line, '', 'I welcome the HMICFRS PEEL report on Kent Police and will hold the force to account.'].join('\n')
    expect(constructed(text).result.dates.response?.date).toBe(date)
  })
})
