import {cumbriaFireOrder, northYorkshireFireOrder, yorkAndNorthYorkshireOrder} from './orders.js'
import {fromDayNumber, toDayNumber} from '../section55.js'
import {legislation} from './sources.js'
import type {FireAuthorityKind, FireAuthorityTerm, FireService} from './types.js'

// HMICFRS's list of the services it inspects; it names each service, not its authority.
const servicesListed = 'https://www.justiceinspectorates.gov.uk/hmicfrs/fire-and-rescue-services/'

/** An authority unchanged since before fire inspection began in 2017, so it has no start date. */
const throughout = (kind: FireAuthorityKind, name: string): FireAuthorityTerm[] => [
  {
    kind,
    name,
    source: servicesListed,
    status: 'unverified',
    note: 'The authority is named from the project\'s knowledge: HMICFRS lists the service but the page read does not name its authority, and no change since 2017 is recorded.'
  }
]

const pfccName = (area: string): string => `Police, Fire and Crime Commissioner for ${area}`

/**
 * One authority replaced by another on `day` under the order at `source` (verified): the first
 * term ends the day before, so the two cannot drift apart.
 */
const replacedOn = (
  day: string,
  source: string,
  before: [FireAuthorityKind, string, string],
  after: [FireAuthorityKind, string, string]
): FireAuthorityTerm[] => [
  {kind: before[0], name: before[1], to: fromDayNumber(toDayNumber(day) - 1), source, status: 'verified', note: before[2]},
  {kind: after[0], name: after[1], from: day, source, status: 'verified', note: after[2]}
]

/** One service in the shape most have: a name, its authority throughout, and the police areas it covers. */
const service = (
  id: string,
  name: string,
  forceIds: string[],
  authority: [FireAuthorityKind, string],
  aliases: string[] = []
): FireService => ({id, name, authorities: throughout(...authority), forceIds, aliases})

/**
 * The fire and rescue services of England that HMICFRS inspects: 44 since Hampshire and the Isle of
 * Wight combined on 1 April 2021, and the two they replaced (ids kept so old reports still resolve).
 * Section 55 of the Police Act 1996 does not apply to their reports; see `fireInspectionDuty`.
 */
