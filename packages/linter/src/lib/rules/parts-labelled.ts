import type {ResponsePart} from '@scrutiny/schema'
import {ruleSpecs} from '../messages.js'
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
  ...ruleSpecs['parts-labelled'],
  check({response}) {
    const parts: Array<[string, ResponsePart | undefined]> = [
      ["the body's comments", response.lpbComments],
      ["the chief officer's comments", response.chiefOfficerComments],
      ["the body's response to them", response.responseToChiefOfficer]
    ]
    const unlabelled = parts.filter(([, part]) => part?.detectedBy !== 'heading').map(([name]) => name)
    return [unlabelled.length === 0 ? {message: 'labelled'} : {message: 'unlabelled', values: {parts: unlabelled.join(', ')}}]
  }
})
