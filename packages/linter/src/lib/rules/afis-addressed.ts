import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {hasPlaceholders} from './placeholders-filled.js'

const kindNames = {'area-for-improvement': 'area for improvement', 'cause-of-concern': 'cause of concern'} as const

/**
 * Each area for improvement and cause of concern of the report is answered (action taken, proposed,
 * or a reason for none), not only the recommendations.
 *
 * Good practice (section55.md §8 GP-AFI-COVERAGE): warning, strict preset only.
 *
 * @example
 *   {"valid": true}
 *
 *   Areas for improvement
 *
 *   1. The force should improve how it manages serious and organised crime offenders.
 *
 *   I am pleased that the force now has a dedicated Civil Interventions Team.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected area for improvement without an answer, expected action taken or proposed, or a reason for none: “The force should improve the quality of its 4P plans.”"}
 *
 *   Areas for improvement
 *
 *   1. The force should improve the quality of its 4P plans.
 */
export const afisAddressed = defineRule({
  id: 'afis-addressed',
  ...ruleSpecs['afis-addressed'],
  check(context) {
    // An unfilled draft: the placeholders (reported by placeholders-filled) stand for what is missing.
    if (hasPlaceholders(context)) return []
    const {coverage} = context
    return coverage.flatMap((row) => {
      if (row.answered || (row.kind !== 'area-for-improvement' && row.kind !== 'cause-of-concern')) return []
      return [{message: 'unanswered', values: {kind: kindNames[row.kind], text: row.text}, ...(row.position ? {place: row.position} : {})}]
    })
  }
})
