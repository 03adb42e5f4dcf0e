import type {ReaderFactory} from '../context.js'
import {gradeLabelValue} from '../patterns.js'

/**
 * A bare grade label ("Good", "Requires improvement") as a heading or a line grades the question
 * or section it sits under; a table row whose last cell is a grade grades the area in its first.
 */
export const gradeLabels: ReaderFactory = () => {
  return {
    enter: {
      heading: (block, context) => label(block.text, block.position, context),
      paragraph: (block, context) => label(block.text, block.position, context),
      row(block, context) {
        const cells = block.cells ?? []
        const grade = cells.length >= 2 ? gradeLabelValue(cells.at(-1)!) : undefined
        if (!grade || !cells[0]) return false
        context.grade({subject: 'the force', grade, area: cells[0]}, block.text, block.position)
        return true
      }
    }
  }
}

function label(text: string, position: import('unist').Position, context: import('../context.js').ReadContext): boolean {
  const grade = gradeLabelValue(text.trim())
  if (!grade) return false
  context.grade({subject: 'the force', grade}, text.trim(), position)
  return true
}
