import type {GradeValue} from '@scrutiny/schema'
import {gradeValue, gradeWordAlternatives, quotedGrade, withoutInspectorate} from './patterns.js'
import {isGenericSubject, isProperName} from './subjects.js'

/** A graded judgement read from one sentence, before its subject is resolved. */
export interface GradeStatement {
  subject: string
  /** The area as printed, if the sentence names one. */
  area?: string
  grade: GradeValue
}

const gradedAs = /\b(?:has|have) been (?:graded|rated)(?: as)?\s+/i
const gradeAtStart = new RegExp(`^${quotedGrade}`, 'i')
const extentOf = /^the extent to which (?:the )?(force|service)\s+/i
const isGrade = /\b(?:is|are) (outstanding|good|adequate|requires improvement|inadequate)\b/i
const areaPreposition = /^\s*(?:at|for|across|in(?: the way (?:it|they))?)\s+/i
const possessiveSplit = /['’]s\s+/

/**
 * Read a graded judgement from a sentence, in the forms HMICFRS uses:
 * "<subject> has been graded as ‘Adequate’ at <area>", "The extent to which the force <area> is
 * good", "<subject> is inadequate in the way it <area>" and "<subject>’s <area> is good". A
 * previous grade ("was good in its 2018/19 assessment") does not match.
 *
 * @example gradeStatement('The ROCUWM has been graded as ‘Adequate’ at tackling serious and organised crime: –')
 *   // {subject: 'The ROCUWM', area: 'tackling serious and organised crime', grade: 'adequate'}
 */
export function gradeStatement(sentence: string): GradeStatement | undefined {
  const graded = gradedAs.exec(sentence)
  if (graded) {
    const rest = sentence.slice(graded.index + graded[0].length)
    const word = gradeAtStart.exec(rest)
    const grade = word && gradeValue(word[1]!)
    const subject = sentence.slice(0, graded.index).trim()
    if (!grade || !isSubject(subject)) return undefined
    return withArea({subject, grade}, rest.slice(word[0].length))
  }
  const extent = extentOf.exec(sentence)
  const is = isGrade.exec(sentence)
  if (!is) return undefined
  const grade = gradeValue(is[1]!)!
  const after = sentence.slice(is.index + is[0].length)
  if (extent) {
    if (trimTrailingPunctuation(after) !== '') return undefined
    const area = sentence.slice(extent[0].length, is.index).trim().replace(/^is\s+/, '')
    return {subject: `the ${extent[1]!.toLowerCase()}`, grade, ...(area ? {area} : {})}
  }
  let subject = sentence.slice(0, is.index).trim()
  let area: string | undefined
  const possessive = possessiveSplit.exec(subject)
  if (possessive) {
    area = subject.slice(possessive.index + possessive[0].length)
    subject = subject.slice(0, possessive.index)
  }
  if (!isSubject(subject)) return undefined
  const preposition = areaPreposition.exec(after)
  if (preposition) return withArea({subject, grade}, after.slice(preposition[0].length))
  if (trimTrailingPunctuation(after) !== '') return undefined
  return {subject, grade, ...(area ? {area} : {})}
}

// "Kent Police received a ‘good’ grading for …", "… achieved a grade of ‘good’ for …": the grade as a
// noun the subject was given. The grade word is quoted or follows "grade of": "a good rating" may
// be praise. The verb says the inspection gave it (not "needs", "would expect").
// "Essex Police has received ‘Good’ gradings for A, B and C": the plural, with no article, gives one
// grade to each area listed. The area follows "for", "in", "at" or "on" ("a ‘good’ rating on preventing crime").
const gradeNounAfter = String.raw`['‘"“](${gradeWordAlternatives})['’"”]\s+(?:grades?|gradings?|ratings?|judge?ments?)`
// "The force achieved ‘good’ in police powers and public treatment": the grade's own word in quotes,
// with no noun after it (unquoted, "achieved good results in" is praise).
const bareQuotedGrade = String.raw`['‘"“](${gradeWordAlternatives})['’"”]`
const givenGrade = new RegExp(
  String.raw`^(.{1,100}?)\s+(?:has\s+|have\s+)?(?:received|receives|was given|were given|was awarded|were awarded|achieved|achieves|earned|gained|was handed)\s+(?:(?:an?\s+)?${gradeNounAfter}|an?\s+(?:grade|grading|rating|judge?ment)\s+of\s+${quotedGrade}|(?:overall\s+)?(?:grades|gradings|ratings)\s+of\s+${quotedGrade}|${bareQuotedGrade})\s+(?:for|in|at|on)\s+`,
  'i'
)
// "South Wales Police and Gwent Police were given a rating of ‘Good’.", "Dorset and Cumbria were both
// given a ‘requires improvement’ rating", "Surrey Police received a
// ‘Good’ rating.": the same noun ending the sentence, for no area named (the one thing graded, an
// area a heading names or one another body was just graded for: the reader settles which).
const givenBareGrade = new RegExp(
  String.raw`^(.{1,100}?)\s+(?:has\s+|have\s+)?(?:received|receives|(?:was|were)(?: both)? given|was awarded|were awarded|achieved|achieves|earned|gained|was handed)\s+(?:an?\s+${gradeNounAfter}|an?\s+(?:grade|grading|rating|judge?ment)\s+of\s+${quotedGrade})[.!]?$`,
  'i'
)
// "Inspectors gave the Northumberland service (NFRS) a ‘good’ rating for A and B": the grade given
// to the object of "gave" or "awarded"; the subject is the object.
// The verb and the grade are found apart, each by a pattern that starts at a word: the object is what lies between.
const gaveVerb = /\b(?:gave|has given|have given|awarded|has awarded|have awarded)\s/i
const gaveNoun = new RegExp(String.raw`(?<!\s)\s+(?:an?\s+)?${gradeNounAfter}\s+(?:for|in|at|on)\s+`, 'i')
const maxObjectLength = 100
// "an ‘requires improvement’ rating for ": the longest grade noun phrase, with its spaces.
const maxGradeNounLength = 60
// "Investigating crime was given a ‘requires improvement’ grade", "Responding to the public received an
// ‘inadequate’ rating": the grade given to an area named as the subject, the page's own; the noun
// ends the clause.
const areaGivenGrade = new RegExp(
  String.raw`^(.{1,120}?)\s+(?:was given|were given|has been given|have been given|was awarded|were awarded|has been awarded|received|receives|has received|achieved|gained)\s+an?\s+${gradeNounAfter}\s*(?:[.;,]|$)`,
  'i'
)
// "… such as ‘ensuring fairness and promoting diversity’, where we received an ‘Adequate’ grading": the
// area quoted before "where", and the page's own body (we, it, the service) after it.
const whereGivenGrade = new RegExp(
  String.raw`['‘"“]([^'‘’"“”]{3,100})['’"”],?\s+where\s+(?:we|it|they|the (?:force|service|brigade|constabulary))\s+(?:received|was given|were given|got|achieved|was awarded)\s+an?\s+${gradeNounAfter}`,
  'i'
)
const quoteMarks = /^['‘"“]|['’"”]$/g
const hypothetical = /\b(?:would|could|should|might|if|hopes?|aims?|wants?|expects?)\b/i
const initialsInBrackets = /^(.{1,80}?)\s*\(([\p{Lu}]{2,8})\)$/u

/**
 * A grade written as a noun the subject was given: "Kent Police received a ‘good’ grading for its
 * treatment of the public", "The force achieved a grade of ‘adequate’ in responding to the public".
 *
 * @example givenGradeStatement('Kent Police received a ‘good’ grading for investigating crime.')
 *   // {subject: 'Kent Police', area: 'investigating crime', grade: 'good'}
 */
export function givenGradeStatement(sentence: string): GradeStatement | undefined {
  const match = givenGrade.exec(sentence)
  if (!match) return gaveGradeStatement(sentence) ?? areaGivenStatement(sentence) ?? bareGivenStatement(sentence)
  const grade = gradeValue(match[2] ?? match[3] ?? match[4] ?? match[5]!)
  const subject = match[1]!.trim()
  if (!grade || !isSubject(subject)) return undefined
  return withArea({subject, grade}, sentence.slice(match[0].length))
}

/**
 * A grade given to an area named as the subject ("Investigating crime was given a ‘requires
 * improvement’ grade") or quoted before "where we received …": the page's own, when the words name
 * no body (a name is the subject of the forms above); the caller keeps it only for a graded area.
 */
function areaGivenStatement(sentence: string): GradeStatement | undefined {
  const where = whereGivenGrade.exec(sentence)
  if (where) {
    const grade = gradeValue(where[2]!)
    return grade ? {subject: 'the force', grade, area: where[1]!.trim()} : undefined
  }
  const match = areaGivenGrade.exec(sentence)
  if (!match) return undefined
  const area = match[1]!.trim().replace(quoteMarks, '')
  const grade = gradeValue(match[2]!)
  return grade && !isSubject(area) && !isGenericSubject(area) ? {subject: 'the force', grade, area} : undefined
}

const sentenceAdverb = /^(?:meanwhile|however|also|likewise|similarly),?\s+/i

/** "Surrey Police received a ‘Good’ rating.": a grade given for no area named; not in a hope. */
function bareGivenStatement(sentence: string): GradeStatement | undefined {
  const match = givenBareGrade.exec(sentence.trim())
  if (!match || hypothetical.test(match[1]!)) return undefined
  const grade = gradeValue(match[2] ?? match[3]!)
  // "Meanwhile South Wales Police …": a sentence adverb is no part of the name.
  const subject = match[1]!.trim().replace(sentenceAdverb, '')
  return grade && isSubject(subject) ? {subject, grade} : undefined
}

/** "Inspectors gave <subject> a ‘good’ rating for <area>": not in a hope ("would give it"). */
function gaveGradeStatement(sentence: string): GradeStatement | undefined {
  const verb = gaveVerb.exec(sentence)
  if (!verb || hypothetical.test(sentence.slice(0, verb.index))) return undefined
  const from = verb.index + verb[0].length
  const noun = gaveNoun.exec(sentence.slice(from, from + maxObjectLength + maxGradeNounLength))
  if (!noun || noun.index > maxObjectLength) return undefined
  const grade = gradeValue(noun[1]!)
  const printed = sentence.slice(from, from + noun.index).trim()
  // "the Northumberland service (NFRS)": the initials name the service when the words before them do not.
  const bracketed = initialsInBrackets.exec(printed)
  const subject = isSubject(printed) ? printed : bracketed && isSubject(bracketed[1]!) ? bracketed[1]! : bracketed?.[2]
  if (!grade || !subject) return undefined
  return withArea({subject, grade}, sentence.slice(from + noun.index + noun[0].length))
}

const listOfGrades = /as follows|the following/i
const gradedAsFollows =
  /^(?:we (?:have )?graded (.{1,100}?) as follows|(.{1,100}?),? (?:was|were|has been|have been|is|are) graded as follows|(.{1,100}?) (?:received|was given|was awarded|has received) the following (?:grad(?:ings?|es)|ratings?|judge?ments?))\b/i

/**
 * The subject a lead-in to a list of grades names: "Lincolnshire Police was graded as follows:",
 * "We graded Kent Police as follows:", "Norfolk received the following gradings:".
 *
 * @example gradeLeadInSubject('Lincolnshire Police was graded as follows:') // 'Lincolnshire Police'
 */
export function gradeLeadInSubject(text: string): string | undefined {
  // Few paragraphs say "as follows" or "the following": a search for them rules the others out before the pattern.
  if (text.length > 160 || !listOfGrades.test(text)) return undefined
  const match = gradedAsFollows.exec(text.trim())
  const subject = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim()
  return subject && isSubject(subject) ? subject : undefined
}

function isSubject(text: string): boolean {
  return text !== '' && (isGenericSubject(text) || isProperName(text))
}

// An area ends at a clause break, or where "and" gives the next grade ("… for A, and ‘Outstanding’
// for B"), matched from a comma or the first character of a whitespace run only (the lookbehind).
// "… for A, as well as ‘good’ for both B, and C" gives the next grade too.
// An area ends where the next grade of a series starts: "…, and ‘Outstanding’ for B", "…, ‘Requires
// Improvement’ for B" (a quoted grade after a comma, "for" after it).
const areaStop = new RegExp(String.raw`[;:]|,? but\b|(?:,|(?<![,\s]))\s+(?:and|as well as)\s+(?=${quotedGrade}\s+(?:for|at|in)\s)|,\s+(?=['‘"“](?:${gradeWordAlternatives})['’"”]\s+(?:for|at|in)\s)`, 'i')
const nextGrade = new RegExp(String.raw`^(?:,?\s+(?:and|as well as)\s+${quotedGrade}|,\s+['‘"“](${gradeWordAlternatives})['’"”])\s+`, 'i')

function withArea(statement: GradeStatement, rest: string): GradeStatement {
  const stop = areaStop.exec(rest)
  const clause = withoutInspectorate(stop ? rest.slice(0, stop.index) : rest)
  const area = trimTrailingPunctuation(clause.replace(areaPreposition, '')).trim()
  return area ? {...statement, area} : statement
}

/**
 * The grades of a "has been graded" sentence: the first, and each one "and" adds with its own area
 * ("Kent Police has been graded as ‘Good’ for A, and ‘Outstanding’ for B"), of the same subject.
 */
export function gradeStatements(sentence: string): GradeStatement[] {
  const first = gradeStatement(sentence)
  if (!first?.area) return first ? [first] : []
  return [first, ...gradesAfter(first.subject, first.area, sentence)]
}

/**
 * The grades of a sentence giving grades as nouns: the first, and each one a comma or "and" adds
 * with its own area ("Our service has received overall grades of ‘Good’ for ‘Effectiveness’,
 * ‘Requires Improvement’ for ‘Efficiency’ and ‘Good’ for ‘People.’"), of the same subject.
 */
export function givenGradeStatements(sentence: string): GradeStatement[] {
  const first = givenGradeStatement(sentence)
  if (!first?.area) return first ? [first] : []
  return [first, ...gradesAfter(first.subject, first.area, sentence)]
}

/** The grades a series adds after its first, each with its own area, of the first's subject. */
function gradesAfter(subject: string, area: string, sentence: string): GradeStatement[] {
  const found: GradeStatement[] = []
  // Each grade after the first starts where the area before it stopped.
  let rest = sentence.slice(sentence.indexOf(area) + area.length)
  for (let next = nextGrade.exec(rest); next; next = nextGrade.exec(rest)) {
    const grade = gradeValue(next[1] ?? next[2]!)!
    const statement = withArea({subject, grade}, rest.slice(next[0].length))
    if (!statement.area) break
    found.push(statement)
    rest = rest.slice(rest.indexOf(statement.area, next[0].length) + statement.area.length)
  }
  return found
}

const trailing = new Set([' ', '\n', '\t', '\u00A0', '.', ';', ':', ',', '–', '—', '-'])

/** Drop trailing spaces and punctuation with a loop: a regex anchored at `$` is quadratic on long runs. */
export function trimTrailingPunctuation(text: string): string {
  let end = text.length
  while (end > 0 && trailing.has(text.charAt(end - 1))) end--
  return text.slice(0, end)
}
