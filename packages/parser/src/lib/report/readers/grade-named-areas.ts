import type {GradeValue} from '@scrutiny/schema'
import type {ReaderFactory} from '../context.js'
import {countWords, namesGradedArea} from '../grade-clauses.js'
import {areaList} from '../framework-areas.js'
import {trimTrailingPunctuation} from '../grades.js'
import {gradeValue, mentionsGrade, quotedGrade, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

// "HMICFRS said the ‘inadequate’ areas included how the force protects vulnerable people and how it
// investigates crime", "the areas graded as good were …": a news release names some areas of one
// grade. The grade word qualifies "areas"; the areas follow the verb.
// "the areas requiring improvement are …", "the areas that require improvement were …" say the grade as a verb.
const namedAreas = new RegExp(
  String.raw`\bthe (?:${quotedGrade} areas?|areas? (?:graded|rated|judged)(?: as)? ${quotedGrade}|areas? (?:requiring|(?:that|which) requires?) (improvement)) (?:included|include|includes|were|are|was|is)\s+(\S.*)$`,
  'i'
)
// "… and ‘inadequate’ in one area – responding to the public.", "‘adequate’ in two areas: A and
// B": a count whose areas a dash or a colon names. Read only when the areas named are as many as
// the count says.
const countedThenNamed = new RegExp(String.raw`${quotedGrade} in (\d{1,2}|${countWords.join('|')}) areas?(?:\s*[–—:]\s*|\s+-\s+)([^\s–—;:][^–—;:]*)$`, 'i')
// Areas written as clauses ("how the force protects …", "its response to …") are cut where the
// next one starts; areas written as names are cut by the framework's names (`areaList`).
const clauseSeparator = /,\s*(?:and\s+)?(?=how\s|its\s|the way\s)|(?<!\s)\s+and\s+(?=how\s|its\s|the way\s)/i
const maxSentenceLength = 400
const areaWord = /area/i

/**
 * Areas of one grade named after it ("the ‘inadequate’ areas included A and B"): each area is
 * graded, and only when every piece names something HMICFRS grades; otherwise nothing is read.
 */
export const gradeNamedAreas: ReaderFactory = () => ({
  triggers: ['area'],
  enter: {
    paragraph(block, context) {
      // Every such sentence says "area": a substring search rules most blocks out before the sentences are split.
      if (!block.text.includes('area') || !mentionsGrade(block.text)) return
      for (const span of sentenceSpans(block.text)) {
        const sentence = block.text.slice(span.start, span.end)
        // Both patterns name "area" (in any case): one literal scan rules out the other sentences
        // before the earlier-inspection test and the patterns run.
        if (sentence.length > maxSentenceLength || !areaWord.test(sentence)) continue
        if (saysEarlierInspection(sentence)) continue
        const read = namedAfter(sentence) ?? namedAfterCount(sentence)
        if (!read) continue
        const position = context.spanPosition(block, span.start, span.end)
        for (const area of read.areas) context.grade({subject: 'the force', grade: read.grade, area: area.trim()}, sentence, position)
      }
    }
  }
})

/** "the ‘inadequate’ areas included A and B", "the areas requiring improvement are A; B": the grade and its areas. */
function namedAfter(sentence: string): {grade: GradeValue; areas: string[]} | undefined {
  const match = namedAreas.exec(sentence)
  const grade = match && (match[3] ? 'requires-improvement' : gradeValue(match[1] ?? match[2]!))
  return grade ? gradedAreas(grade, match[4]!) : undefined
}

/** "‘inadequate’ in one area – responding to the public": read when the dash names as many areas as the count. */
function namedAfterCount(sentence: string): {grade: GradeValue; areas: string[]} | undefined {
  const match = countedThenNamed.exec(sentence)
  const grade = match && gradeValue(match[1]!)
  if (!grade) return undefined
  const read = gradedAreas(grade, match[3]!)
  const count = /\d/.test(match[2]!) ? Number(match[2]) : countWords.indexOf(match[2]!.toLowerCase()) + 1
  return read && read.areas.length === count ? read : undefined
}

// "how the force responds to the public and use of resources": after a clause, "and" followed by a
// noun phrase (not a verb of the clause, "and protects …", nor its object, "and its workforce")
// starts the next area of the list.
const clauseThenName = /(?<!\s)\s+and\s+(?!(?:its|their|the|a|an|how|it|they)\b)(?=[a-z-]*[a-rt-z-]\b)/
const clauseStart = /^(?:how|the way|its)\s/i

/** The areas of a list, when every piece names something HMICFRS grades. */
function gradedAreas(grade: GradeValue, text: string): {grade: GradeValue; areas: string[]} | undefined {
  const listed = trimTrailingPunctuation(text)
  const clauses = listed.split(clauseSeparator)
  const areas = clauses.length > 1 || clauseStart.test(listed) ? clauses.flatMap((clause) => clauseAndName(clause)) : areaList(listed)
  return areas.every((area) => namesGradedArea(area)) ? {grade, areas} : undefined
}

/** A clause and the area named after it ("how the force responds to the public" and "use of resources"), when both are graded ones. */
function clauseAndName(clause: string): string[] {
  if (!clauseStart.test(clause)) return [clause]
  const join = clauseThenName.exec(clause)
  if (!join) return [clause]
  const pieces = [clause.slice(0, join.index), clause.slice(join.index + join[0].length)]
  return pieces.every((piece) => namesGradedArea(piece)) ? pieces : [clause]
}
