// The final check of every grade a reader emitted, whatever reader it was: that its area is an area
// and its subject a body that can be graded. Readers find grades in many shapes (sentences, lists,
// labels, tables); this one place says what a grade's area and subject can be, so a new reader's
// slip (a fragment, a place, a title, a clause that runs on) is caught the same way as an old one's.
import {findFireService, findForce, findRegionalUnit} from '@scrutiny/schema'
import type {ReportSubject} from '@scrutiny/schema'
import {frameworkAreaByWords, isFrameworkArea, pillarNamed} from './framework-areas.js'
import {isGenericSubject} from './subjects.js'

// Where an area's noun phrase ends and another clause starts, each matched from the comma or the
// first character of its whitespace run only (the lookbehind), so the search is linear:
// - a concession or contrast: "…, although it needs to improve …", "… whilst …", "…, but …";
// - a second graded area joined to the first: "… as well as at building, supporting …";
// - an elaboration: "…, including ensuring …", "…, particularly Essex Police", "…, with the force leading …";
// - who said so or which inspection found it: "…, a report has found", "… following an inspection
//   of …", "… with inspectors stating …", "… stating that …", "… and we are pleased to see …".
const clauseStart =
  /,\s+(?:although|though|while|whilst|but|however|including|particularly|especially|despite|because|which|with\s+(?:the\s+)?(?:force|service|inspectors?|inspectorate|report)\b|(?:a|the)\s+(?:new\s+|latest\s+)?report\s+(?:has\s+)?(?:found|finds|said|says))\b|(?<!\s)\s+(?:although|though|whilst|as\s+well\s+as\s+(?:at|in|for|on)|(?:following|after)\s+(?:an?|the|its|their)\s+(?:\w+\s+)?(?:inspection|assessment|report)|(?:with\s+)?inspectors?\s+(?:stating|saying|noting|adding)|stating\s+that|and\s+(?:we|i)\s+(?:are|am|were|was|have|had|will|would)\b)\b/i

/**
 * An area up to the first boundary of another clause (`clauseStart`); the whole area when none.
 *
 * @example areaClause('protecting the public from dangerous offenders, although it needs to improve its investigations') // 'protecting the public from dangerous offenders'
 */
export function areaClause(area: string): string {
  const stop = clauseStart.exec(area)
  return stop ? area.slice(0, stop.index).trim() : area
}

// A report's title or an inspection's name printed where an area should be: a year ("the 2021/22
// inspection", "Fire and rescue service inspection 2018/19"); no graded area's name holds one. A
// title that names a pillar ("PEEL: police legitimacy 2017", the heading a pillar's grades are
// listed under) names the area graded.
const yearWords = /\b(?:19|20)\d\d\b/
const pillarWord = /\b(?:effectiveness|efficiency|legitimacy|leadership)\b/i
// An area holds at least one word of four letters ("people", "overall"): "en" is a copy's fragment.
const fullWord = /\p{L}{4}/u
// The people of a body doing something, not what it is graded on: "The force’s leaders are also good
// at promoting innovative thinking" (read as the area "leaders promoting …") praises the leaders; a
// grade is the force's own, at an area.
const peopleOfBody = /^(?:its\s+|the\s+|our\s+|their\s+)?(?:senior\s+)?(?:leaders|officers|staff|managers|supervisors|investigators|call\s+handlers)\s+\p{L}+ing\b/iu

/**
 * Whether an area (already cut at its clause, `areaClause`) is one a grade can have: a framework's
 * graded area by name or in other words, a pillar, or else a phrase that is not a fragment, not a
 * body's or place's name ("West Mercia") or its word for itself ("the force"), not a word that refers
 * back ("this"), not a report's title and not the people of a body.
 *
 * @example isArea('West Mercia') // false
 * @example isArea('responding to the public') // true
 */
export function isArea(area: string): boolean {
  if (isFrameworkArea(area) || frameworkAreaByWords(area) !== undefined || pillarNamed(area) !== undefined) return true
  if (!fullWord.test(area) || (yearWords.test(area) && !pillarWord.test(area)) || peopleOfBody.test(area)) return false
  // "good at this", "rated good by the force": a word that refers back, or the body graded, names no area.
  if (pronounOnly.test(area.trim()) || isGenericSubject(area)) return false
  return !namesBody(area)
}

const pronounOnly = /^(?:this|that|these|those|them|they|there|here)$/i

/** Whether a phrase is a force's, unit's or service's name, or the place of one ("West Mercia", "Dorset"). */
function namesBody(text: string): boolean {
  const name = text.trim()
  if (name.length > 80) return false
  return findForce(name) !== undefined || findRegionalUnit(name) !== undefined || findFireService(name) !== undefined
}

// The words that make a printed name a body's: "… Police", "… Fire Service", "… Unit", "… Agency".
const bodyWord = /\b(?:police|constabulary|fire|rescue|brigade|service|services|force|unit|rocu|agency|authority|council|commissioner|organisation)\b/i
// A body printed as its initials ("BFRS", "GMP", "ROCUWM"), with "the" or not.
const initials = /^(?:the\s+)?\p{Lu}{2,8}$/u

/**
 * Whether a grade's subject, as the final pass has it, can be graded: a body the reference data
 * knows, a name with a body's word ("West Midlands Fire Service"), a body's initials, or the page's
 * own body not yet known ("the force"). Not a place ("Wales" of "England and Wales") nor the
 * inspectorate's name cut at its possessive ("His Majesty" of "His Majesty’s Inspectorate …"),
 * whose judgement names no graded body.
 */
export function isGradedBody(subject: ReportSubject): boolean {
  if (subject.kind !== 'other') return true
  return bodyWord.test(subject.name) || initials.test(subject.name.trim())
}
