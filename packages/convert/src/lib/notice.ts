import type {ConvertMessageId} from './messages.js'

/** Something a reader noticed but could work around; becomes a VFileMessage on the file, its level, note and URL from the message table. */
export interface Notice {
  ruleId: ConvertMessageId
  reason: string
}
