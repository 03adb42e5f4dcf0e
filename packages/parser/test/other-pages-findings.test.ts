import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Worded findings as pages other than HMICFRS's own layout report them: commissioners' news pages,
// local and trade press. Each form with its trap; the real pages are named by address (not fixtures).

const findings = (text: string) => parseReport(text, {format: 'text'}).report.findings
const pairs = (text: string) => findings(text).map((finding: Finding) => [finding.kind, finding.text])

describe('a recommendation reported with a sentence adverb, a lead phrase or a bare verb', () => {
  it('reads the sentence whose subject is the report, an adverb after it, and a force with a bare verb', () => {
    // https://norfolk-pcc.gov.uk/news/norfolks-pcc-welcomes-report-praising-norfolk-constabularys-innovative-approach
    const text = [
      'Norfolk’s Police and Crime Commissioner has welcomed the publication of a report which has praised Norfolk Constabulary for its “innovative” approach to policing.',
      '',
      'The report however recommended the constabulary build on work to identify leadership capabilities and opportunities for police staff.',
      ''
    ].join('\n')
    expect(pairs(text)).toEqual([
      ['recommendation', 'The report however recommended the constabulary build on work to identify leadership capabilities and opportunities for police staff.']
    ])
  })

  it('reads the clause after “recommended that” when the inspectorate is set off by commas or named after “In its report”', () => {
    expect(pairs('HMICFRS, however, recommended that the force should review how it supervises investigations.\n')).toEqual([
      ['recommendation', 'the force should review how it supervises investigations.']
    ])
    expect(pairs('In its report, the inspectorate recommended that the service should improve how it audits high-risk premises.\n')).toEqual([
      ['recommendation', 'the service should improve how it audits high-risk premises.']
    ])
    expect(pairs('The police watchdog recommended that the force should review its use of bail for suspects.\n')).toEqual([
      ['recommendation', 'the force should review its use of bail for suspects.']
    ])
  })

  it('reads nothing where the force’s verb is indicative, a count, or the inspector’s judgment that it needs to improve', () => {
    expect(findings('The report recommended the force is given more money to recruit detectives.\n')).toEqual([])
    expect(findings('The report recommended the force uses its existing powers more often.\n')).toEqual([])
    expect(findings('The report made six recommendations for the force.\n')).toEqual([])
    // https://www.thenorthernecho.co.uk/news/19101678.domestic-abuse-results-improving-cleveland-police-improves-performance/
    expect(findings('Inspector of Constabulary Wendy Williams praised the work so far but says the force still needs to improve how it records violent crime, particularly those crimes that relate to domestic abuse.\n')).toEqual([])
  })
})

describe('innovative and promising practice a news item reports', () => {
  it('reads the sentence in which the inspectors or the report found the practice, and where', () => {
    expect(pairs('Inspectors also found an example of promising practice in the way the service trains volunteers to fit smoke alarms.\n')).toEqual([
      ['promising-practice', 'Inspectors also found an example of promising practice in the way the service trains volunteers to fit smoke alarms.']
    ])
    expect(pairs('The report highlighted innovative practice in how the force uses drones to find missing people.\n')).toEqual([
      ['innovative-practice', 'The report highlighted innovative practice in how the force uses drones to find missing people.']
    ])
  })

  it('reads the sentence that says, in the passive, that what it opens with was called such practice', () => {
    expect(pairs('The force’s triage car scheme with mental health nurses was highlighted by inspectors as an example of innovative practice.\n')).toEqual([
      ['innovative-practice', 'The force’s triage car scheme with mental health nurses was highlighted by inspectors as an example of innovative practice.']
    ])
  })

  it('reads nothing for praise without the label, a count, a negation or an earlier inspection’s practice', () => {
    // https://www.bbc.com/news/uk-england-coventry-warwickshire-66789618
    expect(findings('Some progress had been made in "most areas", including the service\'s approach to equality and diversity, with "positive practice" in leadership development, HMICFRS said.\n')).toEqual([])
    expect(findings('Inspectors found two examples of innovative practice in the force.\n')).toEqual([])
    expect(findings('Inspectors did not find any innovative practice in the force’s approach to stalking.\n')).toEqual([])
    expect(findings('The scheme was highlighted as innovative practice in the previous inspection.\n')).toEqual([])
  })
})

