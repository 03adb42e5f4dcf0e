import * as z from 'zod'
import {IsoDate} from './dates.js'
import {Finding, HistoricalFinding} from './finding.js'
import {SourceSpan} from './position.js'

/** The version of the document model; bumped on a breaking change to either document. */
export const schemaVersion = '1.0' as const

// What each kind obliges a local policing body to do is data: see `reportKindFacts`.
export const reportKinds = [
  'peel',
  'peel-spotlight',
  'cause-of-concern',
  'accelerated-cause-of-concern',
  'cause-of-concern-revisit',
  'engage-letter',
  'thematic',
  'regional',
  'joint',
  'joint-criminal-justice',
  'custody',
  'child-protection',
  'crime-data-integrity',
  'revisit',
  'fire-and-rescue',
  'fire-and-rescue-revisit',
  'state-of-policing',
  'other'
] as const

export const ReportKind = z.enum(reportKinds).meta({
  id: 'ReportKind',
  title: 'Report kind',
  description:
    'The family of the report: a PEEL force report, PEEL spotlight, standalone cause-of-concern report, accelerated cause of concern, cause-of-concern revisit letter, letter moving a force into or out of enhanced monitoring (Engage), national thematic, regional organised crime inspection, joint inspection, joint criminal justice inspection, custody inspection (with HM Inspectorate of Prisons), child protection inspection, crime data integrity, another revisit, fire and rescue inspection, fire and rescue revisit, State of Policing, or other.'
})

// The coarse ids came first and stay valid; the per-cycle ids say which question set the grades follow.
export const inspectionFrameworks = [
  'peel-2014-2019',
  'peel-2021-onwards',
  'peel-2014-17',
  'peel-2018-19',
  'peel-2021-22',
  'peel-2023-25',
  'peel-2025-27',
  'fire-and-rescue',
  'fire-2018-19',
  'fire-2021-22',
  'fire-2023-25',
  'fire-2025-27',
  'other'
] as const

export const InspectionFramework = z.enum(inspectionFrameworks).meta({
  id: 'InspectionFramework',
  title: 'Inspection framework',
  description:
    'The grading framework. Per cycle: PEEL 2014–17 (pillars), PEEL 2018/19 (integrated), PEEL 2021/22, PEEL 2023–25, PEEL 2025–27 (first core question: leadership and force management), and the fire and rescue rounds 2018/19, 2021/22, 2023–25 and 2025–27. Coarse ids kept for older documents: peel-2014-2019 (four-point grades), peel-2021-onwards (five-point, adding adequate), fire-and-rescue, other.'
})

export const gradeValues = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate'] as const

export const GradeValue = z.enum(gradeValues).meta({
  id: 'GradeValue',
  title: 'Grade',
  description: 'A graded judgement, normalised: "Requires Improvement" becomes requires-improvement.'
})

export const subjectKinds = ['force', 'rocu', 'region', 'fire-and-rescue-service', 'national-body', 'other'] as const

export const ReportSubject = z
  .object({
    name: z.string().min(1).meta({description: 'The subject as printed.'}),
    kind: z.enum(subjectKinds).meta({description: 'What sort of body the subject is.'}),
    referenceId: z.string().optional().meta({description: 'Reference-data id, when the name resolves to one.'})
  })
  .meta({
    id: 'ReportSubject',
    title: 'Report subject',
    description: 'A force, unit, region or service the report inspects.'
  })

export const Grade = z
  .object({
    subject: z.string().min(1).meta({description: 'Who is graded, as printed.'}),
    subjectId: z.string().optional().meta({description: 'Reference-data id of the subject, when known.'}),
    area: z.string().min(1).meta({description: 'The pillar, question or theme graded, as printed.'}),
    grade: GradeValue,
    quote: z.string().min(1).meta({description: 'The sentence or label the grade was read from, verbatim.'}),
    section: z.array(z.string()).meta({description: 'The heading path the grade sits under.'}),
    position: SourceSpan
  })
  .meta({
    id: 'Grade',
    title: 'Graded judgement',
    description: "One graded judgement of this report (a previous inspection's grade is not one)."
  })

export const InspectionReport = z
  .object({
    schemaVersion: z.literal(schemaVersion).meta({description: 'The version of the document model.'}),
    title: z.string().min(1).meta({description: 'The report title as published.'}),
    publishedOn: IsoDate.optional().meta({description: 'The day the report was published: day 1 of the 56.'}),
    url: z.url().optional().meta({description: 'Where the report is published.'}),
    kind: ReportKind,
    framework: InspectionFramework.optional(),
    subjects: z.array(ReportSubject).meta({description: 'The forces, units, regions or services inspected.'}),
    grades: z.array(Grade).meta({description: 'The graded judgements of this report, in document order.'}),
    findings: z.array(Finding).meta({description: 'Every finding, in document order.'}),
    history: z
      .array(HistoricalFinding)
      .optional()
      .meta({description: "Earlier inspections' findings restated in this report, with their status."})
  })
  .meta({
    id: 'InspectionReport',
    title: 'Inspection report',
    description:
      'An HMICFRS (or HMIC) inspection report: what was inspected, its graded judgements and its findings.'
  })

export type ReportKind = z.infer<typeof ReportKind>
export type InspectionFramework = z.infer<typeof InspectionFramework>
export type GradeValue = z.infer<typeof GradeValue>
export type ReportSubject = z.infer<typeof ReportSubject>
export type Grade = z.infer<typeof Grade>
export type InspectionReport = z.infer<typeof InspectionReport>
