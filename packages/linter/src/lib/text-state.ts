import {cannotTellBecause} from './messages.js'

/** What the text read says about its own completeness: why a check may not be able to tell. */
export interface TextState {
  /** The text ends mid-sentence (a page copied in part, a document cut off). */
  cutOff: boolean
  /** The text points to an attachment, annex or other page for part of the response. */
  covering: boolean
  /** Cut off before its opening ends: too short to hold even the parts that open a response. */
  cutInOpening: boolean
}

// A last line that ends a document: a sentence, a closing quote or bracket, a short line (a
// signature, a name, a date, a heading) or a line of capitalised words (a heading, a link).
const ending = /[.!?”"’)\]:;*_>|]\s*$/
const footnote = /^\[\d{1,3}\]/
// A heading or a link's label closing a page ("National Report – An HMIC Crime Inspection Force
// Reports", "Related Documents"): every word capitalised, or a joining word, a dash or a number. A
// sentence cut mid-way has lower-case words.
const capitalisedWord = /^(?:[(‘“"]?[\p{Lu}\d][\p{L}\d'’&/().,:-]*|and|of|the|for|on|in|into|to|a|an|by|with|at|&|–|—|-|\|)$/u

function isTitleLine(line: string): boolean {
  const words = line.split(/[ \t\u00A0]+/)
  return words.length <= 12 && words.every((word) => capitalisedWord.test(word))
}
// "attached", "enclosed", "see annex A", "the Chief Constable's response is in the appendix".
const pointsElsewhere = /\b(?:attached|enclosed|annexe?s?|appendix|appendices|attachment|covering letter|can be (?:found|downloaded|read) (?:here|at|on))\b/i

/**
 * Whether `text` looks cut off or points elsewhere.
 *
 * @example
 *   textState('I welcome the report. The force has').cutOff // true
 */
export function textState(text: string | undefined): TextState {
  if (text === undefined) return {cutOff: false, covering: false, cutInOpening: false}
  const trimmed = text.trimEnd()
  // Footnotes after the text ("[1] An inspection of … (") are references, not where the text ends.
  const lines = trimmed.split('\n').map((line) => line.trim())
  let last = lines.length - 1
  while (last > 0 && (lines[last] === '' || footnote.test(lines[last]!))) last--
  const lastLine = lines[last] ?? ''
  const cutOff = lastLine.length > 40 && !ending.test(lastLine) && !isTitleLine(lastLine)
  return {cutOff, covering: pointsElsewhere.test(text), cutInOpening: cutOff && trimmed.length < openingLength}
}

// A response opens with the report it answers, its legal basis and the body's first comments: a
// text that stops within its first few hundred characters may not have reached them.
const openingLength = 600

/**
 * Why a check cannot tell from this text, or `undefined` when the text settles it. An error needs the
 * whole text: a part missing from a text cut off anywhere may be in the rest (`'anywhere'`). The
 * legal basis, stated in a response's opening, is settled by a text cut off later (`'opening'`).
 */
export function unsettled(state: TextState, where: 'opening' | 'anywhere'): string | undefined {
  if (where === 'anywhere' ? state.cutOff : state.cutInOpening) return cannotTellBecause['cut-off']
  if (state.covering) return cannotTellBecause.covering
  return undefined
}
