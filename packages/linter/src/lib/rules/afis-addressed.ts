import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {unsettled} from '../text-state.js'
import {hasPlaceholders} from './placeholders-filled.js'
import {allAnswered} from './recommendations-explained.js'

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
    const rows = context.coverage.filter((row) => row.kind === 'area-for-improvement' || row.kind === 'cause-of-concern')
    // An answer not found in a text cut off, or pointing to an annex, may be in the rest (the row's outcome says which).
    const why = unsettled(context.text, 'anywhere')
    const unanswered = rows.flatMap((row) => {
      if (row.answered || row.kind === 'recommendation' || row.kind === 'innovative-practice' || row.kind === 'promising-practice') return []
      const values = {kind: kindNames[row.kind], text: row.text}
      const unsure = row.outcome === 'cannot-tell' && why !== undefined
      return [
        {
          message: unsure ? ('cannot-tell' as const) : ('unanswered' as const),
          values: unsure ? {...values, why} : values,
          ...(row.position ? {place: row.position} : {})
        }
      ]
    })
    // Met with the first answer's passage; no result for a report without either.
    return unanswered.length > 0 ? unanswered : allAnswered('answered', rows)
  }
})
