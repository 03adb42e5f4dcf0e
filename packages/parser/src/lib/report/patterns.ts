import type {FindingKind, GradeValue} from '@scrutiny/schema'
import {lastSentenceSpan, sentenceSpans} from './sentences.js'

// Precompiled once; none has nested quantifiers, so each runs in time linear in its input.

// "Our recommendations", "Summary of recommendations", "Key recommendations", "Cause of concern 1:
// Investigations", "Accelerated cause of concern – Responding to the public", "Example of promising practice".
const boxHeading =
  /^(?:(?:our|the|new|summary of|list of|summary of our) )?(?:(?:an? )?examples? of )?(?:(?:key|main|national|further|other) )?(?:accelerated )?(areas? for improvement|causes? of concern|recommendations?|innovative practices?|promising practices?)(?: and recommendations)?(?:(?: (\d{1,3}))?(?: ?[:–—-] ?([a-z][a-z ,&'’-]{0,60}))?| (?:to|for) [a-z ,&]{1,40})$/
const headingNoise = /^[\d.\s*_]*|(?<![\s:.*_])[\s:.*_]*$/g
// The words every box heading holds, matched in any case without a lower-cased copy of the text.
const boxWords = /improvement|concern|recommendation|practice/i
const boxKinds: Readonly<Record<string, FindingKind>> = {
  area: 'area-for-improvement',
  areas: 'area-for-improvement',
  cause: 'cause-of-concern',
  causes: 'cause-of-concern',
  recommendation: 'recommendation',
  recommendations: 'recommendation',
  innovative: 'innovative-practice',
  promising: 'promising-practice'
}

/**
 * The kind of finding a heading (or a bold line) introduces: "Areas for improvement",
 * "Cause of concern", "Recommendations", "Innovative practice", "Promising practice".
 *
 * @example findingHeadingKind('Area for improvement 2') // 'area-for-improvement'
 */
export function findingHeadingKind(text: string): FindingKind | undefined {
  return findingHeading(text)?.kind
}

// "Innovative practice: Using drones to find missing people", "Promising practice – Safer streets":
// a practice box and its title in one heading. A sentence after the label ("Innovative practice:
// The force uses drones.") is the practice itself, read by the labelled-findings reader.
const titledPractice = /^(?:(?:an? )?examples? of )?(innovative|promising) practices?\s?[:–—-]\s?[\p{L}\d‘“"']/u
const endsSentence = /[.!?]["”’']?[*_]*\s*$/
const maxTitledPracticeHeading = 130

/**
 * The kind of finding a heading introduces and the number it prints ("Area for improvement 2",
 * "Recommendation 1"), which numbers the finding under it; `titled` when the heading also holds the
 * title of the practice under it ("Innovative practice: Using drones to find missing people").
 *
 * @example findingHeading('Area for improvement 2') // {kind: 'area-for-improvement', number: '2'}
 * @example findingHeading('Promising practice: Safer streets') // {kind: 'promising-practice', titled: true}
 */
export function findingHeading(text: string): {kind: FindingKind; number?: string; titled?: true} | undefined {
  if (text.length > maxTitledPracticeHeading) return undefined
  // Asked of a heading again and again (when it becomes a heading line, opens a section, is placed
  // and read by several readers): the last answer is kept, as no caller changes it.
  if (text === lastHeadingAsked) return lastHeading
  lastHeadingAsked = text
  lastHeading = readFindingHeading(text)
  return lastHeading
}

let lastHeadingAsked: string | undefined
let lastHeading: {kind: FindingKind; number?: string; titled?: true} | undefined

function readFindingHeading(text: string): {kind: FindingKind; number?: string; titled?: true} | undefined {
  // Most headings and short lines name none of the boxes: one literal scan rules them out before
  // the text is lower-cased.
  if (!boxWords.test(text)) return undefined
  const words = text.toLowerCase().replace(headingNoise, '')
  const titled = titledPractice.exec(words)
  if (titled) return endsSentence.test(text) ? undefined : {kind: boxKinds[titled[1]!]!, titled: true}
  if (text.length > 60) return undefined
  const match = boxHeading.exec(words)
  const kind = match ? boxKinds[match[1]!.split(' ')[0]!] : undefined
  // "Area for improvement: The force should improve …." is the finding on its label's line, not a heading.
  if (!kind || (match![3] !== undefined && endsSentence.test(text))) return undefined
  return match![2] === undefined ? {kind} : {kind, number: match![2]}
}

// "Cause of concern: The force did not …", "Recommendation: The force should …" (custody summaries,
// after the paragraph number): the label on the finding's own line.
const causeOrRecommendationLabelPattern = /^[*_]{0,2}(?:accelerated )?(cause of concern|recommendation)[*_]{0,2}\s?[:–—-][*_]{0,2}\s+(?=[\p{Lu}‘“"'])/iu

/** A cause's or recommendation's label opening a sentence on its line ("Cause of concern: The force …"): its kind and length. */
export function causeOrRecommendationLabel(text: string): {kind: 'cause-of-concern' | 'recommendation'; length: number} | undefined {
  const label = causeOrRecommendationLabelPattern.exec(text)
  if (!label || !endsAsSentence(text.trimEnd())) return undefined
  return {kind: label[1]!.toLowerCase() === 'recommendation' ? 'recommendation' : 'cause-of-concern', length: label[0].length}
}

// "ve practice" or "ng practice" in one search of the text (two substring searches read a block with curly quotes twice).
const practiceKindWord = /(?:ve|ng) practice/
/** Whether text may name innovative or promising practice (a plain search: "good practice" and "professional practice" are neither). */
export function namesPracticeKind(text: string): boolean {
  // Readers ask of each block in turn: the last text's answer is kept.
  if (text !== lastPracticeAsked) lastPracticeNamed = practiceKindWord.test(text)
  lastPracticeAsked = text
  return lastPracticeNamed
}

let lastPracticeAsked: string | undefined
let lastPracticeNamed = false

const contentsHeading = /^(?:table of )?contents$/i
export const isContentsHeading = (text: string): boolean => contentsHeading.test(text.trim())

const gradeWords: Readonly<Record<string, GradeValue>> = {
  outstanding: 'outstanding',
  good: 'good',
  adequate: 'adequate',
  'requires improvement': 'requires-improvement',
  inadequate: 'inadequate'
}
/** The grades' words as alternatives of a pattern ("outstanding|good|…"), in lower case: patterns using them are case-insensitive. */
export const gradeWordAlternatives = Object.keys(gradeWords).join('|')
/** A grade's words, in quotes or not ("‘Good’", "requires improvement"), captured: patterns using it are case-insensitive. */
export const quotedGrade = String.raw`['‘"“]?(${gradeWordAlternatives})['’"”]?`
// "graded inadequate": the judgment badge of an HMICFRS publication page, under "Overall judgment".
const gradeLabel = new RegExp(String.raw`^(?:graded\s+(?:as\s+)?)?${quotedGrade}\.?$`, 'i')

/** The grade a bare label ("Good", "Requires improvement") names. */
export function gradeLabelValue(text: string): GradeValue | undefined {
  const match = text.length < 40 ? gradeLabel.exec(text.trim()) : null
  return match ? gradeValue(match[1]!) : undefined
}

export function gradeValue(word: string): GradeValue | undefined {
  // Most words come from a pattern already spelled as a key ("good"): no copy to normalise.
  if (Object.hasOwn(gradeWords, word)) return gradeWords[word]
  return gradeWords[word.toLowerCase().replace(/\s+/g, ' ')]
}

// An empty column of a graded-judgement table: "No areas graded as outstanding", "None", "–".
const noAreas = /^(?:no (?:areas?|questions?|pillars?)\b[^.]{0,60}|none|n\/a|[-–—])$/i

/** A line standing for an empty column of a graded-judgement table ("No areas graded as outstanding"). */
export function isNoAreasLine(text: string): boolean {
  return text.length <= 80 && noAreas.test(text.trim())
}

// "We make graded judgments in 11 of these 12 as follows:", "Kent Police was graded as follows:",
// "We make graded judgements in the following areas:", "Norfolk received the following gradings:"
// (the tail of the paragraph; one sentence).
const gradeTableLeadIn = /\b(?:graded\s+judge?ments?|as\s+follows|the\s+following\s+(?:grad(?:ings?|es)|ratings?|judge?ments?))\b[^.!?]*:\s*$/i
const maxLeadInTail = 300

/** Whether a paragraph ends with the lead-in of a graded-judgement table. */
export function isGradeTableLeadIn(text: string): boolean {
  let end = text.length - 1
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--
  return text.charCodeAt(end) === colon && gradeTableLeadIn.test(text.slice(Math.max(0, end - maxLeadInTail), end + 1))
}

const colon = 58

/** A space, tab, line ending or no-break space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
}

// "Area: Grade", "Area | Grade", "Area – Grade": PEEL 2023–25 pages list each area with its grade;
// a service's own page may write "Area, graded as Grade".
const areaGradeSeparators = [':', '|', '\t', ' – ', ' — ', ' - ', ', graded as ', ', rated as ']
const genericArea = /^(?:area|grades?|graded|judge?ments?|ratings?|overall grade)$/i
const notThisGrade = /\b(?:previous(?:ly)?|last|earlier|prior|round (?:one|two|1|2)|(?:19|20)\d\d|national|average|other services|other forces|all services|all forces|most services|most forces|target)\b/i
const maxAreaLength = 100

/**
 * A line pairing an area with its grade ("Investigating crime: Requires improvement",
 * "Responding to the public | Good", "Preventing fires and other risks, graded as Good"); the area
 * is left out when the line only says "Grade: Good".
 *
 * @example areaGrade('Investigating crime: Requires improvement') // {area: 'Investigating crime', grade: 'requires-improvement'}
 */
export function areaGrade(line: string): {area?: string; grade: GradeValue} | undefined {
  const text = line.trim()
  if (text.length > maxAreaLength + 40 || !endsWithGradeWord(text)) return undefined
  const cells = text.replace(/^\|/, '').replace(/\|$/, '')
  let at = -1
  let width = 0
  for (const separator of areaGradeSeparators) {
    const index = cells.lastIndexOf(separator)
    if (index > at) {
      at = index
      width = separator.length
    }
  }
  if (at <= 0) return undefined
  const grade = gradeLabelValue(cells.slice(at + width))
  if (!grade) return undefined
  const pipe = cells.indexOf('|')
  const area = (pipe !== -1 && pipe <= at ? cells.slice(0, pipe) : cells.slice(0, at)).trim()
  // An area is a label, not a sentence: "The force told us: good" is prose.
  if (area === '' || area.length > maxAreaLength || /[.!?]$|[.!?]\s/.test(area) || !/^[\p{Lu}\d]/u.test(area)) return undefined
  // "Previous grade: Good", "2018/19 grade: Requires improvement", "National average: Good": another
  // inspection's grade or a comparison, not this one's.
  if (gradeLabelValue(area) || notThisGrade.test(area)) return undefined
  return genericArea.test(area) ? {grade} : {area, grade}
}

/**
 * Whether a trimmed line can end with a grade label, as `areaGrade` reads it (a grade word, then a
 * closing quote, a full stop, whitespace and a table's closing `|`, each optional): its last letter
 * is that of a grade word ("good", "outstanding", "adequate", "requires improvement"). Read from the
 * end by character, so most lines are ruled out before they are copied.
 */
function endsWithGradeWord(text: string): boolean {
  let end = text.length - 1
  if (text.charAt(end) === '|') end--
  while (end >= 0 && whitespaceCharacter.test(text.charAt(end))) end--
  if (text.charAt(end) === '.') end--
  if (closingQuotes.includes(text.charAt(end))) end--
  return end >= 0 && gradeWordEndings.includes(text.charAt(end))
}

const whitespaceCharacter = /\s/
const closingQuotes = `'’"”`
const gradeWordEndings = 'dDeEgGtT'

let lastAsked: string | undefined
// Where the first stem of the last text asked about starts (-1: none).
let lastFirstStem = -1
// The stems of the grade words (and "graded"), in both cases of their first letter ("Good", "good").
// One scan of a literal alternation is faster than a substring search per stem (each of which
// rescans the text when it is absent, as in most blocks) and much faster than the grade patterns.
const gradeStem = /ood|dequate|utstanding|mprovement|raded/g
const firstGradeStem = new RegExp(gradeStem.source)

/**
 * Quick test before the grade patterns run: whether a text holds a grade word (or "graded") at all.
 * The grade readers ask of each block in turn, so where its first stem is is kept: each block is
 * searched once, and `gradeStemFrom` starts from that stem.
 */
export function mentionsGrade(text: string): boolean {
  // `search` gives the index without building a match.
  if (text !== lastAsked) lastFirstStem = text.search(firstGradeStem)
  // Kept even when the two are equal: two strings with the same characters (a paragraph repeated, a
  // document parsed twice) compare character by character, and `gradeStemFrom` compares on every
  // stem, which made a long repeated paragraph quadratic; the same string compares at once.
  lastAsked = text
  return lastFirstStem !== -1
}

/**
 * Where the next stem of a grade word ("ood" of "Good", "dequate", "utstanding", "mprovement",
 * "raded") starts in `text`, at or after `from`; -1 when there is none. Up to the first stem of the
 * text `mentionsGrade` last searched, that search answers: no stem lies before it.
 */
export function gradeStemFrom(text: string, from: number): number {
  if (text === lastAsked && (lastFirstStem === -1 || from <= lastFirstStem)) return lastFirstStem
  gradeStem.lastIndex = from
  return gradeStem.exec(text)?.index ?? -1
}

const leadInEnd = /:[\s\u00A0]*[–—-]?$/
const leadInStart = /^to address (?:this|these|the) causes? of concern\b/i

/** A sentence that introduces a list ("The service should make sure:", "…: –"). */
export function isLeadIn(text: string): boolean {
  return endsLikeLeadIn(text) || leadInStart.test(text)
}

/**
 * Whether the tail of `text` matches `leadInEnd`. Most texts end with a letter or a full stop, which
 * that pattern cannot end with: their last character answers without a copy of the tail.
 */
function endsLikeLeadIn(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (last === colon) return true
  // A dash or whitespace may follow the colon; any other ASCII character ends no lead-in.
  if (last < 128 && last !== hyphen && !(last === 32 || (last >= 9 && last <= 13))) return false
  return leadInEnd.test(text.slice(-6))
}

const hyphen = 45

/**
 * A lead-in said of an earlier time ("we identified", "In January 2024, …", "our previous
 * inspection"): what it lists is restated (history), not issued by this document. A sentence that
 * opens with "We made …" or "We identified …" is this document speaking of itself ("We made the
 * following recommendations:"), so only a lower-case "we" counts here.
 */
export const saidOfEarlierTime =
  /\b(?:we|which|that|you)(?: also| then| first| \w+ly)? (?:identified|sent|issued|gave|made|raised|found|reported|shared|moved)\b|\b(?:in|on|during) (?:(?:\d{1,2} )?[A-Z][a-z]+ )?(?:19|20)\d\d\b|\b(?:previous|last|earlier|original) (?:inspection|report|visit|revisit)\b/

// "Inspectors said", "The report notes that", "HMICFRS has said that": a speech verb whose speaker is
// the inspectorate, its inspectors or its report. "found" is not among them: a report's own overview
// says "HMIC found that … is a cause of concern" of a cause its box states.
// News calls the inspectorate "the watchdog" ("The watchdog said …").
export const inspectorateSpeaker = /\b(?:inspectors?|inspectorates?|hmicfrs|hmic|hmi|report|watchdog)\b/i
// "In our 2021 report, we said that …": the inspectorate speaking of itself restates its own
// cause (a letter's history, read by the lead-in readers), not a news item's report of one.
export const firstPerson = /\b(?:we|i|our|us)\b/i
// A reported clause opening with a pronoun or a demonstrative points back; one opening with a
// conjunction or a negation is no statement.
export const notAStatement = /^(?:it|this|that|these|those|they|there|which|what|and|but|or|not|no|none)\b/i
/** A speech verb and the space after it (global: set `lastIndex` before each search). */
export const speechVerb = /\b(?:said|says|say|notes?|noted|stated|states|added)(?: that)?[ \u00A0]+/gi

/**
 * Where the words a news item reports the inspectorate saying start in a sentence ("His Majesty’s
 * Inspectorate … (HMICFRS) said prevention activity isn’t …"): after the sentence's first speech
 * verb, when the words before it name the inspectorate, its inspectors or its report and not "we";
 * -1 when the sentence reports no such words.
 */
export function inspectorateSaidAt(sentence: string): number {
  speechVerb.lastIndex = 0
  const verb = speechVerb.exec(sentence)
  if (!verb) return -1
  const said = sentence.slice(0, verb.index)
  return inspectorateSpeaker.test(said) && !firstPerson.test(said) ? verb.index + verb[0].length : -1
}

/**
 * A lead-in to causes of concern said of an earlier time. Causes are issued once, by the inspection
 * that found them, so a letter's "We also raised two causes of concern:" restates them too.
 */
export function causesSaidOfEarlierTime(text: string): boolean {
  return saidOfEarlierTime.test(text) || saidOfEarlierTime.test(text.trimStart().replace(/^We\b/, 'we'))
}

// What makes a sentence a statement of a failing: it says what the force or service fails to do
// ("The service hasn’t done enough to …", "The force doesn’t have enough trained staff").
export const namesFailing = /\b(?:is|are|was|were|does|do|did|has|have|can|could)(?:n[’']t| not)\b|\bcannot\b|\bfail(?:s|ed|ing)? to\b/i

// Two readers ask of each block in turn whether it says "cause of concern" or "causes of concern":
// one scan for " of concern" answers both, and the last block's answer is kept for the next reader.
let lastWorded: string | undefined
let lastWording = {singular: false, plural: false}

/**
 * Whether `text` has the words "…ause of concern" (`singular`) or "…auses of concern" (`plural`),
 * in lower case as prose writes them: a plain search, no pattern.
 *
 * @example causeOfConcernWording('It remains a cause of concern.') // {singular: true, plural: false}
 */
export function causeOfConcernWording(text: string): {readonly singular: boolean; readonly plural: boolean} {
  if (text === lastWorded) return lastWording
  let singular = false
  let plural = false
  // "cause for concern" is the older wording of the same term ("two principal causes for concern").
  // One scan for "concern" serves both wordings (the text is searched once, not once a wording).
  for (let found = text.indexOf(' concern'); found !== -1 && !(singular && plural); found = text.indexOf(' concern', found + 1)) {
    const at = text.endsWith(' of', found) ? found - 3 : text.endsWith(' for', found) ? found - 4 : -1
    if (at === -1) continue
    if (text.endsWith('auses', at)) plural = true
    else if (text.endsWith('ause', at)) singular = true
  }
  lastWorded = text
  lastWording = {singular, plural}
  return lastWording
}

// "a cause of concern", "the causes of concern": words that name the box, whether a text states one or speaks of them.
export const namesCauses = /\bcauses? of concern\b/i
// "… is a cause of concern to HMIC.": HMIC's 2014–17 boxes end the statement of a cause so.
const causeStatedAs = /\b(?:is|are|remains|represents|constitutes) an? (?:(?:serious|significant|accelerated) )?cause (?:of|for) concern(?: (?:to|for) [\p{L}’' ]{1,40})?\.?$/iu

// "HMIC has a cause of concern about the force’s approach to …", "We have identified a cause of
// concern with …", "Our cause of concern is that …": a statement opening so.
const causeOpening =
  /^(?:(?:as a result|therefore|consequently|overall|however|because of this),? )?(?:(?:hmic(?:frs)?|we|the inspectorate) (?:has|have) (?:(?:identified|found|raised|issued) )?(?:a|an|one) (?:(?:serious|significant|accelerated) )?cause (?:of|for) concern (?:about|regarding|over|in relation to|relating to|with|in|that)\b|(?:our|the|a|one|another|hmic(?:frs)?[’']s) (?:(?:main|accelerated|further) )?cause (?:of|for) concern (?:is|was) that\b)/i
// "we identified as a cause of concern that they didn’t do enough to be an inclusive employer.",
// "Our cause of concern was that the force …", "The cause of concern, raised in 2022, was that the
// force …": the clause after "that" states the cause. "a cause
// of concern about …" or "the cause of concern that we identified" names a topic or refers back,
// so neither opens the clause. Minutes and news give the inspectorate's reason in their own words
// ("HMICFRS had given a ‘cause of concern’ as they considered the Service could not assure itself
// that …"): the clause after the verb of its judgment states the cause. The clause runs to the
// sentence's end (bounded: linear).
const givenCause = String.raw`(?:raised|issued|gave|given|identified) (?:it |the (?:service|force) )?(?:a|an|one) (?:new |further |accelerated )?['‘"“]?cause (?:of|for) concern['’"”]?`
const causeClause = new RegExp(
  String.raw`\b(?:(?:as (?:an? |the |its |our )?(?:accelerated )?cause (?:of|for) concern|cause (?:of|for) concern(?:, [^,.;:]{1,60},)? (?:was|is)|${givenCause}),? that|${givenCause},? (?:as|because) (?:they|it|inspectors|hmicfrs|hmic|the inspectorate) (?:had )?(?:considered|found|judged|concluded)(?: that)?) ([^.;:]{12,600})[.;]`,
  'i'
)
// "… raised a cause of concern that the service was not doing enough …": after the noun alone, "that"
// opens the cause only as a clause with its own subject stating a failing or a need.
const givenThenClause = /^(?:raised|issued|gave|given|identified)\b/i
const contentClause = /^(?:the|its|it|they|there|their|this|these|\p{Lu})/u
// "… as a cause of concern that we identified in 2019", "… that was raised": "that" then opens a
// relative clause, not the cause.
const relativeClause = /^(?:(?:we|you|hmicfrs|hmic) (?:\w+ )?(?:identified|gave|raised|issued|found|made|reported|set)\b|(?:was|were|is|are|had|has|have)\b)/i

/**
 * The span of a cause of concern stated as a clause inside a sentence ("For both services, we
 * identified as a cause of concern that they didn’t do enough to be an inclusive employer."): from
 * the clause's first word to its last, without the full stop.
 *
 * @example causeClauseSpan('We identified as a cause of concern that the force does not record crime.') // {start: 41, end: 72}
 */
export function causeClauseSpan(text: string): {start: number; end: number} | undefined {
  const clause = causeClause.exec(text)
  const words = clause?.[1]
  if (!clause || !words || relativeClause.test(words)) return undefined
  if (givenThenClause.test(clause[0]) && !(contentClause.test(words) && (namesFailing.test(words) || modal.test(words)))) return undefined
  const start = clause.index + clause[0].length - words.length - 1
  return {start, end: start + words.trimEnd().length}
}

// A statement's own words after its opening: a "that" clause, or a sentence after the topic.
const causeWordingFollows = /cause (?:of|for) concern (?:that|is that|was that)\b/i

/**
 * A paragraph stating a cause of concern in prose, outside any box ("We have identified a cause of
 * concern about how the force responds to the public. The force does not …", "Our cause of concern
 * is that the force …"): its opening says so, and the cause's own words follow, in a "that" clause
 * or a sentence after the topic. A topic alone ("We have identified a cause of concern about its
 * response to the public.") states nothing.
 */
export function statesCauseInProse(text: string): boolean {
  const trimmed = text.trimStart()
  if (!causeOpening.test(trimmed)) return false
  return causeWordingFollows.test(trimmed.slice(0, 120)) || sentenceSpans(trimmed).length > 1
}

/**
 * Whether a paragraph speaks about causes of concern rather than stating one: "If our inspections
 * identify a serious shortcoming … it will be reported as a cause of concern", "On 30 September
 * 2021, we reported one cause of concern … as an accelerated cause of concern". A statement that
 * ends by calling itself one ("… is a cause of concern to HMIC.") or opens "HMIC has a cause of
 * concern about …" states it, and so does one whose opening sentence ends so, its evidence and
 * history after it ("… is a cause of concern to HMIC. HMIC found that …").
 *
 * @example speaksOfCauses('A cause of concern will always be accompanied by recommendations.') // true
 * @example speaksOfCauses('The force’s approach is unacceptable. Its low use of arrest is a cause of concern to HMIC.') // false
 */
export function speaksOfCauses(text: string): boolean {
  if (!namesCauses.test(text) || causeOpening.test(text.trimStart())) return false
  const last = lastSentenceSpan(text)
  if (causeStatedAs.test(last ? text.slice(last.start, last.end).trimEnd() : text)) return false
  // "The force’s response to missing children is a cause of concern to HMIC. HMIC found … This is an
  // enduring cause of concern from HMIC’s report on vulnerability in 2015.": a statement whose
  // opening sentence names what it states a cause, its evidence and history after it.
  const first = sentenceSpans(text)[0]
  const opening = first ? text.slice(first.start, first.end).trim() : ''
  return !(first && first !== last && !pointsBackAtStart.test(opening) && causeStatedAs.test(opening))
}

// "This is a cause of concern.", "It remains …": a sentence pointing back names nothing itself.
const pointsBackAtStart = /^(?:it|this|that|these|those|there|they|which)\b/i

const earlierInspection =
  /\b(?:last inspected|previous(?:ly)?|earlier|last year|before (?:the|its) (?:merger|combination)|(?:19|20)\d\d(?:\/\d\d)? (?:[A-Za-z]+ ){0,2}(?:inspection|assessment)|in (?:19|20)\d\d\b)/i
const findingWords = /\b(areas? for improvement|recommendations?|causes? of concern)\b/i

const listedFindingWords = /\b(innovative practices?|promising practices?|areas? for improvement)\b/i

/**
 * A lead-in that introduces this document's areas for improvement or practices as a list, with no
 * heading above them ("Also of note are the innovative practices that we have found:"). A lead-in
 * to an earlier inspection's findings is history, not this; causes of concern and recommendations
 * have readers of their own lead-ins.
 *
 * @example findingLeadInKind('Also of note are the innovative practices that we have found:') // 'innovative-practice'
 * @example findingLeadInKind('In 2017, we identified three areas for improvement:') // undefined
 */
export function findingLeadInKind(text: string): FindingKind | undefined {
  if (text.length > 200 || !isLeadIn(text) || saidOfEarlierTime.test(text) || earlierInspection.test(text)) return undefined
  const match = listedFindingWords.exec(text)
  return match ? findingHeadingKind(match[1]!) : undefined
}

/** Whether a text speaks of an earlier inspection ("in 2019", "previously", "last year"). */
export const saysEarlierInspection = (text: string): boolean => earlierInspection.test(text)

/** A lead-in to a list of an earlier inspection's findings ("…identified three areas for improvement: –"). */
export function historyLeadInKind(text: string): FindingKind | undefined {
  if (!isLeadIn(text) || !earlierInspection.test(text)) return undefined
  const match = findingWords.exec(text)
  return match ? findingHeadingKind(match[1]!) : undefined
}

// "Last year’s areas for improvement", "Areas for improvement from our 2017 inspection": a heading
// over an earlier inspection's findings, not a box of this report's.
const maxHistoryHeading = 90
const maxNamingSentence = 200

/**
 * The kind of finding a heading names as an earlier inspection's ("Progress against last year’s
 * areas for improvement"); or, for a box's own heading ("Areas for improvement"), that the one
 * sentence right before it names ("However, Norfolk Constabulary had an area for improvement in the
 * 2017 efficiency inspection.", as PEEL 2018/19 pages introduce a finding carried over).
 *
 * @example historyHeadingKind('Areas for improvement', 'The force had an area for improvement in the 2017 efficiency inspection.') // 'area-for-improvement'
 */
export function historyHeadingKind(text: string, before = ''): FindingKind | undefined {
  if (text.length > maxHistoryHeading) return undefined
  const box = findingHeading(text)
  if (box) return box.number === undefined && !box.titled && namesEarlierFinding(before) === box.kind ? box.kind : undefined
  if (!earlierInspection.test(text)) return undefined
  const match = findingWords.exec(text)
  return match ? findingHeadingKind(match[1]!) : undefined
}

// "Norfolk Constabulary had an area for improvement in …": a sentence saying only that the force had
// the finding. One stating a failing that an earlier inspection named ("… is still not sharing good
// practice, despite HMICFRS identifying this as an area for improvement in 2016.") introduces this
// report's finding.
const hadFinding = /\bhad (?:an?|one|two|three|four|five|six|several) (areas? for improvement|recommendations?|causes? of concern)\b/i

/** The kind of an earlier inspection's finding that one sentence names without stating it ("… had an area for improvement in the 2017 efficiency inspection."). */
function namesEarlierFinding(text: string): FindingKind | undefined {
  if (text.length > maxNamingSentence || !earlierInspection.test(text) || isLeadIn(text) || sentenceSpans(text).length !== 1) return undefined
  const match = hadFinding.exec(text)
  return match ? findingHeadingKind(match[1]!) : undefined
}

const progressStatus = /\b(?:remains?|remained|addressed|progress|improved|resolved|completed?|outstanding|no longer|met|not met|discharged|still|closed|closure)\b/i
export const isProgressStatus = (text: string): boolean => progressStatus.test(text)

// "This area of improvement has not been discharged.", "… remains an area for improvement", "We are
// disappointed to find the service has made limited progress in addressing these areas for
// improvement.": the earlier finding is still open.
const stillOpen = /\b(?:(?:has|have|had|was|were) not (?:yet )?(?:been )?(?:fully |sufficiently )?(?:discharged|addressed|resolved|met|completed)|(?:remains?|is still|are still) (?:open|outstanding|an area for improvement|areas for improvement)|made (?:only )?(?:limited|little|no|insufficient) progress)\b/i
export const saysStillOpen = (status: string): boolean => stillOpen.test(status)

// "We assessed progress on how well the force …": announces the assessment; the next sentence says what it found.
const progressAnnouncement = /^we (?:assessed|reviewed|looked at|examined|considered|revisited|checked)\b/i

/**
 * The sentence of a paragraph that states the progress on earlier findings: the first sentence,
 * or the one after a sentence that only announces the assessment ("We assessed progress on …. We
 * found that the force is still waiting …"); `undefined` when that sentence states no progress.
 *
 * @example progressStatusIn('We assessed progress on this. We found that it remains.') // 'We found that it remains.'
 */
export function progressStatusIn(text: string): string | undefined {
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end)
    if (progressAnnouncement.test(sentence)) continue
    return isProgressStatus(sentence) ? sentence : undefined
  }
  return undefined
}

// "However, Essex Police had an area for improvement in our 2017 effectiveness inspection. This was
// that the force should …": PEEL 2018/19 pages restate an earlier finding in prose; revisit pages name
// it in one paragraph ("we identified six causes of concern. One of them was about …") and quote it in
// the next ("This was that …").
const restatedInProse = /\b(?:This|That) was that /
// Its literal tail, which the engine skips to far faster: most paragraphs have none.
const wasThat = /was that/
// The inspectorate speaking again ("We reviewed progress …") ends the quoted finding.
const inspectorateSpeaks = /^(?:We|Our)\b/

/**
 * An earlier inspection's finding restated in prose: a sentence naming it ("had an area for
 * improvement in our 2017 effectiveness inspection"), in the same paragraph or, when the paragraph
 * opens with the restatement, in `previous`, and "This was that <the finding>." The finding runs to
 * the end of the paragraph or to the sentence where the inspectorate speaks again. Gives the kind
 * and where the finding's text starts and ends in `text`.
 *
 * @example restatedFindingIn('It had an area for improvement in 2017. This was that the force should act.') // {kind: 'area-for-improvement', start: 54, end: 75}
 * @example restatedFindingIn('This was that the force is slow. It lacks staff. We reviewed it.', 'In 2019 we identified a cause of concern.') // {kind: 'cause-of-concern', start: 14, end: 48}
 */
export function restatedFindingIn(text: string, previous = ''): {kind: FindingKind; start: number; end: number} | undefined {
  const match = wasThat.test(text) ? restatedInProse.exec(text) : null
  if (!match) return undefined
  const before = text.slice(0, match.index)
  const naming = before.trim() === '' ? previous : before
  const named = findingWords.exec(naming)
  if (!named || !(earlierInspection.test(naming) || saidOfEarlierTime.test(naming))) return undefined
  const kind = findingHeadingKind(named[1]!)
  const start = match.index + match[0].length
  const rest = text.slice(start)
  let end: number | undefined
  for (const span of sentenceSpans(rest)) {
    if (end !== undefined && inspectorateSpeaks.test(rest.slice(span.start, span.end))) break
    end = span.end
  }
  return kind && end !== undefined ? {kind, start, end: start + end} : undefined
}

const itemMarker = /^(?:\(?(\d+)[.)]|[•●▪◦‣∙○■□➢►▶▸➤–])[ \t\u00A0]+(?=\S)/

/**
 * The marker of a paragraph shaped like a list item ("1234567. The force…", "• The force…") that the
 * front end did not read as one, and its number; `undefined` for other text.
 *
 * @example itemShape('1000. The force should…') // {length: 6, number: '1000'}
 */
export function itemShape(text: string): {length: number; number?: string} | undefined {
  // Only the start matters; a bounded slice keeps a long paragraph cheap.
  const match = itemMarker.exec(text.slice(0, 64))
  if (!match) return undefined
  return match[1] === undefined ? {length: match[0].length} : {length: match[0].length, number: match[1]}
}

// "You submitted an action plan … the force should …", "We carried out our first revisit …": an
// account of progress, told by the inspectorate or to the force, is never a recommendation. "We
// recommend that, by …, chief constables should …" is how thematic reports state one.
export const narrative = /^[“"‘]?(?:we(?! (?:also |therefore |further )?recommend that\b)|you|i|it|this|these|they|there|our|your)\b|\bshould have (?:been|had|done|made|\w+ed)\b/i

/**
 * A sentence that says what the demand before it covers ("This should include …", "It should also
 * set out …"): its subject is that demand, so it is part of the same recommendation.
 */
export const elaboratesDemand = /^(?:this|these|it|they|that|such (?:a |an )?\w+) (?:should|must|will) (?:also )?(?:include|cover|involve|set out|contain|consider|address)\b/i

/** A modal verb that makes a sentence a demand on someone. */
export const modal = /\b(?:should|must|needs? to|is required to|are required to)\b/i

// "We recommend that …", "HMIC recommends that …": the inspectorate's own words for a recommendation.
export const recommendsThat = /\brecommends? that\b/i

/**
 * "HMIC recommends that within six months the force should:", "HMIC recommends that the force should
 * immediately:": the inspectorate's lead-in that a register, an index or a tracker keeps before each
 * recommendation's words (on the same line, the colon perhaps with no space after it, or alone on its
 * line before them), up to its colon and the spaces after it: a demand and its deadline, not the
 * recommendation. Its callers ask that the lead-in demands (`modal`); a table's cells end at a pipe.
 */
export const recommendsLeadIn = /^[^:|]{0,160}?\brecommends? that\b[^:|]{0,160}:[ \u00A0]*/i

/**
 * A text opening with a determiner, a pronoun or a count states something ("The force has
 * introduced …", "12 completed"): a demand that does not say "should" opens with its verb
 * ("conduct a review …"), or with "that" ("that the force reviews …").
 */
export const opensAsStatement = /^(?:the|a|an|its|their|his|her|our|your|my|this|these|those|it|they|we|you|there|all|each|every|some|most|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b/i

// A spaced dash closing an aside: " - and highlighted …", " –" at the end.
export const closingDash = /[ \u00A0][–—-](?:[ \u00A0]|$)/
/** Whether the text after a clause closes it as an aside does ("… of practice - and …"). */
export const closesAside = (after: string): boolean => after.search(closingDash) === 0

const sentenceEnd = /(?:[.!?;:)\]"”’']|\band)$/
/** Whether text stops mid-sentence (a cut-off copy). */
export const isCutOff = (text: string): boolean => !sentenceEnd.test(text.trimEnd().slice(-4))

// A subject of a few words, then the verb that opens the finding's words: "The service should",
// "Cleveland Police doesn’t", "The force is not".
const subjectAndVerb = /^[\p{Lu}][\p{L}\p{M}’'-]*(?:\s[\p{L}\p{M}’'&-]+){0,4}?\s(?:should|must|needs?\sto|(?:is|are|does|do|has|have|was|were)(?:n[’']t|\snot)|cannot|fails?\sto)(?=\s)/u
const maxWordsCutOff = 1

/**
 * Whether a finding the copy cut off holds nothing of its own words: its subject and verb, then at
 * most one word, perhaps itself cut ("The service should as", "Cleveland Police doesn’t co"). An
 * item after a lead-in ("fire co") has its verb in the lead-in, and is not this.
 */
export function cutOffBeforeItsWords(text: string): boolean {
  const head = subjectAndVerb.exec(text)
  return head !== null && text.slice(head[0].length).trim().split(/\s+/).length <= maxWordsCutOff
}

// A sentence's closing mark, perhaps followed by the quotation mark or bracket it closes inside.
const closedSentence = /[.!?]["”’')]?$/
/** Whether a text ends as a sentence does ("… by March 2025.", "… (as we found.)"), not as a label or title. */
export const endsAsSentence = (text: string): boolean => closedSentence.test(text)

const questionHeading = /\?$/
export const isQuestion = (text: string): boolean => questionHeading.test(text.trim())

export const openingQuote = /^[“"‘']/
const closingQuote = /[”"’']$/

/**
 * A quotation's content: the text without the whitespace and the quotation marks around it, and
 * where that starts and ends in `text` (a letter quotes the cause of concern it revisits).
 *
 * @example quotationContent(' “The force is slow.” ') // {text: 'The force is slow.', start: 2, end: 20}
 */
export function quotationContent(text: string): {text: string; start: number; end: number} {
  let start = 0
  let end = text.length
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  while (start < end && /\s/.test(text.charAt(start))) start++
  if (openingQuote.test(text.charAt(start))) {
    start++
    if (closingQuote.test(text.charAt(end - 1))) end--
  }
  return {text: text.slice(start, end), start, end}
}

// "… for legitimacy in an annual assessment by Her Majesty’s Inspectorate of Constabulary and Fire &
// Rescue Service (HMICFRS)", "… good at tackling crime, by HMIC": the inspection and the inspectorate
// that gave the grade close the area; they are not part of it (nor does the inspectorate's "Fire &
// Rescue Service" make the graded force a fire service).
const byInspectorate =
  /\s(?:in|following|after)\s(?:an?|its|the|their|this)\s(?:(?:new|latest|recent|annual|first|full)\s)?(?:inspection|assessment|report)\sby\s|,?\sby\s(?=(?:His|Her) Majesty['’]s Inspectorate\b|HMIC)/

/**
 * An area's text up to where it says which inspection or inspectorate gave the grade.
 *
 * @example withoutInspectorate('legitimacy in an annual assessment by HMIC') // 'legitimacy'
 */
export function withoutInspectorate(area: string): string {
  const match = byInspectorate.exec(area)
  const cut = match ? area.slice(0, match.index) : area
  // "judged as good in annual “legitimacy” assessments": an inspection named by its pillar grades that pillar.
  return pillarInspection.exec(cut)?.[1] ?? cut
}

const pillarInspection = /^(?:(?:its|their|the)\s)?(?:(?:annual|latest|new|recent)\s)?['‘"“]?(effectiveness|efficiency|legitimacy)['’"”]?\s(?:assessments?|inspections?)$/i
