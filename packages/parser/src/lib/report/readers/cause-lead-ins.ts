import type {FindingKind, HistoricalFinding} from '@scrutiny/schema'
import type {List} from 'mdast'
import type {Block} from '../blocks.js'
import {namesOnlyTopic} from '../cause-items.js'
import {countWords} from '../grade-clauses.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'
import type {Demand} from '../demands.js'
import {causesSaidOfEarlierTime, isLeadIn, modal, namesFailing, narrative, openingQuote, progressStatusIn, quotationContent, speaksOfCauses} from '../patterns.js'
import {lastSentenceSpan, sentenceSpans} from '../sentences.js'

// "We found that:", "we concluded that:", "Our inspection found:", "In our 2021 report, we said:" —
// in a letter, a quotation of the finding follows. Only the inspectorate's own words count:
// "HM Inspector Roy Wilsher said:" in a news release quotes a speaker, not a finding.
const foundThat = /\b(?:found|concluded|identified|we (?:said|stated|wrote|reported))(?: that)?:\s*[–—-]?$/i
// "In our 2022 report, we said: “The service does not …”": the lead and its quotation in one
// paragraph, the quotation running to the paragraph's end.
const quotationAfterColon = /:[ \u00A0]?[“"‘]/
const endsQuotation = /[”"’][.]?$/
const maxLead = 80

// "We made the following recommendations:", "We recommended that:" after a quoted cause: its recommendations follow.
const namesRecommendations = /\brecommend/i
// "To address this cause of concern, HMIC recommends that, within three months, the force:": the
// recommendations of a cause already stated follow, not causes (a finding box reads them).
const introducesDemands = /^to address\b|\brecommends that\b|\b(?:should|must)\b/i
// A paragraph that goes on with the letter ("This decision is further supported by …", "We
// moved …") rather than stating a cause: the list the lead-in announced is not in the copy.
const refersBack = /^(?:this|these|that|those|we|our|you|your|i)\b/i
// "The inspectorates have therefore made recommendations for Surrey Police to address these
// concerns": a paragraph opening by pointing back at what the lead-in announced, whose list the
// copy lost (a cause's statement may say "therefore" further on).
const pointsBackAtList = /\b(?:these|those|both|such) (?:(?:two|three|four|main|principal) )?(?:concerns|causes|issues|failings|shortcomings)\b|\btherefore\b/i
// "identified two principal causes for concern:": older custody releases write "for".
const namesCausesInLeadIn = /\bcauses? (?:of|for) concern\b/i
// "inspectors identified some causes of concern." then "identified principal concerns related to:",
// "found … key causes of concern." then "They highlighted three key areas for concern:": a custody
// release names its causes so once it has called them causes ("some other areas for concern:" on a
// page that never does is its summary of concerns).
const principalConcerns = /\b(?:(?:principal|main|key) (?:areas (?:of|for) )?concerns?|areas (?:of|for) concern)\b/i
// "The improvements the force has made against the causes of concern include:", "the force had
// addressed both causes of concern:": a list of what was done about the causes, or the causes
// restated ("We have closed the following causes of concern: • The force doesn’t …").
const speaksOfProgress = /\b(?:improvements?|improved|actions?|steps|changes|progress|addressed|closed?|resolved|discharged)\b/i
// "These were:", "They are as follows:", "These were that:": a lead-in whose sentence names nothing, pointing back to the one before.
// "There were three main causes of concern, which were:": the lead-in counts the causes, so the
// paragraphs stating them (where the copy has no list) end once that many are read; what follows
// ("In addition to these recommendations …") goes on with the article.
const countedCauses = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:(?:main|principal|key|accelerated|new|serious|significant|further) )*(?:causes? (?:of|for) concern|concerns)\b/i
// "The force did not …", "The force’s approach to … was not effective": the force (or its work) as the subject.
const forceAsSubject = /^(?:the|its) (?:forces?|service|constabulary)\b/i
const bareReferent = /^(?:these|they|this|it|those) (?:were|are|was|is)(?: as follows| that)?:\s*$/i

interface Mode {
  /** Reading causes (`cause`) or the recommendations after one (`recommendation`). */
  kind: FindingKind
  history: boolean
  /** The list whose items are being read, once one started. */
  list?: List
  demand?: Demand
  /** Only a quoted block counts ("We found that:" is followed by a quotation, or by prose). */
  quotedOnly?: boolean
  /** A cause was read from a paragraph: a demand lead-in may follow. */
  afterCause?: boolean
  /** Reading the recommendations of a cause read from a paragraph: the next cause may follow them. */
  ofStatedCause?: boolean
  /** The lead-in the items follow. */
  leadIn?: string
  /** The lead-in speaks of progress on the causes: only items stating a failing restate one. */
  ofProgress?: boolean
  /** The earlier causes listed so far, which the paragraph after the list may give a status. */
  restated?: HistoricalFinding[]
  /** How many more causes the lead-in counted ("three main causes of concern"), when it counted them. */
  remaining?: number
  /** The lead-in lists "key areas for concern" of a page that called them causes before: a release's bullets. */
  concernsNamedBefore?: boolean
}

/**
 * Causes of concern introduced by a lead-in rather than a heading, as letters and accelerated
 * causes of concern print them: "We sent you the cause of concern and made recommendations as
 * follows:" then the cause and "By 31 August 2021, the service should:" with its recommendations;
 * "we identified two accelerated causes of concern, which were that the force: • … • …"; in revisit
 * letters, "We found that:" then the quoted cause. Causes said of an earlier time are history. A
 * cause listed as a short bullet ("We have issued two accelerated causes of concern … as a result
 * of its failure to: • …") is a summary: a cause stated in full further down replaces it.
 */
export const causeLeadIns: ReaderFactory = () => {
  let mode: Mode | undefined
  /** The page has named causes of concern: its "principal concerns" are those causes. */
  let causesNamed = false

  const emit = (kind: FindingKind, block: Block, context: ReadContext, summary: boolean, firstOnly = false) => {
    const whole = quotationContent(block.text)
    const {text, start, end} = firstOnly ? statedFirst(whole) : whole
    const position = context.spanPosition(block, start, end)
    if (mode?.history) {
      const item = context.history(kind, text, position, block.number, kind === 'recommendation' ? mode.demand : undefined)
      if (mode.list) (mode.restated ??= []).push(item)
    } else context.finding(kind, text, position, {...(summary ? {summary: true} : {}), ...(kind === 'recommendation' && mode?.demand ? {demand: mode.demand} : {})})
  }

  /** "…, we said: “…”" in one paragraph: the quotation is a restated cause; recommendations may follow. */
  const readQuotedAfterLead = (block: Block, context: ReadContext): boolean => {
    const text = block.text.trimEnd()
    const colon = quotationAfterColon.exec(text)
    if (!colon || !endsQuotation.test(text) || !foundThat.test(text.slice(Math.max(0, colon.index - maxLead), colon.index + 1))) return false
    const quoteStart = text.indexOf(text.charAt(colon.index + colon[0].length - 1), colon.index)
    const {text: quoted, start, end} = quotationContent(text.slice(quoteStart))
    if (!quoted.trim()) return false
    context.history('cause-of-concern', quoted, context.spanPosition(block, quoteStart + start, quoteStart + end))
    mode = {kind: 'cause-of-concern', history: true, afterCause: true}
    return true
  }

  return {
    enter: {
      section() {
        mode = undefined
      },
      paragraph(block, context) {
        if (!causesNamed && block.text.includes('oncern')) causesNamed = namesCausesInLeadIn.test(block.text)
        // "We first revisited … to review progress against the action plan." after a list of earlier causes: their status.
        const status = mode?.restated ? progressStatusIn(block.text) : undefined
        if (status) for (const item of mode!.restated!) item.status = status
        if (!mode && readQuotedAfterLead(block, context)) return true
        // Most paragraphs neither end with a lead-in's colon nor follow one: nothing to read.
        if (!mode && !isLeadIn(block.text.trimEnd())) return false
        const text = block.text.trim()
        const current = mode
        const quotation = isQuotation(block)
        if (current && current.kind === 'cause-of-concern' && !current.list && (!current.quotedOnly || quotation) && current.remaining !== 0) {
          // "On 30 September 2021, we reported one cause of concern …" speaks of causes; it states none.
          const statesCause = quotation || !(speaksOfCauses(text) || refersBack.test(text) || pointsBackAtList.test(firstSentence(text)))
          if (!isLeadIn(text) && statesCause) {
            emit('cause-of-concern', block, context, false)
            mode = {kind: 'cause-of-concern', history: current.history, afterCause: true, ...(current.remaining === undefined ? {} : {remaining: current.remaining - 1})}
            return true
          }
        }
        // "We recommended that:" then each recommendation quoted in a paragraph of its own.
        if (current?.kind === 'recommendation' && !current.list && quotation) {
          emit('recommendation', block, context, false)
          return true
        }
        if (current?.afterCause && isLeadIn(text) && (modal.test(text) || namesRecommendations.test(text))) {
          const lead = lastSentenceSpan(text)
          const demand = lead ? readDemand(text.slice(lead.start, lead.end), context.subject) : undefined
          mode = {kind: 'recommendation', history: current.history, ofStatedCause: true, ...(demand ? {demand} : {})}
          return true
        }
        // "The service hasn’t done enough to identify its highest-risk premises." after the first
        // cause's recommendations: a letter lists causes and their recommendations in turn, with
        // no heading between them. Only a one-sentence statement of a failing is the next cause.
        if (current?.ofStatedCause && current.list && !isQuotation(block) && statesNextCause(text)) {
          emit('cause-of-concern', block, context, false)
          mode = {kind: 'cause-of-concern', history: current.history, afterCause: true}
          return true
        }
        mode = isLeadIn(text) ? leadInMode(text, causesNamed) : undefined
        // "We found that:" waits for a quotation; the lead-in itself is no finding of this reader's.
        return mode !== undefined && !mode.quotedOnly
      },
      item(block, context) {
        const current = mode
        if (!current || current.quotedOnly) return false
        if (current.list && current.list !== block.list) {
          mode = undefined
          return false
        }
        if (current.afterCause) {
          mode = undefined
          return false
        }
        current.list = block.list
        if (current.kind === 'cause-of-concern' && namesOnlyTopic(block, current.leadIn ?? '', context)) return true
        // "The force had addressed both causes of concern: • The force now answers 999 calls …": progress.
        if (current.kind === 'cause-of-concern' && current.ofProgress && !namesFailing.test(block.text) && !modal.test(block.text)) return true
        const summary = current.kind === 'cause-of-concern' && !current.history
        emit(current.kind, block, context, summary, current.kind === 'cause-of-concern' && current.concernsNamedBefore === true)
        return true
      }
    }
  }
}

/**
 * What a lead-in opens: the causes of concern it names (or, once the page has named causes, its
 * "principal concerns"), not a lead-in to recommendations; or "We found that:", an earlier cause
 * quoted after it.
 */
function leadInMode(text: string, causesNamed: boolean): Mode | undefined {
  const sentence = leadInSentence(text)
  const concernsNamedBefore = !namesCausesInLeadIn.test(sentence) && causesNamed && principalConcerns.test(sentence)
  if ((concernsNamedBefore || namesCausesInLeadIn.test(sentence)) && !introducesDemands.test(sentence)) {
    const count = countedCauses.exec(sentence)
    const remaining = count ? countWords.indexOf(count[1]!.toLowerCase()) + 1 : undefined
    return {
      kind: 'cause-of-concern',
      // "in a joint inspection in June 2018, noted … They highlighted three key areas for concern:":
      // the release's fieldwork date; only the sentence naming the concerns says whose they are.
      history: causesSaidOfEarlierTime(concernsNamedBefore ? sentence : text),
      leadIn: text,
      ofProgress: speaksOfProgress.test(sentence),
      ...(remaining ? {remaining} : {}),
      ...(concernsNamedBefore ? {concernsNamedBefore} : {})
    }
  }
  return foundThat.test(sentence) ? {kind: 'cause-of-concern', history: true, quotedOnly: true} : undefined
}

/**
 * The sentence of a lead-in that says what follows: its last, or with a bare referent ("The focus of
 * these plans was the causes of concern we gave in November 2018. These were:") the two last.
 */
function leadInSentence(text: string): string {
  const spans = sentenceSpans(text)
  const last = spans.at(-1)
  if (!last) return text
  const start = spans.length > 1 && bareReferent.test(text.slice(last.start, last.end)) ? spans.at(-2)!.start : last.start
  return text.slice(start, last.end)
}

/** A one-sentence statement of a failing, neither speaking of causes nor pointing back: the next cause of a list of causes and recommendations. */
function statesNextCause(text: string): boolean {
  return namesFailing.test(text) && !isLeadIn(text) && sentenceSpans(text).length === 1 && !speaksOfCauses(text) && !refersBack.test(text) && !narrative.test(text)
}

/**
 * A custody release's bullet of concerns that opens with the statement of a failing by the force,
 * the evidence for it following ("• The force did not always manage detainees’ risks effectively
 * enough to ensure their safe detention. Some staff were unaware …"): the first sentence is the
 * cause. A bullet naming the area first ("Too many areas where the force did not comply …") is
 * kept whole.
 */
function statedFirst(whole: {text: string; start: number; end: number}): {text: string; start: number; end: number} {
  const spans = sentenceSpans(whole.text)
  const first = spans[0]
  const sentence = first ? whole.text.slice(first.start, first.end) : ''
  if (spans.length < 2 || !first || !forceAsSubject.test(sentence) || !namesFailing.test(sentence)) return whole
  return {text: whole.text.slice(first.start, first.end), start: whole.start + first.start, end: whole.start + first.end}
}

function firstSentence(text: string): string {
  const first = sentenceSpans(text)[0]
  return first ? text.slice(first.start, first.end) : text
}

/** A paragraph quoting an earlier text: in quotation marks, or in a block quote. */
function isQuotation(block: Block): boolean {
  return (block.quoteDepth ?? 0) > 0 || openingQuote.test(block.text.trimStart())
}
