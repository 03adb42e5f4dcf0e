import type {FindingKind, HistoricalFinding} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'
import {endsAsSentence, isLeadIn, isProgressStatus, modal, narrative, opensAsStatement, recommendsThat} from '../patterns.js'

// "Recommendation 1: By March 2022, chief constables should …", "**Area for improvement 3** – The
// force should …": a numbered label and the finding on one line; an action plan may shorten the
// label ("Rec 17: With immediate effect, chief fire officers should …").
// Minutes and action plans shorten an area for improvement to "AFI" ("AFI 11 – the Force should …",
// "Area for improvement (AFI) 3:", even "Action for Further Improvement (AFI) 7 –"), and may go on in
// lower case after the dash: then only a demand is the finding.
// A commissioner's page or minutes may name the label's owner first ("HMICFRS recommendation 3:",
// "HMIC area for improvement:"): the same label.
const inlineLabel =
  /^[*_]{0,2}(?:(?:hmicfrs|hmic)(?:[’']s?)? )?(area for improvement(?: \(afi\))?|action for further improvement \(afi\)|afi|recommendation|rec\.?) (\d{1,3})[*_]{0,2}(?:\s*[:.–—-][*_]{0,2}|\s*[*_]{1,2})?\s+(?=[\p{L}‘“"'])/iu
const lowerCaseStart = /^\p{Ll}/u
// "Innovative practice: The force uses drones to find missing people.", "Area for improvement – The
// service should …": without a number, a label needs a separator and a sentence after it (a label
// and a title with no full stop head a box instead).
// A bold label closed before the finding needs no separator ("**Innovative practice** The force …").
// "Area for improvement (2017): The force should …", "Area for improvement from 2017 – …": a
// finding of an earlier inspection restated under its label, whose status may follow.
const unnumberedLabel =
  /^[*_]{0,2}(?:(?:hmicfrs|hmic)(?:[’']s?)? )?(area for improvement|afi|recommendation|innovative practice|promising practice|(?:accelerated )?cause of concern)(?: \((?:19|20)\d\d(?:\/\d\d)?\)| from (?:(?:our|the|its) )?(?:19|20)\d\d(?:\/\d\d)?(?: [a-z]+){0,2})?(?:[*_]{0,2}\s?[:–—-][*_]{0,2}|[*_]{2})\s+(?=[\p{Lu}‘“"'])/iu
// "Recommendations: Within six months chief constables should …", as the recommendations register
// prints a cause's recommendations: the plural label opens the first, and each paragraph after it
// that demands something is the next, up to the first that does not (the register's progress notes).
const pluralRecommendationsLabel = /^[*_]{0,2}recommendations[*_]{0,2}\s?:[*_]{0,2}\s+(?=[\p{Lu}‘“"'])/iu
// "… or higher grades. 2 30 Mar 2023 Open - Actions on going off track 87": an action plan's row
// run into one line, the other columns (sub-actions, deadline, status, percentage) after the
// numbered finding's last sentence; they open with a figure and state nothing.
const rowCells = /(?<=[.!?]["”’')]?)[ \u00A0]+\d[^.!?]*$/
// "… helps officers to do this. .": a stray full stop after the sentence's own is not the finding's.
const strayStop = /(?<=[.!?]["”’']?)[ \u00A0]+\.$/u
const earlierMarker = /\((?:19|20)\d\d|\bfrom (?:(?:our|the|its) )?(?:19|20)\d\d/i
// "Status: Addressed", "Progress: The force has made some progress …": the status of the finding restated before it.
const statusLine = /^[*_]{0,2}(?:status|progress|update)[*_]{0,2}\s?[:–—-][*_]{0,2}\s*(?=\S)/i
// "**Innovative practice: Using drones to find missing people** The force uses …": the bold run
// holds the label and the practice's title; the description after it is the practice.
const boldTitleEnd = /^[^.;:!?*_]{2,120}[*_]{2}\s+(?=[\p{Lu}‘“"'])/u
const kinds: Readonly<Record<string, FindingKind>> = {
  'area for improvement': 'area-for-improvement',
  recommendation: 'recommendation',
  rec: 'recommendation',
  'rec.': 'recommendation',
  'innovative practice': 'innovative-practice',
  'promising practice': 'promising-practice',
  'cause of concern': 'cause-of-concern',
  'accelerated cause of concern': 'cause-of-concern'
}
const minFindingLength = 20
// Most paragraphs start with none of the labels: a two-character look before the full patterns.
const mayBeLabel = /^[*_]{0,2}(?:ar|re|in|pr|ca|ac|af|hm)/i

/**
 * A finding printed after its label on the same line, as thematic and PEEL summaries print them
 * ("Recommendation 1: By …", "Area for improvement – The service should …", "Promising practice:
 * The force …", "Cause of concern: The force does not …"). A label dated to an earlier inspection
 * ("Area for improvement (2017): …") restates that inspection's finding as history, and the status
 * line right after it ("Status: Addressed") is its status.
 */
export const labelledFindings: ReaderFactory = () => {
  let restated: HistoricalFinding | undefined
  /** After a "Recommendations:" label: the cause the recommendations belong to (if one was read right before), and that more may follow. */
  let recommendations: {cause?: string} | undefined
  /** The cause of concern read from the block just before. */
  let lastCause: string | undefined
  /** A paragraph after a "Recommendations:" label's first recommendation: the next one, when it demands something. */
  const readNextRecommendation = (block: Block, context: ReadContext): boolean => {
    const open = recommendations
    recommendations = undefined
    if (!open) return false
    const text = block.text.trim().replace(strayStop, '')
    if (!modal.test(text) || narrative.test(text) || isLeadIn(text) || !endsAsSentence(text) || text.length < minFindingLength) return false
    emitRecommendation(block, text, context, open)
    recommendations = open
    return true
  }
  const emitRecommendation = (block: Block, text: string, context: ReadContext, open: {cause?: string}, from = 0): void => {
    const start = block.text.indexOf(text, from)
    const demand = readDemand(text, context.subject)
    context.finding('recommendation', text, context.spanPosition(block, start, start + text.length), {...(demand ? {demand} : {}), ...(open.cause ? {causeOfConcern: open.cause} : {})})
  }
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
        recommendations = undefined
        lastCause = undefined
      },
      heading(block) {
        recommendations = undefined
        lastCause = undefined
        return readStatus(block)
      },
      item() {
        recommendations = undefined
        lastCause = undefined
      },
      paragraph(block, context) {
        const cause = lastCause
        lastCause = undefined
        if (readStatus(block)) return true
        if (readNextRecommendation(block, context)) return true
        if (!mayBeLabel.test(block.text)) return false
        const plural = pluralRecommendationsLabel.exec(block.text.slice(0, 64))
        if (plural) {
          const text = block.text.slice(plural[0].length).trim().replace(strayStop, '')
          if (text.length < minFindingLength || !modal.test(text) || !endsAsSentence(text)) return false
          recommendations = cause ? {cause} : {}
          emitRecommendation(block, text, context, recommendations, plural[0].length)
          return true
        }
        const opening = block.text.slice(0, 64)
        const label = inlineLabel.exec(opening) ?? unnumberedLabel.exec(opening)
        if (!label) return false
        const title = label[2] === undefined && /^[*_]{2}/.test(block.text) ? boldTitleEnd.exec(block.text.slice(label[0].length)) : null
        const afterLabel = label[0].length + (title?.[0].length ?? 0)
        const labelled = block.text.slice(afterLabel).trim()
        const cells = label[2] === undefined ? null : rowCells.exec(labelled)
        const text = cells && !modal.test(cells[0]) ? labelled.slice(0, cells.index) : labelled
        if (text.length < minFindingLength || (label[2] === undefined && !endsAsSentence(text))) return false
        if (lowerCaseStart.test(text) && !modal.test(text)) return false
        const start = block.text.indexOf(text, afterLabel)
        const kind = kindOf(label[1]!)
        if (statesWhatBecame(kind, text)) return false
        const position = context.spanPosition(block, start, start + text.length)
        // "Recommendation 2: By 31 March 2022, the College of Policing should …": who and by when.
        const demand = kind === 'recommendation' ? readDemand(text, context.subject) : undefined
        if (label[2] === undefined && earlierMarker.test(label[0])) {
          restated = context.history(kind, text, position, undefined, demand)
          return true
        }
        // "1.9 Cause of concern: …": a custody report's paragraph number stands for the label's.
        const number = label[2] ?? block.number
        const finding = context.finding(kind, text, position, {...(number === undefined ? {} : {number}), ...(demand ? {demand} : {})})
        if (finding && kind === 'cause-of-concern') lastCause = finding.id
        return true
      }
    }
  }
}

/** The kind a label names ("AFI" and its expansions are areas for improvement). */
function kindOf(label: string): FindingKind {
  const words = label.toLowerCase()
  return kinds[words] ?? 'area-for-improvement'
}

/**
 * Whether the text after a recommendation's or an area for improvement's label says what became of
 * it rather than what should be done, as a progress report or tracker prints each one's status
 * ("Recommendation 1: The force has completed this recommendation.", "Recommendation 2: Partially
 * met."): no demand, and a statement or a status.
 */
function statesWhatBecame(kind: FindingKind, text: string): boolean {
  if (kind !== 'recommendation' && kind !== 'area-for-improvement') return false
  return !modal.test(text) && !recommendsThat.test(text) && (opensAsStatement.test(text) || isProgressStatus(text))
}
