import {findFireService} from '@scrutiny/schema'
import type {GradeValue, ReportSubject} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {countOf, countWords, namesGradedArea} from '../grade-clauses.js'
import {gradeValue, gradeWordAlternatives, quotedGrade, saysEarlierInspection} from '../patterns.js'
import {sentenceSpans} from '../sentences.js'

// National pages and news items list several forces' (or services') grades at once: a lead-in
// announcing them ("HMIC graded forces for their overall effectiveness as follows:"), then each
// grade as a label (":: Good", "Forces graded good:") followed by the names it covers, on a line of
// their own (a serial list, "A, B and C", or one name a line) or as list items; or one sentence
// that names the grade and then the forces ("The six forces assessed as ‘requires improvement’
// are A, B, … and F.", "The force judged as outstanding is Kent Police."). Every name must be a
// force or fire and rescue service the reference data knows: a body of people ("All other
// forces"), the inspectorate or an area is never one, and a list with one such piece gives nothing.

// "HMIC graded forces for their overall effectiveness as follows:", "The forces were rated as
// follows:": a lead-in of several bodies' grades (forces or services, plural), ending in a colon.
const leadIn = /\b(?:forces|services|constabularies|brigades)\b[^.!?]{0,120}?\b(?:grad|rat|judg|assess)\w*\b[^.!?]{0,120}:\s*$|\b(?:grad|rat|judg|assess)\w*\s+(?:the\s+|all\s+(?:\d+\s+|\w+\s+)?)?(?:forces|services)\b[^.!?]{0,120}:\s*$/i
// "for their overall effectiveness as follows:": the area every grade of the list is given for.
const leadInArea = /\bfor (?:their|its) /i
const asFollows = / as follows$/i
// ":: Good", "Outstanding:", "Forces graded good:", "Services rated ‘requires improvement’": a grade label.
const label = new RegExp(
  String.raw`^(?:[:•*–—-]+\s*)?(?:(forces?|services?)\s+(?:(?:that\s+(?:were|was)\s+)?(?:graded|rated|judged|assessed|found)\s+)?(?:as\s+|to\s+be\s+)?)?${quotedGrade}\s*:?$`,
  'i'
)
// "The six forces assessed as ‘requires improvement’ are A, B and C.", "The force judged as
// outstanding is Kent Police.", "Forces graded good: A, B and C": the grade, then the names.
const sentence = new RegExp(
  String.raw`^(?:the\s+)?(?:(\d{1,2}|${countWords.join('|')})\s+)?(forces?|services?|fire and rescue services?)\s+(?:(?:that\s+(?:were|was)\s+)?(?:graded|rated|judged|assessed|found|deemed)\s+)(?:as\s+|to\s+be\s+)?${quotedGrade}((?:\s+(?:are|is|were|was))?:?)\s+(\S.*)$`,
  'i'
)
// "While Kent was the only one of the 43 forces to have been graded as outstanding, …", "Durham is one
// of only four forces to be judged outstanding for …": a comparison that names one body's grade.
const onlyOne = new RegExp(
  String.raw`^(?:(?:while|although|but|and)\s+)?([\p{Lu}][\p{L}&'’-]*(?:\s+(?:(?:and|of|&)\s+)?[\p{Lu}][\p{L}&'’-]*){0,5})\s+(?:was|is)\s+(?:the\s+only|one\s+of\s+(?:only\s+)?(?:\d{1,2}|${countWords.join('|')}))\s+(?:one\s+of\s+the\s+\d{1,2}\s+)?(?:forces|services|force|service)\s+to\s+(?:have\s+been|be)\s+(?:graded|judged|rated|assessed)\s+(?:as\s+)?${quotedGrade}(?:\s+(?:in|at|for)\s+([^,.;]{3,120}))?(?:[,.;]|$)`,
  'iu'
)
// Every such comparison says "only" or "one" before a space: a plain search rules out most sentences
// before `onlyOne`, whose capitalised words (any letter, case-insensitive) are tried at its start.
const mayCompare = /(?:only|one)\s/i
// A sentence giving bodies a grade names both a grade and forces or services: a block naming
// neither is not split into sentences at all (most blocks of a report).
const bodyNoun = /\b(?:forces?|services?)\b/i
const gradeMention = new RegExp(String.raw`\b(?:${gradeWordAlternatives})`, 'i')
const maxListLength = 1200
const maxNameLength = 60
// Where a serial list is cut: a comma or a semicolon, with any "and" after it.
const listCut = /[,;]\s*(?:and\s+)?/
// A name's opening marks: a bullet, "::".
const nameMarks = /^[:•*–—-]+\s*/
// "and" between two names, matched from the first character of its whitespace run only.
const andBetween = /(?<!\s)\s+and\s+/

