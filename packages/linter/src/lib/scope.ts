import {frameworkDefinitionsOf} from '@scrutiny/schema'
import type {InspectionReport} from '@scrutiny/schema'

const fireKinds = new Set<InspectionReport['kind']>(['fire-and-rescue', 'fire-and-rescue-revisit'])

/**
 * Whether a report is a fire and rescue inspection: its kind or framework says so, or every
 * subject is a fire and rescue service. Section 55 does not apply to such a report (it is made
 * under the Fire and Rescue Services Act 2004), so the section 55 rules do not run on it.
 */
export function isFireReport(report: InspectionReport | undefined): boolean {
  if (!report) return false
  if (fireKinds.has(report.kind)) return true
  if (report.framework && frameworkDefinitionsOf(report.framework).some((definition) => definition.family === 'fire-and-rescue')) {
    return true
  }
  return report.subjects.length > 0 && report.subjects.every((subject) => subject.kind === 'fire-and-rescue-service')
}

// A fire and rescue service or authority named ("Gloucestershire Fire & Rescue Service", "the fire brigade",
// "GMFRS"; not the inspectorate's own initials, HMICFRS, nor a misspelling of them such as "HIMCFRS" or "HMCFRS":
// two or three letters, then "CFRS"). Alternations of literals: linear.
const fireService =
  /\bfire[ \t]+(?:and|&)[ \t]+rescue[ \t]+(?:services?|authority)\b|\bfire[ \t]+(?:brigade|service|authority)\b|\b(?![A-Z]{2,3}CFRS\b)[A-Z]{1,4}FRS\b/i
// Names that hold the police without being about a force: the inspectorate's name, a commissioner's, panel's or
// plan's title ("Police and Crime Commissioner", "Police, Fire and Crime Panel", "Commissioner for Police, Fire and
// Rescue and Crime", "Deputy Mayor for Policing and Crime"), a minister's ("Police & Fire Minister"), a joint panel's
// ("Fire and Police Panel") and the Act that let commissioners govern fire ("Policing and Crime Act 2017").
const policeInNames =
  /\b(?:inspectorate|inspectors?)[ \t]+of[ \t]+constabulary(?:[ \t]+(?:and|&)[ \t]+fire[ \t]+(?:and|&)[ \t]+rescue[ \t]+services)?\b|\bpolice,?[ \t]+(?:fire,?[ \t]+(?:and|&)[ \t]+(?:rescue[ \t]+(?:and|&)[ \t]+)?|(?:and|&)[ \t]+)?crime\b|\bpolic(?:e|ing)[ \t]+(?:and|&)[ \t]+(?:fire[ \t]+minister|crime[ \t]+act)\b|\bfire[ \t]+(?:and|&)[ \t]+police[ \t]+panel\b|\bfor[ \t]+policing\b/gi
// A police force, its chief officer, its inspection or policing, outside those names; not police forces or
// services in general ("HMIC's remit for inspecting all Police Forces in England", "the county's fire and police
// services"), which name no force.
const policeMention = /\b(?:police(?![ \t]+(?:forces|services)\b)|constabulary|PEEL|chief[ \t]+constables?|policing)\b/i

/** Why the section 55 rules do not run: the report given is a fire report, or the text is about a fire and rescue service only. */
export type OutsideSection55 = {by: 'report'} | {by: 'text'; passage: string}

/**
 * Whether the response is outside section 55, which covers reports on police forces (Police Act 1996
 * s.55(1), reports under s.54): the report given is a fire and rescue inspection, or, where no report is
 * given, the text settles it: it names a fire and rescue service and, outside names such as the
 * inspectorate's or a commissioner's title, no police force, chief constable, PEEL or policing (a
 * commissioner's statement on the county's fire and rescue service's inspection, a fire authority's
 * minutes). A text that names the police too (a joint statement on both inspections, a page whose
 * menu names the force) is left to the section 55 rules. The report given settles it either way.
 */
export function outsideSection55(report: InspectionReport | undefined, text: string | undefined): OutsideSection55 | undefined {
  if (report) return isFireReport(report) ? {by: 'report'} : undefined
  if (text === undefined) return undefined
  const outsideNames = text.replace(policeInNames, ' ')
  if (policeMention.test(outsideNames)) return undefined
  const service = fireService.exec(outsideNames)
  return service ? {by: 'text', passage: service[0]} : undefined
}
