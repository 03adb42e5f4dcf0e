import {describe, expect, it} from 'vitest'
import {InvalidDateError} from '../src/lib/errors.js'
import {reportKinds} from '../src/lib/report.js'
import {
  FireService,
  FrameworkDefinition,
  GovernanceEvent,
  ReportKindFacts,
  checkFrameworkArea,
  findFireService,
  findForce,
  fireAuthorityAt,
  fireInspectionDuty,
  fireServices,
  forces,
  frameworkDefinitions,
  governanceEvents,
  gradeInFramework,
  nationalReportGuidance,
  pendingGovernanceChanges,
  reportKindFacts,
  section55For
} from '../src/lib/reference/index.js'
import {normaliseName} from '../src/internal.js'

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const serviceById = (id: string): FireService => {
  const service = fireServices.find((s) => s.id === id)
  if (!service) throw new Error(`no fire service ${id}`)
  return service
}

describe('fire and rescue services', () => {
  it('lists 44 services in office since 1 April 2021, and the two combined that day', () => {
    expect(fireServices.filter((s) => fireAuthorityAt(s, '2021-04-01'))).toHaveLength(44)
    expect(fireServices.filter((s) => fireAuthorityAt(s, '2021-03-31'))).toHaveLength(45)
    expect(fireServices).toHaveLength(46)
    expect(new Set(fireServices.map((s) => s.id)).size).toBe(46)
  })

  it('validates every service against the FireService schema unchanged', () => {
    for (const service of fireServices) expect(FireService.parse(service)).toEqual(service)
  })

  it('links every service to real forces and every successor to a service', () => {
    const forceIds = new Set(forces.map((f) => f.id))
    const serviceIds = new Set(fireServices.map((s) => s.id))
    for (const service of fireServices) {
      for (const id of service.forceIds) expect(forceIds.has(id), `${service.id} -> ${id}`).toBe(true)
      for (const id of service.successorIds ?? []) expect(serviceIds.has(id), `${service.id} -> ${id}`).toBe(true)
    }
    expect(serviceById('hampshire').successorIds).toEqual(['hampshire-and-isle-of-wight'])
    expect(serviceById('isle-of-wight').successorIds).toEqual(['hampshire-and-isle-of-wight'])
  })

  it('gives every authority term a source, and dates that join up', () => {
    for (const service of fireServices) {
      service.authorities.forEach((term, index) => {
        expect(term.source).toMatch(/^https:\/\//)
        const next = service.authorities[index + 1]
        if (next) expect(next.from).toBe(addDays(term.to ?? '', 1))
      })
    }
  })

  it('resolves every id, name, alias and authority name to its own service', () => {
    for (const service of fireServices) {
      for (const name of [service.id, service.name, ...service.aliases, ...service.authorities.map((t) => t.name)]) {
        expect(findFireService(name)?.id, name).toBe(service.id)
      }
    }
  })

  it('finds services by the names reports print', () => {
    expect(findFireService('Shropshire Fire and Rescue Service')?.id).toBe('shropshire')
    expect(findFireService('Avon FRS')?.id).toBe('avon')
    expect(findFireService('Cleveland Fire Brigade')?.id).toBe('cleveland')
    expect(findFireService('Cleveland Fire and Rescue Service')?.id).toBe('cleveland')
    expect(findFireService('London Fire Brigade')?.id).toBe('london')
    expect(findFireService('Hampshire & Isle of Wight Fire and Rescue Service')?.id).toBe('hampshire-and-isle-of-wight')
    expect(findFireService('Warwickshire Police')).toBeUndefined()
    expect(findFireService('Nowhere Fire and Rescue Service')).toBeUndefined()
    expect(normaliseName('Avon FRS')).toBe('avon frs')
  })

  it.each([
    ['essex', '2017-10-01', 'combined-fire-authority', 'pfcc'],
    ['staffordshire', '2018-08-01', 'combined-fire-authority', 'pfcc'],
    ['north-yorkshire', '2018-11-15', 'combined-fire-authority', 'pfcc'],
    ['northamptonshire', '2019-01-01', 'county-council', 'pfcc'],
    ['cumbria', '2023-04-01', 'county-council', 'pfcc'],
    ['north-yorkshire', '2024-05-07', 'pfcc', 'mayor'],
    ['greater-manchester', '2017-05-08', 'metropolitan-fire-authority', 'mayor'],
    ['london', '2018-04-01', 'gla-functional-body', 'london-fire-commissioner']
  ] as const)('%s: the day before %s and the day of the change', (id, day, before, after) => {
    const name = serviceById(id).name
    expect(findFireService(name, addDays(day, -1))?.authority.kind).toBe(before)
    expect(findFireService(name, day)?.authority.kind).toBe(after)
  })

  it('changes authority exactly on each dated day: the day before gives the previous one (or none)', () => {
    for (const service of fireServices) {
      service.authorities.forEach((term, index) => {
        if (term.from === undefined) return
        expect(fireAuthorityAt(service, term.from), `${service.id} ${term.from}`).toBe(term)
        expect(fireAuthorityAt(service, addDays(term.from, -1)), `${service.id} before ${term.from}`).toBe(
          service.authorities[index - 1]
        )
      })
    }
    expect(fireAuthorityAt(serviceById('dorset-and-wiltshire'), '2016-03-31')).toBeUndefined()
  })

  it('resolves York and North Yorkshire to the mayor from 7 May 2024', () => {
    expect(findFireService('North Yorkshire Fire and Rescue Service', '2024-05-06')?.authority.name).toBe(
      'Police, Fire and Crime Commissioner for North Yorkshire'
    )
    expect(findFireService('North Yorkshire FRS', '2024-05-07')?.authority).toMatchObject({
      kind: 'mayor',
      name: 'Mayor of York and North Yorkshire',
      from: '2024-05-07',
      status: 'verified'
    })
  })

  it('combines Hampshire and the Isle of Wight on 1 April 2021 without losing the old ids', () => {
    expect(findFireService('Hampshire Fire and Rescue Service', '2021-03-31')?.id).toBe('hampshire')
    expect(findFireService('Hampshire Fire and Rescue Service', '2021-04-01')).toBeUndefined()
    expect(findFireService('Isle of Wight Fire and Rescue Service', '2021-03-31')?.authority.name).toBe('Isle of Wight Council')
    expect(findFireService('Hampshire and Isle of Wight Fire and Rescue Service', '2021-03-31')).toBeUndefined()
    expect(findFireService('Hampshire and Isle of Wight Fire and Rescue Service', '2021-04-01')?.authority.kind).toBe(
      'combined-fire-authority'
    )
  })

  it('checks the date whether or not the name is known', () => {
    expect(() => findFireService('Avon FRS', '2024-02-30')).toThrow(InvalidDateError)
    expect(() => findFireService('Nowhere', 'yesterday')).toThrow(InvalidDateError)
  })

  it('states the duty for fire reports, not section 55', () => {
    expect(fireInspectionDuty.statute.text).toContain('s.28B(1)')
    expect(fireInspectionDuty.statute.status).toBe('verified')
    expect(fireInspectionDuty.nationalFramework.status).toBe('unverified')
    expect(section55For('fire-and-rescue').section55).toBe('does-not-apply')
    expect(section55For('fire-and-rescue-revisit').section55).toBe('does-not-apply')
  })
})

describe('governance announcements', () => {
  it('validates every event, each with a source', () => {
    for (const event of governanceEvents) {
      expect(GovernanceEvent.parse(event)).toEqual(event)
      expect(event.source).toMatch(/^https:\/\//)
    }
  })

  it('lists the PCC abolition for a PCC from the day it was announced, not the day before', () => {
    expect(findForce('Essex Police', '2025-11-12')?.announced).toEqual([])
    expect(findForce('Essex Police', '2025-11-13')?.announced.map((e) => e.id)).toEqual(['pcc-abolition-2028'])
    expect(findForce('Warwickshire Police', '2025-11-13')?.announced.map((e) => e.id)).toEqual(['pcc-abolition-2028'])
  })

  it('adds the white paper from 26 January 2026 for every force', () => {
    expect(pendingGovernanceChanges('kent', '2026-01-25').map((e) => e.id)).toEqual(['pcc-abolition-2028'])
    expect(pendingGovernanceChanges('kent', '2026-01-26').map((e) => e.id)).toEqual([
      'pcc-abolition-2028',
      'police-reform-white-paper-2026'
    ])
    // A mayor or MOPAC is not a PCC: only the white paper concerns them.
    expect(pendingGovernanceChanges('greater-manchester', '2026-01-26').map((e) => e.id)).toEqual(['police-reform-white-paper-2026'])
    expect(pendingGovernanceChanges('metropolitan').map((e) => e.id)).toEqual(['police-reform-white-paper-2026'])
  })

  it('changes no verdict: a PCC is still the local policing body after the announced date', () => {
    expect(findForce('Essex Police', '2028-06-01')?.localPolicingBody.kind).toBe('pfcc')
    expect(findForce('Kent Police', '2028-06-01')?.localPolicingBody.kind).toBe('pcc')
    expect(findForce('Kent Police', '2028-06-01')?.id).toBe('kent')
  })

  it('keeps the West Midlands PCC: the transfer to the mayor was quashed', () => {
    const quashed = governanceEvents.find((e) => e.id === 'west-midlands-mayor-transfer-quashed')
    expect(quashed).toMatchObject({stage: 'quashed', date: '2024-03-18', forceIds: ['west-midlands']})
    expect(findForce('West Midlands Police', '2024-05-06')?.localPolicingBody.kind).toBe('pcc')
    expect(findForce('West Midlands Police', '2024-05-07')?.localPolicingBody.kind).toBe('pcc')
    expect(pendingGovernanceChanges('west-midlands', '2024-12-31')).toEqual([])
  })

  it('gives MOPAC and the Common Council their day, 16 January 2012, and none the day before', () => {
    expect(findForce('MOPAC', '2012-01-15')).toBeUndefined()
    expect(findForce('MOPAC', '2012-01-16')?.localPolicingBody.kind).toBe('mopac')
    expect(findForce('City of London Police', '2012-01-15')).toBeUndefined()
    expect(findForce('City of London Police', '2012-01-16')?.localPolicingBody.kind).toBe('common-council')
  })

  it('gives every local policing body term a source and a status', () => {
    for (const force of forces) {
      for (const term of force.localPolicingBodies) {
        expect(term.source, `${force.id} ${term.name}`).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//)
        expect(['verified', 'secondary', 'unverified']).toContain(term.status)
      }
    }
  })
})

describe('report kinds', () => {
  it('gives every report kind its section 55 facts, with a source', () => {
    expect(reportKindFacts.map((facts) => facts.kind).sort()).toEqual([...reportKinds].sort())
    for (const facts of reportKindFacts) {
      expect(ReportKindFacts.parse(facts)).toEqual(facts)
      expect(facts.source).toMatch(/^https:\/\//)
    }
  })

  it('applies section 55 to force reports and, unless repeated by a force report, to national ones', () => {
    expect(section55For('peel').section55).toBe('applies')
    expect(section55For('accelerated-cause-of-concern').section55).toBe('applies')
    expect(section55For('thematic').section55).toBe('applies-unless-force-report-repeats')
    expect(section55For('engage-letter').section55).toBe('unclear')
    expect(section55For('state-of-policing').section55).toBe('does-not-apply')
    expect(nationalReportGuidance.text).toContain('only in respect of the force-specific report')
  })
})

describe('inspection frameworks', () => {
  it('validates every definition', () => {
    for (const definition of frameworkDefinitions) expect(FrameworkDefinition.parse(definition)).toEqual(definition)
  })

  it('records PEEL 2025–27 with leadership and force management as its first core question', () => {
    const peel2025 = frameworkDefinitions.find((d) => d.id === 'peel-2025-27')
    expect(peel2025?.published).toBe('2025-04-11')
    expect(peel2025?.areas[0]?.question).toBe('How good is the force at leadership and force management?')
  })

  it('checks a printed area against its cycle', () => {
    // Areas as the 2018/19 Essex and Cleveland reports print them (fixtures/corpus/reports).
    for (const area of [
      'Effectiveness (pillar): How effectively does the force reduce crime and keep people safe?',
      'Efficiency (pillar): operates efficiently and sustainably',
      'How effective is the force at tackling serious and organised crime?',
      'How well does the force use its resources to meet the demand it faces?'
    ]) {
      expect(checkFrameworkArea('peel-2018-19', area), area).toBe('known')
      expect(checkFrameworkArea('peel-2014-2019', area), area).toBe('known')
    }
    expect(checkFrameworkArea('peel-2018-19', 'Leadership and force management')).toBe('unknown')
    expect(checkFrameworkArea('peel-2025-27', 'Leadership and force management')).toBe('known')
    expect(checkFrameworkArea('peel-2025-27', 'Investigating crime')).toBe('unchecked')
    // The short names the PEEL 2021/22 and 2023–25 graded-judgement tables print.
    expect(checkFrameworkArea('peel-2021-22', 'Developing a positive workplace')).toBe('known')
    expect(checkFrameworkArea('peel-2023-25', 'Police powers and public treatment')).toBe('known')
    expect(checkFrameworkArea('peel-2021-onwards', 'Building, supporting and protecting the workforce')).toBe('known')
    expect(checkFrameworkArea('peel-2021-22', 'Keeping complainants updated')).toBe('unchecked')
    expect(checkFrameworkArea('other', 'Anything')).toBe('unchecked')
    expect(
      checkFrameworkArea('fire-2021-22', 'How effective is the FRS at understanding the risk of fire and other emergencies?')
    ).toBe('known')
  })

  it('knows "adequate" only from PEEL 2021/22 and fire round 3', () => {
    expect(gradeInFramework('peel-2018-19', 'adequate')).toBe(false)
    expect(gradeInFramework('peel-2014-2019', 'adequate')).toBe(false)
    expect(gradeInFramework('peel-2021-22', 'adequate')).toBe(true)
    expect(gradeInFramework('fire-2021-22', 'adequate')).toBe(false)
    expect(gradeInFramework('fire-2023-25', 'adequate')).toBe(true)
    expect(gradeInFramework('other', 'adequate')).toBe(true)
  })
})
