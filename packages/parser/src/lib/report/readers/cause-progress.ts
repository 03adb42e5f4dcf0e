import type {ReaderFactory} from '../context.js'
import {progressNote} from '../progress.js'
import {sentenceSpans} from '../sentences.js'

const mentionsCause = /cause of concern/i

/**
 * Sentences stating what became of a cause of concern ("… resulted in the closure of the
 * accelerated cause of concern about the mobilisation system", "This cause of concern remains
 * open."), noted for the restated cause they are about. Reads nothing away from the other readers.
 */
export const causeProgress: ReaderFactory = () => ({
  triggers: ['concern'],
  enter: {
    // Runs only on blocks saying "concern" (its trigger): most paragraphs never reach the phrase.
    paragraph(block, context) {
      if (!mentionsCause.test(block.text)) return false
      for (const span of sentenceSpans(block.text)) {
        // Offsets as the causes' positions give them, so "the last cause before" compares like with like.
        const offset = context.spanPosition(block, span.start, span.end).start.offset ?? 0
        const note = progressNote(block.text.slice(span.start, span.end), offset)
        if (note) context.progress(note)
      }
      return false
    }
  }
})
