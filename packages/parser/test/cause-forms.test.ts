import {readFileSync} from 'node:fs'
import type {Finding, HistoricalFinding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport, toMdast} from '../src/index.js'

// Causes of concern stated the ways the genre states them beyond a box with its statement right
// under the heading: a topic sub-heading between the box and the statement, a cause stated in
// prose, custody reports numbering causes and recommendations in one sequence, a recommendation in
// one sentence after "To address this cause of concern", the reasons label of the pages of forces
// in Engage; with the traps (a glossary page, counts, topics without wording, a cause of an
// earlier inspection, a list of improvements on leaving Engage).

const fixtures = new URL('../../../fixtures/', import.meta.url)

/** A corpus page (tuned part) without its fixture header, segment separators blanked, and its title. */
function corpus(name: string): {text: string; title: string} {
  const raw = readFileSync(new URL(`corpus/reports/${name}.txt`, fixtures), 'utf8')
  const title = /^title:\s*(.*)$/m.exec(raw)![1]!
  return {text: raw.slice(raw.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, ''), title}
}

const read = (text: string, title?: string) => parseReport(text, {format: 'text', ...(title ? {title} : {})}).report
const kindAndText = (finding: Finding | HistoricalFinding) => [finding.kind, finding.text]
const withCause = (finding: Finding) => [finding.kind, finding.text, finding.kind === 'recommendation' ? (finding.causeOfConcern ?? null) : null]

describe('a cause of concern under a topic sub-heading', () => {
  it('reads each cause of a revisit letter under "Cause of concern" and its topic ("Protection cause of concern") as history', () => {
    const {text, title} = corpus('coc-revisit-gloucestershire-frs-2025-03')
    const report = read(text, title)
    expect(report.findings).toEqual([])
    expect(report.history?.filter((item) => item.kind === 'cause-of-concern').map((item) => item.text)).toEqual([
      'The service doesn’t have enough trained and experienced protection staff to implement its risk-based inspection programme and take proportionate action to reduce risk and enforce fire safety regulations.',
      'The service hasn’t done enough since our last inspection to embed its values and associated behaviours and promote a positive workplace culture.'
    ])
  })

  it('reads a custody summary’s labelled causes and recommendations ("2.5 Cause of concern: …", "Recommendation: To address this cause of concern, the force should ensure that:", "2.7 Recommendation: …") as causes each with its own recommendations', () => {
    const summary = read(
      [
        'Report on an inspection visit to police custody suites in Kent',
        '',
        'Causes of concern and recommendations',
        '',
        '2.5 Cause of concern: The force did not make sure that detainees received timely reviews of detention.',
        '',
        'Recommendation: To address this cause of concern, the force should ensure that:',
        '• reviews of detention are carried out on time; and',
        '• inspectors carry out reviews in person.',
        '',
        '2.6 Cause of concern: Governance of use of force was weak.',
        '',
        '2.7 Recommendation: The force should improve governance of use of force.',
        '',
        'Areas for improvement',
        '',
        '2.8 The force should make sure staff are trained.',
        ''
      ].join('\n')
    )
    expect(summary.findings.map((finding) => [...withCause(finding), finding.number ?? null])).toEqual([
      ['cause-of-concern', 'The force did not make sure that detainees received timely reviews of detention.', null, '2.5'],
      ['recommendation', 'reviews of detention are carried out on time; and', 'cause-of-concern-1', null],
      ['recommendation', 'inspectors carry out reviews in person.', 'cause-of-concern-1', null],
      ['cause-of-concern', 'Governance of use of force was weak.', null, '2.6'],
      ['recommendation', 'The force should improve governance of use of force.', 'cause-of-concern-2', '2.7'],
      ['area-for-improvement', 'The force should make sure staff are trained.', null, '2.8']
    ])
  })

  it('reads an accelerated cause stated in prose with its demand in the same paragraph as the cause and its recommendation', () => {
    const prose = read(
      'Kent Police\n\nWe have identified an accelerated cause of concern about how the force investigates crime. The force does not supervise investigations well enough. The force should, within three months, make sure that investigations are supervised.\n\nOther text follows here.\n'
    )
    expect(prose.findings.map(withCause)).toEqual([
      ['cause-of-concern', 'We have identified an accelerated cause of concern about how the force investigates crime. The force does not supervise investigations well enough.', null],
      ['recommendation', 'The force should, within three months, make sure that investigations are supervised.', 'cause-of-concern-1']
    ])
  })

  it('reads the statement after a sentence announcing the cause in its box ("We have identified an accelerated cause of concern. The force isn’t …"), not an explanation of causes', () => {
    const announced = read(
      'Kent Police accelerated cause of concern\n\nAccelerated cause of concern\n\nWe have identified an accelerated cause of concern. The force isn’t answering 999 calls quickly enough.\n\nRecommendations\n\nWithin three months, the force should:\n\n• review its call handling;\n• recruit more call handlers.\n'
    )
    expect(announced.findings.map(withCause)).toEqual([
      ['cause-of-concern', 'The force isn’t answering 999 calls quickly enough.', null],
      ['recommendation', 'review its call handling;', 'cause-of-concern-1'],
      ['recommendation', 'recruit more call handlers.', 'cause-of-concern-1']
    ])
    const explained = read('Kent Police\n\nAccelerated cause of concern\n\nWe issue an accelerated cause of concern when we find a serious failing. A cause of concern is always accompanied by recommendations.\n')
    expect(explained.findings).toEqual([])
  })

  it('reads a topic heading right under the box, not a heading after the box has read a paragraph', () => {
    const topic = read(
      'Kent Police\n\nCause of concern\n\nResponding to the public\n\nThe force does not answer emergency calls quickly enough.\n\nRecommendations\n\nWithin three months, the force should:\n\n• review its call handling;\n• recruit more call handlers.\n'
    )
    expect(topic.findings.map(withCause)).toEqual([
      ['cause-of-concern', 'The force does not answer emergency calls quickly enough.', null],
      ['recommendation', 'review its call handling;', 'cause-of-concern-1'],
      ['recommendation', 'recruit more call handlers.', 'cause-of-concern-1']
    ])
    const later = read('Kent Police\n\nCauses of concern\n\nIn our 2022 inspection, we identified a cause of concern:\n\nThe force does not respond to calls quickly enough.\n\nSummary\n\nThe force has improved.\n')
    expect(later.findings).toEqual([])
    // In plain text a bare line after an empty box may open the next chapter: only a topic naming a cause or a graded area is one.
    expect(read('Kent Police\n\nCauses of concern\n\nSummary\n\nThe inspection is over.\n').findings).toEqual([])
  })
})

