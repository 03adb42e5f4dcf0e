import * as z from 'zod'
import {IsoDate} from './dates.js'
import {FindingKind} from './finding.js'
import {SourceSpan} from './position.js'
import {schemaVersion} from './report.js'

export const localPolicingBodyKinds = ['pcc', 'pfcc', 'mopac', 'common-council', 'mayor'] as const

export const LocalPolicingBodyKind = z.enum(localPolicingBodyKinds).meta({
  id: 'LocalPolicingBodyKind',
  title: 'Local policing body kind',
  description:
    "Police and crime commissioner, police, fire and crime commissioner, the Mayor's Office for Policing and Crime, the Common Council of the City of London, or a mayor with PCC functions (Police Act 1996 s.101(1))."
})

export const Person = z
  .object({
    name: z.string().min(1).optional().meta({description: 'Name as written, e.g. "Philip Seccombe TD".'}),
    role: z.string().min(1).optional().meta({description: 'Role as written, e.g. "Police and Crime Commissioner".'})
  })
  .meta({id: 'Person', title: 'Person', description: 'Someone who signs or comments, as written.'})

export const Respondent = z
  .object({
    name: z
      .string()
      .min(1)
      .meta({description: 'The responding body as written, e.g. "Police and Crime Commissioner for Warwickshire".'}),
    kind: LocalPolicingBodyKind.optional(),
    forceId: z
      .string()
      .optional()
      .meta({description: 'Reference-data id of the force whose local policing body this is, when resolved.'}),
    signatory: Person.optional()
  })
  .meta({
    id: 'Respondent',
    title: 'Respondent',
    description: 'The local policing body that responds, and the person who signs for it.'
  })

export const ChiefOfficer = Person.extend({
  forceId: z.string().optional().meta({description: 'Reference-data id of the force, when resolved.'})
}).meta({id: 'ChiefOfficer', title: 'Chief officer', description: 'The chief officer of police whose comments were invited.'})

export const ReportReference = z
  .object({
    title: z.string().min(1).optional().meta({description: 'The report title as the response cites it.'}),
    publishedOn: IsoDate.optional().meta({description: 'The publication date the response states, normalised.'}),
    publishedOnAsWritten: z
      .string()
      .optional()
      .meta({description: 'The publication date as written, e.g. "14 May 2024".'}),
    publishedIn: z
      .string()
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/)
      .optional()
      .meta({
        description:
          'The month of publication, YYYY-MM, when the response gives only the month ("published in September 2014"): the day is not known.'
      }),
    url: z.string().optional().meta({description: 'The link to the report, if given.'}),
    position: SourceSpan.optional().meta({
      description: 'The passage that names the report (its title, subject line or link), when one does.'
    }),
    mentions: z
      .array(z.string().min(1))
      .optional()
      .meta({
        description:
          'How the response refers to the report without naming it, as written ("the above report", "HMICFRS PEEL report"): a reader has to look elsewhere (a subject line, a covering page) to know which report.'
      })
  })
  .meta({id: 'ReportReference', title: 'Report reference', description: 'The report the response answers.'})

export const addresseeRecipientKinds = ['inspectors', 'secretary-of-state', 'police-and-crime-panel', 'other'] as const

export const ResponseAddressee = z
  .object({
    name: z.string().min(1).meta({description: 'As written, e.g. "HMICFRS", "the Secretary of State for the Home Office".'}),
    kind: z.enum(addresseeRecipientKinds).meta({
      description:
        'The inspectors (HMIC/HMICFRS), the Secretary of State (Home Secretary, Home Office), a police and crime panel, or another recipient.'
    })
  })
  .meta({id: 'ResponseAddressee', title: 'Response addressee', description: 'Someone the response is addressed or copied to.'})

export const StatutoryCitation = z
  .object({
    text: z.string().min(1).meta({description: 'The citation as written, e.g. "Section 55(1) of the Police Act 1996".'}),
    subsection: z
      .string()
      .optional()
      .meta({description: 'The subsection cited, normalised, e.g. "55(1)"; absent when only the section is cited.'}),
    position: SourceSpan
  })
  .meta({id: 'StatutoryCitation', title: 'Statutory citation', description: 'A statutory basis the response cites.'})

export const partKinds = ['lpb-comments', 'chief-officer-comments', 'response-to-chief-officer'] as const

export const PartKind = z.enum(partKinds).meta({
  id: 'PartKind',
  title: 'Statutory part',
  description:
    "One of the three parts of section 55(5): (a) the local policing body's comments, (b) the chief officer's comments, (c) the body's response to them."
})

