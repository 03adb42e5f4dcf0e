import {normaliseName} from '@scrutiny/schema/internal'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import {hasPlaceholders} from './placeholders-filled.js'

// A footnote or reference line ("[1] An inspection of … – His Majesty's Inspectorate …").
const footnoteLine = /^\[\d{1,3}\][ \t]*(.{1,400})$/gm

/**
 * The response links to the report: a URL, or a footnote that cites the report by title (a page
 * copied as text keeps the footnote and loses its link).
 *
 * Good practice (section55.md §8 GP-REPORT-LINK): info, strict preset only.
 *
 * @example
 *   {"valid": true}
 *
 *   HMICFRS published its report ‘Activism and impartiality in policing’ (https://hmicfrs.justiceinspectorates.gov.uk/publications/activism-and-impartiality-in-policing/).
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response without a link to the report, expected the HMICFRS address of the report"}
 *
 *   HMICFRS published its report ‘Activism and impartiality in policing’.
 */
export const reportLinked = defineRule({
  id: 'report-linked',
  ...ruleSpecs['report-linked'],
  check(context) {
    // An unfilled draft: the placeholders (reported by placeholders-filled) stand for what is missing.
    if (hasPlaceholders(context)) return []
    const {response, file} = context
    if (response.report.url !== undefined) return [{message: 'linked'}]
    const title = response.report.title
    const text = typeof file?.value === 'string' ? file.value : undefined
    if (title !== undefined && text !== undefined) {
      const wanted = normaliseName(title)
      for (const match of text.matchAll(footnoteLine)) {
        if (normaliseName(match[1] ?? '').includes(wanted)) return [{message: 'linked'}]
      }
    }
    return [{message: 'missing'}]
  }
})
