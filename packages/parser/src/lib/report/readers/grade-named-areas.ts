import type {ReaderFactory} from '../context.js'
import {namesGradedArea} from '../grade-clauses.js'
import {areaList} from '../framework-areas.js'
import {trimTrailingPunctuation} from '../grades.js'
import {gradeValue, mentionsGrade, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

// "HMICFRS said the ‘inadequate’ areas included how the force protects vulnerable people and how it
// investigates crime", "the areas graded as good were …": a news release names some areas of one
// grade. The grade word qualifies "areas"; the areas follow the verb.
const gradeWord = String.raw`['‘"“]?(outstanding|good|adequate|requires improvement|inadequate)['’"”]?`
const namedAreas = new RegExp(
  String.raw`\bthe (?:${gradeWord} areas?|areas? (?:graded|rated|judged)(?: as)? ${gradeWord}) (?:included|include|includes|were|are|was|is)\s+(\S.*)$`,
  'i'
)
// Areas written as clauses ("how the force protects …", "its response to …") are cut where the
// next one starts; areas written as names are cut by the framework's names (`areaList`).
const clauseSeparator = /,\s*(?:and\s+)?(?=how\s|its\s|the way\s)|(?<!\s)\s+and\s+(?=how\s|its\s|the way\s)/i
const maxSentenceLength = 400

/**
 * Areas of one grade named after it ("the ‘inadequate’ areas included A and B"): each area is
 * graded, and only when every piece names something HMICFRS grades; otherwise nothing is read.
 */
export const gradeNamedAreas: ReaderFactory = () => ({
  enter: {
    paragraph(block, context) {
      // Every such sentence says "area": a substring search rules most blocks out before the sentences are split.
      if (!block.text.includes('area') || !mentionsGrade(block.text)) return
      for (const span of sentenceSpans(block.text)) {
        const sentence = block.text.slice(span.start, span.end)
        if (sentence.length > maxSentenceLength) continue
        const match = namedAreas.exec(sentence)
        if (!match || saysEarlierInspection(sentence)) continue
        const grade = gradeValue(match[1] ?? match[2]!)
        if (!grade) continue
        const listed = trimTrailingPunctuation(match[3]!)
        const clauses = listed.split(clauseSeparator)
        const areas = clauses.length > 1 ? clauses : areaList(listed)
        if (!areas.every((area) => namesGradedArea(area))) continue
        const position = context.spanPosition(block, span.start, span.end)
        for (const area of areas) context.grade({subject: 'the force', grade, area: area.trim()}, sentence, position)
      }
    }
  }
})
