import {defineRule} from '../rule.js'

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
  description: "The body's response to the chief officer's comments is present where those comments are.",
  source: 'Police Act 1996 s.55(5)(c)',
  basis: 'statute-unverifiable',
  severity: {recommended: 'info', strict: 'info'},
  check({response}) {
    if (!response.chiefOfficerComments || response.responseToChiefOfficer) return []
    return [
      {
        reason:
          "Unexpected chief officer's comments without a response from the body, expected the body's response to them if it has one (s.55(5)(c))",
        place: response.chiefOfficerComments.position
      }
    ]
  }
})
