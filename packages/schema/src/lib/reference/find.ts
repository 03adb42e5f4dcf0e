import {IsoDate} from '../dates.js'
import {InvalidDateError} from '../errors.js'
import {forces} from './forces.js'
import {nationalBodies} from './national-bodies.js'
import {regionalUnits} from './regional-units.js'
import type {Force, LocalPolicingBodyTerm, NationalBody, RegionalUnit} from './types.js'

/** A force together with the local policing body in office on the date asked about. */
export type ForceMatch = Force & {localPolicingBody: LocalPolicingBodyTerm}

// Each pattern is a single character class, so matching is linear in the input.
const curlyApostrophes = /[\u2018\u2019\u201B\u02BC]/g
const ampersands = /&/g
const spacesAndDashes = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/g

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

/**
 * Normalises a name for lookup: lower case, curly apostrophes made straight, "&" read as "and",
 * runs of whitespace, hyphens and dashes made one space, a leading "the " dropped, trimmed.
 *
 * @example normaliseName('The  Avon & Somerset–Constabulary') // 'avon and somerset constabulary'
 */
export function normaliseName(name: string): string {
  const collapsed = name
    .toLowerCase()
    .replace(curlyApostrophes, "'")
    .replace(ampersands, ' and ')
    .replace(spacesAndDashes, ' ')
    .trim()
  return collapsed.startsWith('the ') ? collapsed.slice(4) : collapsed
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

// Suffixes stripped from a force's name to find its area ("Cumbria Constabulary" -> "cumbria");
// longest first so "Metropolitan Police Service" loses the whole suffix.
const forceSuffixes = [' police service', ' constabulary', ' police']

function forceAreas(force: Force): Set<string> {
  const areas = new Set([normaliseName(force.id)])
  const name = normaliseName(force.name)
  const suffix = forceSuffixes.find((s) => name.endsWith(s))
  areas.add(suffix === undefined ? name : name.slice(0, -suffix.length))
  return areas
}

function buildForceIndex(): Index<Force> {
  const index = buildIndex(forces)
  for (const force of forces) {
    for (const term of force.localPolicingBodies) addKey(index, term.name, force)
    for (const title of localTitles[force.id] ?? []) addKey(index, title, force)
  }
  // "<area> Police"/"<area> Constabulary" are guesses at what people write, so they never
  // displace a recorded name or alias; they are collected apart and only fill gaps.
  const derived: Index<Force> = new Map()
  for (const force of forces) {
    for (const area of forceAreas(force)) {
      for (const name of [area, `${area} police`, `${area} constabulary`]) addKey(derived, name, force)
    }
  }
  for (const [key, force] of derived) if (!index.has(key)) index.set(key, force)
  return index
}

function assertDate(asAt: string): void {
  if (!IsoDate.safeParse(asAt).success) throw new InvalidDateError(asAt, 'asAt date')
}

// Built on first use, so importing the data costs nothing until a lookup is made.
let forceIndex: Index<Force> | undefined
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
  // YYYY-MM-DD strings order the same way as the dates they name.
  return force.localPolicingBodies.find((term) => term.from <= asAt && (term.to === undefined || asAt <= term.to))
}

/**
 * Finds a force by id, name, alias, local policing body name, or "<area> Police"/"<area>
 * Constabulary", with the local policing body on `asAt` (default: the latest). Returns
 * `undefined` if the name is unknown or the force had no local policing body on `asAt`.
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
  return localPolicingBody ? {...force, localPolicingBody} : undefined
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
