import {frameworkDefinitions} from '@scrutiny/schema'
import type {ReportSubject} from '@scrutiny/schema'
import {normaliseName} from '@scrutiny/schema/internal'
import {rememberedPerDocument} from './remembered.js'

// The graded areas of every inspection cycle, as the schema records them (names, questions and
// aliases), normalised once: the one list of what HMICFRS grades.
const gradedAreas = new Set(
  frameworkDefinitions.flatMap((definition) =>
    definition.areas.filter((area) => area.graded).flatMap((area) => [area.name, ...(area.question ? [area.question] : []), ...area.aliases].map(normaliseName))
  )
)
// Every graded question and alias, normalised: a phrase found inside one is its own wording.
const gradedQuestions = frameworkDefinitions.flatMap((definition) =>
  definition.areas.filter((area) => area.graded).flatMap((area) => [...(area.question ? [area.question] : []), ...area.aliases].map(normaliseName))
)
// The same, one a line, for one search: a normalised phrase holds no line break, so it is found in
// this text exactly when it is found in one question.
const gradedQuestionText = gradedQuestions.join('\n')

/**
 * Whether a phrase is part of a graded question's own wording ("preventing crime, tackling
 * anti-social behaviour and keeping people safe" of PEEL 2016's "How effective is the force at
 * preventing crime, tackling anti-social behaviour and keeping people safe?"): one area, not a list.
 * Remembered per document: a serial list's pieces are asked about again by each grade of its sentence.
 */
export const isQuestionWording = rememberedPerDocument((text: string): boolean => {
  const key = normaliseName(text)
  return key.length >= 12 && gradedQuestionText.includes(key)
})

// Every graded area's name and aliases as sets of words, for a name printed in another order.
const wordsOf = (text: string): string[] => normaliseName(text).split(/[^a-z-]+/).filter((word) => word.length > 2 && word !== 'and' && word !== 'the')
const gradedWordSets = frameworkDefinitions.flatMap((definition) =>
  definition.areas.filter((area) => area.graded).flatMap((area) => [area.name, ...area.aliases].map((printed) => new Set(wordsOf(printed))))
)

/**
 * Whether a list is one graded area's name with its parts in another order ("value for money,
 * strategic planning and organisational management" for "Strategic planning, organisational
 * management and value for money"): one area, not a list.
 */
export function isReorderedAreaName(text: string): boolean {
  return text.length <= maxListLength && isReorderedName(text)
}

const isReorderedName = rememberedPerDocument((text: string): boolean => {
  const words = new Set(wordsOf(text))
  return words.size >= 3 && gradedWordSets.some((set) => set.size === words.size && [...words].every((word) => set.has(word)))
})

/** Every graded area's name and aliases (not its question), with the name they print: how a restatement in other words is told to be the same area. */
export const gradedAreaNames: ReadonlyArray<readonly [name: string, printed: string]> = frameworkDefinitions.flatMap((definition) =>
  definition.areas.filter((area) => area.graded).flatMap((area) => [area.name, ...area.aliases].map((printed) => [area.name, printed] as const))
)
const maxAreaLength = 120
const maxListLength = 4 * maxAreaLength
// " and " matched from the first character of its whitespace run only (the lookbehind): linear on long runs.
const separators = /[,;]\s*(?:and\s+)?|(?<!\s)\s+and\s+/g
const maxListPieces = 16
const leadingConjunction = /^(?:and|or)\s+/i

/**
 * Whether a printed area is one a framework grades ("Investigating crime", "Developing a positive
 * workplace"), whatever its case and punctuation.
 *
 * @example isFrameworkArea('developing a positive workplace') // true
 */
export function isFrameworkArea(text: string): boolean {
  return text.length <= maxAreaLength && isGradedAreaName(text)
}

// An area is named again and again in a document (each grade sentence, table and list names one).
const isGradedAreaName = rememberedPerDocument((text: string): boolean => {
  const key = normaliseName(trimListPunctuation(text))
  return gradedAreas.has(key) || frameworkAreaByWords(key) !== undefined
})

// Words that say nothing of which area is graded: articles, prepositions, the body graded, and the
// frame of a question ("How effective is the FRS at …", "How well does the force …").
const frameWords = new Set(
  'a an and are as at by does for from how in is it its of on or our the their through to well what which who with extent effective effectively force service frs police rescue other now'.split(' ')
)
// The pillars are told apart by `pillarNamed`; their questions' words ("keeping people safe") name no one area.
const pillarAreaNames = new Set(['effectiveness', 'efficiency', 'legitimacy', 'people'])

