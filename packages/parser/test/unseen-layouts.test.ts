import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Layouts of findings on pages that are not the inspectorate's own: a recommendations tracker's
// table rows, a news release's "has recommended that … should make sure:" lead-in, a committee
// paper's quoted list of areas for improvement that lost its bullets; and the traps that say what
// was done, not what should be (a list after a recommendations lead-in, the status after a
// recommendation's label). Excerpts of tuned corpus pages
// (peel-2018-19-west-mercia-coc-recommendations-inquirytracker,
// accelerated-coc-hertfordshire-frs-2024-10-wired-gov,
// peel-2015-northamptonshire-efficiency-audit-committee-paperzz), shortened where marked.

const read = (text: string) => parseReport(text, {format: 'text'}).report
const ofKind = (findings: readonly Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind)
const quoted = (text: string, finding: Finding) => text.slice(finding.position.start.offset, finding.position.end.offset)

describe('a recommendations tracker’s table rows', () => {
  const cause = 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public.'
  const text = [
    'Recommendations (14)',
    '| # | Recommendation | Directed at | Status |',
    '|---|---|---|---|',
    `| T10 | Cause of concern: ${cause} Recommendation: HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed; | West Mercia Police | Completed |`,
    `| T11 | Cause of concern: ${cause} Recommendation: HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail; | West Mercia Police | Completed |`,
    '| T12 | Cause of concern: The force does not have the capacity or capability to inves'
  ].join('\n')

  it('reads each row’s cause once and its recommendation without the lead-in, filed under the cause, each at its own span', () => {
    const report = read(text)
    const causes = ofKind(report.findings, 'cause-of-concern')
    expect(causes.map((finding) => finding.text)).toEqual([cause])
    const recommendations = ofKind(report.findings, 'recommendation')
    expect(recommendations.map((finding) => [finding.text, finding.kind === 'recommendation' ? finding.causeOfConcern : undefined])).toEqual([
      ['improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;', causes[0]!.id],
      ['improve its understanding of suspects released under investigation and the management of those released on bail;', causes[0]!.id]
    ])
    for (const finding of [...causes, ...recommendations]) expect(quoted(text, finding)).toBe(finding.text)
  })

  it('trap: the row the copy cut off, the header, the addressee and status columns give nothing more', () => {
    const report = read(text)
    expect(report.findings).toHaveLength(3)
    expect(read(['| # | Recommendation | Directed at | Status |', '|---|---|---|---|', '| T12 | Cause of concern: The force does not have the capacity or capability to inves'].join('\n')).findings).toEqual([])
  })
})

describe('a news release’s "has recommended that … should make sure:" lead-in', () => {
  it('reads the items after it as recommendations, the last one cut off as printed', () => {
    const text = [
      'HMICFRS has therefore issued an accelerated cause of concern to Hertfordshire Fire and Rescue Service.',
      'HMICFRS has recommended that Hertfordshire Fire and Rescue Service should make sure:',
      '- it creates a robust system to effectively and consistently define the levels of risk in the community;',
      '- it creates and maintains clear timeframes relative to risk;',
      '- its prevention department has enough resources to carry out all its prevention activity and it reviews whether wholetime and on-call firefighters can'
    ].join('\n')
    const recommendations = ofKind(read(text).findings, 'recommendation')
    expect(recommendations.map((finding) => finding.text)).toEqual([
      'it creates a robust system to effectively and consistently define the levels of risk in the community;',
      'it creates and maintains clear timeframes relative to risk;',
      'its prevention department has enough resources to carry out all its prevention activity and it reviews whether wholetime and on-call firefighters can'
    ])
    for (const finding of recommendations) expect(quoted(text, finding)).toBe(finding.text)
  })

  it('trap: the same lead-in said of an earlier inspection restates no recommendation of this report', () => {
    const text = ['In 2019, HMICFRS has recommended that the service should make sure:', '- it creates and maintains clear timeframes relative to risk;'].join('\n')
    expect(ofKind(read(text).findings, 'recommendation')).toEqual([])
  })
})

describe('a committee paper’s quoted areas for improvement that lost their bullets', () => {
  // Paragraphs 2.3 and 2.4 of the paper, run on as the extracted text prints them (2.4 shortened).
  const text =
    '2.3 The PEEL Efficiency inspection report on the force was published in October. As part of the Inspectorate’s developing approach to improve and rationalise its reporting, the text included a small number of broad ‘Areas for Improvement’ (AFIs) rather than a host of detailed recommendations: The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public The force should develop its understanding of the links between its outcomes, outputs and costs The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them. 2.4 Leadership and co-ordination of the force’s response to these AFIs has been remitted to the Service Delivery Model team.'

  it('reads each item from its "The force should" to the next, the last to the next numbered paragraph', () => {
    const areas = ofKind(read(text).findings, 'area-for-improvement')
    expect(areas.map((finding) => finding.text)).toEqual([
      'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
      'The force should develop its understanding of the links between its outcomes, outputs and costs',
      'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.'
    ])
    for (const finding of areas) expect(quoted(text, finding)).toBe(finding.text)
  })

  it('trap: one item, or a lead-in of an earlier inspection’s areas, gives nothing', () => {
    expect(read('In our 2014 report we set out areas for improvement: The force should review its demand. The force should publish a plan. 2.4 Next steps.').findings).toEqual([])
    expect(read('The report set out areas for improvement: The force should review its demand and publish a plan. 2.4 Next steps.').findings).toEqual([])
  })
})

describe('a list after a lead-in that only names recommendations', () => {
  it('trap: items saying what was done about the recommendations are not recommendations', () => {
    const text = ['# Update', '', 'In response to the recommendations, the force has taken these actions:', '', '- The force has introduced a new triage process for calls.', '- A new vetting team was set up in June.'].join('\n')
    expect(read(text).findings).toEqual([])
    expect(read(['# Update', '', 'The recommendations and the force’s response:', '', '- 14 recommendations in total', '- 12 completed'].join('\n')).findings).toEqual([])
  })

  it('still reads items that open with their verb, or that say "should"', () => {
    const text = ['# Report', '', 'We make the following recommendations:', '', '- Develop a plan to improve call handling within three months.', '- The force should review its vetting backlog.'].join('\n')
    expect(ofKind(read(text).findings, 'recommendation').map((finding) => finding.text)).toEqual(['Develop a plan to improve call handling within three months.', 'The force should review its vetting backlog.'])
  })
})

describe('a recommendation’s label followed by its status', () => {
  it('trap: a progress report’s "Recommendation 1: The force has completed …" and "Recommendation 2: Partially met." are no recommendations', () => {
    const text = ['# Progress against recommendations', '', 'Recommendation 1: The force has completed this recommendation and it is now closed.', '', 'Recommendation 2: Partially met. Work is ongoing to recruit investigators.'].join('\n')
    expect(read(text).findings).toEqual([])
  })

  it('still reads a labelled recommendation that demands, or says "We recommend that"', () => {
    const text = ['Recommendation 1: By 31 March 2022, chief constables should publish their vetting plans.', '', 'Recommendation 2: We recommend that the force reviews its vetting backlog.'].join('\n')
    expect(ofKind(read(text).findings, 'recommendation').map((finding) => finding.text)).toEqual(['By 31 March 2022, chief constables should publish their vetting plans.', 'We recommend that the force reviews its vetting backlog.'])
  })
})

