import type {RegionalUnit} from './types.js'

/**
 * The nine regional organised crime units (ROCUs) of England and Wales and the forces that make
 * each one up. London has no ROCU. North Wales Police belongs to the North West unit, so the
 * Welsh unit (Tarian) serves southern Wales only.
 */
export const regionalUnits: readonly RegionalUnit[] = [
  {
    id: 'rocu-eastern',
    name: 'Eastern Region Special Operations Unit',
    region: 'eastern',
    forceIds: ['bedfordshire', 'cambridgeshire', 'essex', 'hertfordshire', 'norfolk', 'suffolk'],
    aliases: ['ERSOU', 'Eastern ROCU']
  },
  {
    id: 'rocu-east-midlands',
    name: 'East Midlands Special Operations Unit',
    region: 'east-midlands',
    forceIds: ['derbyshire', 'leicestershire', 'lincolnshire', 'northamptonshire', 'nottinghamshire'],
    aliases: ['EMSOU', 'East Midlands ROCU']
  },
  {
    id: 'rocu-north-east',
    name: 'North East Regional Special Operations Unit',
    region: 'north-east',
    forceIds: ['cleveland', 'durham', 'northumbria'],
    aliases: ['NERSOU', 'North East ROCU']
  },
  {
    id: 'rocu-north-west',
    name: 'North West Regional Organised Crime Unit',
    region: 'north-west',
    forceIds: ['cheshire', 'cumbria', 'greater-manchester', 'lancashire', 'merseyside', 'north-wales'],
    aliases: ['TITAN', 'NWROCU', 'North West ROCU']
  },
  {
    id: 'rocu-south-east',
    name: 'South East Regional Organised Crime Unit',
    region: 'south-east',
    forceIds: ['hampshire', 'kent', 'surrey', 'sussex', 'thames-valley'],
    aliases: ['SEROCU', 'South East ROCU']
  },
  {
    id: 'rocu-south-west',
    name: 'South West Regional Organised Crime Unit',
    region: 'south-west',
    forceIds: ['avon-and-somerset', 'devon-and-cornwall', 'dorset', 'gloucestershire', 'wiltshire'],
    aliases: ['Zephyr', 'SWROCU', 'South West ROCU']
  },
  {
    id: 'rocu-southern-wales',
    name: 'Southern Wales Regional Organised Crime Unit',
    region: 'wales',
    forceIds: ['dyfed-powys', 'gwent', 'south-wales'],
    aliases: ['TARIAN', 'Tarian ROCU']
  },
  {
    id: 'rocu-west-midlands',
    name: 'Regional Organised Crime Unit for the West Midlands',
    region: 'west-midlands',
    forceIds: ['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands'],
    aliases: ['ROCUWM', 'West Midlands ROCU', 'West Midlands Regional Organised Crime Unit']
  },
  {
    id: 'rocu-yorkshire-and-the-humber',
    name: 'Yorkshire and the Humber Regional Organised Crime Unit',
    region: 'yorkshire-and-the-humber',
    forceIds: ['humberside', 'north-yorkshire', 'south-yorkshire', 'west-yorkshire'],
    aliases: ['Yorkshire and Humber ROCU', 'Yorkshire and Humber Regional Organised Crime Unit', 'YHROCU']
  }
]
