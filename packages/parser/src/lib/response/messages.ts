import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/** Where the parser's messages are documented (one table, under "Messages"). */
const messagesUrl = 'https://github.com/scrutiny-dev/scrutiny/blob/main/packages/parser/README.md#messages'

/**
 * The messages `parseResponse` gives, in the developer form ("Unexpected …, expected …") with the
 * note that says why; `{name}` is filled from the values given.
 */
export const responseMessages = {
  respondent: {
    reason: 'Unexpected response without a local policing body named, expected a commissioner, MOPAC, a mayor or the Common Council',
    note: 'Police Act 1996 s.55(5), s.101(1): the local policing body prepares the comments'
  },
  'unmatched-finding': {
    reason: 'Unexpected reference to {name} that matches no finding of the report, expected a finding of {report}',
    note: 'A reference the report given does not contain: another report, or a misquote'
  }
} as const

/** Add a warning of the table to `file`. */
export function responseMessage(
  file: VFile,
  ruleId: keyof typeof responseMessages,
  values: Readonly<Record<string, string>> = {},
  place?: VFileMessage['place']
): VFileMessage {
  const {reason, note} = responseMessages[ruleId]
  const result = new VFileMessage(
    reason.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole),
    {ruleId, source: 'scrutiny-parser', ...(place ? {place} : {})}
  )
  if (file.path) result.file = file.path
  result.fatal = false
  result.url = messagesUrl
  result.note = note
  file.messages.push(result)
  return result
}
