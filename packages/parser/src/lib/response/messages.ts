import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {messageUrl, parserMessages} from '../messages.js'

/** The messages `parseResponse` gives. */
type ResponseMessageId = 'respondent'

/** Add a warning of the table to `file`, its `{name}`s filled from `values`. */
export function responseMessage(
  file: VFile,
  ruleId: ResponseMessageId,
  values: Readonly<Record<string, string>> = {},
  place?: VFileMessage['place']
): VFileMessage {
  const {reason, note} = parserMessages[ruleId]
  const result = new VFileMessage(
    reason.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole),
    {ruleId, source: 'scrutiny-parser', ...(place ? {place} : {})}
  )
  if (file.path) result.file = file.path
  result.fatal = false
  result.url = messageUrl(ruleId)
  result.note = note
  file.messages.push(result)
  return result
}