describe('a cause of concern stated in prose', () => {
  it('opens a cause with its own words after the opening ("We have identified a cause of concern about …. The force …", "Our cause of concern is that …", "HMICFRS has found a cause of concern with …. …")', () => {
    expect(read('Kent Police\n\nWe have identified a cause of concern about how the force responds to the public. The force does not answer emergency calls quickly enough.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'We have identified a cause of concern about how the force responds to the public. The force does not answer emergency calls quickly enough.']
    ])
    expect(read('Kent Police\n\nOur cause of concern is that the force does not manage the risk posed by registered sex offenders.\n\nThe force should by 31 March 2024 review its management of registered sex offenders.\n').findings.map(withCause)).toEqual([
      ['cause-of-concern', 'Our cause of concern is that the force does not manage the risk posed by registered sex offenders.', null],
      ['recommendation', 'The force should by 31 March 2024 review its management of registered sex offenders.', 'cause-of-concern-1']
    ])
    expect(read('Kent Police\n\nHMICFRS has found a cause of concern with the way the force records crime. The force does not record crimes accurately.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'HMICFRS has found a cause of concern with the way the force records crime. The force does not record crimes accurately.']
    ])
  })

  it('reads a short opening phrase before it ("As a result, we have identified …"), "The cause of concern is that …", and in a letter "The cause of concern was that …" as history', () => {
    expect(read('Kent Police\n\nAs a result, we have identified a cause of concern about the way the force protects vulnerable people. The force does not assess risk well.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'As a result, we have identified a cause of concern about the way the force protects vulnerable people. The force does not assess risk well.']
    ])
    expect(read('Kent Police\n\nThe cause of concern is that the force does not answer emergency calls quickly enough.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The cause of concern is that the force does not answer emergency calls quickly enough.']
    ])
    const letter = read('Kent Police: cause of concern revisit letter\n\nThe cause of concern was that the force did not answer emergency calls quickly enough.\n')
    expect(letter.findings).toEqual([])
    expect(letter.history?.map(kindAndText)).toEqual([['cause-of-concern', 'The cause of concern was that the force did not answer emergency calls quickly enough.']])
  })

  it('reads "cause for concern", the older wording, as the term ("A cause for concern is that …"), and a clause after "raised a cause of concern that" stating a failing', () => {
    expect(read('Kent Police\n\nA cause for concern is that the force does not answer emergency calls quickly enough.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'A cause for concern is that the force does not answer emergency calls quickly enough.']
    ])
    expect(read('Kent Fire and Rescue Service\n\nInspectors raised a cause of concern that the service was not doing enough to protect the public.\n\nIts prevention work is good.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'the service was not doing enough to protect the public']
    ])
    // "that" opening a relative clause, or a clause stating no failing, is no cause.
    for (const sentence of ['We identified a cause of concern that remains open after our revisit in 2024.', 'Inspectors raised a cause of concern that the service has since addressed in full.']) {
      expect(read(`Kent Fire and Rescue Service\n\n${sentence}\n\nIts prevention work is good.\n`).findings).toEqual([])
    }
  })

  it('reads nothing from a topic without wording, a count, or a cause of an earlier inspection', () => {
    expect(read('Kent Police\n\nWe have identified a cause of concern about its response to the public.\n\nThe force has improved.\n').findings).toEqual([])
    expect(read('Kent Police\n\nWe found two causes of concern in the force and made six recommendations.\n\nThe force has made good progress.\n').findings).toEqual([])
    expect(read('Kent Police\n\nIn 2019, we have identified a cause of concern about the force. The force did not answer calls.\n').findings).toEqual([])
  })
})

describe('a cause of concern on its label’s line, or quoted after the lead on the same line', () => {
  it('reads "Cause of concern: The force …." and "Accelerated cause of concern – The force …." as the cause, but not a label with a topic', () => {
    expect(read('Kent Police\n\nCause of concern: The force does not answer emergency calls quickly enough.\n\nRecommendation: Within three months, the force should review its call handling.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The force does not answer emergency calls quickly enough.'],
      ['recommendation', 'Within three months, the force should review its call handling.']
    ])
    expect(read('Kent Police\n\nAccelerated cause of concern – The force is not responding to calls quickly enough.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The force is not responding to calls quickly enough.']
    ])
  })

  it('reads a letter’s "In our 2022 report, we said: “…”" as the restated cause, and the recommendations after it', () => {
    const report = read(
      'Kent Fire and Rescue Service: cause of concern revisit letter\n\nBackground\n\nIn our 2022 report, we said: “The service does not have enough trained and experienced protection staff to carry out its risk-based inspection programme, and it does not take enforcement action when it should.”\n\nWe made the following recommendations:\n\n• recruit staff;\n• train staff.\n'
    )
    expect(report.findings).toEqual([])
    expect(report.history?.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The service does not have enough trained and experienced protection staff to carry out its risk-based inspection programme, and it does not take enforcement action when it should.'],
      ['recommendation', 'recruit staff;'],
      ['recommendation', 'train staff.']
    ])
    // A speaker quoted in a news release is not the inspectorate's finding.
    expect(read('Kent Police\n\nHM Inspector Roy Wilsher said: “The force has worked hard to improve how it answers emergency calls, and I am pleased with its progress.”\n').history ?? []).toEqual([])
  })
})

