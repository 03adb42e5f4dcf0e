import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {causeClauses} from '../src/lib/report/readers/cause-clauses.js'
import {causeLeadIns} from '../src/lib/report/readers/cause-lead-ins.js'
import {causeStatementLines} from '../src/lib/report/readers/cause-statement-lines.js'
import {engageReasons} from '../src/lib/report/readers/engage-reasons.js'
import {corpus, readWith} from './reading.js'

// Causes of concern and their recommendations in the forms of letters and listing pages: a list of
// forces in Engage with each force's reasons, a lead-in pointing back ("These were:"), a cause
// stated as a clause inside a sentence, a one-line statement under a titled cause heading. Each on
// a real page and on constructed text, with the traps each form sits next to.

const kindsAndTexts = (text: string) => {
  const {report} = parseReport(text)
  return {
    findings: report.findings.map((finding) => [finding.kind, finding.text]),
    history: (report.history ?? []).map((finding) => [finding.kind, finding.text])
  }
}

describe('a list of forces in Engage', () => {
  it('reads each force’s reasons, under "Entered Engage", the year alone and a "Reasons" label, as causes of that force', () => {
    const {text, title} = corpus('engage-police-forces-in-engage-list')
    const read = readWith([engageReasons], text, title)
    expect(read.history).toEqual([])
    expect(read.findings.map((finding) => [finding.kind, finding.subject, finding.text.slice(0, 60), finding.position.start.line])).toEqual([
      ['cause-of-concern', 'Cleveland Police', 'The force doesn’t appropriately prioritise crime prevention.', 7],
      ['cause-of-concern', 'Cleveland Police', 'Cleveland Police is failing to respond appropriately to vuln', 8],
      ['cause-of-concern', 'Cleveland Police', 'Cleveland Police doesn’t adequately understand the demand it', 9],
      ['cause-of-concern', 'Cleveland Police', 'Cleveland Police doesn’t adequately engage with local commun', 10],
      ['cause-of-concern', 'Cleveland Police', 'Many senior leaders (superintending and chief officer ranks,', 11],
      ['cause-of-concern', 'Cleveland Police', 'Cleveland Police doesn’t consistently treat its workforce wi', 12],
      ['cause-of-concern', 'Devon and Cornwall Police', 'The force’s crime recording has deteriorated since our last ', 18],
      ['cause-of-concern', 'Devon and Cornwall Police', 'The force does not answer, or respond to,', 19]
    ])
    expect(read.findings[1]!.text).toBe('Cleveland Police is failing to respond appropriately to vulnerable people, including children. It is missing opportunities to safeguard them and is exposing them to risk.')
  })

  it('reads a fire service’s entry with its month, and nothing from a removal’s list of improvements', () => {
    const text = [
      'Fire and rescue services in Engage',
      'Avon Fire and Rescue Service',
      'Entered Engage',
      'March 2024',
      'Reasons',
      '- The service doesn’t have enough protection staff to carry out its risk-based inspection programme.',
      '- The service hasn’t done enough to promote a positive workplace culture.',
      'Related report',
      'Services removed from Engage',
      'Removed from Engage',
      '2025',
      'Improvements',
      '- The service now has enough protection staff.',
      ''
    ].join('\n')
    expect(kindsAndTexts(text)).toEqual({
      findings: [
        ['cause-of-concern', 'The service doesn’t have enough protection staff to carry out its risk-based inspection programme.'],
        ['cause-of-concern', 'The service hasn’t done enough to promote a positive workplace culture.']
      ],
      history: []
    })
  })

  it('reads no reasons under a "Reasons" label that no "Entered Engage" opened', () => {
    const text = ['Monitoring forces', 'Reasons', '- The force has improved how it answers calls.', ''].join('\n')
    expect(kindsAndTexts(text)).toEqual({findings: [], history: []})
  })
})

describe('a lead-in pointing back to the sentence before ("These were:")', () => {
  it('reads the causes a revisit letter restates after "the causes of concern we gave … These were:" as history', () => {
    const {text, title} = corpus('frs-northamptonshire-coc-revisit-2021-03')
    const read = readWith([causeLeadIns], text, title)
    expect(read.findings).toEqual([])
    expect(read.history.map((item) => [item.kind, item.text, item.position.start.line])).toEqual([
      [
        'cause-of-concern',
        'The service’s fire engine availability is regularly less than the minimum number of engines needed to give fire cover to the public of Northamptonshire. And control room supervisors don’t routinely notify the officer on duty when fire engine availability falls below the minimum level as outlined in the operational response mobilising policy. The service has no formal process to manage this situation when the officer on duty has been notified.',
        16
      ],
      [
        'cause-of-concern',
        'The service can’t assure itself that its firefighters have all safety-critical skills needed to respond to emergency incidents. Training records on the central training database were out of date. Also, line managers weren’t keeping competence records up to date.',
        17
      ]
    ])
  })

  it('reads nothing when the sentence pointed back to names no cause of concern, or only counts them', () => {
    const recommendations = ['Revisit letter', '', 'We made three recommendations in our 2019 report. These were:', '', '1. The force should review its call handling.', ''].join('\n')
    expect(kindsAndTexts(recommendations).history.filter(([kind]) => kind === 'cause-of-concern')).toEqual([])
    const progress = ['Revisit letter', '', 'We are satisfied that the service has made progress against the causes of concern we identified. This is positive.', ''].join('\n')
    expect(kindsAndTexts(progress)).toEqual({findings: [], history: []})
  })
})

