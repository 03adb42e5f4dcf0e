import type {GradeStatement} from './grades.js'
import {trimTrailingPunctuation} from './grades.js'
import {areaList} from './framework-areas.js'
import {areasListedAtEnd, countOf, countWords, exceptionWords, gradedAreaList, namesGradedArea, serialAreas} from './grade-clauses.js'
import {gradeValue, gradeWordAlternatives, quotedGrade, saysEarlierInspection} from './patterns.js'
import {isGenericSubject, isProperName} from './subjects.js'

// News prose grades in two sentences: one names the grade or the areas, the next refers back to
// them. "An additional grading has been included this year of ‘Adequate’." then "Thames Valley
// Police has received this grade in relation to A, B and C."; "… in efficiency these are A; B; and
// C." then "For all of these CFRS was given a rating of “requires improvement” apart from C which
// was rated as good." or "CFRS was rated as “requires improvement” for both."

/** Whether a text may refer back to a grade or to areas named before it: a substring test before the patterns run. */
export const mayReferBack = (text: string): boolean => referenceWord.test(text)
const referenceWord = /\b(?:this|that|same) (?:grade|grading|rating)\b|\bboth\b|\b(?:all|each) of (?:these|them|those)\b|\b(?:these|they|the areas?(?:['’]s)?(?: for improvement)?)\s+(?:were|are|included?|includes)\b/i

const sameGradeGiven = /\s(?:has|have|had|was|were)\s+(?:been\s+)?(?:received|given|awarded)\s+(?:this|that|the same)\s+(?:grade|grading|rating)\s+(?:in relation to|for|in|at)\s+/i
// The sentence before must name one grade as a grade: quoted, beside a noun for it.
const quotedGradeWord = new RegExp(String.raw`['‘"“](${gradeWordAlternatives})['’"”]`, 'gi')
const gradeNoun = /\b(?:grade|grading|rating)s?\b/i

const allOfThese = /^for (?:all|each|both) of (?:these|them|those),?\s+/i
const forBoth = /\s(?:for|in) both\s*[.!?]?$/i
// "… apart from responding to major and multi-agency incidents which was rated as good": the
// exception, the relative clause after its areas, and the grade that clause ends with.
const exceptionWord = new RegExp(String.raw`(?:,|(?<![,\s]))\s*${exceptionWords}\s`, 'i')
const exceptionRelative = /(?:,|(?<![,\s]))\s*(?:which|that)\s(?:was|were|is|are)\s/i
const exceptionGraded = new RegExp(String.raw`^(?:(?:rated|graded|judged|assessed)\s+)?(?:as\s+)?${quotedGrade}\s*[.!?]?$`, 'i')
// "CFRS was given a rating of “requires improvement”", "CFRS was rated as “requires improvement”".
const subjectJudged = new RegExp(String.raw`^(\S.{0,80}?)\s+(?:was|were|is|are|has been|have been)\s+(?:given an? (?:rating|grade|grading) of|rated(?: as)?|graded(?: as)?|judged(?: to be| as)?|assessed as)\s+${quotedGrade}$`, 'i')

/** The grades a sentence gives by referring back to the sentence before (`before`), if it refers back. */
export function gradesReferringBack(sentence: string, before: string): GradeStatement[] {
  if (saysEarlierInspection(sentence) || saysEarlierInspection(before)) return []
  return gradeNamedBefore(sentence, before) ?? areasNamedBefore(sentence, before) ?? countedAreasNamed(sentence, before) ?? []
}

// A count of the areas given one grade: "‘requires improvement’ in four areas", "five areas where
// the force was ‘inadequate’", "five of the key areas were placed in ‘Requires Improvement’".
const count = String.raw`(\d+|${countWords.join('|')})`
const countedGrade = new RegExp(
  [
    String.raw`${quotedGrade}\s+(?:in|across)\s+${count}\s+(?:(?:key|other|inspection)\s+)?areas\b`,
    String.raw`\b${count}\s+(?:(?:key|other|inspection)\s+)?areas\s+(?:where|in which)\s+(?:it|the\s+(?:force|service|brigade|constabulary))\s+(?:was|were|is)\s+(?:(?:rated|graded|judged|found to be)\s+)?(?:as\s+)?${quotedGrade}`,
    String.raw`\b${count}\s+of\s+(?:the|its)\s+(?:(?:key|inspection)\s+)?areas\s+(?:were|was)\s+(?:placed in|rated|graded|judged|found to be)\s+(?:as\s+)?${quotedGrade}`
  ].join('|'),
  'gi'
)
// The next sentence names the areas counted: "They included …", "These were …", "The areas for
// improvement were named as …".
const countedAreasLead = /^(?:these(?:\s+areas)?|they|the\s+areas?(?:['’]s)?(?:\s+for\s+improvement)?)\s+(?:(?:were|are)\s+(?:named|listed|identified)\s+as|included|include|includes|were|are)\s*:?\s+/i
const quoteMarks = /['‘’"“”]/g

/**
 * "It found that the service was ‘adequate’ in seven areas and ‘requires improvement’ in four
 * areas." then "The areas for improvement were named as ‘A’, ‘B’, ‘C’ and ‘D’.": the grade of the
 * last count the sentence before gives, for each area the sentence lists, the page's own subject;
 * nothing unless every item is a graded area and there are no more of them than the count.
 */
function countedAreasNamed(sentence: string, before: string): GradeStatement[] | undefined {
  const lead = countedAreasLead.exec(sentence.trim())
  if (!lead) return undefined
  let last: RegExpExecArray | undefined
  countedGrade.lastIndex = 0
  for (let match = countedGrade.exec(before); match; match = countedGrade.exec(before)) last = match
  if (!last) return undefined
  const [numberText, gradeText] = last[1] ? [last[2]!, last[1]] : last[3] ? [last[3], last[4]!] : [last[5]!, last[6]!]
  const grade = gradeValue(gradeText)
  if (!grade) return undefined
  const listed = trimTrailingPunctuation(sentence.trim().slice(lead[0].length).replace(quoteMarks, '').trim())
  const areas = serialAreas(listed) ?? gradedAreaList(listed, true)
  if (areas.length === 0 || areas.length > countOf(numberText) || !areas.every((area) => namesGradedArea(area))) return undefined
  return areas.map((area) => ({subject: 'the force', grade, area}))
}

/** "<subject> has received this grade in relation to <areas>": the one grade the sentence before names, for each area listed. */
function gradeNamedBefore(sentence: string, before: string): GradeStatement[] | undefined {
  const given = sameGradeGiven.exec(sentence)
  const subject = given && sentence.slice(0, given.index).trim()
  if (!subject || !isSubject(subject)) return undefined
  const grade = onlyGradeNamed(before)
  if (!grade) return undefined
  const listed = trimTrailingPunctuation(sentence.slice(given.index + given[0].length).trim())
  const areas = serialAreas(listed) ?? gradedAreaList(listed, true)
  return areas.every((area) => namesGradedArea(area)) ? areas.map((area) => ({subject, grade, area})) : undefined
}

/** The one grade a sentence names in quotes as a grade ("a grading … of ‘Adequate’"), if it names exactly one. */
function onlyGradeNamed(sentence: string): GradeStatement['grade'] | undefined {
  if (!gradeNoun.test(sentence)) return undefined
  const grades = new Set([...sentence.matchAll(quotedGradeWord)].map((match) => gradeValue(match[1]!)))
  return grades.size === 1 ? [...grades][0] : undefined
}

/**
 * "For all of these <subject> was given a rating of ‘G’ apart from <area> which was rated as ‘H’",
 * "<subject> was rated as ‘G’ for both": the areas the sentence before lists at its end, each given
 * the grade, but an exception named among them its own; nothing unless "both" meets two areas and
 * an exception is one of those listed.
 */
function areasNamedBefore(sentence: string, before: string): GradeStatement[] | undefined {
  const lead = allOfThese.exec(sentence)
  const both = lead ? null : forBoth.exec(sentence)
  if (!lead && !both) return undefined
  const listed = areasListedAtEnd(before)
  if (!listed || listed.length < 2 || ((both || /both/i.test(lead![0])) && listed.length !== 2)) return undefined
  let main = trimTrailingPunctuation(lead ? sentence.slice(lead[0].length).trim() : sentence.slice(0, both!.index))
  const exception = exceptionOf(main)
  if (exception) main = main.slice(0, exception.at)
  const judged = subjectJudged.exec(main.trim())
  const grade = judged && gradeValue(judged[2]!)
  if (!judged || !grade || !isSubject(judged[1]!)) return undefined
  const subject = judged[1]!
  const excepted = exception ? areaList(exception.area) : []
  const exceptionGrade = exception?.grade
  const key = (area: string) => area.toLowerCase()
  const keys = new Set(listed.map(key))
  if (exception && (!exceptionGrade || !excepted.every((area) => keys.has(key(area))))) return undefined
  const apart = new Set(excepted.map(key))
  return [
    ...listed.filter((area) => !apart.has(key(area))).map((area) => ({subject, grade, area})),
    ...excepted.map((area) => ({subject, grade: exceptionGrade!, area}))
  ]
}

/** An exception closing a judgement ("… apart from <area> which was rated as <grade>"): where it starts, its area and its grade. */
function exceptionOf(text: string): {at: number; area: string; grade: GradeStatement['grade'] | undefined} | undefined {
  const word = exceptionWord.exec(text)
  if (!word) return undefined
  const rest = text.slice(word.index + word[0].length)
  const relative = exceptionRelative.exec(rest)
  const graded = relative ? exceptionGraded.exec(rest.slice(relative.index + relative[0].length)) : null
  if (!relative || !graded) return undefined
  return {at: word.index, area: rest.slice(0, relative.index).trim(), grade: gradeValue(graded[1]!)}
}

const isSubject = (text: string): boolean => isGenericSubject(text) || isProperName(text)
