import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {bodyParts, monitoring} from '../patterns.js'

/**
 * The body says how it will hold the chief officer to account for the improvements: a board, a
 * meeting, its scrutiny or oversight arrangements.
 *
 * Good practice (section55.md §8 GP-MONITORING): info, strict preset only.
 *
 * @example
 *   {"valid": true}
 *
 *   I will monitor progress through my Office's existing oversight mechanisms.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without how the body will hold the chief officer to account, expected the board, meeting or arrangements it will use"}
 *
 *   I welcome this report.
 */
export const monitoringDescribed = defineRule({
  id: 'monitoring-described',
  ...ruleSpecs['monitoring-described'],
  check({response}) {
    const part = bodyParts(response).find((candidate) => monitoring.test(candidate.text))
    return [part ? {message: 'described', place: part.position} : {message: 'missing'}]
  }
})
