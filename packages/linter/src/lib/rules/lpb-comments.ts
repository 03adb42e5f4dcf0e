import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {unsettled} from '../text-state.js'

/**
 * The local policing body's own comments on the report are present: a part headed as the body's
 * comments, or text in its first-person voice.
 *
 * Statute: Police Act 1996 s.55(5)(a), "The local policing body shall prepare comments on the
 * published report and shall arrange for (a) its comments … to be published". Not met (error) only
 * for a complete text; a text cut off or pointing to an attachment cannot tell (warning).
 *
 * @example
 *   {"valid": true}
 *
 *   Police and Crime Commissioner's comments
 *
 *   I welcome this report and will monitor the force's progress.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without the local policing body's own comments, expected its comments on the report (s.55(5)(a))"}
 *
 *   Chief Constable's response
 *
 *   “The force accepts the findings.”
 */
export const lpbComments = defineRule({
  id: 'lpb-comments',
  ...ruleSpecs['lpb-comments'],
  check({response, text}) {
    const comments = response.lpbComments
    if (comments && comments.text.trim() !== '') return [{message: 'found', place: comments.position}]
    const why = unsettled(text, 'anywhere')
    return [why ? {message: 'cannot-tell', values: {why}} : {message: 'missing'}]
  }
})
