import * as z from 'zod'
import {IsoDate} from '../dates.js'
import {GradeValue, InspectionFramework, ReportKind} from '../report.js'
import {LocalPolicingBodyKind} from '../response.js'

export const regionIds = [
  'eastern',
  'east-midlands',
  'london',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'wales',
  'west-midlands',
  'yorkshire-and-the-humber'
] as const

export const RegionId = z.enum(regionIds).meta({
  id: 'RegionId',
  title: 'Police region',
  description: 'A police region of England and Wales, as used for regional organised crime units.'
})

export const sourceStatuses = ['verified', 'secondary', 'unverified'] as const

export const SourceStatus = z.enum(sourceStatuses).meta({
  id: 'SourceStatus',
  title: 'Source status',
  description:
    'How a dated fact was checked: verified against a primary source (legislation, gov.uk, HMICFRS, a court), secondary (news or a body\'s own page), or unverified (recorded as the project had it; the note says what is missing).'
})

/** Where a dated fact comes from: every term and event in the reference data carries one. */
const sourced = {
  source: z.url().meta({description: 'Where the fact (and its dates) can be checked.'}),
  status: SourceStatus,
  note: z.string().min(1).optional().meta({description: 'What the source says, or what could not be checked.'})
}

export const DutyStatement = z
  .object({
    text: z.string().min(1).meta({description: 'The duty or guidance, quoted or summarised.'}),
    ...sourced
  })
  .meta({id: 'DutyStatement', title: 'Duty statement', description: 'A statutory duty or guidance, with its source.'})

export const LocalPolicingBodyTerm = z
  .object({
    kind: LocalPolicingBodyKind,
    name: z.string().min(1).meta({description: 'The formal name, e.g. "Police and Crime Commissioner for Warwickshire".'}),
    from: IsoDate.meta({description: 'First day this body was the local policing body.'}),
    to: IsoDate.optional().meta({description: 'Last day, if it has since been replaced.'}),
    ...sourced
  })
  .meta({
    id: 'LocalPolicingBodyTerm',
    title: 'Local policing body (dated)',
    description: 'Who was the local policing body for a force, from and to which dates.'
  })

export const Force = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).meta({description: 'Stable id, e.g. "warwickshire".'}),
    name: z.string().min(1).meta({description: 'The force name, e.g. "Warwickshire Police".'}),
    country: z.enum(['England', 'Wales']),
    region: RegionId,
    chiefOfficerTitle: z
      .string()
      .min(1)
      .meta({description: 'The chief officer of police under Police Act 1996 s.101(1), e.g. "Chief Constable".'}),
    localPolicingBodies: z
      .array(LocalPolicingBodyTerm)
      .min(1)
      .meta({description: 'Its local policing bodies over time, oldest first.'}),
    aliases: z.array(z.string().min(1)).meta({description: 'Other names that resolve to this force.'}),
    successorIds: z
      .array(z.string())
      .optional()
      .meta({description: 'Forces this one became part of (after a merger); its id stays valid for old documents.'})
  })
  .meta({
    id: 'Force',
    title: 'Territorial police force',
    description: 'One of the 43 territorial police forces of England and Wales.'
  })

export const RegionalUnit = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(1),
    region: RegionId,
    forceIds: z.array(z.string()).min(1).meta({description: 'The forces that make up the unit.'}),
    aliases: z.array(z.string().min(1))
  })
  .meta({
    id: 'RegionalUnit',
    title: 'Regional organised crime unit',
    description: 'A regional organised crime unit (ROCU) and the forces it serves.'
  })

export const NationalBody = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(1),
    kind: z.enum(['npcc', 'college-of-policing', 'home-office', 'nca', 'btp', 'inspectorate', 'other']),
    aliases: z.array(z.string().min(1))
  })
  .meta({
    id: 'NationalBody',
    title: 'National body',
    description: 'A national body that reports address, such as the NPCC or the College of Policing.'
  })

export const fireAuthorityKinds = [
  'combined-fire-authority',
  'metropolitan-fire-authority',
  'county-council',
  'unitary-council',
  'pfcc',
  'mayor',
  'london-fire-commissioner',
  'gla-functional-body'
] as const

export const FireAuthorityKind = z.enum(fireAuthorityKinds).meta({
  id: 'FireAuthorityKind',
  title: 'Fire and rescue authority kind',
  description:
    'A combined fire authority, a metropolitan county fire and rescue authority, a county or unitary council, a police, fire and crime commissioner (Fire and Rescue Services Act 2004 s.4A), a mayor (a combined authority whose fire functions the mayor exercises), the London Fire Commissioner, or (before 1 April 2018) the London Fire and Emergency Planning Authority.'
})

export const FireAuthorityTerm = z
  .object({
    kind: FireAuthorityKind,
    name: z.string().min(1).meta({description: 'The authority, e.g. "Police, Fire and Crime Commissioner for Essex".'}),
    from: IsoDate.optional().meta({
      description: 'First day it was the authority; absent when it already was before HMICFRS began inspecting fire and rescue services in 2017.'
    }),
    to: IsoDate.optional().meta({description: 'Last day, if it has since been replaced.'}),
    ...sourced
  })
  .meta({
    id: 'FireAuthorityTerm',
    title: 'Fire and rescue authority (dated)',
    description: 'Who was the fire and rescue authority for a service, from and to which dates.'
  })

