import {genericPassage, nameClause, sharedCount} from '@scrutiny/parser/internal'
import {normaliseName} from '@scrutiny/schema/internal'
import {cannotTellBecause, ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import type {RuleReport} from '../rule.js'
import {unsettled} from '../text-state.js'

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
  return sharedCount(actualWords, titleWords(cited)) / actualWords.size
}

/**
 * The response names the report it answers (its title or its link) and, when the report is given,
 * the name matches it.
 *
 * Statute: Police Act 1996 s.55(4)–(5), comments "on the published report". Met with the passage
 * that names it, where a reader could find the one report from it (a title or topic, a subject line
 * above "the above report", a link, a family such as "the HMICFRS PEEL report" with the force in its
 * sentence or its date, the inspectorate's report on a named force with its date); cannot tell
 * (`not-specific`) for a passage that may be any of several reports; not met (error) for a complete text that
 * refers to no report or inspection at all, or (`only-generic`) for a text evidently whole (its last line
 * finishes a sentence or a sign-off, it does not open inside a quotation) whose every reference says
 * nothing of which report (no family, force, day, quoted title, topic or finding); cannot tell (warning) for a complete text that refers to
 * it only in words that do not say which ("this report", "the inspection", "HMICFRS", an earlier
 * report: said so), a page listing reports of different dates or saying it lists reports or
 * responses ("… are listed below", "Below you will find the responses …"), or a lead-in introducing
 * several reports a line each (an index or minutes: it answers none of them alone), a round-up rating
 * several forces together ("Cleveland, North Yorkshire and Northumbria Police were all rated as good"), "the above
 * report" without its subject line, a heading or quotation that may be a title in a form not read, a cut-off text or a covering
 * note, a pointer to the report whose link the text lost, or a title, a date or a finding (a
 * reference that matches none of the report's) that disagrees with the report given (section55.md
 * §7 S55-REPORT-IDENTIFIED).
 *
 * @example
 *   {"valid": true}
 *
 *   On 14 May 2024, HMICFRS published its report: ‘An inspection of the West Midlands regional response to serious and organised crime’.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected response that does not name the report it answers, expected its title or link (s.55(4)-(5))"}
 *
 *   I thank the officers and staff of the force for their work this year.
 */
export const reportIdentified = defineRule({
  id: 'report-identified',
  ...ruleSpecs['report-identified'],
  check({response, report, dates, text, unmatched, file}) {
    const {title, url, position, mentions} = response.report
    // A passage names the report only where a reader could find the one report from it: a title or
    // topic of its own, a family with the force or a date, or the inspectorate's report with both.
    const source = typeof file?.value === 'string' ? file.value : ''
    const specific = (passage: string) => nameClause(passage, source, response.report.publishedOnAsWritten !== undefined) !== undefined
    // A page that lists reports of different dates answers none of them alone: a title read from one of
    // its lines is not the report it answers.
    if (text.reportList !== undefined) {
      const [first = '', second = ''] = text.reportList
      return [{message: 'several-reports', values: {first, second, count: text.reportList.length}}]
    }
    // A page that says it lists reports or responses ("… are listed below") answers none of them alone,
    // whatever title one of its entries gives.
    if (text.listsReports !== undefined) return [{message: 'cannot-tell', values: {why: `${cannotTellBecause['lists-reports']} “${text.listsReports}”`}}]
    if (title === undefined && url === undefined) {
      // A round-up that rates several forces together answers several forces' reports: a family it names ("its
      // annual PEEL report") may be any of theirs.
      if (text.severalForcesRated !== undefined) return [{message: 'cannot-tell', values: {why: `${cannotTellBecause['several-forces']} “${text.severalForcesRated}”`}}]
      const [mention] = mentions ?? []
      // A family ("HMICFRS PEEL report", "the HMIC Crime Data Integrity inspection") names the body's
      // report of that family (with its publication date where given); "the above report" does not.
      const asWritten = response.report.publishedOnAsWritten
      // A text read whole whose every reference to a report says nothing of which one settles it: it does
      // not name the report (the corpus README's false clause), whatever form a name could have taken.
      const onlyGeneric = text.endsWhole && text.onlyGeneric && unsettled(text, 'report') === undefined
      if (mention !== undefined && !/^the above\b/i.test(mention)) {
        if (!specific(mention) && onlyGeneric && genericPassage(mention)) return [{message: 'only-generic', values: {mention}}]
        if (!specific(mention)) return [{message: 'not-specific', values: {mention}}]
        // "Today’s HMICFRS report", "its reports published today" already say when it was published.
        const dated = asWritten === undefined || /\btoday\b/i.test(mention) ? mention : `${mention}, published ${asWritten}`
        return [{message: 'named', values: {title: dated}}]
      }
      if (mention !== undefined) return [{message: 'unnamed', values: {mention}}]
      const why = unsettled(text, 'report')
      if (why) return [{message: 'cannot-tell', values: {why}}]
      // A whole text that calls the report only "this report", "the inspection" or "HMICFRS" does not
      // say which report it answers, but a name in a form not read would make an error a false one: a
      // warning that says so, and one naming the heading or quotation that may be a title.
      const reference = text.reportReference
      const heading = text.possibleTitle
      if (reference !== undefined && onlyGeneric && (heading === undefined || genericPassage(heading))) return [{message: 'only-generic', values: {mention: reference}}]
      if (reference !== undefined && heading !== undefined) return [{message: 'possible-title', values: {mention: reference, title: heading}}]
      if (reference !== undefined) return [{message: 'only-described', values: {mention: reference}}]
      return [{message: 'missing'}]
    }
    if (url === undefined && title !== undefined && !specific(title)) return [{message: 'not-specific', values: {mention: title}, ...(position ? {place: position} : {})}]
    const named = {message: 'named', values: {title: title ?? url ?? ''}, ...(position ? {place: position} : {})} as const
    if (!report) return [named]
    const results: Array<RuleReport<keyof (typeof ruleSpecs)['report-identified']['messages']>> = [named]
    const sameUrl = url !== undefined && report.url !== undefined && url.replace(trailingSlashes, '') === report.url.replace(trailingSlashes, '')
    if (!sameUrl && title !== undefined && titleOverlap(title, report.title) < 0.6) {
      results.push({
        message: 'other-title',
        values: {title, given: report.title},
        ...(position ? {place: position} : {}),
        expected: [report.title],
        actual: title
      })
    }
    for (const {finding, position: place} of unmatched) {
      const name = finding.number ? `${finding.kind ?? 'recommendation'} ${finding.number}` : JSON.stringify(finding.quote ?? '')
      results.push({message: 'other-finding', values: {name, given: report.title}, place})
    }
    if (dates.reportInText !== undefined && dates.report !== undefined) {
      results.push({
        message: 'other-date',
        values: {date: dates.reportInText, given: dates.report.date},
        expected: [dates.report.date],
        actual: dates.reportInText
      })
    }
    return results
  }
})
