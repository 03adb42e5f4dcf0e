import type {Finding, FindingKind} from '@scrutiny/schema'
import type {List} from 'mdast'
import type {Position} from 'unist'
import type {Block} from '../blocks.js'
import type {ReaderFactory, ReadContext} from '../context.js'
import {readDemand} from '../demands.js'
import {isFrameworkArea} from '../framework-areas.js'
import type {Demand} from '../demands.js'
import {withoutEmphasisMarks} from '../../normalise/headings.js'
import {causeClauseSpan, causeOrRecommendationLabel, elaboratesDemand, endsAsSentence, findingHeading, findingLeadInKind, historyHeadingKind, isContentsHeading, isCutOff, isLeadIn, isQuestion, itemShape, modal, namesCauses, namesFailing, narrative, quotationContent, recommendsLeadIn, saysEarlierInspection, speaksOfCauses, statesCauseInProse} from '../patterns.js'
import {ellipsis} from '../read-report.js'
import {lastSentenceSpan, sentenceSpans} from '../sentences.js'

// "Introduction", "2. Recording and retention": a short label with no sentence in it.
const chapterLabel = /^[\p{Lu}][^.;:!?]{0,60}$/u
const isChapterLabel = (text: string): boolean => chapterLabel.test(text) && text.split(' ').length <= 8
const introducesRecommendations = /\brecommendations?\b/i
// "Protection cause of concern", "Values and culture cause of concern": a cause's topic as its sub-heading.
const causeTopic = /^[\p{L}][\p{L} ,&'’-]{1,60} cause of concern$/iu
const isPractice = (kind: FindingKind): boolean => kind === 'innovative-practice' || kind === 'promising-practice'

interface Box {
  kind: FindingKind
  heading: Block
  depth: number
  /** Still reading the findings that open the box; narrative prose ends it. */
  fresh: boolean
  extracted: number
  /** The list whose items are findings, so later items of the same list are too. */
  list?: List
  leadIn?: Demand
  /** A lead-in ("The service should make sure:") was read and no item has followed yet. */
  leadInPending?: boolean
  deadline?: string
  lastNumber?: number
  /** The number its heading prints ("Area for improvement 2"), for the finding under it. */
  number?: string
  /** A practice box has read a title sub-heading ("Using drones to find missing people"). */
  titled?: boolean
  /** A title was read and the description after it has not been yet. */
  awaitingDescription?: boolean
  /** Opened by a lead-in or a sentence, with no heading of its own: a heading right after it is a practice's title. */
  introduced?: boolean
  /** Opened by a sentence naming a practice ("We found some innovative practice in …."): only a title may follow. */
  tentative?: boolean
  /** A practice's title (a paragraph such as "**Using drones to find missing people**", or a title heading), while its description is awaited. */
  titleLine?: Block
  /** The recommendation read under a numbered heading ("Recommendation 3"), which the paragraphs right after it may go on stating. */
  numbered?: {finding: Finding; first: Block}
  /** A paragraph or item came after the heading: a bare line now opens a section, not a topic. */
  read?: boolean
}

interface Cause {
  id: string
  /** The cause's opening words, which name it in a message: a revisit letter files it as history, without its id. */
  opening: string
  recommendations: number
  position: Position
  /** Read from a numbered item: the next numbered statement after its recommendations is the next cause. */
  numbered: boolean
  /** The list the cause is an item of: the next item demanding nothing is the next cause. */
  list?: List
}

/** A practice box read its title: the description comes next, as a new start of the box. */
function awaitDescription(open: Box): void {
  open.titled = true
  open.awaitingDescription = true
  open.fresh = true
  delete open.list
  delete open.leadIn
  delete open.tentative
  open.leadInPending = false
}

// "We found some innovative practice in how the force finds missing people.", "We saw an example
// of promising practice:", "We consider this to be innovative practice:": a sentence of its own
// naming a practice this inspection found; the title and the description follow. Praise in passing ("wants to be at the forefront of innovative
// practice") and counts in prose ("two examples of promising practice, in …") are no such sentence.
const practiceFoundOpening = String.raw`^(?:we|inspectors|hmicfrs) (?:also )?(?:found|saw|identified|noted|observed|consider(?:ed)? (?:this|it|the following)(?: to be| as)?) (?:some |an? |one |two |three |several )?(?:(?:examples?|areas?) of )?(innovative|promising) practices?\b`
const namesPracticeFound = new RegExp(String.raw`${practiceFoundOpening}[^,;]*[.:]$`, 'i')
// "We found an example of promising practice: the force calls back every victim of burglary.",
// "We found some innovative practice. The force uses drones to …": the same sentence with the
// practice after it in the paragraph; what follows is the practice.
const practiceFoundThenDescribed = new RegExp(String.raw`${practiceFoundOpening}[^.:;]{0,160}[.:]\s+(?=\S)`, 'i')
const maxPracticeSentence = 200
const namesPractice = /\b(?:innovative|promising) practices?\b/i
const nothingToReport = /^(?:none(?: (?:identified|found|made|noted|given))?|nil|n\/a|not applicable|[-–—])\.?$/i
// A title: a capitalised label with no sentence in it, short enough to head a box.
const practiceTitle = /^[\p{Lu}\d‘“"'][^.;:!?]{2,100}$/u
const maxTitleWords = 15

/** The kind of practice its adjective names ("innovative", "Promising"). */
function practiceKind(adjective: string): FindingKind {
  return adjective.toLowerCase() === 'innovative' ? 'innovative-practice' : 'promising-practice'
}

/** The kind of practice a one-sentence paragraph says this inspection found ("We found some innovative practice in …."). */
function practiceNamedBy(text: string): FindingKind | undefined {
  const match = text.length > maxPracticeSentence ? null : namesPracticeFound.exec(text)
  if (!match || saysEarlierInspection(text)) return undefined
  return practiceKind(match[1]!)
}

/** The kind of practice a paragraph names in its first sentence, and where its description after that sentence starts. */
function practiceDescribedIn(text: string): {kind: FindingKind; start: number} | undefined {
  const match = practiceFoundThenDescribed.exec(text)
  if (!match || saysEarlierInspection(match[0])) return undefined
  return {kind: practiceKind(match[1]!), start: match[0].length}
}

/** Whether a paragraph is a practice's title ("**Using drones to find missing people**"): a label, not a sentence. */
function isPracticeTitle(text: string): boolean {
  const words = withoutEmphasisMarks(text.trim())
  return practiceTitle.test(words) && !modal.test(words) && words.split(' ').length <= maxTitleWords
}

/**
 * Finding boxes: a heading such as "Areas for improvement" opens a box (so does a lead-in naming
 * areas for improvement or practices, with no heading above the list); the findings are the items
 * and statements that open the box (numbered items stay findings until the next heading), and
 * narrative prose closes it, so "X should …" sentences in prose never become findings. A cause of
 * concern's box holds its statement, then its recommendations. Practice boxes may hold titled
 * practices ("Innovative practice", a title sub-heading, then the description).
 */
export const findingBoxes: ReaderFactory = () => {
  let box: Box | undefined
  let cause: Cause | undefined
  /** An empty "Areas for improvement" heading holding numbered "Area for improvement 1" boxes. */
  let container: {kind: FindingKind; depth: number} | undefined
  /** The last number printed in a finding heading of each kind, to report gaps. */
  const headingNumbers = new Map<FindingKind, number>()
  /** The lead-ins of recommendation boxes read so far, which a letter repeats for each cause. */
  const leadIns: string[] = []
  /** The paragraph right before the block being read ('' after an item or a heading). */
  let justBefore = ''

  /**
   * An area for improvement printed as a lead-in item and the items that complete it ("The force
   * should ensure that, in relation to stop and search:" • "all relevant officers …;" • …) is one
   * finding: the span from the lead-in to its last item. (A recommendation's lead-in is not: each
   * item after it is a recommendation, addressed as the lead-in says.)
   */
  let compound: {first: Block; last: Block; parts: string[]; list: List | undefined} | undefined

  const flushCompound = (context: ReadContext) => {
    const open = compound
    compound = undefined
    if (!open || !box) return
    const start = open.first.position.start
    const end = open.last.position.end
    const sliced = open.first.sliced && open.last.sliced && start.offset !== undefined && end.offset !== undefined
    const text = sliced ? context.source.slice(start.offset, end.offset) : open.parts.join('\n')
    addRecommendationOrFinding(box.kind, text, {start, end}, context, open.first.number ?? headingNumber(box))
    box.extracted++
  }

  const closeBox = (context: ReadContext) => {
    flushCompound(context)
    const closing = box
    box = undefined
    if (!closing || closing.extracted > 0 || closing.tentative) return
    // Nothing lost: a practice title with no description after it is the only text of the practice.
    if (closing.titleLine) addTitle(closing.kind, closing.titleLine, context)
    else warnEmpty(closing, context)
  }

  const addTitle = (kind: FindingKind, title: Block, context: ReadContext) => {
    const words = withoutEmphasisMarks(title.text.trim())
    const start = title.text.indexOf(words)
    addRecommendationOrFinding(kind, words, context.spanPosition(title, start, start + words.length), context)
  }

  const warnEmpty = (closing: Box, context: ReadContext) => {
    context.warn(
      'empty-finding-section',
      {heading: ellipsis(closing.heading.text.trim()), kind: closing.kind},
      closing.heading.position
    )
  }

  /**
   * An empty practice heading closed by a heading of its own depth (HTML, Markdown; plain text reads
   * such a bare line as the title): when that heading holds nothing either, before the next heading
   * or the page's end, it is what a cut-off copy kept of the practice ("Innovative practice", then
   * "The service used a commu"); when text follows it, it opened a section and the box was empty.
   */
  let sibling: {box: Box; heading: Block} | undefined

  const settleSibling = (context: ReadContext, headingNext: boolean) => {
    const open = sibling
    sibling = undefined
    if (!open) return
    if (headingNext) addTitle(open.box.kind, open.heading, context)
    else warnEmpty(open.box, context)
  }

  const closeCause = (context: ReadContext) => {
    const closing = cause
    cause = undefined
    if (!closing || closing.recommendations > 0) return
    context.warn(
      'cause-without-recommendation',
      {text: closing.opening},
      closing.position
    )
  }

  /** The number a box's heading prints, for the first finding under it. */
  const headingNumber = (open: Box) => (open.extracted === 0 ? open.number : undefined)

  /** The cause stated in a block, from `from` (after a sentence announcing it) to `to` (where its recommendation starts). */
  const addCause = (block: Block, context: ReadContext, from = 0, to = block.text.length) => {
    const number = block.number ?? (box && headingNumber(box))
    // A letter quotes the cause it revisits: the cause is the quotation's content.
    const {text, start, end} = quotationContent(from === 0 && to === block.text.length ? block.text : block.text.slice(from, to))
    const finding = context.finding('cause-of-concern', text, context.spanPosition(block, from + start, from + end), number === undefined ? {} : {number})
    if (finding) cause = {id: finding.id, opening: ellipsis(finding.text.trim()), recommendations: 0, position: block.position, numbered: block.number !== undefined, ...(block.list ? {list: block.list} : {})}
    if (box) box.extracted++
    return finding
  }

  const addRecommendationOrFinding = (kind: FindingKind, text: string, position: Position, context: ReadContext, number?: string, demand?: Demand, deadline?: string) => {
    const finding = context.finding(kind, text, position, {
      ...(number === undefined ? {} : {number}),
      ...(demand ? {demand} : {}),
      ...(deadline ? {deadline} : {}),
      ...(kind === 'recommendation' && cause ? {causeOfConcern: cause.id} : {})
    })
    if (finding && kind === 'recommendation' && cause) cause.recommendations++
    return finding
  }

  const checkNumber = (open: Box, block: Block, context: ReadContext) => {
    const number = Number(block.number)
    if (!Number.isInteger(number)) return
    if (open.lastNumber !== undefined && number > open.lastNumber + 1) {
      context.warn(
        'numbering-gap',
        {kind: open.kind, number: String(number), last: String(open.lastNumber), next: String(open.lastNumber + 1)},
        block.position
      )
    }
    open.lastNumber = number
  }

  const checkHeadingNumber = (kind: FindingKind, heading: Block, printed: string | undefined, context: ReadContext) => {
    const number = printed === undefined ? undefined : Number(printed)
    if (number === undefined) {
      headingNumbers.delete(kind)
      return
    }
    const last = headingNumbers.get(kind)
    if (last !== undefined && number > last + 1) {
      context.warn('numbering-gap', {kind, number: String(number), last: String(last), next: String(last + 1)}, heading.position)
    }
    headingNumbers.set(kind, number)
  }

  const openBox = (kind: FindingKind, heading: Block, depth: number, number: string | undefined, context: ReadContext) => {
    const belongsToCause = kind === 'recommendation' && cause !== undefined
    // "## Causes of concern" holding "### Cause of concern" boxes is a container, not an empty box;
    // so is a heading right above one of its kind, where plain text gives both one depth.
    const outer = box
    if (outer && outer.extracted === 0 && (depth > outer.depth || (outer.kind === kind && !outer.read))) {
      box = undefined
      container = {kind: outer.kind, depth: outer.depth}
    }
    closeBox(context)
    if (!belongsToCause) closeCause(context)
    if (container && container.kind !== kind) container = undefined
    checkHeadingNumber(kind, heading, number, context)
    box = {kind, heading, depth, fresh: true, extracted: 0, ...(number === undefined ? {} : {number})}
  }

  /** Whether a numbered statement demanding nothing, after a numbered cause's recommendations, is the next cause. */
  const startsNextNumberedCause = (open: Box, text: string): boolean => open.kind === 'recommendation' && cause?.numbered === true && cause.recommendations > 0 && !modal.test(text)

  /** Open a cause's box for the next cause, under the same heading. */
  const nextCause = (open: Box, context: ReadContext) => {
    closeCause(context)
    box = {kind: 'cause-of-concern', heading: open.heading, depth: open.depth, fresh: true, extracted: 0}
  }

  /** Open a cause's box for the next numbered cause, under the same heading, and read it. */
  const nextNumberedCause = (open: Box, block: Block, context: ReadContext) => {
    nextCause(open, context)
    return addCause(block, context)
  }

  /** Read an item of a box; returns the finding it added. */
  const item = (block: Block, context: ReadContext): Finding | undefined => {
    const open = box
    if (!open) return undefined
    const text = block.text.trim()
    if (compound && (compound.list === block.list || (compound.list === undefined && compound.first !== block))) {
      compound.list = block.list
      compound.last = block
      compound.parts.push(text)
      return undefined
    }
    flushCompound(context)
    delete open.numbered
    const numbered = block.number !== undefined
    const continuesList = open.list === block.list
    // "1. Introduction": a chapter heading read as an item in plain text (a contents entry, or a
    // numbered chapter after the box's list, even one the copy joined to it): a label with no
    // sentence and no demand is no finding, and ends the findings that open the box.
    if (isChapterLabel(text) && !modal.test(text) && !isPractice(open.kind)) {
      open.fresh = false
      return undefined
    }
    if (numbered) checkNumber(open, block, context)
    // After a lead-in, a cause of concern's or recommendation box's bullets are its recommendations;
    // in other boxes they only elaborate a finding already read.
    const introduced = open.leadInPending && (open.extracted === 0 || open.kind === 'cause-of-concern' || open.kind === 'recommendation')
    open.leadInPending = false
    const described = open.awaitingDescription
    open.awaitingDescription = false
    // A cause's recommendations may follow its statement as a list with no lead-in (register pages).
    const demandsOfCause = open.kind === 'cause-of-concern' && open.list === undefined && modal.test(text)
    if (!numbered && !(open.fresh && (open.extracted === 0 || continuesList || introduced || described || demandsOfCause))) return undefined
    // Custody reports number causes and their recommendations in one sequence ("1. There were …",
    // "Recommendation", "2. The force should …", "3. Staff were not …"): a numbered statement that
    // demands nothing, after a numbered cause's recommendations, is the next cause.
    if (numbered && !introduced && startsNextNumberedCause(open, text)) {
      const added = nextNumberedCause(open, block, context)
      box!.list = block.list
      return added || undefined
    }
    // "Causes of concern:" and a list of statements: each item is a cause, until one demands something.
    const nextCauseInList = open.kind === 'cause-of-concern' && cause?.list !== undefined && cause.list === block.list && cause.recommendations === 0 && !introduced && !modal.test(text)
    if (nextCauseInList) closeCause(context)
    if (open.kind === 'cause-of-concern' && !cause) {
      const added = addCause(block, context)
      open.list = block.list
      return added || undefined
    }
    const kind = open.kind === 'cause-of-concern' ? 'recommendation' : open.kind
    if (kind === 'area-for-improvement' && isLeadIn(text) && modal.test(text)) {
      compound = {first: block, last: block, parts: [text], list: block.list}
      open.list = block.list
      return undefined
    }
    const own = kind === 'recommendation' && modal.test(text) ? readDemand(text, context.subject) : undefined
    const demand = own?.addressees.length ? own : open.leadIn
    const number = block.number ?? headingNumber(open)
    const added = addRecommendationOrFinding(kind, block.text, block.position, context, number, demand ?? {addressees: []}, open.deadline)
    if (added !== false) open.extracted++
    open.list = block.list
    return added || undefined
  }

  /**
   * "We identified as a cause of concern that the force does not …." under a cause's heading: the
   * clause is the box's statement. It is read here, on entry, because the cause clauses reader
   * would file "we identified" as said of an earlier time, and the exit handlers decline a
   * paragraph that speaks of causes: in its own box the cause is this document's. A sentence naming
   * an earlier inspection ("In our 2022 inspection, we identified …") restates one: the box has its
   * statement, and the cause clauses reader files it as history. A lead-in ending the paragraph
   * announces the cause's recommendations.
   */
  const causeStatedAsClause = (block: Block, open: Box, context: ReadContext): boolean => {
    const clause = causeClauseSpan(block.text)
    if (!clause) return false
    open.extracted++
    if (saysEarlierInspection(block.text.slice(0, clause.start))) return false
    const text = block.text.slice(clause.start, clause.end)
    const finding = context.finding('cause-of-concern', text, context.spanPosition(block, clause.start, clause.end))
    if (finding) cause = {id: finding.id, opening: ellipsis(finding.text.trim()), recommendations: 0, position: block.position, numbered: false}
    const trimmed = block.text.trimEnd()
    const last = lastSentenceSpan(trimmed)
    const lead = last && last.start >= clause.end ? trimmed.slice(last.start, last.end) : undefined
    if (lead && isLeadIn(lead)) {
      open.leadIn = readDemand(lead, context.subject)
      open.leadInPending = true
    }
    return true
  }

  /**
   * A paragraph outside any box: "Also of note are the innovative practices that we have found:"
   * opens a box as a heading would; "We found some innovative practice in …." opens one that only a
   * title may follow; "We found an example of promising practice: the force …" is the practice.
   */
  const proseOutsideBox = (block: Block, text: string, context: ReadContext) => {
    // "We have identified a cause of concern about …. The force does not …": a cause stated in
    // prose opens its box as a heading would; its recommendations follow.
    if (statesCauseInProse(text) && !saysEarlierInspection(text)) {
      openBox('cause-of-concern', block, (context.sections.at(-1)?.depth ?? 0) + 1, undefined, context)
      box!.introduced = true
      // "… The force does not …. The force should, within three months, …": the paragraph's demand is the cause's recommendation.
      const demandAt = demandSentenceStart(block.text)
      addCause(block, context, 0, demandAt)
      if (demandAt < block.text.length) {
        const demand = block.text.slice(demandAt).trimEnd()
        addRecommendationOrFinding('recommendation', demand, context.spanPosition(block, demandAt, demandAt + demand.length), context, undefined, readDemand(demand, context.subject))
      }
      return
    }
    const leadIn = findingLeadInKind(text)
    const described = leadIn ? undefined : practiceDescribedIn(block.text)
    if (described) {
      const end = block.text.trimEnd().length
      addRecommendationOrFinding(described.kind, block.text.slice(described.start, end), context.spanPosition(block, described.start, end), context)
      return
    }
    const named = leadIn ? undefined : practiceNamedBy(text)
    if (!leadIn && !named) return
    openBox((leadIn ?? named)!, block, (context.sections.at(-1)?.depth ?? 0) + 1, undefined, context)
    box!.introduced = true
    if (leadIn) box!.leadInPending = true
    else box!.tentative = true
  }

  /** Read the items a copy ran into one block ("• … • …"); `false` when the block holds one. */
  const readInlineItems = (block: Block, context: ReadContext): boolean => {
    const spans = box ? inlineItems(block.text) : undefined
    if (!spans) return false
    for (const span of spans) {
      item({type: 'item', text: block.text.slice(span.start, span.end), position: context.spanPosition(block, span.start, span.end), sliced: block.sliced, ...(block.list ? {list: block.list} : {})}, context)
    }
    return true
  }

  /** Read the statements of a cause's or recommendation box's paragraph; whether any was read. */
  const demands = (block: Block, open: Box, context: ReadContext): boolean => {
    const numbered = open.numbered
    delete open.numbered
    if (!open.fresh) return false
    if (numbered && continuesNumbered(block, open, numbered, context)) return true
    if (open.list && !isLeadIn(block.text.trim())) {
      open.fresh = false
      return false
    }
    if (open.kind === 'recommendation' && numberedRecommendation(block, open, context)) return true
    // "We make six recommendations to forces and the Home Office." introduces the box's findings.
    const introduces = open.extracted === 0 && introducesRecommendations.test(block.text)
    // "We carried out our first revisit in 2022. The service should now …": a paragraph that opens
    // as an account of progress is one throughout, and the box's statements are over.
    if (!introduces && narrative.test(block.text.trimStart())) {
      open.fresh = false
      return false
    }
    let read = false
    // A letter quotes the recommendation it revisits: the statements are the quotation's content.
    const quoted = quotationContent(block.text)
    const spans = sentenceSpans(quoted.text)
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index]!
      let sentence = quoted.text.slice(span.start, span.end)
      // "To address this cause of concern, we recommend that, within three months, the force should
      // review …." opens like a lead-in but is the recommendation itself.
      if (isLeadIn(sentence) && !(modal.test(sentence) && endsAsSentence(sentence))) {
        leadIns.push(sentence.trim())
        open.leadIn = readDemand(sentence, context.subject)
        open.leadInPending = true
        if (open.leadIn?.deadline) open.deadline = open.leadIn.deadline
        read = true
      } else if (repeatsLeadInCutOff(sentence, leadIns)) {
        // "Within 28 days, the service should provide" where the page ends: the lead-in the letter
        // printed for the cause before ("… should provide an action plan which shows how it will:"),
        // cut off before its items; an instruction, not a recommendation.
        read = true
      } else if (modal.test(sentence) && !narrative.test(sentence)) {
        // "HMIC recommends that the force should immediately: conduct a review …": the lead-in a
        // register keeps on the recommendation's line says who should act, not what.
        const lead = recommendsLeadIn.exec(sentence)
        const from = lead && modal.test(lead[0]) && lead[0].length < sentence.trimEnd().length ? lead[0].length : 0
        const demand = readDemand(from > 0 ? lead![0] : sentence, context.subject) ?? {addressees: []}
        if (demand.deadline) open.deadline = demand.deadline
        // A custody report's paragraph number ("1.4 The force should …") numbers its first sentence.
        const number = headingNumber(open) ?? (span.start === 0 ? block.number : undefined)
        // "By …, the service should develop a strategy … This should include …": the sentences
        // after a demand that say what it covers are part of it, not narrative to drop.
        let end = span.end
        while (index + 1 < spans.length && elaboratesDemand.test(quoted.text.slice(spans[index + 1]!.start, spans[index + 1]!.end))) end = spans[++index]!.end
        sentence = quoted.text.slice(span.start + from, end)
        const position = context.spanPosition(block, quoted.start + span.start + from, quoted.start + end)
        if (addRecommendationOrFinding('recommendation', sentence, position, context, number, demand) !== false) {
          open.extracted++
        }
        read = true
      }
    }
    if (!read && !introduces) open.fresh = false
    return read
  }

  /**
   * Under a numbered heading ("Recommendation 4"), one recommendation: the whole first paragraph
   * ("By …, chief constables should … This should include …"), and the paragraphs right after it
   * that go on demanding (see `continuesNumbered`). A lead-in ("By …, chief constables should:")
   * is read as any box's: each item after it is a recommendation.
   */
  const numberedRecommendation = (block: Block, open: Box, context: ReadContext): boolean => {
    const text = block.text.trim()
    if (open.number === undefined || open.extracted > 0 || cause || !modal.test(text) || narrative.test(text) || isLeadIn(text)) return false
    const demand = readDemand(sentenceSpans(text).map((span) => text.slice(span.start, span.end)).find((sentence) => modal.test(sentence)) ?? text, context.subject)
    const added = addRecommendationOrFinding('recommendation', block.text, block.position, context, open.number, demand ?? {addressees: []})
    if (added !== false) {
      open.extracted++
      open.numbered = {finding: added, first: block}
    }
    return true
  }

  /**
   * "Recommendation 3", "By 1 May 2025, chief fire officers should make sure …", then "By 1 May
   * 2025, chief fire officers should also make sure …. If this isn’t possible, …": a paragraph
   * right after the recommendation under a numbered heading that goes on demanding (or says what
   * the demand covers, "This should include …") states the same recommendation; the finding runs
   * on to its end. A lead-in, narrative and a paragraph demanding nothing end it.
   */
  const continuesNumbered = (block: Block, open: Box, numbered: NonNullable<Box['numbered']>, context: ReadContext): boolean => {
    const text = block.text.trim()
    if (isLeadIn(text) || !(elaboratesDemand.test(text) || (modal.test(text) && !narrative.test(text)))) return false
    const start = numbered.first.position.start
    const end = block.position.end
    const sliced = numbered.first.sliced && block.sliced && start.offset !== undefined && end.offset !== undefined
    context.extendFinding(numbered.finding, sliced ? context.source.slice(start.offset, end.offset) : `${numbered.finding.text}\n${block.text}`, {start, end})
    open.numbered = numbered
    return true
  }

  return {
    sectionOf(block, context) {
      const text = block.text.trim()
      // A box heading under a sentence naming an earlier inspection's finding ("… had an area for
      // improvement in the 2017 efficiency inspection.") lists that finding: history, not a box.
      const found = historyHeadingKind(text, justBefore) ? undefined : findingHeading(text)
      const printed = block.depth ?? (context.sections.at(-1)?.depth ?? 0) + 1
      if (found) {
        // A numbered finding heading ("Area for improvement 1") right under an empty heading of its
        // kind ("Areas for improvement") sits inside it, even when plain text gives both one depth.
        if (found.number === undefined) return {role: 'findings', depth: printed}
        if (box && box.extracted === 0 && box.kind === found.kind && box.number === undefined) {
          return {role: 'findings', depth: Math.max(printed, box.depth + 1)}
        }
        return {role: 'findings', depth: container?.kind === found.kind ? Math.max(printed, container.depth + 1) : printed}
      }
      // "Cause of concern", then its topic ("Protection cause of concern", "Responding to the
      // public"): the topic heads the cause's statement, it does not close the box. In plain text,
      // where a bare line after an empty box may as well open the next chapter ("Summary"), only a
      // topic naming a cause or a graded area is one.
      if (box?.kind === 'cause-of-concern' && !cause && !box.read && !box.titled && (printed > box.depth || context.plainText || causeTopic.test(text))) {
        const topic = causeTopic.test(text) || (printed > box.depth ? isChapterLabel(text) : isFrameworkArea(text))
        if (!topic || isContentsHeading(text) || isQuestion(text) || context.headingSubject(text)) return undefined
        return {role: 'title', depth: Math.max(printed, box.depth + 1)}
      }
      // A practice box's title: a deeper heading under a box that is empty or already titled; in
      // plain text, where bare-line headings share a depth, the bare line right after the box
      // heading. Contents, questions and headings naming a subject still open their sections.
      if (!box || (box.kind !== 'innovative-practice' && box.kind !== 'promising-practice')) return undefined
      const deeper = printed > box.depth && (box.extracted === 0 || box.titled === true)
      const bareLine = context.plainText && printed === box.depth && box.extracted === 0 && !box.titled
      const afterLeadIn = box.introduced === true && box.extracted === 0 && !box.titled
      if (!deeper && !bareLine && !afterLeadIn) return undefined
      // A graded area's heading ("Responding to the public") opens the next chapter, not a practice.
      if (isContentsHeading(text) || isQuestion(text) || isFrameworkArea(text) || context.headingSubject(text)) return undefined
      return {role: 'title', depth: Math.max(printed, box.depth + 1)}
    },
    enter: {
      section(section, block, context) {
        justBefore = ''
        settleSibling(context, true)
        if (section.role === 'findings') {
          const found = findingHeading(section.text)!
          openBox(found.kind, block, section.depth, found.number, context)
          // "Innovative practice: Using drones to find missing people": the description follows.
          if (found.titled) awaitDescription(box!)
        } else if (section.role === 'title' && box) {
          awaitDescription(box)
          // A title heading the page ends after (a copy cut off, "Innovative practice" then "The
          // service used a commu") is all there is of the practice: nothing lost.
          if (isPractice(box.kind) && box.extracted === 0) box.titleLine = block
        } else {
          container = undefined
          const open = box
          if (open && !context.plainText && isPractice(open.kind) && open.extracted === 0 && !open.read && !open.titled && !open.introduced && section.depth === open.depth) {
            sibling = {box: open, heading: block}
            box = undefined
          }
          closeBox(context)
          closeCause(context)
        }
      },
      subject(_subject, context) {
        headingNumbers.clear()
        closeBox(context)
        closeCause(context)
      },
      item(_block, context) {
        justBefore = ''
        settleSibling(context, false)
        if (box) box.read = true
        return false
      },
      /**
       * Nothing lost: a paragraph shaped like an item of the list that gave a box its findings
       * ("1234567. The force should…" after items 1 to 1234566) is read as that list's next item,
       * with an `unplaced-finding` warning, instead of closing the box as narrative would.
       */
      paragraph(block, context) {
        justBefore = block.text.trim()
        settleSibling(context, false)
        if (box) box.read = true
        if (box?.kind === 'cause-of-concern' && !cause && causeStatedAsClause(block, box, context)) return true
        // "2.6 Cause of concern: Governance of use of force was weak.", "2.7 Recommendation: The force
        // should …" among a custody summary's causes and recommendations: the next cause, or the
        // open cause's recommendation.
        const label = box?.kind === 'cause-of-concern' || cause ? causeOrRecommendationLabel(block.text) : undefined
        if (label?.kind === 'cause-of-concern') {
          if (cause) nextCause(box!, context)
          addCause(block, context, label.length)
          return true
        }
        if (label && cause) {
          const text = block.text.slice(label.length).trimEnd()
          addRecommendationOrFinding('recommendation', text, context.spanPosition(block, label.length, label.length + text.length), context, block.number, readDemand(text, context.subject))
          return true
        }
        // A cause stated in prose has no box heading whose section keeps the recommendation
        // statements reader away: its recommendations are read here, first.
        if (box?.kind === 'cause-of-concern' && box.introduced && cause && !box.list) return demands(block, box, context)
        if (box && itemShape(block.text)?.number === undefined && readInlineItems(block, context)) return true
        if (!box?.list) return false
        const shape = itemShape(block.text)
        // Numbered items stay findings until the next heading; bullets only while the box is fresh.
        if (!shape || (shape.number === undefined && !box.fresh)) return false
        const text = block.sliced ? block.text.slice(shape.length) : block.text.slice(shape.length).trim()
        const position = context.spanPosition(block, shape.length, block.text.length)
        const added = item({type: 'item', text, position, sliced: block.sliced, list: box.list, ...(shape.number === undefined ? {} : {number: shape.number})}, context)
        if (added) {
          context.warn(
            'unplaced-finding',
            {kind: added.kind, text: ellipsis(text.trim())},
            added.position
          )
        }
        // Not added: a quotation of a finding already read.
        return true
      }
    },
    exit: {
      paragraph(block, context) {
        flushCompound(context)
        const text = block.text.trim()
        if (!box) {
          proseOutsideBox(block, text, context)
          return
        }
        const open = box
        // "None.", "None identified.": the box is empty on purpose.
        if (nothingToReport.test(text)) {
          open.fresh = false
          return
        }
        if (open.kind === 'cause-of-concern' && !cause) {
          // "If our inspections identify a serious … it will be reported as a cause of concern":
          // a paragraph about causes of concern explains them; it is not one.
          if (!isLeadIn(text) && !speaksOfCauses(text)) addCause(block, context)
          else {
            // "We have identified an accelerated cause of concern. The force isn’t answering …": the statement after the announcement.
            const statement = statementAfterAnnouncement(block.text)
            if (statement !== undefined) addCause(block, context, statement)
          }
          return
        }
        // "1.5 Staff were not aware of …" after "1.4 The force should …": custody reports number
        // their paragraphs, causes and recommendations in one sequence.
        if (block.number !== undefined && startsNextNumberedCause(open, text)) {
          nextNumberedCause(open, block, context)
          return
        }
        if (open.kind === 'cause-of-concern' || open.kind === 'recommendation') {
          demands(block, open, context)
          return
        }
        if (!open.fresh) return
        // "**Using drones to find missing people**": a practice's title printed as a paragraph.
        if (isPractice(open.kind) && open.extracted === 0 && !open.awaitingDescription && isPracticeTitle(text)) {
          awaitDescription(open)
          open.titleLine = block
          return
        }
        // The sentence named a practice, but no title follows: it only spoke of one.
        if (open.tentative) {
          box = undefined
          return
        }
        // "We found the following promising practice in the force.", "We didn’t find any innovative
        // practice.": the inspectorate speaking of the box's kind introduces it, or says it is empty.
        if (isPractice(open.kind) && open.extracted === 0 && narrative.test(text) && namesPractice.test(text)) return
        if (isLeadIn(text)) {
          open.leadIn = readDemand(text, context.subject)
          open.leadInPending = true
          return
        }
        // Once a list has given the findings, prose after it explains them.
        if (open.list) {
          open.fresh = false
          return
        }
        const statement = open.kind === 'area-for-improvement' ? modal.test(text) : open.extracted === 0 || open.awaitingDescription
        open.awaitingDescription = false
        delete open.titleLine
        if (statement) {
          addRecommendationOrFinding(open.kind, block.text, block.position, context, headingNumber(open) ?? block.number)
          open.extracted++
        } else {
          open.fresh = false
        }
      },
      item(block, context) {
        if (!readInlineItems(block, context)) item(block, context)
      },
      document(context) {
        settleSibling(context, true)
        closeBox(context)
        closeCause(context)
      }
    }
  }
}

