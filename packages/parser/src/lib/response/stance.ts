import type {Stance} from '@scrutiny/schema'

const noAction =
  /\b(?:no (?:further )?action (?:is|was|will be) (?:required|taken|needed|proposed)|not (?:applicable|relevant) to|(?:do|does|did) not (?:accept|agree|propose)|will not (?:be )?(?:implement|tak|adopt|accept)\w*|not propose to|addressed to the (?:College of Policing|NPCC|Home Office))/i
const actionTaken =
  /\b(?:(?:has|have) (?:already |now |been |recently )?(?:commenced|completed|implemented|introduced|developed|established|put in place|embedded|reviewed|created|launched|allocated|appointed|delivered|undertaken|invested|centralised|overseen|held)|(?:is|are) now\b|now has\b|already (?:in place|implemented|commenced|developed)|(?:recently|newly) (?:launched|introduced|established|created)|is already in place|progress (?:made|has been made)|demonstrated? (?:considerable |significant )?improvements?|could be closed|now undertaking)/i
const actionProposed =
  /\b(?:will|shall|plan(?:s|ned)? to|intends? to|(?:is|are) (?:reviewing|developing|considering|introducing|working|being)|ongoing|being (?:considered|developed|reviewed|progressed|monitored)|I have (?:asked|requested)|action plan|responsible for (?:progressing|addressing|delivering))\b/i
const reportVoice =
  /\b(?:HMICFRS|HMIC|inspectors?|the inspection|the report) (?:found|reviewed|heard|identified|said|concluded|highlighted|described)\b|^(?:at the time of|during) (?:the|this) inspection|\binterviewees\b|\bthe force said\b|\b[Ww]e (?:found|reviewed|interviewed|heard)\b/i
// Words only the body or the force use of themselves; "we" alone is also the inspectorate's voice.
const ownVoice = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Oo]ur)(?![\p{L}'’])/u

/**
 * What a passage says about a finding: action taken, action proposed, no action (with a reason), or
 * noted only. Report text restated in the response ("HMICFRS found …") is noted, not an answer.
 *
 * @example stanceOf('The force now has a dedicated Civil Interventions Team.') // 'action-taken'
 */
export function stanceOf(text: string): Stance {
  if (reportVoice.test(text) && !ownVoice.test(text)) return 'noted'
  if (noAction.test(text)) return 'no-action'
  if (actionTaken.test(text)) return 'action-taken'
  if (actionProposed.test(text)) return 'action-proposed'
  return 'noted'
}
