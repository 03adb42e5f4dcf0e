import type {List} from 'mdast'
import type {ReportSubject} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import {namesOnlyTopic} from '../cause-items.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {isLeadIn, saidOfEarlierTime} from '../patterns.js'
import {lastSentenceSpan} from '../sentences.js'

// "moved West Midlands Police into Engage", "decided to move the force into an enhanced level of
// monitoring", "escalated to the Engage phase": a move INTO enhanced monitoring. "removed from
// Engage" and "return to … Scan" do not match (`\bmov` does not match inside "removed").
const movedIntoEngage =
  /\b(?:mov(?:e|ed|es|ing)|escalat(?:e|ed|es|ing)|plac(?:e|ed|es|ing))\b[^.:;]{0,160}?\b(?:in(?:to)?|to) (?:the |an |our )?(?:engage\b|enhanced (?:level of |phase of )?monitoring\b)/i
// The reasons follow "because": "because:", "because it is not:", "because the force needs to:",
// "due to:", "The reasons for this decision were:", "Our concerns are:".
const reasons = /\bbecause\b|\breasons?\b|\bdue to\b|\bconcerns?\b/i
const maxLeadIn = 600
// A list item that lost its marker in the copy: a lower-case fragment continuing the lead-in.
const bareItemStart = /^[\p{Ll}]/u
const itemContinues = /(?:[;,]|[;,]? (?:and|or))$/
const maxBareItem = 600
const maxNameWords = 5
const trailingPunctuation = /[,;:]$/
// HMICFRS's pages of forces and services in Engage print, under each name, the label "Entered
// Engage", the month (or only the year), then the numbered reasons.
// The month may share the label's line ("Entered Engage: March 2023").
const enteredEngageLabel = /^(?:entered|moved into) (?:engage|enhanced monitoring)(?::? (?:\d{1,2} )?\p{Lu}\p{Ll}+ (?:19|20)\d\d)?$/iu
const monthLine = /^(?:(?:\d{1,2} )?\p{Lu}\p{Ll}+ )?(?:19|20)\d\d$/u
// "Reasons:" between the month and the items; "Reasons for entering Engage:" names the move itself.
const reasonsLabel = /^(?:reasons?|causes? of concern)(?: for (?:entering|moving into|being (?:moved|placed) into|escalation to) (?:engage|enhanced monitoring))?:?$/i
const namesEngage = /engage|monitoring/i
// "Why Kent Police is in Engage": a heading over the reasons.
const whyInEngage = /^why\b.{1,80}\b(?:is|was|has been|went) (?:in|into|moved into|placed in) (?:engage|enhanced monitoring)\??$/i

interface Reading {
  history: boolean
  subject?: ReportSubject
  list?: List
  /** Reading marker-less items (paragraphs), the last of which continued the sentence. */
  bare?: boolean
  /** Opened by a label ("Entered Engage", "Why X is in Engage", "Reasons for entering Engage:"), not by a lead-in sentence. */
  labelled?: boolean
  /** The lead-in sentence the reasons follow. */
  leadIn?: string
}

/**
 * The reasons a force was moved into enhanced monitoring (Engage), as news releases and letters
 * list them after a lead-in: "HMICFRS said X had been moved into Engage because it is not: • …",
 * "has decided to move X into Engage because the force needs to: …". Each reason is a cause of
 * concern of the force the lead-in names. Copies that lost the list markers print the reasons as
 * lower-case paragraphs continuing the lead-in ("attend calls …;", "have adequate plans in
 * place."); they are read up to the one that ends the sentence. A move said of an earlier time
 * ("On 11 March 2024, we moved the force into Engage because: …") lists history. Pages removing a
 * force from Engage list improvements, not causes, and the monitoring boilerplate ("The
 * monitoring process consists of two stages: Scan and Engage") is no lead-in. The pages listing
 * forces and services in Engage give the reasons as items under the label "Entered Engage" and
 * its month.
 */
export const engageReasons: ReaderFactory = () => {
  let reading: Reading | undefined

  /**
   * Whether a label line opens the reasons, or is the month or the "Reasons:" line under such a
   * label; it is then read. A "Reasons:" line that names no label before it opens the reasons only
   * when it names Engage itself ("Reasons for entering Engage:").
   */
  const readLabel = (text: string): boolean => {
    if (enteredEngageLabel.test(text) || whyInEngage.test(text)) {
      reading = {history: false, labelled: true}
      return true
    }
    if (!reasonsLabel.test(text)) return reading?.labelled === true && !reading.list && monthLine.test(text)
    if (reading?.labelled === true && !reading.list) return true
    if (!namesEngage.test(text)) return false
    reading = {history: false, labelled: true}
    return true
  }

  const emit = (block: Block, context: ReadContext, current: Reading) => {
    if (namesOnlyTopic(block, current.leadIn ?? '', context)) return
    const text = block.text.trimEnd()
    const start = text.length - text.trimStart().length
    const position = context.spanPosition(block, start, text.length)
    if (current.subject) context.nameSubject(current.subject)
    if (current.history) context.history('cause-of-concern', text.slice(start), position, block.number)
    else context.finding('cause-of-concern', text.slice(start), position, block.number === undefined ? {} : {number: block.number})
  }

  return {
    enter: {
      section(_section, block) {
        if (!readLabel(block.text.trim())) reading = undefined
      },
      paragraph(block, context) {
        if (readLabel(block.text.trim())) return true
        const current = reading
        if (current && !current.list && !current.labelled && isBareItem(block.text)) {
          emit(block, context, current)
          current.bare = itemContinues.test(block.text.trimEnd())
          if (!current.bare) reading = undefined
          return true
        }
        reading = undefined
        const text = block.text.trim()
        if (text.length > maxLeadIn || !isLeadIn(text)) return false
        const last = lastSentenceSpan(text)
        const sentence = last ? text.slice(last.start, last.end) : text
        if (!reasons.test(sentence) || !movedIntoEngage.test(text)) return false
        const subject = forceNamedIn(text, context)
        reading = {history: saidOfEarlierTime.test(text), leadIn: text, ...(subject ? {subject} : {})}
        return true
      },
      item(block, context) {
        const current = reading
        if (!current || current.bare === true || (current.list && current.list !== block.list)) {
          reading = undefined
          return false
        }
        current.list = block.list
        emit(block, context, current)
        return true
      }
    }
  }
}

/** Whether a paragraph reads as a list item without its marker: a short lower-case fragment. */
function isBareItem(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= maxBareItem && bareItemStart.test(trimmed)
}

/**
 * The police force a lead-in names ("HMICFRS said West Midlands Police had been moved …"): the
 * first run of capitalised words that resolves to a force, tried longest first.
 */
function forceNamedIn(text: string, context: ReadContext): ReportSubject | undefined {
  const words = text.split(/\s+/).map((word) => word.replace(trailingPunctuation, ''))
  for (let index = 0; index < words.length; index++) {
    if (!/^\p{Lu}/u.test(words[index]!)) continue
    for (let count = Math.min(maxNameWords, words.length - index); count > 1; count--) {
      const subject = context.resolve(words.slice(index, index + count).join(' '))
      if (subject?.kind === 'force') return subject
    }
  }
  return undefined
}
