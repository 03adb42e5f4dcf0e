import type {FindingKind, HistoricalFinding} from '@scrutiny/schema'
import type {ReaderFactory} from '../context.js'
import {historyLeadInKind, isLeadIn, isProgressStatus} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

/**
 * Earlier findings restated: a lead-in naming an earlier inspection ("In 2017, we identified three
 * areas for improvement: –") makes the items after it history, and a status line after them
 * ("The force has addressed …") their status.
 */
export const history: ReaderFactory = () => {
  let group: {kind: FindingKind; items: HistoricalFinding[]} | undefined
  return {
    enter: {
      section() {
        group = undefined
      },
      paragraph(block) {
        if (!group && !isLeadIn(block.text.trimEnd())) return false
        const text = block.text.trim()
        if (group) {
          const first = sentenceSpans(text)[0]
          const status = first && text.slice(first.start, first.end)
          if (status && isProgressStatus(status)) for (const item of group.items) item.status = status
          group = undefined
        }
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
