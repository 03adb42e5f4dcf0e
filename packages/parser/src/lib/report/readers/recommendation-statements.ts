import type {List} from 'mdast'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'
import type {Demand} from '../demands.js'
import {closingDash, isLeadIn, isProgressStatus, modal, narrative, opensAsStatement, recommendsLeadIn, recommendsThat, saidOfEarlierTime, saysEarlierInspection} from '../patterns.js'
import {rememberedForLastText} from '../remembered.js'
import {semicolonPieces} from './prose-lists.js'
import {lastSentenceSpan, sentenceSpans} from '../sentences.js'

// The formula national reports state a recommendation in: a deadline and who should act, in
// either order ("By 31 March 2026, chief constables should …", "With immediate effect, all forces
// should …", "Chief constables should, by 31 March 2022, …"); a date may stand without its comma
// ("Not later than 31 March 2015 those forces … should …", as the register prints older ones).
const deadlineOpening =
  /^(?:(?:by|before|(?:no|not) later than|within|with immediate effect|immediately)\b[^,.;:]{0,40},\s|(?:by|before|(?:no|not) later than) (?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]{2,8} (?:19|20)\d\d\s)/i
const deadlineAfterVerb = /^[^,.;:]{1,120}?\b(?:should|must),?\s+(?:by|before|(?:no|not) later than|within|with immediate effect|immediately)\b/i
// The verb of `deadlineAfterVerb` starts within its first 121 characters: one search of them for the
// literal answers for most paragraphs before the lazy clause is tried at every character.
const verbInHead = /should|must/i
const saysDeadlineAfterVerb = (text: string): boolean => verbInHead.test(text.slice(0, 127)) && deadlineAfterVerb.test(text)
const weRecommend = /^we (?:also |therefore |further )?recommend that\b/i
// "We make the following recommendations:", "In this report we make six recommendations. They
// include that:", "The report recommends that:": recommendations follow. "recommended" is an
// earlier report's; "The College of Policing recommends" is another body's advice.
const namesRecommendations = /\brecommendations?\b|\b(?:we|report|inspection) (?:also |therefore |further )?recommends?\b/i
// Few paragraphs say "recommend" at all: the engine skips through text for one literal many times
// faster than it tries the alternation above at every word boundary, so that runs only after it.
// A paragraph is asked up to three times (whether it announces, gives in apposition or reports a
// recommendation): it is searched once.
const recommendWord = /recommend/i
const saysRecommend = rememberedForLastText((text) => recommendWord.test(text))
const quoted = /^[“"‘']/
// "Inspectors made one recommendation to address a key cause of concern - that the force must
// ensure … - and highlighted …": a news item giving a recommendation's words in apposition to the
// noun, set off by a dash or a colon, or one of several ("HMICFRS has made four recommendations,
// including that the Home Office should …"). The words run to the closing dash or the sentence's end.
// "The inspectorate identified one area for improvement: the force should make sure …", "identified
// five areas for improvement, including that the unit should …": an area for improvement a news item
// words the same way, when the words after the mark say who should do what.
const appositiveArea =
  /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:(?:main|key|further|new) )?areas? for improvement\b[^.;:!?–—-]{0,60}?(?:[ \u00A0][–—-]|:)[ \u00A0]+(?=(?:that|the|it)\b)|\bareas for improvement,? including[ \u00A0]+(?=that\b)|\b(?:an?|one) (?:(?:main|key|further|new) )?area for improvement, (?:which (?:was|is) )?(?=that\b)/i
