import type {FindingKind, HistoricalFinding} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'
import {endsAsSentence} from '../patterns.js'

// "Recommendation 1: By March 2022, chief constables should …", "**Area for improvement 3** – The
// force should …": a numbered label and the finding on one line.
const inlineLabel = /^[*_]{0,2}(area for improvement|recommendation) (\d{1,3})[*_]{0,2}(?:\s*[:.–—-][*_]{0,2}|\s*[*_]{1,2})?\s+(?=[\p{Lu}‘“"'])/iu
// "Innovative practice: The force uses drones to find missing people.", "Area for improvement – The
// service should …": without a number, a label needs a separator and a sentence after it (a label
// and a title with no full stop head a box instead).
// A bold label closed before the finding needs no separator ("**Innovative practice** The force …").
// "Area for improvement (2017): The force should …", "Area for improvement from 2017 – …": a
// finding of an earlier inspection restated under its label, whose status may follow.
const unnumberedLabel =
  /^[*_]{0,2}(area for improvement|recommendation|innovative practice|promising practice|(?:accelerated )?cause of concern)(?: \((?:19|20)\d\d(?:\/\d\d)?\)| from (?:(?:our|the|its) )?(?:19|20)\d\d(?:\/\d\d)?(?: [a-z]+){0,2})?(?:[*_]{0,2}\s?[:–—-][*_]{0,2}|[*_]{2})\s+(?=[\p{Lu}‘“"'])/iu
const earlierMarker = /\((?:19|20)\d\d|\bfrom (?:(?:our|the|its) )?(?:19|20)\d\d/i
// "Status: Addressed", "Progress: The force has made some progress …": the status of the finding restated before it.
const statusLine = /^[*_]{0,2}(?:status|progress|update)[*_]{0,2}\s?[:–—-][*_]{0,2}\s*(?=\S)/i
// "**Innovative practice: Using drones to find missing people** The force uses …": the bold run
// holds the label and the practice's title; the description after it is the practice.
const boldTitleEnd = /^[^.;:!?*_]{2,120}[*_]{2}\s+(?=[\p{Lu}‘“"'])/u
const kinds: Readonly<Record<string, FindingKind>> = {
  'area for improvement': 'area-for-improvement',
  recommendation: 'recommendation',
  'innovative practice': 'innovative-practice',
  'promising practice': 'promising-practice',
  'cause of concern': 'cause-of-concern',
  'accelerated cause of concern': 'cause-of-concern'
}
const minFindingLength = 20
// Most paragraphs start with none of the labels: a two-character look before the full patterns.
const mayBeLabel = /^[*_]{0,2}(?:ar|re|in|pr|ca|ac)/i

/**
 * A finding printed after its label on the same line, as thematic and PEEL summaries print them
 * ("Recommendation 1: By …", "Area for improvement – The service should …", "Promising practice:
 * The force …", "Cause of concern: The force does not …"). A label dated to an earlier inspection
 * ("Area for improvement (2017): …") restates that inspection's finding as history, and the status
 * line right after it ("Status: Addressed") is its status.
 */
export const labelledFindings: ReaderFactory = () => {
  let restated: HistoricalFinding | undefined
  /** The status line right after a restated finding ("Status: Addressed", which plain text may take for a heading). */
  const readStatus = (block: Block): boolean => {
    const earlier = restated
    restated = undefined
    if (!earlier || !statusLine.test(block.text)) return false
    earlier.status = block.text.trim()
    return true
  }
  return {
    enter: {
      section() {
        restated = undefined
      },
      heading: readStatus,
      paragraph(block, context) {
        if (readStatus(block)) return true
        if (!mayBeLabel.test(block.text)) return false
        const opening = block.text.slice(0, 64)
        const label = inlineLabel.exec(opening) ?? unnumberedLabel.exec(opening)
        if (!label) return false
        const title = label[2] === undefined && /^[*_]{2}/.test(block.text) ? boldTitleEnd.exec(block.text.slice(label[0].length)) : null
        const afterLabel = label[0].length + (title?.[0].length ?? 0)
        const text = block.text.slice(afterLabel).trim()
        if (text.length < minFindingLength || (label[2] === undefined && !endsAsSentence(text))) return false
        const start = block.text.indexOf(text, afterLabel)
        const kind = kinds[label[1]!.toLowerCase()]!
        const position = context.spanPosition(block, start, start + text.length)
        // "Recommendation 2: By 31 March 2022, the College of Policing should …": who and by when.
        const demand = kind === 'recommendation' ? readDemand(text, context.subject) : undefined
        if (label[2] === undefined && earlierMarker.test(label[0])) {
          restated = context.history(kind, text, position, undefined, demand)
          return true
        }
        // "1.9 Cause of concern: …": a custody report's paragraph number stands for the label's.
        const number = label[2] ?? block.number
        context.finding(kind, text, position, {...(number === undefined ? {} : {number}), ...(demand ? {demand} : {})})
        return true
      }
    }
  }
}
