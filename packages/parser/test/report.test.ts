import {readFileSync} from 'node:fs'
import {validateInspectionReport} from '@scrutiny/schema'
import type {Finding} from '@scrutiny/schema'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {BinaryInputError, EmptyInputError, normaliseText, parseReport, remarkScrutinyReport, toMdast, reportFromTree} from '../src/index.js'

const fixtures = new URL('../../../fixtures/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8')
const seed = read('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt')
const seedTitle = 'An inspection of the West Midlands regional response to serious and organised crime'

/** A corpus page without its fixture header, with segment separators blanked (as the eval does). */
function corpus(name: string): string {
  const raw = read(`corpus/reports/${name}.txt`)
  return raw.slice(raw.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, '')
}

const summary = (finding: Finding) => [finding.id, finding.number ?? null, finding.subject ?? null, finding.text]

describe('parseReport: the seed (a response quoting its report)', () => {
  const {report, messages} = parseReport(seed, {path: 'seed.txt', title: seedTitle, publishedOn: '2024-05-14'})

  it('gives a valid InspectionReport', () => {
    expect(validateInspectionReport(report).success).toBe(true)
    expect([report.kind, report.framework, report.publishedOn]).toEqual(['regional', 'peel-2021-onwards', '2024-05-14'])
  })

  it('finds the 7 AFIs (1 region, 2 ROCUWM, 4 Warwickshire) and 2 innovative practices, in order', () => {
    expect(report.findings.map(summary)).toEqual([
      ['area-for-improvement-1', '1', 'West Midlands region', 'The Regional Organised Crime Unit for the West Midlands and its constituent forces should improve how they work together to tackle serious and organised crime.'],
      ['innovative-practice-1', null, 'The ROCUWM', 'The ROCUWM has a team dedicated to exploiting technical intelligence.'],
      ['innovative-practice-2', null, 'The ROCUWM', 'The ROCUWM has an undercover online team targeting potential offenders.'],
      ['area-for-improvement-2', '1', 'The ROCUWM', 'The Regional Organised Crime Unit for the West Midlands should improve the quality of its 4P plans.'],
      ['area-for-improvement-3', '1', 'The ROCUWM', 'The Regional Organised Crime Unit for the West Midlands should improve its management of serious and organised crime offenders.'],
      ['area-for-improvement-4', '1', 'Warwickshire Police', 'Warwickshire Police should develop an up-to-date serious and organised crime local profile.'],
      ['area-for-improvement-5', '1', 'Warwickshire Police', 'Warwickshire Police should improve the quality of its 4P plans.'],
      ['area-for-improvement-6', '1', 'Warwickshire Police', 'Warwickshire Police should improve how it learns from concluded operations.'],
      ['area-for-improvement-7', '1', 'Warwickshire Police', 'Warwickshire Police should improve how it manages serious and organised crime offenders.']
    ])
    expect(report.findings.map((finding) => finding.subjectId ?? null)).toEqual([
      null, 'rocu-west-midlands', 'rocu-west-midlands', 'rocu-west-midlands', 'rocu-west-midlands',
      'warwickshire', 'warwickshire', 'warwickshire', 'warwickshire'
    ])
    expect(report.findings[0]!.section).toEqual(['1.  Local Policing Body’s Comments.', '1.1. Regional Findings', 'Area for improvement'])
  })

  it('gives the findings under one heading one section array, and a new one after the next heading', () => {
    const section = (id: string) => report.findings.find((finding) => finding.id === id)!.section
    expect(section('area-for-improvement-4')).toEqual(['1.  Local Policing Body’s Comments.', '1.3. Warwickshire Police', 'Areas for improvement'])
    for (const id of ['area-for-improvement-5', 'area-for-improvement-6', 'area-for-improvement-7']) expect(section(id)).toBe(section('area-for-improvement-4'))
    expect(section('innovative-practice-2')).toBe(section('innovative-practice-1'))
    expect(section('area-for-improvement-3')).not.toBe(section('area-for-improvement-4'))
  })

  it('quotes every finding verbatim at its position', () => {
    for (const finding of report.findings) {
      expect(seed.slice(finding.position.start.offset, finding.position.end.offset)).toBe(finding.text)
      const lineStart = seed.lastIndexOf('\n', finding.position.start.offset! - 1) + 1
      expect(finding.position.start.column).toBe(finding.position.start.offset! - lineStart + 1)
    }
    expect(report.findings[0]!.position.start).toEqual({line: 34, column: 6, offset: 2691})
  })

  it('reads the 2 grades, with the quote at its position', () => {
    expect(report.grades.map((grade) => [grade.subject, grade.subjectId, grade.grade, grade.area, grade.quote])).toEqual([
      ['The ROCUWM', 'rocu-west-midlands', 'adequate', 'tackling serious and organised crime', 'The ROCUWM has been graded as ‘Adequate’ at tackling serious and organised crime: –'],
      ['Warwickshire Police', 'warwickshire', 'requires-improvement', 'tackling serious and organised crime', 'Warwickshire Police has been graded as ‘Requires Improvement’ at tackling serious and organised crime: –']
    ])
    for (const grade of report.grades) expect(seed.slice(grade.position.start.offset, grade.position.end.offset)).toBe(grade.quote)
  })

  it('keeps the 2018 AFIs as history with their status, and the chief constable’s quotations out', () => {
    expect(report.history?.map((item) => [item.kind, item.number, item.text, item.status])).toEqual([
      ['area-for-improvement', '1', 'The quality of 4P plans.', 'During this inspection, HMICFRS found that problems remain in all three areas.'],
      ['area-for-improvement', '2', 'Organisational learning and the force’s understanding of how its work affects SOC; and', 'During this inspection, HMICFRS found that problems remain in all three areas.'],
      ['area-for-improvement', '3', 'The management of SOC offenders.', 'During this inspection, HMICFRS found that problems remain in all three areas.']
    ])
  })

  it('has nothing to report', () => {
    expect(messages).toEqual([])
  })

  it('names the region, the unit and the force as subjects', () => {
    expect(report.subjects).toEqual([
      {name: 'The ROCUWM', kind: 'rocu', referenceId: 'rocu-west-midlands'},
      {name: 'Warwickshire Police', kind: 'force', referenceId: 'warwickshire'},
      {name: 'West Midlands region', kind: 'region'}
    ])
  })
})

