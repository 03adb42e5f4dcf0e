import {describe, expect, it} from 'vitest'
import {InvalidDateError} from '../src/lib/errors.js'
import {
  Force,
  NationalBody,
  RegionalUnit,
  findForce,
  findNationalBody,
  findRegionalUnit,
  forces,
  localPolicingBodyAt,
  nationalBodies,
  regionIds,
  regionalUnits
} from '../src/lib/reference/index.js'
import {normaliseName} from '../src/internal.js'

const byId = (id: string): Force => {
  const force = forces.find((f) => f.id === id)
  if (!force) throw new Error(`no force ${id}`)
  return force
}

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

// Every name recorded for a force: the ones that must resolve to it and to nothing else.
const recordedNames = (force: Force): string[] => [
  force.id,
  force.name,
  ...force.aliases,
  ...force.localPolicingBodies.map((t) => t.name)
]

describe('forces', () => {
  it('lists exactly the 43 territorial forces with unique ids and names', () => {
    expect(forces).toHaveLength(43)
    expect(new Set(forces.map((f) => f.id)).size).toBe(43)
    expect(new Set(forces.map((f) => f.name)).size).toBe(43)
  })

  it('validates every force against the Force schema unchanged', () => {
    for (const force of forces) expect(Force.parse(force)).toEqual(force)
  })

  it('has 39 English forces and the 4 Welsh forces in Wales', () => {
    expect(forces.filter((f) => f.country === 'England')).toHaveLength(39)
    expect(
      forces
        .filter((f) => f.country === 'Wales')
        .map((f) => f.id)
        .sort()
    ).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales'])
    for (const id of ['dyfed-powys', 'gwent', 'north-wales', 'south-wales']) {
      expect(byId(id).country).toBe('Wales')
      expect(byId(id).region).toBe('wales')
    }
  })

  it('puts each force in its region', () => {
    const regions = Object.fromEntries(
      regionIds.map((region) => [
        region,
        forces
          .filter((f) => f.region === region)
          .map((f) => f.id)
          .sort()
      ])
    )
    expect(regions).toEqual({
      eastern: ['bedfordshire', 'cambridgeshire', 'essex', 'hertfordshire', 'norfolk', 'suffolk'],
      'east-midlands': ['derbyshire', 'leicestershire', 'lincolnshire', 'northamptonshire', 'nottinghamshire'],
      london: ['city-of-london', 'metropolitan'],
      'north-east': ['cleveland', 'durham', 'northumbria'],
      'north-west': ['cheshire', 'cumbria', 'greater-manchester', 'lancashire', 'merseyside'],
      'south-east': ['hampshire', 'kent', 'surrey', 'sussex', 'thames-valley'],
      'south-west': ['avon-and-somerset', 'devon-and-cornwall', 'dorset', 'gloucestershire', 'wiltshire'],
      wales: ['dyfed-powys', 'gwent', 'north-wales', 'south-wales'],
      'west-midlands': ['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands'],
      'yorkshire-and-the-humber': ['humberside', 'north-yorkshire', 'south-yorkshire', 'west-yorkshire']
    })
  })

  it('gives every force outside London a Chief Constable', () => {
    for (const force of forces.filter((f) => f.region !== 'london')) {
      expect(force.chiefOfficerTitle).toBe('Chief Constable')
    }
  })

  it('has local policing body terms in order, contiguous, and open-ended at the end', () => {
    for (const force of forces) {
      const terms = force.localPolicingBodies
      expect(terms.length).toBeGreaterThanOrEqual(1)
      terms.forEach((term, i) => {
        if (term.to !== undefined) expect(term.from <= term.to).toBe(true)
        const next = terms[i + 1]
        if (next) {
          expect(term.to).toBeDefined()
          expect(next.from).toBe(addDays(term.to ?? '', 1))
        } else {
          expect(term.to).toBeUndefined()
        }
      })
    }
  })

  it('starts every force outside London with a PCC on 2012-11-22', () => {
    for (const force of forces.filter((f) => f.region !== 'london')) {
      const first = force.localPolicingBodies[0]
      expect(first?.kind).toBe('pcc')
      expect(first?.from).toBe('2012-11-22')
    }
  })

  it('names PCCs "Police and Crime Commissioner for <police area>"', () => {
    expect(findForce('Warwickshire Police')?.localPolicingBody).toMatchObject({
      kind: 'pcc',
      name: 'Police and Crime Commissioner for Warwickshire',
      from: '2012-11-22'
    })
    expect(findForce('West Mercia Police')?.localPolicingBody.name).toBe(
      'Police and Crime Commissioner for West Mercia'
    )
    expect(findForce('Avon and Somerset Police')?.localPolicingBody.name).toBe(
      'Police and Crime Commissioner for Avon and Somerset'
    )
    expect(findForce('Durham Constabulary')?.localPolicingBody).toMatchObject({
      kind: 'pcc',
      name: 'Police and Crime Commissioner for Durham',
      from: '2012-11-22'
    })
  })
})

