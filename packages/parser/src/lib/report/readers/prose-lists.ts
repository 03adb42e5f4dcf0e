import type {FindingKind} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {isFrameworkArea} from '../framework-areas.js'
import {countWords} from '../grade-clauses.js'
import {causesSaidOfEarlierTime, inspectorateSpeaker, isLeadIn, modal, namesFailing, namesPracticeKind, quotationContent, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'
import {namesSubject} from '../subjects.js'
import type {SentenceSpan} from '../sentences.js'

// "four main causes of concern", "two accelerated causes for concern", "Two areas of promising
// practice": a count of findings of one kind, which prose may go on to list.
const countedFindings =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|several) (?:(?:main|principal|key|accelerated|new|serious|significant|further) )*(?:(causes?) (?:of|for) concern|(?:areas|examples) of (innovative|promising) practice)\b/i
// "…, which were that A; B; and C.", "…: A; B; and C." in the counting sentence itself.
const listInSentence = /^[^.;:]{0,120}?(?:,? which (?:were|are)(?: that)?|:)\s+/i
// "They were that A; B; and C.", "The causes of concern are that: A; B." in the sentence after it.
const listInNextSentence = /^(?:they|these|the (?:causes|concerns|areas|examples)\b[^.;:]{0,60}?) (?:were|are)(?: that)?:?\s+/i
// "The causes of concern are that: A; B; and C.", "Our main causes of concern were that A; and B.":
// a sentence naming the causes and listing them, with no count before it.
const causesAreThat = /^(?:(?:the|our|its|their) )?(?:(?:main|principal|key|accelerated) )*causes (?:of|for) concern(?: [^.;:]{1,60}?)? (?:are|were)(?: that)?:?\s+/i
// Joining words a listed piece opens or closes with, and the spaces and marks that close it, which are no words of the finding.
const closingMarks = new Set([' ', '\t', '\n', '\r', '\u00A0', '.', ',', ';'])
const leadingJoin = /^(?:(?:and|or|that)\s+)+/i
// "one was A and another B": two findings named in turn.
const firstOfTwo = /\bone (?:was|is|being) /i
const secondOfTwo = /,? and (?:another|the other|the second)(?: (?:was|is|being))? /gi
const fewestStatementWords = 4
// "The inspectorate has advised that …", "The second cause for concern … relates to their
// observation that …", "The first was that …": a cause counted before and stated after it, in
// reported speech or in turn.
const reportedStatement =
  /^(?:(?:the )?(?:inspectorates?|inspectors?|hmicfrs|hmic|report)(?: (?:has|have|had))?(?: also)? (?:advised|said|found|noted|stated|concluded|reported|explained|highlighted|told [^.;:]{1,40}?)|(?:the )?(?:first|second|third|fourth|fifth|other|final|last)(?: (?:one|(?:accelerated )?cause (?:of|for) concern))?\b[^.;:]{0,100}?) that /i
// "The report explained: “There were …”": a counted cause quoted from the report after a colon.
const reportedQuotation = /^(?:the )?(?:report|inspectorates?|inspectors?|hmicfrs|hmic)(?: (?:has|have|had))?(?: also)? (?:explained|said|stated|found|noted|concluded|reported|added):\s*(?=[“"])/i
const closingQuote = /[”"]/g
// "that we identified in 2019", "that was raised": "that" opening a relative clause, not the statement.
const relativeClause = /^(?:(?:we|you|hmicfrs|hmic) \w+|(?:was|were|is|are|had|has|have)\b)/i
// 'Inspectors identified "an effective process to …" as an area for improvement, as well as
// monitoring and reviewing technology …': findings a news article quotes and names as such; what
// it adds after "as well as" is one more of the kind.
const quotedAsFinding =
  /\b(?:identified|highlighted|named|flagged|noted|singled out) [“"]([^“”"]{8,200})[”"] as (?:an? |one )?(?:(area) for improvement|(cause) (?:of|for) concern|(?:example of )?(innovative|promising) practice)(?:,? as well as ([^.;:“”"]{8,200}))?/i
