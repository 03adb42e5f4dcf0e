import {defineRule} from '../rule.js'

// The body's own duties: s.55(4) invite, (5)/(5A)/(5B) comment and publish, (6) send copies.
const bodySubsections = /^55\((?:4|5|5A|5B|6)\)/i

/**
 * The response says it is the body's response under section 55 of the Police Act 1996, citing the
 * subsections that place the duty on the body, 55(4) to (6), rather than 55(1), the inspectors' duty
 * to publish.
 *
 * Good practice (section55.md §8 GP-CITE-S55): warning, strict preset only.
 *
 * @example
 *   {"valid": true}
 *
 *   I present my comments within the meaning of section 55(5) of the Police Act 1996.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected citation of section 55(1), the inspectors' duty to publish, expected the body's duties in section 55(4)-(6)"}
 *
 *   This action is pursuant to my obligations under Section 55(1) of the Police Act 1996.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without a citation of section 55 of the Police Act 1996, expected it to say it is the body's response under section 55"}
 *
 *   I welcome this report.
 */
export const citesSection55 = defineRule({
  id: 'cites-section-55',
  description: 'The response cites section 55 of the Police Act 1996, and the subsections of the body\'s duties (55(4)-(6)).',
  source: 'Police Act 1996 s.55(4)-(6); section55.md §8 GP-CITE-S55',
  basis: 'good-practice',
  severity: {strict: 'warning'},
  check({response}) {
    const citations = response.statutoryBasis.filter((citation) => /\b55\b|^55/.test(citation.subsection ?? citation.text))
    if (citations.length === 0) {
      return [
        {
          reason:
            "Unexpected response without a citation of section 55 of the Police Act 1996, expected it to say it is the body's response under section 55"
        }
      ]
    }
    if (citations.some((citation) => citation.subsection === undefined || bodySubsections.test(citation.subsection))) return []
    return citations.map((citation) => ({
      reason: `Unexpected citation of section ${citation.subsection}, ${citation.subsection === '55(1)' ? "the inspectors' duty to publish" : 'not a duty of the body'}, expected the body's duties in section 55(4)-(6)`,
      place: citation.position,
      expected: ['55(4)', '55(5)', '55(5A)', '55(5B)', '55(6)'],
      actual: citation.subsection
    }))
  }
})
