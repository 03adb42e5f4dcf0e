import {IsoDate} from '../dates.js'
import {InvalidDateError} from '../errors.js'
import {fireServices} from './fire-services.js'
import {forces} from './forces.js'
import {governanceEvents} from './governance.js'
import {normaliseName} from './names.js'
import {nationalBodies} from './national-bodies.js'
import {regionalUnits} from './regional-units.js'
import type {
  FireAuthorityTerm,
  FireService,
  Force,
  GovernanceEvent,
  LocalPolicingBodyTerm,
  NationalBody,
  RegionalUnit
} from './types.js'

/**
 * A force together with the local policing body in office on the date asked about, and the
 * announced changes that would touch that body (announcements, never law: see `governanceEvents`).
 */
export type ForceMatch = Force & {localPolicingBody: LocalPolicingBodyTerm; announced: GovernanceEvent[]}

/** A fire and rescue service together with its fire and rescue authority on the date asked about. */
export type FireServiceMatch = FireService & {authority: FireAuthorityTerm}

// Titles local policing bodies sign under that are not the formal names in `forces` (local
// titles, or a renamed office whose date is unconfirmed), by force id. They identify the force,
// not a dated term, so they live here rather than in the data.
const localTitles: Readonly<Record<string, readonly string[]>> = {
  durham: ["Police, Crime and Victims' Commissioner for Durham", "Durham Police, Crime and Victims' Commissioner"],
  hampshire: [
    'Police and Crime Commissioner for Hampshire and the Isle of Wight',
    'Police and Crime Commissioner for Hampshire and Isle of Wight'
  ],
  metropolitan: ['MOPAC'],
  staffordshire: ['Staffordshire Commissioner for Police, Fire & Rescue and Crime']
}

// `null` marks a key that two entries claim: an ambiguous name resolves to nothing rather than
// to whichever entry happened to come first.
type Index<T> = Map<string, T | null>

function addKey<T>(index: Index<T>, name: string, value: T): void {
  const key = normaliseName(name)
  if (key === '') return
  const existing = index.get(key)
  if (existing === undefined) index.set(key, value)
  else if (existing !== value) index.set(key, null)
}

function buildIndex<T extends {id: string; name: string; aliases: readonly string[]}>(entries: readonly T[]): Index<T> {
  const index: Index<T> = new Map()
  for (const entry of entries) {
    for (const name of [entry.id, entry.name, ...entry.aliases]) addKey(index, name, entry)
  }
  return index
}

/**
 * Adds "<area> <suffix>" guesses at what people write: they never displace a recorded name or
 * alias, so they are collected apart and only fill gaps.
 */
function addDerivedNames<T extends {id: string; name: string}>(
  index: Index<T>,
  entries: readonly T[],
  nameSuffixes: readonly string[],
  derivedSuffixes: readonly string[]
): void {
  const derived: Index<T> = new Map()
  for (const entry of entries) {
    const name = normaliseName(entry.name)
    const suffix = nameSuffixes.find((s) => name.endsWith(s))
    const areas = new Set([normaliseName(entry.id), suffix === undefined ? name : name.slice(0, -suffix.length)])
    for (const area of areas) for (const ending of ['', ...derivedSuffixes]) addKey(derived, `${area}${ending}`, entry)
  }
  for (const [key, entry] of derived) if (!index.has(key)) index.set(key, entry)
}

// Suffixes stripped from a name to find its area ("Cumbria Constabulary" -> "cumbria"); longest
// first so "Metropolitan Police Service" loses the whole suffix.
const forceSuffixes = [' police service', ' constabulary', ' police']
const fireSuffixes = [' fire and rescue service', ' fire and rescue', ' fire brigade', ' fire service']

function buildForceIndex(): Index<Force> {
  const index = buildIndex(forces)
  for (const force of forces) {
    for (const term of force.localPolicingBodies) addKey(index, term.name, force)
    for (const title of localTitles[force.id] ?? []) addKey(index, title, force)
  }
  addDerivedNames(index, forces, forceSuffixes, [' police', ' constabulary'])
  return index
}

function buildFireServiceIndex(): Index<FireService> {
  const index = buildIndex(fireServices)
  for (const service of fireServices) for (const term of service.authorities) addKey(index, term.name, service)
  addDerivedNames(index, fireServices, fireSuffixes, [' frs', ' fire and rescue service', ' fire and rescue', ' fire service'])
  return index
}

function assertDate(asAt: string): void {
  if (!IsoDate.safeParse(asAt).success) throw new InvalidDateError(asAt, 'asAt date')
}

// Built on first use, so importing the data costs nothing until a lookup is made.
let forceIndex: Index<Force> | undefined
let fireServiceIndex: Index<FireService> | undefined
let regionalUnitIndex: Index<RegionalUnit> | undefined
let nationalBodyIndex: Index<NationalBody> | undefined

/**
 * The local policing body term in force on a date, or `undefined` before the force's first term
 * (for example before PCCs took office on 2012-11-22).
 *
 * @example
 *   const gmp = forces.find((force) => force.id === 'greater-manchester')!
 *   localPolicingBodyAt(gmp, '2017-05-07')?.kind // 'pcc'
 *   localPolicingBodyAt(gmp, '2017-05-08') // {kind: 'mayor', name: 'Mayor of Greater Manchester', from: '2017-05-08'}
 * @throws {InvalidDateError} when `asAt` is not a real `YYYY-MM-DD` date.
 */
