import type {ReaderFactory} from '../context.js'
import {namesSubject} from '../subjects.js'

// "HMICFRS graded Gloucestershire Constabulary’s performance across 11 areas of policing and found
// the force was ‘good’ in four areas …": the headline of a news release counts grades. A count is
// not a grade, but the sentence names whose grades the release goes on to give.
const gradedPerformance = /\b(?:graded|assessed|inspected|rated) ([\p{Lu}][\p{L}&.\- ]{2,80}?)['’]s? performance\b/u
const maxHeadlineLength = 600

/** A news release's headline count ("graded <force>’s performance across 11 areas"): names the subject, grades nothing. */
export const gradeCounts: ReaderFactory = () => ({
  triggers: ['performance'],
  enter: {
    // Runs only on blocks saying "performance" (its trigger): few paragraphs speak of a force's performance.
    paragraph(block, context) {
      if (block.text.length > maxHeadlineLength) return
      const match = gradedPerformance.exec(block.text)
      const subject = match ? context.resolve(match[1]!) : undefined
      if (subject && namesSubject(subject) && subject.referenceId !== context.subject?.referenceId) context.nameSubject(subject)
    }
  }
})
