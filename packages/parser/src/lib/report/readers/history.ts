import type {FindingKind, HistoricalFinding} from '@scrutiny/schema'
import type {ReaderFactory} from '../context.js'
import {historyLeadInKind, isLeadIn, progressStatusIn, restatedFindingIn} from '../patterns.js'

/**
 * Earlier findings restated: a lead-in naming an earlier inspection ("In 2017, we identified three
 * areas for improvement: –") makes the items after it history, as does a sentence restating one in
 * prose ("… had an area for improvement in our 2017 effectiveness inspection. This was that …");
 * a paragraph that opens with "This was that" may be named by the one before it ("we identified six
 * causes of concern. One of them was about …"); the paragraph after them gives their status ("The force has addressed …", or after "We assessed
 * progress on …", what was found).
 */
export const history: ReaderFactory = () => {
  let group: {kind: FindingKind; items: HistoricalFinding[]} | undefined
  // The paragraph before, which may name the finding that this one restates.
  let previous = ''
  return {
    enter: {
      section() {
        group = undefined
        previous = ''
      },
      paragraph(block, context) {
        const text = block.text.trim()
        const before = previous
        previous = text
        if (group) {
          const status = progressStatusIn(text)
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
        group = {kind, items: []}
        return true
      },
      item(block, context) {
        if (!group) return false
        group.items.push(context.history(group.kind, block.text, block.position, block.number))
        return true
      }
    }
  }
}
