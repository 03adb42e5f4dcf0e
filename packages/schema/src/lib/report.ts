import * as z from 'zod'
import {IsoDate} from './dates.js'
import {Finding, HistoricalFinding} from './finding.js'
import {SourceSpan} from './position.js'

/** The version of the document model; bumped on a breaking change to either document. */
export const schemaVersion = '1.0' as const

export const reportKinds = [
  'peel',
  'peel-spotlight',
  'thematic',
  'regional',
  'joint',
  'custody',
  'child-protection',
  'crime-data-integrity',
  'revisit',
  'fire-and-rescue',
  'state-of-policing',
  'other'
] as const

export const ReportKind = z.enum(reportKinds).meta({
  id: 'ReportKind',
  title: 'Report kind',
  description:
    'The family of the report: PEEL, PEEL spotlight, thematic, regional, joint, custody, child protection, crime data integrity, a revisit or cause-of-concern letter, fire and rescue, State of Policing, or other.'
})

export const inspectionFrameworks = ['peel-2014-2019', 'peel-2021-onwards', 'fire-and-rescue', 'other'] as const

export const InspectionFramework = z.enum(inspectionFrameworks).meta({
  id: 'InspectionFramework',
  title: 'Inspection framework',
  description:
    'The grading framework: PEEL 2014-2019 (four points: outstanding, good, requires improvement, inadequate), PEEL 2021/22 onwards (five points, adding adequate), fire and rescue, or other.'
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
