import type {ReportSubject} from '@scrutiny/schema'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {areaList, pillarNamed, pillarsOf} from '../framework-areas.js'
import {gradeClauses, gradeGroup, gradedAreaList, gradeOfGroup, isCountedAreas, namesAllPillars, namesEveryArea, namesGradedArea, pillarOfPage, pillarsNamedIn, twoAreas} from '../grade-clauses.js'
import {gradesReferringBack, mayReferBack} from '../grade-references.js'
import {givenGradeStatements, gradeStatement, gradeStatements, trimTrailingPunctuation} from '../grades.js'
import type {GradeStatement} from '../grades.js'
import {gradeStemFrom, gradeValue, mentionsGrade, saysEarlierInspection} from '../patterns.js'
import {lastSentenceSpan, sentenceSpans} from '../sentences.js'
import {feedDate} from '../title.js'
import {isGenericSubject, isProperName, namesSubject} from '../subjects.js'

const gradedAs = /\b(?:has|have) been (?:graded|rated)(?: as)?\s/i
// "received a ‘good’ grading for", "‘Good’ gradings for", "a grade of ‘adequate’ for": a grade the subject was given, as a noun.
// "achieved ‘good’ in …": the grade's own word in quotes after the verb of receiving.
const givenAs = /\b(?:grades?|gradings?|ratings?|judge?ments?)\s+of\s|['’"”]\s+(?:grades?|gradings?|ratings?|judge?ments?)\b|\b(?:received|receives|achieved|achieves|earned|gained|awarded|given)\s+['‘"“](?:outstanding|good|adequate|inadequate|requires improvement)['’"”]/i
// A judgement needs a grade as a predicate ("is good", "as requires improvement", "requires
// improvement", "as needing improvement") or the word "graded": one pass over a block finds the sentences that may hold one,
// and only those are read clause by clause; so is a change of grade ("from ‘good’ … to …", "from
// requiring improvement to good"). The pattern is case-sensitive (and the faster for it) but takes a
// grade word with a capital first letter: some copies capitalise the grade mid-sentence, quoted or
// not ("rated Kent Police as ‘Good’ for …", "… looks after its people is Good."). A contrast set off by
// commas may stand between the verb and the grade ("It is, however, good at …"); so may the verb's
// object, the body itself ("rating it good for …", "rated the service good at …").
const mayJudge = /\b(?:is|are|was|were|be|being|as|graded|rated|judged|considered|deemed|now|also|still|currently|overall|and)\s+['‘"“]?(?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Ii]nadequate)\b|\b[Rr]equire[sd]? [Ii]mprovement\b|\bfrom\s+['‘"“]?(?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Ii]nadequate)|\brequiring improvement\b|\bas needing improvement\b|\b[Gg]raded\b|\b[Rr]ated\b|\b(?:rat|grad|judg)(?:ed|ing)\s+(?:it|the\s+(?:[Ff]orce|[Ss]ervice|[Bb]rigade|[Cc]onstabulary))\s+(?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Ii]nadequate)\b|['‘"“](?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Ii]nadequate)['’"”]|(?<=\b(?:however|though|nevertheless|nonetheless)),\s+['‘"“]?(?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Ii]nadequate)\b/g
// How far before the stem of its grade word a judgement can start, besides its whitespace run: a
// linking word ("currently") or the inspectorate's verb and its object ("judging the constabulary"),
// and a quote mark with the letters before the stem ("ina" of "inadequate").
const maxLinkLength = 'judging the constabulary'.length
const maxGradeLead = 4
// How far a judgement reads past its stem: the longest stem ("utstanding", "mprovement") and one
// character for the `\b` after it.
const maxStemTail = 'utstanding'.length + 1
const whitespace = /\s/
const maxLeadInLength = 600
// A list line the copy printed without its bullet: an area, no sentence ("… risks. It …") and no full stop at its end.
const maxLineItemLength = 200
const sentenceInLine = /[.!?](?:\s|$)|:$/
// "Inspectors said the Force is", "HMICFRS found that the service was": a lead-in that leaves its
// verb's grade to each item. Only the inspectorate's words, and only the force or service itself.
const saidCopulaLeadIn = /\b(?:inspectors|hmic(?:frs)?|the inspectorate|the report)\s+(?:said|found|concluded|judged)\s+(?:that\s+)?(the\s+(?:force|service|brigade|constabulary))\s+(is|was)$/i
const maxCopulaLeadIn = 200
const endsInCopula = /(?:is|was)$/i
const leadingCopula = /^(?:is|was)\s+/i
const lostLeadInItem = /^(?:(?:is|was)\s+['‘"“](?:outstanding|good|adequate|inadequate)['’"”]|['‘"“]requires improvement['’"”])\s+(?:at|in|for|to)\s/i
// Each item must open with the grade ("‘good’ at …", "is ‘requires improvement’ at …" without its verb).
const gradeFirstWord = /^['‘"“]?(?:outstanding|good|adequate|inadequate|requires improvement)\b/i
// A lead-in ends with a colon, sometimes with a dash or a stray bullet glyph after it ("at: ·").
const listLeadIn = /:\s*(?:[–—·•-]\s*)?$/
// "HMICFRS judged that the service:" — each item after it is a judgement of that subject.
const judgedLeadIn = /\b(?:judged|found|concluded|assessed) that (the (?:force|service|brigade|constabulary)|[\p{Lu}][\p{L}&' -]{2,80}?)$/iu
// "It is good at:" ends with the preposition the items continue.
// A clause's trailing punctuation and conjunction (", and"), matched from the first character of
// its whitespace run only (the lookbehinds), so a long run stays linear.
const trailingConjunction = /(?:[;,.]|(?<![;,.\s]))\s*(?:and|or)?$/i
// "… requires improvement to its work in:" (a fire page's summary): the items are the questions;
// "judged the Met as being “Good” in the following areas:" (PEEL 2014) the areas.
// "… requires improvement, specifically how it:" names the pillar's questions after it; "it is
// good in its:" the areas as nouns ("understanding of risk").
// "requires improvement to:": the items are how it does what (fire 2018/19's questions, "The way it prevents fires …").
const dangling = /(?<=improvement)\s+to$|(?<!\s)\s+(?:at|in|for|(?:in|at) (?:its|their)|(?:to|in) (?:how|the way) (?:it|they)|to (?:its|their) work in|in (?:the following|these) (?:areas?|questions?|pillars?))$|(?:,|(?<![,\s]))\s+(?:specifically|namely|particularly|in particular),?\s+(?:in\s+)?(?:how|the way) (?:it|they)$/i
// "which assessed and graded our police service as:", "… was published today, grading our police
// service as:" (the participle) — each item is a grade and the areas it
// covers ("Good – in use of resources, as well as supporting and protecting the workforce"). The
// object is the subject graded; "our …" on a force's own page is the force.
// Case-sensitive: a name starts with a capital, and `i` would let `\p{Lu}` match any letter.
const gradedObjectLeadIn = /\b(?:grad(?:ed|ing)|rat(?:ed|ing)|judg(?:ed|ing)|assess(?:ed|ing)) ((?:our|the) [\p{L} ]{2,40}?|[\p{Lu}][\p{L}&' -]{2,80}?|us) as$/u
const gradeFirstItem = /^['‘"“]?(outstanding|good|adequate|requir(?:es|ing) improvement|inadequate)['’"”]?\s*[–—:-]\s*(?:(?:in|at|for)\s+)?(\S.*)$/i
// "(ASB)": an abbreviation after an area is not part of its name.
const abbreviation = / ?\([\p{Lu}]{2,6}\)/gu
// Matched from a comma or the first character of a whitespace run only (the lookbehind): linear on long runs.
const asWellAs = /(?:,|(?<![,\s]))\s+as well as\s+/i
// "The areas graded as good were:", "‘Adequate’ areas included:", "Other things that were listed in the
// report as “requiring improvement” include:": the grade of the areas listed after it (`gradeGroup`),
// the page's own (the sentence names no body).
const areasOfGradeLeadIn = new RegExp(String.raw`^(?:the )?(${gradeGroup})(?: (?:were|are|was|is|included|include|includes))?$`, 'i')
// "… graded as requires improvement in five areas:", "… in the following areas:".
const areasAhead = /^(?:(?:the following|these|\w+|all|both) )?(?:areas?|questions?|pillars?)\b|^(?:the following|these)\b/i

/**
 * Judgements written as sentences, clause by clause: "<subject> has been graded as ‘Adequate’ at
 * <area>", "The extent to which the force <area> is good", "In general, the force is good at …
 * However, it requires improvement in …", and lists whose lead-in carries the subject or the grade
 * ("HMICFRS judged that the service: • ‘requires improvement’ at …", "It is good at: • …"). A
 * paragraph whose sentence grades a named force or unit makes it the subject of what follows.
 */
export const gradeSentences: ReaderFactory = () => {
  let list: ListLeadIn | undefined
  // The paragraph before: "… covers three broad areas – effectiveness, efficiency and people" names
  // the areas the next one's "rated as ‘requires improvement’ for each of the three areas" grades.
  let previous = ''
  const sentences = (block: Block, context: ReadContext) => {
    const named = read(block, context, previous)
    if (named && named.referenceId !== context.subject?.referenceId) context.nameSubject(named)
  }
  // "Inspectors found the service requires improvement to:" then "Its understanding of the risk of
  // fire …", "The way it prevents fires and other risks" as lines of their own (the copy lost the
  // bullets, so each reads as a heading or a paragraph): each line naming a graded area, with no
  // sentence in it, is an item of the lead-in's grade, until one is not.
  let lines: ListLeadIn | undefined
  const line = (block: Block, context: ReadContext): boolean => {
    const current = lines
    lines = undefined
    if (!current?.grade) return false
    const text = block.text.trim()
    if (text.length > maxLineItemLength || sentenceInLine.test(text) || !/^[\p{Lu}]/u.test(text) || !namesGradedArea(text)) return false
    context.grade({subject: current.subject, grade: current.grade, area: text}, text, block.position)
    lines = current
    return true
  }
  return {
    enter: {
      // A news release's headline can be a judgement ("Avon and Somerset Constabulary's
      // effectiveness at keeping people safe and reducing crime is good"); the heading still opens its section.
      heading(block, context) {
        if (line(block, context)) return true
        sentences(block, context)
        return undefined
      },
      paragraph(block, context) {
        if (line(block, context)) return true
        if (quotedItem(block, context, list)) return true
        list = undefined
        sentences(block, context)
        gradeReferredBack(block, context, previous)
        previous = block.text.length <= maxLeadInLength ? block.text : ''
        list = block.text.length <= maxLeadInLength ? leadIn(block.text.trim()) : undefined
        lines = list?.grade && !list.areasOnly ? list : undefined
        return undefined
      },
      item(block, context) {
        lines = undefined
        if (list) {
          const text = block.text.trim()
          if (list.gradeFirst) {
            gradeFirst(list.subject, block, context)
            return
          }
          if (list.grade) {
            const area = text.replace(/^(?:and|or)\s+/i, '').replace(trailingConjunction, '')
            if (list.areasOnly && !namesGradedArea(area)) return
            context.grade({subject: list.subject, grade: list.grade, area}, text, block.position)
            return
          }
          // "the Force is" + "is ‘good’ at …": the verb is not said twice.
          const item = list.copula ? text.replace(leadingCopula, '') : text
          if (list.copula && !gradeFirstWord.test(item)) return
          for (const clause of gradeClauses(`${list.subject} ${item}`)) context.grade(clause, text, block.position)
          return
        }
        // "• is ‘good’ at operating efficiently …", "• ‘requires improvement’ at how legitimately it treats
        // …": items that complete a lead-in the copy lost ("HMICFRS judged that <force>:"), each opening
        // with the verb and the inspectorate's quoted grade, judge the page's own subject.
        if (lostLeadInItem.test(block.text.trim())) {
          const text = block.text.trim()
          for (const clause of gradeClauses(`The force ${text.replace(leadingCopula, 'is ')}`)) context.grade(clause, text, block.position)
          return
        }
        read(block, context, '')
      },
      // A lead-in can be printed as a heading ("This means we are ‘Good’ at: ·"): its list follows.
      section(_section, block) {
        list = block.text.length <= maxLeadInLength ? leadIn(block.text.trim()) : undefined
      }
    }
  }
}

/**
 * "HMICFRS judged BFRS to be “good” at:" then "> Understanding fires and other risks;", "> Future
 * affordability;": a copy that printed its bullets as quote marks, each item a quoted paragraph of its
 * own. A quoted paragraph after a lead-in that gives a grade is its item when it is one line naming a
 * graded area, with no sentence in it (a quotation of the inspector's words is prose); the lead-in
 * stands for the next one.
 */
function quotedItem(block: Block, context: ReadContext, list: ListLeadIn | undefined): boolean {
  if (!list?.grade || list.gradeFirst || list.copula) return false
  const text = block.text.trim()
  // A plain-text copy keeps the mark as printed ("> "); a page's own quote block has none.
  const marked = quoteMark.exec(text)
  if (!marked && (block.quoteDepth ?? 0) === 0) return false
  const area = text.slice(marked ? marked[0].length : 0).replace(/^(?:and|or)\s+/i, '').replace(trailingConjunction, '').replace(trailingConjunction, '')
  if (text.length > maxLineItemLength || text.includes('\n') || sentenceInLine.test(area) || !namesGradedArea(area)) return false
  context.grade({subject: list.subject, grade: list.grade, area}, text, block.position)
  return true
}

/** What a list's lead-in gives its items: the subject, and the grade or that each item starts with one. */
interface ListLeadIn {
  subject: string
  grade?: GradeStatement['grade']
  gradeFirst?: true
  /** The items are areas the lead-in names only by their grade: each is read when it names a graded area. */
  areasOnly?: true
  /** The lead-in ends with the verb ("the Force is"): each item completes it with a grade ("‘good’ at …"). */
  copula?: true
}

/**
 * An item that starts with a grade and names the areas it covers ("Requiring improvement – in
 * responding to the public, investigating crime, managing offenders and crime recording"): one
 * grade per area, and nothing unless every area is a graded one ("There were no areas in which an
 * inadequate grading was given" starts with no grade and gives nothing).
 */
function gradeFirst(subject: string, block: Block, context: ReadContext): void {
  const text = block.text.trim()
  const match = gradeFirstItem.exec(text)
  const grade = match && gradeValue(match[1]!.replace(/^requiring/i, 'requires'))
  if (!grade) return
  const listed = trimTrailingPunctuation(match[2]!.replace(abbreviation, ''))
  const areas = listed.split(asWellAs).flatMap((part) => areaList(part))
  if (!areas.every((area) => namesGradedArea(area))) return
  for (const area of areas) context.grade({subject, grade, area}, text, block.position)
}

/**
 * The subject and grade a list's lead-in gives its items: "It is good at:", "Cornwall Fire and
 * Rescue Service has been graded as requires improvement in five areas:" (the items are the areas),
 * or "HMICFRS judged that the service:" (each item is a judgement of that subject).
 */
function leadIn(text: string): ListLeadIn | undefined {
  // "Inspectors said the Force is", its items "‘good’ at …": a lead-in the copy printed without its colon.
  // Its last word is "is" or "was": the last three characters answer before the pattern reads the text.
  const said = text.length <= maxCopulaLeadIn && endsInCopula.test(text.slice(-3)) ? saidCopulaLeadIn.exec(text) : null
  if (said) return {subject: `${said[1]!} ${said[2]!.toLowerCase()}`, copula: true}
  // Its colon is among the last eight characters: most paragraphs have none there, and are not copied.
  if (text.indexOf(':', text.length - 8) === -1 || !listLeadIn.test(text.slice(-8))) return undefined
  const last = lastSentenceSpan(text)
  const sentence = last ? text.slice(last.start, last.end).replace(listLeadIn, '') : ''
  const judged = judgedLeadIn.exec(sentence)
  if (judged) return {subject: judged[1]!}
  const areas = areasOfGradeLeadIn.exec(sentence.trim())
  if (areas) {
    const grade = gradeOfGroup(areas[1]!)
    if (grade && !saysEarlierInspection(sentence)) return {subject: 'the force', grade, areasOnly: true}
  }
  const object = gradedObjectLeadIn.exec(sentence)?.[1]
  if (object) {
    const named = isGenericSubject(object) || isProperName(object)
    if (named || /^(?:our|us)\b/i.test(object)) return {subject: named ? object : 'the force', gradeFirst: true}
  }
  // "Though it is good at …, it requires improvement at:": the clause the colon ends leads the list.
  const graded = gradedAs.test(sentence) ? gradeStatement(sentence) : gradeClauses(sentence.replace(dangling, '')).at(-1)
  // "The effectiveness of the service requires improvement in the way it:", "The way the service
  // looks after its people requires improvement, specifically how it:": the items are questions of the pillar.
  if (!graded || (graded.area && !areasAhead.test(graded.area) && !pillarNamed(graded.area))) return undefined
  return {subject: graded.subject, grade: graded.grade}
}

/** The grades each sentence of a block gives by referring back to the sentence before it (`gradesReferringBack`). */
function gradeReferredBack(block: Block, context: ReadContext, previous: string): void {
  if (!mayReferBack(block.text)) return
  const spans = sentenceSpans(block.text)
  for (const [index, span] of spans.entries()) {
    const sentence = block.text.slice(span.start, span.end)
    if (!mayReferBack(sentence)) continue
    const last = index > 0 ? spans[index - 1] : lastSentenceSpan(previous)
    const before = last ? (index > 0 ? block.text : previous).slice(last.start, last.end) : ''
    const grades = gradesReferringBack(sentence, before)
    if (grades.length === 0) continue
    const position = context.spanPosition(block, span.start, span.end)
    for (const grade of grades) context.grade(grade, sentence, position)
  }
}

// A relative clause between a name and its verb ("Lancashire Fire and Rescue Service, which was in the
// first tranche …, was rated …"): no comma, no grade word and no sentence end inside it.
const nameAside = /(?<=\p{Lu}[\p{L}'’)]{0,40}),\s(?:which|who)\s(?![^,.;:]{0,160}\b(?:outstanding|good|adequate|inadequate|improvement)\b)[^,.;:]{1,160},\s(?=(?:is|are|was|were|has|have|had)\s)/gu
const quoteMark = /^>\s+/
const alsoInPast = /^(?:it|they|the (?:force|service|brigade|constabulary))\s+(?:was|were|had)\s+(?:also|likewise)\b/i

/**
 * A block opening with the date a stored copy of a news page put before its text ("date 2019-09-27
 * South Yorkshire Police has been assessed as ‘good’ at …"): the date blanked, so the first
 * sentence's subject is the body; spaces keep every offset.
 */
function withoutFeedDate(block: Block): Block {
  // Most blocks open with another letter than "d": one character answers before the pattern runs.
  const first = block.text.charCodeAt(0)
  if ((first !== 100 && first !== 68) || !feedDate.test(block.text)) return block
  return {...block, text: block.text.replace(feedDate, (date) => ' '.repeat(date.length))}
}

/** Read the grade sentences of a block; returns the first named subject. */
function read(original: Block, context: ReadContext, previous: string): ReportSubject | undefined {
  if (!mentionsGrade(original.text)) return undefined
  const block = withoutFeedDate(original)
  let next = judgementFrom(block.text, 0)
  if (next === undefined) return undefined
  let named: ReportSubject | undefined
  const spans = sentenceSpans(block.text)
  for (const [index, span] of spans.entries()) {
    if (next === undefined) break
    if (next >= span.end) continue
    next = judgementFrom(block.text, span.end)
    const sentence = block.text.slice(span.start, span.end)
    // "… the previous report that found Wiltshire Police to be ‘Inadequate’ …" then "It was also found
    // to ‘Require Improvement’ in …": a sentence going on, in the past, from one about an earlier
    // inspection is about that inspection too.
    if (alsoInPast.test(sentence)) {
      const last = index > 0 ? spans[index - 1] : lastSentenceSpan(previous)
      const before = last ? (index > 0 ? block.text : previous).slice(last.start, last.end) : ''
      if (saysEarlierInspection(before)) continue
    }
    // A grade as a noun ("‘Good’ gradings for A, B and C") is given to a list of areas.
    // "East Sussex Fire and Rescue, which serves Brighton and Hove, was rated good for …": the clause
    // the commas set off after a name describes the body; the judgement reads without it.
    const judged = sentence.includes(', wh') ? sentence.replace(nameAside, ' ') : sentence
    const graded = gradedAs.test(judged)
    const nouns = !graded && givenAs.test(judged) ? givenGrade(judged) : []
    const given = nouns.length > 0 ? nouns : graded ? gradedStatements(judged) : []
    for (const statement of given.length > 0 ? given : gradeClauses(judged)) {
      const position = context.spanPosition(block, span.start, span.end)
      // "West Mercia Police requires improvement" as a headline: PEEL and fire inspections grade no
      // force or service overall, so a headline's judgement that names no area names its subject only.
      // On a page whose reports are about one PEEL pillar ("Dyfed-Powys and North Wales Police
      // 'require improvement'" over "… in annual “legitimacy” assessments"), it is that pillar's grade.
      if (block.type === 'heading' && statement.area === undefined) {
        const subject = isGenericSubject(statement.subject) ? undefined : context.resolve(statement.subject)
        if (subject && namesSubject(subject)) named ??= subject
        if (isGenericSubject(statement.subject) || pillarOfSource(context.source) === undefined) continue
      }
      // "graded BFRS ‘Requires Improvement’ across the three pillars": one grade for each pillar; so is
      // "for each of the three areas" or "across the board" where this sentence, one before it in
      // the paragraph or the paragraph before names the three pillars, and nothing otherwise.
      const every = statement.area !== undefined && !namesAllPillars(statement.area) && namesEveryArea(statement.area)
      // The pillars the text names say whose framework they are ("legitimacy" is PEEL's).
      // A fire and rescue service's "three" areas are its pillars, named or not ("rated the Service as
      // ‘good’ across all three of its inspection criteria"): its inspections grade three pillars and
      // more questions, never three of anything else.
      const framework = every ? (pillarsNamedIn(`${previous} ${block.text.slice(0, span.end)}`) ?? threeOfAService(statement, context)) : undefined
      if (every && !framework) continue
      if (statement.area !== undefined && (every || namesAllPillars(statement.area))) {
        const subject = isGenericSubject(statement.subject) ? context.subject : context.resolve(statement.subject)
        const pillars = framework ? pillarsOf(framework === 'fire' ? 'service' : 'force', undefined) : pillarsOf(statement.subject, subject)
        for (const pillar of pillars ?? []) context.grade({...statement, area: pillar}, sentence, position)
        continue
      }
      // "Kent Police has been graded as good in four areas": a count names the force, grades nothing.
      const counted = statement.area !== undefined && isCountedAreas(statement.area)
      if (counted && isGenericSubject(statement.subject)) continue
      if (counted) {
        const subject = context.resolve(statement.subject)
        if (subject && namesSubject(subject)) named ??= subject
        continue
      }
      // "good at investigating crime and protecting vulnerable people": one grade for each area a framework names.
      for (const area of statement.area === undefined ? [undefined] : areasNamed(statement.area, nouns.length > 0)) {
        // "Gwent and South Wales Police have been judged as good": two forces sharing one ending, each graded.
        // So are "South Wales Police and Gwent Police", each named whole.
        const pair = twoWholeForces(statement.subject, context) ?? (context.resolve(statement.subject) ? undefined : twoForces(statement.subject, context))
        for (const subjectName of pair ?? [statement.subject]) {
          const reading = {...statement, subject: subjectName, ...(area === undefined ? {} : {area}), ...(pair ? {many: true} : {})}
          const subject = context.grade(reading, sentence, position)
          if (!pair && subject && namesSubject(subject)) named ??= subject
        }
      }
    }
  }
  return named
}

const threeWord = /\b(?:three|3)\b/i

// The page read last and the pillar its reports are about (`pillarOfPage`): read once a page.
let pillarRead: {source: string; pillar: string | undefined} | undefined

function pillarOfSource(source: string): string | undefined {
  if (pillarRead?.source !== source) pillarRead = {source, pillar: pillarOfPage(source)}
  return pillarRead.pillar
}

/** 'fire' when a judgement of every area counts three and its subject is a fire and rescue service. */
function threeOfAService(statement: GradeStatement, context: ReadContext): 'fire' | undefined {
  if (statement.area === undefined || !threeWord.test(statement.area)) return undefined
  const subject = isGenericSubject(statement.subject) ? context.subject : context.resolve(statement.subject)
  // The subject as printed says so before the page has settled whose it is ("the Service", "BFRS").
  return subject?.kind !== 'force' && pillarsOf(statement.subject, subject) === pillarsOf('the service', undefined) ? 'fire' : undefined
}

/**
 * "<subject> has been graded as ‘Adequate’ at <area>" (and "…, and ‘Good’ for <area>"), each kept
 * when it names no area (a regional inspection grades each body once) or one HMICFRS grades: "has
 * been rated as ‘Good’ overall in the last four reports" is a tally of other inspections.
 */
function gradedStatements(sentence: string): GradeStatement[] {
  return gradeStatements(sentence).filter((graded) => graded.area === undefined || namesGradedArea(graded.area) || namesAllPillars(graded.area) || namesEveryArea(graded.area))
}

/**
 * A grade the subject was given as a noun, kept only when its area is one HMICFRS grades ("a ‘good’
 * rating for its canteen" is not) or it names none ("… were given a rating of ‘Good’.": the reader
 * settles the area as for "was rated good"), and not an earlier inspection's.
 */
function givenGrade(sentence: string): GradeStatement[] {
  // "In 2019, the force received a ‘good’ grading for …": an earlier inspection's.
  if (saysEarlierInspection(sentence)) return []
  // "grades of ‘Good’ for ‘Effectiveness’, ‘Requires Improvement’ for ‘Efficiency’ …": each area without its quotes.
  return givenGradeStatements(sentence)
    .map((given) => (given.area === undefined ? given : {...given, area: given.area.replace(quotedArea, '$1')}))
    .filter((given) => given.area === undefined || namesGradedArea(given.area) || pillarName.test(given.area))
}

const both = /^both\s+/i
// A pillar's bare name ("‘Good’ for ‘People’"): the fire pillar, which "people" alone names nowhere else.
const pillarName = /^(?:effectiveness|efficiency|legitimacy|people)$/i
// "‘People.’": an area in quotes, with the full stop a copy put inside them.
const quotedArea = /^['‘"“]([^'‘’"“”]+?)[.,]?['’"”]$/

/**
 * The areas a judgement names: a list ("investigating crime and protecting vulnerable people"), or
 * "both A and B" (`twoAreas`); with no cut, the whole phrase.
 */
function areasNamed(area: string, listed: boolean): string[] {
  const pair = both.exec(area)
  if (!pair) return gradedAreaList(area, listed)
  return twoAreas(area.slice(pair[0].length)) ?? [area]
}

/**
 * Where the next possible judgement in `text` starts, at or after `from`. Every judgement holds the
 * stem of a grade word, which the faster stem scan finds first; the judgement pattern then runs only
 * from as far before that stem as a judgement can start: a linking word ("currently"), a run of
 * whitespace, a quote mark and "ina" of "inadequate". No stem lies between where a judgement starts
 * and its own stem, so a judgement starting at or before a stem is that stem's: the pattern reads
 * only up to the end of the longest grade word after it ("utstanding" and a character for `\b`),
 * and at a stem that starts none (most grade words are adjectives: "good practice") the search moves
 * to the next stem instead of reading the rest of the text.
 */
function judgementFrom(text: string, from: number): number | undefined {
  const first = gradeStemFrom(text, from)
  if (first === -1) return undefined
  let low = windowStart(text, from, first)
  for (let stem = first; stem !== -1; stem = gradeStemFrom(text, stem + 1)) {
    const start = Math.max(low, windowStart(text, from, stem))
    // One character before the window, so `\b` at its start reads what precedes it.
    const before = start > 0 ? 1 : 0
    mayJudge.lastIndex = before
    const match = mayJudge.exec(text.slice(start - before, stem + maxStemTail))
    if (match && match.index - before <= stem - start) return start - before + match.index
    low = stem + 1
  }
  return undefined
}

/** The earliest a judgement whose grade word's stem is at `stem` can start (not before `from`). */
function windowStart(text: string, from: number, stem: number): number {
  let start = stem - maxGradeLead
  while (start > from && whitespace.test(text.charAt(start - 1))) start--
  return Math.max(from, start - maxLinkLength)
}

// "Gwent and South Wales Police": two names before one ending a force's name takes.
const sharedEnding = /^([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}) and ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}) (Police|Constabulary)$/u

/** The two forces a subject names when it joins two names before one ending, each a force of its own; `undefined` otherwise. */
function twoForces(printed: string, context: ReadContext): [string, string] | undefined {
  const match = sharedEnding.exec(printed)
  if (!match) return undefined
  const names: [string, string] = [`${match[1]} ${match[3]}`, `${match[2]} ${match[3]}`]
  return names.every((name) => isForce(name, context)) ? names : undefined
}

const isForce = (name: string, context: ReadContext): boolean => context.resolve(name)?.kind === 'force'
const forceEnding = /\b(?:Police|Constabulary)$/

/**
 * "South Wales Police and Gwent Police": two whole names of forces, each ending as a force's name does;
 * "and" may be inside one ("Avon and Somerset Constabulary and Gwent Police"), so each "and" is tried as the break.
 */
function twoWholeForces(printed: string, context: ReadContext): [string, string] | undefined {
  for (let at = printed.indexOf(' and '); at > 0; at = printed.indexOf(' and ', at + 1)) {
    const names: [string, string] = [printed.slice(0, at), printed.slice(at + 5)]
    if (names.every((name) => forceEnding.test(name) && isForce(name, context))) return names
  }
  return undefined
}
