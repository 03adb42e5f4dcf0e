import {cannotTellBecause, ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {ownVoice, unsettled} from '../text-state.js'
import {bodyParts, fireOfficerPart} from '../patterns.js'

// "The Chief Constable did not submit comments", "no comments were received from the Chief Constable".
const noneSubmitted =
  /\b(?:no comments? (?:were|was|have been|has been) (?:submitted|received|made|provided)|(?:did|has) not (?:submit|provide|make) (?:any )?comments?|declined to comment)\b/i

// Quotation marks: a passage that quotes its speaker.
const quotes = /[“”"]/

/**
 * The chief officer's comments are published with the response, or it says none were submitted.
 *
 * Statute: Police Act 1996 s.55(5)(b), "any comments submitted by the chief officer of police in
 * accordance with subsection (4)". The chief may not have submitted any, so this is a warning
 * (section55.md §7 S55-CHIEF-COMMENTS-PUBLISHED). A chief fire officer's words are not a chief officer
 * of police's comments: not met, saying so (a fire and rescue inspection is outside section 55). A text
 * whose lead names a speaker who is not a body (a candidate, an association, the Home Secretary) is no
 * response and, quoting no chief, has none: not met (its account of the chief's view in its own words is
 * no quotation); so is an organisation's statement (a chiefs'
 * council's, the commissioners' association's, the Home Office's) by its headline, by-line or lead, or
 * by its first speaker where no body speaks (cannot tell where that text is cut off); the chiefs'
 * council's chair speaks for all chiefs, and section 55 means the chief officer of the force the report
 * is about, which its message says. The force's own statement (its "we" the force the inspectorate
 * found about) whose writer says "I" in their own words: the chief officer's comments, met. Parliament's record (Hansard) quoting no chief: not met. A release cut off in its notes ("Background
 * information") was read whole as a statement.
 *
 * @example
 *   {"valid": true}
 *
 *   I have requested the Chief Constable's view on the report, and he has stated:
 *
 *   “The force accepts the findings and has an action plan.”
 *
 * @example
 *   {"valid": true}
 *
 *   I invited the Chief Constable to comment; no comments were submitted.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without the chief officer's comments, expected them to be published with the body's comments, or a statement that none were submitted (s.55(5)(b))"}
 *
 *   I welcome this report and will hold the force to account.
 */
export const chiefOfficerComments = defineRule({
  id: 'chief-officer-comments',
  ...ruleSpecs['chief-officer-comments'],
  check({response, text}) {
    const comments = response.chiefOfficerComments
    if (comments && fireOfficerPart(comments)) return [{message: 'fire-officer', place: comments.position}]
    // A third party's text (an MP's column, a candidate's statement) that reports the chief's view in its own
    // words ("The Chief Constable believes the report is unfair"), quoting none of them: the writer's account of
    // the chief's view, not the chief's comments; the text is no response (below). Quoted, they are the chief's.
    const reportedByOther = comments?.detectedBy === 'attribution' && text.otherVoice !== undefined && !quotes.test(comments.text)
    if (comments && !reportedByOther) return [{message: 'found', place: comments.position}]
    if (bodyParts(response).some((part) => noneSubmitted.test(part.text))) return [{message: 'none-submitted'}]
    // A candidate's, an association's or the Home Secretary's statement is no response: it holds no
    // chief's comments unless it quotes the chief (found above).
    // Parliament's record quotes no force's chief officer (found above where it does).
    if (text.parliament !== undefined) return [{message: 'parliament', values: {passage: text.parliament}}]
    if (text.otherVoice !== undefined) return [{message: text.otherVoiceKind ?? 'other-voice', values: {passage: text.otherVoice}}]
    // An organisation's statement that is not a body's (a chiefs' council, an association, the Home
    // Office), by its headline, by-line or lead, or by its first speaker where no body speaks: no
    // response, and no force's chief officer's comments unless it quotes one (found above).
    const organisation = text.association
    if (organisation && (organisation.by !== 'speaker' || text.bodySpeaks === undefined)) {
      if (organisation.settled) return [{message: organisation.kind, values: {passage: organisation.passage}}]
      return [{message: 'cannot-tell', values: {why: `${cannotTellBecause.association} “${organisation.passage}”`}}]
    }
    // The force's own statement, by what it says of itself ("HMICFRS findings about our continued
    // weaknesses", "The following message has been sent by Wiltshire Police"), written by someone who says
    // "I" in their own words: the force speaks through its chief officer, so the writer's words are the chief's.
    const writer = response.lpbComments
    if (text.forceIssued && writer?.detectedBy === 'voice' && ownVoice(writer.text)) return [{message: 'found', place: writer.position}]
    // A release cut off in its notes ("Background information", "Notes to editors"): the statement,
    // where the chief's comments would be, was read whole.
    const readWhole = text.statementEnded && !text.covering && !text.index
    const why = text.chiefElsewhere ? cannotTellBecause['chief-elsewhere'] : readWhole ? undefined : unsettled(text, 'anywhere')
    return [why ? {message: 'cannot-tell', values: {why}} : {message: 'missing'}]
  }
})
