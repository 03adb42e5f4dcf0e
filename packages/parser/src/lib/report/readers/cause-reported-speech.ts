import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {firstPerson, inspectorateSpeaker, notAStatement, saidOfEarlierTime, saysEarlierInspection, speechVerb} from '../patterns.js'
import {ellipsis} from '../read-report.js'
import {sentenceSpans} from '../sentences.js'

// "… is a cause for concern", "… was a “cause of concern”": what the clause before it states is
// called a cause of concern, in the present or in reported speech's past (never "no longer", "was
// once", "was not"). The label's quotation marks, when there are any, are in the match.
const calledCause = /[ \u00A0](?:is|was|remains|remained) (?:an? |the )?(?:(?:main|principal|key|serious|significant|particular|continuing) )?(["“‘'])?causes? (?:of|for) concern(["”’'])?/giu
// What became of the cause ("… was a cause of concern that has since been closed", "… in 2019"):
// said of a closed or discharged cause, the clause is no cause of this report's.
const saysWhatBecame = /^[^.;]{0,60}?\b(?:closed|discharged|lifted|removed|resolved|addressed|no longer)\b/i
const fewestWords = 3
const mostWords = 30
// "Inspectors said it was a cause of concern that the force does not …", "HMICFRS found it a “cause of
// concern” that …", "The inspectorate said it had a cause of concern that …": the label put first
// (English extraposes the clause it names), the clause after "that" the cause. "HMICFRS issued a cause
// of concern, stating that …", "Inspectors identified a cause of concern, which was that …", "A cause
// of concern was identified: …": the cause named and then given, after a comma and a speech verb or
// "which was", or after a colon.
const causeThenClause =
  /\b(?:(?:said|says|found|find|finds|concluded|considered|considers|noted|stated|added)(?: that)? it (?:was|is|had|has|remained|remains)|(?:found|finds|considered|considers) it) (?:an? |the )?(?:(?:main|principal|key|serious|significant|particular) )?["“‘']?causes? (?:of|for) concern["”’']? that[ \u00A0]+(?=\S)|\b(?:issued|identified|raised|found|gave|made|has|had) (?:an? |one )?(?:(?:new|accelerated|further|serious) )?causes? (?:of|for) concern,? (?:stating|saying|finding|noting|which (?:was|is))(?: that)?[ \u00A0]+(?=\S)|^(?:an? |one )?(?:(?:new|accelerated|further) )?causes? (?:of|for) concern (?:was|has been) (?:identified|raised|issued|found)(?: by [^:;.]{2,60})?:[ \u00A0]+(?=\S)/iu

/**
 * A cause of concern a news item reports in indirect speech: "Inspectors said failures to identify
 * people at risk was a “cause of concern” and …", "The report … notes that the historical backlog
 * in vetting officers is a cause for concern and that …". The clause between the speech verb and the
 * label is the finding: with the label, as the report would state it ("the historical backlog … is a
 * cause for concern"), or without it where the label is in quotation marks, the item quoting the
 * inspectorate's word for what it names in its own ("failures to identify people at risk"). Said of
 * a closed or discharged cause, of an earlier inspection (then `history`), by someone else ("The
 * chief constable said …"), or of a pronoun ("Inspectors said this was a cause of concern") it gives
 * nothing. The block stays open to the other readers (a grade may share its sentence).
 */
export const causeReportedSpeech: ReaderFactory = () => ({
  triggers: ['concern'],
  enter: {
    paragraph(block, context) {
      read(block, context)
    },
    item(block, context) {
      read(block, context)
    }
  }
})

function read(block: Block, context: ReadContext): void {
  const text = block.text
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end)
    if (readCauseThenClause(block, span, sentence, context)) continue
    calledCause.lastIndex = 0
    const label = calledCause.exec(sentence)
    if (!label) continue
    let verb: RegExpExecArray | undefined
    speechVerb.lastIndex = 0
    for (let match = speechVerb.exec(sentence); match && match.index + match[0].length <= label.index; match = speechVerb.exec(sentence)) verb = match
    const said = verb ? sentence.slice(0, verb.index) : ''
    if (!verb || !inspectorateSpeaker.test(said) || firstPerson.test(said)) {
      warnUnread(block, span, sentence, label, context)
      continue
    }
    const from = verb.index + verb[0].length
    const quotedLabel = label[1] !== undefined && label[2] !== undefined
    const clause = sentence.slice(from, quotedLabel ? label.index : label.index + label[0].length).trim()
    const words = clause.split(/\s+/).length
    if (words < fewestWords || words > mostWords || notAStatement.test(clause) || /[“”"]/.test(clause)) continue
    if (saysWhatBecame.test(sentence.slice(label.index + label[0].length))) continue
    const start = span.start + sentence.indexOf(clause, from)
    const position = context.spanPosition(block, start, start + clause.length)
    if (saysEarlierInspection(sentence.slice(0, from))) context.history('cause-of-concern', clause, position)
    else context.finding('cause-of-concern', clause, position)
  }
}

// "She said: “For example the response to … is a cause of concern to HMIC.": someone's words quoted
// after a speech verb and a colon, the speaker named in the words before it.
const saidThenQuotation = /^([^“":]{1,80}?)\b(?:said|says|added|stated|explained|commented):[ \u00A0]*[“"]/i

/**
 * A sentence quoting someone, after a speech verb and a colon, calling what they state a cause of
 * concern ("She said: “… is a cause of concern to HMIC."; the speaker often the inspector, named
 * sentences before), which the reported-speech form above does not read: whose cause it is cannot be
 * told from the sentence, so no finding is kept and a `cause-unread` message quotes it, so nothing is
 * lost. Not a sentence pointing back ("This is a cause of concern"), nor one saying what became of
 * the cause, nor one whose speaker is "we".
 */
function warnUnread(block: Block, span: {start: number; end: number}, sentence: string, label: RegExpExecArray, context: ReadContext): void {
  const quotation = saidThenQuotation.exec(sentence)
  if (!quotation || firstPerson.test(quotation[1]!)) return
  const stated = sentence.slice(quotation[0].length, label.index).trim()
  if (stated.split(/\s+/).length < fewestWords || notAStatement.test(stated) || saysWhatBecame.test(sentence.slice(label.index + label[0].length))) return
  context.warn('cause-unread', {text: ellipsis(sentence)}, context.spanPosition(block, span.start, span.end))
}

/**
 * A cause named before the clause that gives it ("Inspectors said it was a cause of concern that the
 * force does not …", "HMICFRS issued a cause of concern, stating that …"): the clause, without its
 * full stop, when the inspectorate (or its report) says so or the sentence opens with the label, and
 * the clause is a statement of a few words, not of a closed cause; one of an earlier inspection gives nothing.
 */
function readCauseThenClause(block: Block, span: {start: number; end: number}, sentence: string, context: ReadContext): boolean {
  const named = causeThenClause.exec(sentence)
  if (!named) return false
  const said = sentence.slice(0, named.index)
  if (named.index > 0 && (!inspectorateSpeaker.test(said) || firstPerson.test(said))) return false
  const from = named.index + named[0].length
  const clause = sentence.slice(from).trimEnd().replace(/[.;!]$/, '')
  const words = clause.split(/\s+/).length
  if (words < fewestWords || words > mostWords || notAStatement.test(clause) || saysWhatBecame.test(clause)) return false
  // "In its 2021 inspection HMICFRS identified one cause of concern, saying …": an earlier inspection's
  // cause, whose fate (discharged, closed) a news item tells next; read as no cause of this report.
  if (saysEarlierInspection(sentence) || saidOfEarlierTime.test(sentence)) return true
  const start = span.start + from
  context.finding('cause-of-concern', clause, context.spanPosition(block, start, start + clause.length))
  return true
}
