import type {GradeValue} from '@scrutiny/schema'
import type {List} from 'mdast'
import type {Position} from 'unist'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {gradeLabelValue} from '../patterns.js'

const maxAreaItemLength = 100
const sentenceInside = /[.!?;:]\s/

/**
 * A bare grade label ("Good", "Requires improvement") as a heading or a line grades the question
 * or section it sits under; when a list follows it, the label is given once for the areas listed
 * ("Outstanding" • Investigating crime • Treatment of the public), and grades each item instead. A
 * table row whose last cell is a grade grades the area in its first.
 */
export const gradeLabels: ReaderFactory = () => {
  let pending: {grade: GradeValue; text: string; position: Position; area: string | undefined} | undefined
  let listed: {grade: GradeValue; list: List | undefined} | undefined

  const flush = (context: ReadContext) => {
    if (pending) context.grade({subject: 'the force', grade: pending.grade, ...(pending.area ? {area: pending.area} : {})}, pending.text, pending.position)
    pending = undefined
  }
  const label = (block: Block, context: ReadContext): boolean => {
    const text = block.text.trim()
    const grade = gradeLabelValue(text)
    flush(context)
    listed = undefined
    if (!grade) return false
    pending = {grade, text, position: block.position, area: context.question ?? context.sections.at(-1)?.text}
    return true
  }

  return {
    enter: {
      heading: label,
      paragraph: label,
      item(block, context) {
        const text = block.text.trim()
        const area = text.length <= maxAreaItemLength && !sentenceInside.test(text)
        const grade = pending?.grade ?? (listed && listed.list === block.list ? listed.grade : undefined)
        if (!area || grade === undefined) {
          flush(context)
          listed = undefined
          return false
        }
        pending = undefined
        listed = {grade, list: block.list}
        context.grade({subject: 'the force', grade, area: text.replace(/[;,.]$/, '')}, text, block.position)
        return true
      },
      row(block, context) {
        flush(context)
        listed = undefined
        const cells = block.cells ?? []
        const grade = cells.length >= 2 ? gradeLabelValue(cells.at(-1)!) : undefined
        if (!grade || !cells[0]) return false
        context.grade({subject: 'the force', grade, area: cells[0]}, block.text, block.position)
        return true
      }
    },
    exit: {
      document: flush
    }
  }
}