/** A grade of each body a list names, or nothing when the block is not a list of bodies. */
export const gradeForceLists: ReaderFactory = () => {
  // The lead-in announced a list: the area it names (or '' when none).
  let announced: {area: string | undefined} | undefined
  // The grade a label gave, for the names in the next block (or the items of the next list).
  let current: GradeValue | undefined
  // Whether names followed the current label: a label with none ends the list.
  let named = false

  const end = () => {
    announced = undefined
    current = undefined
    named = false
  }

  const read = (block: Block, context: ReadContext): boolean => {
    const text = block.text.trim()
    if (text.length > maxListLength) {
      end()
      return false
    }
    if (announced) {
      const labelled = label.exec(text)
      if (labelled) {
        if (current !== undefined && !named) {
          end()
          return false
        }
        current = gradeValue(labelled[2]!)
        named = false
        return true
      }
      if (current !== undefined) {
        const bodies = namesOf(text, context)
        if (bodies) {
          give(block, context, bodies, current, announced.area)
          named = true
          return true
        }
      }
      end()
    }
    // "Forces graded good:" says itself that the names after it are graded.
    const labelled = label.exec(text)
    if (labelled?.[1] && /s$/i.test(labelled[1]) && text.endsWith(':')) {
      announced = {area: undefined}
      current = gradeValue(labelled[2]!)
      named = false
      return true
    }
    if (block.type !== 'item' && text.endsWith(':') && leadIn.test(text)) {
      announced = {area: areaOf(text)}
      return false
    }
    return sentences(block, text, context)
  }

  return {
    enter: {heading: read, paragraph: read, item: read},
    exit: {document: end}
  }
}

/** The grades of sentences naming a grade and then the bodies given it; whether any was read. */
function sentences(block: Block, text: string, context: ReadContext): boolean {
  // Both must be there. The body noun is looked for first: the engine finds its two words several
  // times faster than it tries the five grade words at every word boundary, and more than half the
  // blocks of a report name no force or service.
  if (!bodyNoun.test(text) || !gradeMention.test(text)) return false
  let read = false
  for (const span of sentenceSpans(text)) {
    const printed = text.slice(span.start, span.end)
    // "… the only force to be graded outstanding in 2016": an earlier inspection's. The anchored
    // comparison rules out most sentences before the earlier-inspection pattern reads all of one.
    const compared = mayCompare.test(printed) ? onlyOne.exec(printed) : null
    const only = compared && !saysEarlierInspection(printed) ? compared : null
    const body = only ? bodyNamed(only[1]!, context) : undefined
    if (only && body) {
      const start = span.start + only[0].indexOf(only[1]!)
      const area = only[3]?.trim() ?? sectionArea(context)
      context.grade({subject: only[1]!, grade: gradeValue(only[2]!)!, ...(area ? {area} : {}), many: true}, only[1]!, context.spanPosition(block, start + leading(block), start + leading(block) + only[1]!.length))
      read = true
      continue
    }
    const match = sentence.exec(printed)
    if (!match) continue
    const [, count, noun, grade, verb, printedList] = match
    // "… are A, B and C", "Forces graded good: A, B and C": a verb or a colon before the names.
    if (!verb) continue
    const list = withoutClosingMarks(printedList!)
    const bodies = namesOf(list, context)
    if (!bodies) continue
    // "The force judged …" names one; "The six forces …" as many as it counts.
    const plural = /s$/i.test(noun!)
    if (!plural && bodies.length !== 1) continue
    if (plural && count !== undefined && countOf(count) !== bodies.length) continue
    const at = span.start + text.slice(span.start).indexOf(list)
    give(block, context, bodies, gradeValue(grade!)!, undefined, {start: span.start, end: span.end, listStart: at})
    read = true
  }
  return read
}

