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
