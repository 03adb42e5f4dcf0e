import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {unsettled} from '../text-state.js'
import {bodyParts} from '../patterns.js'

// The body's own duties: s.55(4) invite, (5)/(5A)/(5B) comment and publish, (6) send copies.
const bodySubsections = /^55\((?:4|5|5A|5B|6)\)/i
// The Act itself, named without a section: only this can stand for section 55's duty.
const policeAct1996 = /\bPolice Act 1996\b/i
// The duty put down to the law without naming the Act: "as required by legislation, I must publish
// my response within 56 days".
const unnamedLaw =
  /\b(?:(?:as )?required by|under|in accordance with|obliged by|pursuant to)[ \t]+(?:the[ \t]+)?(?:legislation|statute|law|relevant legislation)\b|\b(?:statutory|legal|legislative)[ \t]+(?:duty|requirement|obligation|responsibility)\b/i

/**
 * The response says it is the body's response under section 55 of the Police Act 1996, citing the
 * subsections that place the duty on the body, 55(4) to (6), rather than 55(1), the inspectors' duty
 * to publish.
 *
 * Met by section 55 (or a subsection of the body's duties) cited, or the Police Act 1996 named with
 * the body's duty ("the Police Act 1996 requires me to publish …"): the Act puts that duty in
 * section 55 only. Cannot tell where the text puts the duty down to "legislation" or "statute"
 * without naming the Act, or is cut off in its opening.
 *
 * Good practice (section55.md §8 GP-CITE-S55): warning, strict preset only.
 *
 * @example
 *   {"valid": true}
 *
 *   I present my comments within the meaning of section 55(5) of the Police Act 1996.
 *
 * @example
 *   {"valid": true}
 *
 *   The Police Act 1996 requires me to publish my comments on the report within 56 days.
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
  ...ruleSpecs['cites-section-55'],
  check({response, text, file}) {
    const citations = response.statutoryBasis.filter((citation) => /\b55\b|^55/.test(citation.subsection ?? citation.text))
    const why = unsettled(text, 'opening')
    if (citations.length === 0) {
      // The Act named with the body's duty, without the section: the duty is section 55's. Another
      // provision (a hand-written "section 101") is no citation of it.
      const act = response.statutoryBasis.find((citation) => citation.subsection === undefined && policeAct1996.test(citation.text))
      if (act) return [{message: 'act-duty', values: {citation: act.text}, place: act.position}]
      const source = typeof file?.value === 'string' ? file.value : bodyParts(response).map((part) => part.text).join('\n')
      const law = unnamedLaw.exec(source)
      if (law) return [{message: 'unnamed-law', values: {passage: law[0]}}]
      return [why ? {message: 'cannot-tell', values: {why}} : {message: 'missing'}]
    }
    const bodyDuty = citations.find((citation) => citation.subsection === undefined || bodySubsections.test(citation.subsection))
    if (bodyDuty) return [{message: 'cited', values: {citation: bodyDuty.text}, place: bodyDuty.position}]
    return citations.map((citation) => ({
      message: 'inspectors-duty',
      values: {subsection: citation.subsection ?? '55', duty: citation.subsection === '55(1)' ? "the inspectors' duty to publish" : 'not a duty of the body'},
      place: citation.position,
      expected: ['55(4)', '55(5)', '55(5A)', '55(5B)', '55(6)'],
      ...(citation.subsection ? {actual: citation.subsection} : {})
    }))
  }
})
