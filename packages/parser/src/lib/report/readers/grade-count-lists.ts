import type {GradeValue, ReportSubject} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReaderFactory, ReadContext} from '../context.js'
import {areaList, frameworkAreaByWords, isFrameworkArea} from '../framework-areas.js'
import {countOf, countWords} from '../grade-clauses.js'
import {trimTrailingPunctuation} from '../grades.js'
import {gradeValue, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'
import {namesSubject} from '../subjects.js'

// News copy counts a grade's areas in one sentence and names them in the next: "Staffordshire
// Police, which has been deemed inadequate in three areas." then "The police inspectorate said the
// force needed to improve how it investigates crime, manages offenders and suspects, and responds to
// the public."; "… an inspection found five areas where the force was “inadequate”." then "These
// included responding to the public, investigating crime and protecting vulnerable people."; "rated
// … good in five areas and requiring improvement in another six." then "Areas that need to be
// improved include preventing fires, making best use of resources, …". The count gives the grade;
// the list, every piece of it an area a framework grades and no more of them than the count, gives
// the areas.

const gradeWord = String.raw`outstanding|good|adequate|inadequate|requir(?:es|ed|ing) improvement`
const count = String.raw`\d{1,2}|${countWords.join('|')}`
// "inadequate in three areas", "requiring improvement in another six", "‘good’ in two of its areas".
const gradeInCount = new RegExp(
  String.raw`\b(${gradeWord})['’"”]?\s+in\s+(?:another\s+|a further\s+|the other\s+)?(${count})\b(?:\s+(?:other|more|key|of|its|the|\d{1,2}|${countWords.join('|')})\b)*(?:\s+areas?\b|\s*(?:[.,;]|$))`,
  'gi'
)
// "five areas where the force was “inadequate”".
const countWhereGrade = new RegExp(
  String.raw`\b(${count})\s+(?:key\s+)?areas\s+(?:where|in which)\s+(?:the\s+(?:force|service|brigade|constabulary)|it)\s+(?:was|is|were|had been)\s+(?:rated\s+|judged\s+|found\s+)?['‘"“]?(${gradeWord})\b`,
  'gi'
)
const areasWord = /areas/i
// "These included A, B and C", "They were A and B": the areas the count before them counts.
const theseWere = /^(?:these|they|those)(?:\s+areas)?\s+(?:included|include|includes|were|are)\s*:?\s+/i
// "Areas that need to be improved include A, B and C", "… said the force needed to improve how it A,
// B and C", "… the service must improve its A and B": the areas of the count's low grade.
const toImprove =
  /^(?:the\s+)?areas\s+(?:that|which)\s+(?:need|needs|needed)\s+to\s+be\s+improved\s+(?:include|included|includes|are|were)\s*:?\s+|\b(?:said|found|says|concluded)\s+(?:that\s+)?(?:the\s+(?:force|service|brigade|constabulary)|it)\s+(?:needed|needs|must)\s+(?:to\s+)?improve\s+/i
const lowGrades: ReadonlySet<GradeValue> = new Set(['requires-improvement', 'inadequate'])
// Both count patterns need a grade word, each of which holds one of these stems: a block or sentence
// without any is passed over with a literal search instead of two patterns tried at every word (this
// reader took a seventh of the plain-text path before; the output is the same).
// One search, case-insensitive as the patterns are, from where a sentence starts in its block: no
// lower-cased copy of the block and of each sentence.
const gradeStem = /good|adequate|outstanding|requir/gi
const mayCountGrades = (text: string, start = 0, end = text.length): boolean => {
  gradeStem.lastIndex = start
  const stem = gradeStem.exec(text)
  return stem !== null && stem.index + stem[0].length <= end
}
// A count is read for the next four sentences at most (a quote or a sentence on the good areas may come between).
const sentencesAhead = 4

interface Counted {
  grade: GradeValue
  count: number
}

interface Pending {
  counted: Counted[]
  /** Whose areas: a body the count's sentence names, or the page's own. */
  subject: ReportSubject | undefined
  left: number
}

// A name as news prints it: capitalised words, with "and", "of" or "&" between ("Devon and Cornwall Police").
const printedName = /[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:and|of|&)\s+)?[\p{Lu}][\p{L}'’.-]*)*/gu

/** The first body a sentence names, or the page's own subject. */
function subjectOf(sentence: string, context: ReadContext): ReportSubject | undefined {
  for (const match of sentence.matchAll(printedName)) {
    const subject = match[0].includes(' ') ? context.resolve(match[0]) : undefined
    if (subject && namesSubject(subject)) return subject
  }
  return context.subject
}

/** The grades a sentence counts, each with its count ("inadequate in three areas"). */
function countedGrades(sentence: string): Counted[] {
  const found: Counted[] = []
  // `exec` in a loop, as `matchAll` would read, without the copy of the pattern `matchAll` makes each call.
  gradeInCount.lastIndex = 0
  for (let match = gradeInCount.exec(sentence); match; match = gradeInCount.exec(sentence)) found.push({grade: gradeOf(match[1]!), count: countOf(match[2]!)})
  // "… areas where …" holds the word: a literal search rules out most sentences first.
  if (!areasWord.test(sentence)) return found.filter((counted) => counted.count > 0)
  countWhereGrade.lastIndex = 0
  for (let match = countWhereGrade.exec(sentence); match; match = countWhereGrade.exec(sentence)) found.push({grade: gradeOf(match[2]!), count: countOf(match[1]!)})
  return found.filter((counted) => counted.count > 0)
}

function gradeOf(word: string): GradeValue {
  return gradeValue(word.replace(/^requir\w+/i, 'requires')) ?? 'requires-improvement'
}

/** The framework areas a list names, or nothing when one piece is not one. */
function listedAreas(text: string): string[] | undefined {
  const pieces = areaList(trimTrailingPunctuation(text).trim())
  const areas = pieces.map((piece) => (isFrameworkArea(piece) ? piece : frameworkAreaByWords(piece) ? piece : undefined))
  return areas.every((area) => area !== undefined) ? (areas as string[]) : undefined
}

/** A count of one grade's areas in one sentence, then the areas themselves in the next. */
export const gradeCountLists: ReaderFactory = () => {
  let pending: Pending | undefined
  const read = (block: Block, context: ReadContext) => {
    if (!pending && !mayCountGrades(block.text)) return
    for (const span of sentenceSpans(block.text)) {
      const sentence = block.text.slice(span.start, span.end).trim()
      const counted = pending ? follow(sentence, pending, block, span, context) : false
      if (pending && (counted || --pending.left <= 0)) pending = undefined
      const counts = mayCountGrades(block.text, span.start, span.end) ? countedGrades(sentence) : []
      if (counts.length > 0 && !saysEarlierInspection(sentence)) pending = {counted: counts, subject: subjectOf(sentence, context), left: sentencesAhead}
    }
  }
  return {
    enter: {
      paragraph(block, context) {
        read(block, context)
      },
      heading() {
        pending = undefined
      }
    }
  }
}

/** Grade the areas a sentence lists after a count: true when it did. */
function follow(sentence: string, {counted, subject}: Pending, block: Block, span: {start: number; end: number}, context: ReadContext): boolean {
  if (!subject) return false
  let grade: GradeValue | undefined
  let list: string | undefined
  const these = theseWere.exec(sentence)
  if (these && counted.length === 1) {
    grade = counted[0]!.grade
    list = sentence.slice(these[0].length)
  }
  const improve = these ? null : toImprove.exec(sentence)
  const low = counted.filter((one) => lowGrades.has(one.grade))
  if (improve && low.length === 1) {
    grade = low[0]!.grade
    list = sentence.slice(improve.index + improve[0].length)
  }
  if (!grade || list === undefined) return false
  const limit = counted.find((one) => one.grade === grade)!.count
  const areas = listedAreas(list)
  if (!areas || areas.length > limit) return false
  const position = context.spanPosition(block, span.start, span.end)
  for (const area of areas) context.grade({subject: subject.name, grade, area}, sentence, position)
  return true
}
