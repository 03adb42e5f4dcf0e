import {readFileSync} from 'node:fs'
import {parseReport, parseResponse} from '@scrutiny/parser'
import {findFireService} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {lint, reportText} from '../src/index.js'
import {parseSeed, seedReport} from './helpers.js'

/** A real report from fixtures/corpus/reports, parsed after its header. */
function corpusReport(name: string) {
  const raw = readFileSync(new URL(`../../../fixtures/corpus/reports/${name}`, import.meta.url), 'utf8')
  return parseReport(raw.slice(raw.indexOf('\n---\n') + 5), {path: name}).report
}

describe('a response to a fire and rescue report', () => {
  const {response, file} = parseSeed()

  it.each(['frs-avon-coc-revisit-2024-01.txt', 'frs-2021-shropshire.txt'])(
    '%s: says section 55 is not the duty, and checks nothing else',
    (name) => {
      const report = corpusReport(name)
      const {messages, deadline} = lint(response, {report, file, preset: 'strict'})
      expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['fire-report-not-section-55', false]])
      expect(deadline).toBeUndefined()
    }
  )

  it('says why there is no deadline: not that the report predates the limit, but that section 55 does not cover it', () => {
    const report = corpusReport('frs-avon-coc-revisit-2024-01.txt')
    const result = lint(response, {report, file, preset: 'strict'})
    expect([result.dates.report?.date, result.deadline, result.noDeadline]).toEqual(['2024-01-19', undefined, 'outside-section-55'])
    expect(reportText({file, result, response})).toContain(
      'The report was published on 19 January 2024. It is not a report section 55 covers, so no 56-day deadline applies.'
    )
    expect(lint(response, {report: seedReport, file}).noDeadline).toBeUndefined()
  })

  it('resolves the service the report inspects to its id and authority on the day of publication', () => {
    const report = corpusReport('frs-avon-coc-revisit-2024-01.txt')
    const subject = report.subjects[0]
    expect(subject).toMatchObject({name: 'Avon Fire and Rescue Service', kind: 'fire-and-rescue-service'})
    const service = findFireService(subject?.name ?? '', report.publishedOn)
    expect(service?.id).toBe('avon')
    expect(service?.authority).toMatchObject({kind: 'combined-fire-authority', name: 'Avon Fire Authority'})
  })
})

describe('a response to a national report', () => {
  const {response, file} = parseSeed()

  it('points to the guidance on force reports with the same findings (info)', () => {
    const {messages} = lint(response, {report: {...seedReport, kind: 'thematic'}, file})
    const guidance = messages.filter((message) => message.ruleId === 'national-report-guidance')
    expect(guidance).toHaveLength(1)
    expect(guidance[0]?.fatal).toBeUndefined()
    expect(guidance[0]?.note).toContain('hmic-pccs-and-the-mopac')
  })

  it('says nothing of it for the seed, a regional report', () => {
    const {messages} = lint(response, {report: seedReport, file})
    expect(messages.map((message) => message.ruleId)).not.toContain('national-report-guidance')
  })
})

