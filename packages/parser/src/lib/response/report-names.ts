import type {Block} from './blocks.js'
import {monthNamePattern, sentenceAround, sentenceUpTo} from '../text.js'

// How responses name their report where no title pattern of `references.ts` reads one (the forms
// are listed at `reportByForm`). A name says which report: a topic or a title, never "this report",
// "the inspection" or the inspectorate alone. Every run is bounded, so matching stays linear.

/**
 * The inspectorate by its names: "HMICFRS", "HMIC", "Her Majesty’s Inspectorate of Constabulary (and Fire & Rescue
 * Services)", and as the press often writes the long one: "… of Constabulary, Fire and Rescue Services", "… of
 * Constabulary and Fire and Rescue Service", "… of Constabularies".
 */
export const inspectorateName = String.raw`(?:HMICFRS|HMIC|(?:(?:(?:His|Her)[ \t]+)?Majesty['’]s|HM)[ \t]+Inspectorate[ \t]+of[ \t]+Constabular(?:y|ies)(?:(?:,|[ \t]+and)[ \t]+Fire[ \t]+(?:&|and)[ \t]+Rescue[ \t]+Services?)?)`

/** A letter's salutation: "Dear …". */
export const salutation = /^Dear\b/i
// Letter-head lines that are not a subject: the addressee, the street, the town, a salutation.
const letterHead =
  /^(?:Rt\.? Hon|The Rt\.? Hon|Home Secretary|Home Office|Secretary of State|Minister|Dear\b|Our ref|Your ref|Ref\b|Tel\b|Email\b|\d{1,4}[ \t]+[\p{Lu}]|London\b)|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}$/u
// "Re:", "**Subject:": the label of a subject line.
const subjectLabelSource = String.raw`^[*_]{0,2}(?:re|subject|ref)[ \t]*:`
const subjectLabel = new RegExp(subjectLabelSource, 'i')
// The label and the emphasis around a subject line, removed to leave its title.
const subjectPrefix = new RegExp(String.raw`${subjectLabelSource}[ \t]*|^[*_]{1,2}|[*_]{1,2}$`, 'gi')

/** A block that can be a subject line: one short line, not a sentence, not letter head. */
export function asSubject(block: Block): {block: Block; title: string} | undefined {
  const text = block.text.trim().replace(subjectPrefix, '').trim()
  if (text.length < 8 || text.length > 250 || text.includes('\n') || /[.;]$/.test(text) || letterHead.test(text)) return undefined
  return {block, title: text}
}

// Words that say nothing of which report: the inspectorate, the kind of document, the respondent's
// own words, determiners and prepositions. A name needs words beyond these.
const emptyWords = new Set(
  [
    'a an the this that these its their our my your his her of on in into at to and for from by with about regarding re',
    'hmicfrs hmic his her majesty’s majesty\'s hm inspectorate inspectorate’s inspectorate\'s constabulary constabularies fire rescue services',
    'report reports inspection inspections review assessment thematic joint national recent latest new final published full annual',
    // News copy's determiners and verdicts on a report ("A FURTHER report by HMIC", "a damning report", "a good
    // inspection by HMIC": a grade says how the force did, not which report).
    'further another damning critical scathing glowing positive negative mixed good outstanding adequate inadequate poor',
    'next last previous earlier future forthcoming upcoming field fieldwork on-site today yesterday',
    'response responses comments comment statement letter pcc pfcc opcc police crime commissioner commissioner’s commissioner\'s',
    'force force’s force\'s service constabulary’s constabulary\'s chief constable officer matter matters findings it is was be has have which looking looked looks examining'
  ]
    .join(' ')
    .split(' ')
)