describe('parseReport: report families', () => {
  it('reads an accelerated cause of concern: lead-in is not a recommendation; a cut-off one is flagged', () => {
    const text = corpus('peel-2021-22-staffordshire-accelerated-coc')
    const {report, messages} = parseReport(text, {format: 'text'})
    // The summary list names two causes; the first is stated in full further down and replaces its
    // bullet, the second is stated only in the summary, so its bullet is kept.
    const [summary, cause, ...recommendations] = report.findings
    expect(summary).toMatchObject({kind: 'cause-of-concern', id: 'cause-of-concern-1', text: 'carry out sufficiently effective investigations.'})
    expect(cause).toMatchObject({kind: 'cause-of-concern', id: 'cause-of-concern-2', subject: 'Staffordshire Police', subjectId: 'staffordshire'})
    expect(recommendations.map((finding) => finding.kind === 'recommendation' && [finding.text, finding.causeOfConcern, finding.addressees, finding.truncated ?? false])).toEqual([
      ['call handlers use and correctly record structured initial triage and risk assessments – this will help the force know what priority it should give the call and allow it to decide on the most appropriate response;', 'cause-of-concern-2', [{kind: 'force', name: 'Staffordshire Police', referenceId: 'staffordshire'}], false],
      ['vulnerable and repeat callers are routinely identified, as are other people in the household who may also be vulnerable; and', 'cause-of-concern-2', [{kind: 'force', name: 'Staffordshire Police', referenceId: 'staffordshire'}], false],
      ['ca', 'cause-of-concern-2', [{kind: 'force', name: 'Staffordshire Police', referenceId: 'staffordshire'}], true]
    ])
    expect(messages.map((message) => [message.ruleId, message.source, message.line, message.column, message.reason])).toEqual([
      ['truncated-finding', 'scrutiny-parser', 34, 5, 'Unexpected end of recommendation `ca` mid-sentence, expected it to end with punctuation'],
      ['cause-summary-only', 'scrutiny-parser', 17, 5, 'Unexpected cause of concern `carry out sufficiently effective investigations.` listed in short and not stated in full, expected its statement after the list']
    ])
    expect(messages[0]!.url).toBe('https://github.com/scrutiny-dev/scrutiny/blob/main/docs/parser-messages.md#truncated-finding')
  })

  it('reads a revisit letter: the causes of concern and recommendations it quotes are history, in document order', () => {
    const text = corpus('frs-avon-coc-revisit-2024-01')
    const {report, messages} = parseReport(text, {format: 'text', title: 'Avon Fire and Rescue Service: Causes of concern revisit letter'})
    expect([report.kind, report.framework]).toEqual(['fire-and-rescue-revisit', 'fire-and-rescue'])
    expect(report.findings).toEqual([])
    expect(report.history?.map((item) => [item.kind, item.position.start.line, item.section])).toEqual([
      ['cause-of-concern', 24, ['Cause of concern']],
      ...[27, 29, 30, 31, 32, 33, 34].map((line) => ['recommendation', line, ['Cause of concern']]),
      ['cause-of-concern', 38, ['Cause of concern']]
    ])
    expect(report.history?.[1]?.text).toBe(
      'By 19 September 2023, the service should provide an action plan to demonstrate how it will meet our recommendations, and it should have an effective risk information process in place.'
    )
    for (const item of report.history ?? []) expect(text.slice(item.position.start.offset, item.position.end.offset)).toBe(item.text)
    expect(messages.map((message) => message.ruleId)).toEqual(['truncated-finding', 'cause-without-recommendation'])
  })

  it('keeps the deadline and addressees of the recommendations a revisit letter restates', () => {
    const demandsOf = (name: string, title?: string) =>
      parseReport(corpus(name), {format: 'text', ...(title ? {title} : {})}).report.history?.map((item) => [item.kind, item.deadline ?? null, item.addressees ?? null])
    const service = (name: string) => [{kind: 'fire-and-rescue-service', name}]
    // "By 19 September 2023, the service should provide … The service should make sure that: • …":
    // the first sentence is a recommendation and the list after it shares its deadline.
    expect(demandsOf('frs-avon-coc-revisit-2024-01', 'Avon Fire and Rescue Service: Causes of concern revisit letter')).toEqual([
      ['cause-of-concern', null, null],
      ['recommendation', '2023-09-19', service('the service')],
      ...Array.from({length: 6}, () => ['recommendation', '2023-09-19', service('The service')]),
      ['cause-of-concern', null, null]
    ])
    // Each cause's "By 30 September 2021, the service should:" gives its list the deadline and addressee.
    const restated = ['recommendation', '2021-09-30', service('the service')]
    expect(demandsOf('frs-lincolnshire-coc-revisit-2023-01')).toEqual([
      ['cause-of-concern', null, null],
      ...Array.from({length: 3}, () => restated),
      ['cause-of-concern', null, null],
      ...Array.from({length: 5}, () => restated)
    ])
  })

  it('keeps the lead-in’s deadline and addressees on the recommendations of a cause said of an earlier inspection', () => {
    const text =
      'Causes of concern\n\nIn our 2022 inspection, we identified a cause of concern:\n\nThe force does not respond to calls quickly enough.\n\nBy 31 March 2023, the force should:\n\n- answer emergency calls in ten seconds;\n- review its call handling.\n\nSummary\n\nThe force has improved.'
    const {report} = parseReport(text, {format: 'text', title: 'PEEL 2023–25: An inspection of Kent Police'})
    expect(report.findings).toEqual([])
    expect(report.history?.map((item) => [item.kind, item.text, item.deadline ?? null, item.addressees ?? null])).toEqual([
      ['cause-of-concern', 'The force does not respond to calls quickly enough.', null, null],
      ...['answer emergency calls in ten seconds;', 'review its call handling.'].map((item) => ['recommendation', item, '2023-03-31', [{kind: 'force', name: 'the force', referenceId: 'kent'}]])
    ])
  })

  it('reads a revisit letter’s closing sentence as the status of the cause it is about, and a cause quoted in short then in full once', () => {
    const text = corpus('frs-avon-coc-revisit-2024-10')
    const {report} = parseReport(text, {format: 'text', title: 'Avon Fire and Rescue Service: Causes of concern revisit letter'})
    expect(report.findings).toEqual([])
    expect(report.history?.filter((item) => item.kind === 'cause-of-concern').map((item) => [item.text.slice(0, 60), item.status ?? null])).toEqual([
      ['The service’s mobilisation system, which records information', 'This has resulted in the closure of the accelerated cause of concern about the mobilisation system.'],
      ['Prevention activity isn’t a sufficiently high priority for t', null],
      ['The service has shown an intent to improve its culture, with', null],
      ['The service still doesn’t have an effective system to make s', null]
    ])
    expect(report.history?.filter((item) => item.kind === 'recommendation')).toHaveLength(7)
    // The landing page's short statement of the risk information cause is the letter's first sentence of it.
    expect(report.history?.[3]?.text).toMatch(/during an emergency\. We found examples of the risk information/)
  })

  it('gives a closing sentence to the cause it names by topic, and “this cause of concern” to the last cause quoted before it', () => {
    // A letter in the layout of the police revisit letters (Background, Cause of concern headings, findings).
    const letter = [
      '# Westshire Police: Causes of concern revisit letter',
      '## Background',
      'In 2023, we identified two causes of concern and made recommendations.',
      '## Cause of concern',
      'The force needs to improve how it investigates crime.',
      '## Cause of concern',
      'The force needs to improve how quickly it answers emergency calls.',
      '## Our findings',
      'Supervision of investigations is now effective. We have closed the cause of concern about how the force investigates crime.',
      'The force answers more calls on time. However, this cause of concern remains open.'
    ].join('\n\n')
    const {report} = parseReport(letter, {format: 'markdown'})
    expect([report.kind, report.findings]).toEqual(['cause-of-concern-revisit', []])
    expect(report.history?.map((item) => [item.text, item.status])).toEqual([
      ['The force needs to improve how it investigates crime.', 'We have closed the cause of concern about how the force investigates crime.'],
      ['The force needs to improve how quickly it answers emergency calls.', 'However, this cause of concern remains open.']
    ])
  })

  it('reads a PEEL 2018/19 page’s earlier area for improvement restated in prose, with the progress found', () => {
    const {report} = parseReport(corpus('peel-2018-essex'), {format: 'text', title: 'Essex 2018/19 – PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Essex Police'})
    expect(report.history?.map((item) => [item.kind, item.text, item.status])).toEqual([
      [
        'area-for-improvement',
        'the force should evaluate and share effective practice routinely, both internally and with partner organisations, to continually improve its approach to preventing crime and anti-social behaviour.',
        'We found that the force is still waiting the release of its preferred fix on the IT system – the Athena Partnership Problem Solving Solution (PPSS).'
      ]
    ])
    expect(report.findings.map((finding) => finding.id)).toEqual(['area-for-improvement-1', 'area-for-improvement-2'])
  })

  it('does not take a previous year’s grade, generic “should” text or summary prose', () => {
    const {report} = parseReport(corpus('frs-2021-shropshire'), {format: 'text', title: 'Shropshire 2021/22 – Shropshire Fire and Rescue Service'})
    expect(report.grades.map((grade) => [grade.grade, grade.quote])).toEqual([
      ['good', 'The extent to which the service is effective at keeping people safe and secure from fire and other risks is good.'],
      ['good', 'The extent to which the service is efficient at keeping people safe and secure from fire and other risks is good.'],
      ['good', 'The extent to which the service looks after its people is good.'],
      ['good', 'Shropshire Fire and Rescue Service is good at understanding risk.'],
      ['good', 'Shropshire Fire and Rescue Service is good at making best use of its resources.'],
      ['good', 'Shropshire Fire and Rescue Service is good at promoting the right values and culture.']
    ])
    expect(report.findings.map((finding) => [finding.kind, finding.truncated ?? false])).toEqual([
      ['area-for-improvement', false],
      ['area-for-improvement', true]
    ])
  })

  it('finds nothing in the negative documents', () => {
    for (const name of ['child-protection-derbyshire-2022', 'custody-cleveland-2011', 'regional-soc-south-east-2024', 'peel-2021-22-cleveland']) {
      const {report} = parseReport(corpus(name), {format: 'text'})
      expect([name, report.findings, report.grades]).toEqual([name, [], []])
    }
  })
})

