import {readFileSync} from 'node:fs'
import {validateInspectionReport} from '@scrutiny/schema'
import type {Finding, Grade} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Layouts of real HMICFRS pages that the stored fixtures lack. The constructed page follows the
// plain text of a PEEL 2023–25 page copied from a browser; the inline cases vary one layout each.

const fixtures = new URL('../../../fixtures/', import.meta.url)
const peelText = readFileSync(new URL('constructed/peel-2023-25-text-constructed.txt', fixtures), 'utf8')

const summary = (finding: Finding) => [finding.id, finding.number ?? null, finding.subject ?? null, finding.subjectId ?? null, finding.text]
const gradeSummary = (grade: Grade) => [grade.subject, grade.subjectId ?? null, grade.area, grade.grade]
const rules = (messages: Array<{ruleId?: string | null}>) => messages.map((message) => message.ruleId)

describe('parseReport: a PEEL 2023–25 page as plain text (constructed)', () => {
  const {report, messages} = parseReport(peelText, {path: 'peel-2023-25-text-constructed.txt'})

  it('gives a valid report titled, dated and about the force its title names', () => {
    expect(validateInspectionReport(report).success).toBe(true)
    expect([report.title, report.kind, report.framework, report.publishedOn]).toEqual([
      'PEEL 2023–2025: An inspection of Lincolnshire Police',
      'peel',
      'peel-2023-25',
      '2025-03-12'
    ])
    expect(report.subjects).toEqual([{name: 'Lincolnshire Police', kind: 'force', referenceId: 'lincolnshire'}])
  })

  it('reads the "Area: Grade" lines under "… was graded as follows:"', () => {
    expect(report.grades.map(gradeSummary)).toEqual([
      ['Lincolnshire Police', 'lincolnshire', 'Investigating crime', 'requires-improvement'],
      ['Lincolnshire Police', 'lincolnshire', 'Protecting vulnerable people', 'adequate'],
      ['Lincolnshire Police', 'lincolnshire', 'Responding to the public', 'good']
    ])
    for (const grade of report.grades) {
      expect(peelText.slice(grade.position.start.offset, grade.position.end.offset)).toBe(grade.quote)
    }
    expect(report.grades[0]!.quote).toBe('Investigating crime: Requires improvement')
  })

  it('finds the numbered AFIs, the cause of concern with its recommendations and the practice, with the title’s subject', () => {
    expect(report.findings.map(summary)).toEqual([
      ['area-for-improvement-1', '1', 'Lincolnshire Police', 'lincolnshire', 'The force should make sure it answers emergency and non-emergency calls within national standards.'],
      ['area-for-improvement-2', '2', 'Lincolnshire Police', 'lincolnshire', 'The force should improve how it supervises investigations so that victims receive a good service.'],
      ['cause-of-concern-1', null, 'Lincolnshire Police', 'lincolnshire', 'Lincolnshire Police doesn’t have effective processes to manage registered sex offenders.'],
      ['recommendation-1', null, 'Lincolnshire Police', 'lincolnshire', 'make sure it reduces the backlog of overdue visits to registered sex offenders; and'],
      ['recommendation-2', null, 'Lincolnshire Police', 'lincolnshire', 'make sure it has enough trained staff to manage the risk posed by these offenders.'],
      ['innovative-practice-1', null, 'Lincolnshire Police', 'lincolnshire', 'The force uses a digital tool to help victims track their case.']
    ])
    const recommendations = report.findings.filter((finding) => finding.kind === 'recommendation')
    for (const recommendation of recommendations) {
      expect(recommendation.addressees).toEqual([{kind: 'force', name: 'the force', referenceId: 'lincolnshire'}])
      expect(recommendation.causeOfConcern).toBe('cause-of-concern-1')
    }
    expect(report.findings[0]!.section).toEqual(['Areas for improvement', 'Area for improvement 1'])
    for (const finding of report.findings) {
      expect(peelText.slice(finding.position.start.offset, finding.position.end.offset)).toBe(finding.text)
    }
  })

  it('warns about nothing: the AFIs sit under numbered sub-headings and the title names the force', () => {
    expect(messages.map(String)).toEqual([])
  })

  it('lets the publishedOn option win over the printed date', () => {
    expect(parseReport(peelText, {publishedOn: '2025-03-13'}).report.publishedOn).toBe('2025-03-13')
  })
})

