import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Worded findings in forms of pages the parser had not seen (issue #11): custody releases, trade
// press and broadcasters' copy, national reports and closure letters. Short verbatim excerpts of
// tuned corpus pages, each with the trap that looks like it.

const findings = (text: string) => parseReport(text, {format: 'text'}).report.findings
const ofKind = (list: readonly Finding[], kind: Finding['kind']) => list.filter((finding) => finding.kind === kind).map((finding) => finding.text)

describe('a custody release’s key areas for concern', () => {
  // custody-merseyside-2018-news
  const release = [
    'An inspection of the treatment and conditions for detainees in Merseyside Police custody found a mixture of some positive aspects and key causes of concern.',
    '',
    'However, inspectors from HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services, in a joint inspection in June 2018, noted that the service delivered to detainees did not reflect the force’s strategic objectives. They highlighted three key areas for concern:',
    '',
    '  • The force did not always manage detainees’ risks effectively enough to ensure their safe detention. Some staff were unaware of the need to rouse intoxicated detainees.',
    '  • The force’s approach to managing the demand for custody was not effective, which meant some detainees spent longer in custody than necessary. The force depended on officers working overtime.',
    ''
  ].join('\n')

  it('reads each bullet’s opening statement as a cause of this report, once the page has called them causes', () => {
    expect(findings(release).map((finding) => [finding.kind, finding.text])).toEqual([
      ['cause-of-concern', 'The force did not always manage detainees’ risks effectively enough to ensure their safe detention.'],
      ['cause-of-concern', 'The force’s approach to managing the demand for custody was not effective, which meant some detainees spent longer in custody than necessary.']
    ])
  })

  it('reads nothing where the release never calls them causes of concern', () => {
    // custody-dyfed-powys-2018-news
    const text = [
      'Inspectors found some other areas for concern:',
      '',
      '  • The force did not always comply with a number of significant areas of Code C of the PACE Codes of Practice for the detention, treatment and questioning of suspects. The report noted: “This was a serious concern that we expected the force to address immediately.”',
      ''
    ].join('\n')
    expect(findings(text)).toEqual([])
  })
})

describe('a recommendation a news item reports in the past tense', () => {
  it('gives what was recommended after “recommended that”', () => {
    // custody-norfolk-suffolk-2018-police-professional
    const text = 'The inspectorates also recommended that incidents should be cross-referenced to CCTV to demonstrate that the force used is proportionate and justified. \n'
    expect(ofKind(findings(text), 'recommendation')).toEqual(['incidents should be cross-referenced to CCTV to demonstrate that the force used is proportionate and justified.'])
  })

  it('gives the gerund phrase after “recommended”', () => {
    // regional-soc-south-east-2024-hellorayo
    const text = 'The report also recommended identifying and promoting innovative practices within the unit.\n'
    expect(ofKind(findings(text), 'recommendation')).toEqual(['identifying and promoting innovative practices within the unit.'])
  })

  it('keeps the sentence whole where a subject and its demand follow the verb', () => {
    // peel-2021-22-staffordshire-bbc-news
    const text = 'The report recommended the force must also improve how it monitors known offenders and suspects yet to be detained.\n'
    expect(ofKind(findings(text), 'recommendation')).toEqual(['The report recommended the force must also improve how it monitors known offenders and suspects yet to be detained.'])
  })
})

describe('a news item’s lead-in to the recommendations in the past tense', () => {
  it('reads the items after “recommended that within six months, the force should:”', () => {
    // coc-closure-gloucestershire-constabulary-2024-12-police-professional
    const text = [
      'His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services recommended that within six months, Gloucestershire Constabulary should:',
      '- Make sure it can answer a greater proportion of emergency calls more quickly to provide a better service for the public; and',
      '- Make sure it can answer a greater proportion of non-emergency 101 calls so that caller abandonment levels are reduced and kept as low as possible.',
      ''
    ].join('\n')
    expect(ofKind(findings(text), 'recommendation')).toEqual([
      'Make sure it can answer a greater proportion of emergency calls more quickly to provide a better service for the public; and',
      'Make sure it can answer a greater proportion of non-emergency 101 calls so that caller abandonment levels are reduced and kept as low as possible.'
    ])
  })
})

describe('a national report’s recommendations in a release or an article', () => {
  it('reads each point that says what the Government should do, not the findings beside it', () => {
    // thematic-state-of-fire-2023-wired-gov
    const text = [
      'In his annual assessment of England’s fire and rescue services, Andy Cooke, His Majesty’s Chief Inspector of Fire & Rescue Services, said that:',
      '',
      'the inspectorate needs more powers to ensure the fire and rescue sector act on its recommendations. For example, the Government should make it a legal requirement for fire and rescue authorities to publish a response to inspection reports;',
      '',
      'the Government should prioritise reform and publicly commit to an achievable timescale for making its proposed changes;',
      '',
      'services must do more to improve their values and culture to remove unacceptable behaviours such as bullying, harassment and discrimination, which persist in small pockets; and',
      ''
    ].join('\n')
    expect(ofKind(findings(text), 'recommendation')).toEqual([
      'the Government should make it a legal requirement for fire and rescue authorities to publish a response to inspection reports;',
      'the Government should prioritise reform and publicly commit to an achievable timescale for making its proposed changes;'
    ])
  })

  it('reads what a sentence naming the recommendations lists after its colon, not the observations listed the same way', () => {
    // thematic-state-of-policing-2022-solicitors-journal
    const text = [
      'The report details the widespread systemic failings in the police and criminal justice system, and calls for definitive action to be taken to address the failings. Specific observations made in the report, include: that the police need to prioritise the issues that matter most to the public; and that critical elements of the police service’s leadership and workforce arrangements need substantial reform.',
      '',
      'The recommendations to the government and chief constables, include: the need to review legislation to make HMICFRS’s remit of inspection'
    ].join('\n')
    expect(findings(text).map((finding) => [finding.kind, finding.text])).toEqual([['recommendation', 'the need to review legislation to make HMICFRS’s remit of inspection']])
  })
})

describe('a closure article giving the cause it names in the next paragraph', () => {
  // coc-closure-gloucestershire-constabulary-2024-12-police-professional
  const named =
    'In a letter to Ms Blyth, Mr Wilsher said: “I am writing to you to confirm we are closing the cause of concern we raised in our 2023‑25 police efficiency, effectiveness and legitimacy inspection.”'
  const found =
    'The inspection had found that the constabulary needed to improve the time it takes to answer emergency and non-emergency calls, and also the time it takes to answer emergency calls for service.'

  it('reads what the inspection had found as that earlier inspection’s cause', () => {
    const {report} = parseReport(`${named}\n\n${found}\n`, {format: 'text'})
    expect(report.findings).toEqual([])
    expect((report.history ?? []).map((item) => [item.kind, item.text])).toEqual([
      ['cause-of-concern', 'the constabulary needed to improve the time it takes to answer emergency and non-emergency calls, and also the time it takes to answer emergency calls for service.']
    ])
  })

  it('reads it in the paragraph naming the cause, and the cause a sentence says was that …', () => {
    const same = 'A cause of concern about the service’s prevention work has been closed. The inspectorate had found that the service was not doing enough to prevent fires.\n'
    expect((parseReport(same, {format: 'text'}).report.history ?? []).map((item) => item.text)).toEqual(['the service was not doing enough to prevent fires.'])
    const was = 'The cause of concern, raised in 2022, was that the force did not adequately identify vulnerable victims.\n'
    expect((parseReport(was, {format: 'text'}).report.history ?? []).map((item) => item.text)).toEqual(['the force did not adequately identify vulnerable victims'])
  })

  it('reads nothing where no cause was named before it', () => {
    const {report} = parseReport(`${found}\n`, {format: 'text'})
    expect([...report.findings, ...(report.history ?? [])]).toEqual([])
  })
})

describe('the same forms as other pages print them', () => {
  it('reads the Government’s points listed as bullets, not a finding about forces beside them', () => {
    const text = [
      'In his annual assessment, the chief inspector said that:',
      '',
      '  • the Home Office should fund a national police IT programme;',
      '  • the Government should set out a timetable for reform; and',
      '  • forces are not doing enough to tackle violence against women and girls.',
      ''
    ].join('\n')
    expect(ofKind(findings(text), 'recommendation')).toEqual(['the Home Office should fund a national police IT programme;', 'the Government should set out a timetable for reform; and'])
  })

  it('reads nothing where someone else says what the Government should do', () => {
    expect(findings('Members of the authority have said the report shows the government should drop major reform plans.\n')).toEqual([])
    expect(findings('“The Government should fund us properly,” said the chief fire officer.\n')).toEqual([])
    expect(findings('The chief fire officer said: “We welcome the report. The Government should fund fire and rescue services properly.”\n')).toEqual([])
  })

  it('reads the report’s recommendations listed after naming them, split at semicolons', () => {
    const text = 'The report’s recommendations include: chief constables should review their vetting processes; and the College of Policing should update its guidance.\n'
    expect(ofKind(findings(text), 'recommendation')).toEqual(['chief constables should review their vetting processes', 'the College of Policing should update its guidance'])
  })

  it('reads a custody release’s areas of concern once the page has called them causes', () => {
    const text = [
      'The report, published today, found some positive practice and key causes of concern.',
      '',
      'Inspectors highlighted the following areas of concern:',
      '',
      '  • The force did not always comply with PACE. Reviews were late.',
      ''
    ].join('\n')
    expect(ofKind(findings(text), 'cause-of-concern')).toEqual(['The force did not always comply with PACE.'])
  })

  it('reads one of several recommendations a news item gives after “including that”, not a list of topics', () => {
    const text = 'HMICFRS has made four recommendations, including that the Home Office should introduce a statutory requirement for forces to publish data.\n'
    expect(ofKind(findings(text), 'recommendation')).toEqual(['that the Home Office should introduce a statutory requirement for forces to publish data.'])
    // frs-2021-22-kent-state-of-fire-2022-emergency-services-times
    const topics =
      'The Government is yet to publish its response to the consultation on the Fire Reform White Paper where it addressed some of the inspectorate’s recommendations including the operational independence of chief fire officers, reviewing the machinery behind pay and conditions and consideration of the role of the firefighter.\n'
    expect(findings(topics)).toEqual([])
  })

  it('reads an area for improvement a news item gives after its count and a colon, or after “including that”', () => {
    const one = 'The inspectorate identified one area for improvement: the force should make sure it records the use of force accurately.\n'
    expect(findings(one).map((finding) => [finding.kind, finding.text])).toEqual([['area-for-improvement', 'the force should make sure it records the use of force accurately.']])
    const several = 'Inspectors identified five areas for improvement, including that the unit should improve its analytical capability.\n'
    expect(ofKind(findings(several), 'area-for-improvement')).toEqual(['that the unit should improve its analytical capability.'])
    // peel-2018-bedfordshire-efficiency-detailed-findings: an earlier inspection's, restated.
    const earlier =
      'In 2017, we identified two areas for improvement: we said that the force should develop its understanding of demand, obtaining data from wider sources; and we said that the force should ensure that its assessment of emerging and future demand is fully developed and regularly updated.\n'
    expect(ofKind(findings(earlier), 'area-for-improvement')).toEqual([])
  })

  it('gives no recommendation of an earlier inspection reported in the past tense', () => {
    expect(findings('In 2019, HMICFRS recommended that the force should improve its call handling.\n')).toEqual([])
  })
})
