import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {hasPlaceholders} from './placeholders-filled.js'

/**
 * The response states when the report was published and when the response is dated, so a reader can
 * check the 56 days.
 *
 * Good practice (section55.md §8 GP-DATES, an inference from s.55(5A)): warning, strict preset only.
 *
 * @example
 *   {"valid": true}
 *
 *   On 14 May 2024, HMICFRS published its report ‘Serious and organised crime’.
 *
 *   2 July 2024
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without the date of the response, expected the report's publication date and the response's date"}
 *
 *   On 14 May 2024, HMICFRS published its report ‘Serious and organised crime’.
 */
export const datesStated = defineRule({
  id: 'dates-stated',
  ...ruleSpecs['dates-stated'],
  check(context) {
    // An unfilled draft: the placeholders (reported by placeholders-filled) stand for what is missing.
    if (hasPlaceholders(context)) return []
    const {response} = context
    const missing = [
      ...(response.report.publishedOn === undefined && response.report.publishedOnAsWritten === undefined
        ? ["the report's publication date"]
        : []),
      ...(response.date === undefined && response.publication?.date === undefined ? ['the date of the response'] : [])
    ]
    return [missing.length === 0 ? {message: 'found'} : {message: 'missing', values: {missing: missing.join(' or ')}}]
  }
})
