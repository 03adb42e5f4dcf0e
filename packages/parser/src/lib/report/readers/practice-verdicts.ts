import type {Block} from '../blocks.js'
import type {ReaderFactory} from '../context.js'
import {namesPracticeKind, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

// "This is an example of innovative practice.", "We consider this to be promising practice.": a
// verdict pointing back at the practice the text has just described. Nothing may follow the
// practice's name but a relative clause ("… that other forces could adopt."), so "This is not
// innovative practice" and "This was promising practice in 2019" are none.
const pointsBackAtPractice =
  /^(?:(?:this|that|it) (?:is|was|represents)|we (?:consider|considered|regard|regarded) (?:this|it)(?: to be| as)?) (?:an? )?(?:(?:good|clear|excellent|notable|particular) )?(?:(?:example|area) of )?(innovative|promising) practice(?: (?:that|which) [^.;:]{1,100})?\.?$/i

// "Inspectors praised the way the service uses volunteers …, identifying this as “an area of promising
// practice”.", "HMICFRS highlighted the force’s use of drones as innovative practice.": a news item's
// sentence whose subject is the inspectorate, its inspectors or its report, praising or singling out
// what it describes and ending by calling it so; the sentence is the practice ("…, but did not
// identify this as …" is none).
const praisedAsPractice =
  /^(?:the )?(?:inspectors?|inspectorates?|hmicfrs|hmic|report)(?: (?:has|have))?(?: also)? (?:praised|highlighted|commended|cited|recognised|recognized|noted|identified)\b[^.;:]{1,300}? as ["“‘']?(?:an? |one )?(?:(?:example|area)s? of )?(innovative|promising) practices?["”’']?\.?["”’']?$/i
// "The report highlighted innovative practice in the way the force …", "Inspectors also found an
// example of promising practice in how the service …": a news item's sentence whose subject is the
// inspectorate, its inspectors or its report (never "we": the report's own "We found some innovative
// practice in …." heads a box its title follows), naming the practice and then where it was found;
// the sentence is the practice. A count ("found two examples of …") is none.
const foundPracticeIn =
  /^(?:(?:however|also|in addition),? )?(?:the )?(?:inspectors?|inspectorates?|hmicfrs|hmic|report|watchdog)(?: (?:has|have))?(?: also)? (?:found|highlighted|identified|noted|praised|recognised|recognized|commended|cited|observed|saw) (?:some |an? )?(?:(?:example|area)s? of )?(innovative|promising) practices? (?:in|at|around|within|through|with|for)\b[^.;:]{12,300}\.?$/i
// "The force’s use of drones was highlighted as innovative practice.", "…, which inspectors identified
// as an example of promising practice.": what the sentence opens with, said by the inspectorate (or in
// the passive) to be such practice; nothing may follow the practice's name but who said so.
const calledPracticePassive =
  /^[^.;:]{8,300}? (?:was|were|is|are|has been|have been) (?:highlighted|identified|recognised|recognized|cited|praised|singled out|described)(?: by (?:the )?(?:inspectors?|inspectorate|hmicfrs|hmic|report))? as ["“‘']?(?:an? |one )?(?:(?:good |notable |clear )?(?:example|area)s? of )?(innovative|promising) practices?["”’']?(?: by (?:the )?(?:inspectors?|inspectorate|hmicfrs|hmic))?\.?["”’']?$/i
const negation = /\b(?:not|no|never)\b|n[’']t\b/i

/**
 * Innovative and promising practice described first and then named: "The force has a team that
 * reviews every rape case within 48 hours. This is an example of innovative practice." The
 * practice is the paragraph's sentences before the verdict, or, when the verdict is a paragraph of
 * its own, the paragraph before it. Practice the boxes already read is not read again. A news item
 * reporting the inspectors praising something and calling it so ("Inspectors praised …, identifying
 * this as “an area of promising practice”.") gives that sentence.
 */
export const practiceVerdicts: ReaderFactory = () => {
  let previous: Block | undefined

  return {
    enter: {
      section() {
        previous = undefined
      },
      paragraph(block, context) {
        const before = previous
        previous = block
        const text = block.text
        // Most paragraphs name no practice: a plain search answers before the pattern runs.
        if (!namesPracticeKind(text)) return false
        const spans = sentenceSpans(text)
        let praised = false
        for (const span of spans) {
          const sentence = text.slice(span.start, span.end).trimEnd()
          const called = praisedAsPractice.exec(sentence) ?? foundPracticeIn.exec(sentence) ?? calledPracticePassive.exec(sentence)
          if (!called || negation.test(sentence) || saysEarlierInspection(sentence)) continue
          const kind = called[1]!.toLowerCase() === 'innovative' ? 'innovative-practice' : 'promising-practice'
          context.finding(kind, sentence, context.spanPosition(block, span.start, span.start + sentence.length))
          praised = true
        }
        if (praised) return true
        const at = spans.findIndex((span) => pointsBackAtPractice.test(text.slice(span.start, span.end).trimEnd()))
        if (at === -1) return false
        const verdict = pointsBackAtPractice.exec(text.slice(spans[at]!.start, spans[at]!.end).trimEnd())!
        const kind = verdict[1]!.toLowerCase() === 'innovative' ? 'innovative-practice' : 'promising-practice'
        if (at > 0) {
          const end = spans[at - 1]!.end
          context.finding(kind, text.slice(spans[0]!.start, end), context.spanPosition(block, spans[0]!.start, end))
          return true
        }
        if (spans.length !== 1 || !before) return false
        const description = before.text.trimEnd()
        context.finding(kind, description, context.spanPosition(before, 0, description.length))
        return true
      }
    }
  }
}