describe('names and aliases', () => {
  it('resolves every id, name, alias and local policing body name to its own force', () => {
    for (const force of forces) {
      for (const name of recordedNames(force)) expect(findForce(name)?.id, name).toBe(force.id)
    }
  })

  it('never gives two forces the same name after normalising', () => {
    const owner = new Map<string, string>()
    for (const force of forces) {
      for (const name of recordedNames(force)) {
        const key = normaliseName(name)
        const other = owner.get(key)
        expect(other === undefined || other === force.id, `"${name}" is claimed by ${other} and ${force.id}`).toBe(true)
        owner.set(key, force.id)
      }
    }
  })

  it('finds the Metropolitan Police Service by its common names', () => {
    expect(findForce('the Met')?.id).toBe('metropolitan')
    expect(findForce('MPS')?.id).toBe('metropolitan')
    expect(findForce('Met Police')?.id).toBe('metropolitan')
    expect(findForce('Metropolitan Police')?.id).toBe('metropolitan')
    expect(findForce("Mayor's Office for Policing and Crime")?.id).toBe('metropolitan')
    expect(findForce('MOPAC')?.id).toBe('metropolitan')
  })

  it('finds forces by the names people write', () => {
    expect(findForce('Avon and Somerset Constabulary')?.id).toBe('avon-and-somerset')
    expect(findForce('Avon & Somerset Police')?.id).toBe('avon-and-somerset')
    expect(findForce('West Mercia Police')?.id).toBe('west-mercia')
    expect(findForce('Warwickshire Police')?.id).toBe('warwickshire')
    expect(findForce('Warwickshire Constabulary')?.id).toBe('warwickshire')
    expect(findForce('GMP')?.id).toBe('greater-manchester')
    expect(findForce('Devon & Cornwall Police')?.id).toBe('devon-and-cornwall')
    expect(findForce('Dyfed Powys Police')?.id).toBe('dyfed-powys')
    expect(findForce('Heddlu Dyfed-Powys')?.id).toBe('dyfed-powys')
    expect(findForce('Hampshire Constabulary')?.id).toBe('hampshire')
  })

  it('finds a force by "<area> Police" and "<area> Constabulary"', () => {
    expect(findForce('Cleveland Constabulary')?.id).toBe('cleveland')
    expect(findForce('Kent Constabulary')?.id).toBe('kent')
    expect(findForce('Hampshire and Isle of Wight Police')?.id).toBe('hampshire')
    expect(findForce('City of London Constabulary')?.id).toBe('city-of-london')
  })

  it('finds a force by its local policing body, formal or local title', () => {
    expect(findForce('Police and Crime Commissioner for Warwickshire', '2025-01-01')).toEqual({
      ...byId('warwickshire'),
      localPolicingBody: byId('warwickshire').localPolicingBodies[0],
      announced: []
    })
    expect(byId('warwickshire').localPolicingBodies[0]).toMatchObject({
      kind: 'pcc',
      name: 'Police and Crime Commissioner for Warwickshire',
      from: '2012-11-22'
    })
    expect(findForce('Mayor of Greater Manchester')?.id).toBe('greater-manchester')
    expect(findForce('Staffordshire Commissioner for Police, Fire & Rescue and Crime')?.id).toBe('staffordshire')
    expect(findForce('Police, Fire and Crime Commissioner for Essex')?.id).toBe('essex')
    expect(findForce('Police, Crime and Victims’ Commissioner for Durham')?.id).toBe('durham')
    expect(findForce('Police and Crime Commissioner for Hampshire and the Isle of Wight')?.id).toBe('hampshire')
  })

  it('finds nothing for unknown names or fire services', () => {
    expect(findForce('Nowhere Police')).toBeUndefined()
    expect(findForce('Cleveland Fire')).toBeUndefined()
    expect(findForce('Essex County Fire and Rescue Service')).toBeUndefined()
    expect(findForce('')).toBeUndefined()
  })
})

