import {cannotTellBecause, ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {unsettled} from '../text-state.js'
import {bodyParts, invitation} from '../patterns.js'

/**
 * The chief officer was invited to comment: the chief officer's comments appear, or the body says
 * it asked for them ("I have requested the Chief Constable's view").
 *
 * Statute: Police Act 1996 s.55(4), "The local policing body shall invite the chief officer of police
 * to submit comments on the published report". The invitation can happen off the page, so this is a
 * warning (section55.md §7 S55-INVITE-CHIEF); it cannot tell where the text says the chief's comments
 * are attached or elsewhere, or looks cut off or points to an attachment.
 *
 * @example
 *   {"valid": true}
 *
 *   I welcome this report. I have asked the Chief Constable to comment on the report.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without the chief officer's comments or an invitation to give them, expected the body to invite the chief officer to comment (s.55(4))"}
 *
 *   I welcome this report and thank HMICFRS for its work.
 */
export const chiefOfficerInvited = defineRule({
  id: 'chief-officer-invited',
  ...ruleSpecs['chief-officer-invited'],
  check({response, text}) {
    if (response.chiefOfficerComments) return [{message: 'found', place: response.chiefOfficerComments.position}]
    const invited = bodyParts(response).find((part) => invitation.test(part.text))
    if (invited) return [{message: 'found', place: invited.position}]
    // Comments said to be attached, or a text cut off or pointing elsewhere, may hold what this text does not.
    const why = text.chiefElsewhere ? cannotTellBecause['chief-elsewhere'] : unsettled(text, 'anywhere')
    return [why ? {message: 'cannot-tell', values: {why}} : {message: 'missing'}]
  }
})
