import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  DocumentValidationError,
  Finding,
  GradeValue,
  HistoricalFinding,
  InspectionReport,
  ReportKind,
  StatutoryResponse,
  assertInspectionReport,
  findingKinds,
  gradeValues,
  inspectionFrameworks,
  InspectionFramework,
  reportKinds,
  Stance,
  stances,
  PartKind,
  partKinds,
  validateInspectionReport,
  validateStatutoryResponse
} from '../src/index.js'

const readExample = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'))
const seedText = readFileSync(
  new URL('../../../fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', import.meta.url),
  'utf8'
)

const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
const minimalReport = {
  schemaVersion: '1.0',
  title: 'PEEL 2023–25: An inspection of Example Police',
  kind: 'peel',
  subjects: [],
  grades: [],
  findings: []
}

describe('the seed examples', () => {
  const report = InspectionReport.parse(readExample('seed-report.json'))
  const response = StatutoryResponse.parse(readExample('seed-response.json'))

  it('hold the seven AFIs and two innovative practices the seed quotes, in document order', () => {
    expect(report.findings.map((finding) => finding.id)).toEqual([
      'afi-1',
      'innovative-practice-1',
      'innovative-practice-2',
      'afi-2',
      'afi-3',
      'afi-4',
      'afi-5',
      'afi-6',
      'afi-7'
    ])
    expect(report.grades.map((grade) => [grade.subject, grade.grade])).toEqual([
      ['Regional Organised Crime Unit for the West Midlands (ROCUWM)', 'adequate'],
      ['Warwickshire Police', 'requires-improvement']
    ])
  })

  it('point every finding, grade and response passage at its verbatim text in the seed', () => {
    const spans = [
      ...report.findings.map((finding) => [finding.text, finding.position] as const),
      ...report.grades.map((grade) => [grade.quote, grade.position] as const),
      ...response.findingResponses.map((passage) => [passage.text, passage.position] as const)
    ]
    expect(spans).toHaveLength(18)
    for (const [text, {start, end}] of spans) {
      expect(seedText.slice(start.offset, end.offset)).toBe(text)
      const lineStart = seedText.lastIndexOf('\n', (start.offset ?? 0) - 1) + 1
      expect(start.column).toBe((start.offset ?? 0) - lineStart + 1)
      expect(start.line).toBe(seedText.slice(0, start.offset).split('\n').length)
    }
  })

  it('record all three statutory parts of the response', () => {
    expect(response.lpbComments?.heading).toBe('1.\u00a0 Local Policing Body’s Comments.')
    expect(response.chiefOfficerComments?.heading).toBe('2.\u00a0 Comments from the Chief Constable')
    expect(response.responseToChiefOfficer?.heading).toBe('3.\u00a0 Comments from the local policing body on the CC’s comments')
    expect(response.statutoryBasis).toEqual([
      expect.objectContaining({text: 'Section 55(1) of the Police Act 1996', subsection: '55(1)'})
    ])
  })
})

describe('InspectionReport', () => {
  it('accepts a minimal report and rejects what is missing or wrong, with paths', () => {
    expect(validateInspectionReport(minimalReport).success).toBe(true)
    const result = validateInspectionReport({...minimalReport, title: '', publishedOn: '2024-02-30', kind: 'peel-2024'})
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues.map((issue) => issue.path)).toEqual(['title', 'publishedOn', 'kind'])
    }
  })

  it.each(reportKinds)('accepts the report kind %s', (kind) => {
    expect(ReportKind.parse(kind)).toBe(kind)
    expect(validateInspectionReport({...minimalReport, kind}).success).toBe(true)
  })

  it.each(inspectionFrameworks)('accepts the framework %s', (framework) => {
    expect(InspectionFramework.parse(framework)).toBe(framework)
  })

  it.each(gradeValues)('accepts the grade %s and nothing unnormalised', (grade) => {
    expect(GradeValue.parse(grade)).toBe(grade)
  })

  it('rejects grades as printed, which must be normalised first', () => {
    expect(GradeValue.safeParse('Requires Improvement').success).toBe(false)
  })

  it('names the path of a bad finding and throws DocumentValidationError from the assert helper', () => {
    const bad = {...minimalReport, findings: [{kind: 'recommendation', id: 'rec-1', text: 'x', section: [], position}]}
    const result = validateInspectionReport(bad)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues).toEqual([{path: 'findings[0].addressees', message: expect.any(String)}])
    expect(() => assertInspectionReport(bad)).toThrow(DocumentValidationError)
    expect(() => assertInspectionReport(bad)).toThrow(/^Invalid inspection report: expected a document that matches the schema, found 1 issue\(s\):\n {2}- findings\[0\]\.addressees: /)
  })
})

