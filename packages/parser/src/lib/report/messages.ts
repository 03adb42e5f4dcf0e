import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {messageReason, messageUrl, parserMessages} from '../messages.js'
import type {MessageValues} from '../messages.js'

/** The ids of the messages `parseReport` emits. */
export type ReportRuleId = {
  [Id in keyof typeof parserMessages]: (typeof parserMessages)[Id]['reads'] extends 'report' ? Id : never
}[keyof typeof parserMessages]

/** Add a warning to `file`, in the vfile-message model used across Scrutiny, with its reason (filled from `values`), note and URL from the table. */
export function warn<Id extends ReportRuleId>(file: VFile, ruleId: Id, values: MessageValues<Id>, place: Position | undefined): VFileMessage {
  const reason = messageReason(ruleId, values)
  // A VFileMessage is an Error, whose stack vfile-message then replaces with '': capturing that
  // stack was most of the cost of a message. V8 reads the limit; other engines ignore it.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(reason, {ruleId, source: 'scrutiny-parser', ...(place ? {place} : {})})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.url = messageUrl(ruleId)
  message.note = parserMessages[ruleId].note
  return message
}