describe('parseReport: grade layouts', () => {
  it('reads an area line followed by a grade line, and table rows copied as text', () => {
    const text = [
      'PEEL 2023–2025: An inspection of Kent Police',
      '',
      'Kent Police was graded as follows:',
      'Investigating crime',
      'Requires improvement',
      'Protecting vulnerable people',
      'Adequate',
      '',
      'Area | Grade',
      'Responding to the public | Good',
      'Preventing crime | Inadequate',
      ''
    ].join('\n')
    const {report, messages} = parseReport(text, {path: 'kent.txt'})
    expect(report.grades.map(gradeSummary)).toEqual([
      ['Kent Police', 'kent', 'Investigating crime', 'requires-improvement'],
      ['Kent Police', 'kent', 'Protecting vulnerable people', 'adequate'],
      ['Kent Police', 'kent', 'Responding to the public', 'good'],
      ['Kent Police', 'kent', 'Preventing crime', 'inadequate']
    ])
    expect(rules(messages)).toEqual([])
  })

  it('reads "Area: Grade" lines that Markdown joins into one paragraph, each at its own line', () => {
    const markdown = '# Our judgments\n\nWe graded Kent Police as follows:\n\nInvestigating crime: Requires improvement\nResponding to the public: Good\n'
    const {report} = parseReport(markdown, {path: 'kent.md'})
    expect(report.grades.map(gradeSummary)).toEqual([
      ['Kent Police', 'kent', 'Investigating crime', 'requires-improvement'],
      ['Kent Police', 'kent', 'Responding to the public', 'good']
    ])
    expect(report.grades.map((grade) => [grade.quote, grade.position.start.line, grade.position.start.column])).toEqual([
      ['Investigating crime: Requires improvement', 5, 1],
      ['Responding to the public: Good', 6, 1]
    ])
  })

  it('takes the subject of "Area: Grade" lines from the lead-in when the title does not name it', () => {
    const text = 'Police inspection summary\n\nSurrey Police was graded as follows:\nInvestigating crime: Good\n'
    const {report} = parseReport(text, {path: 'surrey.txt'})
    expect(report.grades.map(gradeSummary)).toEqual([['Surrey Police', 'surrey', 'Investigating crime', 'good']])
  })

  it('does not read prose with a colon, or a longer tail, as a grade', () => {
    const text = [
      'An inspection of Kent Police',
      '',
      'The force told us: good progress has been made.',
      '',
      'Our view of the force: Good work on burglary, but more to do.',
      ''
    ].join('\n')
    expect(parseReport(text, {path: 'kent.txt'}).report.grades).toEqual([])
  })
})

describe('parseReport: the subject from the title', () => {
  const afi = '\n\nArea for improvement\n\nThe force should improve how it records crime.\n'

  for (const [title, name, id] of [
    ['PEEL 2023–2025: An inspection of Lincolnshire Police', 'Lincolnshire Police', 'lincolnshire'],
    ['An inspection of Avon and Somerset Constabulary', 'Avon and Somerset Police', 'avon-and-somerset'],
    ['PEEL 2021/22 – An inspection of the Metropolitan Police Service', 'Metropolitan Police Service', 'metropolitan'],
    ['Essex PEEL 2018', 'Essex Police', 'essex']
  ] as const) {
    it(`"${title}" as the first heading or the title option`, () => {
      for (const parsed of [parseReport(`${title}${afi}`, {path: 'a.txt'}), parseReport(afi, {path: 'a.txt', title})]) {
        expect(parsed.report.findings.map((finding) => [finding.subject, finding.subjectId])).toEqual([[name, id]])
        expect(rules(parsed.messages)).toEqual([])
      }
    })
  }

  it('does not take a force from a region named in the title', () => {
    const title = 'An inspection of the West Midlands regional response to serious and organised crime'
    const {report} = parseReport(afi, {path: 'a.txt', title})
    expect(report.findings[0]!.subjectId).toBeUndefined()
  })
})

describe('parseReport: numbered finding headings', () => {
  it('numbers a finding by its heading and reports a gap between headings', () => {
    const text = [
      'An inspection of Kent Police',
      '',
      'Areas for improvement',
      '',
      'Area for improvement 1',
      'The force should improve how it assesses risk in missing person cases.',
      '',
      'Area for improvement 3',
      'The force should improve its understanding of its workforce’s wellbeing needs.',
      ''
    ].join('\n')
    const {report, messages} = parseReport(text, {path: 'kent.txt'})
    expect(report.findings.map(summary)).toEqual([
      ['area-for-improvement-1', '1', 'Kent Police', 'kent', 'The force should improve how it assesses risk in missing person cases.'],
      ['area-for-improvement-2', '3', 'Kent Police', 'kent', 'The force should improve its understanding of its workforce’s wellbeing needs.']
    ])
    expect(messages.map(String)).toEqual(['kent.txt:8:1-8:23: Unexpected area-for-improvement number 3 after 1, expected 2'])
  })

  it('reads a standalone "Recommendation 1" with its addressee and deadline', () => {
    const text = [
      'PEEL 2023–2025: An inspection of Kent Police',
      'Published: 3 April 2024',
      '',
      'Recommendation 1',
      'By 31 March 2026, chief constables should review how their forces record the ethnicity of victims.',
      ''
    ].join('\n')
    const {report, messages} = parseReport(text, {path: 'kent.txt'})
    expect(report.publishedOn).toBe('2024-04-03')
    const [recommendation] = report.findings
    expect(recommendation).toMatchObject({
      kind: 'recommendation',
      number: '1',
      addressees: [{kind: 'chief-constables', name: 'chief constables'}],
      deadline: '2026-03-31'
    })
    expect(recommendation).not.toHaveProperty('causeOfConcern')
    expect(rules(messages)).toEqual([])
  })

  it('still reports an empty findings heading', () => {
    const text = 'An inspection of Kent Police\n\nAreas for improvement\n\nOur findings\n\nThe force is doing well.\n'
    expect(rules(parseReport(text, {path: 'kent.txt'}).messages)).toEqual(['empty-finding-section'])
  })
})