describe('recommendations of a cause', () => {
  it('reads "To address this cause of concern, we recommend that … the force should …." as one recommendation, and "… the force:" as the lead-in of a list', () => {
    const sentence = read(
      'Kent Police\n\nCause of concern\n\nThe force does not answer emergency calls quickly enough.\n\nTo address this cause of concern, we recommend that, within three months, the force should review its call handling arrangements.\n'
    )
    expect(sentence.findings.map(withCause)).toEqual([
      ['cause-of-concern', 'The force does not answer emergency calls quickly enough.', null],
      ['recommendation', 'To address this cause of concern, we recommend that, within three months, the force should review its call handling arrangements.', 'cause-of-concern-1']
    ])
    const list = read('Kent Police\n\nCause of concern 1: Investigations\n\nThe force does not supervise investigations well.\n\nTo address this cause of concern, we recommend that within three months the force:\n\n• improves supervision;\n• reviews its backlog.\n')
    expect(list.findings.map(withCause)).toEqual([
      ['cause-of-concern', 'The force does not supervise investigations well.', null],
      ['recommendation', 'improves supervision;', 'cause-of-concern-1'],
      ['recommendation', 'reviews its backlog.', 'cause-of-concern-1']
    ])
  })

  it('reads custody reports numbering causes and recommendations in one sequence: a numbered statement demanding nothing after a cause’s recommendations is the next cause', () => {
    const report = read(
      'Report on an inspection visit to police custody suites in Kent\n\nCauses of concern and recommendations\n\n1. There were serious weaknesses in the way in which the force oversaw the use of force in custody, and data was not collected.\n\nRecommendation\n\n2. The force should collect and analyse data on use of force in custody.\n\n3. Staff were not always aware of the risks posed by ligature points in cells, and several cells contained such points.\n\nRecommendation\n\n4. The force should remove ligature points from cells.\n'
    )
    expect(report.findings.map((finding) => [...withCause(finding), finding.number ?? null])).toEqual([
      ['cause-of-concern', 'There were serious weaknesses in the way in which the force oversaw the use of force in custody, and data was not collected.', null, '1'],
      ['recommendation', 'The force should collect and analyse data on use of force in custody.', 'cause-of-concern-1', '2'],
      ['cause-of-concern', 'Staff were not always aware of the risks posed by ligature points in cells, and several cells contained such points.', null, '3'],
      ['recommendation', 'The force should remove ligature points from cells.', 'cause-of-concern-2', '4']
    ])
    // Recommendations that are not a numbered cause's stay recommendations, demanding or not.
    const plain = read('Kent Police\n\nRecommendations\n\n1. The force should review its call handling.\n\n2. Call handlers are trained to assess risk.\n')
    expect(plain.findings.map(kindAndText)).toEqual([
      ['recommendation', 'The force should review its call handling.'],
      ['recommendation', 'Call handlers are trained to assess risk.']
    ])
  })
})

