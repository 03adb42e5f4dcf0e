import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {causeOfConcernWording, causesSaidOfEarlierTime, namesFailing} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

// "The first was in relation to its failure to sufficiently manage … .", "Inspectors issued the second
// as a result of its failure to have adequate governance …": a news item saying what a cause was
// issued for, the cause being the force's (or service's) failure, to the sentence's end. A lead-in
// ("as a result of its failure to:") lists them instead, and its reader reads them.
// "… an accelerated cause of concern for failing to answer 101 calls." reads the same.
const failureOf = /\b(?:in relation to|as a result of|because of|over|for|following|due to|relating to|related to|about|regarding) ((?:(?:its|their|the (?:force|service|constabulary)[’']s) failures?|failing) to [^.;:!?]{8,400})(?=[.;!?]|$)/i
// "The first was …", "Inspectors issued the second …", "The latter related to …": a sentence about one
// of the causes the page named before, by its order or by the verb issuing it.
const pointsAtCause = /^(?:the (?:first|second|third|fourth|other|latter|former)\b|(?:one|another) (?:was|is|related|relates)\b)|\b(?:issued|raised|gave|given|imposed)\b/i
// "An additional third “cause of concern” in relation to neighbourhood police being diverted away from
// their main duties was later raised in July.": the cause's words between the noun and the passive of
// its issuing, when they say what goes wrong (a topic alone, "in relation to investigations", is none).
const causeRaisedAbout = /\bcauses? (?:of|for) concern["”’']? (?:in relation to|about|over|regarding|relating to|around) ([^.;:!?]{8,300}?) (?:was|were|has been|had been|have been) (?:later |also |then |subsequently |first |now )?(?:raised|issued|given|identified)\b/i
// "We have issued an accelerated cause of concern on prevention activity as it is particularly
// concerning that this isn’t a sufficiently high priority for the service.": the topic and the reason
// the inspectorate gives for it, to the sentence's end (a closing quotation mark is no word of it).
const causeIssuedBecause =
  /\b(?:issued|raised|given|identified) (?:an? |one )?(?:new |further |accelerated )?["‘“']?cause (?:of|for) concern["’”']? (?:on|about|over|regarding|in relation to|relating to|into) ([^.;:!?]{3,120}? (?:as|because|since) ((?:it|this|the|its|they|there|their)\b[^.;:!?]{8,400}?))["”’']?(?=[.;!?]|$)/i
// "Inspectors found one cause of concern, that the force was not identifying vulnerable victims.",
// "HMICFRS issued a cause of concern because the service was not doing enough to …": the clause set
// off after the noun, when it has its own subject and states a failing.
// "The report highlighted one cause of concern: the force is not doing enough to …": one cause, after
// a colon, in the same sentence.
const causeThenClause =
  /\bcauses? (?:of|for) concern["’”']?(?:,|:| [–—-]) (?:namely )?that[ \u00A0]+([^.;:!?]{12,600})(?=[.;!?]|$)|\bcause (?:of|for) concern["’”']?,? because[ \u00A0]+([^.;:!?]{12,600})(?=[.;!?]|$)|\b(?:one|an?|the|its) (?:(?:accelerated|new|main|single) )?cause (?:of|for) concern["’”']?:[ \u00A0]+(?!that\b)([^.;:!?“”"‘]{12,600})(?=[.;!?]|$)/i
const ownSubject = /^(?:the|its|it|they|there|their|this|these|\p{Lu})/u
// What a cause's words say goes wrong: a negated verb, a failure or lack, or the force's work "being"
// diverted, delayed or done badly.
const saysWhatFails = /\b(?:failures?|failing|lack|inability|unable|insufficient|inadequate|poor|being (?:\w+ ){0,2}\w+(?:ed|en))\b/i

/**
 * A cause of concern a news item states by what it was issued for: "its failure to …" after "in
 * relation to" or "as a result of", in a sentence naming a cause of concern or, once the page has
 * named causes, one pointing at one of them ("The first was …", "Inspectors issued the second …");
 * the words between the noun and its issuing in the passive ("A cause of concern in relation to
 * neighbourhood police being diverted … was later raised"); the topic and the reason in the active
 * ("issued an accelerated cause of concern on prevention activity as it is …"). A topic alone is no
 * cause. Said of an earlier time, it is history. Triggered by "concern" (which also marks the page as
 * naming causes) and "failure". It takes notes only: every block stays open to the readers after it.
 */
export const causeFailures: ReaderFactory = () => {
  let causesNamed = false

  return {
    triggers: ['concern', 'failure'],
    enter: {
      paragraph(block, context) {
        return read(block, context)
      },
      item(block, context) {
        return read(block, context)
      }
    }
  }

  function read(block: Block, context: ReadContext): false {
    const text = block.text
    const wording = causeOfConcernWording(text)
    const names = wording.singular || wording.plural
    if (!names && !causesNamed) return false
    for (const span of sentenceSpans(text)) {
      const sentence = text.slice(span.start, span.end)
      const found = failureIn(sentence, causesNamed) ?? raisedAbout(sentence) ?? issuedBecause(sentence) ?? clauseAfter(sentence)
      if (!found) continue
      const start = span.start + found.index
      const words = found.words
      const position = context.spanPosition(block, start, start + words.length)
      if (causesSaidOfEarlierTime(text.slice(0, start))) context.history('cause-of-concern', words, position)
      else context.finding('cause-of-concern', words, position)
    }
    if (names) causesNamed = true
    // The block stays open to the readers after this one: a grade or a recommendation may share it.
    return false
  }
}

/** "… in relation to its failure to …": the failure, in a sentence naming a cause or pointing at one the page named. */
function failureIn(sentence: string, causesNamed: boolean): {index: number; words: string} | undefined {
  const match = failureOf.exec(sentence)
  if (!match) return undefined
  const wording = causeOfConcernWording(sentence)
  if (!wording.singular && !wording.plural && !(causesNamed && pointsAtCause.test(sentence))) return undefined
  return clause(match, 1)
}

/** "A cause of concern in relation to … was later raised": the words between, when they say what fails. */
function raisedAbout(sentence: string): {index: number; words: string} | undefined {
  const match = causeRaisedAbout.exec(sentence)
  if (!match || !(namesFailing.test(match[1]!) || saysWhatFails.test(match[1]!))) return undefined
  return clause(match, 1)
}

/** "issued a cause of concern on … as it is …": the topic and the reason. */
function issuedBecause(sentence: string): {index: number; words: string} | undefined {
  const match = causeIssuedBecause.exec(sentence)
  // "… about its call handling as part of the inspection": the reason must say what goes wrong.
  return match && (namesFailing.test(match[2]!) || saysWhatFails.test(match[2]!)) ? clause(match, 1) : undefined
}

/** "one cause of concern, that …", "a cause of concern because …": the clause, when it has a subject and states a failing. */
function clauseAfter(sentence: string): {index: number; words: string} | undefined {
  const match = causeThenClause.exec(sentence)
  if (!match) return undefined
  const group = match[1] !== undefined ? 1 : match[2] !== undefined ? 2 : 3
  const words = match[group]!
  return ownSubject.test(words) && namesFailing.test(words) ? clause(match, group) : undefined
}

/** Where a match's group starts in the sentence, and its words without the space after them. */
function clause(match: RegExpExecArray, group: number): {index: number; words: string} {
  const words = match[group]!
  return {index: match.index + match[0].indexOf(words), words: words.trimEnd()}
}