// Its closing quote and " as ": one quick search rules out the many blocks that quote without naming a finding.
const closingQuoteAs = /[”"] as /i

// "The inspection report set out this cause for concern: ‘Surrey Fire and Rescue Service doesn’t
// …’", "the Inspectorate notes under its cause of concern: ‘It is sometimes slow …": one cause named
// right before a colon and quoted after it; the quotation (to its closing mark, or to the
// paragraph's end where the copy cut it off) is the cause.
const causeThenQuotation = /\b(?:an?|the|this|that|its|their|our|one) (?:(?:accelerated|new|main|principal|key|serious|significant|further) )*cause (?:of|for) concern:[ \u00A0]?(?=[‘“"'])/gi
// A lead saying what became of the cause ("closed its cause of concern:") or defining one ("A cause
// of concern is defined as:") quotes no cause of this report's.
const leadOfProgressOrDefinition = /\b(?:clos(?:ed|es|ing)|discharg(?:ed|es|ing)|lift(?:ed|s|ing)|remov(?:ed|es|ing)|resolv(?:ed|es|ing)|address(?:ed|es|ing)|withdr[ae]w|defin(?:ed|es|ition)|means|meaning)\b/i
// Where a quotation opened with each mark closes: a single quote closes only when no letter follows
// it (in "doesn’t" it is an apostrophe), curly or typed straight.
const closesQuotation: Readonly<Record<string, RegExp>> = {'‘': /’(?!\p{L})/gu, '“': /”/g, '"': /"/g, "'": /'(?!\p{L})/gu}

// "The inspection identified several key areas where SEROCU and the regional forces need to
// improve. These include enhancing …, improving … and adopting …": the inspection (or its report,
// the inspectors) naming the areas where its subject must improve, and the next sentence listing
// them as what to do (a gerund a piece). "there are areas where the service needs to improve" is
// the inspector's own summary of themes, not areas the inspection identified.
const identifiedAreasToImprove =
  /\b(?:identified|highlighted|pointed to|set out)\s+(?:(?:several|some|a number of|a few|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:key|main|important|significant|further|other)\s+)*areas\s+(?:where|in which)\s([^.;:]{1,100}?)\s(?:need|needs|needed)\s+to\s+improve\b/i
// "SEROCU and the regional forces": the body named first is whose areas they are, up to a comma or "and".
const leadingThe = /^the\s+/i
const firstNameEnd = /,|\sand\b/i
const maxNameLength = 80

/** The body named first in `words` ("SEROCU" of "the SEROCU and the regional forces"), or `undefined`. */
function firstNamed(words: string): string | undefined {
  const rest = words.replace(leadingThe, '')
  const end = rest.search(firstNameEnd)
  const named = (end === -1 ? rest : rest.slice(0, end)).trim()
  return named.length >= 2 && named.length <= maxNameLength ? named : undefined
}
const inspectionWord = /\binspection\b/i
// "These include A, B and C", "They included: A, B, C".
const theseInclude = /^(?:these|they)\s+(?:include|includes|included):?\s+/i
// A piece naming what to do: a gerund ("enhancing …", "adopting …").
const gerundPiece = /^[a-z]+ing\b/
const serialAndGerund = / and (?=[a-z]+ing\b)/g

// How many paragraphs after a count its causes may be stated in, one a paragraph.
const paragraphsAfterCount = 3

interface Listed {
  kind: FindingKind
  /** The number counted, or undefined for "several". */
  count?: number
  history: boolean
}

/**
 * Findings a news release or article lists in its prose after counting them, with no box, list or
 * heading: "highlighted four main causes of concern about the force’s custody services. They were
 * that A; B; C; and D." (each clause a cause), "two causes of concern, which were that A; and B",
 * "Two areas of promising practice were highlighted, one was A and another B". A count followed by
 * paragraphs stating its causes in reported speech ("HMICFRS has informed the force of two
 * accelerated causes for concern." then "The inspectorate has advised that the force needs to
 * improve …" and "The second cause for concern … relates to their observation that the force
 * doesn’t …") gives the clause after "that", when it states a failing or a need. A list whose
 * pieces do not match its count, a piece naming only a topic, or prose with no list after the
 * count gives nothing; a count said of an earlier inspection lists `history` (causes) or nothing
 * (practice).
 */
export const proseLists: ReaderFactory = () => {
  let pending: {remaining: number; paragraphs: number; history: boolean} | undefined
  /** A lead ending the last paragraph ("… identified several key areas where … need to improve."): this one may list them. */
  let areasLead: AreasLead | undefined

  const read = (block: Block, context: ReadContext): boolean => {
    const text = block.text
    // Most blocks count, list and quote no findings: plain searches answer before the patterns run.
    if (text.includes(' as ') && closingQuoteAs.test(text) && readQuotedAsFinding(block, context)) return true
    // The block stays open to the other readers: "The report also recommended …" may follow.
    const leadBefore = areasLead
    areasLead = leadBefore || (text.includes('areas ') && text.includes(' improve')) ? readAreasToImprove(block, context, leadBefore) : undefined
    const speaksOfCauses = text.includes('oncern') && text.includes('ause')
    if (!speaksOfCauses && !namesPracticeKind(text)) return readReported(block, context)
    if (speaksOfCauses && readQuotedAfterLead(block, context)) return true
    const count = countedFindings.exec(text)
    if (!count) return (speaksOfCauses && text.includes('auses ') && readCausesAreThat(block, context)) || readReported(block, context)
    const spans = sentenceSpans(text)
    const at = spans.findIndex((span) => span.end > count.index)
    const sentence = spans[at]
    if (!sentence) return false
    const listed: Listed = {
      kind: count[2] ? 'cause-of-concern' : count[3]?.toLowerCase() === 'innovative' ? 'innovative-practice' : 'promising-practice',
      // "We found two causes of concern" is this report's; "In our previous inspection …" an earlier one's.
      history: saysEarlierInspection(text.slice(sentence.start, count.index)),
      ...(countWords.includes(count[1]!.toLowerCase()) ? {count: countWords.indexOf(count[1]!.toLowerCase()) + 1} : {})
    }
    const pieces = listAfterCount(text, count.index + count[0].length, sentence, spans[at + 1])
    if (pieces.length === 0) {
      // "HMICFRS has informed the force of two accelerated causes for concern.": the causes may follow in reported speech.
      pending = listed.kind === 'cause-of-concern' && listed.count && !isLeadIn(text.trimEnd()) ? {remaining: listed.count, paragraphs: paragraphsAfterCount, history: listed.history} : undefined
      let read = false
      for (const span of spans.slice(at + 1)) if (pending && readStatement(block, span, context)) read = true
      return read
    }
    if (!fitsCount(listed, pieces, text)) return false
    if (listed.history && listed.kind !== 'cause-of-concern') return false
    emitPieces(listed, pieces, block, context)
    pending = undefined
    return true
  }

  /** A paragraph after a count: its first sentence may state one of the causes counted. */
  const readReported = (block: Block, context: ReadContext): boolean => {
    const current = pending
    if (!current) return false
    if (--current.paragraphs === 0) pending = undefined
    const first = sentenceSpans(block.text)[0]
    return first !== undefined && readStatement(block, first, context)
  }

  /** A sentence stating a counted cause in reported speech or in turn: the clause after "that". */
  const readStatement = (block: Block, sentence: SentenceSpan, context: ReadContext): boolean => {
    const current = pending
    if (!current) return false
    const text = block.text
    const quoted = reportedQuotation.exec(text.slice(sentence.start, sentence.end))
    const opening = quoted ?? reportedStatement.exec(text.slice(sentence.start, sentence.end))
    if (!opening) return false
    let start = sentence.start + opening[0].length
    let end = endWithoutMarks(text, sentence.start, sentence.end)
    if (quoted) {
      // The quotation runs to its closing mark, or to the paragraph's end where the copy cut it off.
      closingQuote.lastIndex = start + 1
      const close = closingQuote.exec(text)
      const content = quotationContent(text.slice(start, close ? close.index + 1 : text.length))
      end = start + content.end
      start += content.start
    }
    const clause = text.slice(start, end)
    if (relativeClause.test(clause) || !statesFailing(clause)) return false
    const position = context.spanPosition(block, start, end)
    if (current.history) context.history('cause-of-concern', clause, position)
    else context.finding('cause-of-concern', clause, position)
    if (--current.remaining === 0) pending = undefined
    return true
  }

  return {
    enter: {
      section() {
        pending = undefined
        areasLead = undefined
      },
      paragraph: read
    }
  }
}

/** Each cause quoted right after a lead naming it ("… set out this cause for concern: ‘…’"), without its quotation marks. */
function readQuotedAfterLead(block: Block, context: ReadContext): boolean {
  const text = block.text
  if (!text.includes('concern:')) return false
  const spans = sentenceSpans(text)
  let read = false
  causeThenQuotation.lastIndex = 0
  for (let match = causeThenQuotation.exec(text); match; match = causeThenQuotation.exec(text)) {
    const open = match.index + match[0].length
    let from = 0
    for (const span of spans) if (span.start <= match.index) from = span.start
    const lead = text.slice(from, open)
    if (leadOfProgressOrDefinition.test(lead)) continue
    const closing = closesQuotation[text.charAt(open)]!
    closing.lastIndex = open + 1
    const close = closing.exec(text)
    const start = open + 1
    let end = close ? close.index : text.length
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    const quoted = text.slice(start, end)
    if (!hasStatementLength(quoted)) continue
    const position = context.spanPosition(block, start, end)
    // "In our 2021 letter, we raised a cause of concern: “…”": causes are issued once, so a letter's is restated.
    if (saysEarlierInspection(lead) || causesSaidOfEarlierTime(lead)) context.history('cause-of-concern', quoted, position)
    else context.finding('cause-of-concern', quoted, position)
    read = true
    if (close) causeThenQuotation.lastIndex = close.index + 1
  }
  return read
}

/** "The causes of concern are that: A; B; and C." with no count before it: each piece a cause. */
function readCausesAreThat(block: Block, context: ReadContext): boolean {
  const text = block.text
  for (const span of sentenceSpans(text)) {
    const lead = causesAreThat.exec(text.slice(span.start, span.end))
    if (!lead) continue
    const pieces = semicolonPieces(text, span.start + lead[0].length, span.end)
    const listed: Listed = {kind: 'cause-of-concern', history: saysEarlierInspection(text.slice(0, span.start + lead[0].length))}
    if (pieces.length === 0 || !fitsCount(listed, pieces, text)) continue
    emitPieces(listed, pieces, block, context)
    return true
  }
  return false
}

/** A sentence saying the inspection identified areas where a body needs to improve: the body named first, and whether it is said of an earlier inspection. */
interface AreasLead {
  named?: string
  history: boolean
}

/** The lead in `sentence` ("The inspection identified several key areas where SEROCU … need to improve."), when the inspection, its report or its inspectors identified them. */
function areasLeadIn(sentence: string): AreasLead | undefined {
  const lead = identifiedAreasToImprove.exec(sentence)
  if (!lead) return undefined
  const before = sentence.slice(0, lead.index)
  if (!inspectorateSpeaker.test(before) && !inspectionWord.test(before)) return undefined
  const named = firstNamed(lead[1]!)
  return {...(named ? {named} : {}), history: saysEarlierInspection(before)}
}

/**
 * Areas for improvement a news item lists after saying the inspection identified them ("The
 * inspection identified several key areas where … need to improve. These include enhancing A,
 * improving B, and adopting C."), in the sentence after the lead, in its paragraph or the next: each
 * gerund piece, split at the commas outside brackets and at a serial "and", for the body the lead
 * names first. A list whose pieces are not all gerunds ("These include an ‘inadequate’ rating for
 * …": grades), or that names a graded area ("investigating crime"), gives nothing. Returns the lead when it ends the paragraph, for the next to list.
 */
function readAreasToImprove(block: Block, context: ReadContext, leadBefore: AreasLead | undefined): AreasLead | undefined {
  const text = block.text
  const spans = sentenceSpans(text)
  let lead = leadBefore
  for (const span of spans) {
    if (lead && readAreasListed(block, span, lead, context)) return undefined
    lead = areasLeadIn(text.slice(span.start, span.end))
  }
  return lead
}

/** The gerund pieces `span` lists after "These include", as areas for improvement of the body `lead` names; whether there were any. */
function readAreasListed(block: Block, span: SentenceSpan, lead: AreasLead, context: ReadContext): boolean {
  const text = block.text
  const listed = theseInclude.exec(text.slice(span.start, span.end))
  if (!listed) return false
  const pieces = commaPieces(text, span.start + listed[0].length, span.end)
  // "These include investigating crime, responding to the public and …": the framework's graded areas, not areas for improvement.
  if (pieces.length < 2 || !pieces.every((piece) => gerundPiece.test(text.slice(piece.start, piece.end)) && !isFrameworkArea(text.slice(piece.start, piece.end)))) return false
  const subject = lead.named ? context.resolve(lead.named) : undefined
  if (subject && namesSubject(subject) && subject.referenceId !== context.subject?.referenceId) context.nameSubject(subject)
  emitPieces({kind: 'area-for-improvement', history: lead.history}, pieces, block, context)
  return true
}

/** The pieces of `text.slice(start, end)` between commas outside brackets, a piece also split at " and " before a gerund. */
function commaPieces(text: string, start: number, end: number): SentenceSpan[] {
  const cuts: number[] = []
  let depth = 0
  for (let at = start; at < end; at++) {
    const char = text.charAt(at)
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === ',' && depth === 0) cuts.push(at)
  }
  const pieces: SentenceSpan[] = []
  let from = start
  for (const cut of [...cuts, end]) {
    const part = text.slice(from, cut)
    serialAndGerund.lastIndex = 0
    let inner = from
    // Only outside brackets: a serial "and" inside one ("(Pursue, Prevent, and Prepare)") is the aside's.
    for (let match = serialAndGerund.exec(part); match; match = serialAndGerund.exec(part)) {
      if (part.lastIndexOf('(', match.index) > part.lastIndexOf(')', match.index)) continue
      const piece = trimmedPiece(text, inner, from + match.index)
      if (piece) pieces.push(piece)
      inner = from + match.index
    }
    const piece = trimmedPiece(text, inner, cut)
    if (piece) pieces.push(piece)
    from = cut + 1
  }
  return pieces
}

/** Findings quoted and named as such ('identified "…" as an area for improvement, as well as …'). */
function readQuotedAsFinding(block: Block, context: ReadContext): boolean {
  const text = block.text
  const named = quotedAsFinding.exec(text)
  if (!named || saysEarlierInspection(text.slice(0, named.index))) return false
  const kind: FindingKind = named[2] ? 'area-for-improvement' : named[3] ? 'cause-of-concern' : named[4]?.toLowerCase() === 'innovative' ? 'innovative-practice' : 'promising-practice'
  const first = text.indexOf(named[1]!, named.index)
  context.finding(kind, named[1]!, context.spanPosition(block, first, first + named[1]!.length))
  if (named[5]) {
    const more = named.index + named[0].length - named[5].length
    const piece = trimmedPiece(text, more, more + named[5].length)
    if (piece) context.finding(kind, text.slice(piece.start, piece.end), context.spanPosition(block, piece.start, piece.end))
  }
  return true
}

/** Each listed piece as a finding of its kind, or as history when said of an earlier inspection. */
function emitPieces(listed: Listed, pieces: readonly SentenceSpan[], block: Block, context: ReadContext): void {
  for (const piece of pieces) {
    const position = context.spanPosition(block, piece.start, piece.end)
    const quoted = block.text.slice(piece.start, piece.end)
    if (listed.history) context.history(listed.kind, quoted, position)
    else context.finding(listed.kind, quoted, position, listed.kind === 'cause-of-concern' ? {summary: true} : {})
  }
}

/**
 * The pieces a sentence lists after a count ending at `from`: in the counting sentence ("…, which
 * were that A; B") or the next ("They were that A; B"), split at semicolons, or two named in turn
 * ("one was A and another B"). Each piece is a span without its joining words and closing mark.
 */
function listAfterCount(text: string, from: number, sentence: SentenceSpan, next: SentenceSpan | undefined): SentenceSpan[] {
  const rest = text.slice(from, sentence.end)
  const inSentence = listInSentence.exec(rest)
  if (inSentence) {
    const pieces = semicolonPieces(text, from + inSentence[0].length, sentence.end)
    if (pieces.length > 1) return pieces
  }
  const named = twoNamedInTurn(text, from, sentence.end)
  if (named.length > 0) return named
  if (next) {
    const lead = listInNextSentence.exec(text.slice(next.start, next.end))
    if (lead) {
      const pieces = semicolonPieces(text, next.start + lead[0].length, next.end)
      if (pieces.length > 1) return pieces
    }
  }
  return []
}

/** The pieces of `text.slice(start, end)` between semicolons (none when there is no semicolon). */
export function semicolonPieces(text: string, start: number, end: number, least = 2): SentenceSpan[] {
  const pieces: SentenceSpan[] = []
  let at = start
  while (at < end) {
    const semicolon = text.indexOf(';', at)
    const stop = semicolon === -1 || semicolon > end ? end : semicolon
    const piece = trimmedPiece(text, at, stop)
    if (piece) pieces.push(piece)
    at = stop + 1
  }
  return pieces.length >= least ? pieces : []
}

/** "…, one was A and another B.": the two pieces, or none. */
function twoNamedInTurn(text: string, from: number, end: number): SentenceSpan[] {
  const rest = text.slice(from, end)
  const first = firstOfTwo.exec(rest)
  if (!first) return []
  let second: RegExpExecArray | undefined
  secondOfTwo.lastIndex = first.index + first[0].length
  for (let match = secondOfTwo.exec(rest); match; match = secondOfTwo.exec(rest)) second = match
  if (!second) return []
  const one = trimmedPiece(text, from + first.index + first[0].length, from + second.index)
  const other = trimmedPiece(text, from + second.index + second[0].length, end)
  return one && other ? [one, other] : []
}

function trimmedPiece(text: string, start: number, end: number): SentenceSpan | undefined {
  let piece = text.slice(start, end)
  const lead = piece.length - piece.trimStart().length
  piece = piece.trimStart()
  const join = leadingJoin.exec(piece)
  const opening = lead + (join ? join[0].length : 0)
  const closing = endWithoutMarks(piece, 0, piece.length) + lead
  return closing > opening ? {start: start + opening, end: start + closing} : undefined
}

/**
 * Whether the listed pieces are the findings counted: as many as counted ("several": at least two),
 * and for causes each a statement, not a topic ("call handling").
 */
function fitsCount(listed: Listed, pieces: readonly SentenceSpan[], text: string): boolean {
  if (listed.count !== undefined && pieces.length !== listed.count) return false
  if (listed.kind !== 'cause-of-concern') return true
  return pieces.every((piece) => hasStatementLength(text.slice(piece.start, piece.end)))
}

/** Whether a piece has the words of a statement, not only a topic's ("call handling"). */
function hasStatementLength(text: string): boolean {
  return text.split(/\s+/).length >= fewestStatementWords
}

/** A clause stating a failing or a need ("the force doesn’t have …", "the force needs to improve …"). */
function statesFailing(clause: string): boolean {
  return hasStatementLength(clause) && (namesFailing.test(clause) || modal.test(clause))
}

/** Where `text.slice(start, end)` ends without the spaces and marks closing it (a loop: a pattern anchored at the end would be quadratic). */
function endWithoutMarks(text: string, start: number, end: number): number {
  while (end > start && closingMarks.has(text.charAt(end - 1))) end--
  return end
}
