import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'
import {modal, recommendsLeadIn} from '../patterns.js'

// "| T1 | Cause of concern: The force does not … Recommendation: HMIC recommends that the force should
// immediately: conduct a review …; and | West Mercia Police | Completed |": a recommendations
// tracker prints each recommendation as a table row whose cell pairs the cause it answers and the
// recommendation, each after its label. A row is a line between pipes (a paragraph where the table
// reached the reader unsplit, as from HTML).
const causeLabel = /\bcause of concern:[ \u00A0]+/i
const recommendationLabel = /[ \u00A0]recommendation:[ \u00A0]+/i
const fewestWords = 4

/**
 * Causes of concern and their recommendations in a tracker's table rows (a third party's register of
 * an inspection's recommendations): in each closed cell holding both labels, the cause (to the
 * recommendation's label) and the recommendation without the inspectorate's lead-in, filed under
 * that cause. Rows repeat a cause once for each of its recommendations: the cause is read once. A
 * cell the copy cut off (no closing pipe) gives nothing, nor do the table's other columns (who the
 * recommendation is directed at, its status).
 */
export const trackerRows: ReaderFactory = () => {
  /** The causes read so far, by their text, so that each row's recommendation is filed under its cause. */
  const causes = new Map<string, string>()
  const read = (block: Block, context: ReadContext): boolean => {
    if (!block.text.startsWith('|')) return false
    let found = false
    for (const cell of closedCells(block)) {
      const cause = causeLabel.exec(cell.text)
      const recommendation = cause && recommendationLabel.exec(cell.text.slice(cause.index))
      if (!cause || !recommendation) continue
      const causeStart = cause.index + cause[0].length
      const causeEnd = cause.index + recommendation.index
      const causeText = cell.text.slice(causeStart, causeEnd).trim()
      const after = causeEnd + recommendation[0].length
      const lead = recommendsLeadIn.exec(cell.text.slice(after))
      const words = cell.text.slice(after + (lead?.[0].length ?? 0)).trim()
      if (causeText.split(/\s+/).length < fewestWords || words.split(/\s+/).length < fewestWords || (lead && !modal.test(lead[0]))) continue
      let causeId = causes.get(causeText)
      if (causeId === undefined) {
        const start = cell.start + causeStart
        const finding = context.finding('cause-of-concern', causeText, context.spanPosition(block, start, start + causeText.length))
        if (finding) causes.set(causeText, (causeId = finding.id))
      }
      const start = cell.start + cell.text.indexOf(words, after)
      const demand = readDemand(lead ? lead[0] : words, context.subject)
      context.finding('recommendation', words, context.spanPosition(block, start, start + words.length), {...(demand ? {demand} : {}), ...(causeId ? {causeOfConcern: causeId} : {})})
      found = true
    }
    return found
  }
  return {triggers: ['concern'], enter: {row: read, paragraph: read}}
}

/** The cells of a block's table rows closed by a pipe (a cell the copy cut off has none), each with its text and where it starts in the block. */
function closedCells(block: Block): Array<{text: string; start: number}> {
  const cells: Array<{text: string; start: number}> = []
  let from = block.text.indexOf('|') + 1
  for (let pipe = block.text.indexOf('|', from); pipe !== -1; pipe = block.text.indexOf('|', from)) {
    cells.push({text: block.text.slice(from, pipe), start: from})
    from = pipe + 1
  }
  return cells
}
