import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {causeOfConcernWording, inspectorateSaidAt, modal, namesFailing, notAStatement, saidOfEarlierTime} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'
import type {SentenceSpan} from '../sentences.js'

// "To help the force improve, we have made four recommendations to it and its police and crime
// commissioner. These address our main causes of concern.": a custody report's summary says its
// recommendations answer causes it states in the summary's prose.
const recommendationsAddressCauses = /\baddress(?:es)? (?:our|the|its) (?:main |principal |key )?causes? of concern\b/i
// "… It is a cause of concern.", "… the overall leadership and scrutiny of custody remains a cause of
// concern.": a sentence ending by calling what it states a cause of concern (present tense: "was a
// cause of concern in our previous inspection" alone is history).
const endsAsVerdict = /\b(?:is|are|remains|remain) (?:an?|our|the) (?:(?:main|principal|serious|significant|continuing) )?causes? (?:of|for) concern(?: (?:to|for) (?:us|hmicfrs|the inspectorates?))?\.?$/i
// "It is a cause of concern.", "This remains a cause of concern.": the verdict points back at the
// sentence before it.
const pointsBack = /^(?:it|this|these|that|those|each|both)\b/i
// "… the service wasn’t doing enough to make sure its protection work was effective, and I have
// given a new cause of concern.": an inspector's announcement ending the sentence stating the
// failing. A release may print it without any summary around it.
const givenCause = /,? and (?:i|we|hmicfrs) (?:have|has) (?:given|issued|raised) (?:(?:it|the service|the force) )?(?:a|an|one) (?:(?:new|further|accelerated) )*cause (?:of|for) concern\.?$/i
// "The service isn’t doing enough to audit high-risk premises. As a result, we have issued a cause
// of concern.": the same announcement as a sentence of its own, after the sentence stating the failing.
const givenCauseSentence = /^(?:(?:as a result|therefore|consequently|so|because of this),? )?(?:i|we|hmicfrs|the inspectorate) (?:have|has) (?:now )?(?:given|issued|raised) (?:(?:it|the service|the force)(?: with)? )?(?:a|an|one) (?:(?:new|further|accelerated) )*cause (?:of|for) concern\.?$/i
const mostSentences = 40
// "HMICFRS has therefore issued an accelerated cause of concern to Hertfordshire Fire and Rescue
// Service.": a release's announcement opening a paragraph, pointing back ("therefore", "as a result")
// at the failing it reported the inspectorate saying before.
const issuedAsAResult =
  /^(?:(?:as a result|therefore|consequently|because of this),? )?(?:hmicfrs|hmic|the inspectorates?|inspectors)(?: (?:has|have))? (?:therefore |consequently |now )?(?:given|issued|raised) (?:(?:it|the service|the force)(?: with)? )?(?:a|an|one) (?:(?:new|further|accelerated) )*cause (?:of|for) concern(?: (?:to|for|with) [^.;:]{1,80})?\.?$/i
const pointsBackAsResult = /\b(?:therefore|as a result|consequently|because of this)\b/i
// "…, and it must act to implement …": a demand joined to the failing the inspectorate said, which
// the cause does not hold.
const joinedDemand = /,? (?:and|but) (?=[^.;]*\b(?:must|should|needs? to)\b)/i
const fewestReportedWords = 4

/**
 * Causes of concern stated in a custody report's summary prose, which prints them as verdicts
 * ending a paragraph's sentence: "… the oversight isn’t robust enough. There has been limited
 * improvement since our last inspection. It is a cause of concern." Only once the summary said its
 * recommendations address its causes of concern: elsewhere ("HMIC found that the force’s approach
 * to demand is a cause of concern.") the same words in an overview speak of a cause stated formally
 * in its box. A verdict naming its subject is the cause; one pointing back ("It is …") makes the
 * sentence before it the cause, passing over sentences about the last inspection, which give
 * context, not the concern. An inspector's "…, and I have given a new cause of concern." ending a
 * sentence that states a failing is read anywhere: the sentence is the cause; so is the sentence
 * stating a failing before "We have issued a cause of concern." on its own. A summary paragraph
 * ending with a verdict pointing back ("The service needs to … It should also …. This is a cause of
 * concern.", as fire pillar pages print one) is read anywhere: its cause is the run of sentences
 * just before the verdict that each state a need or a failing.
 */