export const ResponsePart = z
  .object({
    heading: z.string().optional().meta({description: 'The heading or lead-in that marks the part, verbatim.'}),
    detectedBy: z
      .enum(['heading', 'attribution', 'signature', 'voice'])
      .meta({description: 'How the part was recognised: a heading, an attributed block, a signature block, or first-person voice.'}),
    text: z.string().meta({description: 'The text of the part.'}),
    position: SourceSpan
  })
  .meta({id: 'ResponsePart', title: 'Response part', description: 'A statutory part of the response and where it stands.'})

export const stances = ['action-taken', 'action-proposed', 'no-action', 'noted'] as const

export const Stance = z.enum(stances).meta({
  id: 'Stance',
  title: 'Stance',
  description:
    'What the response says about a finding: action taken, action proposed, no action (with a reason), or noted only.'
})

export const FindingReference = z
  .object({
    findingId: z.string().optional().meta({description: "The id of the report's finding, when matched to a report."}),
    kind: FindingKind.optional(),
    number: z.string().optional().meta({description: 'The number the response uses, e.g. "2" in "AFI 2".'}),
    quote: z.string().optional().meta({description: "The finding's text as the response quotes it."}),
    matchedBy: z
      .enum(['number', 'quote', 'paraphrase'])
      .meta({description: 'How the response refers to the finding.'})
  })
  .meta({id: 'FindingReference', title: 'Finding reference', description: 'How a passage refers to a finding.'})

export const FindingResponse = z
  .object({
    finding: FindingReference,
    stance: Stance,
    text: z.string().min(1).meta({description: 'The passage that answers the finding, verbatim.'}),
    part: PartKind.optional().meta({description: 'The statutory part the passage sits in.'}),
    position: SourceSpan
  })
  .meta({id: 'FindingResponse', title: 'Finding response', description: 'A passage of the response that answers one finding.'})

export const Exclusion = z
  .object({
    text: z.string().min(1).meta({description: 'The statement that material was withheld or redacted, verbatim.'}),
    citesSection55: z
      .boolean()
      .meta({description: 'True when the statement relies on section 55 (a power that belongs to the inspectors, not the body).'}),
    position: SourceSpan
  })
  .meta({id: 'Exclusion', title: 'Exclusion', description: 'A statement that material was withheld from publication.'})

export const StatutoryResponse = z
  .object({
    schemaVersion: z.literal(schemaVersion).meta({description: 'The version of the document model.'}),
    respondent: Respondent.optional(),
    chiefOfficer: ChiefOfficer.optional(),
    report: ReportReference,
    date: IsoDate.optional().meta({description: 'The date the response is dated or signed.'}),
    addressees: z.array(ResponseAddressee).meta({description: 'Who the response is addressed or copied to, as written.'}),
    statutoryBasis: z.array(StatutoryCitation).meta({description: 'The statutory provisions the response cites.'}),
    lpbComments: ResponsePart.optional().meta({description: "Section 55(5)(a): the local policing body's comments."}),
    chiefOfficerComments: ResponsePart.optional().meta({
      description: "Section 55(5)(b): the chief officer's comments."
    }),
    responseToChiefOfficer: ResponsePart.optional().meta({
      description: "Section 55(5)(c): the body's response to the chief officer's comments."
    }),
    findingResponses: z.array(FindingResponse).meta({description: 'Passages that answer findings, in document order.'}),
    exclusions: z.array(Exclusion).meta({description: 'Statements that material was withheld or redacted.'}),
    publication: z
      .object({url: z.string().optional(), date: IsoDate.optional()})
      .optional()
      .meta({description: 'Where and when the response was published, when known.'})
  })
  .meta({
    id: 'StatutoryResponse',
    title: 'Statutory response',
    description:
      "A local policing body's published comments on an inspection report under section 55 of the Police Act 1996."
  })

export type LocalPolicingBodyKind = z.infer<typeof LocalPolicingBodyKind>
export type Person = z.infer<typeof Person>
export type Respondent = z.infer<typeof Respondent>
export type ChiefOfficer = z.infer<typeof ChiefOfficer>
export type ReportReference = z.infer<typeof ReportReference>
export type ResponseAddressee = z.infer<typeof ResponseAddressee>
export type StatutoryCitation = z.infer<typeof StatutoryCitation>
export type PartKind = z.infer<typeof PartKind>
export type ResponsePart = z.infer<typeof ResponsePart>
export type Stance = z.infer<typeof Stance>
export type FindingReference = z.infer<typeof FindingReference>
export type FindingResponse = z.infer<typeof FindingResponse>
export type Exclusion = z.infer<typeof Exclusion>
export type StatutoryResponse = z.infer<typeof StatutoryResponse>
