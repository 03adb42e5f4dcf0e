import type {HistoricalFinding} from '@scrutiny/schema'
import {normaliseText} from '../normalise-text.js'
import {sharedCount} from '../text.js'

/**
 * A sentence of a letter stating what became of one cause of concern ("This has resulted in the
 * closure of the accelerated cause of concern about the mobilisation system.", "We have closed this
 * cause of concern."), kept until the document is read: the cause it is about may be quoted before
 * or after it, and is history only once the document's kind is known.
 */
export interface ProgressNote {
  /** The sentence, as printed: the status. */
  status: string
  /** What the cause is about ("the mobilisation system"), when the sentence says; otherwise it is about the last cause quoted before it. */
  topic?: string
  /** Where the sentence starts in the source. */
  offset: number
}

const namesOneCause = /\b(?:this|the|that) (?:accelerated )?cause of concern\b/i
// The states a letter gives a cause of concern: closed (or its closure), discharged, still open.
const causeState = /\b(?:closure|closed|discharged|remains? open|still open)\b/i
// "the cause of concern about the mobilisation system", "… relating to prevention": what it is about.
const causeTopic = /\bcause of concern (?:about|relating to|regarding|concerning|into|on) ([^,.;:()]{3,120})/i
const topicWord = /[\p{L}\p{N}]{4,}/gu
const maxSentenceLength = 600

/**
 * The note a sentence makes about one cause of concern's state, or `undefined` when it names no
 * single cause or no state.
 *
 * @example progressNote('This has resulted in the closure of the cause of concern about the mobilisation system.', 0)
 * // {status: 'This has resulted in …', topic: 'the mobilisation system', offset: 0}
 */
export function progressNote(sentence: string, offset: number): ProgressNote | undefined {
  if (sentence.length > maxSentenceLength || !namesOneCause.test(sentence) || !causeState.test(sentence)) return undefined
  const topic = causeTopic.exec(sentence)?.[1]?.trim()
  return {status: sentence, offset, ...(topic ? {topic} : {})}
}

const topicWords = (text: string) => new Set(normaliseText(text).toLowerCase().match(topicWord) ?? [])

/**
 * Give each note's status to the restated cause of concern it is about: the one sharing most words
 * with its topic (none on a tie), or without a topic the last cause quoted before the sentence.
 * `history` is in document order.
 */
export function applyProgress(history: readonly HistoricalFinding[], notes: readonly ProgressNote[]): void {
  if (notes.length === 0) return
  const causes = history.filter((item) => item.kind === 'cause-of-concern')
  const words = causes.map((cause) => topicWords(cause.text))
  for (const note of notes) {
    const at = note.topic === undefined ? lastBefore(causes, note.offset) : aboutTopic(words, topicWords(note.topic))
    if (at !== undefined) causes[at]!.status = note.status
  }
}

/** The index of the last cause starting before `offset` (binary search: causes are in document order). */
function lastBefore(causes: readonly HistoricalFinding[], offset: number): number | undefined {
  let low = 0
  let high = causes.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((causes[middle]!.position.start.offset ?? Infinity) < offset) low = middle + 1
    else high = middle
  }
  return low > 0 ? low - 1 : undefined
}

/** The index of the cause whose words share most with the topic's; none on a tie or no overlap. */
function aboutTopic(causes: ReadonlyArray<ReadonlySet<string>>, topic: ReadonlySet<string>): number | undefined {
  let best: number | undefined
  let most = 0
  let tied = false
  causes.forEach((words, index) => {
    const shared = sharedCount(topic, words)
    if (shared === 0 || shared < most) return
    tied = shared === most
    if (!tied) [best, most] = [index, shared]
  })
  return tied ? undefined : best
}