/**
 * A word's stem for matching an area's name in other words: lower case, without a plural or
 * possessive "s", cut to five letters ("affordability" and "affordable", "fires" and "fire",
 * "promoting" and "promotion"; "respect" and "responding" stay apart).
 */
function wordStem(word: string): string {
  const singular = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
  return singular.slice(0, 5)
}

/** The distinctive words of a normalised name, as stems (`wordStem`). */
function contentStems(key: string): Set<string> {
  return stemsOf(key.split(/[^a-z]+/))
}

/** The stems of the distinctive words among a normalised name's words. */
function stemsOf(words: readonly string[]): Set<string> {
  const stems = new Set<string>()
  for (const word of words) if (word.length > 1 && !frameWords.has(word)) stems.add(wordStem(word))
  return stems
}

// Every graded area (not a pillar) with the distinctive words of each way the framework words it:
// its name, its question and its aliases.
const areaWordSets: ReadonlyArray<readonly [name: string, stems: Set<string>]> = frameworkDefinitions.flatMap((definition) =>
  definition.areas
    .filter((area) => area.graded && !pillarAreaNames.has(area.name.toLowerCase()))
    .flatMap((area) => [area.name, ...(area.question ? [area.question] : []), ...area.aliases].map((printed) => [area.name, contentStems(normaliseName(printed))] as const))
)

// The entries of `areaWordSets` holding each stem, in their order: a phrase is compared only with
// the wordings that hold its first stem, since a match must hold them all.
const areaWordSetsByStem = new Map<string, Array<readonly [name: string, stems: Set<string>]>>()
for (const entry of areaWordSets) {
  for (const stem of entry[1]) {
    const entries = areaWordSetsByStem.get(stem)
    if (entries) entries.push(entry)
    else areaWordSetsByStem.set(stem, [entry])
  }
}

/**
 * The graded area a shortened or reworded name stands for ("future affordability", "right people,
 * right skills", "Best Use of Resources", "promoting fairness and diversity"): the one area whose
 * name, question or an alias holds every distinctive word of the phrase (two words at least);
 * `undefined` when none does, or when the words fit areas of different names.
 *
 * @example frameworkAreaByWords('future affordability') // 'Making the FRS affordable now and in the future'
 */
export function frameworkAreaByWords(text: string): string | undefined {
  return text.length > maxAreaLength ? undefined : areaByWords(text)
}

// The grade readers ask it of the same phrases again and again (each clause's area, each piece of a
// list, each cut tried): each phrase is read once a document.
const areaByWords = rememberedPerDocument((text: string): string | undefined => {
  const key = normaliseName(text)
  // A name ends with one of its words, not with a preposition that runs on ("… people with the").
  const words = key.split(/[^a-z]+/).filter((word) => word !== '')
  if (words.length === 0 || frameWords.has(words.at(-1)!)) return undefined
  const stems = stemsOf(words)
  if (stems.size < 2) return undefined
  let found: string | undefined
  const [first] = stems
  for (const [name, words] of areaWordSetsByStem.get(first!) ?? []) {
    if (words.size < stems.size || found === name) continue
    let all = true
    for (const stem of stems) {
      if (!words.has(stem)) {
        all = false
        break
      }
    }
    if (!all) continue
    if (found !== undefined) return undefined
    found = name
  }
  return found
})

/**
 * The areas of a list written in one phrase ("responding to the public and recording data about
 * crime", "investigating crime, managing offenders and suspects, and developing a positive
 * workplace"): cut at commas and "and" only where every piece is a graded area, so an area whose
 * name holds "and" or a comma ("Managing offenders and suspects", "Building, supporting and
 * protecting the workforce") stays whole. Otherwise the phrase is one area.
 *
 * @example areaList('responding to the public and recording data about crime') // ['responding to the public', 'recording data about crime']
 */
export function areaList(text: string): string[] {
  return text.length > maxListLength ? [text] : areasOf(text)
}

