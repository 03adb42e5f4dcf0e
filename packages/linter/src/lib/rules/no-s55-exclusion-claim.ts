import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {preventionOrDetection} from '../patterns.js'

/**
 * The body does not claim to withhold material under section 55 (the power of s.55(2) belongs to the
 * inspectors) or on "prevention or detection of crime" grounds (PRSRA 2011 s.13(2)(c), a different
 * duty). Any other statement that material was withheld is a warning asking for its legal basis.
 *
 * Statute: Police Act 1996 s.55(2), "the inspectors of constabulary must exclude from publication
 * … anything that the inspectors consider …" (section55.md §7 S55-EXCLUSION-GROUNDS).
 *
 * @example
 *   {"valid": true}
 *
 *   I welcome this report and publish it in full.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected claim to withhold material under section 55, expected only the inspectors to exclude material from publication (s.55(2))"}
 *
 *   Parts of the Chief Constable's comments have been redacted under section 55(2) of the Police Act 1996 as they might jeopardise the safety of any person.
 */
export const noS55ExclusionClaim = defineRule({
  id: 'no-s55-exclusion-claim',
  ...ruleSpecs['no-s55-exclusion-claim'],
  check({response}) {
    if (response.exclusions.length === 0) return [{message: 'none'}]
    return response.exclusions.map((exclusion) => ({
      message: exclusion.citesSection55 ? 'section-55' : preventionOrDetection.test(exclusion.text) ? 'crime-prevention' : 'no-basis',
      place: exclusion.position,
      actual: exclusion.text
    }))
  }
})
