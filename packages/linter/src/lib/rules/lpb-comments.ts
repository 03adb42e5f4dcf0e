import {defineRule} from '../rule.js'

/**
 * The local policing body's own comments on the report are present: a part headed as the body's
 * comments, or text in its first-person voice.
 *
 * Statute: Police Act 1996 s.55(5)(a), "The local policing body shall prepare comments on the
 * published report and shall arrange for (a) its comments … to be published". Error in both presets.
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
  description: "The local policing body's own comments on the report are present.",
  source: 'Police Act 1996 s.55(5)(a)',
  basis: 'statute',
  severity: {recommended: 'error', strict: 'error'},
  check({response}) {
    if (response.lpbComments && response.lpbComments.text.trim() !== '') return []
    return [
      {
        reason:
          "Unexpected response without the local policing body's own comments, expected its comments on the report (s.55(5)(a))"
      }
    ]
  }
})