const leastLeadInWords = 4

/** Whether a sentence cut off mid-way is the opening of a lead-in read before: that lead-in again, cut off by the page. */
function repeatsLeadInCutOff(sentence: string, leadIns: readonly string[]): boolean {
  const opening = sentence.trim()
  if (leadIns.length === 0 || !isCutOff(opening) || opening.split(' ').length < leastLeadInWords) return false
  return leadIns.some((leadIn) => leadIn.length > opening.length && leadIn.startsWith(opening))
}

// A bullet inside a block, after a space: where the next item of a list run into one block starts.
const inlineBullet = /(?<=\s)[•●▪][ \t\u00A0]+/g
const leadingBullet = /^\s*[•●▪][ \t\u00A0]+/

/**
 * The items of a list a copy ran into one block ("• The force should … • To improve …, the force
 * should …"), as register pages print a cause's recommendations: each from its text to the next
 * bullet. `undefined` unless the block holds a bullet with words after its first item.
 */
function inlineItems(text: string): Array<{start: number; end: number}> | undefined {
  inlineBullet.lastIndex = 0
  let match = inlineBullet.exec(text)
  if (!match) return undefined
  const spans: Array<{start: number; end: number}> = []
  let start = leadingBullet.exec(text)?.[0].length ?? 0
  for (; match; match = inlineBullet.exec(text)) {
    spans.push(trimmedSpan(text, start, match.index))
    start = match.index + match[0].length
  }
  spans.push(trimmedSpan(text, start, text.length))
  // A bullet with nothing after it ("the •  ") opens no item, as a bullet alone on a line does not.
  const items = spans.filter((span) => span.end > span.start)
  return items.length > 1 ? items : undefined
}

