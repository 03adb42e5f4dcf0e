import {normaliseName} from '@scrutiny/schema/internal'

const punctuation = /[.;:,'"‘’“”()]/g
const stopWords = new Set(
  'the a an of and or to in on for with by its it is are be should that this their they from at as how make sure improve'.split(' ')
)

// Matching compares every finding with every quote; each text is flattened once, not once per pair.
// The cache is emptied when full, so a long-running process does not keep every text it has seen.
const flattened = new Map<string, string>()
const maxCached = 10_000

/** A text as findings are compared: lower case, no punctuation or quotes, single spaces. */
export function flatten(text: string): string {
  let flat = flattened.get(text)
  if (flat === undefined) {
    flat = normaliseName(text).replace(punctuation, '').replace(/ {2,}/g, ' ').trim()
    if (flattened.size >= maxCached) flattened.clear()
    flattened.set(text, flat)
  }
  return flat
}

/**
 * Whether two texts are the same finding: equal, or one contains the other, ignoring case,
 * punctuation, quotes, dashes and spacing.
 *
 * @example sameFindingText('Warwickshire Police should improve the quality of its 4P plans.', 'warwickshire police should improve the quality of its 4P plans') // true
 */
export function sameFindingText(a: string, b: string): boolean {
  return sameFlatText(flatten(a), flatten(b))
}

/** `sameFindingText` of two texts already flattened, for callers that flatten each text once. */
export function sameFlatText(left: string, right: string): boolean {
  return left.length > 0 && right.length > 0 && (left === right || left.includes(right) || right.includes(left))
}

/** The content words of a text (lower case, no stop words, at least three letters). */
export function contentWords(text: string): Set<string> {
  return new Set(
    flatten(text)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3 && !stopWords.has(word))
  )
}

/**
 * Share of a finding's content words found in a passage's: 1 when every word is there. Takes the
 * word sets (from `contentWords`) so a caller scoring many pairs splits each text once.
 */
export function paraphraseScore(wanted: ReadonlySet<string>, words: ReadonlySet<string>): number {
  if (wanted.size === 0) return 0
  let shared = 0
  for (const word of wanted) if (words.has(word)) shared++
  return shared / wanted.size
}