describe('parseReport: Markdown and HTML (constructed PEEL 2023–25 layout)', () => {
  const markdown = read('constructed/peel-2023-25-constructed.md')
  const html = read('constructed/peel-2023-25-constructed.html')

  it('reads the same findings from both, and reports the numbering gap', () => {
    const fromMarkdown = parseReport(markdown, {path: 'report.md'})
    const fromHtml = parseReport(html, {path: 'report.html'})
    const shape = (finding: Finding) => [finding.id, finding.number ?? null, normaliseText(finding.text)]
    expect(fromHtml.report.findings.map(shape)).toEqual(fromMarkdown.report.findings.map(shape))
    expect(fromMarkdown.report.findings.map((finding) => finding.id)).toEqual([
      'cause-of-concern-1', 'recommendation-1', 'recommendation-2', 'recommendation-3', 'cause-of-concern-2', 'recommendation-4',
      'area-for-improvement-1', 'area-for-improvement-2', 'area-for-improvement-3', 'promising-practice-1', 'innovative-practice-1', 'recommendation-5'
    ])
    expect(fromMarkdown.messages.map((message) => [message.ruleId, message.reason, message.line])).toEqual([
      ['numbering-gap', 'Unexpected area-for-improvement number 4 after 2, expected 3', 66]
    ])
    expect(fromMarkdown.report.grades.map((grade) => [grade.area, grade.grade, grade.subjectId])).toEqual([
      ['Police powers and public treatment', 'good', 'cumbria'],
      ['Preventing crime', 'adequate', 'cumbria'],
      ['Responding to the public', 'requires-improvement', 'cumbria'],
      ['Investigating crime', 'inadequate', 'cumbria'],
      ['Protecting vulnerable people', 'adequate', 'cumbria']
    ])
    expect(fromHtml.report.grades).toHaveLength(5)
  })

  it('reads addressees and deadlines of recommendations to all forces', () => {
    const {report} = parseReport(markdown, {format: 'markdown'})
    const last = report.findings.at(-1)!
    expect(last).toMatchObject({
      kind: 'recommendation',
      text: 'By 31 March 2026, chief constables should review how their forces record the ethnicity of victims.',
      deadline: '2026-03-31',
      addressees: [{kind: 'chief-constables', name: 'chief constables'}]
    })
    expect(markdown.slice(last.position.start.offset, last.position.end.offset)).toBe(last.text)
    expect(report.findings[1]).toMatchObject({addressees: [{kind: 'force', name: 'the force', referenceId: 'cumbria'}], deadline: '2025-09-30'})
  })

  it('keeps restated earlier AFIs as history and skips contents and boilerplate', () => {
    const {report} = parseReport(markdown, {format: 'markdown'})
    expect(report.history?.map((item) => [item.text, item.status])).toEqual([
      ['The force should improve how it records equality data.', 'We found that the first has been addressed and the second remains.'],
      ['The force should reduce delays in answering non-emergency calls.', 'We found that the first has been addressed and the second remains.']
    ])
    expect(report.findings.some((finding) => /also consider|already be recording|less serious issue/.test(finding.text))).toBe(false)
  })

  it('points HTML findings at the converted node', () => {
    const {report} = parseReport(html, {format: 'html'})
    const cause = report.findings[0]!
    expect(html.slice(cause.position.start.offset, cause.position.end.offset)).toBe(
      "<p>The force isn't investigating crime effectively, and too many victims don't receive the service they deserve.</p>"
    )
  })
})