describe('a recommendation a page gives as the complement, in apposition or under its owner’s label', () => {
  it('reads the clause after “was that” when the recommendation is the inspectorate’s, the report’s or one of theirs', () => {
    expect(pairs('HMICFRS’s recommendation was that the force should make sure it records crime accurately.\n')).toEqual([
      ['recommendation', 'the force should make sure it records crime accurately.']
    ])
    expect(pairs('One of the recommendations is that the force should review how it allocates investigations.\n')).toEqual([
      ['recommendation', 'the force should review how it allocates investigations.']
    ])
  })

  it('reads the recommendation a report made in apposition after a comma, or named after a colon and given unquoted', () => {
    expect(pairs('HMICFRS made one recommendation, that the force should review its approach to missing children.\n')).toEqual([
      ['recommendation', 'that the force should review its approach to missing children.']
    ])
    expect(pairs('The report makes the following recommendation: by 31 March 2024, the force should make sure it records crime accurately.\n')).toEqual([
      ['recommendation', 'by 31 March 2024, the force should make sure it records crime accurately.']
    ])
  })

  it('reads a label its owner names first as the label', () => {
    expect(pairs('HMICFRS recommendation: By 31 March 2024, the force should make sure it records crime accurately.\n')).toEqual([
      ['recommendation', 'By 31 March 2024, the force should make sure it records crime accurately.']
    ])
  })

  it('reads nothing for a count, a recommendation of an earlier inspection, or one that demands nothing', () => {
    expect(findings('HMICFRS made one recommendation and four areas for improvement.\n')).toEqual([])
    expect(findings('In 2019 the recommendation was that the force should review its approach to missing children.\n')).toEqual([])
    expect(findings('One of the recommendations is that the force’s plan is already under way.\n')).toEqual([])
  })
})

describe('a cause of concern named before the clause that gives it', () => {
  it('reads the clause after “it was a cause of concern that” when the inspectorate says so', () => {
    expect(pairs('Inspectors said it was a cause of concern that the force does not respond to emergency calls quickly enough.\n')).toEqual([
      ['cause-of-concern', 'the force does not respond to emergency calls quickly enough']
    ])
    expect(pairs('HMICFRS found it a “cause of concern” that the service does not have enough staff to audit high-risk buildings.\n')).toEqual([
      ['cause-of-concern', 'the service does not have enough staff to audit high-risk buildings']
    ])
  })

  it('reads the clause after the cause is named and a comma and speech verb, or “which was”, or a colon follow', () => {
    expect(pairs('HMICFRS issued a cause of concern, stating that the force does not supervise investigations well enough.\n')).toEqual([
      ['cause-of-concern', 'the force does not supervise investigations well enough']
    ])
    expect(pairs('A cause of concern was identified: the service is not meeting its own target for fire safety audits.\n')).toEqual([
      ['cause-of-concern', 'the service is not meeting its own target for fire safety audits']
    ])
  })

  it('reads nothing said by someone else, of an earlier inspection, of a closed cause, or pointing back', () => {
    expect(findings('The chief constable said it was a cause of concern that funding had been cut again.\n')).toEqual([])
    expect(findings('In its 2021 inspection HMICFRS identified one cause of concern, saying prevention activity was not a high enough priority for the service.\n')).toEqual([])
    expect(findings('Inspectors said it was a cause of concern that had since been closed by the force.\n')).toEqual([])
    expect(findings('HMICFRS issued a cause of concern, stating that this must change.\n')).toEqual([])
  })
})

describe('an area for improvement a page gives as a complement, in apposition or listed after naming them', () => {
  it('reads the clause after “An area for improvement is that” and after “an area for improvement, which was”', () => {
    expect(pairs('An area for improvement is that the force should improve how it supervises investigations.\n')).toEqual([
      ['area-for-improvement', 'the force should improve how it supervises investigations.']
    ])
    expect(pairs('Inspectors identified an area for improvement, which was that the force should improve how it supervises investigations.\n')).toEqual([
      ['area-for-improvement', 'that the force should improve how it supervises investigations.']
    ])
  })

  it('reads each demand listed after “Areas for improvement included:”, split at semicolons', () => {
    expect(pairs('Areas for improvement included: the force should improve how it supervises investigations; and the force should make sure it records crime accurately.\n')).toEqual([
      ['area-for-improvement', 'the force should improve how it supervises investigations'],
      ['area-for-improvement', 'the force should make sure it records crime accurately']
    ])
  })

  it('reads nothing for a list of topics, a topic after “in”, or an area with a relative clause', () => {
    expect(findings('Areas for improvement included: investigations; the control room; and vetting.\n')).toEqual([])
    expect(findings('The report identified an area for improvement in how the force supervises investigations.\n')).toEqual([])
    expect(findings('Inspectors identified an area for improvement that the force must now address.\n')).toEqual([])
  })
})
