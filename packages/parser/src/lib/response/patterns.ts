// Shared patterns of section 55 responses. Each is alternations of literals and bounded character
// runs, so matching is linear in the input.

/** Leading section numbers ("1.", "3.2.", "2.\u00A0 ") stripped before matching a label. */
export const sectionNumberPrefix = /^[ \t]*\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t\u00A0]*/

/** First-person voice: "I", "I'm", "my", "we", "our". */
export const firstPerson = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Ww]e|[Oo]ur|[Mm]e)(?![\p{L}'’])/u

/** A chief officer of police by title (Police Act 1996 s.101(1)). */
export const chiefTitle = /\b(?:chief constable|chief officer|commissioner of police)/i

/** Titles of local policing bodies, longest first. */
export const bodyTitle =
  /\b(?:Police,? Fire and Crime Commissioner|Police and Crime Commissioner|Police, Crime and Victims['’] Commissioner|Police, Fire & Rescue and Crime Commissioner|Deputy Mayor for Policing and Crime|Mayor['’]s Office for Policing and Crime|PFCC|PCC|MOPAC)\b/

/** "Yours faithfully," and other valedictions: what follows is the signature. */
export const valediction = /^(?:yours (?:faithfully|sincerely|truly)|kind regards|best regards|regards)\b/i

/** A footnote line ("[1] An inspection of …"). */
export const footnote = /^\[\d{1,3}\]/