describe('custody reports numbering their paragraphs by section', () => {
  const numbered = (text: string) => read(text).findings.map((finding) => [...withCause(finding), finding.number ?? null])

  it('reads short numbered statements ("1.6 Detainees were held too long.") under "Cause of concern" and "Recommendations" headings, without their numbers in the text', () => {
    const text = [
      'Report on an unannounced inspection visit to police custody suites in Kent Police',
      '',
      'Summary',
      '',
      '1.1 This report describes our findings following an unannounced inspection of police custody suites in Kent Police.',
      '',
      '1.2 Overall, we found that detainees were treated respectfully.',
      '',
      'Causes of concern and recommendations',
      '',
      'Cause of concern',
      '',
      '1.3 The force does not have enough oversight of the use of force in custody.',
      '',
      'Recommendations',
      '',
      '1.4 The force should make sure that all use of force in custody is recorded.',
      '',
      '1.5 The force should analyse its use of force data.',
      '',
      'Cause of concern',
      '',
      '1.6 Detainees were held too long.',
      '',
      'Recommendation',
      '',
      '1.7 The force should reduce detention times.',
      '',
      'Areas for improvement',
      '',
      '1.8 The force should improve its recording of risk assessments.',
      '',
      'Section 2. Leadership, accountability and partnerships',
      '',
      '2.1 The force has clear governance structures.',
      ''
    ].join('\n')
    expect(numbered(text)).toEqual([
      ['cause-of-concern', 'The force does not have enough oversight of the use of force in custody.', null, '1.3'],
      ['recommendation', 'The force should make sure that all use of force in custody is recorded.', 'cause-of-concern-1', '1.4'],
      ['recommendation', 'The force should analyse its use of force data.', 'cause-of-concern-1', '1.5'],
      ['cause-of-concern', 'Detainees were held too long.', null, '1.6'],
      ['recommendation', 'The force should reduce detention times.', 'cause-of-concern-2', '1.7'],
      ['area-for-improvement', 'The force should improve its recording of risk assessments.', null, '1.8']
    ])
    // No empty box: "Causes of concern and recommendations" right above "Cause of concern" holds it.
    const {messages} = parseReport(text, {format: 'text'})
    expect(messages.map((message) => message.ruleId).filter((rule) => rule !== 'unknown-subject')).toEqual([])
    // The position points past the number: quoting it gives the statement alone.
    const cause = read(text).findings[0]!
    expect(text.slice(cause.position.start.offset, cause.position.end.offset)).toBe(cause.text)
  })

  it('reads the next numbered statement demanding nothing after a cause’s recommendation as the next cause, and "1.9 Cause of concern: …" on its label’s line', () => {
    const sequence = [
      'Kent Police',
      '',
      'Causes of concern and recommendations',
      '',
      '1.3 There were serious weaknesses in the way the force oversaw the use of force.',
      '',
      'Recommendation',
      '',
      '1.4 The force should collect and analyse data on use of force.',
      '',
      '1.5 Staff were not aware of the risks posed by ligature points.',
      '',
      'Recommendation',
      '',
      '1.6 The force should remove ligature points from cells.',
      '',
      'Background',
      '',
      '2.1 The force operates three suites.',
      ''
    ].join('\n')
    expect(numbered(sequence)).toEqual([
      ['cause-of-concern', 'There were serious weaknesses in the way the force oversaw the use of force.', null, '1.3'],
      ['recommendation', 'The force should collect and analyse data on use of force.', 'cause-of-concern-1', '1.4'],
      ['cause-of-concern', 'Staff were not aware of the risks posed by ligature points.', null, '1.5'],
      ['recommendation', 'The force should remove ligature points from cells.', 'cause-of-concern-2', '1.6']
    ])
    const labelled = ['Kent Police', '', '1.9 Cause of concern: The force did not have robust oversight of the use of force in custody.', '', 'Recommendation: The force should make sure that all use of force is recorded.', ''].join('\n')
    expect(numbered(labelled).map(([kind, , , number]) => [kind, number])).toEqual([
      ['cause-of-concern', '1.9'],
      ['recommendation', null]
    ])
  })

  it('reads the same numbered statements from HTML paragraphs', () => {
    const html =
      '<h1>Kent Police custody</h1><h3>Causes of concern and recommendations</h3><h4>Cause of concern</h4><p>1.3 The force does not oversee the use of force in custody.</p><h4>Recommendation</h4><p>1.4 The force should record all use of force.</p><h2>Leadership</h2><p>2.1 The force has clear governance.</p>'
    expect(parseReport(html, {format: 'html'}).report.findings.map((finding) => [...withCause(finding), finding.number ?? null])).toEqual([
      ['cause-of-concern', 'The force does not oversee the use of force in custody.', null, '1.3'],
      ['recommendation', 'The force should record all use of force.', 'cause-of-concern-1', '1.4']
    ])
  })

  it('keeps numbered section titles as headings, and numbered narrative outside a box as no finding', () => {
    const text = ['Kent Police', '', '3.2 Use of force', '', '3.3 Staff should have used force less often, we were told.', '', '3.4 The force should be proud of its staff.', ''].join('\n')
    expect(read(text).findings).toEqual([])
    const {tree} = toMdast(text, {format: 'text'})
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'heading', 'paragraph', 'paragraph'])
  })
})