/** How many words of `text` say which report it is (`emptyWords` aside). */
function contentWordCount(text: string): number {
  return text
    .toLowerCase()
    .split(/[^\p{L}\d’'-]+/u)
    .filter((word) => word.length > 1 && !emptyWords.has(word)).length
}

// A subject line about the report: it names a report, an inspection or the inspectorate.
const aboutAReport = /\b(?:reports?|inspections?|review|assessment|thematic|HMICFRS|HMIC|PEEL|Inspectorate)\b/i
const wholeBold = /^(?:\*\*[^*\n]{8,250}\*\*|__[^_\n]{8,250}__)$/

/**
 * A letter's subject line about its report, with no "the above report" under it: a line labelled
 * "Re:" or "Subject:", the short line (or bold line) just below the salutation, or the one just above
 * it, among the letter's first blocks. Lines, not blocks: a page may join the salutation and the
 * subject in one.
 */
function subjectAboutReport(blocks: Block[]): {block: Block; title: string; index: number} | undefined {
  const lines = blocks.slice(0, 15).flatMap((block) => {
    let offset = 0
    return block.text.split('\n').map((line) => {
      const at = offset
      offset += line.length + 1
      return {block, line, at}
    })
  })
  for (const [index, {block, line, at}] of lines.entries()) {
    const text = line.trim()
    const nextToSalutation = [lines[index - 1], lines[index + 1]].some((other) => other !== undefined && salutation.test(other.line.trim()))
    if (!subjectLabel.test(text) && !nextToSalutation && !wholeBold.test(text)) continue
    const subject = asSubject({...block, text: line})
    if (subject && aboutAReport.test(subject.title) && contentWordCount(subject.title) >= 2) {
      return {block, title: subject.title, index: at + line.indexOf(subject.title)}
    }
  }
  return undefined
}

// The inspectorate's own title form, "An inspection of …", "A joint thematic inspection of …": in
// quotation marks or as a Markdown link's text, or as a line of its own (a link's text, a heading), after a label where there is one.
const titleForm = String.raw`(?:An?|The)[ \t]+(?:(?:joint|thematic|national|unannounced|targeted|independent|rapid|short)[ \t]+){0,3}(?:inspection|review|assessment)[ \t]+(?:of|into)[ \t]+`
// A heading may drop the article: "Inspection of the police response to child sexual abuse: Kent Police".
const headingTitleForm = String.raw`(?:(?:Joint|Thematic|National|Unannounced)[ \t]+(?:thematic[ \t]+)?)?(?:${titleForm}|Inspection[ \t]+(?:of|into)[ \t]+)`
// A straight single quotation mark opens only after a space and closes only before a non-letter.
const quotedTitle = new RegExp(
  String.raw`[‘“"](${titleForm}[^’”"\n]{5,200})[’”"]|(?<=^|[ \t(])'(${titleForm}[^'\n]{5,200})'(?![\p{L}])|\[(${titleForm}[^\]\n]{5,200})\]\(`,
  'u'
)
// A line that ends with a full stop is a sentence ("An inspection of … will take place next year."), not a title.
const titleLine = new RegExp(String.raw`^(?:[^\n]{0,120}?[:–—][ \t]+)?(${headingTitleForm}[^\n]{4,200}?[^.\s])$`, 'u')
// A headline or heading of the body's response to a title: "APCC Response to the Super-Complaint on Stalking". The
// title is its capitalised words to the end of the line (a lower-case word or a full stop ends no title here).
const responseToTitle =
  /^(?:[\p{Lu}][\p{L}'’&]*[ \t]+){0,6}?[Rr]esponse[ \t]+to[ \t]+(?:the[ \t]+)?([\p{Lu}][\p{L}'’-]*(?:[ \t]+(?:(?:of|on|in|into|for|and|the|to|with|&)[ \t]+)?[\p{Lu}][\p{L}'’-]*){1,10})$/u
// A body that is no report: "Response to the Police and Crime Panel", "Response to the Budget Consultation".
const notAReport = /\b(?:Panel|Council|Board|Committee|Consultation|Plan|Budget|Precept|Petition|Letter)\b/
// Grades in quotation marks are not titles ("graded ‘Good’").
const notAGrade = String.raw`(?!(?:outstanding|good|adequate|inadequate|requir(?:es|ing)[ \t]+improvement)['"])`
// A title in straight quotation marks after the report: "the report 'Police response to burglary' (HMICFRS, 2022)".
const straightQuoted = new RegExp(
  String.raw`\b(?:report|inspection|review)(?:[ \t]+(?:titled|entitled|called))?,?[ \t]+(?:'${notAGrade}([^'\n]{5,200})'(?![\p{L}])|"${notAGrade}([^"\n]{5,200})")`,
  'iu'
)
// A title set off by commas after the inspectorate's report: "The Inspectorate’s report, Police response to
// burglary, robbery and other acquisitive crime, was published on …" (not a relative clause or its date).
const appositiveTitle = new RegExp(
  String.raw`\b(?:[Ii]nspectorate['’]s|HMICFRS['’]?s?|HMIC['’]?s?)[ \t]+(?:inspection[ \t]+)?report,[ \t]+(?!(?:which|that|published|dated)\b)([\p{Lu}][^\n]{5,200}?),[ \t]+(?:was|is|has|published|which)\b`,
  'u'
)
// The inspectorate's report or inspection by its topic before it: "the recent HMICFRS custody inspection in Kent",
// after a preposition as the press writes it ("in the wake of HMIC domestic abuse inspection findings").
const topicBeforeKind = new RegExp(
  String.raw`\b(?:the|its|their|of|following|after)[ \t]+(?:(?:recent|latest|new)[ \t]+)?(?:HMICFRS['’]?s?|HMIC['’]?s?|[Ii]nspectorate['’]s)[ \t]+((?:[\p{Ll}][\p{L}-]+[ \t]+){1,3}(?:inspection|report|review|assessment))\b`,
  'u'
)

// Where a topic's words end: a clause of the sentence's own ("… which found", "… took place in March"), its year.
const topicEnd = String.raw`(?=[ \t]+(?:in[ \t]+(?:19|20)\d\d|which|that|published|was|were|is|are|has|have|had|took|found|finds|made|makes|showed|shows|highlighted|identified|recognised|concluded|gave|rated|graded|said|says|will|would|can|could|should|by|and[ \t]+(?:I|we|its|it))\b|[.,;:()\n]|$)`

// The inspectorate's title form written capitalised within a sentence, "the Inspection of Kent Police’s
// response to child sexual abuse", "the Joint Inspection of …": the capital marks a title.
const capitalisedTitleForm = new RegExp(
  String.raw`\b(?:the|its|their|your|this)[ \t]+((?:(?:Joint|Thematic|National|Targeted|Unannounced)[ \t]+){0,3}(?:Inspection|Review)[ \t]+(?:of|into)[ \t]+[\p{L}][^.;:()\n]{5,200}?)${topicEnd}`,
  'u'
)

// The custody reports' title form, without its quotation marks: "the report on an unannounced inspection
// visit to police custody suites in Kent".
const inspectionVisit = new RegExp(
  String.raw`\b((?:[Rr]eport[ \t]+on[ \t]+)?an?[ \t]+(?:(?:unannounced|joint|announced)[ \t]+)?inspection[ \t]+visit[ \t]+to[ \t]+[\p{L}][^.;:()\n]{5,150}?)${topicEnd}`,
  'u'
)

// The letter that sent the report: "your letter of 12 January enclosing the report of the inspection of …".
const enclosedReport = new RegExp(
  String.raw`\b(?:letter|e-?mail|correspondence)\b[^.\n]{0,80}?\b(?:enclosing|attaching|which enclosed|with)[ \t]+(?:a[ \t]+copy[ \t]+of[ \t]+)?(?:the|your|its|HMICFRS['’]?s?|HMIC['’]?s?)[ \t]+((?:(?:final|inspection|published|PEEL|joint|thematic)[ \t]+){0,2}report[ \t]+(?:of|on|into)[ \t]+[\p{L}][^.;:()\n]{7,199}?)${topicEnd}`,
  'iu'
)

// A force by its name: "Kent Police", "Avon and Somerset Constabulary", "the Metropolitan Police Service".
const forceName = String.raw`(?:[\p{Lu}][\p{L}'’-]*[ \t]+(?:(?:and|&|of)[ \t]+)?){1,4}(?:Police(?:[ \t]+(?:Service|Force))?|Constabulary)`
// Never another visit: "the next inspection of …", "the last inspection of …".
const notThisVisit = String.raw`(?<!\b(?:next|future|upcoming|forthcoming|previous|last|earlier|prior|former)[ \t])`
// The inspection of a named force's work: "the recent inspection of Lancashire Constabulary's custody
// arrangements", "inspection of custody services in Thames Valley Police".
const forceTopic = new RegExp(
  String.raw`${notThisVisit}\b((?:inspection|report|review)[ \t]+(?:of|into|on)[ \t]+(?:(?:the[ \t]+)?${forceName}['’]s?[ \t]+[\p{L}][^.,;:()\n]{3,120}?|(?:the[ \t]+)?[\p{Ll}][\p{L}'’ -]{3,80}?[ \t]+(?:in|at|by|within|across)[ \t]+(?:the[ \t]+)?${forceName}))${topicEnd}`,
  'u'
)

// The inspectorate by any of its names, short ones too: "His Majesty’s Inspectorate", "the police inspectorate".
// A short name is never the start of the long one ("HM Inspectorate of Constabulary" is not a topic "of Constabulary").
const inspectorateShort = String.raw`(?:${inspectorateName}|(?:(?:(?:His|Her)[ \t]+)?Majesty['’]s[ \t]+|HM[ \t]+|the[ \t]+(?:police[ \t]+)?)[Ii]nspectorate(?![ \t]+of[ \t]+Constabulary))(?:[ \t]+\((?:HMICFRS|HMICF&RS|HMIC)\))?`

// The inspectorate, what it did and on what: "HMICFRS recently carried out an inspection of Cumbria
// Constabulary's crime data recording", "the police inspectorate has today released a report on …",
// "HMICFRS published its findings into how well forces respond to stalking".
// The inspectorate may be glossed between commas ("HMICFRS, the independent policing inspectorate, has
// published …"), and its findings may come from a named inspection ("its findings from a PEEL (Police
// Effectiveness, Efficiency and Legitimacy) Inspection of West Mercia Police", a gloss in brackets kept).
const inspectorateGloss = String.raw`(?:,[ \t]+the[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?inspectorate,?)?`
const findingsFrom = String.raw`(?:findings|results)[ \t]+from[ \t]+(?:an?|the|its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:\([^()\n]{1,80}\)[ \t]+)?(?:[Ii]nspection|[Rr]eview)`
// A report "looking into" its topic: "HMIC has today published a report looking into how police forces … respond to …".
const lookingInto = String.raw`(?:looking|looked|which[ \t]+looks|which[ \t]+looked)[ \t]+(?:into|at)|examining`
const inspectorateDid = new RegExp(
  String.raw`(?:^|(?<=[ \t(]))${inspectorateShort}${inspectorateGloss}[ \t]+(?:has[ \t]+|have[ \t]+)?(?:recently[ \t]+|today[ \t]+)?(?:carried[ \t]+out|conducted|undertook|undertaken|completed|released|issued|produced|published)[ \t]+(?:an?|its|the|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?((?:${findingsFrom}|inspection|review|report|findings)[ \t]+(?:of|into|on|about|${lookingInto})[ \t]+[\p{L}][^.,;:()\n]{8,150}?)${topicEnd}`,
  'u'
)
// The inspectorate and the family it published: "HMICFRS has today published its Police Effectiveness
// reports for all forces across the country", "HMIC has published its yearly report for the Constabulary"
// (the annual assessment of the force).
const familyPublished = new RegExp(
  String.raw`(?:^|(?<=[ \t(]))${inspectorateShort}\*?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:recently[ \t]+|today[ \t]+)?(?:published|released|issued)[ \t]+(?:its|their|the)[ \t]+(?:(?:latest|new|national)[ \t]+)?((?:(?:annual|yearly)[ \t]+)?(?:[\p{Lu}][\p{L}-]*[ \t]+(?:(?:of|and|for|&)[ \t]+)?){1,4}(?:[Rr]eports?|[Ii]nspections?|[Aa]ssessments?)|(?:annual|yearly)[ \t]+(?:report|inspection|assessment)(?:[ \t]+(?:for|on|of)[ \t]+(?:the[ \t]+)?[\p{Lu}][\p{L}-]*(?:[ \t]+[\p{Lu}][\p{L}-]*){0,3})?)\b`,
  'u'
)
// An Engage decision, which the inspectorate publishes as a letter: "the decision of HMIC to move West
// Midlands Police into Engage", "HMICFRS decided to move the force into the ‘Engage’ process".
const engageDecision = new RegExp(
  String.raw`\b((?:decision|decided)[ \t]+(?:of[ \t]+${inspectorateShort}[ \t]+)?to[ \t]+(?:move|place|escalate|remove|release|take)[ \t]+[\p{L}][^.\n]{2,79}?[ \t]+(?:into|in|out[ \t]+of|from)[ \t]+(?:the[ \t]+)?[‘'"“]?Engage[’'"”]?(?:[ \t]+(?:process|phase|stage))?)`,
  'u'
)

// The force's move in or out of Engage, which the inspectorate publishes as a letter: "Devon & Cornwall
// Police has now officially returned to the default phase of monitoring", "Kent Police has been moved into
// Engage". Named where the sentence names the inspectorate too (its decision, not the force's plan).
// The press's words too: "Greater Manchester Police has been removed by His Majesty’s Inspectorate from
// special measures", "the Metropolitan Police is now out of enhanced monitoring", "… is no longer under
// enhanced monitoring" (the inspectorate named in the sentence, as for every move).
const engageMove = new RegExp(
  String.raw`(?<![\p{L}'’-])(${forceName}[ \t]+(?:(?:has|have|had|was|were|is)[ \t]+(?:(?:now|today|officially|formally|been)[ \t]+){0,3}(?:returned|moved|escalated|released|removed|exited|taken)(?:[ \t]+by[ \t]+${inspectorateShort})?[ \t]+(?:back[ \t]+)?(?:to|into|in|from|out[ \t]+of)|(?:is|are)[ \t]+(?:(?:now|officially|formally)[ \t]+){0,2}(?:out[ \t]+of|no[ \t]+longer[ \t]+(?:in|under)))[ \t]+(?:the[ \t]+)?(?:[‘'"“]?Engage[’'"”]?|(?:default|routine|standard|scan|enhanced)[ \t]+(?:phase|level|stage)[ \t]+of[ \t]+monitoring|enhanced[ \t]+monitoring|special[ \t]+measures))`,
  'u'
)

// The inspectorate (or one of its inspectors) putting the force into Engage, as the press writes it: "HM Inspector of
// Constabularies Wendy Williams put the force under 'enhanced monitoring'". "The force" stands for the force the
// text names elsewhere.
const engagePut = new RegExp(
  String.raw`\b((?:put|placed|moved|escalated)[ \t]+(?:the[ \t]+force|${forceName})[ \t]+(?:into|under|in)[ \t]+(?:the[ \t]+)?(?:[‘'"“]?Engage[’'"”]?|[‘'"“]?(?:enhanced[ \t]+monitoring|special[ \t]+measures)[’'"”]?))`,
  'u'
)
// A named force placed into Engage, in the passive ("the Met Police was placed into special measures"): someone else's
// decision on the force, the inspectorate's in a text that names it.
const engagePlaced = new RegExp(
  String.raw`(?<![\p{L}'’-])(${forceName}[ \t]+(?:has[ \t]+been|had[ \t]+been|was|were|is|are)[ \t]+(?:(?:now|today|officially|formally)[ \t]+){0,2}(?:placed|put)[ \t]+(?:into|in|under)[ \t]+(?:the[ \t]+)?(?:[‘'"“]?Engage[’'"”]?|[‘'"“]?(?:enhanced[ \t]+monitoring|special[ \t]+measures)[’'"”]?))`,
  'u'
)
// One of the inspectorate's inspectors by title: "HM Inspector of Constabulary", "His Majesty’s Chief Inspector".
const namesInspector = /\b(?:HM|(?:His|Her)[ \t]+Majesty['’]s)[ \t]+(?:Chief[ \t]+)?Inspector\b/

// The report by its author, then its topic: "the latest report by the police inspectorate into how
// Kent Police handles 999 calls", "the inspection carried out by HMICFRS into …", "the report of His
// Majesty’s Inspectorate … (HMICF&RS) into how police services in the south west tackle …".
const reportByThenTopic = new RegExp(
  String.raw`\b((?:report|inspection|review)[ \t]+(?:(?:carried[ \t]+out|conducted|published|released)[ \t]+)?(?:by|from|of)[ \t]+${inspectorateShort}[ \t]+(?:into|on|of|about|regarding|${lookingInto})[ \t]+(?![Cc]onstabular(?:y|ies)\b)[\p{L}][^.,;:()\n]{8,150}?)${topicEnd}`,
  'u'
)

// The report by its topic, "the thematic inspection into the police response to stalking", "the
// inspectorate’s report on how the police investigate rape", "the HMICFRS Inspection report on the response to
// serious and organised crime": a name in a text that names the inspectorate, in a sentence that names no other
// body's report.
const topicReport = new RegExp(
  String.raw`\b(?:the|this|its|their|your|inspectorate['’]s|an?(?=[ \t]+(?:national|thematic|joint)\b))[ \t]+(?:(?:recent|latest|new|national|thematic|joint|annual|full|final|inspection|PEEL|HMICFRS['’]?s?|HMIC['’]?s?)[ \t]+){0,3}((?:report|inspection|review|assessment)[ \t]+(?:into|on|of|about|regarding)[ \t]+(?!(?:the[ \t]+)?(?:force|service|constabulary|report|inspection|matter|findings|chief|deputy|commissioner|PCC|mayor|council|panel|board|committee)\b|(?:this|that|these|it|our|my|your|its|their|his|her)\b)[\p{L}][^.,;:()\n]{8,150}?)${topicEnd}`,
  'iu'
)
// The report by its author and what it found, looked at or rated: "the latest report from His Majesty’s
// Inspectorate highlighting that North Yorkshire Police have made improvements in how it keeps people
// safe", "the HMICFRS inspection, which looked at how well the force protects vulnerable people", "an HMIC
// report that rated Lincolnshire Police as good for effective policing", "The latest inspection by HMICFRS
// specifically looked at how legitimate Gwent Police is …" (what it looked at, as the sentence's verb).
// Never the force alone ("… looked at Kent Police"): every inspection of it looked at that. The press's verdict
// and verb may come between: "a damning report was published by Her Majesty’s Inspectorate … saying over 80,100
// crimes were unrecorded in Manchester".
const describedReport = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+(?:(?:latest|recent|new|national|thematic|joint|annual|inspection|PEEL|damning|critical|scathing)[ \t]+){0,2}((?:(?:reports?|inspections?|assessments?)[ \t]+(?:(?:was[ \t]+|were[ \t]+)?(?:published|released|produced|issued)[ \t]+)?(?:from|by)[ \t]+${inspectorateShort}|(?:HMICFRS|HMIC)['’]?s?[ \t]+(?:(?:latest|recent|new|national|thematic|joint|annual|inspection|PEEL)[ \t]+){0,2}(?:report|inspection|assessment)),?[ \t]+(?:highlighting|showing|finding|stating|saying|rating|grading|(?:(?:specifically|also|particularly)[ \t]+)?(?:looked[ \t]+at|examined|focused[ \t]+on)|(?:which|that)[ \t]+(?:found|finds|highlights|highlighted|shows|showed|says|said|looked[ \t]+at|examined|assessed|considered|reviewed|focused[ \t]+on|rated|rates|graded|grades|judged))[ \t]+(?:that[ \t]+)?(?!(?:the[ \t]+)?${forceName}(?:['’]s[ \t]+(?:work|performance))?[ \t]*(?:[.;:\n]|$))[\p{L}][^.;:\n]{10,200}?)(?=[.;:\n]|$)`,
  'u'
)
// The press's lede: a named force, its grade at a topic, then who found it: "City of London Police requires
// improvement at tackling serious and organised crime, a report has found", "Kent Police is good at keeping people
// safe, the police watchdog says". The force and the area graded say which report.
const ledeFinding = new RegExp(
  String.raw`(?<![\p{L}'’-])(${forceName}[ \t]+(?:(?:is|was|has[ \t]+been|have[ \t]+been|are)[ \t]+)?(?:requires?[ \t]+improvement|(?:(?:rated|graded|judged)[ \t]+(?:as[ \t]+)?)?[‘'"“]?(?:outstanding|good|adequate|inadequate)[’'"”]?)[ \t]+(?:at|in|for)[ \t]+[\p{L}][^.,;:()\n]{5,120}?),[ \t]+(?:an?|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:report|inspection|watchdog|inspectorate|inspectors)[ \t]+(?:has[ \t]+|have[ \t]+)?(?:found|finds|said|says|concluded)\b`,
  'u'
)
// The inspectorate's grade of a force's work at a topic, in a sentence naming the inspectorate: "the grading of
// West Mercia Police's response to serious and organised crime as inadequate by HMICFRS", "HMICFRS has rated the
// force's response to serious and organised crime as 'inadequate'". The force and the topic graded say which report
// (a topic any report could have, "the force's performance", says nothing). The topic is lower-case words to "as".
const gradedTopic = new RegExp(
  String.raw`\b(?:grad(?:ed|ing)|rat(?:ed|ing)|judg(?:ed|ing)|assess(?:ed|ing))[ \t]+(?:of[ \t]+)?((?:the[ \t]+force|${forceName})['’]s[ \t]+([\p{Ll}][^.,;:()\n‘'"“]{4,120}?))[ \t]+as[ \t]+[‘'"“]?(?:outstanding|good|adequate|inadequate|requir(?:es|ing)[ \t]+improvement)\b`,
  'u'
)
// A month by its name or a year.
const monthOrYear = new RegExp(String.raw`\b(?:${monthNamePattern})\b|\b(?:19|20)\d\d\b`, 'u')
// A grade alone says nothing of which report ("the HMICFRS report, which graded the force as good"); a
// grade for an area does ("rated Lincolnshire Police as good for effective policing").
const gradeWithoutArea = /\b(?:rated|rates|graded|grades|judged|rating|grading)\b(?![^.;:\n]*\b(?:for|in)[ \t]+\p{L})/u
// The inspectorate by any of its names, or as "the inspectorate".
export const namesInspectorate = new RegExp(String.raw`\b(?:${inspectorateName}|[Ii]nspectorate)\b`, 'u')
// Another body's report: the police complaints body, other inspectorates, a court or an inquiry.
const otherBody =
  /\b(?:IOPC|Independent Office for Police Conduct|Ofsted|CQC|Care Quality Commission|Probation|Prisons|HMCPSI|HMIP|Crown Prosecution Service Inspectorate|College of Policing|National Audit Office|Audit Commission|Committee|Inquiry|Ombudsman|Coroner)\b/

// Another of the inspectorate's visits than the one answered: "since the last HMICFRS inspection of …",
// "the previous PEEL report", "the next inspection of …" (not "last year’s report", which may be this one).
const anotherVisitBefore =
  /\b(?:last|previous|earlier|prior|former|next|future|forthcoming|upcoming)(?![ \t]+(?:year|week|month|spring|summer|autumn|winter)\b)(?:[ \t]+[^ \t]+){0,4}[ \t]*$/i

/** Whether the words just before `index` (within its sentence) put the report named there in another visit. */
export function anotherVisit(text: string, index: number): boolean {
  return anotherVisitBefore.test(sentenceUpTo(text, index))
}

// A topic that is only the force inspected: every inspection of it has that topic ("the latest
// inspection into North Wales Police", "the HMICFRS report into Cleveland Police published in …").
const onlyAForce = new RegExp(String.raw`^(?:(?:[Rr]eport|[Ii]nspection|[Rr]eview)[ \t]+(?:into|on|of|about|regarding)[ \t]+)?(?:the[ \t]+)?${forceName}$`, 'u')

/** Whether a topic read as the report's name is only the force inspected, which names none of its reports. */
export function onlyTheForce(title: string): boolean {
  return onlyAForce.test(title)
}

// The report by its anchors, where no form above reads a name: what the inspectorate produced (a
// report, an inspection, an assessment, its findings, a decision, a cause of concern) in one clause
// with the force or service inspected and either the family of the inspection (PEEL with its year, a pillar,
// custody, crime data integrity, vetting, Engage monitoring, an accelerated cause of concern) or, with
// the inspectorate named, the day it was published ("today’s assessment of policing in Staffordshire by
// HMIC", "a critical report into Sussex Police by HMIC on 13 April"). A reader could find the one report
// from these alone (the corpus README's rule for `namesReport`); "the latest report", "an inspection of
// the force" or the inspectorate alone are no name. Its judgment of the force it names next, in a
// sentence naming the inspectorate, stands for its product ("assessed Hampshire Constabulary as Good in
// terms of effectiveness").
const product = /\b(?:re-?inspection|inspection|report|assessment|findings|decision|cause[ \t]+(?:of|for)[ \t]+concern)\b/gi
const judgment = /\b(?:assessed|graded|rated|judged)\b/g
const inspectionFamily =
  /\b(?:PEEL[ \t]+\d{4}(?:[/–-]\d{2,4})?|custody|crime[ \t-]+(?:data[ \t]+integrity|recording)|vetting|Engage|enhanced[ \t]+(?:level[ \t]+of[ \t]+)?monitoring|accelerated[ \t]+cause|effectiveness|efficiency|legitimacy)\b/gi
// The force or service by name (never the start of "Kent Police and Crime Commissioner"), or the area
// whose policing or custody was inspected ("policing in Staffordshire", "police custody provision in Norfolk
// and Suffolk").
// A force by name, never the start of a commissioner's title or of the chiefs' council ("National Police
// Chiefs’ Council"); it starts at a word's start (the
// lookbehind), so a search does not retry it from inside a word.
const forceNotTitle = String.raw`(?<![\p{L}'’-])${forceName}(?!,? (?:Fire,? )?(?:and|&) Crime|[ \t]+Chiefs?\b)`
const inspectedBody = new RegExp(
  String.raw`${forceNotTitle}|(?<![\p{L}'’-])(?:[\p{Lu}][\p{L}'’-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,4}Fire(?:[ \t]+(?:and|&)[ \t]+Rescue)?[ \t]+Service|\b(?:[Pp]olicing|[Cc]ustody(?:[ \t]+(?:provision|services|suites|arrangements|facilities))?)[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?[\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{Lu}][\p{L}'’-]*){0,2}`,
  'gu'
)
// The day of publication: "today", "today’s", "on 13 April", a date in brackets.
const publicationDay = new RegExp(
  String.raw`\btoday(?:['’]s)?\b|\bon[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:${monthNamePattern})\b|\(\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}{3,9}[ \t]+\d{4}\)`,
  'giu'
)
// The product's own words before it ("today’s", "a critical", "its latest"): kept in the name read.
const productLead = /\b(?:the|a|an|its|their|today['’]s)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}$/u
// A report still to come ("HMICFRS will publish its report on …") is not the one answered.
const yetToCome = /\b(?:will|would|shall|plans?|planned|due|forward[ \t]+to)\b/i
// A sentence whose subject is the report: "The report, released on Thursday, assessed …", "Its latest report rated …".
const reportAsSubject = /^\s*(?:The|This|Its|Their|Today['’]s)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:report|inspection|assessment)\b/u
// A bracketed gloss does not end a clause: "a PEEL (Police Effectiveness, Efficiency and Legitimacy) Inspection of …".
const gloss = /\([^()\n]{0,120}\)/g

type Span = {index: number; end: number}

/** The spans `pattern` (global) matches in `sentence`. */
function spans(pattern: RegExp, sentence: string): Span[] {
  return [...sentence.matchAll(pattern)].map((match) => ({index: match.index, end: match.index + match[0].length}))
}

/** Whether two spans sit in one clause: at most 100 characters apart, no comma, semicolon or colon between (glosses aside). */
function oneClause(sentence: string, a: Span, b: Span): boolean {
  const between = sentence.slice(Math.min(a.end, b.end), Math.max(a.index, b.index)).replace(gloss, '')
  return between.length <= 100 && !/[,;:]/.test(between)
}

// "The force" stands for the force a text names elsewhere ("the force had been issued with an
// accelerated cause of concern"): an anchor only with a family beside it, never with a day alone.
const forceByReference = /\bthe[ \t]+(?:force|[Cc]onstabulary)\b(?!['’])/g
const namedForces = new RegExp(forceNotTitle, 'gu')

/**
 * The spans of `sentence` that name what was inspected (by `pattern`): "Her Majesty’s Inspectorate of
 * Constabulary" ends as a force's name does, but it is the inspector, not the inspected.
 */
function inspected(pattern: RegExp, sentence: string): Span[] {
  return spans(pattern, sentence).filter((span) => !/Inspector/.test(sentence.slice(span.index, span.end)))
}

/** Whether `text` names a force or service inspected (never the inspectorate, whose name ends as a force's does). */
export function namesInspectedForce(text: string): boolean {
  return inspected(namedForces, text).length > 0
}

/** Whether `text` names a force or a fire and rescue service inspected, or the area whose policing was ("policing in Staffordshire"). */
export function namesInspectedBody(text: string): boolean {
  return inspected(inspectedBody, text).length > 0
}

function reportByAnchors(text: string, forceNamed: boolean, inspectorate: boolean): {title: string; index: number} | undefined {
  for (let next = 0; next < text.length; ) {
    const start = next
    const stop = text.indexOf('.', start)
    const end = stop === -1 ? text.length : stop
    const sentence = text.slice(start, end)
    next = end + 1
    if (otherBody.test(sentence.replace(/\bInspectorate of Prisons\b|\bHMIP\b/g, ''))) continue
    const bodies = inspected(inspectedBody, sentence)
    const referred = forceNamed ? spans(forceByReference, sentence) : []
    // A family word inside a bracketed gloss spells out a name ("PEEL (Police Effectiveness, …)"): it is no anchor.
    const glosses = spans(gloss, sentence)
    const outsideGlosses = (span: Span) => !glosses.some((inside) => span.index >= inside.index && span.end <= inside.end)
    const families = spans(inspectionFamily, sentence).filter(outsideGlosses)
    const anchors = [...families, ...(namesInspectorate.test(sentence) ? spans(publicationDay, sentence).filter(outsideGlosses) : [])]
    // What the inspectorate did to the force, named in the sentence: "HMICFRS … assessed Hampshire
    // Constabulary as Good in terms of effectiveness" (its judgment, with a family beside it).
    // The report as the sentence's subject, in a text naming the inspectorate, stands for it too: "The report, released
    // on Thursday, assessed the constabulary as ‘good’ in terms of efficiency".
    const judged = namesInspectorate.test(sentence) || (inspectorate && reportAsSubject.test(sentence)) ? spans(judgment, sentence) : []
    for (const made of [...spans(product, sentence), ...judged]) {
      if (yetToCome.test(sentence.slice(0, made.index)) || anotherVisit(sentence, made.index)) continue
      const anchor = anchors.find((span) => oneClause(sentence, made, span))
      const family = families.some((span) => oneClause(sentence, made, span))
      const body = bodies.find((span) => oneClause(sentence, made, span)) ?? (family ? referred.find((span) => oneClause(sentence, made, span)) : undefined)
      if (!body || !anchor) continue
      // A judgment is of the force it names next ("rated Thames Valley Police as ‘Good’"), not of what it found ("assessed that …").
      if (judged.includes(made) && body.index - made.end > 1) continue
      const lead = productLead.exec(sentence.slice(0, made.index))
      const from = Math.min(lead ? lead.index : made.index, body.index, anchor.index)
      const title = sentence.slice(from, Math.max(made.end, body.end, anchor.end)).trim()
      if (title.length <= 250) return {title, index: start + from + sentence.slice(from).indexOf(title)}
    }
  }
  return undefined
}

/** The topic `match` captured, when it says which report: at least `fewestWords` words beyond the empty ones. */
function named(match: RegExpExecArray | null, fewestWords: number): {title: string; index: number} | undefined {
  const title = match?.slice(1).find((group) => group !== undefined)?.trim()
  if (!match || !title || contentWordCount(title) < fewestWords) return undefined
  return {title, index: match.index + match[0].indexOf(title)}
}

/**
 * The report as a response names it where no title pattern read it, in this order: a subject line
 * about a report, a title in the inspectorate's form (quoted, a link's text or a line of its own,
 * in straight quotation marks, set off by commas), the report a letter enclosed, what the
 * inspectorate did and on what, its report by its author then topic, the family it published, its
 * report by a topic before it, its Engage decision, its report by what it found, the inspection of
 * a named force's work, the press's lede (a force's grade at a topic, "a report has found"), or a topic in a text that names the inspectorate (never in a sentence
 * naming another body's report). With `accept`, the first reading it accepts.
 */
export function reportByForm(body: Block[], accept: (title: string) => boolean = () => true): {block: Block; title: string; index: number} | undefined {
  const subject = subjectAboutReport(body)
  if (subject && accept(subject.title)) return subject
  const inspectorate = body.some((block) => namesInspectorate.test(block.text))
  const forceNamed = body.some((block) => namesInspectedForce(block.text))
  const readers: Array<(text: string) => {title: string; index: number} | undefined> = [
    // A title in the inspectorate's form names the report even when its subject is only a force ("An inspection of Kent Police").
    (text) => named(quotedTitle.exec(text), 1),
    (text) => {
      const found = text.trim().includes('\n') ? undefined : named(titleLine.exec(text.trim()), 1)
      return found && {...found, index: found.index + text.length - text.trimStart().length}
    },
    // A quoted title opens with a capital: a headline quoting a phrase of the body's ("report "offers reassurance"") names none.
    (text) => {
      const found = named(straightQuoted.exec(text), 1)
      return found && /^[\p{Lu}\d]/u.test(found.title) ? found : undefined
    },
    (text) => named(capitalisedTitleForm.exec(text), 2),
    (text) => {
      const found = inspectorate && !text.trim().includes('\n') ? named(responseToTitle.exec(text.trim()), 2) : undefined
      if (!found || notAReport.test(found.title) || otherBody.test(found.title) || genericPassage(found.title)) return undefined
      return {...found, index: found.index + text.length - text.trimStart().length}
    },
    (text) => named(inspectionVisit.exec(text), 2),
    (text) => named(appositiveTitle.exec(text), 1),
    (text) => named(enclosedReport.exec(text), 2),
    // The inspectorate named in the phrase: a topic of one word of its own is a name ("the police response to fraud").
    (text) => named(inspectorateDid.exec(text), 1),
    (text) => named(reportByThenTopic.exec(text), 1),
    (text) => named(familyPublished.exec(text), 1),
    (text) => named(topicBeforeKind.exec(text), 1),
    (text) => {
      const found = named(engageDecision.exec(text), 1) ?? named(engageMove.exec(text), 1)
      if (found) return namesInspectorate.test(sentenceAround(text, found.index)) ? found : undefined
      const placed = inspectorate ? named(engagePlaced.exec(text), 1) : undefined
      if (placed && !yetToCome.test(sentenceAround(text, placed.index))) return placed
      const put = forceNamed ? named(engagePut.exec(text), 1) : undefined
      const sentence = put ? sentenceAround(text, put.index) : ''
      return put && (namesInspectorate.test(sentence) || namesInspector.test(sentence)) && !yetToCome.test(sentence) ? put : undefined
    },
    (text) => {
      const found = named(describedReport.exec(text), 3)
      return found && !gradeWithoutArea.test(found.title) ? found : undefined
    },
    (text) => named(ledeFinding.exec(text), 2),
    (text) => {
      const found = named(forceTopic.exec(text), 3)
      return found && !otherBody.test(sentenceAround(text, found.index)) ? found : undefined
    },
    (text) => {
      const match = gradedTopic.exec(text)
      const found = named(match, 2)
      const sentence = found ? sentenceAround(text, found.index) : ''
      // A topic said by reference ("its response to such crimes") names what an earlier sentence named, not the report.
      const topical = sayingWords(match?.[2] ?? '').some((word) => !vagueWord.has(word)) && !/\b(?:such|this|these|those|that)\b/i.test(match?.[2] ?? '')
      // A grade the sentence dates ("In October 2015 HMIC graded the force’s …", "last year") is an earlier report's.
      const dated = monthOrYear.test(sentence) || /\b(?:last|previous(?:ly)?|earlier)\b/i.test(sentence)
      return found && topical && !dated && namesInspectorate.test(sentence) && !otherBody.test(sentence) && !yetToCome.test(sentence) ? found : undefined
    },
    (text) => {
      // "Thank you for your report on …": the addressee's report, where the text does not name the inspectorate.
      const match = topicReport.exec(text)
      const found = inspectorate || /^your\b/i.test(match?.[0] ?? '') ? named(match, 2) : undefined
      return found && !otherBody.test(sentenceAround(text, found.index)) && !onlyTheForce(found.title) ? found : undefined
    },
    (text) => reportByAnchors(text, forceNamed, inspectorate)
  ]
  for (const read of readers) {
    for (const block of body) {
      const found = read(block.text)
      if (found && !anotherVisit(block.text, found.index) && accept(found.title)) return {block, ...found}
    }
  }
  return undefined
}

// What a passage naming the report says of it, by the corpus README's rule for `namesReport`: a
// family is a PEEL pillar or a programme (custody, crime data integrity or recording, vetting, child
// protection, Engage); PEEL alone is a family only with its year. Words that could describe any
// report ("performance", "update", "interim") and the inspectorate's names say nothing of which.
const familyWord = /^(?:peel|state|effectiveness|efficiency|legitimacy|leadership|custody|integrity|recording|vetting|protection|engage|monitoring|spotlight)$/
const vagueWord = new Set(
  'integrated police policing performance work update interim commissioned round element strand pillar aspect aspects part third second first crime data child rates rated graded grades judged as'.split(' ')
)
const yearPattern = /\b(?:19|20)\d\d\b/
// PEEL's three pillars by their names.
const pillarWords = /^(?:effectiveness|efficiency|legitimacy)$/
const pillarsIn = /\b(?:effectiveness|efficiency|legitimacy)\b/gi
const gradesIn = /\b(?:outstanding|good|adequate|inadequate|requires[ \t]+improvement)\b/gi

/** How many different words (in any case) `pattern` (global) matches in `text`. */
function distinct(text: string, pattern: RegExp): number {
  return new Set([...text.matchAll(pattern)].map((match) => match[0].toLowerCase())).size
}
// Forces by their number or all of them: "Wales and England's 43 forces", "13 UK forces", "all police forces".
const forcesInNumber = /(?:\b[\p{Lu}][\p{L}]*(?:[ \t]+and[ \t]+[\p{Lu}][\p{L}]*)?['’]s[ \t]+)?\b(?:\d{1,2}|all|several|many|other)[ \t]+(?:(?:UK|police|English|Welsh|other)[ \t]+)?forces\b/giu
// Results still awaited: "waiting for the Cleveland results to be published", "awaiting its report".
const awaited = /\b(?:awaiting|waiting[ \t]+for)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:results|report|findings|publication)\b/iu
// A clause saying what the report found, after the report's name.
// Each attempt starts at a run's first blank (the lookbehind), so a long run of blanks is not quadratic.
const findingClause = /(?:,?(?<![ \t])[ \t]+(?:which|that)[ \t]+(?:has[ \t]+)?|(?<![ \t])[ \t]+(?:has[ \t]+)?)(?:found|finds|branded|brands)\b/u
const forceInPassage = new RegExp(forceNotTitle, 'gu')

// Words that put the report before what the sentence says is still to come: "the PCC will be holding a meeting
// with the chief constable following the HMICFRS Inspection report on …" (the meeting is to come, not the report).
const pastMarker = /\b(?:following|after|in[ \t]+(?:light|the[ \t]+wake)[ \t]+of|in[ \t]+response[ \t]+to)[ \t]/gi

// A report by its topic: "report on the response to …", "inspection into …".
const reportOnTopic = /\b(?:report|inspection|review)[ \t]+(?:on|into|about)[ \t]+\p{L}/iu

/** What `text` says after its last `pastMarker` (all of it where there is none). */
function sinceLastPastMarker(text: string): string {
  let cut = 0
  for (const match of text.matchAll(pastMarker)) cut = match.index + match[0].length
  return text.slice(cut)
}

/** Which clause of the rule a passage meets: a title or named topic, a family with an anchor, the inspectorate's report on a force with its date. */
export type NameClause = 'title' | 'family' | 'dated-report' | undefined

/**
 * The clause of the `namesReport` rule that `passage` meets, read in `source` (the text, to find the
 * passage's sentence and whether it names the force); `dated` when the text gives the report's day
 * of publication. A title or a topic of its own (words beyond the inspectorate, the kind of
 * document, the family and the force) names the report; a family (a PEEL pillar, a programme, PEEL
 * with its year) needs the force in the passage's sentence or a publication date; anything less
 * (PEEL alone, "the latest report by HMICFRS", "Custody Report" with neither) needs both the force
 * and the date. Undefined where the passage meets none: it may be any of several reports.
 */
export function nameClause(passage: string, source: string, dated: boolean): NameClause {
  // What the report found ("a report …, which found the constabulary was ‘inadequate’ in five areas")
  // says what is in it, not which report it is: the clause is read without it. A grade in a pillar
  // ("rated Lincolnshire Police as ‘good’ for effective policing") is the pillar's family, and stays.
  const finding = findingClause.exec(passage)
  if (finding !== null && finding.index > 0) passage = passage.slice(0, finding.index)
  const forces = inspected(forceInPassage, passage)
  // The forces of a national round ("which looked at Wales and England's 43 forces") say nothing of which report.
  let rest = passage.replace(forcesInNumber, ' ')
  for (const span of forces.reverse()) rest = rest.slice(0, span.index) + ' ' + rest.slice(span.end)
  const words = sayingWords(rest)
  const at = source.indexOf(passage)
  // A report still to come ("I look forward to receiving HMIC's final report on …") is not the one answered.
  // A report named by its own topic after "following" exists already; a bare kind of visit stays guarded.
  const before = at === -1 ? '' : sentenceUpTo(source, at)
  if (yetToCome.test(reportOnTopic.test(passage) ? sinceLastPastMarker(before) : before)) return undefined
  // Nor is an inspection whose results its sentence says are awaited ("we have undergone the crime data integrity
  // inspection by the HMIC and are waiting for the Cleveland results to be published").
  if (at !== -1 && awaited.test(sentenceAround(source, at))) return undefined
  if (words.some((word) => !familyWord.test(word) && !vagueWord.has(word))) return 'title'
  const sentence = at === -1 ? passage : sentenceAround(source, at) + passage
  // Pillars graded one by one in the sentence ("rates Beds Police as Inadequate for its effectiveness, Requires
  // Improvement for efficiency, and Good for legitimacy") are the report's findings, not one pillar's report.
  const pillarsGraded = !words.includes('peel') && distinct(sentence, pillarsIn) >= 2 && distinct(sentence, gradesIn) >= 2
  const family = words.some((word) => familyWord.test(word) && !(pillarsGraded && pillarWords.test(word)))
  const year = yearPattern.test(passage)
  const forceNear = forces.length > 0 || namesInspectedForce(sentence)
  // A pillar or programme (not PEEL alone, which any year's report has) in a text that names the force
  // is that force's report of the family: the README's rule asks for the force, not in the same sentence.
  const programme = words.some((word) => word !== 'peel' && familyWord.test(word) && !(pillarsGraded && pillarWords.test(word)))
  if (family && (forceNear || dated || year || (programme && namesInspectedForce(source)))) return 'family'
  if ((dated || year) && (forceNear || namesInspectedForce(source))) return 'dated-report'
  return undefined
}

const marks = new Set(['-', '’', "'"])

/** The words of `text` that may say which report it is: lower case, without the marks around them, the empty words and numbers. */
function sayingWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .split(/[^\p{L}\d’'-]+/u)
      .map(trimMarks)
      // A possessive says no more than its word: "HMIC’s", "Today’s".
      .map((word) => (emptyWords.has(word) ? word : word.replace(/['’]s$/, '')))
      .filter((word) => word.length > 1 && !emptyWords.has(word) && !/^\d+$/.test(word))
  )
}

/** A word without the hyphens and apostrophes around it ("‘Peel’"), by loops: a pattern anchored at `$` is quadratic on a long run of them. */
function trimMarks(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && marks.has(word.charAt(start))) start++
  while (end > start && marks.has(word.charAt(end - 1))) end--
  return word.slice(start, end)
}

// What may say which report a sentence refers to, by the corpus README's rule for `namesReport`: a
// family or programme (PEEL, a pillar, custody, crime data integrity, vetting, Engage, a spotlight or
// thematic inspection, the State of Policing), a year, a month or "today" (a day of publication), a
// date line's digits, a quotation after a report word (a title), a topic after a report word ("the
// report into stalking"; never the force alone: "the report into the force"), or what the inspectorate
// found, judged or looked at (its report by its findings or subject), a kind of visit that is one report
// (a re-inspection, a cause of concern, the Chief Inspector's annual assessment), or the force's own
// inspection by reference ("the Constabulary’s latest inspection"). The inspectorate's own name, whose words end as a
// force's or a fire and rescue service's do, is taken out first. Each alternative is bounded.
const familyOrTopic = new RegExp(
  [
    String.raw`\b(?:PEEL|custody|crime[ \t-]+(?:data|recording)|vetting|monitoring|spotlight|effectiveness|efficiency|legitimacy|leadership|integrity|protection|thematic|super-?complaints?|State[ \t]+of[ \t]+Policing)\b`,
    String.raw`\b(?:19|20)\d\d\b|\btoday(?:['’]s)?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
    String.raw`\b(?:reports?|inspections?|reviews?|assessments?|findings)\b[^.\n‘“"]{0,40}[‘“"]`,
    String.raw`\b(?:reports?|inspections?|reviews?|assessments?|findings)[ \t]+(?:on|into|about|regarding|concerning|entitled|titled|called|looking|examining|highlighting)[ \t]+(?!(?:the[ \t]+|this[ \t]+|our[ \t]+)?(?:force|service|constabulary)\b)`,
    String.raw`\b(?:found|finds|highlight(?:s|ed)|identified|praised|criticised|rated|graded|judged|concluded|recognised)\b`,
    // What the report looked at, by its verb: "This report concentrates on how effective the force is …".
    String.raw`\b(?:concentrat\w*|focus\w*|look(?:s|ed|ing)?|examin\w*|cover(?:s|ed|ing)?|consider(?:s|ed|ing)?|explor\w*|assess\w*|investigat\w*)[ \t]+(?:on|at|into|how|whether|what)\b`,
    // A kind of visit or its author that is one report: a re-inspection or revisit, a cause of concern, an
    // unannounced (custody) visit, the Chief Inspector's annual assessment.
    String.raw`\b(?:re-?inspections?|revisits?|causes?[ \t]+(?:of|for)[ \t]+concern|accelerated|unannounced|annual[ \t]+assessment|Chief[ \t]+Inspector)\b`,
    // The force's own inspection, by reference: "the Constabulary’s latest inspection", "the force’s report".
    String.raw`\b(?:force|constabulary|service)['’]s?[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:reports?|inspections?|assessments?)\b`
  ].join('|'),
  'iu'
)
// A month by its capitalised name ("in May", never the verb "may") and Engage by its name.
const monthOrEngage = new RegExp(String.raw`\b(?:${monthNamePattern}|Engage)\b`, 'u')
const inspectorateNames = new RegExp(String.raw`${inspectorateName}|\b(?:(?:His|Her)[ \t]+)?Majesty['’]s[ \t]+Inspectorate[ \t]+of(?:[ \t]+(?:(?:and|&)[ \t]+)?[\p{Lu}][\p{L}]*){1,6}`, 'gu')

/**
 * Whether a sentence that refers to a report says nothing of which report it is: the inspectorate,
 * "the report", "the latest inspection" or a topic any report could have, with no family, force or
 * service inspected, day, quoted title or topic of its own (the corpus README's **false** clause).
 *
 * @example
 *   genericReference('Sadly nothing in this report surprises me.') // true
 *   genericReference('HMICFRS has published its latest findings on the performance of Kent Police.') // false
 */
export function genericReference(sentence: string): boolean {
  const rest = sentence.replace(inspectorateNames, ' ')
  return !familyOrTopic.test(rest) && !monthOrEngage.test(rest) && !namesInspectedForce(rest) && !otherBody.test(rest)
}

/**
 * Whether a passage read as a reference to the report (or a heading that may be its title) is only
 * generic words: the inspectorate's name, the kind of document and words any report could have
 * ("HMIC Inspection Update", "the recent report from HMICFRS"), nothing of a title of its own.
 *
 * @example
 *   genericPassage('the recent report from His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)') // true
 *   genericPassage('Police response to burglary') // false
 */
export function genericPassage(passage: string): boolean {
  if (!genericReference(passage)) return false
  return sayingWords(passage.replace(inspectorateNames, ' ')).every((word) => vagueWord.has(word))
}
