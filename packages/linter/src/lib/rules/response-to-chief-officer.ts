import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {fireOfficerPart} from '../patterns.js'
import {unsettled} from '../text-state.js'

/**
 * Where the chief officer's comments appear, the body responds to them.
 *
 * Statute: Police Act 1996 s.55(5)(c), "any response which the body has to the comments submitted
 * by the chief officer of police". The response is optional ("any response"), so this is info
 * (section55.md §7 S55-RESPONSE-TO-CHIEF).
 *
 * @example
 *   {"valid": true}
 *
 *   1. Police and Crime Commissioner's comments
 *
 *   I welcome this report.
 *
 *   2. Comments from the Chief Constable
 *
 *   “The force accepts the findings.”
 *
 *   3. Comments from the Police and Crime Commissioner on the Chief Constable's comments
 *
 *   I welcome the Chief Constable's commitment and will monitor progress.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected chief officer's comments without a response from the body, expected the body's response to them if it has one (s.55(5)(c))"}
 *
 *   1. Police and Crime Commissioner's comments
 *
 *   I welcome this report.
 *
 *   2. Comments from the Chief Constable
 *
 *   “The force accepts the findings.”
 */
export const responseToChiefOfficer = defineRule({
  id: 'response-to-chief-officer',
  ...ruleSpecs['response-to-chief-officer'],
  check({response, text}) {
    // A chief fire officer's words are not the chief officer's comments (see chief-officer-comments).
    if (!response.chiefOfficerComments || fireOfficerPart(response.chiefOfficerComments)) return [{message: 'no-comments'}]
    if (response.responseToChiefOfficer) return [{message: 'found', place: response.responseToChiefOfficer.position}]
    const why = unsettled(text, 'anywhere')
    return [why ? {message: 'cannot-tell', values: {why}, place: response.chiefOfficerComments.position} : {message: 'missing', place: response.chiefOfficerComments.position}]
  }
})