describe('causes stated as verdicts in prose, and listed in turn with their recommendations', () => {
  const summary = (verdicts: string) =>
    [
      'Report on an inspection visit to police custody suites in Kent Police',
      '',
      'Summary',
      '',
      'To help the force improve, we have made two recommendations to it and its police and crime commissioner. These address our main causes of concern.',
      '',
      'We have also highlighted a further 12 areas for improvement. These are set out in section 6 of this report.',
      '',
      'Leadership, accountability and working with partners',
      '',
      verdicts,
      ''
    ].join('\n')

  it('reads the causes of real custody summaries, a custody release and a fire release, and a fire letter listing causes in turn', () => {
    const causes = (name: string) => {
      const {text, title} = corpus(name)
      const report = read(text, title)
      return [...report.findings, ...(report.history ?? [])].filter((finding) => finding.kind === 'cause-of-concern').map((finding) => [finding.text, finding.position.start.line])
    }
    expect(causes('custody-south-wales-2023')).toEqual([['However, despite these arrangements, the oversight isn’t robust enough.', 11]])
    expect(causes('custody-thames-valley-2024')).toEqual([
      ['Scrutiny of custody services was a cause of concern in our previous inspection and the overall leadership and scrutiny of custody remains a cause of concern.', 24]
    ])
    expect(causes('custody-metropolitan-use-of-force-news').map(([, line]) => line)).toEqual([16, 17])
    expect(causes('frs-2023-25-surrey-news')).toEqual([
      ['But I was disappointed to find that the service wasn’t doing enough to make sure its protection work was effective, and I have given a new cause of concern.', 18]
    ])
    const letter = corpus('coc-revisit-warwickshire-frs-2022-04')
    const history = read(letter.text, letter.title).history ?? []
    expect(history.map((finding) => [finding.kind, finding.position.start.line])).toEqual([
      ['cause-of-concern', 26],
      ['recommendation', 30],
      ['recommendation', 31],
      ['recommendation', 32],
      ['cause-of-concern', 34],
      ['recommendation', 38],
      ['recommendation', 39],
      ['recommendation', 40],
      ['cause-of-concern', 42],
      ['recommendation', 46]
    ])
  })

  it('reads a custody summary’s verdicts once it says its recommendations address its causes: the sentence a pointing verdict follows, past one about the last inspection', () => {
    const text = summary(
      'Kent Police has clear governance arrangements for custody. However, the oversight isn’t robust enough. There has been limited improvement since our last inspection. It is a cause of concern.\n\nScrutiny of custody was a cause of concern in our previous inspection and the overall leadership of custody remains a cause of concern.\n\nStaff treat detainees with respect.'
    )
    const report = read(text)
    expect(report.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'However, the oversight isn’t robust enough.'],
      ['cause-of-concern', 'Scrutiny of custody was a cause of concern in our previous inspection and the overall leadership of custody remains a cause of concern.']
    ])
    const cause = report.findings[0]!
    expect(text.slice(cause.position.start.offset, cause.position.end.offset)).toBe(cause.text)
  })

  it('reads no verdict without that summary, nor a past or spoken-of cause', () => {
    const overview = 'Kent Police\n\nAlthough the force has improved, HMIC found that its approach to managing demand is a cause of concern.\n\nCrime prevention isn’t a priority for the force and this is a cause of concern.\n'
    expect(read(overview).findings).toEqual([])
    const past = summary('Scrutiny of custody was a cause of concern in our previous inspection.\n\nWhether a cause of concern is raised depends on the evidence.')
    expect(read(past).findings).toEqual([])
  })

  it('reads an inspector’s "…, and I have given a new cause of concern." as the sentence stating the failing, but not a bare announcement', () => {
    const release = 'Surrey Fire and Rescue Service\n\n“The culture has improved. But I was disappointed to find that the service wasn’t doing enough to make its protection work effective, and I have given a new cause of concern. We found gaps in its audits.”\n'
    expect(read(release).findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'But I was disappointed to find that the service wasn’t doing enough to make its protection work effective, and I have given a new cause of concern.']
    ])
    expect(read('Surrey Fire and Rescue Service\n\nThe service has improved, and we have issued a cause of concern.\n').findings).toEqual([])
  })

  it('reads the failing before an announcement in a sentence of its own ("… As a result, we have issued a cause of concern."), in either wording of the term, but not after a sentence stating none', () => {
    const failing = 'The service isn’t doing enough to audit its highest-risk premises.'
    for (const announcement of ['We have issued a cause of concern.', 'As a result, we have given the service a cause for concern.', 'HMICFRS has issued the service with a new cause of concern.']) {
      expect(read(`Kent Fire and Rescue Service\n\n${failing} ${announcement}\n\nIts prevention work is good.\n`).findings.map(kindAndText)).toEqual([['cause-of-concern', failing]])
    }
    expect(read('Kent Fire and Rescue Service\n\nThe service has improved its culture. We have issued a cause of concern.\n').findings).toEqual([])
    expect(read('Kent Fire and Rescue Service\n\nThere is no cause for concern about the service’s finances.\n').findings).toEqual([])
  })

  it('reads a summary paragraph ending "This is a cause of concern." as the run of sentences before it stating a need or a failing; traps: one about the last inspection, one stating neither', () => {
    const {text, title} = corpus('frs-2021-hereford-worcester-effectiveness')
    expect(read(text, title).findings.filter((finding) => finding.kind === 'cause-of-concern').map((finding) => [finding.text, finding.position.start.line])).toEqual([
      ['The service needs to adequately identify those who are most at risk from fire, and effectively target its prevention activity. It should also evaluate its prevention work so that it understands what works.', 21]
    ])
    const page = (paragraph: string) => read(`Kent Fire and Rescue Service\n\nEffectiveness\n\nThe service works well with other agencies. ${paragraph}\n`).findings.map(kindAndText)
    expect(page('It doesn’t audit its highest-risk premises. This remains a cause of concern.')).toEqual([['cause-of-concern', 'It doesn’t audit its highest-risk premises.']])
    expect(page('Its protection work was not effective in our last inspection. This is a cause of concern.')).toEqual([])
    expect(page('Its staff are well trained. This is a cause of concern.')).toEqual([])
  })

  it('reads the failing a release reported the inspectorate saying, without the demand joined to it, once it announces "HMICFRS has therefore issued an accelerated cause of concern"', () => {
    const {text, title} = corpus('accelerated-coc-hertfordshire-frs-2024-10-wired-gov')
    expect(read(text, title).findings.filter((finding) => finding.kind === 'cause-of-concern').map((finding) => [finding.text, finding.position.start.line])).toEqual([
      ['prevention activity isn’t a sufficiently high priority for the service', 6]
    ])
    const release = (said: string, announcement: string) =>
      read(`Kent Fire and Rescue Service must act\n\n${said}\n\nTo address this concern, the inspectorate says the service needs to prioritise home fire safety checks.\n\n${announcement}\n`).findings.map(kindAndText)
    const said = 'HMICFRS said the service doesn’t audit its highest-risk premises, and it must act to do so.'
    expect(release(said, 'HMICFRS has therefore issued an accelerated cause of concern to the service.')).toEqual([['cause-of-concern', 'the service doesn’t audit its highest-risk premises']])
    // Traps: an announcement not pointing back; someone else speaking; a pronoun.
    expect(release(said, 'HMICFRS has issued an accelerated cause of concern to the service.')).toEqual([])
    expect(release('The chief fire officer said the service doesn’t audit its premises.', 'HMICFRS has therefore issued an accelerated cause of concern.')).toEqual([])
    expect(release('HMICFRS said it isn’t enough to audit its premises.', 'HMICFRS has therefore issued an accelerated cause of concern.')).toEqual([])
  })

  it('reads the bullets after "identified two principal causes for concern:" as causes', () => {
    const text = 'Kent Police\n\nHowever, the joint inspection identified two principal causes for concern:\n\n• The governance of the use of force was not adequate.\n• The oversight of health care was poor.\n\nStrengths included clean suites.\n'
    expect(read(text).findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The governance of the use of force was not adequate.'],
      ['cause-of-concern', 'The oversight of health care was poor.']
    ])
  })

  it('reads the next cause of a letter listing causes and their recommendations in turn, and no progress after them', () => {
    const text = [
      'Warwickshire Fire and Rescue Service',
      '',
      'Background',
      '',
      'In June 2021, we issued these causes of concern and made the following recommendations:',
      '',
      'The service hasn’t done enough to develop its prevention activity.',
      '',
      'By 31 August 2021, the service should:',
      '',
      '• develop a clear prevention strategy;',
      '• review its referrals.',
      '',
      'The service isn’t taking a proportionate approach to promoting inclusion.',
      '',
      'By 31 August 2021, the service should make sure that:',
      '',
      '• its actions are proportionate.',
      '',
      'The service has made good progress since then.',
      '',
      'It hasn’t yet finished its action plan, which we will review again.',
      ''
    ].join('\n')
    const report = read(text)
    expect(report.findings).toEqual([])
    expect((report.history ?? []).map(kindAndText)).toEqual([
      ['cause-of-concern', 'The service hasn’t done enough to develop its prevention activity.'],
      ['recommendation', 'develop a clear prevention strategy;'],
      ['recommendation', 'review its referrals.'],
      ['cause-of-concern', 'The service isn’t taking a proportionate approach to promoting inclusion.'],
      ['recommendation', 'its actions are proportionate.']
    ])
  })
})

