import type {GradeValue} from '@scrutiny/schema'
import type {ReaderFactory} from '../context.js'
import {countOf, countWords, gradeGroup, gradedAreaList, gradeOfGroup, mayNameGroup, namesGradedArea, whereJudged} from '../grade-clauses.js'
import {areaList} from '../framework-areas.js'
import {trimTrailingPunctuation} from '../grades.js'
import {gradeValue, mentionsGrade, quotedGrade, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'
import type {ReadContext} from '../context.js'
import {namesSubject} from '../subjects.js'

// "HMICFRS said the ‘inadequate’ areas included how the force protects vulnerable people and how it
// investigates crime", "the areas graded as good were …", "the areas requiring improvement are …",
// "Under the ‘adequate’ grade was: A; B; C": a news release names the areas of one grade after a
// group the grade names (`gradeGroup`), its verb, and a colon if any.
// "Three areas graded as requiring improvement are A, B, and C" (opening a sentence): a count, read
// only when the areas named are as many.
// "The report details two areas that were graded as ‘requires improvement’, namely A and B": a
// count after a verb, and the areas after "namely" (all of them) or "including" (some of them).
// "The other two ‘outstanding’ ratings were for A and B": the grade nouns, the areas they were for,
// and "other" before a count (the rest of a grade a sentence before began).
const namedAreas = new RegExp(
  String.raw`(?:\bthe (?:other )?|^|(?<=\s)(?=(?:\d{1,2}|${countWords.join('|')}) ))(?:(?<count>\d{1,2}|${countWords.join('|')}) )?(${gradeGroup})(?:\s+(?:included|include|includes|(?:were|are|was|is)(?: for)?)(?:\s*:)?|\s*:|,?\s+(?:namely|(?<some>including|such as)),?)\s+(\S.*)$`,
  'i'
)
// "… and ‘inadequate’ in one area – responding to the public.", "‘adequate’ in two areas: A and
// B": a count whose areas a dash or a colon names. Read only when the areas named are as many as
// the count says.
// "‘required improvement’ in three others – A, B and C": the past tense, and "others" for "areas".
const countedThenNamed = new RegExp(
  String.raw`(?:${quotedGrade}|['‘"“]?(requir(?:ed|ing)) improvement['’"”]?) in (\d{1,2}|${countWords.join('|')}) (?:other )?(?:areas?|others)(?:\s*[–—:]\s*|\s+-\s+)([^\s–—;:][^–—;:]*)$`,
  'i'
)
// Areas written as clauses ("how the force protects …", "its response to …") are cut where the
// next one starts; areas written as names are cut by the framework's names (`areaList`).
const clauseSeparator = /,\s*(?:and\s+)?(?=how\s|its\s|the way\s)|(?<!\s)\s+and\s+(?=how\s|its\s|the way\s)/i
const maxSentenceLength = 400
const areaWord = /area/i
const counts = String.raw`\d{1,2}|${countWords.join('|')}`
// "These include an ‘inadequate’ rating for how the force responds to the public, and two ‘requires
// improvement’ ratings for A and B", "an outstanding grading for our response to major incidents":
// grades as nouns, each with its count and the areas it is for. A grade word before the noun is a
// grade only with an article or a count before it ("the ‘inadequate’ rating" refers back to one).
const countedGradeNoun = new RegExp(String.raw`(?:^|[\s,(])(an?|${counts})\s+${quotedGrade}\s+(?:grades?|gradings?|ratings?|judge?ments?)\s+(?:for|in|at)\s+`, 'gi')
const quoted = /['‘"“]/
const gradeNoun = /\b(?:grades?|gradings?|ratings?|judge?ments?)\b/i
// On a whole block the engine skips to a plain literal faster than it tries `gradeNoun` at every word
// boundary, and one pattern for two words beats two substring searches of a block with curly quotes.
const gradeNounStem = /grad|rating|judg/i
const mayNameGradeNoun = (text: string): boolean => gradeNounStem.test(text) && gradeNoun.test(text)
const othersOrIncluding = /others|including/
const hypothetical = /\b(?:would|could|should|might|needs?|hopes?|aims?|wants?|expects?)\b/i
// Where the areas of one such noun end: the next counted noun ("…, and two ‘requires improvement’
// ratings"), or a verb of the sentence ("an outstanding grading for our response to major incidents is fantastic").
// Matched from a comma or the first character of a whitespace run only (the lookbehind): linear on long runs.
const nextCountedNoun = new RegExp(String.raw`(?:,|(?<![,\s]))\s+and\s+(?=(?:an?|${counts})\s+${quotedGrade}\s+(?:grades?|gradings?|ratings?|judge?ments?)\b)|[;:]|\s(?:is|are|was|were|has|have)\s`, 'i')
// "A grade of ‘Good’ has been awarded for two areas - A, and B": the grade, its count, and the areas the dash names.
const gradeOfAwarded = new RegExp(
  String.raw`\b(?:an?|the) (?:grade|grading|rating|judge?ment) of ${quotedGrade} (?:has been|have been|was|were|is) (?:awarded|given) (?:for|in) (${counts}) areas?(?:\s*[–—:]\s*|\s+-\s+)([^\s–—;:][^–—;:]*)$`,
  'i'
)
// "found the force was adequate in four areas but required improvement in six, including how the
// force protected vulnerable people and managed offenders": a count of grades, and some of its
// areas after "including" (no more than the count).
// So is "rated as ‘requires improvement’ in key areas including A and B": areas the sentence does not count.
const countedIncluding = new RegExp(String.raw`(?:${quotedGrade}|\b(requir(?:es|ed|ing)) improvement) (?:in|across) (?:(${counts})(?: (?:(?:other|key) )?(?:areas?|questions?))?|(?:other |key ){1,2}areas),? including ([^;:]+)$`, 'i')
// A sentence about several bodies or the nation ("three forces were rated …", "the national average")
// counts their grades, not the page's.
// Lower case: the inspectorate’s name ("… Fire and Rescue Services") counts no bodies.
const otherBodies = /\b(?:forces|services|brigades|constabularies|nationally|national average)\b/
const capitalisedRun = /[\p{Lu}][\p{L}'’&-]*(?:\s+(?:(?:and|of|&)\s+)?[\p{Lu}][\p{L}'’&-]*)*/gu

/**
 * Areas of one grade named after it ("the ‘inadequate’ areas included A and B"): each area is
 * graded, and only when every piece names something HMICFRS grades; otherwise nothing is read.
 */
export const gradeNamedAreas: ReaderFactory = () => ({
  // No triggers: its forms need eight words, and searching for them all in every block cost more
  // than the literal tests below, which stop at the first word found.
  enter: {
    paragraph(block, context) {
      // Every such sentence says "area", "others", "including" or a grade noun: substring searches rule most
      // blocks out before the sentences are split.
      const text = block.text
      // The grade readers before this one asked `mentionsGrade` of this block: its answer is remembered, so it goes first.
      if (!mentionsGrade(text) || !(mayNameGroup(text) || othersOrIncluding.test(text) || mayNameGradeNoun(text))) return
      for (const span of sentenceSpans(text)) {
        const sentence = text.slice(span.start, span.end)
        if (sentence.length > maxSentenceLength) continue
        // Each form names its own word ("area", "others", a grade noun, "including"): literal tests rule
        // out most sentences before the earlier-inspection test and the patterns run.
        const namesAreas = areaWord.test(sentence) || sentence.includes('others')
        const namesGroup = namesAreas || mayNameGroup(sentence) || gradeNoun.test(sentence)
        if ((!namesGroup && !sentence.includes('including')) || saysEarlierInspection(sentence)) continue
        const named = (namesGroup ? namedAfter(sentence) : undefined) ?? (namesAreas ? namedAfterCount(sentence) : undefined)
        const reads = named ? [{...named, at: sentence.length}] : countedNouns(sentence)
        if (reads.length === 0 && namesAreas) {
          const one = oneOfAreas(sentence)
          if (one) reads.push(one)
        }
        if (reads.length === 0) continue
        const subject = subjectBefore(sentence.slice(0, reads[0]!.at), context)
        if (subject === null) continue
        const position = context.spanPosition(block, span.start, span.end)
        for (const read of reads) for (const area of read.areas) context.grade({subject, grade: read.grade, area: area.trim()}, sentence, position)
      }
    }
  }
})

// "Even after the improvement, fire prevention was one of seven areas the inspection judged to be
// “adequate”", "Investigating crime is one of the areas rated as inadequate": an area named as the
// subject, and the group of one grade it is one of. Bounded: the area is a phrase of at most 100
// characters, from the sentence's start or its last comma before the verb.
const oneOfGroup = new RegExp(
  String.raw`(?:^|,\s)([^\s,;:][^,;:]{1,98}[^\s,;:])\s(?:was|is)\s(?:one|another) of (?:the )?(?:(?:${counts}) )?(?:other )?areas (?:(?:that|which) )?(?:(?:the |its )?(?:inspection|inspectors|inspectorate|report|hmicfrs) )?(?:was |were )?(?:judged|rated|graded|assessed|found)(?: to be| as)? ${quotedGrade}(?![\p{L}])`,
  'iu'
)

/** "fire prevention was one of seven areas the inspection judged to be ‘adequate’": the area, when it is one HMICFRS grades, and the group's grade. */
function oneOfAreas(sentence: string): {grade: GradeValue; areas: string[]; at: number} | undefined {
  const match = oneOfGroup.exec(sentence)
  const grade = match && gradeValue(match[2]!)
  if (!grade) return undefined
  const area = match[1]!.trim()
  const at = match.index + match[0].indexOf(match[1]!)
  return namesGradedArea(area) ? {grade, areas: [area], at} : undefined
}

/** "the ‘inadequate’ areas included A and B", "the areas requiring improvement are A; B": the grade and its areas. */
function namedAfter(sentence: string): {grade: GradeValue; areas: string[]} | undefined {
  const match = namedAreas.exec(sentence)
  if (!match) return undefined
  const [, , group, , areas] = match
  const grade = gradeOfGroup(group!)
  const read = grade ? gradedAreas(grade, areas!) : undefined
  const count = match.groups?.['count']
  // A count must be as many as the areas read (no more after "including"): a list cut short or run on is not read.
  const fits = (areas: number) => count === undefined || (match.groups?.['some'] ? areas <= countOf(count) : areas === countOf(count))
  return read && fits(read.areas.length) ? read : undefined
}

/** "‘inadequate’ in one area – responding to the public": read when the dash names as many areas as the count. */
function namedAfterCount(sentence: string): {grade: GradeValue; areas: string[]} | undefined {
  const match = countedThenNamed.exec(sentence)
  const grade = match && (match[2] ? 'requires-improvement' : gradeValue(match[1]!))
  if (!grade) return undefined
  const read = gradedAreas(grade, match[4]!)
  const count = countOf(match[3]!)
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
  const areas = clauses.length > 1 || clauseStart.test(listed) ? clauses.flatMap((clause) => clauseAndName(clause)) : gradedAreaList(listed, true)
  // A list cut by semicolons is a list whatever its pieces say: never one area.
  if (areas.length === 1 && listed.includes(';')) return semicolonListed(grade, listed)
  // One area printed with commas is a list the framework's names did not cut.
  const cut = areas.length === 1 && listed.includes(',') ? commaListed(grade, listed) : undefined
  if (cut) return cut
  return areas.every((area) => namesGradedArea(area)) ? {grade, areas} : undefined
}

const semicolonThenAnd = /;\s*(?:and\s+)?/

/**
 * "recording data about crime; police powers and public treatment; …; managing orders; developing a
 * positive workplace and leadership & force management": semicolons cut a list as bullets do, so
 * each piece naming a graded area is read and a piece that names none (a misprint, a sub-topic) is
 * skipped, as an item of a list is; at least two pieces must name one.
 */
function semicolonListed(grade: GradeValue, listed: string): {grade: GradeValue; areas: string[]} | undefined {
  const areas = listed.split(semicolonThenAnd).flatMap((piece) => gradedAreaList(piece.trim(), true)).filter((area) => namesGradedArea(area))
  return areas.length >= 2 ? {grade, areas} : undefined
}

// "A, B, C, and building and developing its workforce": a comma (with "and" after the last) cuts a
// list whose pieces the framework's names do not all match as printed (a page's own wording).
const commaThenAnd = /,\s*(?:and\s+)?/

/** The areas of a list cut at its commas, each piece cut again by the framework's names, when every piece names a graded area. */
function commaListed(grade: GradeValue, listed: string): {grade: GradeValue; areas: string[]} | undefined {
  const pieces = listed.split(commaThenAnd)
  if (pieces.length < 2) return undefined
  const areas = pieces.flatMap((piece) => areaList(piece))
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

/**
 * Grades as counted nouns and the areas they are for ("an ‘inadequate’ rating for A, and two
 * ‘requires improvement’ ratings for B and C", "a grade of ‘Good’ has been awarded for two areas -
 * A, and B", "required improvement in six, including A and B"), read only when the areas are as
 * many as the count says (no more, after "including") and the sentence names no other body.
 */
function countedNouns(sentence: string): Array<{grade: GradeValue; areas: string[]; at: number}> {
  const reads: Array<{grade: GradeValue; areas: string[]; at: number}> = []
  // Each form names its own word (a grade noun, "awarded", "including"): one test each before its pattern runs.
  countedGradeNoun.lastIndex = 0
  for (let match = gradeNoun.test(sentence) ? countedGradeNoun.exec(sentence) : null; match; match = countedGradeNoun.exec(sentence)) {
    // "a good rating" unquoted may be praise; "would need a ‘good’ rating for" is a hope, not a grade.
    if ((match[2]!.toLowerCase() === 'good' && !quoted.test(match[0])) || hypothetical.test(sentence.slice(0, match.index))) continue
    const rest = sentence.slice(match.index + match[0].length)
    const stop = nextCountedNoun.exec(rest)
    const read = gradedAreas(gradeValue(match[2]!)!, stop ? rest.slice(0, stop.index) : rest)
    if (read && read.areas.length === countOf(match[1]!)) reads.push({...read, at: match.index})
  }
  const awarded = reads.length === 0 && (sentence.includes('awarded') || sentence.includes('given')) ? gradeOfAwarded.exec(sentence) : null
  if (awarded) {
    const read = gradedAreas(gradeValue(awarded[1]!)!, awarded[3]!)
    if (read && read.areas.length === countOf(awarded[2]!)) reads.push({...read, at: awarded.index})
  }
  const countedGraded = reads.length === 0 && sentence.includes(' as ') ? countedAs(sentence) : undefined
  if (countedGraded) reads.push(countedGraded)
  const including = reads.length === 0 && sentence.includes('including') ? countedIncluding.exec(sentence) : null
  if (including) {
    const read = gradedAreas(including[2] ? 'requires-improvement' : gradeValue(including[1]!)!, including[4]!.replace(whereJudged, ''))
    if (read && (including[3] === undefined || read.areas.length <= countOf(including[3]))) reads.push({...read, at: including.index})
  }
  return reads
}

// "It graded a number of areas as adequate including, A, B and C", "rated three areas as ‘requiring
// improvement’: A, B and C": the inspectorate's verb, a count of areas, their grade, and the areas
// after a colon or dash or "namely" (all of them) or "including" (some of them).
const gradedCountAs = new RegExp(
  String.raw`\b(?:graded|rated|judged|assessed)\s+(?:(${counts})|a number of|several|some)\s+(?:other\s+|further\s+)?(?:areas|questions)\s+as\s+(?:${quotedGrade}|['‘"“]?(requir(?:ed|ing)) improvement['’"”]?)(?:\s*[–—:]\s*|\s+-\s+|,?\s+(?:namely|(including|such as)),?\s+)([^\s–—;:][^–—;:]*)$`,
  'i'
)

/** "graded a number of areas as adequate including A and B": the areas, no more than a count says, all of them after "namely" or a colon. */
function countedAs(sentence: string): {grade: GradeValue; areas: string[]; at: number} | undefined {
  const match = gradedCountAs.exec(sentence)
  if (!match) return undefined
  const [, count, word, requiring, some, listed] = match
  const read = gradedAreas(requiring ? 'requires-improvement' : gradeValue(word!)!, listed!.replace(whereJudged, ''))
  if (!read) return undefined
  const fits = count === undefined ? some !== undefined || read.areas.length > 1 : some ? read.areas.length <= countOf(count) : read.areas.length === countOf(count)
  return fits ? {...read, at: match.index} : undefined
}

/**
 * Whose grades a sentence gives, from the text before them: `null` when it speaks of other bodies
 * or names a force or service other than the page's, the name when the page has not named its own
 * yet (the final pass tells whether it is the page's), else the page's own ("the force").
 */
function subjectBefore(text: string, context: ReadContext): string | null {
  if (otherBodies.test(text)) return null
  let named: string | undefined
  for (const [name] of text.matchAll(capitalisedRun)) {
    const subject = context.resolve(name)
    if (!subject || !namesSubject(subject)) continue
    if (context.subject ? subject.referenceId !== context.subject.referenceId : named !== undefined && named !== subject.name) return null
    named = subject.name
  }
  return context.subject || named === undefined ? 'the force' : named
}
