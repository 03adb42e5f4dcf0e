import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Where the rules of the report parser are documented. */
const rulesUrl = 'https://github.com/scrutiny-toolkit/scrutiny/tree/main/packages/parser#messages'

/** The ids of the messages `parseReport` emits. */
export type ReportRuleId =
  | 'empty-finding-section'
  | 'numbering-gap'
  | 'unplaced-finding'
  | 'cause-without-recommendation'
  | 'truncated-finding'
  | 'unknown-subject'
  | 'invalid-option'

/** Add a warning to `file`, in the vfile-message model used across Scrutiny. */
export function warn(file: VFile, ruleId: ReportRuleId, reason: string, place: Position | undefined, note?: string): VFileMessage {
  const message = file.message(reason, {ruleId, source: 'scrutiny-parser', ...(place ? {place} : {})})
  message.url = `${rulesUrl}-${ruleId}`
  if (note) message.note = note
  return message
}
