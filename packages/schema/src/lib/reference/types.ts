import * as z from 'zod'
import {IsoDate} from '../dates.js'
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

export const LocalPolicingBodyTerm = z
  .object({
    kind: LocalPolicingBodyKind,
    name: z.string().min(1).meta({description: 'The formal name, e.g. "Police and Crime Commissioner for Warwickshire".'}),
    from: IsoDate.meta({description: 'First day this body was the local policing body.'}),
    to: IsoDate.optional().meta({description: 'Last day, if it has since been replaced.'})
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
    aliases: z.array(z.string().min(1)).meta({description: 'Other names that resolve to this force.'})
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

export type RegionId = z.infer<typeof RegionId>
export type LocalPolicingBodyTerm = z.infer<typeof LocalPolicingBodyTerm>
export type Force = z.infer<typeof Force>
export type RegionalUnit = z.infer<typeof RegionalUnit>
export type NationalBody = z.infer<typeof NationalBody>
