import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {messageReason, messageUrl, parserMessages} from '../messages.js'
import type {MessageValues} from '../messages.js'

/** The messages `parseResponse` gives. */
type ResponseMessageId = 'respondent'

/** Add a warning of the table to `file`, its `{name}`s filled from `values`. */
export function responseMessage(file: VFile, ruleId: ResponseMessageId, values: MessageValues<ResponseMessageId>, place?: VFileMessage['place']): VFileMessage {
  const result = new VFileMessage(messageReason(ruleId, values), {ruleId, source: 'scrutiny-parser', ...(place ? {place} : {})})
  if (file.path) result.file = file.path
  result.fatal = false
  result.url = messageUrl(ruleId)
  result.note = parserMessages[ruleId].note
  file.messages.push(result)
  return result
}