describe('Finding', () => {
  const common = {id: 'x-1', text: 'The force should improve.', section: ['Areas for improvement'], position}

  it.each(findingKinds)('discriminates the kind %s', (kind) => {
    const extra = kind === 'recommendation' ? {addressees: [{kind: 'chief-constables', name: 'chief constables'}]} : {}
    expect(Finding.parse({kind, ...common, ...extra}).kind).toBe(kind)
  })

  it('keeps a recommendation’s deadline and cause of concern', () => {
    const finding = Finding.parse({
      kind: 'recommendation',
      ...common,
      addressees: [{kind: 'chief-constables', name: 'chief constables'}],
      deadline: '2025-03-31',
      causeOfConcern: 'cause-of-concern-1'
    })
    expect(finding).toMatchObject({deadline: '2025-03-31', causeOfConcern: 'cause-of-concern-1'})
  })

  it('rejects an unknown kind, an id with spaces and empty text', () => {
    expect(Finding.safeParse({kind: 'observation', ...common}).success).toBe(false)
    expect(Finding.safeParse({kind: 'area-for-improvement', ...common, id: 'AFI 1'}).success).toBe(false)
    expect(Finding.safeParse({kind: 'area-for-improvement', ...common, text: ''}).success).toBe(false)
  })
})

describe('StatutoryResponse', () => {
  const minimal = {schemaVersion: '1.0', report: {}, addressees: [], statutoryBasis: [], findingResponses: [], exclusions: []}

  it('accepts a response with nothing found and rejects a wrong schema version', () => {
    expect(validateStatutoryResponse(minimal).success).toBe(true)
    const result = validateStatutoryResponse({...minimal, schemaVersion: '0.9'})
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toEqual(['schemaVersion'])
  })

  it.each(stances)('accepts the stance %s', (stance) => {
    expect(Stance.parse(stance)).toBe(stance)
  })

  it.each(partKinds)('accepts the part %s', (part) => {
    expect(PartKind.parse(part)).toBe(part)
  })

  it('reports a missing report reference at the root', () => {
    const {report: _report, ...withoutReport} = minimal
    const result = validateStatutoryResponse(withoutReport)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toEqual(['report'])
  })
})

describe('HistoricalFinding', () => {
  const restated = {text: 'The service should review its risk information.', section: ['Cause of concern'], position}

  it('keeps a restated recommendation’s addressees and deadline', () => {
    const item = {kind: 'recommendation', ...restated, deadline: '2023-09-19', addressees: [{kind: 'fire-and-rescue-service', name: 'the service'}]}
    expect(HistoricalFinding.parse(item)).toEqual(item)
  })

  it('rejects addressees or a deadline on a restated finding of another kind', () => {
    expect(HistoricalFinding.safeParse({kind: 'cause-of-concern', ...restated, deadline: '2023-09-19'}).error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['kind'], 'Unexpected addressees or deadline on a restated finding that is not a recommendation']
    ])
    expect(HistoricalFinding.safeParse({kind: 'area-for-improvement', ...restated, addressees: []}).success).toBe(false)
  })
})
