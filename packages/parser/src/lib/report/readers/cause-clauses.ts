import type {List} from 'mdast'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'
import type {Demand} from '../demands.js'
import {causeClauseSpan, causeOfConcernWording, causesSaidOfEarlierTime, isLeadIn, modal, namesFailing, statesCauseInProse} from '../patterns.js'
import {lastSentenceSpan, sentenceSpans} from '../sentences.js'

const lowerCaseStart = /^\p{Ll}/u
// "The inspection had found that the constabulary needed to improve …": after a paragraph naming the
// cause of concern without its words ("we are closing the cause of concern we raised in our 2023‑25
// … inspection"), a news item's next paragraph giving what that inspection found. Only a finding of
// a need or a failing ("had found that the force was good at …" states none).
const inspectionFoundThat = /^(?:(?:the|that|this|our) (?:inspection|report|inspectorate)|hmicfrs|hmic|inspectors) (?:had |has )?found that[ \u00A0]+(?=\S)/i
const pastPerfect = / had found /i
const statesNeed = /\bneed(?:s|ed)? to\b|\b(?:should|must)\b/i
// "… causes of concern, including that governance … were “limited”.": one of the causes counted, in a
// "that" clause after "including", to the sentence's end.
const causesIncludingThat = /\bcauses (?:of|for) concern,? including that[ \u00A0]+([^.;:!?]{12,600})[.;!?]/i
// "… were “limited”", "… is poor", "… too slow": a shortfall said with an adjective, not a negated verb.
const statesShortfall = /\b(?:limited|poor|inadequate|insufficient|ineffective|inconsistent|inaccurate|incomplete|unacceptable|unsafe|too)\b/i

interface Recommendations {
  history: boolean
  /** How many lists hold the block with the lead-in (0 for a paragraph). */
  depth: number
  demand?: Demand
  list?: List
}

/**
 * A cause of concern stated as a clause inside a sentence, as fire and police letters recall the
 * cause they follow up: "For both services, we identified as a cause of concern that they didn’t do
 * enough to be an inclusive employer." A clause said of an earlier time ("We first inspected … in
 * 2018") is history. When the block ends with a recommendation lead-in ("They were that, by 30 June
 * 2019, the service should:"), the items of the list after it are that cause's recommendations.
 */
export const causeClauses: ReaderFactory = () => {
  let recommendations: Recommendations | undefined
  /** The block before named a cause of concern without its words: the next may give them. */
  let causeNamed = false

  const read = (block: Block, context: ReadContext): boolean => {
    const text = block.text
    const named = causeNamed
    causeNamed = false
    if (named && readFoundThat(block, context, false)) return true
    // Most blocks never name a cause of concern: a plain search answers before the pattern runs.
    const wording = causeOfConcernWording(text)
    if (wording.plural && !wording.singular) return readIncludingThat(block, context)
    if (!wording.singular) return false
    causeNamed = true
    // A paragraph opening with its cause ("Our cause of concern is that the force …") is a statement
    // the finding boxes read whole, with the recommendations after it.
    if (statesCauseInProse(text)) return false
    const clause = causeClauseSpan(text)
    // "A cause of concern about … has been closed. The inspectorate had found that …": the same paragraph gives it.
    if (!clause) {
      if (!readFoundThat(block, context, true)) return false
      causeNamed = false
      return true
    }
    causeNamed = false
    const {start, end} = clause
    const history = causesSaidOfEarlierTime(text.slice(0, start))
    const position = context.spanPosition(block, start, end)
    if (history) context.history('cause-of-concern', text.slice(start, end), position)
    else context.finding('cause-of-concern', text.slice(start, end), position)
    const trimmed = text.trimEnd()
    const last = lastSentenceSpan(trimmed)
    const lead = last && last.start >= end ? trimmed.slice(last.start, last.end) : undefined
    recommendations = undefined
    if (lead && isLeadIn(lead) && modal.test(lead)) {
      const demand = readDemand(lead, context.subject)
      recommendations = {history, depth: block.listDepth ?? 0, ...(demand ? {demand} : {})}
    }
    return true
  }

  return {
    enter: {
      section() {
        recommendations = undefined
        causeNamed = false
      },
      paragraph(block, context) {
        recommendations = undefined
        return read(block, context)
      },
      item(block, context) {
        const current = recommendations
        if (current && continuesLeadIn(current, block)) {
          current.list = block.list
          const position = context.spanPosition(block, 0, block.text.length)
          if (current.history) context.history('recommendation', block.text, position, block.number, current.demand)
          else context.finding('recommendation', block.text, position, current.demand ? {demand: current.demand} : {})
          return true
        }
        recommendations = undefined
        return read(block, context)
      }
    }
  }
}

/**
 * "The inspectorates had five main causes of concern, including that governance and oversight of the
 * use of force in custody were “limited”.": a news item giving one of the causes it counts in a
 * "that" clause after "including": the clause, to its sentence's end without the full stop. Said of
 * an earlier time, it is history.
 */
function readIncludingThat(block: Block, context: ReadContext): boolean {
  const text = block.text
  const match = causesIncludingThat.exec(text)
  if (!match) return false
  const words = match[1]!.trimEnd()
  if (!namesFailing.test(words) && !modal.test(words) && !statesShortfall.test(words)) return false
  const start = match.index + match[0].length - match[1]!.length - 1
  const position = context.spanPosition(block, start, start + words.length)
  if (causesSaidOfEarlierTime(text.slice(0, match.index))) context.history('cause-of-concern', words, position)
  else context.finding('cause-of-concern', words, position)
  return true
}

/**
 * "The inspection had found that the constabulary needed to improve …." after the cause was named:
 * the clause, to its sentence's end, as that earlier inspection's cause ("HMICFRS found that the force
 * needs to …" after a cause issued: this one's).
 */
function readFoundThat(block: Block, context: ReadContext, afterNaming: boolean): boolean {
  const text = block.text
  const spans = sentenceSpans(text)
  // In the paragraph naming the cause, the sentences after the one that names it; else the first.
  const naming = afterNaming ? spans.findIndex((span) => text.slice(span.start, span.end).includes('ause of concern')) : -1
  if (afterNaming && naming === -1) return false
  for (const span of afterNaming ? spans.slice(naming + 1) : spans.slice(0, 1)) {
    const opening = inspectionFoundThat.exec(text.slice(span.start, span.end))
    if (!opening) continue
    const from = span.start + opening[0].length
    const clause = text.slice(from, span.end)
    if (!statesNeed.test(clause) && !namesFailing.test(clause)) continue
    // "had found": the inspection the closed or revisited cause came from; "found": the one the item reports.
    const position = context.spanPosition(block, from, span.end)
    if (pastPerfect.test(opening[0])) context.history('cause-of-concern', clause, position)
    else context.finding('cause-of-concern', clause, position)
    return true
  }
  return false
}

/**
 * Whether an item is one of the recommendations a lead-in announced: an item of the first list
 * after it nested deeper than the block holding the lead-in, or, where the copy flattened the
 * nesting into one list, an item completing the lead-in's sentence in lower case ("ensure that
 * …"). The next item of the outer list ("In 2019, an action plan was submitted …") ends them.
 */
function continuesLeadIn(current: Recommendations, block: Block): boolean {
  if (!block.list || (current.list && current.list !== block.list)) return false
  return (block.listDepth ?? 0) > current.depth || lowerCaseStart.test(block.text.trimStart())
}
