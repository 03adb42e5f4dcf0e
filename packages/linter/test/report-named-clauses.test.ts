import {describe, expect, it} from 'vitest'
import {check, constructed, read, readCorpus} from './helpers.js'
import {textState} from '../src/lib/text-state.js'

// `report-identified` says met only for a passage that meets a clause of the corpus README's rule
// ("When a body names the report"): a title or a topic of its own; a family (a PEEL pillar or
// year, a custody, crime data integrity or vetting inspection) with the force or a publication
// date; or the inspectorate's report on a named force with its date. A weaker passage is "cannot
// tell" (`not-specific`), never an error: the page around the text may name the report.

const verdict = (name: string) => {
  const {response, result} = read(name)
  const found = check(result, 'report-identified')
  return {title: response.report.title, mentions: response.report.mentions, outcome: found?.outcome, messageId: found?.messageId}
}
const notSpecific = {outcome: 'cannot-tell', messageId: 'not-specific'}

describe('report-identified: passages that may be any of several reports (real statements and minutes)', () => {
  it.each([
    // PEEL with neither its year or pillar, nor the force, nor a date.
    ['cleveland-pcc-peel-2015-statement.txt', {title: 'Peel Report'}],
    // The annual assessment without its year or date.
    ['home-secretary-state-of-policing-2015-written-statement-hansard.txt', {title: 'State of Policing'}],
    // A topic any report on the force could have, with no date.
    ['kent-pcc-peel-2026-social-post-copy.txt', {title: 'findings on the performance of Kent Police'}],
    // A report still to come ("I look forward to receiving the full HMIC report on Hertfordshire’s inspection").
    ['hertfordshire-pcc-crime-recording-2014.txt', {title: 'Hertfordshire’s inspection'}]
  ] as Array<[string, {title?: string; mentions?: string[]}]>)('%s: cannot tell', (name, passage) => {
    expect(verdict(name)).toEqual({title: undefined, mentions: undefined, ...passage, ...notSpecific})
  })
})

describe('report-identified: a family or the inspectorate’s report with its day of publication (real statements)', () => {
  it.each([
    // A programme (crime data integrity) dated by "Today’s interim HMIC report".
    ['thamesvalley-pcc-cdi-interim-report-2014.txt', {title: 'interim crime data integrity report'}],
    // The inspectorate's judgment of the force it names, with the pillar ("assessed Hampshire Constabulary as Good in terms of effectiveness").
    ['hampshire-pcc-peel-effectiveness-2017-eastleigh-news.txt', {title: 'assessed Hampshire Constabulary as Good in terms of effectiveness'}],
    // A programme (crime data integrity) in a text that names the force ("… Hertfordshire Constabulary is not supporting victims").
    ['hertfordshire-pcc-crime-data-integrity-2017-statement.txt', {title: 'Crime Data Integrity'}],
    // The inspectorate's latest report, dated by results "revealed today (Tuesday 12 December) as part of" it, on a named force.
    ['cheshire-pcc-peel-legitimacy-2017-statement.txt', {mentions: ['the latest report by Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)']}]
  ])('%s: met', (name, passage) => {
    expect(verdict(name)).toEqual({title: undefined, mentions: undefined, ...passage, outcome: 'met', messageId: 'named'})
  })
})

describe('report-identified: a weak passage gives way to one further on that meets the rule (real statements)', () => {
  it.each([
    // "the latest report by HMICFRS" → the same report with its force and pillar.
    [
      'kent-pcc-peel-effectiveness-2017-press-release.txt',
      'report by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) into Kent Police’s effectiveness'
    ],
    // "The latest report by HMICFRS" → "a national report into …", a named thematic.
    ['westmercia-pcc-group-based-cse-2023-statement.txt', 'report into police forces’ response to group-based child sexual exploitation'],
    // "PEEL inspection" → PEEL with its year.
    ['northamptonshire-pfcc-peel-2021-22-statement.txt', 'PEEL 2021/22 – An inspection'],
    // "the latest inspection report of Cleveland Police" (no date) → the family with the force and period.
    ['cleveland-pcc-peel-2023-25.txt', 'Cleveland PEEL Assessment 2023–2025']
  ])('%s: met, “%s”', (name, title) => {
    expect(verdict(name)).toEqual({title, mentions: undefined, outcome: 'met', messageId: 'named'})
  })
})

