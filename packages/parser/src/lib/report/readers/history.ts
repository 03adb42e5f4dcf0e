import type {FindingKind, HistoricalFinding} from '@scrutiny/schema'
import type {ReaderFactory} from '../context.js'
import {historyHeadingKind, historyLeadInKind, isLeadIn, progressStatusIn, restatedFindingIn} from '../patterns.js'

/**
 * Earlier findings restated: a lead-in naming an earlier inspection ("In 2017, we identified three
 * areas for improvement: –") makes the items after it history, as does a sentence restating one in
 * prose ("… had an area for improvement in our 2017 effectiveness inspection. This was that …");
 * a paragraph that opens with "This was that" may be named by the one before it ("we identified six
 * causes of concern. One of them was about …"), and so may a heading the items follow ("Last year’s
 * areas for improvement"); the paragraph after them gives their status ("The force has addressed …", or after "We assessed
 * progress on …", what was found).
 */
export const history: ReaderFactory = () => {
  let group: {kind: FindingKind; items: HistoricalFinding[]} | undefined
  // The paragraph before, which may name the finding that this one restates.
  let previous = ''
  // A heading over an earlier inspection's findings ("Last year’s areas for improvement"): the items of its section are history.
  let underHistoryHeading: FindingKind | undefined
  return {
    enter: {
      heading(block) {
        underHistoryHeading = historyHeadingKind(block.text)
      },
      section() {
        group = underHistoryHeading ? {kind: underHistoryHeading, items: []} : undefined
        underHistoryHeading = undefined
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