export const fireServices: readonly FireService[] = [
  service('avon', 'Avon Fire and Rescue Service', ['avon-and-somerset'], ['combined-fire-authority', 'Avon Fire Authority']),
  service('bedfordshire', 'Bedfordshire Fire and Rescue Service', ['bedfordshire'], [
    'combined-fire-authority',
    'Bedfordshire Fire and Rescue Authority'
  ]),
  service('buckinghamshire', 'Buckinghamshire Fire and Rescue Service', ['thames-valley'], [
    'combined-fire-authority',
    'Buckinghamshire and Milton Keynes Fire Authority'
  ], ['Buckinghamshire and Milton Keynes Fire and Rescue Service', 'Bucks Fire and Rescue Service']),
  service('cambridgeshire', 'Cambridgeshire Fire and Rescue Service', ['cambridgeshire'], [
    'combined-fire-authority',
    'Cambridgeshire and Peterborough Fire Authority'
  ]),
  service('cheshire', 'Cheshire Fire and Rescue Service', ['cheshire'], ['combined-fire-authority', 'Cheshire Fire Authority']),
  service('cleveland', 'Cleveland Fire Brigade', ['cleveland'], ['combined-fire-authority', 'Cleveland Fire Authority']),
  service('cornwall', 'Cornwall Fire and Rescue Service', ['devon-and-cornwall'], ['unitary-council', 'Cornwall Council']),
  service('county-durham-and-darlington', 'County Durham and Darlington Fire and Rescue Service', ['durham'], [
    'combined-fire-authority',
    'County Durham and Darlington Fire and Rescue Authority'
  ], ['Durham and Darlington Fire and Rescue Service']),
  {
    id: 'cumbria',
    name: 'Cumbria Fire and Rescue Service',
    authorities: [
      {
        kind: 'county-council',
        name: 'Cumbria County Council',
        to: '2023-03-31',
        source: legislation('uksi/2022/331/note/made/data.xht'),
        status: 'verified',
        note: 'S.I. 2022/331: the county council is wound up and Cumbria abolished as a local government area from 1 April 2023.'
      },
      {kind: 'pfcc', name: pfccName('Cumbria'), from: '2023-04-01', ...cumbriaFireOrder}
    ],
    forceIds: ['cumbria'],
    aliases: []
  },
  service('derbyshire', 'Derbyshire Fire and Rescue Service', ['derbyshire'], [
    'combined-fire-authority',
    'Derbyshire Fire and Rescue Authority'
  ]),
  service('devon-and-somerset', 'Devon and Somerset Fire and Rescue Service', ['devon-and-cornwall', 'avon-and-somerset'], [
    'combined-fire-authority',
    'Devon and Somerset Fire and Rescue Authority'
  ]),
  {
    id: 'dorset-and-wiltshire',
    name: 'Dorset and Wiltshire Fire and Rescue Service',
    authorities: [
      {
        kind: 'combined-fire-authority',
        name: 'Dorset and Wiltshire Fire and Rescue Authority',
        from: '2016-04-01',
        source: legislation('uksi/2015/435/schedule/part/2/made'),
        status: 'verified',
        note: 'S.I. 2015/435: the combination scheme comes into full operation on 1 April 2016.'
      }
    ],
    forceIds: ['dorset', 'wiltshire'],
    aliases: []
  },
  service('east-sussex', 'East Sussex Fire and Rescue Service', ['sussex'], ['combined-fire-authority', 'East Sussex Fire Authority']),
  {
    id: 'essex',
    name: 'Essex County Fire and Rescue Service',
    authorities: replacedOn(
      '2017-10-01',
      legislation('uksi/2017/864/made'),
      ['combined-fire-authority', 'Essex Fire Authority', 'S.I. 2017/864 art. 17 abolishes the Essex Fire Authority.'],
      ['pfcc', pfccName('Essex'), 'S.I. 2017/864, in force 1 October 2017: the PCC is the authority, known as the Essex Police, Fire and Crime Commissioner Fire and Rescue Authority.']
    ),
    forceIds: ['essex'],
    aliases: ['Essex Fire and Rescue Service', 'Essex Police, Fire and Crime Commissioner Fire and Rescue Authority']
  },
  service('gloucestershire', 'Gloucestershire Fire and Rescue Service', ['gloucestershire'], [
    'county-council',
    'Gloucestershire County Council'
  ]),
  {
    id: 'greater-manchester',
    name: 'Greater Manchester Fire and Rescue Service',
    authorities: replacedOn(
      '2017-05-08',
      legislation('uksi/2017/469/made/data.xht'),
      ['metropolitan-fire-authority', 'Greater Manchester Fire and Rescue Authority', 'S.I. 2017/469 moves fire and rescue functions to the combined authority.'],
      ['mayor', 'Mayor of Greater Manchester', 'S.I. 2017/469, in force 8 May 2017: the combined authority is the fire and rescue authority, its fire functions exercised by the mayor.']
    ),
    forceIds: ['greater-manchester'],
    aliases: []
  },
  {
    id: 'hampshire',
    name: 'Hampshire Fire and Rescue Service',
    authorities: [
      {
        kind: 'combined-fire-authority',
        name: 'Hampshire Fire and Rescue Authority',
        to: '2021-03-31',
        source: legislation('uksi/2020/186/schedules/made'),
        status: 'verified',
        note: 'S.I. 2020/186: combined with the Isle of Wight into the Hampshire and Isle of Wight Fire and Rescue Authority, fully in force 1 April 2021.'
      }
    ],
    forceIds: ['hampshire'],
    aliases: [],
    successorIds: ['hampshire-and-isle-of-wight']
  },
  {
    id: 'isle-of-wight',
    name: 'Isle of Wight Fire and Rescue Service',
    authorities: [
      {
        kind: 'unitary-council',
        name: 'Isle of Wight Council',
        to: '2021-03-31',
        source: legislation('uksi/2020/186/schedules/made'),
        status: 'verified',
        note: 'S.I. 2020/186: combined with Hampshire, fully in force 1 April 2021.'
      }
    ],
    forceIds: ['hampshire'],
    aliases: [],
    successorIds: ['hampshire-and-isle-of-wight']
  },
  {
    id: 'hampshire-and-isle-of-wight',
    name: 'Hampshire and Isle of Wight Fire and Rescue Service',
    authorities: [
      {
        kind: 'combined-fire-authority',
        name: 'Hampshire and Isle of Wight Fire and Rescue Authority',
        from: '2021-04-01',
        source: legislation('uksi/2020/186/schedules/made'),
        status: 'verified',
        note: 'S.I. 2020/186 Schedule para. 1(2): the combination scheme comes into force for all purposes on 1 April 2021.'
      }
    ],
    forceIds: ['hampshire'],
    aliases: ['Hampshire & Isle of Wight Fire and Rescue Service']
  },
  service('hereford-and-worcester', 'Hereford and Worcester Fire and Rescue Service', ['west-mercia'], [
    'combined-fire-authority',
    'Hereford and Worcester Fire Authority'
  ]),
  service('hertfordshire', 'Hertfordshire Fire and Rescue Service', ['hertfordshire'], [
    'county-council',
    'Hertfordshire County Council'
  ]),
  service('humberside', 'Humberside Fire and Rescue Service', ['humberside'], ['combined-fire-authority', 'Humberside Fire Authority']),
  service('isles-of-scilly', 'Isles of Scilly Fire and Rescue Service', ['devon-and-cornwall'], [
    'unitary-council',
    'Council of the Isles of Scilly'
  ]),
  service('kent', 'Kent Fire and Rescue Service', ['kent'], ['combined-fire-authority', 'Kent and Medway Fire and Rescue Authority']),
  service('lancashire', 'Lancashire Fire and Rescue Service', ['lancashire'], [
    'combined-fire-authority',
    'Lancashire Combined Fire Authority'
  ]),
  service('leicestershire', 'Leicestershire Fire and Rescue Service', ['leicestershire'], [
    'combined-fire-authority',
    'Leicester, Leicestershire and Rutland Combined Fire Authority'
  ]),
  service('lincolnshire', 'Lincolnshire Fire and Rescue Service', ['lincolnshire'], ['county-council', 'Lincolnshire County Council']),
  {
    id: 'london',
    name: 'London Fire Brigade',
    authorities: replacedOn(
      '2018-04-01',
      legislation('ukpga/1999/29/section/327A/data.html'),
      ['gla-functional-body', 'London Fire and Emergency Planning Authority', 'Replaced by the London Fire Commissioner when GLA Act 1999 s.327A (Policing and Crime Act 2017 Sch. 2) came fully into force on 1 April 2018 (S.I. 2018/227).'],
      ['london-fire-commissioner', 'London Fire Commissioner', 'GLA Act 1999 s.327A(4): the Commissioner has the functions of the fire and rescue authority for Greater London; the Mayor holds it to account (s.327A(7)).']
    ),
    forceIds: ['metropolitan', 'city-of-london'],
    aliases: ['London Fire and Rescue Service', 'LFB']
  },
  service('merseyside', 'Merseyside Fire and Rescue Service', ['merseyside'], [
    'metropolitan-fire-authority',
    'Merseyside Fire and Rescue Authority'
  ]),
  service('norfolk', 'Norfolk Fire and Rescue Service', ['norfolk'], ['county-council', 'Norfolk County Council']),
  {
    id: 'north-yorkshire',
    name: 'North Yorkshire Fire and Rescue Service',
    authorities: [
      {kind: 'combined-fire-authority', name: 'North Yorkshire Fire and Rescue Authority', to: '2018-11-14', ...northYorkshireFireOrder},
      {kind: 'pfcc', name: pfccName('North Yorkshire'), from: '2018-11-15', to: '2024-05-06', ...northYorkshireFireOrder},
      {
        kind: 'mayor',
        name: 'Mayor of York and North Yorkshire',
        from: '2024-05-07',
        ...yorkAndNorthYorkshireOrder,
        note: 'S.I. 2023/1432 art. 41: the combined authority is the fire and rescue authority; art. 42: its fire functions are exercisable only by the mayor; in force 7 May 2024.'
      }
    ],
    forceIds: ['north-yorkshire'],
    aliases: []
  },
  {
    id: 'northamptonshire',
    name: 'Northamptonshire Fire and Rescue Service',
    authorities: replacedOn(
      '2019-01-01',
      legislation('uksi/2018/1072/made'),
      ['county-council', 'Northamptonshire County Council', 'S.I. 2018/1072 moves the authority from the county council to the PCC.'],
      ['pfcc', pfccName('Northamptonshire'), 'S.I. 2018/1072 art. 1: in force 1 January 2019.']
    ),
    forceIds: ['northamptonshire'],
    aliases: []
  },
  service('northumberland', 'Northumberland Fire and Rescue Service', ['northumbria'], [
    'unitary-council',
    'Northumberland County Council'
  ]),
  service('nottinghamshire', 'Nottinghamshire Fire and Rescue Service', ['nottinghamshire'], [
    'combined-fire-authority',
    'Nottinghamshire and City of Nottingham Fire and Rescue Authority'
  ]),
  service('oxfordshire', 'Oxfordshire Fire and Rescue Service', ['thames-valley'], ['county-council', 'Oxfordshire County Council']),
  service('royal-berkshire', 'Royal Berkshire Fire and Rescue Service', ['thames-valley'], [
    'combined-fire-authority',
    'Royal Berkshire Fire Authority'
  ]),
  service('shropshire', 'Shropshire Fire and Rescue Service', ['west-mercia'], [
    'combined-fire-authority',
    'Shropshire and Wrekin Fire and Rescue Authority'
  ]),
  service('south-yorkshire', 'South Yorkshire Fire and Rescue', ['south-yorkshire'], [
    'metropolitan-fire-authority',
    'South Yorkshire Fire and Rescue Authority'
  ], ['South Yorkshire Fire and Rescue Service']),
  {
    id: 'staffordshire',
    name: 'Staffordshire Fire and Rescue Service',
    authorities: replacedOn(
      '2018-08-01',
      legislation('uksi/2018/696/made'),
      ['combined-fire-authority', 'Stoke-on-Trent and Staffordshire Fire and Rescue Authority', 'S.I. 2018/696 makes the PCC the authority.'],
      ['pfcc', pfccName('Staffordshire'), 'S.I. 2018/696 art. 1: in force 1 August 2018; the office signs as the Staffordshire Commissioner for Police, Fire & Rescue and Crime.']
    ),
    forceIds: ['staffordshire'],
    aliases: ['Staffordshire Commissioner for Police, Fire & Rescue and Crime']
  },
  service('suffolk', 'Suffolk Fire and Rescue Service', ['suffolk'], ['county-council', 'Suffolk County Council']),
  service('surrey', 'Surrey Fire and Rescue Service', ['surrey'], ['county-council', 'Surrey County Council']),
  service('tyne-and-wear', 'Tyne and Wear Fire and Rescue Service', ['northumbria'], [
    'metropolitan-fire-authority',
    'Tyne and Wear Fire and Rescue Authority'
  ]),
  service('warwickshire', 'Warwickshire Fire and Rescue Service', ['warwickshire'], ['county-council', 'Warwickshire County Council']),
  service('west-midlands', 'West Midlands Fire Service', ['west-midlands'], [
    'metropolitan-fire-authority',
    'West Midlands Fire and Rescue Authority'
  ], ['West Midlands Fire and Rescue Service']),
  service('west-sussex', 'West Sussex Fire and Rescue Service', ['sussex'], ['county-council', 'West Sussex County Council']),
  service('west-yorkshire', 'West Yorkshire Fire and Rescue Service', ['west-yorkshire'], [
    'metropolitan-fire-authority',
    'West Yorkshire Fire and Rescue Authority'
  ])
]
