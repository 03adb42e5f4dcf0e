import {findForce, findNationalBody, findRegionalUnit} from '@scrutiny/schema'
import type {Addressee, ReportSubject} from '@scrutiny/schema'
import {isoDay, monthNumber} from '../text.js'
import {rememberedPerDocument} from './remembered.js'
import {withoutArticle} from './subjects.js'

/** Who a recommendation asks and by when, read from its sentence or its lead-in. */
export interface Demand {
  addressees: Addressee[]
  deadline?: string
}

// "the National Police Chiefs’ Council lead for stalking and harassment" is ten words; a clause
// ("call handlers use and correctly record … it should") is longer.
const maxAddresseeWords = 12
// "By 31 March 2026", "By September 2026" (the end of that month), "before the end of June 2026".
const deadlineStart = /^(?:by|before|(?:no|not) later than)\s+(?:the end of\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\s+(\d{4})\b/i
// "Within six months the force should …", "Within 28 days, chief constables should …": a time from
// publication, before the addressee (no date to give).
const periodStart = /^(?:within|in)\s+(?:\d{1,3}|[a-z]+)\s+(?:days?|weeks?|months?|years?)\b/i
const demandVerb =  /\b(?:should|must)\b/i
const trailingComma = /,$/
const afterVerb = /^,?\s*/
// "We recommend that …", "HMIC recommends that …": the inspectorate recommending, before the addressee.
const recommendThat = /^(?:we|hmic|hmicfrs|the inspectorates?) (?:also |therefore |further )?recommends? that[,\s]+/i
// "We recommend that chief constables:": the addressee of the list that follows, with no verb.
const recommendLeadIn = /^we (?:also |therefore |further )?recommend that\s/i
const leadInColon = /:[\s\u00A0]*[–—-]?$/
// "the National Police Chiefs’ Council lead for stalking", "the NPCC’s lead for custody": the body
// whose lead (a named chief officer) is asked.
const leadWord = /\s(?:national\s)?lead\b/i
const possessive = /['’]s$/
const addresseeSeparator = /(?<!\s)\s*,\s*|(?<!\s)\s+and\s+/
// "chief constables", "all forces", "forces that haven’t already done so", "those forces using …": every force (that the clause picks).
const chiefConstables = /\bchief (?:constables|officers)\b|^(?:all |other |those |these )?(?:police )?forces\b/i
const policingBodies = /\b(?:police(?:,)? (?:fire )?and crime commissioners|pccs|pfccs|local policing bodies|mayors?)\b/i
const fireService = /\b(?:the )?(?:fire and rescue )?services?\b|\bfire and rescue authorit/i
const theForce = /^(?:the )?force$/i

/**
 * Read the addressees and deadline of a demand: "By 31 March 2025, chief constables should …",
 * "Within three months, Staffordshire Police should make sure that:".
 *
 * @param subject The subject of the section, which "the force" or "the service" refers to.
 * @example readDemand('By 31 March 2025, chief constables should review…').deadline // '2025-03-31'
 */
export function readDemand(sentence: string, subject: ReportSubject | undefined): Demand | undefined {
  const verb = demandVerb.exec(sentence)
  // "…, that have not yet done so, should": the comma before the verb closes a clause, it starts no addressee.
  const head = verb ? sentence.slice(0, verb.index).trim().replace(trailingComma, '') : recommendedInLeadIn(sentence.trim())
  if (head === undefined) return undefined
  // "We also recommend that the College of Policing should …": the addressee follows "that"; "By
  // 31 March 2015 chief constables should …": it follows the deadline, with or without a comma.
  const phrase = head.slice(head.lastIndexOf(',') + 1).trim().replace(recommendThat, '').replace(deadlineStart, '').replace(periodStart, '').trim()
  // "call handlers use and correctly record … it should" is a clause, not an addressee.
  if (phrase.split(' ').length > maxAddresseeWords) return undefined
  const demand: Demand = {addressees: phrase ? addressees(phrase, subject) : []}
  // "By 31 March 2026, chief constables should …", or "Chief constables should, by 31 March 2026, …".
  const deadline = readDeadline(head.replace(recommendThat, '')) ?? (verb ? readDeadline(sentence.slice(verb.index + verb[0].length).replace(afterVerb, '')) : undefined)
  if (deadline) demand.deadline = deadline
  return demand
}

/** Who "We recommend that chief constables:" addresses: the words between "that" and the colon. */
function recommendedInLeadIn(sentence: string): string | undefined {
  const opening = recommendLeadIn.exec(sentence)
  const colon = leadInColon.exec(sentence)
  if (!opening || !colon) return undefined
  const head = sentence.slice(opening[0].length, colon.index).trim()
  return head === '' ? undefined : head
}

function readDeadline(text: string): string | undefined {
  const match = deadlineStart.exec(text)
  if (!match) return undefined
  const [, day, month, year] = match
  if (day !== undefined) return isoDay(day, month!, year!)
  // A month without a day ("By September 2026") gives until the month's last day.
  const monthIndex = monthNumber(month!)
  return monthIndex === 0 ? undefined : isoDay(new Date(Date.UTC(Number(year), monthIndex, 0)).getUTCDate(), month!, year!)
}

function addressees(phrase: string, subject: ReportSubject | undefined): Addressee[] {
  const whole = addressee(phrase, subject)
  if (whole.kind !== 'other') return [whole]
  const parts = phrase.split(addresseeSeparator).filter(Boolean)
  return parts.length > 1 ? parts.map((part) => addressee(part, subject)) : [whole]
}

function addressee(printed: string, subject: ReportSubject | undefined): Addressee {
  const named = addresseeNamed(printed)
  // A copy: the final pass fills in the id of "the force" an addressee stands for.
  if (named) return {...named}
  return subject?.kind === 'force' && subject.referenceId
    ? {kind: 'force', name: printed, referenceId: subject.referenceId}
    : {kind: 'force', name: printed}
}

/**
 * Who a printed addressee is, or `undefined` for "the force", which is the section's subject. The
 * same addressees recur through a document ("chief constables", "the College of Policing"): each
 * is looked up in the reference data once.
 */
const addresseeNamed = rememberedPerDocument((printed: string): Addressee | undefined => {
  const name = withoutArticle(printed)
  const force = findForce(name)
  if (force) return {kind: 'force', name: printed, referenceId: force.id}
  const unit = findRegionalUnit(name)
  if (unit) return {kind: 'rocu', name: printed, referenceId: unit.id}
  const lead = name.search(leadWord)
  const body = findNationalBody(name) ?? (lead > 0 ? findNationalBody(name.slice(0, lead).replace(possessive, '')) : undefined)
  if (body && body.kind !== 'btp' && body.kind !== 'inspectorate') return {kind: body.kind, name: printed, referenceId: body.id}
  if (chiefConstables.test(name)) return {kind: 'chief-constables', name: printed}
  if (policingBodies.test(name)) return {kind: 'local-policing-body', name: printed}
  if (theForce.test(name)) return undefined
  if (fireService.test(name)) return {kind: 'fire-and-rescue-service', name: printed}
  return {kind: 'other', name: printed}
})
