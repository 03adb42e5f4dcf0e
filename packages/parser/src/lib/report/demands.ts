import {findForce, findNationalBody, findRegionalUnit} from '@scrutiny/schema'
import type {Addressee, ReportSubject} from '@scrutiny/schema'
import {isoDay} from '../text.js'
import {withoutArticle} from './subjects.js'

/** Who a recommendation asks and by when, read from its sentence or its lead-in. */
export interface Demand {
  addressees: Addressee[]
  deadline?: string
}

const maxAddresseeWords = 8
const deadlineStart = /^(?:by|before|no later than)\s+(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\s+(\d{4})\b/i
const demandVerb = /\b(?:should|must)\b/i
const recommendThat = /^we (?:also |therefore |further )?recommend that\s+/i
const addresseeSeparator = /(?<!\s)\s*,\s*|(?<!\s)\s+and\s+/
const chiefConstables = /\bchief (?:constables|officers)\b|\ball (?:police )?forces\b|\bpolice forces\b/i
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
  if (!verb) return undefined
  const head = sentence.slice(0, verb.index).trim()
  // "We also recommend that the College of Policing should …": the addressee follows "that".
  const phrase = head.slice(head.lastIndexOf(',') + 1).trim().replace(recommendThat, '')
  // "call handlers use and correctly record … it should" is a clause, not an addressee.
  if (phrase.split(' ').length > maxAddresseeWords) return undefined
  const demand: Demand = {addressees: phrase ? addressees(phrase, subject) : []}
  const deadline = readDeadline(head)
  if (deadline) demand.deadline = deadline
  return demand
}

function readDeadline(text: string): string | undefined {
  const match = deadlineStart.exec(text)
  return match ? isoDay(match[1]!, match[2]!, match[3]!) : undefined
}

function addressees(phrase: string, subject: ReportSubject | undefined): Addressee[] {
  const whole = addressee(phrase, subject)
  if (whole.kind !== 'other') return [whole]
  const parts = phrase.split(addresseeSeparator).filter(Boolean)
  return parts.length > 1 ? parts.map((part) => addressee(part, subject)) : [whole]
}

function addressee(printed: string, subject: ReportSubject | undefined): Addressee {
  const name = withoutArticle(printed)
  const force = findForce(name)
  if (force) return {kind: 'force', name: printed, referenceId: force.id}
  const unit = findRegionalUnit(name)
  if (unit) return {kind: 'rocu', name: printed, referenceId: unit.id}
  const body = findNationalBody(name)
  if (body && body.kind !== 'btp' && body.kind !== 'inspectorate') return {kind: body.kind, name: printed, referenceId: body.id}
  if (chiefConstables.test(name)) return {kind: 'chief-constables', name: printed}
  if (policingBodies.test(name)) return {kind: 'local-policing-body', name: printed}
  if (theForce.test(name)) {
    return subject?.kind === 'force' && subject.referenceId
      ? {kind: 'force', name: printed, referenceId: subject.referenceId}
      : {kind: 'force', name: printed}
  }
  if (fireService.test(name)) return {kind: 'fire-and-rescue-service', name: printed}
  return {kind: 'other', name: printed}
}