// The same list is read again by each grade it gives: the answer must not be changed.
const areasOf = rememberedPerDocument((text: string): string[] => {
  const whole = trimListPunctuation(text)
  // Most areas hold no separator: no list, and no name to normalise.
  separators.lastIndex = 0
  if (!separators.test(whole) || isFrameworkArea(whole)) return [whole]
  // The pieces between separators, in the text and in its normalised form (normalised once; the
  // pieces' keys are slices of it). An area is a run of consecutive pieces.
  const printed = piecesOf(whole)
  const normal = normaliseName(whole)
  const keys = piecesOf(normal)
  if (printed.starts.length !== keys.starts.length || printed.starts.length > maxListPieces) return [whole]
  const count = printed.starts.length
  // cut[i]: where the area that starts at piece i ends (the piece after it), for a cut of the rest
  // into areas; filled from the end, trying the longest area first. The framework's own names cut
  // first; only a list they cannot cut is cut by names written in other words ("understanding fire
  // and risk and future affordability").
  const cutBy = (isArea: (key: string) => boolean): Array<number | undefined> => {
    const cut: Array<number | undefined> = []
    cut[count] = count
    for (let from = count - 1; from >= 0; from--) {
      for (let to = count; to > from; to--) {
        if (cut[to] !== undefined && (isArea(withoutArticle(normal.slice(keys.starts[from], keys.ends[to - 1]))) || sharedObjectAreas(whole.slice(printed.starts[from], printed.ends[to - 1])))) {
          cut[from] = to
          break
        }
      }
    }
    return cut
  }
  let cut = cutBy(isGradedKey)
  const byWords = cut[0] === undefined
  if (byWords) cut = cutBy((key) => isGradedKey(key) || frameworkAreaByWords(key) !== undefined)
  if (cut[0] === undefined) return [whole]
  const areas: string[] = []
  for (let from = 0; from < count; from = cut[from]!) {
    const area = whole.slice(printed.starts[from], printed.ends[cut[from]! - 1])
    areas.push(...(sharedObjectAreas(area) ?? [area]))
  }
  // Pieces that all name one area in other words are that area's own wording ("protecting
  // vulnerable people and supporting victims": the question of "Protecting vulnerable people").
  return byWords && oneAreaInWords(areas) !== undefined ? [whole] : areas
})

/** The one graded area every piece names in other words (`frameworkAreaByWords`), if they all name the same. */
export function oneAreaInWords(pieces: readonly string[]): string | undefined {
  const area = pieces.length > 0 ? frameworkAreaByWords(pieces[0]!) : undefined
  return area !== undefined && pieces.every((piece) => frameworkAreaByWords(piece) === area) ? area : undefined
}

// "preventing and investigating crime": two verbs sharing one object. Bounded: an object is at most 100 characters.
const sharedObject = /^([\p{L}]+ing) and ([\p{L}]+ing) (\S.{0,99})$/iu

/**
 * The two areas of two verbs sharing one object, when each verb with the object is a framework's
 * name ("preventing and investigating crime": preventing crime, investigating crime); `undefined`
 * otherwise ("preventing and deterring crime" is one area).
 */
function sharedObjectAreas(text: string): [string, string] | undefined {
  const match = sharedObject.exec(text)
  if (!match) return undefined
  const first = `${match[1]!} ${match[3]!}`
  const second = `${match[2]!} ${match[3]!}`
  // Two areas, not one named by both verbs ("preventing and deterring crime" is Preventing crime).
  return isFrameworkArea(first) && isFrameworkArea(second) && !isFrameworkArea(text) ? [first, second] : undefined
}

/** Where the pieces of a list start and end, between its separators. */
function piecesOf(text: string): {starts: number[]; ends: number[]} {
  const starts = [0]
  const ends: number[] = []
  separators.lastIndex = 0
  for (let match = separators.exec(text); match; match = separators.exec(text)) {
    ends.push(match.index)
    starts.push(match.index + match[0].length)
  }
  ends.push(text.length)
  return {starts, ends}
}

/**
 * Whether a normalised piece of a list is a graded area, also with the subject's possessive a
 * sentence adds ("making best use of its resources" is Making best use of resources).
 */
function isGradedKey(key: string): boolean {
  return gradedAreas.has(key) || (key.includes(' its ') && gradedAreas.has(key.replaceAll(' its ', ' ')))
}

/** A normalised name without its leading "the", as `normaliseName` leaves names. */
function withoutArticle(key: string): string {
  return key.startsWith('the ') ? key.slice(4) : key
}

/**
 * A list item or line without the punctuation and conjunction that join it to the next
 * ("Investigating crime; and"), trimmed with string tests, not a pattern anchored at the end.
 */
