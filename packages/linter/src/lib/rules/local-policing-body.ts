import {findRegionalUnit} from '@scrutiny/schema'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {chiefOfficerTitle} from '../patterns.js'

/**
 * The respondent is a local policing body (a PCC, PFCC, MOPAC, a mayor, the Common Council), not the
 * force or its chief officer; with a report given, the body maintains a force the report covers.
 *
 * Statute: Police Act 1996 s.55(5), "The local policing body shall prepare comments"; s.101(1)
 * defines the local policing body. Not met (error) when the only author is the force or its chief officer;
 * cannot tell (warning) when no author can be identified, the author is not recognised, or the body
 * is not one of the report's forces (section55.md §7 S55-CORRECT-BODY).
 *
 * @example
 *   {"valid": true}
 *
 *   As the Police and Crime Commissioner for Warwickshire, I provide the following response.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without an identifiable author, expected the local policing body (a commissioner, MOPAC, a mayor or the Common Council) to respond (s.55(5))"}
 *
 *   The report was published today. The force welcomes it.
 */
export const localPolicingBody = defineRule({
  id: 'local-policing-body',
  ...ruleSpecs['local-policing-body'],
  check({response, report}) {
    const {respondent} = response
    if (!respondent) return [{message: 'anonymous'}]
    if (respondent.kind === undefined) {
      const byForce = chiefOfficerTitle.test(respondent.name) || /\b(?:police|constabulary)$/i.test(respondent.name.trim())
      return [{message: byForce ? 'force' : 'unknown', values: {name: respondent.name}, actual: respondent.name}]
    }
    const found = {message: 'found', values: {name: respondent.name}} as const
    const forceIds = report?.subjects.flatMap((subject) => {
      if (subject.kind === 'force' && subject.referenceId) return [subject.referenceId]
      if (subject.kind === 'rocu' && subject.referenceId) return findRegionalUnit(subject.referenceId)?.forceIds ?? []
      return []
    })
    if (respondent.forceId === undefined || forceIds === undefined || forceIds.length === 0 || forceIds.includes(respondent.forceId)) {
      return [found]
    }
    return [
      {
        message: 'other-force',
        values: {forceId: respondent.forceId, expected: forceIds.join(', ')},
        expected: forceIds,
        actual: respondent.forceId
      }
    ]
  }
})