describe('a cause of concern stated as a clause inside a sentence', () => {
  it('reads the clause and the recommendations after "They were that, by …, the service should:" as history', () => {
    const {text, title} = corpus('frs-hampshire-iow-coc-progress-2021-06')
    const read = readWith([causeClauses], text, title)
    expect(read.findings).toEqual([])
    expect(read.history.map((item) => [item.kind, item.text, item.position.start.line])).toEqual([
      ['cause-of-concern', 'they didn’t do enough to be an inclusive employer', 23],
      ['recommendation', 'put in place [Isle of Wight]/embed [Hampshire] a programme to ensure that inclusion, fairness, equalities and professional development are priorities for the service;', 24],
      ['recommendation', 'ensure that recruitment activities are open and accessible to all;', 25],
      ['recommendation', 'treat employees according to their needs so they feel valued;', 26],
      ['recommendation', 'ensure that each person’s potential can be developed so that the best can reach the top [Isle of Wight], so they can perform to their very best [Hampshire];', 27],
      ['recommendation', 'ensure that the chief officer team leads the programme, actively promoting the values of the organisation; and', 28],
      ['recommendation', 'ensure that everyone knows how they contribute to the values.', 29]
    ])
    // The quoted clause is exact: its position slices it from the page.
    const cause = read.history[0]!
    expect(text.slice(cause.position.start.offset, cause.position.end.offset)).toBe(cause.text)
  })

  it('reads a clause of this inspection as a finding, and its recommendations nested under it', () => {
    const text = [
      'Letter to the chief constable',
      '',
      'We have identified as a cause of concern that the force does not understand the demand it faces. To address this, the force should:',
      '',
      '- produce a demand assessment;',
      '- align its workforce plan to it.',
      '',
      'We will revisit the force in 2026.',
      ''
    ].join('\n')
    expect(kindsAndTexts(text)).toEqual({
      findings: [
        ['cause-of-concern', 'the force does not understand the demand it faces'],
        ['recommendation', 'produce a demand assessment;'],
        ['recommendation', 'align its workforce plan to it.']
      ],
      history: []
    })
  })

  it('ends the recommendations at the next item of a flattened list, a progress note', () => {
    const text = [
      'Progress letter',
      '',
      '  1. We first inspected the service in 2019. We identified as a cause of concern that it didn’t do enough to keep the public safe. They were that, by 31 March 2020, the service should:',
      '  1. review its risk-based inspection programme;',
      '  2. train its protection staff.',
      '  1. In 2020, the service submitted an action plan, which we monitored.',
      ''
    ].join('\n')
    expect(kindsAndTexts(text)).toEqual({
      findings: [],
      history: [
        ['cause-of-concern', 'it didn’t do enough to keep the public safe'],
        ['recommendation', 'review its risk-based inspection programme;'],
        ['recommendation', 'train its protection staff.']
      ]
    })
  })

  it('reads no cause from a topic, a reference back, a count, a definition or a progress note', () => {
    const text = [
      'Letter',
      '',
      'In 2022, we raised a cause of concern about the force’s call handling.',
      '',
      'The cause of concern that we identified in 2022 has now been addressed.',
      '',
      'We found two causes of concern, one of which was raised as a cause of concern that was later closed.',
      '',
      'A cause of concern is a serious or critical shortcoming in practice, policy or performance.',
      '',
      'We are satisfied that the force has made progress against the cause of concern.',
      ''
    ].join('\n')
    expect(kindsAndTexts(text)).toEqual({findings: [], history: []})
  })
})

