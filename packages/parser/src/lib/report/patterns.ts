import type {FindingKind, GradeValue} from '@scrutiny/schema'

// Precompiled once; none has nested quantifiers, so each runs in time linear in its input.

const boxHeading =
  /^(?:accelerated )?(areas? for improvement|causes? of concern|recommendations?|innovative practices?|promising practices?)(?: \d{1,3}| (?:to|for) [a-z ,&]{1,40})?$/
const headingNoise = /^[\d.\s]*|[\s:.*_]*$/g
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
  if (text.length > 60) return undefined
  const match = boxHeading.exec(text.toLowerCase().replace(headingNoise, ''))
  return match ? boxKinds[match[1]!.split(' ')[0]!] : undefined
}

const contentsHeading = /^(?:table of )?contents$/i
export const isContentsHeading = (text: string): boolean => contentsHeading.test(text.trim())

const gradeWords: Readonly<Record<string, GradeValue>> = {
  outstanding: 'outstanding',
  good: 'good',
  adequate: 'adequate',
  'requires improvement': 'requires-improvement',
  inadequate: 'inadequate'
}
const gradeLabel = /^['‘"“]?(outstanding|good|adequate|requires improvement|inadequate)['’"”]?\.?$/i

/** The grade a bare label ("Good", "Requires improvement") names. */
export function gradeLabelValue(text: string): GradeValue | undefined {
  const match = text.length < 40 ? gradeLabel.exec(text.trim()) : null
  return match ? gradeValue(match[1]!) : undefined
}

export function gradeValue(word: string): GradeValue | undefined {
  return gradeWords[word.toLowerCase().replace(/\s+/g, ' ')]
}

/** Quick test before the sentence-level grade patterns run. */
export const mentionsGrade = /\b(?:outstanding|good|adequate|requires improvement|inadequate)\b/i

const leadInEnd = /:[\s\u00A0]*[–—-]?$/
const leadInStart = /^to address (?:this|these|the) causes? of concern\b/i

/** A sentence that introduces a list ("The service should make sure:", "…: –"). */
export function isLeadIn(text: string): boolean {
  return leadInEnd.test(text.slice(-6)) || leadInStart.test(text)
}

const earlierInspection =
  /\b(?:last inspected|previous(?:ly)?|earlier|last year|(?:19|20)\d\d(?:\/\d\d)? (?:[A-Za-z]+ ){0,2}(?:inspection|assessment)|in (?:19|20)\d\d\b)/i
const findingWords = /\b(areas? for improvement|recommendations?|causes? of concern)\b/i

/** A lead-in to a list of an earlier inspection's findings ("…identified three areas for improvement: –"). */
export function historyLeadInKind(text: string): FindingKind | undefined {
  if (!isLeadIn(text) || !earlierInspection.test(text)) return undefined
  const match = findingWords.exec(text)
  return match ? findingHeadingKind(match[1]!) : undefined
}

const progressStatus = /\b(?:remains?|remained|addressed|progress|improved|resolved|completed?|outstanding|no longer|met|not met|discharged)\b/i
export const isProgressStatus = (text: string): boolean => progressStatus.test(text)

/** A modal verb that makes a sentence a demand on someone. */
export const modal = /\b(?:should|must|needs? to|is required to|are required to)\b/i

const sentenceEnd = /(?:[.!?;:)\]"”’']|\band)$/
/** Whether text stops mid-sentence (a cut-off copy). */
export const isCutOff = (text: string): boolean => !sentenceEnd.test(text.trimEnd().slice(-4))

const questionHeading = /\?$/
export const isQuestion = (text: string): boolean => questionHeading.test(text.trim())

const chromeHeading = /^(?:last updated\b|\d{1,3}$)/i
/** Headings that are page furniture ("Last updated 27/09/2019", a bare question number). */
export const isChromeHeading = (text: string): boolean => chromeHeading.test(text.trim())
