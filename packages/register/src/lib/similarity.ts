import {normaliseText} from '@scrutiny/parser'

const word = /[\p{L}\p{N}]+/gu

/** The distinct lower-case words of a text, after the parser's normalisation of quotes and dashes. */
export function wordSet(text: string): Set<string> {
  return new Set(normaliseText(text).toLowerCase().match(word) ?? [])
}

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
  let shared = 0
  for (const item of left) if (right.has(item)) shared++
  return Math.round(((2 * shared) / (left.size + right.size)) * 100) / 100
}
