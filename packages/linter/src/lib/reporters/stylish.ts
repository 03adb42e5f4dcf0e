import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {escapeControl} from '../escape.js'
import type {LintMessage} from '../lint.js'
import {pathOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'

/**
 * Longest reason the table shows. vfile-reporter measures every cell grapheme by grapheme (a fresh
 * emoji pattern for each) and pads the column to its widest cell, so a message quoting a whole
 * long finding took minutes and padded every other row; the JSON and text reports keep it whole.
 */
const maxReasonLength = 500

/**
 * The message as the table shows it: control characters made visible, the reason clipped, and a
 * check that cannot tell marked so (as the GitHub report's title is): it asks for a look, not a fix,
 * and is otherwise a warning like a duty not met.
 */
function forTerminal(message: VFileMessage & Partial<Pick<LintMessage, 'outcome'>>): VFileMessage {
  let reason = escapeControl(message.reason)
  if (reason.length > maxReasonLength) {
    // Cut at a character, not inside a surrogate pair.
    const cut = /[\uD800-\uDBFF]/.test(reason.charAt(maxReasonLength - 1)) ? maxReasonLength - 1 : maxReasonLength
    reason = `${reason.slice(0, cut)}…`
  }
  if (message.outcome === 'cannot-tell') reason = `${reason} (cannot tell)`
  const shown = new VFileMessage(reason, {
    ...(message.place ? {place: message.place} : {}),
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(message.source ? {source: message.source} : {})
  })
  shown.fatal = message.fatal
  return shown
}

/**
 * The terminal report of `vfile-reporter`: `line:column  severity  reason  rule-id`; a check that
 * cannot tell says so after its reason.
 *
 * @example
 *   console.error(reportStylish({file, result}))
 */
export function reportStylish(entries: ReportEntry | readonly ReportEntry[], options: {color?: boolean} = {}): string {
  const files = toEntries(entries).map((entry) => {
    const file = new VFile({path: escapeControl(pathOf(entry))})
    file.messages = entry.result.messages.map(forTerminal)
    return file
  })
  return reporter(files, {color: options.color ?? false})
}
