import {normaliseName} from '@scrutiny/schema'
import {defineRule} from '../rule.js'

// Matched from the first slash of a trailing run only (the lookbehind), so a long run is not quadratic.
const trailingSlashes = /(?<!\/)\/+$/
// Words that carry no meaning when comparing titles.
const filler = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'into', 'to', 'and', 'for', 'report', 'inspection', 'hmicfrs', 'hmic'])

function titleWords(title: string): Set<string> {
  return new Set(
    normaliseName(title)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 0 && !filler.has(word))
  )
}

/** Share of the report title's words that the cited title carries. */
function titleOverlap(cited: string, actual: string): number {
  const actualWords = titleWords(actual)
  if (actualWords.size === 0) return 1
  const citedWords = titleWords(cited)
  let shared = 0
  for (const word of actualWords) if (citedWords.has(word)) shared++
  return shared / actualWords.size
}

/**
 * The response names the report it answers (its title or its link) and, when the report is given,
 * the name matches it.
 *
 * Statute: Police Act 1996 s.55(4)–(5), comments "on the published report". Error when no report is
 * named, warning on a title that does not match (section55.md §7 S55-REPORT-IDENTIFIED).
 *
 * @example
 *   {"valid": true}
 *
 *   On 14 May 2024, HMICFRS published its report: ‘An inspection of the West Midlands regional response to serious and organised crime’.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response that does not name the report it answers, expected its title or link (s.55(4)-(5))"}
 *
 *   I welcome this report and thank the inspectors.
 */
export const reportIdentified = defineRule({
  id: 'report-identified',
  description: 'The report is named (and, with a report given, matches it).',
  source: 'Police Act 1996 s.55(4)-(5)',
  basis: 'statute',
  severity: {recommended: 'error', strict: 'error'},
  check({response, report}) {
    const {title, url} = response.report
    if (title === undefined && url === undefined) {
      return [{reason: 'Unexpected response that does not name the report it answers, expected its title or link (s.55(4)-(5))'}]
    }
    if (!report) return []
    if (url !== undefined && report.url !== undefined && url.replace(trailingSlashes, '') === report.url.replace(trailingSlashes, '')) return []
    if (title !== undefined && titleOverlap(title, report.title) >= 0.6) return []
    return [
      {
        reason: `Unexpected report ${JSON.stringify(title ?? url)}, expected the report given, ${JSON.stringify(report.title)} (s.55(4)-(5))`,
        severity: 'warning',
        expected: [report.title],
        actual: title ?? url
      }
    ]
  }
})