describe('parseReport: practice boxes with a title', () => {
  const title = 'PEEL 2023–2025: An inspection of Kent Police'
  const description = 'The force uses drones to search for missing people in rural areas.'
  const after = 'We expect forces to record equality data. Forces should always do this.'
  const section = [title, 'Responding to the public', 'Promising practice', 'Using drones to find missing people']
  const html = `<html><body><main><h1>${title}</h1><h2>Responding to the public</h2>
<h3>Promising practice</h3>
<h4>Using drones to find missing people</h4>
<p>${description}</p>
<p>${after}</p>
</main></body></html>`
  const text = `${title}\n\nResponding to the public\n\nPromising practice\n\nUsing drones to find missing people\n\n${description}\n\n${after}\n`
  const markdown = `# ${title}\n\n## Responding to the public\n\n### Promising practice\n\n#### Using drones to find missing people\n\n${description}\n\n${after}\n`
  const shape = (finding: Finding) => [finding.id, finding.subjectId ?? null, finding.text, finding.section]

  it('reads the description under the title, with the title last in the section (HTML, text, Markdown)', () => {
    for (const [input, format] of [[html, 'html'], [text, 'text'], [markdown, 'markdown']] as const) {
      const {report, messages} = parseReport(input, {format})
      // Bare-line headings of plain text share one depth, so its path starts at the box heading.
      const path = format === 'text' ? section.slice(2) : section
      expect(report.findings.map(shape)).toEqual([['promising-practice-1', 'kent', description, path]])
      expect(messages).toEqual([])
      if (format !== 'html') {
        const [finding] = report.findings
        expect(input.slice(finding!.position.start.offset, finding!.position.end.offset)).toBe(description)
      }
    }
  })

  it('reads several titled boxes; a second paragraph of a description is not a finding', () => {
    const boxes = `<h1>${title}</h1>
<h3>Promising practice</h3>
<h4>Using drones to find missing people</h4>
<p>${description}</p>
<p>Officers are trained to fly them at night.</p>
<h4>A triage car for mental health calls</h4>
<p>A nurse and an officer attend mental health calls together.</p>
<h3>Innovative practice</h3>
<h4>Digital case updates</h4>
<ul><li>Victims can track their case online.</li><li>They are told when a suspect is charged.</li></ul>
<p>${after}</p>
<h3>Summary</h3>
<p>The force is improving.</p>`
    const {report, messages} = parseReport(boxes, {format: 'html'})
    expect(report.findings.map((finding) => [finding.id, finding.text, finding.section.slice(1)])).toEqual([
      ['promising-practice-1', description, ['Promising practice', 'Using drones to find missing people']],
      ['promising-practice-2', 'A nurse and an officer attend mental health calls together.', ['Promising practice', 'A triage car for mental health calls']],
      ['innovative-practice-1', 'Victims can track their case online.', ['Innovative practice', 'Digital case updates']],
      ['innovative-practice-2', 'They are told when a suspect is charged.', ['Innovative practice', 'Digital case updates']]
    ])
    expect(messages).toEqual([])
  })

  it('reads one titled box after another in plain text and Markdown', () => {
    const second = 'A nurse and an officer attend mental health calls together.'
    const plain = `${title}\n\nPromising practice\n\nUsing drones to find missing people\n\n${description}\n\nOfficers are trained to fly them at night.\n\nPromising practice\n\nA triage car for mental health calls\n\n${second}\n\n${after}\n`
    const md = `# ${title}\n\n### Promising practice\n\n#### Using drones to find missing people\n\n${description}\n\nOfficers are trained to fly them at night.\n\n#### A triage car for mental health calls\n\n${second}\n\n${after}\n`
    for (const [input, format] of [[plain, 'text'], [md, 'markdown']] as const) {
      const {report, messages} = parseReport(input, {format})
      const path = (finding: Finding) => (format === 'text' ? finding.section : finding.section.slice(1))
      expect(report.findings.map((finding) => [finding.id, finding.text, path(finding)])).toEqual([
        ['promising-practice-1', description, ['Promising practice', 'Using drones to find missing people']],
        ['promising-practice-2', second, ['Promising practice', 'A triage car for mental health calls']]
      ])
      expect(messages).toEqual([])
    }
  })

  it('keeps practice statements and bullets directly under the heading, and other sections out of the box', () => {
    const direct = parseReport(`${title}\n\nPromising practice\n\n${description}\n\n${after}\n`, {format: 'text'})
    expect(direct.report.findings.map(shape)).toEqual([['promising-practice-1', 'kent', description, ['Promising practice']]])
    const bullets = parseReport(`# ${title}\n\n### Innovative practice\n\n- ${description}\n- Officers fly them at night.\n\n${after}\n`, {format: 'markdown'})
    expect(bullets.report.findings.map((finding) => finding.text)).toEqual([description, 'Officers fly them at night.'])
    const sibling = parseReport(`# ${title}\n\n### Promising practice\n\n### Summary\n\n${description}\n`, {format: 'markdown'})
    expect(sibling.report.findings).toEqual([])
    expect(sibling.messages.map((message) => message.ruleId)).toEqual(['empty-finding-section'])
  })
})