export const FireService = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).meta({description: 'Stable id, e.g. "essex-fire".'}),
    name: z.string().min(1).meta({description: 'The service name HMICFRS uses, e.g. "Essex County Fire and Rescue Service".'}),
    authorities: z.array(FireAuthorityTerm).min(1).meta({description: 'Its fire and rescue authorities over time, oldest first.'}),
    forceIds: z.array(z.string()).min(1).meta({description: 'The police forces whose areas the service covers.'}),
    aliases: z.array(z.string().min(1)).meta({description: 'Other names that resolve to this service.'}),
    successorIds: z.array(z.string()).optional().meta({description: 'Services this one was combined into; its id stays valid.'})
  })
  .meta({
    id: 'FireService',
    title: 'Fire and rescue service',
    description: 'One of the fire and rescue services in England that HMICFRS inspects (44 since April 2021).'
  })

export const governanceEventStages = ['announced', 'white-paper', 'quashed'] as const

export const GovernanceEvent = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string().min(1),
    stage: z.enum(governanceEventStages).meta({
      description:
        'Announced (a government statement, subject to legislation), a white paper (proposals), or quashed (made, then set aside by a court). None of these is law in force: they change no verdict.'
    }),
    date: IsoDate.meta({description: 'The day it was announced, published or quashed.'}),
    summary: z.string().min(1),
    expected: z.string().min(1).optional().meta({description: 'When it is said to take effect, as stated (never a guessed day).'}),
    forceIds: z
      .array(z.string())
      .optional()
      .meta({description: 'The forces it concerns; absent when it concerns every force.'}),
    affectsKinds: z
      .array(LocalPolicingBodyKind)
      .optional()
      .meta({description: 'Only forces whose local policing body is of these kinds.'}),
    ...sourced
  })
  .meta({
    id: 'GovernanceEvent',
    title: 'Governance announcement or event',
    description: 'A change of police governance that was announced, proposed or quashed, recorded as such and never as law.'
  })

export const section55Applications = ['applies', 'applies-unless-force-report-repeats', 'unclear', 'does-not-apply'] as const

export const ReportKindFacts = z
  .object({
    kind: ReportKind,
    label: z.string().min(1),
    section55: z.enum(section55Applications).meta({
      description:
        'Whether s.55(4)-(6) bind the local policing body: applies; applies unless a force report carries the same findings (HMICFRS guidance); unclear (not established); does not apply.'
    }),
    duty: z.string().min(1).meta({description: 'What the body must do, or which duty applies instead.'}),
    ...sourced
  })
  .meta({id: 'ReportKindFacts', title: 'Report kind facts', description: 'What section 55 requires of one kind of report.'})

export const FrameworkArea = z
  .object({
    name: z.string().min(1).meta({description: 'The area as report tables print it.'}),
    question: z.string().min(1).optional().meta({description: 'The core question, verbatim.'}),
    aliases: z.array(z.string().min(1)).meta({description: 'Other printed forms (topic names, older wording).'}),
    graded: z.boolean(),
    status: SourceStatus
  })
  .meta({id: 'FrameworkArea', title: 'Framework area', description: 'A pillar, core question or topic of an inspection framework.'})

export const FrameworkDefinition = z
  .object({
    id: InspectionFramework,
    label: z.string().min(1),
    family: z.enum(['peel', 'fire-and-rescue']),
    published: IsoDate.optional().meta({description: 'The day the framework was published, when known.'}),
    grades: z.array(GradeValue).meta({description: 'The grading scale, best first.'}),
    areas: z.array(FrameworkArea),
    areasComplete: z
      .boolean()
      .meta({description: 'Whether `areas` lists every area; when not, an unlisted area cannot be called wrong.'}),
    ...sourced
  })
  .meta({id: 'FrameworkDefinition', title: 'Inspection framework definition', description: 'One inspection cycle: its areas and grading scale.'})

export type RegionId = z.infer<typeof RegionId>
export type LocalPolicingBodyTerm = z.infer<typeof LocalPolicingBodyTerm>
export type Force = z.infer<typeof Force>
export type RegionalUnit = z.infer<typeof RegionalUnit>
export type NationalBody = z.infer<typeof NationalBody>
export type SourceStatus = z.infer<typeof SourceStatus>
export type DutyStatement = z.infer<typeof DutyStatement>
export type FireAuthorityKind = z.infer<typeof FireAuthorityKind>
export type FireAuthorityTerm = z.infer<typeof FireAuthorityTerm>
export type FireService = z.infer<typeof FireService>
export type GovernanceEvent = z.infer<typeof GovernanceEvent>
export type ReportKindFacts = z.infer<typeof ReportKindFacts>
export type FrameworkArea = z.infer<typeof FrameworkArea>
export type FrameworkDefinition = z.infer<typeof FrameworkDefinition>
