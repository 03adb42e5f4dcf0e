import {cannotTellBecause, ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {unsettled} from '../text-state.js'

/**
 * The local policing body's own comments on the report are present: a part headed as the body's
 * comments, or text in its first-person voice.
 *
 * Statute: Police Act 1996 s.55(5)(a), "The local policing body shall prepare comments on the
 * published report and shall arrange for (a) its comments … to be published". Not met (error) only
 * for a complete text, or a complete text in which the force speaks for itself and names no body; a
 * text cut off or pointing to an attachment, or the force's statement that names a body (as a
 * partner), cannot tell (warning). A first-person voice in the force's own statement is never met.
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
    // A first-person voice is the force's where the force speaks for itself and no body is the
    // respondent or speaks: its chief officer's "we welcome the report" is not the body's comments.
    const forceSpeaks = comments?.detectedBy === 'voice' && response.respondent === undefined && text.forceVoice !== undefined
    if (forceSpeaks) {
      const why = unsettled(text, 'anywhere') ?? (text.bodyNamed ? cannotTellBecause['force-voice'] : undefined)
      if (why) return [{message: 'cannot-tell', values: {why}}]
      return [{message: 'force-voice', values: {passage: text.forceVoice!}}]
    }
    if (comments && comments.text.trim() !== '') return [{message: 'found', place: comments.position}]
    const why = unsettled(text, 'anywhere')
    return [why ? {message: 'cannot-tell', values: {why}} : {message: 'missing'}]
  }
})
