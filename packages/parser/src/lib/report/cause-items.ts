import type {Block} from './blocks.js'
import type {ReadContext} from './context.js'
import {modal, namesFailing} from './patterns.js'
import {ellipsis} from './read-report.js'

// "call handling;", "investigations; and": a topic, too short to say what the force fails to do,
// unless its lead-in asks for a predicate to complete it ("because it is not:", "its failure to:").
const fewestStatementWords = 4
// Only the lead-in's last words say what it asks for.
const maxLeadInTail = 60
const asksForPredicate = /(?:(?<!\b(?:related|relating|relation|regard|respect|due|according|addition)) to|\bnot|\bis|\bare|\bwas|\bwere|\bbe|\bthat|\bthe (?:force|service|constabulary)|\bit|\bthey):[\s–—-]*$/i
// "how it investigates crime;": a clause naming what the cause is about, not what fails.
const topicClause = /^(?:how|the way|whether|what|why)\b/i
// "our 2022 PEEL inspection, about investigations;", "the 2023 inspection of the force’s response
// to child exploitation.": where a cause was issued, as an exit letter lists the causes it closed.
// The inspection is the phrase's head ("The inspection team identified …" states a cause).
const namesInspection = /^(?:in )?(?:our|the|its|an?)\b[^.;:]{0,40}?\b(?:inspections?|reports?|revisits?|letters?)(?=[,;.]|\s+(?:of|about|into|on|in|published|from|dated)\b|\s*$)/i

/**
 * Whether a list item after a lead-in naming causes of concern (or the reasons a force is in
 * Engage) names only a cause's topic ("call handling;", "how it investigates crime.") or the
 * inspection that issued it ("our 2022 PEEL inspection, about investigations;"), as exit and
 * progress letters list the causes they close. `leadIn` is the lead-in the list follows ("" under
 * a label). Such an item is no finding: a `cause-topic-only` message quotes it, so nothing is lost.
 */
export function namesOnlyTopic(block: Block, leadIn: string, context: ReadContext): boolean {
  const text = block.text.trim()
  // "investigations; and": the conjunction joining the list's items is no word of the item.
  const words = text.split(/\s+/)
  if (words.length > 1 && /^(?:and|or)$/i.test(words.at(-1)!)) words.pop()
  const short = words.length < fewestStatementWords && !asksForPredicate.test(leadIn.slice(-maxLeadInTail))
  const topic = short || topicClause.test(text) || (namesInspection.test(text) && !namesFailing.test(text) && !modal.test(text))
  if (!topic) return false
  context.warn('cause-topic-only', {text: ellipsis(text)}, block.position)
  return true
}