describe('dated local policing bodies', () => {
  it('Greater Manchester: PCC until 2017-05-07, mayor from 2017-05-08', () => {
    expect(findForce('greater-manchester', '2017-05-07')?.localPolicingBody).toMatchObject({
      kind: 'pcc',
      name: 'Police and Crime Commissioner for Greater Manchester',
      from: '2012-11-22',
      to: '2017-05-07'
    })
    expect(findForce('greater-manchester', '2017-05-08')?.localPolicingBody).toMatchObject({
      kind: 'mayor',
      name: 'Mayor of Greater Manchester',
      from: '2017-05-08'
    })
  })

  it('West Yorkshire: PCC on 2021-05-09, mayor from 2021-05-10', () => {
    expect(findForce('West Yorkshire Police', '2021-05-09')?.localPolicingBody).toMatchObject({
      kind: 'pcc',
      name: 'Police and Crime Commissioner for West Yorkshire',
      from: '2012-11-22',
      to: '2021-05-09'
    })
    expect(findForce('West Yorkshire Police', '2021-05-10')?.localPolicingBody).toMatchObject({
      kind: 'mayor',
      name: 'Mayor of West Yorkshire',
      from: '2021-05-10'
    })
  })

  it('North Yorkshire: PCC, then PFCC from 2018-11-15, then the York and North Yorkshire mayor from 2024-05-07', () => {
    expect(findForce('North Yorkshire Police', '2018-11-14')?.localPolicingBody.kind).toBe('pcc')
    expect(findForce('North Yorkshire Police', '2024-05-06')?.localPolicingBody).toMatchObject({
      kind: 'pfcc',
      name: 'Police, Fire and Crime Commissioner for North Yorkshire',
      from: '2018-11-15',
      to: '2024-05-06'
    })
    expect(findForce('North Yorkshire Police', '2024-05-07')?.localPolicingBody).toMatchObject({
      kind: 'mayor',
      name: 'Mayor of York and North Yorkshire',
      from: '2024-05-07'
    })
  })

  it('South Yorkshire: PCC on 2024-05-06, mayor from 2024-05-07', () => {
    expect(findForce('South Yorkshire Police', '2024-05-06')?.localPolicingBody).toMatchObject({
      kind: 'pcc',
      name: 'Police and Crime Commissioner for South Yorkshire',
      from: '2012-11-22',
      to: '2024-05-06'
    })
    expect(findForce('South Yorkshire Police', '2024-05-07')?.localPolicingBody).toMatchObject({
      kind: 'mayor',
      name: 'Mayor of South Yorkshire',
      from: '2024-05-07'
    })
  })

  it('PCCs become PFCCs on the day fire governance transferred', () => {
    const changes: [string, string, string][] = [
      ['essex', '2017-10-01', 'Essex'],
      ['staffordshire', '2018-08-01', 'Staffordshire'],
      ['northamptonshire', '2019-01-01', 'Northamptonshire'],
      ['cumbria', '2023-04-01', 'Cumbria']
    ]
    for (const [id, from, area] of changes) {
      const force = byId(id)
      const dayBefore = addDays(from, -1)
      expect(localPolicingBodyAt(force, dayBefore)).toMatchObject({
        kind: 'pcc',
        name: `Police and Crime Commissioner for ${area}`,
        from: '2012-11-22',
        to: dayBefore
      })
      expect(localPolicingBodyAt(force, from)).toMatchObject({
        kind: 'pfcc',
        name: `Police, Fire and Crime Commissioner for ${area}`,
        from
      })
    }
  })

  it('Metropolitan Police Service: MOPAC and the Commissioner of Police of the Metropolis', () => {
    const met = findForce('Metropolitan Police Service')
    expect(met?.id).toBe('metropolitan')
    expect(met?.chiefOfficerTitle).toBe('Commissioner of Police of the Metropolis')
    expect(met?.localPolicingBody).toMatchObject({
      kind: 'mopac',
      name: "Mayor's Office for Policing and Crime",
      from: '2012-01-16'
    })
  })

  it('City of London Police: the Common Council and the Commissioner of Police for the City of London', () => {
    const city = findForce('City of London Police')
    expect(city?.id).toBe('city-of-london')
    expect(city?.chiefOfficerTitle).toBe('Commissioner of Police for the City of London')
    expect(city?.localPolicingBody).toMatchObject({
      kind: 'common-council',
      name: 'Common Council of the City of London',
      from: '2012-01-16'
    })
  })

  it('has no local policing body before the first term', () => {
    expect(localPolicingBodyAt(byId('warwickshire'), '2012-11-21')).toBeUndefined()
    expect(localPolicingBodyAt(byId('warwickshire'), '2012-11-22')?.kind).toBe('pcc')
    expect(findForce('Warwickshire Police', '2012-11-21')).toBeUndefined()
  })

  it('rejects a date that is not a real YYYY-MM-DD date, echoing it', () => {
    expect(() => localPolicingBodyAt(byId('warwickshire'), '22/11/2012')).toThrow(InvalidDateError)
    expect(() => localPolicingBodyAt(byId('warwickshire'), '2023-02-29')).toThrow('"2023-02-29"')
    expect(() => findForce('Warwickshire Police', '2012-11')).toThrow(InvalidDateError)
    expect(() => findForce('Nowhere Police', '2012-11')).toThrow(InvalidDateError)
  })
})

