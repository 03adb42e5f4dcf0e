import type {ResponsePart, StatutoryResponse} from '@scrutiny/schema'

// Every pattern here is an alternation of literals with single-character classes, so matching is
// linear in the input (no nested quantifiers).

/** A chief officer of police (s.101(1)): chief constables and the two Commissioners of Police. */
export const chiefOfficerTitle =
  /\b(?:chief constable|chief officer|commissioner of police (?:of the metropolis|for the city of london)|cc)\b/i

/** s.55(4): the body asked the chief officer for comments ("I have requested the Chief Constable's view"). */
export const invitation =
  /\b(?:asked|requested|invited|sought|request(?:ed)? a response from)\b[^.]{0,80}\b(?:chief constable|chief officer|commissioner of police|force)/i

/** Language of holding the chief officer to account (GP-MONITORING). */
export const monitoring =
  /\b(?:hold(?:ing)? (?:the chief constable |the force |them )?to account|holding to account|monitor(?:ed|ing)?|scrutin(?:is|iz)(?:e|ed|ing)|oversight|governance (?:board|arrangements|structures|group)|accountability (?:board|meeting|structures|programme)|performance (?:board|meeting))\b/i

/** Statements relying on the crime-prevention ground, which belongs to PRSRA 2011 s.13(2), not s.55. */
export const preventionOrDetection = /\bprevention or detection of crime\b/i

/** The text of the parts the local policing body speaks in: its comments and its response. */
export function bodyParts(response: StatutoryResponse): ResponsePart[] {
  return [response.lpbComments, response.responseToChiefOfficer].filter(
    (part): part is ResponsePart => part !== undefined
  )
}

// A chief fire officer ("Chief Fire Officer John Beard said:", "Response from the Chief Fire Officer", "CFO").
const fireOfficer = /\bchief fire (?:and rescue )?officer\b|\bCFO\b/i

/**
 * Whether a part the parser gave to the chief is a chief fire officer's: its heading or lead-in names
 * one and no chief officer of police. A chief fire officer is not a chief officer of police (s.101(1)),
 * and section 55 covers reports on police forces, so these are not the comments of s.55(5)(b).
 */
export function fireOfficerPart(part: ResponsePart): boolean {
  const leadIn = part.heading ?? part.text.split('\n', 1)[0]!
  return fireOfficer.test(leadIn) && !chiefOfficerTitle.test(leadIn)
}

// A fire and rescue service named ("Gloucestershire Fire & Rescue Service", "fire brigade", "GMFRS"; not
// the inspectorate's own name, HMICFRS).
const fireService = /\bfire[ \t]+(?:and|&)[ \t]+rescue[ \t]+(?:services?|authority)\b|\bfire[ \t]+(?:brigade|service)\b|\b(?!HMICFRS\b)[A-Z]{0,4}FRS\b/i
// Titles that name the police without naming a force: the inspectorate's name, a commissioner's or
// panel's title ("Police, Fire and Crime Commissioner"), a deputy mayor "for Policing".
const policeInTitles =
  /\b(?:inspectorate|inspectors?)[ \t]+of[ \t]+constabulary(?:[ \t]+(?:and|&)[ \t]+fire[ \t]+(?:and|&)[ \t]+rescue[ \t]+services)?\b|\bpolice,?[ \t]+(?:fire[ \t]+(?:and|&)[ \t]+)?crime\b|\bpolice,[ \t]+crime\b|\bfor[ \t]+policing\b/gi
// A police force, its chief or policing, outside those titles.
const policeMention = /\b(?:police|constabulary|PEEL|chief[ \t]+constable|policing)\b/i

/**
 * Whether the text is about a fire and rescue service only: it names one and, outside titles such as
 * the inspectorate's or a commissioner's, no police force, chief constable or policing. Section 55 covers
 * reports on police forces, so such a text has no chief officer of police to comment.
 */
export function fireServiceOnly(text: string): boolean {
  const outsideTitles = text.replace(policeInTitles, ' ')
  return fireService.test(outsideTitles) && !policeMention.test(outsideTitles)
}