describe('topics and references listed where causes would be', () => {
  const readWithMessages = (text: string) => {
    const {report, messages} = parseReport(text, {format: 'text'})
    return {
      causes: [...report.findings, ...(report.history ?? [])].filter((finding) => finding.kind === 'cause-of-concern').map((finding) => finding.text),
      topics: messages.filter((message) => message.ruleId === 'cause-topic-only').map((message) => message.line)
    }
  }

  it('reads no cause from an exit letter’s list of the inspections that issued the causes it closed, nor from topics, and says so', () => {
    const text = [
      'Kent Police: return to default phase of monitoring',
      '',
      'This decision is supported by the fact we have been able to close the causes of concern we issued in:',
      '',
      '  • our 2022 PEEL inspection, about investigations; and',
      '  • our 2023 inspection of the force’s response to child exploitation.',
      '',
      'The causes of concern we closed related to:',
      '',
      '  • call handling;',
      '  • how it investigates crime.',
      '',
      'We moved the force into Engage in 2022 because of concerns about:',
      '',
      '  • call handling;',
      '  • the way it supervises investigations.',
      ''
    ].join('\n')
    expect(readWithMessages(text)).toEqual({causes: [], topics: [5, 6, 10, 11, 15, 16]})
  })

  it('reads only the items stating a failing after a lead-in speaking of progress on the causes: what was done is no cause', () => {
    const text = [
      'Kent Police: Engage progress',
      '',
      'The Chief Constable told the panel that the force had addressed both causes of concern:',
      '',
      '  • The force now answers 999 calls within ten seconds.',
      '  • Supervisors now review every investigation within a week.',
      '',
      'The improvements the force has made against the causes of concern include:',
      '',
      '  • a new call handling system for emergency calls;',
      '  • more detectives in its investigation teams.',
      '',
      'HMICFRS will continue to monitor the force’s progress against the causes of concern, which are:',
      '',
      '  • the force doesn’t answer emergency calls quickly enough; and',
      '  • the force doesn’t supervise investigations effectively.',
      ''
    ].join('\n')
    expect(readWithMessages(text)).toEqual({causes: ['the force doesn’t answer emergency calls quickly enough; and', 'the force doesn’t supervise investigations effectively.'], topics: []})
  })

  it('reads "principal concerns" as the causes once the page has called them causes of concern, on a real custody release and constructed text', () => {
    const {text, title} = corpus('custody-norfolk-suffolk-2018-news')
    expect(read(text, title).findings.map((finding) => [finding.kind, finding.position.start.line])).toEqual([
      ['cause-of-concern', 20],
      ['cause-of-concern', 21]
    ])
    const unnamed = 'Kent Police\n\nInspectors identified principal concerns related to:\n\n• The governance of the use of force was not adequate.\n'
    expect(readWithMessages(unnamed)).toEqual({causes: [], topics: []})
    const named = `Kent Police custody\n\nInspectors identified some causes of concern.\n\n${unnamed.slice(13)}`
    expect(readWithMessages(named)).toEqual({causes: ['The governance of the use of force was not adequate.'], topics: []})
  })

  it('still reads statements in the same places, "The inspection team identified …" among them', () => {
    const text = [
      'Kent Police',
      '',
      'We shared the following causes of concern with you:',
      '',
      '  • The inspection team identified the lack of oversight of home safety visits. High-risk checks had not been completed.',
      '  • the force does not answer calls quickly enough.',
      '',
      'We moved the force into Engage in 2022 because it is not:',
      '',
      '  • answering emergency calls promptly;',
      '  • supervising investigations well.',
      ''
    ].join('\n')
    expect(readWithMessages(text)).toEqual({
      causes: [
        'The inspection team identified the lack of oversight of home safety visits. High-risk checks had not been completed.',
        'the force does not answer calls quickly enough.',
        'answering emergency calls promptly;',
        'supervising investigations well.'
      ],
      topics: []
    })
  })
})

