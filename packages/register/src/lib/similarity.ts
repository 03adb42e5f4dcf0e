import {normaliseText} from '@scrutiny/parser'

const word = /[\p{L}\p{N}]+/gu

/** The distinct lower-case words of a text, after the parser's normalisation of quotes and dashes. */
export function wordSet(text: string): Set<string> {
  return new Set(normaliseText(text).toLowerCase().match(word) ?? [])
}

function sharedWords(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  return shared
}

const hundredths = (value: number) => Math.round(value * 100) / 100

/**
 * The Dice coefficient of two texts' word sets, 0 to 1, rounded to two places: how alike a restated
 * finding is to the one it restates, whatever the wording changes around it.
 *
 * @example
 *   textSimilarity('share practice with partners', 'share practice with partner organisations') // => 0.67
 */
export function textSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const left = typeof a === 'string' ? wordSet(a) : a
  const right = typeof b === 'string' ? wordSet(b) : b
  if (left.size === 0 || right.size === 0) return 0
  return hundredths((2 * sharedWords(left, right)) / (left.size + right.size))
}

/**
 * The share of the smaller word set's words found in the larger, 0 to 1, rounded to two places:
 * whether a statement given in short says what a longer one says.
 *
 * @example
 *   wordContainment(wordSet('share practice'), wordSet('share practice with partners')) // => 1
 */
export function wordContainment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  return small.size === 0 ? 0 : hundredths(sharedWords(small, large) / small.size)
}

/** Texts this short are too common to be the beginning of one statement ("the force"). */
const minimumBeginning = 6

/**
 * Whether one normalised text is the beginning of the other: a statement cut off by the copy
 * ("fire co") or given by its first sentence.
 */
export function beginsWith(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= minimumBeginning && long.startsWith(short)
}
