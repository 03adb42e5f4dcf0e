import * as z from 'zod'
import {IsoDate} from './dates.js'
import {SourceSpan} from './position.js'

export const findingKinds = [
  'cause-of-concern',
  'recommendation',
  'area-for-improvement',
  'innovative-practice',
  'promising-practice'
] as const

export const FindingKind = z.enum(findingKinds).meta({
  id: 'FindingKind',
  title: 'Finding kind',
  description:
    'What HMICFRS calls the finding: a cause of concern (always with recommendations), a recommendation, an area for improvement, or innovative or promising practice.'
})

export const addresseeKinds = [
  'chief-constables',
  'force',
  'local-policing-body',
  'rocu',
  'npcc',
  'college-of-policing',
  'home-office',
  'nca',
  'fire-and-rescue-service',
  'other'
] as const

export const Addressee = z
  .object({
    kind: z.enum(addresseeKinds).meta({
      description:
        'Who the recommendation is addressed to: all chief constables, a named force, a local policing body, a regional organised crime unit, the NPCC, the College of Policing, the Home Office, the NCA, a fire and rescue service, or another body.'
    }),
    name: z.string().min(1).meta({description: 'The addressee as printed, e.g. "chief constables".'}),
    referenceId: z
      .string()
      .optional()
      .meta({description: 'Reference-data id of the force or body, when it resolves to one.'})
  })
  .meta({
    id: 'Addressee',
    title: 'Addressee',
    description: 'A body a recommendation is addressed to.'
  })

const findingFields = {
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .meta({
      description:
        'Stable identifier within the document, e.g. "afi-3": the kind and its place in document order, so the same input gives the same ids.'
    }),
  number: z
    .string()
    .min(1)
    .optional()
    .meta({description: 'The number as printed ("3", "1.2", "AFI 4"), if the finding is numbered.'}),
  text: z.string().min(1).meta({description: 'The finding, verbatim from the source.'}),
  subject: z
    .string()
    .optional()
    .meta({description: 'The force, unit, region or service the finding is about, from the section it sits in.'}),
  subjectId: z
    .string()
    .optional()
    .meta({description: 'Reference-data id of the subject, when it resolves to one.'}),
  section: z
    .array(z.string())
    .meta({description: 'The heading path the finding sits under, outermost first.'}),
  truncated: z
    .boolean()
    .optional()
    .meta({description: 'True when the source text stops mid-sentence inside this finding.'}),
  position: SourceSpan
}

export const CauseOfConcern = z
  .object({kind: z.literal('cause-of-concern'), ...findingFields})
  .meta({
    id: 'CauseOfConcern',
    title: 'Cause of concern',
    description:
      'A serious, critical or systemic shortcoming; its recommendations are separate findings that point back to it.'
  })

export const Recommendation = z
  .object({
    kind: z.literal('recommendation'),
    ...findingFields,
    addressees: z.array(Addressee).meta({description: 'Who the recommendation is addressed to, as printed.'}),
    deadline: IsoDate.optional().meta({description: 'The date by which it should be done ("By 31 March 2025, ...").'}),
    causeOfConcern: z
      .string()
      .optional()
      .meta({description: 'The id of the cause of concern this recommendation belongs to, if any.'})
  })
  .meta({
    id: 'Recommendation',
    title: 'Recommendation',
    description:
      'A recommendation: section 55(5B) obliges the local policing body to explain what it has done or will do about it, or why nothing.'
  })

export const AreaForImprovement = z
  .object({kind: z.literal('area-for-improvement'), ...findingFields})
  .meta({
    id: 'AreaForImprovement',
    title: 'Area for improvement',
    description: 'An area for improvement (AFI): less serious than a cause of concern, and not a recommendation.'
  })

export const InnovativePractice = z
  .object({kind: z.literal('innovative-practice'), ...findingFields})
  .meta({id: 'InnovativePractice', title: 'Innovative practice', description: 'Practice HMICFRS calls innovative.'})

export const PromisingPractice = z
  .object({kind: z.literal('promising-practice'), ...findingFields})
  .meta({id: 'PromisingPractice', title: 'Promising practice', description: 'Practice HMICFRS calls promising.'})

export const Finding = z
  .discriminatedUnion('kind', [CauseOfConcern, Recommendation, AreaForImprovement, InnovativePractice, PromisingPractice])
  .meta({
    id: 'Finding',
    title: 'Finding',
    description: 'One finding of an inspection report, discriminated on `kind`, with its verbatim text and position.'
  })

export const HistoricalFinding = z
  .object({
    kind: FindingKind,
    text: z.string().min(1).meta({description: 'The earlier finding as restated, verbatim.'}),
    number: z.string().optional(),
    status: z
      .string()
      .optional()
      .meta({description: 'Progress as printed, e.g. "problems remain", "addressed".'}),
    addressees: z
      .array(Addressee)
      .optional()
      .meta({
        description:
          'Who a restated recommendation is addressed to, as printed (as on a recommendation finding); only on a recommendation, and absent when none was read.'
      }),
    deadline: IsoDate.optional().meta({
      description:
        'The date by which a restated recommendation should be done ("By 19 September 2023, ..."), as on a recommendation finding; only on a recommendation, and absent when none was read.'
    }),
    section: z.array(z.string()),
    position: SourceSpan
  })
  // Only a recommendation is addressed to someone and due by a date.
  .refine((item) => item.kind === 'recommendation' || (item.addressees === undefined && item.deadline === undefined), {
    message: 'Unexpected addressees or deadline on a restated finding that is not a recommendation',
    path: ['kind']
  })
  .meta({
    id: 'HistoricalFinding',
    title: 'Historical finding',
    description:
      "A finding of an earlier inspection restated in this report (e.g. last year's areas for improvement): history, not a finding of this report."
  })

export type FindingKind = z.infer<typeof FindingKind>
export type Addressee = z.infer<typeof Addressee>
export type CauseOfConcern = z.infer<typeof CauseOfConcern>
export type Recommendation = z.infer<typeof Recommendation>
export type AreaForImprovement = z.infer<typeof AreaForImprovement>
export type InnovativePractice = z.infer<typeof InnovativePractice>
export type PromisingPractice = z.infer<typeof PromisingPractice>
export type Finding = z.infer<typeof Finding>
export type HistoricalFinding = z.infer<typeof HistoricalFinding>