interface Body {
  subject: ReportSubject
  printed: string
  start: number
}

/** Grade each body; the quote is its name (or, for a sentence, the sentence). */
function give(block: Block, context: ReadContext, bodies: readonly Body[], grade: GradeValue, named: string | undefined, span?: {start: number; end: number; listStart: number}): void {
  const area = named ?? sectionArea(context)
  const offset = block.text.length - block.text.trimStart().length + (span ? span.listStart : 0)
  for (const body of bodies) {
    const start = offset + body.start
    const end = start + body.printed.length
    context.grade({subject: body.printed, grade, ...(area ? {area} : {}), many: true}, block.text.slice(start, end), context.spanPosition(block, start, end))
  }
}

/**
 * The bodies a line or serial list names ("Avon & Somerset, Cambridgeshire, … West Yorkshire and
 * Wiltshire", one name a line), each a force or fire and rescue service the reference data knows;
 * `undefined` when any piece is not one. A piece holding "and" is one name when it is one
 * ("Devon and Cornwall"), else two.
 */
function namesOf(text: string, context: ReadContext): Body[] | undefined {
  const bodies: Body[] = []
  let at = 0
  for (const line of text.split('\n')) {
    const lineStart = at
    at += line.length + 1
    let from = 0
    for (const piece of line.split(listCut)) {
      const start = line.indexOf(piece, from)
      from = start + piece.length
      const printed = withoutClosingMarks(piece.replace(nameMarks, '').trim())
      if (printed === '') {
        if (piece.trim() === '') continue
        return undefined
      }
      const pieceStart = lineStart + line.indexOf(printed, start)
      const whole = bodyNamed(printed, context)
      if (whole) {
        bodies.push({subject: whole, printed, start: pieceStart})
        continue
      }
      const and = andBetween.exec(printed)
      if (!and) return undefined
      const first = printed.slice(0, and.index)
      const second = printed.slice(and.index + and[0].length)
      const one = bodyNamed(first, context)
      const two = bodyNamed(second, context)
      if (!one || !two) return undefined
      bodies.push({subject: one, printed: first, start: pieceStart})
      bodies.push({subject: two, printed: second, start: pieceStart + printed.lastIndexOf(second)})
    }
  }
  return bodies.length > 0 ? bodies : undefined
}

/** A force or fire and rescue service the reference data knows, as `text` names it whole. */
function bodyNamed(text: string, context: ReadContext): ReportSubject | undefined {
  if (text.length > maxNameLength || !/^[\p{Lu}]/u.test(text)) return undefined
  const subject = context.resolve(text)
  if (subject?.kind === 'force' && subject.referenceId) return subject
  if (subject?.kind === 'fire-and-rescue-service' && (subject.referenceId || findFireService(subject.name))) return subject
  return undefined
}

/** A name or list without the full stops, commas and semicolons closing it, trimmed by character, not by a pattern anchored at the end. */
function withoutClosingMarks(text: string): string {
  let end = text.length
  while (end > 0 && '.;,'.includes(text.charAt(end - 1))) end--
  return text.slice(0, end).trimEnd()
}

/** The area a lead-in gives its list ("… for their overall effectiveness as follows:"), if it names one. */
function areaOf(text: string): string | undefined {
  const at = leadInArea.exec(text)
  if (!at) return undefined
  const area = text.slice(at.index + at[0].length, text.lastIndexOf(':')).trim().replace(asFollows, '')
  return area.length >= 3 && area.length <= 80 && !/[,:]/.test(area) ? area : undefined
}

/** How many blank characters open a block's text (its trimmed text's offsets start after them). */
function leading(block: Block): number {
  return block.text.length - block.text.trimStart().length
}

/** The nearest heading that names a graded area ("PEEL: Police Legitimacy 2017" over a date line): what a list names no area for is graded in. */
function sectionArea(context: ReadContext): string | undefined {
  for (let index = context.sections.length - 1; index >= 0; index--) {
    const text = context.sections[index]!.text
    if (namesGradedArea(text)) return text
  }
  return undefined
}
