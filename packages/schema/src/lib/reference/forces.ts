import {
  cumbriaFireOrder,
  essexFireOrder,
  greaterManchesterMayorOrder,
  localPolicingBodiesSource,
  northYorkshireFireOrder,
  northamptonshireFireOrder,
  pccsTookOfficeSource,
  southYorkshireMayorOrder,
  staffordshireFireOrder,
  westYorkshireMayorOrder,
  yorkAndNorthYorkshireOrder
} from './orders.js'
import type {Force, LocalPolicingBodyTerm} from './types.js'

// Police and crime commissioners took office on 22 November 2012 (S.I. 2012/2892); before that
// police authorities, which are not local policing bodies, maintained these forces.
const pccsTookOffice = '2012-11-22'

// PRSRA 2011 s.84 (s.55 "local policing body") commenced 16 January 2012 (S.I. 2011/3019), the day
// MOPAC replaced the Metropolitan Police Authority. The Common Council was already police
// authority for the City; from this day it is the City's local policing body under s.55.
const localPolicingBodiesCommenced = '2012-01-16'

const chiefConstable = 'Chief Constable'

/** The formal name of a PCC: PRSRA 2011 s.1, "the Police and Crime Commissioner for <police area>". */
const pccName = (policeArea: string): string => `Police and Crime Commissioner for ${policeArea}`

/** The formal name once a PCC is also the fire and rescue authority (Policing and Crime Act 2017). */
const pfccName = (policeArea: string): string => `Police, Fire and Crime Commissioner for ${policeArea}`

/** A PCC that has been the local policing body since PCCs took office, unchanged. */
const pccThroughout = (policeArea: string): LocalPolicingBodyTerm[] => [
  {kind: 'pcc', name: pccName(policeArea), from: pccsTookOffice, ...pccsTookOfficeSource}
]

/** A PCC from 2012 until a later body took over the day after `to`. */
const pccUntil = (policeArea: string, to: string): LocalPolicingBodyTerm => ({
  kind: 'pcc',
  name: pccName(policeArea),
  from: pccsTookOffice,
  to,
  ...pccsTookOfficeSource
})

/**
 * The 43 territorial police forces of England and Wales, with the local policing body of each
 * over time. Names are those HMICFRS uses; regions are the regional organised crime unit regions.
 */
