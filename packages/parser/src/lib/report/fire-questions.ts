import {trimTrailingPunctuation} from './grades.js'

// The questions of a fire and rescue inspection, each by the words that open it in prose ("using
// resources", "the affordability of the service it provides", "understanding risk", "responding to
// fires"). No two questions share these words, so a phrase "A and B" whose halves open with two
// different questions' words names both ("good at using resources and providing an affordable
// service"); halves of one question ("ensuring fairness and promoting diversity", "managing
// performance and developing leaders") stay one area, as does a half that opens with no question's
// words ("responding to fires and other emergencies").
const opening = String.raw`^(?:(?:its|their|the|how (?:well )?it|the way (?:it|in which it))\s+)?`
const questionOpenings: ReadonlyArray<readonly [question: string, opens: RegExp]> = [
  // "its understanding" alone: the noun whose object the second half names ("its understanding and
  // prevention of fires"); the verb only with its object ("understands the importance of …" is not one).
  ['understanding risk', new RegExp(`${opening}(?:understand\\w* (?:of )?(?:the )?(?:risks?|fires?)|identif\\w* (?:the )?risks?)\\b|^(?:its|their) understanding$`, 'i')],
  ['prevention', new RegExp(`${opening}prevent\\w* (?:of )?(?:fires?|risks?)\\b`, 'i')],
  ['protection', new RegExp(`${opening}(?:protect\\w* the public|fire regulation)\\b`, 'i')],
  ['response', new RegExp(`${opening}respon\\w* to (?:fires|emergencies)\\b`, 'i')],
  ['major incidents', new RegExp(`${opening}(?:respon\\w* to )?(?:major (?:and multi-agency )?incidents|national risks?)\\b`, 'i')],
  ['resources', new RegExp(`${opening}(?:us\\w*|manag\\w*|making (?:the )?best use of) (?:its |their )?resources\\b`, 'i')],
  ['affordability', new RegExp(`${opening}(?:(?:provid\\w* an? )?affordab\\w*|future affordability)\\b`, 'i')],
  ['values and culture', new RegExp(`${opening}promot\\w* (?:the right |its )?values\\b`, 'i')],
  ['right people', new RegExp(`${opening}(?:get\\w*|ha\\w*) (?:the )?right people\\b`, 'i')],
  ['fairness and diversity', new RegExp(`${opening}(?:ensur\\w* fairness|promot\\w* diversity)\\b`, 'i')],
  ['performance and leaders', new RegExp(`${opening}(?:manag\\w* performance|develop\\w* leaders)\\b`, 'i')]
]
const maxPhraseLength = 200
const bareNoun = /^(?:its|their) [a-z]+$/i
const and = ' and '

/** The question a phrase opens with the words of, when exactly one. */
function questionOpened(phrase: string): string | undefined {
  let found: string | undefined
  for (const [question, opens] of questionOpenings) {
    if (!opens.test(phrase)) continue
    if (found !== undefined) return undefined
    found = question
  }
  return found
}

/**
 * Two fire questions joined by "and" in one phrase, cut at the "and" whose halves open with the
 * words of two different questions.
 *
 * @example twoFireQuestions('using resources and providing an affordable service') // ['using resources', 'providing an affordable service']
 */
export function twoFireQuestions(phrase: string): [string, string] | undefined {
  if (phrase.length > maxPhraseLength) return undefined
  for (let at = phrase.indexOf(and); at !== -1; at = phrase.indexOf(and, at + 1)) {
    const left = trimTrailingPunctuation(phrase.slice(0, at))
    const right = phrase.slice(at + and.length).trim()
    const first = questionOpened(left)
    const second = questionOpened(right)
    if (first === undefined || second === undefined || first === second) continue
    // "its understanding and prevention of fires and other risks": the object is both nouns'.
    const object = bareNoun.test(left) ? right.indexOf(' of ') : -1
    return [object === -1 ? left : `${left}${right.slice(object)}`, right]
  }
  return undefined
}
