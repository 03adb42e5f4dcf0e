import {fireServices} from './fire-services.js'
import {forces} from './forces.js'
import {normaliseName} from './names.js'
import type {FireService, Force} from './types.js'

/** A force or a fire and rescue service whose recorded name or alias has the initials asked about. */
export type BodyWithInitials = {kind: 'force'; body: Force} | {kind: 'fire-and-rescue-service'; body: FireService}

// Words an organisation's initials skip: "Devon and Somerset Fire and Rescue Service" is DSFRS,
// "Police Service of Northern Ireland" PSNI.
const minorWords = new Set(['and', 'of', 'the', 'for'])

/**
 * The initials of a name's words, minor words skipped, "&" read as "and" and a hyphen as a space
 * (as `normaliseName` reads them), in upper case.
 *
 * @example initialsOf('Hereford & Worcester Fire and Rescue Service') // 'HWFRS'
 */
export function initialsOf(name: string): string {
  return normaliseName(name)
    .split(' ')
    .filter((word) => word !== '' && !minorWords.has(word))
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase()
}

let byInitials: Map<string, BodyWithInitials[]> | undefined

function add(name: string, entry: BodyWithInitials): void {
  const initials = initialsOf(name)
  // A one-word name ("GMP", "Cleveland") has no initials to stand for it.
  if (initials.length < 2) return
  const list = byInitials!.get(initials)
  if (!list) byInitials!.set(initials, [entry])
  else if (!list.some((other) => other.body === entry.body)) list.push(entry)
}

/**
 * Every force and fire and rescue service one of whose recorded names or aliases has these
 * initials: "BFRS" is Bedfordshire's and Buckinghamshire's, "GMP" Greater Manchester Police's.
 * Derived from the reference data by rule, so a service added to it is found by its initials too;
 * more than one body means the initials alone do not say which.
 *
 * @example bodiesWithInitials('WMP').map((entry) => entry.body.id) // ['west-mercia', 'west-midlands']
 */
export function bodiesWithInitials(initials: string): readonly BodyWithInitials[] {
  if (!byInitials) {
    byInitials = new Map()
    for (const force of forces) for (const name of [force.name, ...force.aliases]) add(name, {kind: 'force', body: force})
    for (const service of fireServices) for (const name of [service.name, ...service.aliases]) add(name, {kind: 'fire-and-rescue-service', body: service})
  }
  return byInitials.get(initials.toUpperCase()) ?? []
}
