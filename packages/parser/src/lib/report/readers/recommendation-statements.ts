import type {List} from 'mdast'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'
import type {Demand} from '../demands.js'
import {isLeadIn, isProgressStatus, modal, narrative, saidOfEarlierTime} from '../patterns.js'
import {lastSentenceSpan, sentenceSpans} from '../sentences.js'

// The formula national reports state a recommendation in: a deadline, then who should act
// ("By 31 March 2026, chief constables should …", "By September 2026, the NPCC lead for … should …",
// "With immediate effect, all forces should …").
const deadlineOpening = /^(?:by|before|no later than|within|with immediate effect|immediately)\b[^,.;:]{0,40},\s/i
const weRecommend = /^we (?:also |therefore |further )?recommend that\b/i
// "We make the following recommendations:", "The report makes six recommendations:", "We
// recommend that chief constables:": recommendations follow. "recommended" is an earlier report's.
const namesRecommendations = /\brecommend(?:s|ations?)?\b/i
const quoted = /^[“"‘']/
const pronoun = /^(?:it|they|this|that|these|those|we|you|he|she|i)$/i

/**
 * Recommendations that national thematic and joint inspection reports print in the body, with no
 * findings heading: a paragraph in the recommendation formula (a deadline, an addressee and
 * "should"), "We recommend that …", and the items after a lead-in that introduces recommendations
 * ("We recommend that chief constables:", "We make the following recommendations:"), each addressed
 * as the lead-in says unless it names its own addressee. An earlier report's recommendations ("Our
 * 2022 report recommended that …", "In 2019 we made the following recommendations:"), another
 * body's advice ("The College of Policing recommends …") and quotations are not this report's.
 * Inside a findings box, the box reads them.
 */
export const recommendationStatements: ReaderFactory = () => {
  /** After a lead-in: its demand, and the list its items are in (or `paragraphs` when the copy has no list). */
  let pending: {demand?: Demand; list?: List; paragraphs?: boolean} | undefined

  const inBox = (context: ReadContext) => context.sections.some((section) => section.role !== 'heading')

  return {
    enter: {
      section() {
        pending = undefined
      },
      paragraph(block, context) {
        const text = block.text.trim()
        const current = pending
        pending = undefined
        // A copy without list markers: each paragraph stating a demand after the lead-in is an item.
        if (current && !current.list && modal.test(text) && !narrative.test(text) && !isLeadIn(text)) {
          emitItem(block, context, current.demand)
          pending = {...current, paragraphs: true}
          return true
        }
        if (quoted.test(text) || !(deadlineOpening.test(text) || weRecommend.test(text) || (isLeadIn(text) && namesRecommendations.test(text)))) return false
        if (inBox(context)) return false
        if (isLeadIn(text)) {
          const last = lastSentenceSpan(text)
          const sentence = last ? text.slice(last.start, last.end) : text
          const formula = deadlineOpening.test(sentence) && modal.test(sentence)
          // "In 2019 we made these recommendations:", "progress against the recommendations:" look back.
          const introduces = namesRecommendations.test(sentence) && !saidOfEarlierTime.test(sentence) && !isProgressStatus(sentence)
          if (!formula && !introduces) return false
          const demand = readDemand(sentence, context.subject)
          pending = demand ? {demand} : {}
          return true
        }
        const first = firstDemandSentence(text)
        if (!first) return false
        const demand = readDemand(first, context.subject)
        // "By then, it should …": the formula names who should act, not a pronoun.
        if (!weRecommend.test(text) && !demand?.addressees.some((addressee) => !pronoun.test(addressee.name))) return false
        const start = block.text.indexOf(text)
        context.finding('recommendation', text, context.spanPosition(block, start, start + text.length), {demand: demand ?? {addressees: []}})
        return true
      },
      item(block, context) {
        const current = pending
        if (!current || current.paragraphs || (current.list && current.list !== block.list)) {
          pending = undefined
          return false
        }
        current.list = block.list
        emitItem(block, context, current.demand)
        return true
      }
    }
  }
}

/** The first sentence of a paragraph when it states a demand ("… should …"). */
function firstDemandSentence(text: string): string | undefined {
  const span = sentenceSpans(text)[0]
  const sentence = span ? text.slice(span.start, span.end) : text
  return modal.test(sentence) ? sentence : undefined
}

function emitItem(block: Block, context: ReadContext, leadIn: Demand | undefined): void {
  const text = block.text.trim()
  const start = block.text.indexOf(text)
  const own = modal.test(text) ? readDemand(text, context.subject) : undefined
  const demand = own?.addressees.length ? own : (leadIn ?? {addressees: []})
  context.finding('recommendation', text, context.spanPosition(block, start, start + text.length), {demand})
}