describe('normaliseName', () => {
  it('folds case, apostrophes, ampersands, dashes, spacing and a leading "the"', () => {
    expect(normaliseName('  The  Avon & Somerset–Constabulary ')).toBe('avon and somerset constabulary')
    expect(normaliseName('National Police Chiefs’ Council')).toBe("national police chiefs' council")
    expect(normaliseName('Dyfed-Powys\u00a0Police')).toBe('dyfed powys police')
    expect(normaliseName('Theale Police')).toBe('theale police')
  })

  it('gives the same result when only lower case is needed as when each fold applies', () => {
    expect(normaliseName('Kent Police')).toBe('kent police')
    expect(normaliseName('The Kent Police')).toBe('kent police')
    expect(normaliseName(' Kent Police')).toBe('kent police')
    expect(normaliseName('Kent Police ')).toBe('kent police')
    expect(normaliseName('Kent  Police')).toBe('kent police')
    expect(normaliseName('Kent\tPolice')).toBe('kent police')
    expect(normaliseName('Kent\nPolice')).toBe('kent police')
    expect(normaliseName('Kent\uFEFFPolice')).toBe('kent police')
    expect(normaliseName('Bedfordshire, Cambridgeshire & Hertfordshire')).toBe('bedfordshire, cambridgeshire and hertfordshire')
    expect(normaliseName('')).toBe('')
    expect(normaliseName(' ')).toBe('')
  })
})

describe('regional units', () => {
  it('lists the nine ROCUs, each valid, with forces that exist', () => {
    expect(regionalUnits).toHaveLength(9)
    expect(new Set(regionalUnits.map((u) => u.id)).size).toBe(9)
    const ids = new Set(forces.map((f) => f.id))
    for (const unit of regionalUnits) {
      expect(RegionalUnit.parse(unit)).toEqual(unit)
      for (const forceId of unit.forceIds) expect(ids.has(forceId), `${unit.id}: ${forceId}`).toBe(true)
    }
  })

  it('puts every force outside London in exactly one unit', () => {
    for (const force of forces) {
      const units = regionalUnits.filter((u) => u.forceIds.includes(force.id)).map((u) => u.id)
      expect(units, force.id).toHaveLength(force.region === 'london' ? 0 : 1)
    }
    expect(regionalUnits.find((u) => u.forceIds.includes('north-wales'))?.id).toBe('rocu-north-west')
  })

  it('resolves every id, name and alias to its own unit', () => {
    for (const unit of regionalUnits) {
      for (const name of [unit.id, unit.name, ...unit.aliases]) expect(findRegionalUnit(name)?.id, name).toBe(unit.id)
    }
    expect(findRegionalUnit('ROCUWM')?.forceIds).toEqual([
      'staffordshire',
      'warwickshire',
      'west-mercia',
      'west-midlands'
    ])
    expect(findRegionalUnit('West Midlands Regional Organised Crime Unit')?.id).toBe('rocu-west-midlands')
    expect(findRegionalUnit('ERSOU')?.id).toBe('rocu-eastern')
    expect(findRegionalUnit('Tarian')?.id).toBe('rocu-southern-wales')
    expect(findRegionalUnit('London ROCU')).toBeUndefined()
  })
})

describe('national bodies', () => {
  it('validates and resolves every id, name and alias to its own body', () => {
    expect(new Set(nationalBodies.map((b) => b.id)).size).toBe(nationalBodies.length)
    for (const body of nationalBodies) {
      expect(NationalBody.parse(body)).toEqual(body)
      for (const name of [body.id, body.name, ...body.aliases]) expect(findNationalBody(name)?.id, name).toBe(body.id)
    }
  })

  it('knows the bodies responses address', () => {
    expect(findNationalBody('NPCC')?.name).toBe("National Police Chiefs' Council")
    expect(findNationalBody('National Police Chiefs Council')?.id).toBe('npcc')
    expect(findNationalBody('College of Policing')?.kind).toBe('college-of-policing')
    expect(findNationalBody('Home Secretary')?.id).toBe('home-office')
    expect(findNationalBody('Secretary of State for the Home Department')?.kind).toBe('home-office')
    expect(findNationalBody('NCA')?.name).toBe('National Crime Agency')
    expect(findNationalBody('British Transport Police')?.kind).toBe('btp')
    expect(findNationalBody('HMIC')?.id).toBe('hmicfrs')
    expect(findNationalBody('the inspectors of constabulary')?.kind).toBe('inspectorate')
    expect(findNationalBody("Her Majesty's Inspectorate of Constabulary")?.id).toBe('hmicfrs')
    expect(findNationalBody('HM Inspectorate of Constabulary and Fire and Rescue Services')?.id).toBe('hmicfrs')
    expect(findNationalBody('British Transport Police Authority')).toBeUndefined()
  })

  it('keeps national bodies out of the force lookup', () => {
    expect(findForce('British Transport Police')).toBeUndefined()
    expect(findForce('BTP')).toBeUndefined()
  })
})
