import {readFileSync} from 'node:fs'
import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {speaksOfCauses} from '../src/lib/report/patterns.js'

// Causes of concern and recommendations as registers and news prose report them: the
// recommendations register's "Recommendations:" label, counted cause lead-ins, causes in
// indirect speech, a cause quoted right after its lead, and the inspectorate "recommending that";
// each with the traps that look like the form and are not findings.

const fixtures = new URL('../../../fixtures/', import.meta.url)

/** A corpus page (tuned part) without its fixture header, segment separators blanked. */
function corpus(name: string): string {
  const raw = readFileSync(new URL(`corpus/reports/${name}.txt`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, '')
}

const read = (text: string) => parseReport(text, {format: 'text'}).report
const ofKind = (findings: readonly Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind).map((finding) => finding.text)

describe('a recommendations-register entry’s "Recommendations:" label', () => {
  it('reads the text after the label and each demanding paragraph after it as the cause’s recommendations, up to the register’s progress notes', () => {
    const report = read(corpus('coc-register-stalking-harassment-2019-essex-listing'))
    const [cause] = report.findings.filter((finding) => finding.kind === 'cause-of-concern')
    expect(cause?.text.slice(0, 60)).toBe('We are concerned that police forces are dealing with breache')
    const recommendations = report.findings.filter((finding) => finding.kind === 'recommendation')
    expect(recommendations.map((finding) => [finding.text.slice(0, 70), finding.kind === 'recommendation' ? finding.causeOfConcern : undefined])).toEqual([
      ['Within six months chief constables should ensure that forces record st', cause?.id],
      ['Within six months the National Police Chiefs’ Council (NPCC) lead and ', cause?.id],
      ['Within six months chief constables should ensure that officers are awa', cause?.id]
    ])
    // "… helps officers to do this. .": the stray full stop is not the recommendation's.
    expect(recommendations[2]?.text.endsWith('helps officers to do this.')).toBe(true)
  })

  it('trap: a label followed by words that demand nothing, and the progress note after a recommendation, are none', () => {
    const report = read(
      [
        'Recommendations: We made three recommendations to the force in our 2017 report.',
        '',
        'Cause of concern: The force does not assess the risk to victims of stalking well enough.',
        '',
        'Recommendations: Within three months the force should review how it assesses risk to victims of stalking.',
        '',
        'The force has made contact with the Home Office and is awaiting a reply.',
        '',
        'It should now publish its plan.'
      ].join('\n')
    )
    expect(ofKind(report.findings, 'recommendation')).toEqual(['Within three months the force should review how it assesses risk to victims of stalking.'])
  })
})

describe('the inspectorate recommending, in news prose', () => {
  it('reads "HMIC is recommending that …" as the clause after "that", without its full stop', () => {
    const report = read(corpus('peel-2016-effectiveness-national-deeside-news'))
    expect(ofKind(report.findings, 'recommendation')).toEqual([
      'the use of this practice is reviewed urgently to ensure that this does not prevent forces from ensuring victims receive the justice they’re entitled to'
    ])
  })

  it('reads "The inspectorate recommends that …" mid-paragraph; traps: another body recommending, the past tense, a count', () => {
    const report = read(
      [
        'Inspectors found that the force does not record all reports of stalking. The inspectorate recommends that the force reviews how it records stalking crimes.',
        '',
        'The College of Policing recommends that forces train call handlers in stalking.',
        '',
        'In 2019 HMIC recommended that the force improve its crime recording.',
        '',
        'HMIC has made five recommendations for action designed to promote improvements.'
      ].join('\n')
    )
    expect(ofKind(report.findings, 'recommendation')).toEqual(['the force reviews how it records stalking crimes'])
  })
})

describe('the inspectorate’s lead-in kept before each recommendation, in a register or index', () => {
  it('reads the words after "HMIC recommends that … should:" to the entry’s end, with or without a space after the colon', () => {
    const report = read(corpus('peel-2018-19-west-mercia-recommendations-accountabilityindex'))
    const recommendations = report.findings.filter((finding) => finding.kind === 'recommendation')
    expect(recommendations.map((finding) => finding.text)).toEqual([
      'conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
      'conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
      'expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
      'agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
      'clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
      'improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
      'ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
      'improve how it responds to reports of crimes, how it then allocates them, ensuring it allocates investigatio'
    ])
    expect(recommendations.map((finding) => (finding.kind === 'recommendation' ? finding.addressees.map((addressee) => addressee.name) : []))).toEqual([
      ['the force'],
      ['the force'],
      ['the force'],
      ['the force'],
      ['the force'],
      ['the force'],
      ['the force'],
      ['the force']
    ])
  })

  it('leaves the lead-in out under a "Recommendations" heading too, and in a tracker’s row, the force being who should act', () => {
    const report = read(
      'West Mercia Police\n\nRecommendations\n\nHMIC recommends that within six months the force should: ensure regular and active supervision of investigations.\n\nThe force should publish its plan.\n'
    )
    expect(report.findings.map((finding) => [finding.text, finding.kind === 'recommendation' ? finding.addressees.map((addressee) => addressee.referenceId) : []])).toEqual([
      ['ensure regular and active supervision of investigations.', ['west-mercia']],
      ['The force should publish its plan.', ['west-mercia']]
    ])
    const tracker = read(corpus('peel-2018-19-west-mercia-coc-recommendations-inquirytracker')).findings.filter((finding) => finding.kind === 'recommendation')
    expect(tracker.map((finding) => (finding.kind === 'recommendation' ? finding.addressees.map((addressee) => addressee.name) : []))).toEqual([['the force'], ['the force'], ['the force']])
  })

  it('reads the line after a lead-in alone on its line; traps: another body’s lead-in, a statement after the lead-in, a lead-in that demands nothing', () => {
    const report = read(
      [
        'HMIC recommends that within six months the force should:',
        'ensure regular and active supervision of the quality and progress of investigations.',
        'West Mercia Police',
        'The College of Policing recommends that forces should:',
        'review how they train call handlers in stalking.',
        'HMIC recommends that the force should immediately:',
        'The force has reviewed its investigative workload.',
        'HMIC recommends that, as follows: the force reviews its workload.',
        'HMIC recommends that the force should immediately:',
        'West Mercia Police'
      ].join('\n')
    )
    expect(ofKind(report.findings, 'recommendation')).toEqual(['ensure regular and active supervision of the quality and progress of investigations.'])
  })
})

describe('a cause of concern quoted right after its lead', () => {
  it('reads each quotation after "… set out this cause for concern:" and "… notes under its cause of concern:", to the closing mark or the cut-off end', () => {
    const report = read(corpus('frs-2018-tranche-1-fire-magazine-issuu'))
    expect(ofKind(report.findings, 'cause-of-concern')).toEqual([
      'Surrey Fire and Rescue Service doesn’t use its resources efficiently to manage risk or its financial and physical resources effectively to keep people safe',
      'It is sometimes slow to update mobile data terminals with risk information. Staff often rely on paper records. Staff in the critical control centre aren’t confident in the ICT systems which show availability of staff and fire engines. This leads to increased resources being mobilised or delays in attending incident'
    ])
  })

  it('traps: a cause closed or defined before the quotation is none; one raised in an earlier inspection is history', () => {
    const report = read(
      [
        'In its letter, the inspectorate closed its cause of concern: “The force doesn’t answer emergency calls quickly enough.” It found that calls are now answered promptly.',
        '',
        'A cause of concern is defined as: “a serious or critical shortcoming in a force’s practice, policy or performance”.',
        '',
        'In 2019 the inspectorate raised a cause of concern: “The service doesn’t have enough protection staff.” It returned this year.',
        '',
        'We revisited the service in May. We raised a cause of concern: “The service doesn’t audit high-risk premises.”'
      ].join('\n')
    )
    expect(ofKind(report.findings, 'cause-of-concern')).toEqual([])
    expect(report.history?.map((item) => [item.kind, item.text])).toEqual([
      ['cause-of-concern', 'The service doesn’t have enough protection staff.'],
      ['cause-of-concern', 'The service doesn’t audit high-risk premises.']
    ])
  })
})

describe('a cause of concern in indirect speech, in news prose', () => {
  it('reads the clause named a “cause of concern” in quotation marks without the label, and one named so without them with it', () => {
    expect(ofKind(read(corpus('frs-2021-22-norfolk-bbc-inadequate-preventing')).findings, 'cause-of-concern')).toEqual(['failures to identify people at risk'])
    // "The report notes that the force is good at … but notes that the historical backlog …": the last speech verb before the label.
    expect(ofKind(read(corpus('peel-2018-19-thames-valley-pcc-news')).findings, 'cause-of-concern')).toEqual(['the historical backlog in vetting officers is a cause for concern'])
  })

  it('traps: a cause closed or no longer one, someone else speaking, a pronoun, an overview’s "found", a definition, the inspectorate’s own "we said"; an earlier inspection’s is history', () => {
    const report = read(
      [
        'Inspectors said the backlog of vetting checks was a cause of concern that has since been discharged.',
        '',
        'The chief constable said the shortage of detectives was a cause of concern for the force.',
        '',
        'Inspectors said this was a cause of concern.',
        '',
        'HMIC found that the force’s approach to demand is a cause of concern.',
        '',
        'The report says that a cause of concern is a serious shortcoming in practice.',
        '',
        'In our 2021 report, we said that the force’s handling of emergency calls was a cause of concern.',
        '',
        'In 2019 inspectors said the force’s handling of missing children was a cause of concern.'
      ].join('\n')
    )
    expect(ofKind(report.findings, 'cause-of-concern')).toEqual([])
    expect(report.history?.map((item) => [item.kind, item.text])).toEqual([['cause-of-concern', 'the force’s handling of missing children was a cause of concern']])
  })
})

describe('a counted causes lead-in followed by the causes as paragraphs', () => {
  it('reads as many paragraphs as the lead-in counts ("There were three main causes of concern, which were:"), not the article going on after them', () => {
    expect(ofKind(read(corpus('custody-cleveland-2021-itv-news')).findings, 'cause-of-concern')).toEqual([
      'The safety of detainees in custody, including unsatisfactory monitoring of detainees on CCTV and officers watching detainees in person not being properly briefed on the risks.',
      'The use of force on detainees, which is not always recorded accurately or at all, and which sometimes appeared unnecessary.',
      'Poor detainee care, including food and drink not always being proactively provided, and limited access to showers, exercise and reading materials.'
    ])
  })

  it('trap: once the counted causes are read, a paragraph stating a failing is the article’s, not a cause', () => {
    const report = read(
      [
        'Inspectors identified two causes of concern, which were:',
        '',
        'The force does not always manage detainees’ risks effectively.',
        '',
        'Detainees wait too long for a mental health assessment.',
        '',
        'Staff did not always record the use of force, the report added.'
      ].join('\n')
    )
    expect(ofKind(report.findings, 'cause-of-concern')).toEqual([
      'The force does not always manage detainees’ risks effectively.',
      'Detainees wait too long for a mental health assessment.'
    ])
  })
})

describe('a register entry’s cause calling itself one in its opening sentence', () => {
  it('reads the statement under "Cause of concern" whose last sentence says it endures from an earlier report', () => {
    const report = read(corpus('coc-register-missing-children-west-midlands-2016'))
    const causes = ofKind(report.findings, 'cause-of-concern')
    expect(causes.map((text) => [text.slice(0, 83), text.slice(-81)])).toEqual([
      ['The force’s response to missing and absent children is a cause of concern to HMIC. ', 'This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.']
    ])
  })

  it('traps: a paragraph pointing back, or defining causes, still speaks of them', () => {
    expect(speaksOfCauses('This is a cause of concern to HMIC. We will revisit the force in 2017 to review its progress against the cause of concern.')).toBe(true)
    expect(speaksOfCauses('A cause of concern is a serious or critical shortcoming. A cause of concern will always be accompanied by recommendations.')).toBe(true)
    expect(speaksOfCauses('The force’s approach to demand is a cause of concern to HMIC. It has not reviewed how it answers calls since 2015.')).toBe(false)
  })
})