describe('a cause stated as a clause under its own heading', () => {
  const parse = (text: string) => {
    const {report, messages} = parseReport(text, {format: 'markdown'})
    return {
      findings: report.findings.map((finding) => [finding.kind, finding.text, finding.kind === 'recommendation' ? (finding.causeOfConcern ?? null) : finding.id]),
      history: (report.history ?? []).map((finding) => [finding.kind, finding.text]),
      rules: messages.map((message) => message.ruleId).filter((rule) => rule !== 'unknown-subject')
    }
  }

  it('reads "We identified as a cause of concern that …" in a cause box as this report’s cause, with its recommendations and no warning', () => {
    const text = [
      '# Inspection of Exampleshire Police',
      '',
      '## Cause of concern',
      '',
      'We identified as a cause of concern that the force does not understand the demand it faces. To address this, the force should:',
      '',
      '- produce a demand assessment;',
      '- align its workforce plan to it.',
      '',
      '## Cause of concern',
      '',
      'We identified as a cause of concern that victims are not kept informed.',
      '',
      '### Recommendation',
      '',
      'Within six months, the force should make sure that victims are updated.',
      '',
      '## Our approach',
      '',
      'We inspected the force in May.',
      ''
    ].join('\n')
    expect(parse(text)).toEqual({
      findings: [
        ['cause-of-concern', 'the force does not understand the demand it faces', 'cause-of-concern-1'],
        ['recommendation', 'produce a demand assessment;', 'cause-of-concern-1'],
        ['recommendation', 'align its workforce plan to it.', 'cause-of-concern-1'],
        ['cause-of-concern', 'victims are not kept informed', 'cause-of-concern-2'],
        ['recommendation', 'Within six months, the force should make sure that victims are updated.', 'cause-of-concern-2']
      ],
      history: [],
      rules: []
    })
  })

  it('files the clause as history when the sentence names an earlier inspection, and still finds the box not empty', () => {
    const text = ['# Revisit letter', '', '## Cause of concern', '', 'In our 2022 inspection, we identified as a cause of concern that the force did not answer calls quickly enough.', '', '## Progress', '', 'Calls are now answered faster.', ''].join('\n')
    expect(parse(text)).toEqual({findings: [], history: [['cause-of-concern', 'the force did not answer calls quickly enough']], rules: []})
  })

  it('leaves a box that only speaks of causes, or refers back to one, empty, with the warning', () => {
    for (const sentence of ['We identified a cause of concern about the force’s call handling.', 'The cause of concern that we identified has now been addressed.']) {
      const text = ['# Letter', '', '## Cause of concern', '', sentence, '', '## Next steps', '', 'We will revisit.', ''].join('\n')
      expect(parse(text)).toEqual({findings: [], history: [], rules: ['empty-finding-section']})
    }
  })
})

describe('a one-line statement under a titled cause heading', () => {
  it('reads the line without a full stop after "Cause of concern: responding to the public", its recommendation as before', () => {
    const {text, title} = corpus('coc-closure-devon-cornwall-2024-09')
    const read = readWith([causeStatementLines], text, title)
    expect(read.findings.map((finding) => [finding.kind, finding.subject, finding.text, finding.position.start.line])).toEqual([
      ['cause-of-concern', 'Devon and Cornwall Police', 'The force needs to improve the time it takes to answer non-emergency calls', 39]
    ])
    expect(kindsAndTexts(text).findings).toEqual([
      ['cause-of-concern', 'The force needs to improve the time it takes to answer non-emergency calls'],
      ['recommendation', 'improve its processes for answering non-emergency calls so that it a']
    ])
  })

  it('reads a failing as the statement, and no title line after a cause heading', () => {
    const statement = ['Closure letter', '', 'Cause of concern: protection', '', 'The service doesn’t have enough trained protection staff', '', 'We are closing this cause of concern.', ''].join('\n')
    expect(kindsAndTexts(statement).findings).toEqual([['cause-of-concern', 'The service doesn’t have enough trained protection staff']])
    const titles = ['Closure letter', '', 'Cause of concern: protection', '', 'Progress since our revisit in 2024 and the next steps', '', 'We will close this cause of concern.', ''].join('\n')
    expect(kindsAndTexts(titles)).toEqual({findings: [], history: []})
  })
})

describe('a recommendation with the sentences that say what it covers', () => {
  it('keeps "This should include …" with the demand before it, on constructed text', () => {
    const text = [
      'Cause of concern',
      '',
      'The service has insufficient resources to meet its inspection programme. There is little enforcement.',
      '',
      '',
      'By 30 June 2024, the service should develop a clear strategy for meeting its fire safety obligations. This should include trained resources and a way to assure its inspections.',
      '',
      'You submitted documents to address the cause of concern. It should now publish them.'
    ].join('\n')
    const read = kindsAndTexts(text)
    expect([...read.findings, ...read.history].filter(([kind]) => kind === 'recommendation')).toEqual([
      ['recommendation', 'By 30 June 2024, the service should develop a clear strategy for meeting its fire safety obligations. This should include trained resources and a way to assure its inspections.']
    ])
  })

  it('reads a fire revisit letter’s dated recommendation whole, with no heading of its own', () => {
    const {text, title} = corpus('frs-essex-coc-revisit-2023-02')
    const {report} = parseReport(text, {title})
    const recommendations = [...report.findings, ...(report.history ?? [])].filter((finding) => finding.kind === 'recommendation')
    expect(recommendations[0]?.text).toContain('fire safety. This should include ensuring it has appropriately trained resources')
    expect(recommendations.map((finding) => [finding.text.slice(-60), finding.position?.start.line])).toEqual([
      ['echanism to assure itself on the quality of its inspections.', 30]
    ])
  })
})