describe('parseReport: kind, cycle and fire and rescue services', () => {
  // Each real page parsed with the title its header records, as a caller passing `title` would.
  const parsed = (name: string) => {
    const raw = read(`corpus/reports/${name}.txt`)
    const title = /^title: (.*)$/m.exec(raw)?.[1]
    return parseReport(corpus(name), {format: 'text', ...(title ? {title} : {})}).report
  }

  it('tells the letters about causes of concern apart from the inspections they follow', () => {
    const kinds = [
      'frs-avon-coc-revisit-2024-01',
      'frs-cornwall-coc-progress-2021-12',
      'accelerated-coc-nottinghamshire-2024-03',
      'engage-exit-nottinghamshire-2025-05',
      'peel-2021-22-staffordshire-accelerated-coc',
      'frs-2021-shropshire',
      'peel-2021-22-cleveland'
    ].map((name) => [name, parsed(name).kind])
    expect(kinds).toEqual([
      ['frs-avon-coc-revisit-2024-01', 'fire-and-rescue-revisit'],
      ['frs-cornwall-coc-progress-2021-12', 'fire-and-rescue-revisit'],
      ['accelerated-coc-nottinghamshire-2024-03', 'accelerated-cause-of-concern'],
      ['engage-exit-nottinghamshire-2025-05', 'engage-letter'],
      ['peel-2021-22-staffordshire-accelerated-coc', 'cause-of-concern'],
      ['frs-2021-shropshire', 'fire-and-rescue'],
      ['peel-2021-22-cleveland', 'peel']
    ])
  })

  it('tells joint inspections by their titles, and a criminal justice joint inspection apart', () => {
    const kindOf = (title: string, text = 'Summary\n\nWe inspected how forces work with partners.') => parseReport(text, {format: 'text', title}).report.kind
    expect([
      kindOf('A joint thematic inspection of the police and Crown Prosecution Service’s response to rape'),
      kindOf('A joint inspection of the criminal justice response to domestic abuse'),
      kindOf('Joint targeted area inspection of the multi-agency response to children'),
      kindOf('PEEL 2023–25: An inspection of Kent Police', 'Summary\n\nThe force took part in a joint inspection of custody.')
    ]).toEqual(['joint', 'joint-criminal-justice', 'child-protection', 'peel'])
  })

  it('gives the cycle a title names, and the coarse family when none is named', () => {
    const frameworks = ['peel-2014-bedfordshire', 'peel-2016-humberside', 'peel-2018-essex', 'peel-2021-22-cleveland', 'peel-2023-25-gwent', 'frs-2018-cornwall', 'frs-2021-shropshire', 'frs-avon-coc-revisit-2024-01', 'regional-soc-south-east-2024'].map(
      (name) => [name, parsed(name).framework]
    )
    expect(frameworks).toEqual([
      ['peel-2014-bedfordshire', 'peel-2014-17'],
      ['peel-2016-humberside', 'peel-2014-17'],
      ['peel-2018-essex', 'peel-2018-19'],
      ['peel-2021-22-cleveland', 'peel-2021-22'],
      ['peel-2023-25-gwent', 'peel-2023-25'],
      ['frs-2018-cornwall', 'fire-2018-19'],
      ['frs-2021-shropshire', 'fire-2021-22'],
      ['frs-avon-coc-revisit-2024-01', 'fire-and-rescue'],
      ['regional-soc-south-east-2024', 'peel-2021-onwards']
    ])
  })

  it('names the fire and rescue service a page grades by its reference id', () => {
    const report = parsed('frs-2021-shropshire')
    expect(report.subjects).toEqual([{name: 'Shropshire Fire and Rescue Service', kind: 'fire-and-rescue-service', referenceId: 'shropshire'}])
    expect(new Set(report.grades.map((grade) => grade.subjectId))).toEqual(new Set(['shropshire']))
    expect(parsed('frs-2018-cornwall').subjects.map((subject) => subject.referenceId)).toEqual(['cornwall'])
  })

  it('does not give a service an id for a day before it existed under that name', () => {
    const {report} = parseReport('Grades\n\nDorset and Wiltshire Fire and Rescue Service is good at preventing fires.', {format: 'text', publishedOn: '2010-01-01'})
    expect(report.subjects.map((subject) => [subject.name, subject.referenceId ?? null])).toEqual([['Dorset and Wiltshire Fire and Rescue Service', null]])
  })
})