export const forces: readonly Force[] = [
  {
    id: 'avon-and-somerset',
    name: 'Avon and Somerset Police',
    country: 'England',
    region: 'south-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Avon and Somerset'),
    aliases: ['Avon and Somerset Constabulary', 'Avon & Somerset Police', 'Avon & Somerset Constabulary']
  },
  {
    id: 'bedfordshire',
    name: 'Bedfordshire Police',
    country: 'England',
    region: 'eastern',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Bedfordshire'),
    aliases: ['Beds Police']
  },
  {
    id: 'cambridgeshire',
    name: 'Cambridgeshire Constabulary',
    country: 'England',
    region: 'eastern',
    chiefOfficerTitle: chiefConstable,
    // Fire governance was approved in 2018 but never transferred, so the PCC remains a PCC.
    localPolicingBodies: pccThroughout('Cambridgeshire'),
    aliases: ['Cambridgeshire Police', 'Cambs Police']
  },
  {
    id: 'cheshire',
    name: 'Cheshire Constabulary',
    country: 'England',
    region: 'north-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Cheshire'),
    aliases: ['Cheshire Police']
  },
  {
    id: 'city-of-london',
    name: 'City of London Police',
    country: 'England',
    region: 'london',
    chiefOfficerTitle: 'Commissioner of Police for the City of London',
    localPolicingBodies: [
      {
        kind: 'common-council',
        name: 'Common Council of the City of London',
        from: localPolicingBodiesCommenced,
        ...localPolicingBodiesSource
      }
    ],
    aliases: ['CoLP']
  },
  {
    id: 'cleveland',
    name: 'Cleveland Police',
    country: 'England',
    region: 'north-east',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Cleveland'),
    aliases: []
  },
  {
    id: 'cumbria',
    name: 'Cumbria Constabulary',
    country: 'England',
    region: 'north-west',
    chiefOfficerTitle: chiefConstable,
    // Fire governance passed to the commissioner when Cumbria County Council was abolished.
    localPolicingBodies: [
      pccUntil('Cumbria', '2023-03-31'),
      {kind: 'pfcc', name: pfccName('Cumbria'), from: '2023-04-01', ...cumbriaFireOrder}
    ],
    aliases: ['Cumbria Police']
  },
  {
    id: 'derbyshire',
    name: 'Derbyshire Constabulary',
    country: 'England',
    region: 'east-midlands',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Derbyshire'),
    aliases: ['Derbyshire Police']
  },
  {
    id: 'devon-and-cornwall',
    name: 'Devon and Cornwall Police',
    country: 'England',
    region: 'south-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Devon and Cornwall'),
    aliases: ['Devon & Cornwall Police']
  },
  {
    id: 'dorset',
    name: 'Dorset Police',
    country: 'England',
    region: 'south-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Dorset'),
    aliases: []
  },
  {
    id: 'durham',
    name: 'Durham Constabulary',
    country: 'England',
    region: 'north-east',
    chiefOfficerTitle: chiefConstable,
    // "Police, Crime and Victims' Commissioner" is a local title only; findForce resolves it.
    localPolicingBodies: pccThroughout('Durham'),
    aliases: ['Durham Police']
  },
  {
    id: 'essex',
    name: 'Essex Police',
    country: 'England',
    region: 'eastern',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: [
      pccUntil('Essex', '2017-09-30'),
      {kind: 'pfcc', name: pfccName('Essex'), from: '2017-10-01', ...essexFireOrder}
    ],
    aliases: []
  },
  {
    id: 'gloucestershire',
    name: 'Gloucestershire Constabulary',
    country: 'England',
    region: 'south-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Gloucestershire'),
    aliases: ['Gloucestershire Police', 'Glos Police']
  },
  {
    id: 'greater-manchester',
    name: 'Greater Manchester Police',
    country: 'England',
    region: 'north-west',
    chiefOfficerTitle: chiefConstable,
    // S.I. 2017/470: the elected mayor took over PCC functions and is treated as the PCC.
    localPolicingBodies: [
      pccUntil('Greater Manchester', '2017-05-07'),
      {kind: 'mayor', name: 'Mayor of Greater Manchester', from: '2017-05-08', ...greaterManchesterMayorOrder}
    ],
    aliases: ['GMP']
  },
  {
    id: 'hampshire',
    name: 'Hampshire and Isle of Wight Constabulary',
    country: 'England',
    region: 'south-east',
    chiefOfficerTitle: chiefConstable,
    // The police area was renamed "Hampshire and Isle of Wight" in 2022. The commencement date is
    // unconfirmed, so the PCC keeps one term under its original name; findForce resolves the new one.
    localPolicingBodies: pccThroughout('Hampshire'),
    aliases: [
      'Hampshire Constabulary',
      'Hampshire Police',
      'Hampshire & Isle of Wight Constabulary',
      'Hampshire and the Isle of Wight Constabulary'
    ]
  },
  {
    id: 'hertfordshire',
    name: 'Hertfordshire Constabulary',
    country: 'England',
    region: 'eastern',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Hertfordshire'),
    aliases: ['Hertfordshire Police', 'Herts Police']
  },
  {
    id: 'humberside',
    name: 'Humberside Police',
    country: 'England',
    region: 'yorkshire-and-the-humber',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Humberside'),
    aliases: []
  },
  {
    id: 'kent',
    name: 'Kent Police',
    country: 'England',
    region: 'south-east',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Kent'),
    aliases: []
  },
  {
    id: 'lancashire',
    name: 'Lancashire Constabulary',
    country: 'England',
    region: 'north-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Lancashire'),
    aliases: ['Lancashire Police']
  },
  {
    id: 'leicestershire',
    name: 'Leicestershire Police',
    country: 'England',
    region: 'east-midlands',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Leicestershire'),
    aliases: ['Leics Police']
  },
  {
    id: 'lincolnshire',
    name: 'Lincolnshire Police',
    country: 'England',
    region: 'east-midlands',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Lincolnshire'),
    aliases: ['Lincs Police']
  },
  {
    id: 'merseyside',
    name: 'Merseyside Police',
    country: 'England',
    region: 'north-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Merseyside'),
    aliases: []
  },
  {
    id: 'metropolitan',
    name: 'Metropolitan Police Service',
    country: 'England',
    region: 'london',
    chiefOfficerTitle: 'Commissioner of Police of the Metropolis',
    localPolicingBodies: [
      {kind: 'mopac', name: "Mayor's Office for Policing and Crime", from: localPolicingBodiesCommenced, ...localPolicingBodiesSource}
    ],
    aliases: ['Metropolitan Police', 'Met Police', 'the Met', 'MPS']
  },
  {
    id: 'norfolk',
    name: 'Norfolk Constabulary',
    country: 'England',
    region: 'eastern',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Norfolk'),
    aliases: ['Norfolk Police']
  },
  {
    id: 'north-yorkshire',
    name: 'North Yorkshire Police',
    country: 'England',
    region: 'yorkshire-and-the-humber',
    chiefOfficerTitle: chiefConstable,
    // S.I. 2023/1432 moved the PFCC's functions to the York and North Yorkshire mayor.
    localPolicingBodies: [
      pccUntil('North Yorkshire', '2018-11-14'),
      {kind: 'pfcc', name: pfccName('North Yorkshire'), from: '2018-11-15', to: '2024-05-06', ...northYorkshireFireOrder},
      {kind: 'mayor', name: 'Mayor of York and North Yorkshire', from: '2024-05-07', ...yorkAndNorthYorkshireOrder}
    ],
    aliases: ['NYP']
  },
  {
    id: 'northamptonshire',
    name: 'Northamptonshire Police',
    country: 'England',
    region: 'east-midlands',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: [
      pccUntil('Northamptonshire', '2018-12-31'),
      {kind: 'pfcc', name: pfccName('Northamptonshire'), from: '2019-01-01', ...northamptonshireFireOrder}
    ],
    aliases: ['Northants Police']
  },
  {
    id: 'northumbria',
    name: 'Northumbria Police',
    country: 'England',
    region: 'north-east',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Northumbria'),
    aliases: []
  },
  {
    id: 'nottinghamshire',
    name: 'Nottinghamshire Police',
    country: 'England',
    region: 'east-midlands',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Nottinghamshire'),
    aliases: ['Notts Police']
  },
  {
    id: 'south-yorkshire',
    name: 'South Yorkshire Police',
    country: 'England',
    region: 'yorkshire-and-the-humber',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: [
      pccUntil('South Yorkshire', '2024-05-06'),
      {kind: 'mayor', name: 'Mayor of South Yorkshire', from: '2024-05-07', ...southYorkshireMayorOrder}
    ],
    aliases: ['SYP']
  },
  {
    id: 'staffordshire',
    name: 'Staffordshire Police',
    country: 'England',
    region: 'west-midlands',
    chiefOfficerTitle: chiefConstable,
    // S.I. 2018/696 names the office; "Staffordshire Commissioner for Police, Fire & Rescue and
    // Crime" is the local title, which findForce resolves.
    localPolicingBodies: [
      pccUntil('Staffordshire', '2018-07-31'),
      {kind: 'pfcc', name: pfccName('Staffordshire'), from: '2018-08-01', ...staffordshireFireOrder}
    ],
    aliases: ['Staffs Police']
  },
  {
    id: 'suffolk',
    name: 'Suffolk Constabulary',
    country: 'England',
    region: 'eastern',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Suffolk'),
    aliases: ['Suffolk Police']
  },
  {
    id: 'surrey',
    name: 'Surrey Police',
    country: 'England',
    region: 'south-east',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Surrey'),
    aliases: []
  },
  {
    id: 'sussex',
    name: 'Sussex Police',
    country: 'England',
    region: 'south-east',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Sussex'),
    aliases: []
  },
  {
    id: 'thames-valley',
    name: 'Thames Valley Police',
    country: 'England',
    region: 'south-east',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Thames Valley'),
    aliases: ['TVP']
  },
  {
    id: 'warwickshire',
    name: 'Warwickshire Police',
    country: 'England',
    region: 'west-midlands',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Warwickshire'),
    aliases: ['Warwickshire Constabulary']
  },
  {
    id: 'west-mercia',
    name: 'West Mercia Police',
    country: 'England',
    region: 'west-midlands',
    chiefOfficerTitle: chiefConstable,
    // Fire governance was approved in 2018 but never transferred, so the PCC remains a PCC.
    localPolicingBodies: pccThroughout('West Mercia'),
    aliases: ['West Mercia Constabulary']
  },
  {
    id: 'west-midlands',
    name: 'West Midlands Police',
    country: 'England',
    region: 'west-midlands',
    chiefOfficerTitle: chiefConstable,
    // The 2024 order moving the PCC's functions to the mayor was quashed ([2024] EWHC 604 (Admin)),
    // so the PCC remains; see `governanceEvents`.
    localPolicingBodies: pccThroughout('West Midlands'),
    aliases: ['WMP']
  },
  {
    id: 'west-yorkshire',
    name: 'West Yorkshire Police',
    country: 'England',
    region: 'yorkshire-and-the-humber',
    chiefOfficerTitle: chiefConstable,
    // S.I. 2021/112 art. 34: no PCC for the area from 10 May 2021; the mayor has the functions.
    localPolicingBodies: [
      pccUntil('West Yorkshire', '2021-05-09'),
      {kind: 'mayor', name: 'Mayor of West Yorkshire', from: '2021-05-10', ...westYorkshireMayorOrder}
    ],
    aliases: ['WYP']
  },
  {
    id: 'wiltshire',
    name: 'Wiltshire Police',
    country: 'England',
    region: 'south-west',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Wiltshire'),
    aliases: ['Wiltshire Constabulary', 'Wilts Police']
  },
  {
    id: 'dyfed-powys',
    name: 'Dyfed-Powys Police',
    country: 'Wales',
    region: 'wales',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Dyfed-Powys'),
    aliases: ['Dyfed Powys Police', 'Heddlu Dyfed-Powys']
  },
  {
    id: 'gwent',
    name: 'Gwent Police',
    country: 'Wales',
    region: 'wales',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('Gwent'),
    aliases: ['Heddlu Gwent']
  },
  {
    id: 'north-wales',
    name: 'North Wales Police',
    country: 'Wales',
    region: 'wales',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('North Wales'),
    aliases: ['Heddlu Gogledd Cymru']
  },
  {
    id: 'south-wales',
    name: 'South Wales Police',
    country: 'Wales',
    region: 'wales',
    chiefOfficerTitle: chiefConstable,
    localPolicingBodies: pccThroughout('South Wales'),
    aliases: ['Heddlu De Cymru']
  }
]

