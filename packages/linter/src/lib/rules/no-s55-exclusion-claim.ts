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
  description: 'No claim to withhold material under s.55 or on "prevention or detection of crime" grounds.',
  source: 'Police Act 1996 s.55(2), (2A)',
  basis: 'statute',
  severity: {recommended: 'error', strict: 'error'},
  check({response}) {
    return response.exclusions.map((exclusion) => {
      if (exclusion.citesSection55 || preventionOrDetection.test(exclusion.text)) {
        return {
          reason: exclusion.citesSection55
            ? 'Unexpected claim to withhold material under section 55, expected only the inspectors to exclude material from publication (s.55(2))'
            : 'Unexpected claim to withhold material for the prevention or detection of crime, expected no such ground for a section 55 response (that ground is PRSRA 2011 s.13(2)(c))',
          place: exclusion.position,
          actual: exclusion.text
        }
      }
      return {
        reason:
          'Unexpected statement that material was withheld, expected the legal basis for withholding it: section 55 gives the body no power to redact (s.55(2))',
        severity: 'warning' as const,
        place: exclusion.position,
        actual: exclusion.text
      }
    })
  }
})