function trimListPunctuation(text: string): string {
  let trimmed = text.trim().replace(leadingConjunction, '')
  for (const word of ['and', 'or']) {
    const before = trimmed.length - word.length - 1
    // Only the tail is lower-cased: the whole item is not copied to test its last word.
    if (before > 0 && trimmed.slice(-word.length).toLowerCase() === word && /\s/.test(trimmed.charAt(before))) trimmed = trimmed.slice(0, before).trimEnd()
  }
  return ';,.'.includes(trimmed.charAt(trimmed.length - 1)) && trimmed.length > 0 ? trimmed.slice(0, -1).trimEnd() : trimmed
}

// The pillars of PEEL 2014–19 and of fire and rescue inspections (the first areas of their
// frameworks), named as a grade's area: "<Pillar> (pillar)", with what the pillar judges.
const policePillars = ['Effectiveness (pillar)', 'Efficiency (pillar)', 'Legitimacy (pillar)']
const firePillars = ['Effectiveness (pillar)', 'Efficiency (pillar)', 'People (pillar): looking after its people']
// How a fire and rescue service is printed: its name or abbreviation ("BFRS"), "the service", "the brigade".
const fireWords = /\b(?:fire|brigade|service)\b|FRS$/i
const policeWords = /\b(?:police|force|constabulary)\b/i

/**
 * The pillars a subject's inspections grade: a fire and rescue service's, or a force's (PEEL until
 * 2019; later PEEL has no pillars). The subject as printed says which ("the service", "BFRS",
 * "Kent Police"); a pronoun, the subject the document is about.
 *
 * @example pillarsOf('BFRS', undefined)?.[2] // 'People (pillar): looking after its people'
 */
export function pillarsOf(printed: string, subject: ReportSubject | undefined): readonly string[] | undefined {
  if (subject?.kind === 'fire-and-rescue-service' || fireWords.test(printed)) return firePillars
  if (subject?.kind === 'force' || policeWords.test(printed)) return policePillars
  return undefined
}

// How a pillar is printed as a graded area: its name ("Effectiveness (pillar)", "overall
// efficiency", "its efficiency"), or the pillar sentence's words ("is effective at keeping people
// safe and reducing crime", "operates efficiently and sustainably", "treats the public and its
// workforce legitimately", "looks after its people").
const pillarLead = /^(?:(?:is|its|overall|the)\s+)+/i
const pillarForms: ReadonlyArray<readonly [string, RegExp]> = [
  // "The service is good at keeping people safe": a fire summary restating the effectiveness pillar.
  ['effectiveness', /^(?:effective(?:ness)?(?:$|\s+\(pillar\)|\s+at\s+(?:keeping|reducing)\b)|keep(?:s|ing) people safe(?: and secure)?$)/i],
  ['efficiency', /^(?:efficien(?:cy|t)(?:$|\s+\(pillar\)|\s+at\s+keeping\b)|operates efficiently\b)/i],
  ['legitimacy', /^(?:legitima(?:cy|te)(?:$|\s+\(pillar\)|\s+at\s+keeping\b)|(?:(?:way|how) it\s+)?treats the public and its workforce\b|how legitimately\b)/i],
  ['people', /^(?:people(?:$|\s+\(pillar\))|(?:how (?:well )?it )?look(?:s|ing)? after its people$)/i]
]

const questionStart = /^\s*(?:how|to what)\b/i
// The pillars' questions as the frameworks record them ("How efficiently does the force operate
// and how sustainable are its services to the public?"), normalised, to the pillar's name.
const pillarNames = new Set(['effectiveness', 'efficiency', 'legitimacy', 'people'])
const pillarQuestions = new Map(
  frameworkDefinitions.flatMap((definition) =>
    definition.areas
      .filter((area) => pillarNames.has(area.name.toLowerCase()))
      .flatMap((area) => [...(area.question ? [area.question] : []), ...area.aliases].map((text) => [normaliseName(text), area.name.toLowerCase()] as const))
  )
)

/**
 * The pillar a graded area stands for, however it is printed, so that one pillar's grade given
 * twice (a summary's "in each of the three pillars", the pillar sentences, a label under the
 * pillar's question) is kept once.
 *
 * @example pillarNamed('operates efficiently and sustainably') // 'efficiency'
 */
export function pillarNamed(area: string): string | undefined {
  if (area.length > maxAreaLength) return undefined
  // Every pillar's question starts "How …" or "To what extent …": only those are normalised and looked up.
  const question = questionStart.test(area) ? pillarQuestions.get(normaliseName(area)) : undefined
  if (question) return question
  const text = area.trim().replace(pillarLead, '')
  for (const [pillar, form] of pillarForms) if (form.test(text)) return pillar
  return undefined
}
