import type {ReportSubject} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {gradeStatement} from '../grades.js'
import {mentionsGrade} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

const namedSubjectKinds = new Set(['force', 'rocu', 'fire-and-rescue-service', 'region'])

/**
 * Judgements written as sentences: "<subject> has been graded as ‘Adequate’ at <area>", "The extent
 * to which the force <area> is good", "<subject> is inadequate in the way it <area>". A paragraph
 * whose sentence grades a named force or unit makes it the subject of what follows.
 */
export const gradeSentences: ReaderFactory = () => ({
  enter: {
    paragraph(block, context) {
      const named = read(block, context)
      if (named && named.referenceId !== context.subject?.referenceId) context.nameSubject(named)
    },
    item(block, context) {
      read(block, context)
    }
  }
})

/** Read the grade sentences of a block; returns the first named subject. */
function read(block: Block, context: ReadContext): ReportSubject | undefined {
  if (!mentionsGrade.test(block.text)) return undefined
  let named: ReportSubject | undefined
  for (const span of sentenceSpans(block.text)) {
    const sentence = block.text.slice(span.start, span.end)
    const statement = gradeStatement(sentence)
    if (!statement) continue
    const subject = context.grade(statement, sentence, context.spanPosition(block, span.start, span.end))
    if (subject && namedSubjectKinds.has(subject.kind)) named ??= subject
  }
  return named
}
