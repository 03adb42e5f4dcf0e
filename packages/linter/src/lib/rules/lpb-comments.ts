import {cannotTellBecause, ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {ownVoice, pointerOnly, unsettled} from '../text-state.js'

// A quotation's speaker introduced by name and role ("Penny Chapman, deputy director at Torfaen Women’s Aid,
// said: “We met …”"): the role, where it names no body, police or public office, is someone else's.
const namedSpeaker = /^[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,2},[ \t]+([^,\n“"]{3,100}),[ \t]+(?:said|says|added|commented|stated)[ \t]*:/u
const bodyOrOffice =
  /\b(?:commissioner|PCC|PFCC|OPCC|mayor|police|policing|crime|constabulary|force|chief|authority|board|committee|panel|corporation|council|councillor|MP|minister|secretary|inspector|HMI|HMIC|HMICFRS)\b/iu

/** Whether a part read from its first-person voice opens with a quotation of someone named by a role that is no body's (a charity's director). */
function otherSpeakerQuoted(part: {text: string}): boolean {
  const role = namedSpeaker.exec(part.text)?.[1]
  return role !== undefined && !bodyOrOffice.test(role)
}

/**
 * The local policing body's own comments on the report are present: a part headed as the body's
 * comments, or text in its first-person voice.
 *
 * Statute: Police Act 1996 s.55(5)(a), "The local policing body shall prepare comments on the
 * published report and shall arrange for (a) its comments … to be published". Not met (error) only
 * where the text settles it: a complete text without them; a text that says the force issued it,
 * whose chief writes it, or whose lead reports the chief speaking and names the body only in quoted
 * words ("The following message has been sent by Wiltshire Police", "since my appointment as Chief
 * Constable", "Derbyshire’s Chief Constable Mick Creedon has welcomed …"), cut off or not; a text whose
 * lead names a speaker who is not a body (a candidate, a national association, the Home Secretary)
 * where no body speaks, or whose writer says they are an MP ("your MP cannot be …"); a first-person
 * voice inside the quotation of someone named by a role that is no body's ("Penny Chapman, deputy
 * director at Torfaen Women’s Aid, said: “We …”") is not the body's; a complete text that quotes the chief, names no
 * body and has no writer saying "I". Cannot tell (warning) for a text cut off or pointing to an
 * attachment, or one that quotes the chief and names a body (as a partner) or has an unnamed writer
 * saying "I"; for the minutes of a meeting, which record what was said rather than publish the
 * body's comments; for a text that reports the body speaking in words not read as its comments;
 * and for a text that never presents itself as a response (no "response", "comments on", "Dear …"
 * or section 55); for a page that says it posts responses ("We’ll post those responses in this section")
 * and for a heading with nothing under it but a pointer ("PCC's Response" / "The PCC's response can be
 * viewed here."). A first-person voice in the force's own statement is never met. Not met (error) for
 * an organisation's statement that is not a body's (a chiefs' council of police or of fire chiefs, London
 * Councils, a staff association's branch, the Home Secretary or the Home Office) where no body speaks: by its
 * headline, by-line, letter's sender or lead (its officer by role, "The chair of … Police Federation has warned"),
 * cut off or not, or by its first speaker in a text read whole; cannot tell where only its first
 * speaker says so and the text is cut off. The commissioners' association speaks for commissioners.
 * The message says whose the text is: the force's (its "we" the force the inspectorate inspected, "we
 * were inspected again by HMIC"; its headline the force's answer, "Lancashire Police Response to HMIC
 * Custody report"), the chiefs' council's, the Government's, or Parliament's (Hansard's header "Volume
 * 606: debated on …"), each saying that section 55 binds the local policing body. Cannot tell where the
 * body speaks in a text that names no report, inspection or assessment: its words may answer a question.
 *
 * @example
 *   {"valid": true}
 *
 *   Police and Crime Commissioner's comments
 *
 *   I welcome this report and will monitor the force's progress.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without the local policing body's own comments, expected its comments on the report (s.55(5)(a))"}
 *
 *   Chief Constable's response
 *
 *   “The force accepts the findings.”
 *
 * @example
 *   {"valid": false, "reason": "Unexpected statement of the national chiefs' council (“NPCC responds”), expected the local policing body's own comments on the report (s.55(5)(a)): the chiefs' council speaks for chief officers, and section 55 binds the local policing body that maintains the force"}
 *
 *   NPCC responds to the inspectorate's report on vetting
 *
 *   “We accept the findings and chief constables will act on them.”
 *
 * @example
 *   {"valid": false, "reason": "Unexpected record of Parliament (“Volume 606: debated on Thursday 25 February 2016”), expected the local policing body's own comments on the report (s.55(5)(a)): this is a statement or debate in Parliament (Hansard), and section 55 binds the local policing body that maintains the force"}
 *
 *   State of Policing: England and Wales
 *
 *   Volume 606: debated on Thursday 25 February 2016
 *
 *   I am very pleased to see that more than half of forces have been judged as good in the inspection.
 */
export const lpbComments = defineRule({
  id: 'lpb-comments',
  ...ruleSpecs['lpb-comments'],
  check({response, text}) {
    const read = response.lpbComments
    // The first-person voice read is inside the quotation of someone who is not a body ("Penny Chapman, deputy
    // director at Torfaen Women’s Aid, said: “We …”), where no body is the respondent or speaks: the words are theirs.
    const comments =
      read?.detectedBy === 'voice' && response.respondent === undefined && text.bodySpeaks === undefined && otherSpeakerQuoted(read) ? undefined : read
    // Parliament's record (Hansard's header): a minister's statement or a debate is no body's publication,
    // whoever it names; section 55 binds the body, and the Home Secretary receives its comments.
    if (text.parliament !== undefined && (comments === undefined || comments.detectedBy === 'voice')) {
      return [{message: 'parliament', values: {passage: text.parliament}}]
    }
    // The lead says the speaker is not a body (a candidate, an association, the Home Secretary) and no
    // body speaks: the text's first-person words are that speaker's, whoever the text names.
    if (text.otherVoice !== undefined && (comments === undefined || comments.detectedBy === 'voice')) {
      return [{message: text.otherVoiceKind ?? 'other-voice', values: {passage: text.otherVoice}}]
    }
    // The text is an organisation's that is not a body (a chiefs' council, London Councils, the Home
    // Office) by its headline, by-line or lead, or its first speaker in a text read whole, and no body
    // speaks (a letter's by-line or sender settles who writes, whoever it names): its first-person words
    // are the organisation's. The commissioners' association speaks for commissioners, and its words are
    // read as theirs.
    const organisation = text.association
    const bodySilent = text.bodySpeaks === undefined || organisation?.by === 'sender'
    if (organisation && !organisation.commissioners && bodySilent && (comments === undefined || comments.detectedBy === 'voice')) {
      if (organisation.settled) return [{message: organisation.kind, values: {passage: organisation.passage}}]
      return [{message: 'cannot-tell', values: {why: `${cannotTellBecause.association} “${organisation.passage}”`}}]
    }
    // A first-person voice is the force's where the force speaks for itself and no body is the
    // respondent or speaks: its chief officer's "we welcome the report" is not the body's comments.
    const forceSpeaks = text.forceVoice !== undefined && response.respondent === undefined && (comments === undefined || comments.detectedBy === 'voice')
    if (forceSpeaks) {
      const found = {message: 'force-voice', values: {passage: text.forceVoice!}} as const
      // The text says the force issued it or its chief writes it: whatever the rest holds, it is not the body's.
      if (text.forceIssued) return [found]
      // Quoting the chief settles nothing about the rest of a text cut off, about a text that names a
      // body, or about a writer who says "I" in their own name.
      const why =
        unsettled(text, 'anywhere') ??
        (text.bodyNamed ? cannotTellBecause['force-voice'] : comments && ownVoice(comments.text) ? cannotTellBecause['unnamed-writer'] : undefined)
      return [why ? {message: 'cannot-tell', values: {why}} : found]
    }
    // On an index page a first-person line may be the page's own words ("we will provide a summary"),
    // not comments on a report: the comments are in the responses its links open.
    if (text.index && comments?.detectedBy === 'voice') return [{message: 'cannot-tell', values: {why: cannotTellBecause.index}}]
    // A heading with nothing under it but a pointer ("PCC's Response" / "The PCC's response can be viewed
    // here."): the comments are on the page it points to, not in the text.
    const under = comments?.heading === undefined ? undefined : comments.text.slice(comments.text.indexOf(comments.heading) + comments.heading.length).trim()
    if (comments?.detectedBy === 'heading' && under !== undefined && (under === '' || pointerOnly(under)) && text.covering) {
      return [{message: 'cannot-tell', values: {why: cannotTellBecause.covering}}]
    }
    // A text that names no report or inspection (a mayor answering a councillor's question, "highly rated
    // by the inspectorate"): the body speaks, but not in comments on a report.
    if (comments && comments.text.trim() !== '' && text.refersToNoReport) return [{message: 'cannot-tell', values: {why: cannotTellBecause['no-report']}}]
    if (comments && comments.text.trim() !== '') return [{message: 'found', place: comments.position}]
    // Minutes record a meeting: the body's comments not being minuted says nothing of whether it published them.
    // A text that reports the body speaking ("Mr Smith said …") holds its comments in a form not read: a person checks.
    const why =
      unsettled(text, 'anywhere') ??
      (text.minutes
        ? cannotTellBecause.minutes
        : text.bodySpeaks !== undefined
          ? `${cannotTellBecause['body-speaks']} “${text.bodySpeaks}”`
          : text.presentsAsResponse
            ? undefined
            : cannotTellBecause['not-a-response'])
    return [why ? {message: 'cannot-tell', values: {why}} : {message: 'missing'}]
  }
})
