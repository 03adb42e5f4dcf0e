import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Worded findings in the forms of the twenty-fifth and twenty-seventh sets: a numbered
// recommendation printed over several paragraphs, or as a lead-in and its items; an action plan's
// shortened label and its row's other columns; a recommendation news reports in the past tense; a
// cause of concern minutes report with the inspectorate's reason; a box heading under the sentence
// that says the force had an earlier inspection's finding. Each with the traps that look like it.

const read = (name: string) => parseReport(corpus(name).text, {format: 'text'}).report
const ofKind = (findings: readonly Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind).map((finding) => finding.text)

describe('a recommendation under a numbered heading', () => {
  it('runs on over the paragraph after it that goes on demanding, up to the next heading', () => {
    const report = read('thematic-misconduct-fire-2024-humberside-service-page')
    const recommendations = report.findings.filter((finding) => finding.kind === 'recommendation')
    expect(recommendations.map((finding) => finding.number)).toEqual(['1', '2', '3', '4'])
    expect(recommendations[2]!.text).toBe(
      'By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be moved from a wholetime watch to a different watch or station, within their contractual requirements, proactively and reactively as required.\n' +
        'By 1 May 2025, chief fire officers should also make sure firefighters who are promoted are posted to a different watch or station, including when the promotion is temporary for two months or more. If this isn’t possible, chief fire officers should show how the risks of reinforcing a negative culture have been addressed.'
    )
    expect(recommendations[3]!.text).toBe('By 1 February 2025, chief fire officers should make sure their services create or have ac')
  })

  it('reads each item after a dated lead-in as a recommendation of its own, addressed and dated as the lead-in says', () => {
    const report = read('thematic-values-culture-fire-2023-rbfrs-recommendation-9')
    expect(
      report.findings.map((finding) => [
        finding.number ?? null,
        finding.kind === 'recommendation' ? finding.addressees.map((addressee) => addressee.name) : null,
        finding.kind === 'recommendation' ? (finding.deadline ?? null) : null,
        finding.text
      ])
    ).toEqual([
      [
        '9',
        ['chief fire officers'],
        '2024-01-01',
        'immediately review their current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard their staff and communities they serve; and'
      ],
      [
        null,
        ['chief fire officers'],
        '2024-01-01',
        'make sure that appropriate DBS check requests have been submitted for all existing, new staff, and volunteers, according to their roles as identified by the Fire Standards Board.'
      ]
    ])
  })

  it('does not run on over a lead-in after it ("They should also include:")', () => {
    const text = [
      'Recommendation 1',
      '',
      'By March 2023, forces should make sure their crime scene management practices adhere to the authorised professional practice on managing investigation for SAC or provide a rationale for deviating from it.',
      '',
      'They should also include:'
    ].join('\n')
    expect(ofKind(parseReport(text, {format: 'text'}).report.findings, 'recommendation')).toEqual([
      'By March 2023, forces should make sure their crime scene management practices adhere to the authorised professional practice on managing investigation for SAC or provide a rationale for deviating from it.'
    ])
  })
})

describe('an action plan’s row', () => {
  it('reads "Rec 17:" as a recommendation’s label, and leaves out the row’s other columns after its last sentence', () => {
    const report = read('thematic-values-culture-fire-2023-derbyshire-gpwg-afi-update')
    expect(report.findings.map((finding) => [finding.number ?? null, finding.text])).toEqual([
      [
        '17',
        'With immediate effect, chief fire officers should notify HMICFRS of any allegations that have the potential to constitute staff gross misconduct that: • involve allegations of a criminal nature that have the potential to affect public confidence in FRSs; • are of a serious nature; or • relate to assistant chief fire officers or those at equivalent or higher grades.'
      ],
      ['34', 'With immediate effect, chief fire officers should review their implementation of the Core Code of Ethics and make sure it is being applied ac']
    ])
  })
})

describe('a recommendation news reports in the past tense', () => {
  it('reads the whole sentence whose subject is the report, with a subject and its demand after the verb', () => {
    const report = read('peel-2021-22-staffordshire-bbc-news')
    expect(ofKind(report.findings, 'recommendation')).toEqual(['The report recommended the force must also improve how it monitors known offenders and suspects yet to be detained.'])
  })

  it('reads the clause from "recommended that" after the inspectorate’s finding, without the full stop', () => {
    const report = read('thematic-vetting-counter-corruption-force-reports-police-oracle')
    expect(ofKind(report.findings, 'recommendation')).toEqual(['recommended that both introduce a system to monitor and respond to disproportionality in vetting decisions'])
  })

  it('traps: a noun after the verb, an earlier time, the passive, another speaker', () => {
    expect(ofKind(read('frs-2021-derbyshire-bbc').findings, 'recommendation')).toEqual([])
    const text = [
      'The report recommended a review of availability of on-call fire engines.',
      '',
      'In 2019 the report recommended that the force must improve how it records crime.',
      '',
      'The force was recommended to improve how it records crime.',
      '',
      'The chief constable recommended that officers should attend every burglary.'
    ].join('\n')
    expect(ofKind(parseReport(text, {format: 'text'}).report.findings, 'recommendation')).toEqual([])
  })
})

describe('a cause of concern minutes report', () => {
  it('reads the clause after the verb of the inspectorate’s reason ("had given a ‘cause of concern’ as they considered …")', () => {
    const report = read('frs-2023-25-bedfordshire-fire-authority-minutes')
    expect(ofKind(report.findings, 'cause-of-concern')).toEqual(['the Service could not assure itself that its operational members of staff meet the minimum fitness requirements to perform their roles'])
  })
})

describe('a box heading under the sentence saying the force had an earlier inspection’s finding', () => {
  it('lists that finding as history ("However, Norfolk Constabulary had an area for improvement in the 2017 efficiency inspection.")', () => {
    const report = read('peel-2018-norfolk-efficiency-detailed-findings')
    expect(ofKind(report.findings, 'area-for-improvement')).toEqual([])
    expect(report.history?.map((item) => [item.kind, item.text])).toEqual([
      [
        'area-for-improvement',
        'The force should undertake appropriate activities to understand fully its workforce’s capabilities, in order to identify any gaps and put plans in place to address them. This will enable the force to be confident in its ability to be efficient in meeting current and likely future demand.'
      ]
    ])
  })

  it('trap: a failing stated now that an earlier inspection also named opens this report’s box', () => {
    const report = read('peel-2017-essex')
    expect(ofKind(report.findings, 'area-for-improvement')).toEqual([
      'The force should evaluate and share effective practice routinely, both internally and with partners, to continually improve its approach to preventing crime and anti-social behaviour.'
    ])
  })
})

describe('an earlier inspection’s areas for improvement listed after a lead-in', () => {
  it('are this report’s when the paragraph after them says the service made limited progress', () => {
    const report = read('accelerated-coc-avon-frs-2023-08')
    expect(ofKind(report.findings, 'area-for-improvement')).toEqual([
      'The service should make sure it gathers and records relevant and up-to-date risk information to help protect firefighters, the public and property during an emergency.',
      'The service should make sure staff are trained in how to carry out and identify site-specific risk information.'
    ])
  })
})