function trimmedSpan(text: string, start: number, end: number): {start: number; end: number} {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  return {start, end}
}

/**
 * Where the statement of a cause starts in a paragraph that opens by announcing it ("We have
 * identified an accelerated cause of concern. The force isn’t answering 999 calls quickly
 * enough."): the second sentence, when the first speaks of a cause of this inspection and the rest
 * states a failing or a need without speaking of causes; otherwise `undefined`.
 */
function statementAfterAnnouncement(text: string): number | undefined {
  const spans = sentenceSpans(text)
  if (spans.length < 2) return undefined
  const announcement = text.slice(spans[0]!.start, spans[0]!.end)
  const rest = text.slice(spans[1]!.start)
  if (!namesCauses.test(announcement) || saysEarlierInspection(announcement) || speaksOfCauses(rest) || isLeadIn(rest.trimEnd())) return undefined
  return namesFailing.test(rest) || modal.test(rest) ? spans[1]!.start : undefined
}

/**
 * Where a paragraph stating a cause in prose goes on to demand something ("We have identified a
 * cause of concern about …. The force does not …. The force should, within three months, …"): the
 * first sentence after the opening one that demands and is not narrative; the text's length when
 * none does.
 */
function demandSentenceStart(text: string): number {
  const spans = sentenceSpans(text)
  for (const span of spans.slice(1)) {
    const sentence = text.slice(span.start, span.end)
    if (modal.test(sentence) && !narrative.test(sentence)) return span.start
  }
  return text.length
}