describe('parseReport: nothing lost', () => {
  it('reports an empty findings section and a cause of concern without recommendations', () => {
    const text = 'Areas for improvement\n\nWe found nothing further.\n\nCause of concern\n\nThe force does not understand its demand.\n\nSummary\n\nDone.'
    const {report, messages} = parseReport(text, {format: 'text', title: 'Cleveland Police'})
    expect(report.findings.map((finding) => [finding.kind, finding.subject])).toEqual([['cause-of-concern', 'Cleveland Police']])
    expect(messages.map((message) => [message.ruleId, message.reason, message.line])).toEqual([
      ['empty-finding-section', 'Unexpected section `Areas for improvement` with no area-for-improvement under it, expected at least one', 1],
      ['cause-without-recommendation', 'Unexpected cause of concern `The force does not understand its demand.` without recommendations, expected at least one', 7]
    ])
  })

  it('keeps a finding with no known subject, with a message', () => {
    const {report, messages} = parseReport('Areas for improvement\n\n• The force should improve.', {format: 'text'})
    expect(report.findings.map((finding) => [finding.text, finding.subject ?? null])).toEqual([['The force should improve.', null]])
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-subject'])
  })

  it('reads numbered items from 1000 on (plain text)', () => {
    const items = Array.from({length: 1001}, (_, index) => `${index + 1}. The force should improve process ${index + 1}.`)
    const text = `Cleveland Police\n\nAreas for improvement\n\n${items.join('\n')}\n`
    const {report, messages} = parseReport(text, {format: 'text'})
    expect(report.findings).toHaveLength(1001)
    expect(report.findings.slice(998).map((finding) => [finding.number, finding.text])).toEqual([
      ['999', 'The force should improve process 999.'],
      ['1000', 'The force should improve process 1000.'],
      ['1001', 'The force should improve process 1001.']
    ])
    expect(messages).toEqual([])
  })

  it.each(['text', 'markdown'] as const)('keeps a line shaped like the next item but not read as one, with a warning (%s)', (format) => {
    const text = `Cleveland Police\n\n${format === 'markdown' ? '## ' : ''}Areas for improvement\n\n1. The force should act.\n2. The force should train.\n\n1234567890. The force should review.\n\nThese are explained below.\n`
    const {report, messages} = parseReport(text, {format})
    const findings = report.findings.map((finding) => [finding.number, finding.text, text.slice(finding.position.start.offset, finding.position.end.offset)])
    expect(findings.at(-1)).toEqual(['1234567890', 'The force should review.', 'The force should review.'])
    expect(findings).toHaveLength(3)
    expect(messages.filter((message) => message.ruleId === 'unplaced-finding').map((message) => [message.reason, message.line])).toEqual([
      ['Unexpected area-for-improvement `The force should review.` outside the list before it, expected a list item', 8]
    ])
  })

  it('points a Markdown list item that is a heading at its text', () => {
    const text = 'Recommendation 2\n1. # the force should act #\n2. > The force should train.\n'
    const {report} = parseReport(text, {format: 'markdown'})
    expect(report.findings.map((finding) => [finding.number, finding.text, text.slice(finding.position.start.offset, finding.position.end.offset)])).toEqual([
      ['1', 'the force should act', 'the force should act'],
      ['2', 'The force should train.', 'The force should train.']
    ])
  })

  it('reads a Markdown paragraph after a line holding only a no-break space as a new block', () => {
    const text = 'Cleveland Police\n\n## Areas for improvement\n\n- The force should act.\n\u00a0\nThese are explained below. The force should not be complacent.\n'
    const {report} = parseReport(text, {format: 'markdown'})
    expect(report.findings.map((finding) => finding.text)).toEqual(['The force should act.'])
  })

  it('reports an invalid option without throwing', () => {
    const {report, messages} = parseReport('Cause of concern\n\nIt is poor.\n\nRecommendations\n\nThe force should act.', {format: 'text', publishedOn: '2024-02-30', url: 'not a url'})
    expect(report.publishedOn).toBeUndefined()
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected `publishedOn` "2024-02-30", expected a date written YYYY-MM-DD',
      'Unexpected findings without a named force, unit or service, expected the report to name its subject',
      'Unexpected `url` "not a url", expected an absolute URL'
    ])
  })
})