describe('Engage reasons and the glossary', () => {
  const twoReasons = '• It is not responding to the public effectively.\n• It is not investigating crime well.\n'
  const twoCauses = [
    ['cause-of-concern', 'It is not responding to the public effectively.'],
    ['cause-of-concern', 'It is not investigating crime well.']
  ]

  it('reads the reasons under "Entered Engage", its month and "Reasons:", and under "Reasons for entering Engage:"', () => {
    const labelled = read('Police forces in Engage\n\nKent Police\n\nEntered Engage\n\nMarch 2023\n\nReasons:\n\n' + twoReasons)
    expect(labelled.findings.map(kindAndText)).toEqual(twoCauses)
    const named = read('Kent Police\n\nReasons for entering Engage:\n\n• It is not responding to the public effectively.\n')
    expect(named.findings.map(kindAndText)).toEqual([['cause-of-concern', 'It is not responding to the public effectively.']])
    expect(read('Kent Police\n\nReasons:\n\n• The force asked for help.\n').findings).toEqual([])
    expect(read('Kent Police\n\nKent Police has been moved out of Engage following improvements in the following areas:\n\n• answering calls faster;\n• better investigations.\n').findings).toEqual([])
  })

  it('reads the reasons after other lead-ins and labels: "due to:", "Our concerns are:", "The reasons for this decision were:", a "Why … is in Engage" heading, "Entered Engage: March 2023"', () => {
    expect(read('Kent Police\n\nWe have moved Kent Police into Engage. Our concerns are:\n\n• the force does not answer calls quickly enough;\n• the force does not investigate crime well.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'the force does not answer calls quickly enough;'],
      ['cause-of-concern', 'the force does not investigate crime well.']
    ])
    // Said with the date of the move, the reasons are restated: history.
    const dated = read('Kent Police\n\nThe force was placed in Engage in March 2023. The reasons for this decision were:\n\n• it was not answering calls quickly enough;\n• it was not investigating crime well.\n')
    expect(dated.findings).toEqual([])
    expect(dated.history?.map(kindAndText)).toEqual([
      ['cause-of-concern', 'it was not answering calls quickly enough;'],
      ['cause-of-concern', 'it was not investigating crime well.']
    ])
    expect(read('Kent Police\n\nKent Police was escalated to Engage in March 2023 due to:\n\n• poor response to emergency calls.\n').history?.map(kindAndText)).toEqual([['cause-of-concern', 'poor response to emergency calls.']])
    expect(read('Kent Police\n\nWhy Kent Police is in Engage\n\n• It is not answering calls quickly enough.\n• It is not investigating crime well.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'It is not answering calls quickly enough.'],
      ['cause-of-concern', 'It is not investigating crime well.']
    ])
    expect(read('Police forces in Engage\n\nKent Police\n\nEntered Engage: March 2023\n\n1. It is not responding to the public effectively.\n2. It is not investigating crime well.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'It is not responding to the public effectively.'],
      ['cause-of-concern', 'It is not investigating crime well.']
    ])
    expect(read('Kent Police\n\nKent Police has been moved out of Engage. The force has made improvements in:\n\n• responding to the public;\n• investigating crime.\n').findings).toEqual([])
  })

  it('reads each statement of a list under "Causes of concern:" as a cause, and items demanding something after it as its recommendations', () => {
    const causes = read('Police forces in Engage\n\nKent Police\n\nCauses of concern:\n\n' + twoReasons)
    expect(causes.findings.map(kindAndText)).toEqual(twoCauses)
    const demands = read('Kent Police\n\nCause of concern\n\n• The force does not answer calls quickly enough.\n• The force should review its call handling.\n')
    expect(demands.findings.map(withCause)).toEqual([
      ['cause-of-concern', 'The force does not answer calls quickly enough.', null],
      ['recommendation', 'The force should review its call handling.', 'cause-of-concern-1']
    ])
  })

  it('reads no cause from the glossary entry for an accelerated cause of concern ("Back to Glossary" is navigation)', () => {
    const {text, title} = corpus('engage-glossary-accelerated-cause-of-concern')
    const report = read(text, title)
    expect(report.findings).toEqual([])
    expect(report.history ?? []).toEqual([])
  })
})

