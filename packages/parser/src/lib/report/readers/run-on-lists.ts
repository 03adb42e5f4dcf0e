import type {ReaderFactory} from '../context.js'
import {findingLeadInKind, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

// "The force should …", "The service should …": the opening each item of a list of areas for
// improvement repeats. Where a committee paper's extracted text lost the list's bullets (and some
// of its full stops), the repeated opening is what still tells one item from the next.
const opening = String.raw`The (?:force|forces|service|services|constabulary) should\b`
const itemOpening = new RegExp(String.raw`(?<=[\s.;:])${opening}`, 'g')
// The first item right after the lead-in's colon, tried there only (a paragraph may hold many colons).
const firstItem = new RegExp(String.raw`\s*${opening}`, 'y')
// "… behaviours expected of them. 2.4 Leadership …": the paper's next numbered paragraph ends the last item.
const nextNumberedParagraph = /(?<=[.!?])[ \u00A0]+\d{1,2}\.\d{1,2}[ \u00A0]/
const leastItems = 2
// "In our 2014 report we set out areas for improvement:": a lead naming a year speaks of that
// year's inspection, often an earlier one; only an undated lead is read.
const namesYear = /\b(?:19|20)\d\d\b/

/**
 * Areas for improvement listed inline after a lead-in's colon in the middle of a paragraph, as a
 * committee paper's extracted text prints a quoted list that lost its bullets: "… the text included a
 * small number of broad ‘Areas for Improvement’ (AFIs) rather than …: The force should A. This is so
 * … The force should B The force should C. 2.4 …". Each item runs from its "The force should" to
 * the next; the last to the paper's next numbered paragraph, or to its first sentence's end. The
 * lead-in is the clause before the colon (its sentence may open with an aside); a lead-in said of an
 * earlier inspection, or fewer than two items, gives nothing. The block stays open to the other
 * readers (a grade may share the run-on paragraph).
 */
export const runOnLists: ReaderFactory = () => ({
  triggers: ['should'],
  enter: {
    paragraph(block, context) {
      const text = block.text
      const spans = sentenceSpans(text)
      for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
        firstItem.lastIndex = colon + 1
        const spaced = firstItem.exec(text)
        if (!spaced) continue
        const first = colon + 1 + spaced[0].search(/\S/)
        const sentence = spans.find((span) => span.start <= colon && span.end > colon)
        const lead = text.slice(sentence?.start ?? 0, colon + 1)
        const clause = lead.slice(lead.lastIndexOf(',') + 1).trim()
        if (findingLeadInKind(clause) !== 'area-for-improvement' || namesYear.test(lead) || saysEarlierInspection(lead)) continue
        // The list ends where the paper's next numbered paragraph begins, if one does.
        const numbered = nextNumberedParagraph.exec(text.slice(first))
        const listEnd = numbered ? first + numbered.index : undefined
        const starts = [first]
        itemOpening.lastIndex = first + 1
        for (let next = itemOpening.exec(text); next && next.index < (listEnd ?? text.length); next = itemOpening.exec(text)) starts.push(next.index)
        if (starts.length < leastItems) continue
        for (const [index, start] of starts.entries()) {
          const end = starts[index + 1] ?? listEnd ?? spans.find((span) => span.end > start)?.end ?? text.length
          const item = text.slice(start, end).trimEnd()
          context.finding('area-for-improvement', item, context.spanPosition(block, start, start + item.length))
        }
        return false
      }
      return false
    }
  }
})
