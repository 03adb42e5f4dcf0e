import type {FindingKind, HistoricalFinding} from '@scrutiny/schema'
import type {Position} from 'unist'
import type {ReadContext, ReaderFactory} from '../context.js'
import {historyHeadingKind, historyLeadInKind, isLeadIn, progressStatusIn, restatedFindingIn, saysStillOpen} from '../patterns.js'

/** An earlier area for improvement listed after a lead-in, held until the paragraph after the list says whether it is still open. */
interface Held {
  text: string
  position: Position
  number: string | undefined
}

/**
 * Earlier findings restated: a lead-in naming an earlier inspection ("In 2017, we identified three
 * areas for improvement: –") makes the items after it history, as does a sentence restating one in
 * prose ("… had an area for improvement in our 2017 effectiveness inspection. This was that …");
 * a paragraph that opens with "This was that" may be named by the one before it ("we identified six
 * causes of concern. One of them was about …"), and so may a heading the items follow ("Last year’s
 * areas for improvement"); the paragraph after them gives their status ("The force has addressed …", or after "We assessed
 * progress on …", what was found). An area for improvement carried over whose status says it is
 * still open ("This area of improvement has not been discharged.") is this report's too: PEEL
 * pages carry such judgments over, so it is read as a finding, not history.
 */
export const history: ReaderFactory = () => {
  let group: {kind: FindingKind; items: HistoricalFinding[]; held?: Held[]} | undefined
  /** File the held items: as findings when still open, else as history with their status. */
  const close = (context: ReadContext, status?: string) => {
    if (!group?.held) return
    const open = status !== undefined && saysStillOpen(status)
    for (const item of group.held) {
      if (open) context.finding(group.kind, item.text, item.position, item.number === undefined ? {} : {number: item.number})
      else group.items.push(context.history(group.kind, item.text, item.position, item.number))
    }
    group.held = undefined
  }
  // The paragraph before, which may name the finding that this one restates.
  let previous = ''
  // The paragraph right before the block being read ('' after an item or a heading), which may name the findings a box heading then lists.
  let justBefore = ''
  // A heading over an earlier inspection's findings ("Last year’s areas for improvement"): the items of its section are history.
  let underHistoryHeading: FindingKind | undefined
  return {
    enter: {
      heading(block) {
        underHistoryHeading = historyHeadingKind(block.text, justBefore)
        justBefore = ''
      },
      section(_section, _block, context) {
        close(context)
        group = underHistoryHeading ? {kind: underHistoryHeading, items: []} : undefined
        underHistoryHeading = undefined
        previous = ''
      },
      paragraph(block, context) {
        const text = block.text.trim()
        const before = previous
        previous = text
        justBefore = text
        if (group) {
          const status = progressStatusIn(text)
          close(context, status)
          if (status) for (const item of group.items) item.status = status
          group = undefined
        }
        const restated = restatedFindingIn(block.text, before)
        if (restated) {
          const item = context.history(restated.kind, block.text.slice(restated.start, restated.end), context.spanPosition(block, restated.start, restated.end))
          group = {kind: restated.kind, items: [item]}
          // The paragraph stays prose for the other readers: only the quoted finding is history.
          return false
        }
        if (!isLeadIn(text)) return false
        const kind = historyLeadInKind(text)
        if (!kind) return false
        group = {kind, items: [], ...(kind === 'area-for-improvement' ? {held: []} : {})}
        return true
      },
      item(block, context) {
        justBefore = ''
        if (!group) return false
        if (group.held) group.held.push({text: block.text, position: block.position, number: block.number})
        else group.items.push(context.history(group.kind, block.text, block.position, block.number))
        return true
      }
    },
    exit: {
      document(context) {
        close(context)
      }
    }
  }
}
