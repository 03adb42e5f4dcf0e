import type {FindingKind} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {countOf, countWords} from '../grade-clauses.js'
import {modal, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'
import type {SentenceSpan} from '../sentences.js'
import {semicolonPieces} from './prose-lists.js'

// "the report's 4 recommendations – (i) Home Office to define …; (ii) …", "made three
// recommendations: the force should …; it should …; and …", "two areas for improvement, which were
// that A; and B": recommendations or areas for improvement counted and then listed in the same
// sentence, pieces parted by semicolons, as minutes, articles and news items summarise a report.
// The count comes first; what sets the list off is a dash, a colon or "which were (that)".
const countedDemands = new RegExp(
  String.raw`\b(${countWords.join('|')}|\d{1,2}) (?:(?:main|key|new|further|specific) )?(recommendations|areas? for improvement)\b[^.;:–—]{0,60}?(?:[ \u00A0][–—-]|:|,? which (?:were|are)(?: that)?)[ \u00A0]+`,
  'gi'
)
// "(i) ", "(b) ", "3) ", "2. ": a piece's own number or letter, no word of the finding.
const enumerator = /^(?:\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)|(?:[a-h]|\d{1,2})[.)])[ \u00A0]+/i
// "we said that the force should …": the reported-speech opening a piece may repeat, no word of the finding.
const saidThat = /^(?:we|it|they|hmicfrs|hmic|the (?:report|inspectorate|inspectors)) (?:said|found|noted|recommended) that[ \u00A0]+/i
// "Home Office to define …", "NFCC and LGA to produce …": a recommendation in the shorthand of
// minutes, the body that is to act and the infinitive; or a clause with a modal ("the force should …").
const actorToVerb = /^[A-Z][^;:.]{0,80}? to [a-z]{3,}/
const fewestWords = 4

/**
 * Recommendations and areas for improvement listed in prose right after their count, one piece a
 * finding, when every piece is a demand (a modal clause, or "<body> to <verb> …") and the pieces are
 * as many as counted. A list said of an earlier inspection is history. Causes of concern counted
 * and listed this way are the prose-list reader's.
 */
export const countedDemandLists: ReaderFactory = () => ({
  triggers: ['recommendations', 'for improvement'],
  enter: {paragraph: read}
})

function read(block: Block, context: ReadContext): boolean {
  const text = block.text
  const spans = sentenceSpans(text)
  let read = false
  // One pass over the paragraph: each count, then the sentence it stands in.
  countedDemands.lastIndex = 0
  for (let count = countedDemands.exec(text); count; count = countedDemands.exec(text)) {
    const sentence = spans.find((span) => span.end > count!.index)
    if (!sentence) break
    const from = count.index + count[0].length
    const pieces = semicolonPieces(text, from, sentence.end).map((piece) => withoutEnumerator(text, piece))
    if (pieces.length !== countOf(count[1]!) || !pieces.every((piece) => isDemand(text.slice(piece.start, piece.end)))) continue
    const kind: FindingKind = count[2]!.toLowerCase().startsWith('recommendation') ? 'recommendation' : 'area-for-improvement'
    const history = saysEarlierInspection(text.slice(sentence.start, count.index))
    for (const piece of pieces) {
      const words = text.slice(piece.start, piece.end)
      const position = context.spanPosition(block, piece.start, piece.end)
      if (history) context.history(kind, words, position)
      else context.finding(kind, words, position)
    }
    read = true
    countedDemands.lastIndex = Math.max(countedDemands.lastIndex, sentence.end)
  }
  return read
}

/** A piece without its number or letter ("(ii) ") and its reported-speech opening ("we said that "). */
function withoutEnumerator(text: string, piece: SentenceSpan): SentenceSpan {
  let start = piece.start
  for (const opening of [enumerator, saidThat]) {
    const match = opening.exec(text.slice(start, piece.end))
    if (match) start += match[0].length
  }
  return {start, end: piece.end}
}

function isDemand(piece: string): boolean {
  return piece.split(/\s+/).length >= fewestWords && (modal.test(piece) || actorToVerb.test(piece))
}
