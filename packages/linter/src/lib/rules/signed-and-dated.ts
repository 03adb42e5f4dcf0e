import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {hasPlaceholders} from './placeholders-filled.js'

/**
 * The response is signed (a name and role for the body) and dated.
 *
 * Good practice (section55.md §8 GP-CHIEF-SIGNED, applied to the body): warning, strict preset only.
 *
 * @example
 *   {"valid": true}
 *
 *   I welcome this report.
 *
 *   Yours faithfully,
 *
 *   Philip Seccombe TD
 *
 *   Police and Crime Commissioner
 *
 *   2 July 2024
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without a signature or date, expected the name and role of who signs for the body, and the date"}
 *
 *   I welcome this report.
 */
export const signedAndDated = defineRule({
  id: 'signed-and-dated',
  ...ruleSpecs['signed-and-dated'],
  check(context) {
    // An unfilled draft: the placeholders (reported by placeholders-filled) stand for what is missing.
    if (hasPlaceholders(context)) return []
    const {response} = context
    const signed = response.respondent?.signatory?.name !== undefined
    const dated = response.date !== undefined
    if (signed && dated) return [{message: 'signed'}]
    return [{message: 'missing', values: {missing: [signed ? '' : 'signature', dated ? '' : 'date'].filter(Boolean).join(' or ')}}]
  }
})