describe('findings listed in prose after a count (news releases and articles)', () => {
  it('reads a custody article’s causes run into one sentence after the count ("They were that A; B; C; and D"), each clause one cause', () => {
    const {text, title} = corpus('custody-west-midlands-2023-express-and-star')
    const report = read(text, title)
    expect(report.findings.map((finding) => [finding.kind, finding.text, finding.position.start.line])).toEqual([
      ['cause-of-concern', 'the leadership of custody isn\'t making sure safe and respectable custody services are consistently provided', 6],
      ['cause-of-concern', 'the force isn\'t always assuring detainees\' safety and isn\'t following authorised professional practice guidance in all areas', 6],
      ['cause-of-concern', 'there are several areas where the force isn’t consistently meeting the requirements of the Police and Criminal Evidence Act 1984 and its codes of practice', 6],
      ['cause-of-concern', 'the governance and oversight of the use of force in custody isn’t good enough', 6]
    ])
    const first = report.findings[0]!
    expect(text.slice(first.position.start.offset, first.position.end.offset)).toBe(first.text)
  })

  it('reads a count of causes followed by each stated in reported speech ("The inspectorate has advised that …", "The second cause for concern … relates to their observation that …")', () => {
    const {text, title} = corpus('accelerated-nottinghamshire-2024-west-bridgford-wire')
    expect(read(text, title).findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'the force needs to improve ‘how it manages and carries out effective investigations to make sure that victims get the support they need’'],
      [
        'cause-of-concern',
        'the force doesn’t have adequate processes, planning or governance arrangements in place to monitor performance or identify where improvements are required'
      ]
    ])
  })

  it('reads promising practice named in turn after its count ("Two areas of promising practice were highlighted, one was A and another B")', () => {
    const {text, title} = corpus('frs-2023-25-staffordshire-express-and-star')
    expect(read(text, title).findings.map(kindAndText)).toEqual([
      ['promising-practice', 'responding to major and multi-agency incidents and a preventative approach with the Civil Contingencies Unit'],
      ['promising-practice', 'working with the NHS on responses to falls and the home from hospital service']
    ])
  })

  it('reads the forms in one sentence ("…, which were that A; and B.", "The causes of concern are that: A; B; and C.") and an earlier inspection’s as history', () => {
    expect(read('Kent Police custody\n\nInspectors had two causes of concern, which were that the force does not review detention on time; and use of force is not overseen well enough.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'the force does not review detention on time'],
      ['cause-of-concern', 'use of force is not overseen well enough']
    ])
    expect(
      read('Kent Police custody\n\nWe found three causes of concern. The causes of concern are that: the force does not review detention on time; staff do not record risk; and use of force is not overseen.\n').findings.map(kindAndText)
    ).toEqual([
      ['cause-of-concern', 'the force does not review detention on time'],
      ['cause-of-concern', 'staff do not record risk'],
      ['cause-of-concern', 'use of force is not overseen']
    ])
    const earlier = read('Kent Police custody\n\nIn our previous inspection in 2017 we found two causes of concern. They were that the force did not review detention on time; and use of force was not overseen.\n')
    expect([earlier.findings, earlier.history?.map(kindAndText)]).toEqual([
      [],
      [
        ['cause-of-concern', 'the force did not review detention on time'],
        ['cause-of-concern', 'use of force was not overseen']
      ]
    ])
  })

  it('reads causes counted and then stated in turn ("The first was that …. The second was that …"), and a list after "These were that:"', () => {
    const inTurn = read('Kent Police custody\n\nHMICFRS and HMIP had two causes of concern. The first was that the force did not review detention in line with PACE. The second was that the governance of use of force was not good enough.\n\nStaff treated detainees well.\n')
    expect(inTurn.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'the force did not review detention in line with PACE'],
      ['cause-of-concern', 'the governance of use of force was not good enough']
    ])
    const listed = read('Kent Police custody\n\nThe inspectorates identified two causes of concern. These were that:\n\n• the force did not review detention in line with PACE; and\n• the governance of use of force was not good enough.\n\nThe inspection found three areas for improvement.\n')
    expect(listed.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'the force did not review detention in line with PACE; and'],
      ['cause-of-concern', 'the governance of use of force was not good enough.']
    ])
  })

  it('gives the causes an earlier inspection listed after "These were that:" the status the next paragraph states', () => {
    const {text, title} = corpus('frs-gloucestershire-coc-revisit-2021-03')
    expect(read(text, title).history?.map((item) => [item.kind, item.text.slice(0, 40), item.status])).toEqual([
      ['cause-of-concern', 'Gloucestershire FRS doesn’t have a clear', 'We first revisited Gloucestershire between 20 and 22 November 2019 to review progress against the action plan.'],
      ['cause-of-concern', 'Gloucestershire FRS values are tarnished', 'We first revisited Gloucestershire between 20 and 22 November 2019 to review progress against the action plan.']
    ])
  })

  it('reads a sentence naming the causes and listing them with no count ("Our main causes of concern were that A; and B."), not one listing topics', () => {
    expect(read('Kent Police custody\n\nOur main causes of concern were that the force did not review detention on time; and use of force was not overseen.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'the force did not review detention on time'],
      ['cause-of-concern', 'use of force was not overseen']
    ])
    expect(read('Kent Police custody\n\nThe causes of concern were about: call handling; and use of force.\n').findings).toEqual([])
  })

  it('reads a cause counted and then quoted from the report ("identified one cause of concern. The report explained: “…"), cut off where the copy ends', () => {
    const {text, title} = corpus('custody-cheshire-2018-alderley-edge-news')
    expect(read(text, title).findings.filter((finding) => finding.kind === 'cause-of-concern').map((finding) => finding.text)).toEqual([
      'There were also some notable areas where the force did not comply with codes C an'
    ])
    expect(read('Kent Police custody\n\nInspectors identified one cause of concern. The report explained: “The force did not review detention on time.” Staff were polite.\n').findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The force did not review detention on time.']
    ])
  })

  it('reads findings an article quotes and names ("identified “…” as an area for improvement, as well as …")', () => {
    const {text, title} = corpus('frs-2021-derbyshire-bbc')
    expect(read(text, title).findings.map(kindAndText)).toEqual([
      ['area-for-improvement', 'an effective process to monitor and assure commanders of operational incidents'],
      ['area-for-improvement', 'monitoring and reviewing technology and collaborations with police and other agencies']
    ])
    expect(read('Kent Police\n\nIn 2019, inspectors identified “how the force supervises investigations” as an area for improvement.\n').findings).toEqual([])
  })

  it('traps: a count whose list does not match it, topics, a list with no semicolons, reported speech praising, and a paragraph pointing back at a lost list', () => {
    for (const text of [
      'Kent Police custody\n\nInspectors had three causes of concern, which were that the force does not review detention on time; and use of force is not overseen.\n',
      'Kent Police custody\n\nInspectors had two causes of concern. They were: call handling; and use of force.\n',
      'Kent Police custody\n\nHMICFRS highlighted two causes of concern: the use of force and detention reviews.\n',
      'Kent Police\n\nHMICFRS has informed the force of two accelerated causes for concern.\n\nThe inspectorate has advised that the force answers emergency calls quickly.\n\nInspectors were concerned that some detainees waited too long.\n',
      'Kent Police custody\n\nWe found two causes of concern. The first time that we visited, the force did not review detention on time.\n',
      'Kent Police custody\n\nThe inspectorates had two main causes of concern about custody, which were:\n\nThe inspectorates have therefore made recommendations to address these concerns.\n'
    ]) {
      const report = read(text)
      expect([text, report.findings, report.history ?? []]).toEqual([text, [], []])
    }
  })

  it('trap: a negative release whose list of causes the copy lost gives no cause (the paragraph after the lead-in points back at them)', () => {
    const {text, title} = corpus('custody-surrey-2022-news-wired-gov-print')
    expect(read(text, title).findings).toEqual([])
  })
})