// A text evidently whole (its last line finishes a sentence or a sign-off, it does not open inside a
// quotation) whose every reference says nothing of which report does not name it: not met, an error.
// Cut off, opening inside a quotation, or with a headline or sentence that may say which, it stays
// "cannot tell".
describe('report-identified: a whole text whose every reference is generic does not name the report (real statements)', () => {
  const statement = readCorpus('gloucestershire-pcc-fire-inspection-statement.txt').text
  const generic = (text: string) => {
    const {response, result} = constructed(text)
    const found = check(result, 'report-identified')
    const message = result.messages.find((entry) => entry.ruleId === 'report-identified')
    return {mentions: response.report.mentions, outcome: found?.outcome, messageId: found?.messageId, fatal: message?.fatal}
  }

  it('"a report conducted by HM Inspectorate …" and "this report", in a whole statement: only generic (a statement on a fire service naming no police force, so outside section 55: not checked)', () => {
    const {response, result} = read('gloucestershire-pcc-fire-inspection-statement.txt')
    expect(response.report).toEqual({})
    expect(textState(statement)).toMatchObject({cutOff: false, endsWhole: true, onlyGeneric: true, reportReference: 'a report'})
    expect([check(result, 'report-identified'), check(result, 'fire-report-not-section-55')?.messageId]).toEqual([undefined, 'fire-text'])
  })

  it('the same statement cut off mid-sentence (cannot tell), or under a headline with words of its own (not only generic)', () => {
    const cut = statement.slice(0, statement.indexOf(' all was not well'))
    // Cut before the fire service is named: nothing says it is outside section 55.
    expect(generic(cut)).toEqual({mentions: undefined, outcome: 'cannot-tell', messageId: 'cannot-tell', fatal: false})
    const headed = `HMICFRS report shines a spotlight on measures to support women and girls\n\n${statement}`
    expect(textState(headed).onlyGeneric).toBe(false)
    // A sentence on what the inspectors looked at, with no report word, may say which report too.
    const looked = `${statement.trimEnd()}\n\nThe inspectors looked at how the service prevents fires and protects the public.\n`
    expect(textState(looked).onlyGeneric).toBe(false)
    // Each names a fire service and no police force: the section 55 rules do not run on it.
    expect([headed, looked].map((text) => generic(text).outcome)).toEqual([undefined, undefined])
  })

  it('a letter that ends with its sign-off is whole; "the recent report from HMICFRS" alone does not name the report', () => {
    const letter =
      'We are grateful the recent report from His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) acknowledges the progress we have made.\n\nYours sincerely\n\nJo Bloggs\nPolice and Crime Commissioner\n'
    expect(textState(letter)).toMatchObject({endsWhole: true, onlyGeneric: true})
    expect(generic(letter)).toEqual({
      mentions: ['the recent report from His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)'],
      outcome: 'not-met',
      messageId: 'only-generic',
      fatal: true
    })
  })

  it('a statement that opens inside a quotation (its lead, naming the speaker and the report, not read) is not whole: cannot tell', () => {
    const {result} = read('southyorkshire-pcc-peel-effectiveness-statement.txt')
    expect(textState(readCorpus('southyorkshire-pcc-peel-effectiveness-statement.txt').text)).toMatchObject({cutOff: false, endsWhole: false})
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'cannot-tell', messageId: 'only-described'})
  })

  it('a whole page whose references give the force and a programme ("the effectiveness and efficiency of Cumbria Constabulary"): cannot tell', () => {
    const {result} = read('cumbria-pfcc-hmicfrs-peel-reports-page.txt')
    expect(textState(readCorpus('cumbria-pfcc-hmicfrs-peel-reports-page.txt').text)).toMatchObject({endsWhole: true, onlyGeneric: false})
    expect(check(result, 'report-identified')).toMatchObject({outcome: 'cannot-tell', messageId: 'only-described'})
  })
})

describe('report-identified: the inspectorate’s own name is not a topic', () => {
  it('“a report by the inspectorate of constabularies”: no topic, cannot tell (not named)', () => {
    const {result} = read('northumbria-chief-retirement-2022-bbc-peel-mention.txt')
    expect(check(result, 'report-identified')?.outcome).toBe('cannot-tell')
  })
})

describe('report-identified: an agenda item that updates members on the inspectorate’s work (real minutes)', () => {
  it('cannot tell which report an "HMICFRS Update" answers, though a later line names a PEEL strand', () => {
    expect(verdict('city-of-london-police-committee-hmicfrs-update-legitimacy-minutes.txt')).toEqual({
      title: undefined,
      mentions: ['PEEL legitimacy report'],
      outcome: 'cannot-tell',
      messageId: 'cannot-tell'
    })
    expect(textState('Agenda item\n\nHMICFRS Update\n\nReport of the Commissioner of Police\n').listsReports).toBe('HMICFRS Update')
    expect(textState('HMIC Inspection Update\n').listsReports).toBe('HMIC Inspection Update')
    // A sentence that mentions an update is no heading.
    expect(textState('The HMICFRS update was noted.\n').listsReports).toBeUndefined()
  })
})