describe('parseReport: bad input', () => {
  it('throws typed errors only for unreadable input', () => {
    expect(() => parseReport('', {path: 'empty.md'})).toThrow(EmptyInputError)
    expect(() => parseReport(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), {path: 'report.pdf'})).toThrow(BinaryInputError)
  })

  it('stays linear on adversarial long lines and never throws on text', () => {
    const listMarkers = ['1. ', '- ', '• ', '…: –']
    const pieces = [...listMarkers, 'The force should ', 'is good at ', ' has been graded as ', '. ', ' ', '‘', 'Areas for improvement ', '|', '*']
    for (const piece of pieces) {
      const line = `Areas for improvement\n\n${piece.repeat(Math.ceil(1_000_000 / piece.length))}x`
      expect(() => parseReport(line, {format: 'text'})).not.toThrow()
      // remark-parse itself is quadratic in list nesting ("- - - …" on one line), so Markdown
      // gets every piece except list markers at this size.
      if (!listMarkers.includes(piece)) expect(() => parseReport(line, {format: 'markdown'})).not.toThrow()
    }
  })
})

describe('remarkScrutinyReport', () => {
  it('stores the report on file.data in a unified pipeline', () => {
    const markdown = read('constructed/peel-2023-25-constructed.md')
    const processor = unified().use(remarkParse).use(remarkScrutinyReport, {title: 'PEEL 2023–25 – Cumbria Constabulary'})
    const file = new VFile({path: 'report.md', value: markdown})
    processor.runSync(processor.parse(file), file)
    expect(file.data.scrutinyReport?.findings).toHaveLength(12)
    expect(file.data.scrutinyReport?.subjects[0]).toEqual({name: 'Cumbria Constabulary', kind: 'force', referenceId: 'cumbria'})
  })

  it('is what reportFromTree computes', () => {
    const {tree, file} = toMdast(seed, {format: 'text'})
    expect(reportFromTree(tree, file, {format: 'text'}).report.findings).toHaveLength(9)
  })
})

describe('normaliseText', () => {
  it('makes quotes straight, dashes and non-breaking hyphens `-`, and whitespace one space', () => {
    expect(normaliseText('  The service’s\u00A0 site\u2011specific\n risk – “visits”\u00AD ')).toBe(`The service's site-specific risk - "visits"`)
  })
})