export const causeVerdicts: ReaderFactory = () => {
  let announced = false
  /** The last failing a news item reported the inspectorate saying, under the current heading: a later "therefore issued" announcement names it a cause. */
  let reported: {block: Block; start: number; end: number} | undefined

  /** Remember the failing a paragraph reports the inspectorate saying ("HMICFRS said prevention activity isn’t …, and it must …"). */
  const noteReported = (block: Block): void => {
    const text = block.text
    for (const span of sentenceSpans(text).slice(0, mostSentences)) {
      const sentence = text.slice(span.start, span.end).trimEnd()
      const at = inspectorateSaidAt(sentence)
      if (at === -1) continue
      let clause = sentence.slice(at).replace(/[.;]$/, '')
      const demand = joinedDemand.exec(clause)
      if (demand) clause = clause.slice(0, demand.index)
      if (clause.split(' ').length < fewestReportedWords || notAStatement.test(clause) || !namesFailing.test(clause) || saidOfEarlierTime.test(sentence)) continue
      reported = {block, start: span.start + at, end: span.start + at + clause.trimEnd().length}
    }
  }

  const readVerdicts = (block: Block, context: ReadContext): boolean => {
    const text = block.text
    // Most blocks never name a cause of concern: a plain search answers before the patterns run.
    const wording = causeOfConcernWording(text)
    if (!wording.singular && !wording.plural) return false
    if (!announced && recommendationsAddressCauses.test(text)) {
      announced = true
      return false
    }
    const spans = sentenceSpans(text).slice(0, mostSentences)
    let read = false
    for (const [index, span] of spans.entries()) {
      const sentence = text.slice(span.start, span.end).trimEnd()
      if (index === 0 && reported && issuedAsAResult.test(sentence) && pointsBackAsResult.test(sentence)) {
        const {block: said, start, end} = reported
        reported = undefined
        context.finding('cause-of-concern', said.text.slice(start, end), context.spanPosition(said, start, end))
        read = true
        continue
      }
      const given = givenCause.exec(sentence)
      const closing = !given && !announced && index > 0 && index === spans.length - 1 && pointsBack.test(sentence) && endsAsVerdict.test(sentence)
      const verdict = !given && announced && endsAsVerdict.test(sentence)
      const announcement = !given && !verdict && !closing && givenCauseSentence.test(sentence)
      if (!verdict && !announcement && !closing && !(given && namesFailing.test(sentence.slice(0, given.index)))) continue
      const stated = closing ? needsBefore(text, spans, index) : announcement || (verdict && pointsBack.test(sentence)) ? statementBefore(text, spans, index) : span
      if (!stated) continue
      // An announcement names no cause itself: only a sentence before it stating a failing is one.
      if (announcement && !namesFailing.test(text.slice(stated.start, stated.end))) continue
      const end = stated.start + text.slice(stated.start, stated.end).trimEnd().length
      context.finding('cause-of-concern', text.slice(stated.start, end), context.spanPosition(block, stated.start, end))
      read = true
    }
    return read
  }

  return {
    triggers: ['concern', 'said', 'says'],
    enter: {
      section() {
        reported = undefined
      },
      paragraph(block, context) {
        if (readVerdicts(block, context)) return true
        noteReported(block)
        return false
      }
    }
  }
}

/**
 * The run of sentences right before the verdict at `index` that each state a need or a failing ("The
 * service needs to …. It should also …."), as one span; none when the sentence before it states
 * neither or speaks of the last inspection.
 */
function needsBefore(text: string, spans: readonly SentenceSpan[], index: number): SentenceSpan | undefined {
  let first = index
  while (first > 0) {
    const sentence = text.slice(spans[first - 1]!.start, spans[first - 1]!.end)
    if (!(modal.test(sentence) || namesFailing.test(sentence)) || saidOfEarlierTime.test(sentence)) break
    first--
  }
  return first === index ? undefined : {start: spans[first]!.start, end: spans[index - 1]!.end}
}

/** The nearest sentence before the verdict at `index` that is not about the last inspection. */
function statementBefore(text: string, spans: readonly SentenceSpan[], index: number): SentenceSpan | undefined {
  for (let before = index - 1; before >= 0; before--) {
    const span = spans[before]!
    if (!saidOfEarlierTime.test(text.slice(span.start, span.end))) return span
  }
  return undefined
}