describe('a text about a fire and rescue service only, no report given', () => {
  /** The rule ids of the checks and the scope message's outcome and passage. */
  function scopeOf(text: string) {
    const {response, file} = parseResponse(text, {path: 'statement.txt'})
    const result = lint(response, {file, preset: 'strict'})
    const fire = result.checks.find((check) => check.ruleId === 'fire-report-not-section-55')
    return {rules: result.checks.map((check) => check.ruleId), outcome: fire?.outcome, plain: fire?.plain}
  }

  it('a commissioner’s statement on the county fire service’s report: no section 55 rule runs (gloucestershire-pcc-fire-inspection-statement)', () => {
    const text =
      'A statement from the Police and Crime Commissioner Martin Surl in response to a report conducted by HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS):\n\n' +
      ' “Sadly nothing in this report surprises me. It was crystal clear in 2017 long before the Chief Fire Officer resigned or Gloucestershire’s County Council’s auditors became involved that all was not well in Gloucestershire Fire & Rescue Service.  That was why with Home Office support and finance I prepared a report for the Police & Fire Minister which recommended a change of governance.”\n'
    expect(scopeOf(text)).toEqual({
      rules: ['fire-report-not-section-55'],
      outcome: 'cannot-tell',
      plain:
        'The text is about a fire and rescue service only (“Fire & Rescue Service”) and names no police force: section 55 of the Police Act 1996 does not apply to a fire and rescue inspection, so the text was not checked against it.'
    })
  })

  it('a council page with the commissioner’s quote (essex-pfcc-fire-2021-22-saffron-walden-town-council)', () => {
    const text =
      'Essex County Fire & Rescue\n\nHMICFRS- latest report on the Essex County Fire and Rescue Service\n\n' +
      'Police, Fire and Crime Commissioner Roger Hirst has said:\n\n' +
      '“We want Essex County Fire and Rescue Service to deliver the best possible service to the public and I know this is an aspiration shared by the Chief Fire Officer, his senior team and the entire Service.”\n'
    expect(scopeOf(text).rules).toEqual(['fire-report-not-section-55'])
  })

  it('the inspectorate’s initials misspelt (“HIMCFRS”) name no fire service; a service’s initials (“GMFRS”) do', () => {
    const misspelt = 'The Commissioner has responded to the HIMCFRS report on fraud, published today.\n'
    const service = 'The Mayor welcomed the inspectors’ findings on GMFRS, published today.\n'
    expect([scopeOf(misspelt).rules.includes('fire-report-not-section-55'), scopeOf(service).rules]).toEqual([false, ['fire-report-not-section-55']])
  })

  it('a text on both the police force’s and the fire service’s inspections is checked as a response (northamptonshire-pfcc-police-fire-inspections-2020-northants-telegraph)', () => {
    const text =
      'PCC confident police and fire services are both heading in the right direction\n\n' +
      'The Police, Fire and Crime Commissioner for Northamptonshire believes significant improvements are being made at both the police force and the fire service.\n'
    const {rules, outcome} = scopeOf(text)
    expect([rules.includes('lpb-comments'), rules.includes('fire-report-not-section-55'), outcome]).toEqual([true, false, undefined])
  })

  it('the inspectorate’s full name and a commissioner’s title name no fire service and no force (durham-panel-minutes-hmicfrs-inspection-reports)', () => {
    const text =
      'HMICFRS Inspection Reports - Report of Acting Police, Crime and Victims\' Commissioner\n\n' +
      'The Panel considered a report of the Acting Police, Crime and Victims’ Commissioner’s Office which provided the findings of the recent inspections conducted by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMIC\nFRS), upon which Police & Crime Commissioners are required to comment.\n'
    expect(scopeOf(text).rules).not.toContain('fire-report-not-section-55')
  })

  it('police forces in general name no force: a fire authority’s minutes (lancashire-fire-authority-frs-2018-inspection-minutes)', () => {
    const text =
      'Agenda item\n\nMinutes:\n\nACFO Norman presented the report.  In 2017 Her Majesty’s Inspectorate of Constabulary (HMIC) remit for inspecting all Police Forces in England, was extended by the Home Secretary to also include independently inspecting all 45 Fire and Rescue Services in England.\n\n' +
      'Lancashire Fire and Rescue Service (LFRS) was inspected in July 2018, in the first tranche of inspections and subsequently our HMICFRS report was publicised in December 2018.\n'
    expect(scopeOf(text)).toMatchObject({rules: ['fire-report-not-section-55'], outcome: 'cannot-tell'})
    // A force named is the police: "joint working with Staffordshire Police" (staffordshire-pfcc-fire-inspection-2019).
    expect(scopeOf(`${text}\n‘The joint working with Staffordshire Police is also gaining pace.’\n`).rules).not.toContain('fire-report-not-section-55')
  })

  it('a report given settles it: the seed with its police report is checked in full', () => {
    const {response, file} = parseSeed()
    const result = lint(response, {report: seedReport, file, preset: 'strict'})
    expect(result.checks.map((check) => check.ruleId)).not.toContain('fire-report-not-section-55')
  })
})
