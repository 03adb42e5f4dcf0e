import {dutiesFor} from '../deadline.js'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'

/**
 * The response says it goes to the inspectors (HMIC, HMICFRS) and the Secretary of State (the Home
 * Secretary, the Home Office). For reports published before 2017-05-02, only the Secretary of State.
 *
 * Statute: Police Act 1996 s.55(6), "shall send a copy of any document published under subsection
 * (5) to (a) the inspectors of constabulary, and (b) the Secretary of State". Sending happens off
 * the page, so this is a warning (section55.md §7 S55-SEND-COPY).
 *
 * @example
 *   {"valid": true}
 *
 *   I provide the following response to HMICFRS and the Secretary of State for the Home Office.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without a copy to the inspectors of constabulary, expected it to say it is sent to HMICFRS and the Secretary of State (s.55(6))"}
 *
 *   Dear Home Secretary,
 *
 *   I write in response to the HMICFRS report on fraud.
 */
export const copiesSent = defineRule({
  id: 'copies-sent',
  ...ruleSpecs['copies-sent'],
  check({response, dates}) {
    const kinds = new Set(response.addressees.map((addressee) => addressee.kind))
    // Unknown (no date, or a month that straddles the 2017 amendments): the current duty.
    const toInspectors = (dates.report && dutiesFor(dates.report.date))?.copyToInspectors ?? true
    const missing = [
      ...(toInspectors && !kinds.has('inspectors') ? ['the inspectors of constabulary'] : []),
      ...(kinds.has('secretary-of-state') ? [] : ['the Secretary of State'])
    ]
    if (missing.length === 0) {
      return [{message: 'found', values: {addressees: response.addressees.map((addressee) => addressee.name).join(' and ')}}]
    }
    return [
      {
        message: 'missing',
        values: {missing: missing.join(' or '), expected: `${toInspectors ? 'HMICFRS and ' : ''}the Secretary of State`},
        expected: toInspectors ? ['inspectors', 'secretary-of-state'] : ['secretary-of-state'],
        actual: [...kinds].join(', ')
      }
    ]
  }
})