// "One area for improvement was that the force should improve how it records crime.", "Another
// recommendation is that …": a finding a news item gives as the complement of one it counts; the clause
// after "that", to the sentence's end.
// "HMICFRS’s recommendation was that …", "The report’s main recommendation is that …", "One of the
// recommendations is that …": the same, the finding owned by the inspectorate or its report, or one of
// theirs.
const copularFinding = /\b(?:an?|one|another|(?:the|(?:hmicfrs|hmic|the (?:report|inspectorate|inspectors))[’'](?:s\b)?)(?: (?:main|first|second|third|last|other|only|key|final))?|one of (?:the|its|their) (?=(?:areas for improvement|recommendations) (?:was|is) that)) ?(area for improvement|recommendation)s? (?:was|is) that[ \u00A0]+(?=\S)/i
// 'The report identified the following area for improvement: "The force should …"', "The inspectorate
// made the following recommendation: “Within three months, the force should …”": one finding named and
// then quoted after a colon, as minutes and news quote the report; the quotation's content.
// Minutes set the quotation off with a spaced dash as often ("Officers highlighted the area for
// improvement as set out at page 14 of the agenda pack – ‘The Service should ensure …’").
const quotedAfterNaming = /\b(?:an?|one|the following|the|this|its|their) (area for improvement|recommendation)\b[^.;:!?–—-]{0,60}?(?::|[ \u00A0][–—])[ \u00A0]+([“"‘'])/i
const closingMarks: Readonly<Record<string, RegExp>> = {'“': /”/, '"': /"/, '‘': /’(?=[\s.,;:)!?]|$)/, "'": /'(?=[\s.,;:)!?]|$)/}
const improvementWord = /improvement/i
const saysImprovement = (text: string): boolean => improvementWord.test(text)
// "HMICFRS made one recommendation, that the force should …", "The inspectorate made a recommendation
// that …": the recommendation a report made, given in apposition with no mark but a comma.
// "The report makes the following recommendation: by 31 March 2024, the force should …": one named
// after a colon and given unquoted, opening with its deadline or its addressee.
const appositiveRecommendation =
  /\brecommendation\b[^.;:!?–—-]{0,100}?(?:[ \u00A0][–—-]|:)[ \u00A0]+(?=that\b)|\brecommendations,? including[ \u00A0]+(?=that\b)|\b(?:made|makes|issued|gave) (?:a|one|its|an? (?:further|new|single|additional)) recommendation,?[ \u00A0]+(?=that\b)|\b(?:the following|one|a|its) recommendation:[ \u00A0]+(?=(?:by|within|the)\b)/i
// "HMIC is recommending that the use of this practice is reviewed urgently …", "The inspectorate
// recommends that forces …": a news item reporting the inspectorate's (or its report's)
// recommendation in indirect speech, the clause after "that" being the recommendation. Another
// body's ("The College of Policing recommends that …"), a force's, and the past tense (an earlier
// report's, or a reporter's summary) are not read.
const inspectorate = String.raw`(?:hmic|hmicfrs|hmi|h(?:er|is) majesty[’']s inspectorate of constabulary|the inspectorates?|the report|(?:the )?inspectors)(?: and fire (?:&|and) rescue services)?(?: \((?:hmic|hmicfrs)\))?`
const inspectorateRecommends = new RegExp(String.raw`^(?:(?:however|also|in addition|additionally|further),? )?${inspectorate} (?:is |are )?(?:also |therefore |further |now )?recommend(?:s|ing) that[ \u00A0]+(?=\S)`, 'i')
// "HMICFRS has recommended that Hertfordshire Fire and Rescue Service should make sure:": a news
// release's lead-in to the recommendations it lists, in the present perfect of the report it
// announces. Only as a lead-in: in prose, "has recommended" may be said of an earlier report.
const inspectorateHasRecommended = new RegExp(String.raw`^${inspectorate} (?:(?:has|have) )?(?:also |therefore |now )?recommended that\b`, 'i')
// "The report recommended the force must also improve how it monitors …", "HMICFRS found that both
// forces had effective vetting procedures, but recommended that both introduce …": a news item
// reporting the report it covers in the past tense. Only with a clause after the verb ("that …", or a
// subject and its demand), never a noun ("but recommended a review of …", a reporter's summary), and
// not of an earlier time ("In 2014 we recommended that …").
// "HMICFRS has recommended that common definitions … are adopted …": the present perfect of the report a
// news item announces reads the same (an earlier report's is said of its time, "In 2014 …").
// "The report however recommended the constabulary build on …", "HMICFRS, however, recommended
// that …", "In its report, inspectors recommended …", "The watchdog recommended that …": the same
// news sentence with a sentence adverb after its subject, the report named before it, or the
// inspectorate called by the name news items give it.
const reportedSubject = String.raw`(?:(?:however|also|in addition|additionally|further|in (?:its|the|their|this) (?:latest |new |full |published )?report),? )?(?:${inspectorate}|the (?:police |policing |fire )?watchdog)(?:,? (?:however|also|further|additionally),?)?`
const inspectorateRecommended = new RegExp(String.raw`^${reportedSubject} (?:(?:has|have) )?(?:also |therefore |further )?recommended[ \u00A0]+(?=\S)`, 'i')
// "It said the Home Office … should establish a programme of work …": the sentence after a reported
// recommendation, the inspectorate (or "it") saying who else should do what, is the next one.
const saidNext = new RegExp(String.raw`^(?:it|they|${inspectorate}) (?:also |further )?(?:said|says|added)(?: that)?[ \u00A0]+(?=\S)`, 'i')
const thenRecommended = new RegExp(String.raw`^${inspectorate} [^.;:!?]{1,300}?,? (?:but|and) (?:also )?(?=recommended that[ \u00A0]+\S)`, 'i')
const recommendedThat = 'recommended that'
// "Inspectors made three recommendations. They recommended that the force should …", "The report was
// published today. It recommended that …": a pronoun standing for the inspectorate or its report, right
// after a sentence opening with them.
const pronounRecommended = /^(?:it|they) (?:also |therefore |further )?recommended[ \u00A0]+(?=\S)/i
const opensWithInspectorate = new RegExp(String.raw`^(?:(?:however|also|in addition|additionally|further),? )?${inspectorate}\b`, 'i')
// "To address this cause of concern, HMIC recommends that:", "The inspectorate recommends that:": the
// inspectorate's lead-in to the recommendations listed after it (a register keeps it above them).
const inspectorateRecommendsList = new RegExp(String.raw`\b${inspectorate} (?:also |therefore |further )?recommends that:`, 'i')
// A clause after "recommended" without "that": a subject, then its demand, in the first clause.
// "The report also recommended identifying and promoting …": a gerund, what should be done.
// "… recommended the constabulary build on work to …", "… recommended the force improve how it …": the
// subject a force or service, its demand a bare verb (the subjunctive), never a verb in the
// indicative ("the force is", "the force has", "the force uses") or a past participle.
const demandClause = /^(?:that\b|[a-z]+ing\b|[^,;:]{1,60}?\b(?:must|should|needs? to)\b|(?:the|its) (?:force|constabulary|service|brigade)s? (?!(?:is|was|has|had|does|did|are|were|can|could|would|will|may|might|and|or|of|in|on|at|for|with|by|from|as|that|which|who|itself)\b)[a-z]{3,}(?<!ed)(?<![^s]s)\b)/i
// "The inspectorates also recommended that incidents should be …", "… recommended identifying …":
// what was recommended is the words after the verb (and its "that"), to the sentence's end; only a
// subject with its demand ("recommended the force must …") leaves the sentence whole.
const recommendedWords = /^(?:that[ \u00A0]+(?=\S)|(?=[a-z]+ing\b))/i
const minReportedWords = 5
const pronoun = /^(?:it|they|this|that|these|those|we|you|he|she|i)$/i
const maxLeadIn = 600
// "the Government should prioritise reform …;", "For example, the Government should make it a legal
// requirement …": a national report's point addressed to the Government, as the chief inspector's
// annual assessment (State of Policing, State of Fire and Rescue) and its releases state its
// recommendations to it. Only a sentence opening with the Government (or the Home Office, the Home
// Secretary, ministers) and "should": "the report shows the government should drop …" is someone
// else's reading, "services must do more …" a finding about services.
const governmentShould = /^(?:(?:for example|in particular|also|in addition|additionally|further|furthermore),? )?(?=(?:the )?(?:government|home office|home secretary|ministers)(?: (?:also|therefore|now|urgently))? should\b)/i
const governmentWord = /government|home office|home secretary|ministers/i
// "The recommendations to the government and chief constables, include: A; B; and C": a news item
// listing the report's recommendations in its own sentence, the pieces split at semicolons (one, where
// the copy ends inside the first). Observations listed the same way ("Specific observations made in
// the report, include: that …") are findings, not recommendations.
const recommendationsInclude = /^(?:the|its|their|his|her)(?: (?:report|inspection|inspectorate)[’']s)? (?:(?:main|key|principal|other|new) )?recommendations(?: [^.:;]{1,80}?)?,? (?:include|includes|included|are|were)(?: that)?:[ \u00A0]+(?=\S)/i
// "Areas for improvement included: the force should …; and the force should …": the areas for
// improvement listed the same way, each piece a demand (a list of topics is none).
const areasInclude = /^(?:(?:the|its|their|his|her)(?: (?:report|inspection|inspectorate)[’']s)? )?(?:(?:main|key|principal|other|new) )?areas for improvement(?: [^.:;]{1,80}?)?,? (?:include|includes|included|are|were)(?: that)?:[ \u00A0]+(?=\S)/i
// "[on]18th November 2014 [status]awaiting-review[/status][/on]…": the status log the recommendations
// register prints under an entry's text, a dated status or comment a record.
const registerLog = /^\[on\][^[\]]{4,40}\[(?:status|comment)\]/i
// Who a national report's lead-in ("Forces should:", "The Home Office should:") can address
// without naming recommendations: every force or a national body, never "the force" of a PEEL page.
const nationalAudience = new Set(['chief-constables', 'npcc', 'college-of-policing', 'home-office', 'nca', 'local-policing-body'])

/**
 * Recommendations that national thematic and joint inspection reports print in the body, with no
 * findings heading: a paragraph in the recommendation formula (a deadline and an addressee with
 * "should"), "We recommend that …", and the items after a lead-in that introduces recommendations
 * ("We recommend that chief constables:", "We make the following recommendations:", "Forces
 * should:"), each addressed as the lead-in says unless it names its own addressee. An earlier
 * report's recommendations ("Our 2022 report recommended that …", "In 2019 we made the following
 * recommendations:"), progress against them, another body's advice ("The College of Policing
 * recommends …") and quotations are not this report's. Inside a findings box, the box reads them.
 * A register entry's text stating a demand with no deadline ("The force should revise …") is its
 * recommendation when it is the paragraph right under the entry's title and the register's status
 * log ("[on]18th November 2014 [status]…") comes next.
 */
export const recommendationStatements: ReaderFactory = () => {
  /**
   * After a lead-in: its demand, and the list its items are in (or `paragraphs` when the copy has no
   * list); `entry` after the inspectorate's lead-in to one recommendation ("HMIC recommends that the
   * force should immediately:"), which the next paragraph alone completes, demand or not.
   */
  let pending: {demand?: Demand; list?: List; paragraphs?: boolean; announced?: boolean; leadInDemands?: boolean; entry?: boolean} | undefined
  /** The last paragraph ended with a reported recommendation: the next may go on with the inspectorate's words. */
  let reported = false
  /** The last paragraph's last sentence opened with the inspectorate or its report: "It recommended …" may follow. */
  let inspectorateLast = false
  /**
   * The paragraph right under a heading, when it states a demand no layout read (a register entry's
   * text with no deadline: "The force should revise …", "PPU personnel should be provided with …"),
   * until the next block, the register's first status log, says it was the entry's recommendation.
   */
  let entryText: Block | undefined
  let logSeen = false
  /** No block has been read since the last heading (a register entry's title, "… force reports (5811)"). */
  let sectionOpens = true

  const inBox = (context: ReadContext) => context.sections.some((section) => section.role !== 'heading')

  /** A lead-in that introduces this report's recommendations: the demand its items share. */
  const leadIn = (text: string, context: ReadContext): Demand | false => {
    const last = lastSentenceSpan(text)
    const sentence = last ? text.slice(last.start, last.end) : text
    const demand = readDemand(sentence, context.subject)
    if (modal.test(sentence) && (deadlineOpening.test(sentence) || demand?.addressees.some((addressee) => nationalAudience.has(addressee.kind)))) return demand ?? {addressees: []}
    // "In 2019 we made these recommendations:", "progress against the recommendations:" look back.
    if ((namesRecommendations.test(text) || inspectorateRecommendsList.test(sentence)) && !saidOfEarlierTime.test(text) && !isProgressStatus(sentence)) return demand ?? {addressees: []}
    if (modal.test(sentence) && inspectorateHasRecommended.test(sentence) && !saidOfEarlierTime.test(text)) return demand ?? {addressees: []}
    if (entryLeadIn(sentence) && !saidOfEarlierTime.test(text)) return readDemand(sentence, context.subject) ?? {addressees: []}
    return false
  }

  return {
    enter: {
      section() {
        pending = undefined
        reported = false
        inspectorateLast = false
        entryText = undefined
        sectionOpens = true
      },
      paragraph(block, context) {
        const entry = entryText
        const first = sectionOpens
        entryText = undefined
        sectionOpens = false
        const read = readParagraph(block, context)
        if (read) return true
        const text = block.text.trim()
        if (logSeen) return false
        if (registerLog.test(text)) {
          logSeen = true
          if (entry) emitEntry(entry, context)
          return entry !== undefined
        }
        if (first && modal.test(text) && !narrative.test(text) && !isLeadIn(text) && !quoted.test(text) && !inBox(context)) entryText = block
        return false
      },
      item(block, context) {
        entryText = undefined
        sectionOpens = false
        return readItem(block, context)
      }
    }
  }

  /** The paragraph as the layouts above read it. */
  function readParagraph(block: Block, context: ReadContext): boolean {
    const text = block.text.trim()
    const current = pending
    const afterReported = reported
    const afterInspectorate = inspectorateLast
    const lastSpan = lastSentenceSpan(text)
    inspectorateLast = opensWithInspectorate.test(lastSpan ? text.slice(lastSpan.start, lastSpan.end) : text)
    pending = undefined
    reported = false
    // "HMIC recommends that the force should immediately:", then "conduct a review of …" on the next line.
    if (current?.entry && text.split(' ').length >= minReportedWords && !narrative.test(text) && !opensAsStatement.test(text) && !isLeadIn(text)) {
      emitItem(block, context, current.demand)
      return true
    }
    // A copy without list markers: each paragraph stating a demand after the lead-in is an item;
    // after a sentence that only announces recommendations, each that names who should act.
    if (current && !current.list && modal.test(text) && !narrative.test(text) && !isLeadIn(text) && (!current.announced || namesAddressee(text, context))) {
      emitItem(block, context, current.demand)
      pending = {...current, paragraphs: true}
      return true
    }
    if (quoted.test(text) || inBox(context)) return false
    if (isLeadIn(text)) {
      if (text.length > maxLeadIn || (!modal.test(text) && !namesRecommendations.test(text) && !inspectorateRecommendsList.test(text))) return false
      const demand = leadIn(text, context)
      if (demand === false) return false
      pending = {demand, leadInDemands: modal.test(text) || recommendsThat.test(text), ...(entryLeadIn(text) ? {entry: true} : {})}
      return true
    }
    if (readListedInSentence(block, context)) return true
    if (announces(text)) {
      pending = {announced: true}
      return false
    }
    if (readAppositive(block, context) || readCopular(block, context) || readQuotedAfterNaming(block, context)) return true
    const reading = readReported(block, context, afterReported, afterInspectorate)
    reported = reading.last
    if (reading.read) return true
    if (readGovernmentDemands(block, context)) return true
    if (!deadlineOpening.test(text) && !weRecommend.test(text) && !saysDeadlineAfterVerb(text)) return false
    const first = firstDemandSentence(text)
    if (!first) return false
    const demand = readDemand(first, context.subject)
    // "By then, it should …": the formula names who should act, not a pronoun.
    if (!weRecommend.test(text) && !demand?.addressees.some((addressee) => !pronoun.test(addressee.name))) return false
    const start = block.text.indexOf(text)
    context.finding('recommendation', text, context.spanPosition(block, start, start + text.length), {demand: demand ?? {addressees: []}})
    return true
  }

  /** A list item as the layouts above read it. */
  function readItem(block: Block, context: ReadContext): boolean {
    const current = pending
    reported = false
    inspectorateLast = false
    // After an announcement, only items that are demands ("Forces should …"), not "4. Prosecution";
    // after a lead-in that only names recommendations, no item stating a fact ("The force has
    // introduced …": what was done about them).
    const demands = modal.test(block.text)
    if (!current || current.paragraphs || (current.list && current.list !== block.list) || (current.announced && !demands) || (!current.leadInDemands && !demands && opensAsStatement.test(block.text.trimStart()))) {
      pending = undefined
      // "• the Government should set out a timetable for reform;": a point of a national report's list.
      return !inBox(context) && readGovernmentDemands(block, context, true)
    }
    current.list = block.list
    emitItem(block, context, current.demand)
    return true
  }
}

/** A register entry's text, the paragraph right above its first status log: the entry's recommendation. */
function emitEntry(block: Block, context: ReadContext): void {
  const text = block.text.trim()
  const start = block.text.indexOf(text)
  context.finding('recommendation', text, context.spanPosition(block, start, start + text.length), {demand: readDemand(text, context.subject) ?? {addressees: []}})
}

/**
 * A recommendation a news item words in apposition ("made one recommendation … - that the force
 * must ensure … -"): the "that" clause, when it demands something and the sentence does not speak
 * of an earlier report ("In 2019 we made a recommendation: that …" is history, not this report's).
 */
function readAppositive(block: Block, context: ReadContext): boolean {
  const text = block.text
  const recommends = saysRecommend(text)
  if (!recommends && !saysImprovement(text)) return false
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end)
    const match = (recommends ? appositiveRecommendation : appositiveArea).exec(sentence)
    if (!match || saidOfEarlierTime.test(sentence.slice(0, match.index)) || saysEarlierInspection(sentence.slice(0, match.index))) continue
    const from = match.index + match[0].length
    const rest = sentence.slice(from)
    const close = closingDash.exec(rest)
    const words = (close ? rest.slice(0, close.index) : rest).trimEnd()
    if (!modal.test(words) || narrative.test(words.replace(/^that\s+/, ''))) continue
    const start = span.start + from
    const position = context.spanPosition(block, start, start + words.length)
    if (!recommends) context.finding('area-for-improvement', words, position)
    else context.finding('recommendation', words, position, {demand: readDemand(words, context.subject) ?? {addressees: []}})
    return true
  }
  return false
}

/**
 * One finding named and then quoted after a colon ('… the following area for improvement: "The force
 * should …"'): the quotation's content, to its closing mark or the block's end (a cut-off copy), when it
 * demands something and the words naming it are not said of an earlier inspection.
 */
function readQuotedAfterNaming(block: Block, context: ReadContext): boolean {
  const text = block.text
  if (!saysRecommend(text) && !saysImprovement(text)) return false
  const match = quotedAfterNaming.exec(text)
  if (!match) return false
  const before = text.slice(0, match.index + match[0].length)
  if (saidOfEarlierTime.test(before) || saysEarlierInspection(before)) return false
  const start = match.index + match[0].length
  const close = closingMarks[match[2]!]!.exec(text.slice(start))
  const words = text.slice(start, close ? start + close.index : text.length).trimEnd()
  if (!modal.test(words) || words.split(' ').length < minReportedWords) return false
  const position = context.spanPosition(block, start, start + words.length)
  if (match[1]!.toLowerCase() === 'recommendation') context.finding('recommendation', words, position, {demand: readDemand(words, context.subject) ?? {addressees: []}})
  else context.finding('area-for-improvement', words, position)
  return true
}

/**
 * A finding given as the complement of one a news item counts ("One area for improvement was that the
 * force should …."): the clause after "that", to the sentence's end, when it demands something and the
 * sentence is not said of an earlier time.
 */
function readCopular(block: Block, context: ReadContext): boolean {
  const text = block.text
  if (!saysRecommend(text) && !saysImprovement(text)) return false
  let read = false
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end)
    const match = copularFinding.exec(sentence)
    if (!match || saidOfEarlierTime.test(sentence) || saysEarlierInspection(sentence)) continue
    const from = match.index + match[0].length
    const words = sentence.slice(from).trimEnd()
    if (!modal.test(words) || words.split(' ').length < minReportedWords) continue
    const start = span.start + from
    const position = context.spanPosition(block, start, start + words.length)
    if (match[1]!.toLowerCase() === 'recommendation') context.finding('recommendation', words, position, {demand: readDemand(words, context.subject) ?? {addressees: []}})
    else context.finding('area-for-improvement', words, position)
    read = true
  }
  return read
}

/**
 * A recommendation a news item reports in indirect speech ("HMIC is recommending that the use of
 * this practice is reviewed urgently …."): the clause after "that", to the sentence's end without its
 * full stop, of each sentence whose subject is the inspectorate, its inspectors or its report.
 */
function readReported(block: Block, context: ReadContext, afterReported = false, afterInspectorate = false): {read: boolean; last: boolean} {
  const text = block.text
  if (!afterReported && !saysRecommend(text)) return {read: false, last: false}
  let read = false
  let last = afterReported
  let named = afterInspectorate
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end)
    const follows = last
    const pronounFor = named
    last = false
    named = opensWithInspectorate.test(sentence)
    const match = inspectorateRecommends.exec(sentence)
    if (!match) {
      const past = readReportedPast(block, sentence, span.start, context, pronounFor) || (follows && readSaidNext(block, sentence, span.start, context))
      read = past || read
      last = past
      continue
    }
    // "HMIC recommends that the force should immediately: conduct a review …; and": a register's entry
    // keeps the lead-in before the recommendation's words, which run to the entry's end.
    const lead = recommendsLeadIn.exec(sentence)
    if (lead && modal.test(lead[0])) {
      const words = text.slice(span.start + lead[0].length).trimEnd()
      if (words.split(' ').length < minReportedWords) continue
      const start = span.start + lead[0].length
      context.finding('recommendation', words, context.spanPosition(block, start, start + words.length), {demand: readDemand(lead[0], context.subject) ?? {addressees: []}})
      return {read: true, last: false}
    }
    const clause = sentence.slice(match[0].length).replace(/[.;!]$/, '').trimEnd()
    if (clause.split(' ').length < minReportedWords || isLeadIn(clause)) continue
    const start = span.start + match[0].length
    const demand = readDemand(clause, context.subject) ?? {addressees: []}
    context.finding('recommendation', clause, context.spanPosition(block, start, start + clause.length), {demand})
    read = true
    last = true
  }
  return {read, last}
}

/**
 * The sentence after a reported recommendation that goes on with the inspectorate's words, saying who
 * should do what ("It said the Home Office … should establish …"): the words after the speech verb,
 * when they open with whom the demand is on (not a pronoun) and demand something.
 */
function readSaidNext(block: Block, sentence: string, at: number, context: ReadContext): boolean {
  const opening = saidNext.exec(sentence)
  if (!opening) return false
  const words = sentence.slice(opening[0].length).trimEnd()
  const demand = readDemand(words, context.subject)
  if (!modal.test(words) || narrative.test(words) || !demand?.addressees.some((addressee) => !pronoun.test(addressee.name))) return false
  const start = at + opening[0].length
  context.finding('recommendation', words, context.spanPosition(block, start, start + words.length), {demand})
  return true
}

/**
 * A recommendation a news item reports in the past tense: the whole sentence when its subject is
 * the inspectorate or the report ("The report recommended the force must also improve …."), or a
 * pronoun right after a sentence opening with them ("They recommended that …"), the
 * clause from the verb, without the full stop, when it follows the inspectorate's finding in a
 * clause of its own ("…, but recommended that both introduce …").
 */
function readReportedPast(block: Block, sentence: string, at: number, context: ReadContext, pronounForInspectorate = false): boolean {
  if (saidOfEarlierTime.test(sentence) || saysEarlierInspection(sentence)) return false
  const opening = inspectorateRecommended.exec(sentence) ?? (pronounForInspectorate ? pronounRecommended.exec(sentence) : null)
  const then = opening ? null : thenRecommended.exec(sentence)
  if (!opening && !then) return false
  const from = opening ? 0 : then![0].length
  // What was recommended: after the verb, or after "recommended that".
  const complement = sentence.slice(opening ? opening[0].length : from + recommendedThat.length).trim()
  if ((opening && !demandClause.test(complement)) || complement.split(' ').length < minReportedWords) return false
  const own = opening ? recommendedWords.exec(complement) : null
  const skip = opening && own ? opening[0].length + own[0].length : from
  const words = (opening ? sentence.slice(skip) : sentence.slice(from).replace(/[.;!]$/, '')).trimEnd()
  const start = at + skip
  context.finding('recommendation', words, context.spanPosition(block, start, start + words.length), {demand: readDemand(words, context.subject) ?? {addressees: []}})
  return true
}

/** The recommendations a sentence lists after naming them ("The recommendations … include: A; B"), each a finding. */
function readListedInSentence(block: Block, context: ReadContext): boolean {
  const text = block.text
  const recommends = saysRecommend(text)
  if (!recommends && !saysImprovement(text)) return false
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end)
    const lead = recommends ? recommendationsInclude.exec(sentence) : areasInclude.exec(sentence)
    if (!lead || saidOfEarlierTime.test(lead[0])) continue
    const pieces = semicolonPieces(text, span.start + lead[0].length, span.end, 1)
    if (!recommends && !pieces.every((piece) => modal.test(text.slice(piece.start, piece.end)))) continue
    for (const piece of pieces) {
      const words = text.slice(piece.start, piece.end)
      const position = context.spanPosition(block, piece.start, piece.end)
      if (recommends) context.finding('recommendation', words, position, {demand: readDemand(words, context.subject) ?? {addressees: []}})
      else context.finding('area-for-improvement', words, position)
    }
    if (pieces.length > 0) return true
  }
  return false
}

/**
 * Each sentence of a paragraph that asks the Government (or the Home Office) what it should do: from
 * the addressee to the sentence's end. Of a list item, only its opening sentence: a numbered
 * recommendation's second sentence ("The Home Office should publish this data …") is part of it.
 */
function readGovernmentDemands(block: Block, context: ReadContext, opening = false): boolean {
  const text = block.text
  if (!governmentWord.test(text)) return false
  let read = false
  const spans = sentenceSpans(text)
  for (const span of opening ? spans.slice(0, 1) : spans) {
    const sentence = text.slice(span.start, span.end)
    const lead = governmentShould.exec(sentence)
    // 'The chief fire officer said: “We welcome the report. The Government should fund us …”': a speaker's words.
    if (!lead || insideQuotation(text, span.start)) continue
    const words = sentence.slice(lead[0].length).trimEnd()
    if (words.split(' ').length < minReportedWords) continue
    const start = span.start + lead[0].length
    context.finding('recommendation', words, context.spanPosition(block, start, start + words.length), {demand: readDemand(words, context.subject) ?? {addressees: []}})
    read = true
  }
  return read
}

/** Whether a quotation opened before `index` is still open there (curly marks, or an odd number of straight double quotes). */
function insideQuotation(text: string, index: number): boolean {
  let open = 0
  let straight = 0
  for (let at = 0; at < index; at++) {
    const char = text.charAt(at)
    if (char === '“') open++
    else if (char === '”') open = Math.max(0, open - 1)
    else if (char === '"') straight++
  }
  return open > 0 || straight % 2 === 1
}

/** The inspectorate's lead-in to one recommendation, the whole sentence ("HMIC recommends that within six months the force should:"). */
function entryLeadIn(sentence: string): boolean {
  const lead = inspectorateRecommends.test(sentence) ? recommendsLeadIn.exec(sentence) : null
  return lead !== null && lead[0].length === sentence.length && modal.test(lead[0])
}

/** A paragraph whose last sentence announces this report's recommendations ("We make six recommendations."). */
function announces(text: string): boolean {
  if (text.length > maxLeadIn || !saysRecommend(text) || !namesRecommendations.test(text) || modal.test(text)) return false
  const last = lastSentenceSpan(text)
  const sentence = last ? text.slice(last.start, last.end) : text
  return namesRecommendations.test(sentence) && !saidOfEarlierTime.test(sentence) && !isProgressStatus(sentence)
}

/** Whether a demand names who should act: every force, a national body or a force, not "it" or "the service". */
function namesAddressee(text: string, context: ReadContext): boolean {
  const demand = firstDemandSentence(text)
  const addressees = demand ? (readDemand(demand, context.subject)?.addressees ?? []) : []
  return addressees.some((addressee) => nationalAudience.has(addressee.kind) || (addressee.kind === 'force' && addressee.referenceId !== undefined))
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
