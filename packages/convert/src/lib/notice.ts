import type {ConvertMessageId, MessageValues} from './messages.js'

/**
 * Something a reader noticed but could work around; becomes a VFileMessage on the file, its level,
 * reason (filled from `values`), note and URL from the message table.
 */
export type Notice = {[Id in ConvertMessageId]: {ruleId: Id; values: MessageValues<Id>}}[ConvertMessageId]
