import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {pathOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'

/**
 * The terminal report of `vfile-reporter`: `line:column  severity  reason  rule-id`.
 *
 * @example
 *   console.error(reportStylish({file, result}))
 */
export function reportStylish(entries: ReportEntry | readonly ReportEntry[], options: {color?: boolean} = {}): string {
  const files = toEntries(entries).map((entry) => {
    const file = new VFile({path: pathOf(entry)})
    file.messages = [...entry.result.messages]
    return file
  })
  return reporter(files, {color: options.color ?? false})
}
