import type {ResponsePart} from '@scrutiny/schema'
import {defineRule} from '../rule.js'

/**
 * The three parts of s.55(5) are labelled: the body's comments, the chief officer's comments (or a
 * statement that there are none) and the body's response to them, each found by a heading.
 *
 * Good practice (section55.md §8 GP-THREE-PARTS-LABELLED): info, strict preset only.
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
 *   I will monitor progress.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected unlabelled parts (the chief officer's comments, the body's response to them), expected a heading for each part of s.55(5)"}
 *
 *   1. Police and Crime Commissioner's comments
 *
 *   I welcome this report.
 */
export const partsLabelled = defineRule({
  id: 'parts-labelled',
  description: "The body's comments, the chief officer's comments and the body's response to them are labelled by headings.",
  source: 'Police Act 1996 s.55(5)(a)-(c); section55.md §8 GP-THREE-PARTS-LABELLED',
  basis: 'good-practice',
  severity: {strict: 'info'},
  check({response}) {
    const parts: Array<[string, ResponsePart | undefined]> = [
      ["the body's comments", response.lpbComments],
      ["the chief officer's comments", response.chiefOfficerComments],
      ["the body's response to them", response.responseToChiefOfficer]
    ]
    const unlabelled = parts.filter(([, part]) => part?.detectedBy !== 'heading').map(([name]) => name)
    if (unlabelled.length === 0) return []
    return [
      {
        reason: `Unexpected unlabelled parts (${unlabelled.join(', ')}), expected a heading for each part of s.55(5)`
      }
    ]
  }
})
