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