export function localPolicingBodyAt(force: Force, asAt: string): LocalPolicingBodyTerm | undefined {
  assertDate(asAt)
  return force.localPolicingBodies.find((term) => termCovers(term, asAt))
}

// YYYY-MM-DD strings order the same way as the dates they name; a term without `from` began
// before the records start.
function termCovers(term: {from?: string; to?: string}, asAt: string): boolean {
  return (term.from === undefined || term.from <= asAt) && (term.to === undefined || asAt <= term.to)
}

/**
 * The announced (not enacted) governance changes that concern a force's body: those announced by
 * `asAt` (default: all) and aimed at the force or at its kind of body. A quashed change is not
 * pending, so it is left out.
 *
 * @example pendingGovernanceChanges('essex', '2026-01-01').map((event) => event.id) // ['pcc-abolition-2028']
 */
export function pendingGovernanceChanges(forceId: string, asAt?: string): GovernanceEvent[] {
  if (asAt !== undefined) assertDate(asAt)
  const force = forces.find((candidate) => candidate.id === forceId)
  if (!force) return []
  const term = asAt === undefined ? force.localPolicingBodies.at(-1) : localPolicingBodyAt(force, asAt)
  return governanceEvents.filter(
    (event) =>
      event.stage !== 'quashed' &&
      (asAt === undefined || event.date <= asAt) &&
      (event.forceIds === undefined || event.forceIds.includes(forceId)) &&
      (event.affectsKinds === undefined || (term !== undefined && event.affectsKinds.includes(term.kind)))
  )
}

/**
 * The fire and rescue authority of a service on a date, or `undefined` outside its terms (before
 * a combined service existed, or after it was combined into a successor).
 *
 * @throws {InvalidDateError} when `asAt` is not a real `YYYY-MM-DD` date.
 */
export function fireAuthorityAt(service: FireService, asAt: string): FireAuthorityTerm | undefined {
  assertDate(asAt)
  return service.authorities.find((term) => termCovers(term, asAt))
}

/**
 * Finds a fire and rescue service by id, name, alias, authority name, or "<area> FRS"/"<area>
 * Fire and Rescue Service", with its fire and rescue authority on `asAt` (default: the latest).
 * Returns `undefined` if the name is unknown or the service had no authority on `asAt`.
 *
 * @example findFireService('Essex County Fire and Rescue Service', '2017-10-01')?.authority.kind // 'pfcc'
 * @example findFireService('North Yorkshire FRS', '2024-05-07')?.authority.name // 'Mayor of York and North Yorkshire'
 * @throws {InvalidDateError} when `asAt` is given and is not a real `YYYY-MM-DD` date.
 */
export function findFireService(name: string, asAt?: string): FireServiceMatch | undefined {
  if (asAt !== undefined) assertDate(asAt)
  fireServiceIndex ??= buildFireServiceIndex()
  const service = fireServiceIndex.get(normaliseName(name))
  if (!service) return undefined
  const authority = asAt === undefined ? service.authorities.at(-1) : fireAuthorityAt(service, asAt)
  return authority ? {...service, authority} : undefined
}

/**
 * Finds a force by id, name, alias, local policing body name, or "<area> Police"/"<area>
 * Constabulary", with the local policing body on `asAt` (default: the latest) and the announced
 * changes pending for it. Returns `undefined` if the name is unknown or the force had no local
 * policing body on `asAt`.
 *
 * @example findForce('Police and Crime Commissioner for Warwickshire')?.id // 'warwickshire'
 * @example findForce('GMP', '2017-05-07')?.localPolicingBody.kind // 'pcc'
 * @throws {InvalidDateError} when `asAt` is given and is not a real `YYYY-MM-DD` date.
 */
export function findForce(nameOrAlias: string, asAt?: string): ForceMatch | undefined {
  // Checked first so a bad date fails the same way whether or not the name is known.
  if (asAt !== undefined) assertDate(asAt)
  forceIndex ??= buildForceIndex()
  const force = forceIndex.get(normaliseName(nameOrAlias))
  if (!force) return undefined
  const localPolicingBody =
    asAt === undefined ? force.localPolicingBodies.at(-1) : localPolicingBodyAt(force, asAt)
  return localPolicingBody ? {...force, localPolicingBody, announced: pendingGovernanceChanges(force.id, asAt)} : undefined
}

/**
 * Finds a regional organised crime unit by id, name or alias.
 *
 * @example findRegionalUnit('ROCUWM')?.forceIds // ['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands']
 */
export function findRegionalUnit(nameOrAlias: string): RegionalUnit | undefined {
  regionalUnitIndex ??= buildIndex(regionalUnits)
  return regionalUnitIndex.get(normaliseName(nameOrAlias)) ?? undefined
}

/**
 * Finds a national body by id, name or alias.
 *
 * @example findNationalBody('Home Secretary')?.id // 'home-office'
 */
export function findNationalBody(nameOrAlias: string): NationalBody | undefined {
  nationalBodyIndex ??= buildIndex(nationalBodies)
  return nationalBodyIndex.get(normaliseName(nameOrAlias)) ?? undefined
}
