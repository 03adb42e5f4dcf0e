import type {Exclusion, ReportReference, ResponseAddressee, SourceSpan, StatutoryCitation} from '@scrutiny/schema'
import type {Block} from './blocks.js'
import {inspectorateEra, isoDay, monthNamePattern as monthName, monthNumber, sentenceAround, sentenceUpTo, weekdayDate, weekdayParts, yearOfWeekday} from '../text.js'
import {dateLabel, dateLine, dateOnly, toIsoDate, weekdayLead, writtenDate} from './dates.js'
import {
  anotherVisit,
  asSubject,
  inspectorateName,
  nameClause,
  namesInspectedBody,
  namesInspectedForce,
  namesInspectorate,
  onlyTheForce,
  reportByForm,
  salutation
} from './report-names.js'
import type {NameClause} from './report-names.js'

/** The span of `length` characters at `index` inside a block's text (for text and Markdown input). */
export function spanIn(block: Block, index: number, length: number): SourceSpan {
  const before = block.text.slice(0, index)
  const inside = block.text.slice(index, index + length)
  const advance = (point: SourceSpan['start'], text: string): SourceSpan['start'] => {
    const newline = text.lastIndexOf('\n')
    const lines = text.split('\n').length - 1
    return {
      line: point.line + lines,
      column: newline === -1 ? point.column + text.length : text.length - newline,
      ...(point.offset === undefined ? {} : {offset: point.offset + text.length})
    }
  }
  const start = advance(block.position.start, before)
  return {start, end: advance(start, inside)}
}

const dateText = String.raw`\d{1,2}(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t]+)?(?:${monthName})[ \t\u00A0,]+\d{4}`
// A title set off by quotes or Markdown emphasis: ‘…’, “…”, "…", *…*, _…_ (captured, or not).
const titleMarks = (open: '(' | '(?:') =>
  String.raw`(?:[‘“"]${open}[^’”"\n]{5,200})[’”"]|\*{1,2}${open}[^*\n]{5,200})\*{1,2}|_{1,2}${open}[^_\n]{5,200})_{1,2})`
const marked = titleMarks('(')
const inspectorate = String.raw`(?:HMICFRS|HMIC|Inspectorate(?: of Constabulary)?[^.\n]{0,50}?|inspectors of constabulary)\)?`

// Where a page points to reports, not what they are about: "… on the HMICFRS website", "… on our web pages".
const onASite = String.raw`[ \t]+on[ \t]+(?:the|our|their|its)[ \t]+(?:[\p{L}]+[ \t]+){0,2}?(?:web[ \t]?site|web[ \t]?pages?|site)\b`

// The words of a report's name before its kind ("Police effectiveness", "interim crime data integrity",
// "strategic policing requirement"): a noun phrase, never a clause. A verb, an auxiliary, a pronoun, a
// determiner or a comma among them makes a sentence about a report ("HMICFRS reports should be published
// within 56 days of the report", "HMIC's role is to inspect, monitor and report", "… has welcomed a report from HMIC").
const clauseWords = String.raw`(?:is|are|was|were|be|been|being|has|have|had|should|shall|can|could|will|would|must|may|might|to|that|which|who|said|says|noted|agreed|accepts?|welcomed?|outlined|published|released|issued|today|yesterday|I|we|he|she|they|it|this|these|those|each|its|their|our|his|her|my|the|a|an)`
const nameWords = (count: number) => String.raw`(?:(?!${clauseWords}\b)[^\s.,;:]+[ \t]+){1,${count}}?`

// A topic of several words in a list runs over its commas: "HMICFRS’s report into vetting, misconduct and
// misogyny" (one word an item, the last after "and"), where a comma otherwise ends the topic.
const topicList = String.raw`(?:(?:,[ \t]+[\p{Ll}][\p{L}-]*){1,4}[ \t]+and[ \t]+[\p{Ll}][\p{L}-]*)?`

// Titles the response gives the report, most explicit first. A pattern's first group that took part is the title.
const titlePatterns: RegExp[] = [
  // A template's labelled field: "Report title: …", "Title of report: …", "Name of inspection: …", up to the
  // line's end or the next field's label where a form's fields run on ("… Date Inspection Published: …").
  /^[*_]{0,2}(?:[Rr]eport[ \t]+(?:[Tt]itle|[Nn]ame)|(?:[Tt]itle|[Nn]ame)[ \t]+of[ \t]+(?:the[ \t]+)?(?:HMICFRS[ \t]+)?(?:[Rr]eport|[Ii]nspection)|(?:HMICFRS|HMIC)[ \t]+[Rr]eport)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*(\p{L}[^\n]{4,250}?)[*_]{0,2}(?=$|[ \t]+(?:Date|Deadline|Type|Publication|Published|Response|Reference|Author|Status|Contact)\b[\p{L} \t]{0,40}:)/mu,
  // The inspectorate's annual assessment by its name: "State of Policing: The Annual Assessment of Policing in England and Wales 2022".
  /\b(State[ \t]+of[ \t]+(?:Policing|Fire[ \t]+and[ \t]+Rescue)(?::[ \t]+[Tt]he[ \t]+[Aa]nnual[ \t]+[Aa]ssessment[ \t]+of[^.:;\n]{5,80}?(?:19|20)\d\d|[ \t]+(?:in[ \t]+)?(?:19|20)\d\d(?:[/–-]\d{2,4})?)?)\b/u,
  // Its subtitle alone, with its year: "His Majesty’s Chief Inspector of Constabulary’s Annual Assessment of Fire
  // and Rescue Services in England 2024–25" (without the year it names no one assessment).
  /\b([Aa]nnual[ \t]+[Aa]ssessment[ \t]+of[ \t]+(?:[Pp]olicing|[Ff]ire[ \t]+(?:and|&)[ \t]+[Rr]escue[ \t]+[Ss]ervices)[ \t]+in[ \t]+England(?:[ \t]+and[ \t]+Wales)?[ \t]+(?:19|20)\d\d(?:[/–-]\d{2,4})?)/u,
  // "HMICFRS published *PEEL 2023–2025: An inspection of …* on 12 March 2025", "the report titled ‘…’".
  // Not a grade quoted after "published" ("the already published ‘requires improvement’").
  new RegExp(String.raw`\b(?:published|titled|entitled)[ \t]+(?:its[ \t]+(?:report|inspection)[ \t,]+)?(?![‘“"](?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Ii]nadequate|[Rr]equir(?:es|ing)[ \t]+[Ii]mprovement)[’”"])${marked}`),
  // The inspectorate, then the title in quotes: "the HMICFRS ‘Report on an unannounced inspection visit to
  // police custody suites in Warwickshire’", capitalised after "the" (the inspectorate quoted, "with HMICFRS
  // ‘confident it is well equipped …’", or a quoted grade, "the HMICFRS ‘Good’", is not a title).
  /\b(?:the|its|their)[ \t]+(?:HMICFRS|HMIC)['’]?s?[ \t]+[‘“"](?!(?:Outstanding|Good|Adequate|Inadequate|Requir(?:es|ing)[ \t]+[Ii]mprovement)[’”"])([\p{Lu}][^’”"\n]{4,200})[’”"]/u,
  // The PEEL reports of 2014–2017 by their titles: "PEEL: Police effectiveness 2016 – Durham Constabulary",
  // "PEEL: Police legitimacy 2017", "PEEL: Police efficiency (including leadership) 2017".
  /\b(PEEL:[ \t]+Police[ \t]+(?:[Ee]ffectiveness|[Ee]fficiency|[Ll]egitimacy|[Ll]eadership)(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+20\d\d(?:[ \t]+[–-][ \t]+[\p{Lu}][\p{L}&' -]{2,60}?(?:Police|Constabulary))?)/u,
  // "HMICFRS published PEEL 2023–2025: An inspection of Lincolnshire Police on 12 March 2025".
  new RegExp(
    String.raw`\b${inspectorate}[ \t]+(?:has[ \t]+)?published[ \t]+(?:its[ \t]+(?:report|inspection)[ \t,]+)?([\p{Lu}][^\n]{4,200}?)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?:${dateText}|(?:${monthName})[ \t]+\d{4})`,
    'u'
  ),
  // "the report titled PEEL 2023–2025: An inspection of …, published on …"; its author may come between:
  // "an inspection published by Her Majesty’s Inspectorate of Constabulary (HMIC), called Police effectiveness 2015 (Vulnerability)".
  new RegExp(
    String.raw`\b(?:report|inspection|assessment)(?:[ \t]+published[ \t]+by[ \t]+(?:the[ \t]+)?${inspectorateName}(?:[ \t]+\((?:HMICFRS|HMIC)\))?)?,?[ \t]+(?:titled|entitled|called)[ \t]+([\p{Lu}][^\n]{4,200}?)(?=,[ \t]+(?:published|dated|released|issued|which|that|was|and[ \t]+(?:I|we))\b|,?[ \t]+\(|[ \t]+(?:published|dated|was|which|on)\b|\.(?:[ \t]|$)|$)`,
    'u'
  ),
  // "In its report PEEL 2023–2025: An inspection of … (published 12 March 2025)", "the HMIC report
  // Core Business: An inspection into … published by Her Majesty’s Inspectorate … on 4th September 2014".
  /\b(?:its|the|their|HMICFRS['’]?s?|HMIC['’]?s?) report,?[ \t]+([\p{Lu}][^()\n]{4,200}?)(?:[ \t]*\((?:published|dated)\b|[ \t]+published[ \t]+(?:by|on|in)\b)/u,
  // A quoted title after a dash or colon label: "the HMIC and HMCPSI Report – ‘Living in fear – the police and
  // CPS response to harassment and stalking’" (not a quoted grade, nor speech ending with its full stop, nor
  // another body's report unless joint with the inspectorate: "the IOPC Report – ‘…’").
  /(?<!(?<!\b(?:HMICFRS|HMIC)[ \t](?:and|&)[ \t])\b(?:IOPC|Ofsted|CQC|HMCPSI|HMIP|Probation|Prisons|Committee|Inquiry|Ombudsman|Coroner|Commission|College[ \t]of[ \t]Policing)['’]?s?[ \t])\b[Rr]eport[ \t]*[–—:-][ \t]*[‘“](?!(?:Outstanding|Good|Adequate|Inadequate|Requir(?:es|ing)[ \t]+[Ii]mprovement)[’”])([\p{Lu}\d][^’”\n]{5,200})(?<![.!?])[’”](?!\p{L})/u,
  // A quoted grade ("the report, which graded the force as ‘requiring improvement’") is not a title.
  // Nor what the report was called ("described elements of the report as “misleading and inaccurate”"): a title
  // opens with a capital. Nor speech after a colon ("in its latest report as follows: “The problem …”"), and
  // an apostrophe ("they’re") closes nothing. Nor what it says or is labelled, after a reporting verb ("The July
  // report found that “Surrey Police is making …”", "a copy of the report, marked ‘Agenda Item 5’").
  /\breport\b[^‘“"\n:]{0,40}?(?<!\b(?:as|that|said|says|stated|states|found|finds|concluded|concludes|noted|notes|marked)[ \t])[‘“](?!(?:outstanding|good|adequate|inadequate|requir(?:es|ing) improvement)[’”])([\p{Lu}\d][^’”\n]{4,199})[’”](?!\p{L})/u,
  /^(?:[\p{L}’']+ )?(?:response|responses) to (?:the )?(?:HMICFRS|HMIC)(?: report:?| inspection report:?| thematic)? (?![–—-])(.{5,200})$/iu,
  /\b(?:HMICFRS|HMIC)['’]?s? (?:report|annual assessment|inspection) (?:into|of|on) ([\p{Lu}][^.,;\n]{4,150}?)(?=[ \t]+(?:published|released|which|that|was|is|felt|found|made|gave|rated|graded|said|says|will|has|had|in[ \t]+(?:19|20)\d\d)\b|[.,;:()\n]|$)/u,
  // Not its action: "HMICFRS has published its … report" names the report after the verb, "Whenever
  // the HMICFRS publish a report" names none, and "HMICFRS will inspect … and its report …" is still to come.
  new RegExp(
    String.raw`\b(?:HMICFRS|HMIC)['’]?s? (?!(?:has|have|today|recently|publish(?:es|ed)?|releases?|released|issues?|issued|produces?|produced|will|would|shall|plans?|intends?)\b)((?![^\s.,;:]{1,4}[ \t]+report\b)${nameWords(8)}report)\b`
  ),
  /\breport(?: of [A-Z][a-z]+ \d{4})? on ([\p{Lu}][^.,;()\n]{4,150}?)(?=[ \t]+(?:today|yesterday|which|that|published|released|was|is)\b|[.,;()\n]|$)/u,
  /\(HMICFRS\) (inspection of [^,.\n]{5,150})/,
  // "HMICFRS report, <title>," but not a relative clause ("…, which graded the force as …,") or its date ("…, published on …,").
  /\bHMICFRS report, (?!which\b|that\b|published\b|dated\b)([^,\n]{5,120}),/,
  // Not the speaker's own words before it ("I welcome this report from HMICFRS"), nor a determiner and
  // an adjective ("A new report from His Majesty’s Inspectorate").
  new RegExp(
    String.raw`\b(?!(?:I|We|This|That|It|They|He|She|A|An|The|Its|Their|Our|My|In|On|At|For|From|With|By|As)\b)([\p{Lu}][\p{L}]*(?:[ \t]+(?!${clauseWords}\b)[\p{L}]+){0,8}?) report from (?:HMIC|Her|His)`,
    'u'
  ),
  // A heading that names the inspectorate's report, then its title after a dash or colon: "HMICFRS
  // Report – Homicide prevention: An inspection of …", "Commissioner’s Response – HMIC Inspection –
  // Making the Connections …" (a response's own label after the inspectorate is not a title, nor a
  // glossary line spelling out its name: "HMIC – Her Majesty’s Inspector of Constabulary").
  /^[^\n]{0,80}?\b(?:HMICFRS|HMIC)(?:[ \t]+(?:[Ii]nspection[ \t]+[Rr]eport|[Rr]eport|[Ii]nspection|[Tt]hematic))?[ \t]*[–—:-][ \t]+(?!(?:[\p{L}’']+[ \t]+)?(?:[Rr]esponse|[Ss]tatement|[Cc]omments)\b|(?:Police,?[ \t]+(?:Fire[ \t]+)?and[ \t]+Crime[ \t]+Commissioner|O?P(?:F)?CC)\b|(?:(?:His|Her)[ \t]+Majesty['’]s|HM)[ \t]+Inspector)([\p{Lu}][^\n]{4,250})$/u,
  // The inspectorate as the subject of its publication: "Her Majesty's Inspectorate of Constabulary …
  // (HMICFRS) published a report into Greater Manchester Police's recording of crime", "HMICFRS has
  // today published its report on …", a headline without its article: "HMICFRS release report on vetting, misconduct and misogyny".
  new RegExp(
    String.raw`\b${inspectorateName}(?:[ \t]+\((?:HMICFRS|HMIC)\))?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:today[ \t]+|recently[ \t]+)?(?:published|publish(?:es)?|release[sd]?)[ \t]+(?:(?:a|an|its|their|the)[ \t]+)?((?:(?:new|national|thematic|joint|inspection)[ \t]+){0,2}(?:report|inspection)[ \t]+(?:into|on|of)[ \t]+(?:the[ \t]+)?[\p{L}][^.;:()\n]{8,150}?)(?=[ \t]+(?:which|that|published|was|is)\b|[.;:()\n]|$)`,
    'u'
  ),
  // What the report is of and who published it: "the latest inspection report of Cleveland Police,
  // published by His Majesty’s Inspectorate …".
  new RegExp(
    String.raw`\b((?:inspection[ \t]+)?report[ \t]+(?:of|on|into)[ \t]+(?:the[ \t]+)?[\p{Lu}][^.,;:()\n]{3,120}?),?[ \t]+published[ \t]+by[ \t]+(?:the[ \t]+)?${inspectorateName}`,
    'u'
  ),
  // A family and its period or subject: "your PEEL 2023–25 inspection of Merseyside Police", "the PEEL 2021/22 report".
  // Up to a clause of the sentence's own: "… of Kent Police on 12 May 2022", "… of Kent Police today".
  /\b(PEEL[ \t]+(?:20\d\d(?:[/–-]\d{2,4})?[ \t]+)?(?:inspection|assessment|report)[ \t]+(?:of|into|on)[ \t]+[\p{Lu}][^.,;\n]{3,80}?)(?=[ \t]+(?:on|in|today|yesterday|published|released|which|that|was|is|below|above|and)\b|[.,;:()\n]|$)/u,
  /\b((?:PEEL[ \t]+20\d\d(?:[/–-]\d{2,4})?|20\d\d(?:[/–-]\d{2,4})?[ \t]+PEEL)\b[^.,;\n]{0,40}?(?:report|inspection|assessment))\b/u,
  // The family, its kind, then its period, as a link's text: "Cleveland PEEL Assessment 2023–2025" (the
  // period may run into the next word where a page's link lost its break).
  /\b((?:[\p{Lu}][\p{L}]+[ \t]+){0,3}PEEL[ \t]+(?:[Aa]ssessment|[Ii]nspection|[Rr]eport)[ \t]+20\d\d(?:[/–-]\d{2,4})?)/u,
  // A quoted title before its kind: "the inspectorate’s ‘Getting a grip’ report", its quotation marks a pair (in
  // “But HMICFRS’ report …” the apostrophe closes no quotation).
  /‘([^’”\n]{5,200})’[ \t]+(?:report|inspection|review|thematic)\b|“([^’”\n]{5,200})”[ \t]+(?:report|inspection|review|thematic)\b/,
  // The inspectorate by any of its names and what it looked into, in lower case too: "the recent
  // HMICFRS inspection into how forces respond to fraud", "Her Majesty’s Inspectorate of
  // Constabulary’s report on police funding", "the recent HMICFRS inspection regarding Greater Manchester
  // Police’s services to victims", "Her Majesty’s Inspectorate of Constabulary (HMIC) first
  // annual assessment of day-to-day policing by … which is published today" (up to the relative clause),
  // and its reports on one subject ("HMIC reports concerning Honour-based Crime, …"). "… on the HMICFRS
  // website" says where they are, not what they are about.
  new RegExp(
    String.raw`\b${inspectorateName}['’]?s?(?:[ \t]+\((?:HMICFRS|HMIC)\))?[ \t]+(?:(?:recent|latest|new|national|thematic|joint|PEEL|annual|full|first|second|third|final|interim)[ \t]+){0,3}(?:report|inspection|review|assessment|revisit|re-inspection)s?[ \t]+(?:into|of|on|about|regarding|concerning)[ \t]+(?!(?:the[ \t]+)?(?:force|service|constabulary)\b)((?:the[ \t]+)?[\p{L}][^.,;:()\n]{3,150}?${topicList})(?=[ \t]+(?:which|that|published|released|was|is)\b|${onASite}|[.,;:()\n]|$)`,
    'u'
  ),
  // The inspectorate's letter by its day: "the HMICFRS letter of 12 March 2024 on the force’s progress" (a
  // revisit or progress letter is published as a letter).
  new RegExp(String.raw`\b((?:HMICFRS|HMIC)['’]?s?[ \t]+(?:(?:revisit|progress|inspection)[ \t]+)?letter[ \t]+(?:of|dated)[ \t]+(?:the[ \t]+)?${dateText})`, 'u'),
  // A headline or subject line: "PCC responds to HMICFRS PEEL assessment", "Commissioner’s statement on HMIC report on funding".
  new RegExp(
    String.raw`^[^.\n]{0,60}?\b(?:respond(?:s|ed)?|response|statement|comments?|reacts?|welcomes?)[ \t]+(?:to|on)[ \t]+(?:the[ \t]+)?(?:(?:latest|recent|new)[ \t]+)?${inspectorateName}['’]?s?[ \t]+(?![–—-])([^.\n]{5,150})$`,
    'iu'
  )
]

const urlPattern = /\bhttps?:\/\/[^\s)\]>"'’”]{4,300}/
const publishedPattern = new RegExp(
  String.raw`\b(?:[Pp]ublished (?:(?:its|their|the) (?:[a-z-]+ ){0,2}?(?:report|findings) )?(?:by [^.\n]{3,80}? )?(?:on )?(?:the )?|[Rr]eleased (?:by [^.\n]{3,80}? )?on (?:the )?|On )(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(${dateText}|(?:${monthName})[ \t\u00A0]+\d{1,2}(?:st|nd|rd|th)?,?[ \t\u00A0]+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})\b`
)
// "published *PEEL 2023–2025: …* on 12 March 2025", "published its PEEL assessment of Kent Police on 12 May
// 2022", and the publication as a noun, "Following the publication of the HMICFRS report on Kent Police on 12 May
// 2022": the date after the title or the report's description (a report, not "its … Strategy").
const publishedAfterTitle = new RegExp(
  String.raw`\b(?:published|(publication)[ \t]+of)[ \t]+(?:its[ \t]+(?:report|inspection)[ \t,]+)?(?:${titleMarks('(?:')}|[\p{Lu}][^.\n]{3,200}?|(?:its|their|the|a|an)[ \t]+[^.\n]{0,200}?\b(?:report|inspection|assessment|review)s?\b[^.\n]{0,200}?)[ \t]+on[ \t]+(?:the[ \t]+)?(${dateText})`,
  'u'
)
// A form's day in figures or words, at a field's start: "2 March 2017", "03/04/2017", "March 2, 2017".
const fieldDay = String.raw`(?:${dateText}|\d{1,2}\/\d{1,2}\/\d{4}|(?:${monthName})[ \t\u00A0]+\d{1,2}(?:st|nd|rd|th)?,?[ \t\u00A0]+\d{4})`
// A heading line of the inspectorate's report and its day: "HMICFRS Inspection Report – 19 February 2021".
const reportHeadingDate = /^(?:(?:HMICFRS|HMIC)[ \t]+)?(?:[Ii]nspection[ \t]+)?[Rr]eport[ \t]*[–—:|-][ \t]*([^\n]{6,30})$/m
// A page's heading that is the report's name with its day in brackets, as a commissioner's page on each report
// heads it: "HMICFRS Inspection on Fraud: 'A Time to Choose' (2 Apr 2019)" (the inspectorate's name, a report
// word within its next words, no one's response: not a news headline's "PCC welcomes … (12 Apr 2017)").
const reportTitleDate = new RegExp(
  String.raw`^${inspectorateName}[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:[Ii]nspection|[Rr]eport|[Rr]eview|[Aa]ssessment)\b(?![^\n]*\b(?:respon|welcom|[Cc]ommissioner\b|PCC\b))[^\n()]{0,160}\(([^()\n]{6,40})\)$`,
  'u'
)
// A template's labelled field for the report's day: "Publication date: 12 March 2024", "Date of publication:
// …", "Date Inspection Published: 2 March 2017" (where a form's fields run on), "Report date: …" (not "Date of
// inspection", the fieldwork's).
const reportDateField = new RegExp(
  String.raw`(?:^|[ \t*_])(?:(?:report[ \t]+)?publication[ \t]+date|date[ \t]+of[ \t]+(?:the[ \t]+)?(?:publication|report)|date[ \t]+(?:(?:the[ \t]+)?(?:report|inspection)[ \t]+)?(?:was[ \t]+)?published|report[ \t]+(?:published|date))[*_]{0,2}[ \t]*(?:[:\u2013-][*_]{0,2}[ \t]*)?(${fieldDay})\b`,
  'i'
)
// The response's own field: "Date response sent: 03/04/2017 (Responses to be sent to …)", "Date of response: …".
const responseDateField = new RegExp(
  String.raw`(?:^|[ \t*_])(?:date[ \t]+(?:of[ \t]+)?response(?:[ \t]+(?:was[ \t]+)?(?:sent|submitted|published))?|response[ \t]+(?:date|sent(?:[ \t]+on)?)|date[ \t]+sent)[*_]{0,2}[ \t]*(?:[:\u2013-][*_]{0,2}[ \t]*)?(${fieldDay})\b`,
  'i'
)
// "HMIC carried out this inspection in 2013 and reported on 18 July": a day and month without a year,
// whose year the same sentence gives once.
const publishedDayNoYear = new RegExp(
  String.raw`\b(?:published|reported)[ \t]+on[ \t]+(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)?[ \t\u00A0]+(?:of[ \t]+)?(${monthName})\b(?![ \t\u00A0,]*\d{4})`,
  'i'
)
const yearWord = /\b(?:19|20)\d{2}\b/g
const aboutTheReport = /\b(?:HMICFRS|HMIC|Inspectorate|inspection|report)\b/i
// "Since the last inspection report was published in March 2023": the date of an earlier report. "Last"
// may also mean the latest, so such a date is not taken as the report's: the check then cannot tell.
const earlierReport = /\b(?:last|previous|earlier|prior|former)[ \t]+(?:[\p{L}’'-]+[ \t]+){0,2}?(?:inspection|report|assessment)s?\b/iu
const publishedMonth =
  /\bpublished (?:in )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/i
// "wrote a letter to the Home Secretary on 8 March 2019", "sent the following letter to … on 11 July 2019".
// "today publishes its full report", "has today (Thursday 22 September) published", "published today".
// "Today (Friday 27 September) Her Majesty’s Inspectorate … (HMICFRS) has published": the day first, then
// the inspectorate (with no word boundary before "Today", which a page may run into an image's text).
// "today (Thursday 22 September)", "today, 3 November 2016": the day a statement gives its "today". Results
// "revealed today (Tuesday 12 December) as part of the latest report by …" date the report they are part of.
const todayAndDay = String.raw`today(?:[ \t]+\([^()\n]{1,40}\)|,[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:${monthName})[ \t]+\d{4}\b)?`
// The publication as a noun: "following today’s publication of HM Inspectorate … (HMICFRS) report", "the
// publication of the full report was delayed until today (Thursday 11 July)" (the report's, not the body's own).
const publicationToday = String.raw`\b(today['’]s)[ \t]+publication[ \t]+of[ \t]+[^.\n]{0,80}?\b(?:report|inspection|assessment|HMICFRS|HMIC|Inspectorate)\b|\bpublication[ \t]+of[ \t]+(?:the|its|their|this)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:report|inspection|assessment)\b[^.\n]{0,60}?[ \t](${todayAndDay})`
const publishedToday = new RegExp(
  String.raw`\b(${todayAndDay})[ \t]+(?:publish(?:es|ed)|release[sd]?)\b|\b(?:publish(?:es|ed)|release[sd])\b[^.\n]{0,80}?[ \t](${todayAndDay})|(${todayAndDay}),?[ \t]+(?:the[ \t]+)?${inspectorateName}(?:[ \t]+\((?:HMICFRS|HMIC)\))?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:publish(?:es|ed)|release[sd]?)\b|${publicationToday}|\b(?:revealed|announced)[ \t]+(${todayAndDay})[ \t]+(?:as[ \t]+part[ \t]+of|in)[ \t]+(?:the|a|an|its)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:report|inspection|assessment)\b`,
  'iu'
)
// "published on Thursday 22 September", "Released on Thursday 10 April", "the findings, made public on
// Wednesday, October 29", the day in brackets after the report ("the fire and rescue inspectorate report
// (Thursday December 20th)", "the second tranche of … reports (Thursday June 20th)"), and a sentence that opens
// with the day of a publication it goes on to name: "On Tuesday 22 July, the publication of a report by …": a
// publication day without a year (`weekdayDate` after its leading `\b`, which the space before it already gives).
const publishedOnWeekday = new RegExp(
  String.raw`\b(?:(?:published|released|made[ \t]+public)[ \t]+(?:on[ \t]+)?|(On)[ \t]+|(?:reports?|inspections?|assessments?)[ \t]+\()(?:the[ \t]+)?(${weekdayDate.source.slice(2)})`,
  'gi'
)
// What the sentence after "On <day>," says was published: "the publication of a report", "HMICFRS published".
const publicationWord = /\bpublished\b|\bpublication[ \t]+of\b/i
// A day still to come: "On Thursday 22 September, the Commissioner will discuss the publication of the report".
const toCome = /\b(?:will|shall|would|is[ \t]+due|are[ \t]+due|to[ \t]+be)\b/i
// The publication as a noun whose day the sentence gives: its subject ("The publication of the report on …") or
// after "Following", "After", "Since", "Upon", "With", with or without its article ("Following publication of the
// HMICFRS report on 12 May 2022") — not an object whose "on <day>" may be another event's
// ("will discuss the publication of the report on 14 June").
const publicationLeadIn = /(?:^[\s"“‘]*|\b(?:following|after|since|upon|with)[ \t]+)(?:the[ \t]+)?$/i
// A trailing run is matched from its first character only (the lookbehind), never from each of its
// characters in turn, which would be quadratic in the run's length.
const trailingPunctuation = /(?<![\s.:–-])[\s.:–-]+$/
const trailingUrlPunctuation = /(?<![.,;])[.,;]+$/
// "This letter, dated 1 March 2019, …", "This statement was published on …": the speaker's own letter
// ("your letter dated …" is the inspectorate's).
const letterSent = new RegExp(
  String.raw`\b(?:letter|response)[ \t]+to[ \t]+[^.]{0,80}?[ \t]on[ \t]+(?:the[ \t]+)?(${dateText})|\b(?:sent|submitted|wrote)[ \t]+(?:the[ \t]+following|this|a|my|our)[ \t]+(?:letter|response)\b[^.]{0,120}?[ \t]on[ \t]+(?:the[ \t]+)?(${dateText})|\b(?:[Tt]his|[Mm]y|[Oo]ur)[ \t]+(?:letter|response|statement)(?:,?[ \t]+dated|[ \t]+(?:was|is|will[ \t]+be)[ \t]+(?:published|issued|sent)[ \t]+on)[ \t]+(?:the[ \t]+)?(${dateText})`
)
// "I am writing in response to the report published on 5 July 2023": a date the sentence gives
// something else, not the day the letter was sent.
const anotherDay = /\b(?:published|released|issued|dated|inspected|visited|held|took place|carried out|received)\b/i
// Not another day's label: "Publication Date: …", "Inspection Date: …", "Meeting Date: …".
const labelledDateAtEnd = /(?<!\b(?:[Pp]ublication|[Rr]eport|[Ii]nspection|[Mm]eeting|[Dd]eadline))[ \t](?:Date|Dated)[ \t]*:[ \t]*([^:\n]{6,30})$/
// A minutes page's heading: the panel or committee, a dash, and the meeting's weekday, day and time (its
// first group the day, for `dateOnly`, which drops the weekday and the time), a comma before the year as
// committee sites print it ("Police and Crime Panel - Friday, 6th June, 2025 11.00 am").
const meetingHeading = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}'’&-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,6}(?:Panel|Committee|Board)[ \t]+[-–—][ \t]+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:${monthName}),?[ \t]+\d{4}(?:,?[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*(?:am|pm))?)$`,
  'u'
)
// A parliamentary record's date line: "Volume 606: debated on Thursday 25 February 2016" (Hansard's, above a
// written statement).
const debatedOn = /^(?:Volume[ \t]+\d{1,4}:[ \t]+)?debated[ \t]+on[ \t]+([^\n]{6,40})$/i
// "today (Tuesday 13 December)", "this morning, Wednesday, July 6", "today, 3 November 2016": a day in
// brackets or after a comma beside "today", which it names.
const todayWithDay = /\b(?:today|tonight|this[ \t]+(?:morning|afternoon|evening))(?:[ \t]*\([ \t]*|,[ \t]+)/gi
// A news page's own date under its headline: "Published: 1 March 2019", "Posted on 1st March 2019 by Jane Smith".
const pageDate = /^[*_]{0,2}(?:first[ \t]+)?(?:published|posted)(?:[ \t]+on)?[*_]{0,2}(?::[ \t]*|[ \t]+)[*_]{0,2}([^\s*_][^\n]{5,39}?)[*_]{0,2}(?:[ \t]+(?:by|in|at)[ \t]+[^\n]{1,80}|[ \t]?[|–-][^\n]{0,80})?$/i

// "the above report", "the above HMICFRS inspection": a letter whose subject line names the report.
const aboveReport = /\bthe above(?:[ \t]+[\p{L}-]{1,30}){0,3}?[ \t]+(?:report|inspection|review|publication|(?:HMICFRS|HMIC|inspection)[ \t]+letter)\b/iu
// "HMICFRS PEEL report", "the HMIC Crime Data Integrity inspection", "Her Majesty’s Inspectorate … (HMICFRS)
// latest Effectiveness Report", "HMIC's Stop and Search Powers Report" (capitalised words and the small
// words between them): a family, not a title (never the next one: "HMICFRS Next Inspection"); with its
// strand and period where they follow ("HMICFRS Integrated PEEL Assessment (Legitimacy) Findings 2018/19").
const familyMention =
  /(?:\((?:HMICFRS|HMIC)\)|\b(?:HMICFRS|HMIC))['’]?s?[ \t]+(?:(?:latest|recent|new|annual)[ \t]+)?(?!(?:Next|Future|Forthcoming|Upcoming)\b)(?:[\p{Lu}][\p{L}]*[ \t]+(?:(?:and|of|for|in|on|the|&)[ \t]+)?){1,4}(?:[Rr]eport|[Ii]nspection|[Aa]ssessment)\b(?![ \t]+(?:[Pp]rogramme|[Rr]egime|[Ff]ramework|[Pp]rocess|[Mm]ethodology)\b)(?:(?:[ \t]+\([\p{Lu}][\p{L}]{2,20}\))?(?:[ \t]+[Ff]indings)?[ \t]+(?:19|20)\d\d(?:[/–-]\d{2,4})?\b)?/u
// The PEEL family, with a strand (pillar) of its 2014–2017 programme where given, names the force's
// report of that family (not the next one): "the PEEL Legitimacy report", "the latest PEEL inspection", "graded as ‘Good’
// for the “legitimacy” (ethical behaviour) strand of the inspection", "the PEEL efficiency pillar"; so does
// a pillar by the name its reports bore ("PEEL: Police legitimacy 2017"): "the Police Efficiency 2016 report",
// "its latest assessment on police legitimacy".
const peelStrand =
  /(?<!\b(?:next|future|upcoming|forthcoming) )\bPEEL[ \t]+(?:(?:effectiveness|efficiency|legitimacy|leadership)[ \t]+)?(?:report|inspection|assessment)\b(?![ \t]+(?:programme|program|regime|framework|process|methodology|cycle|model)\b)|(?<!\b(?:next|future|upcoming|forthcoming) )\bpolice[ \t]+(?:effectiveness|efficiency|legitimacy|leadership)(?:[ \t]+20\d\d)?[ \t]+(?:report|inspection|assessment)\b|\b(?:report|inspection|assessment)[ \t]+(?:on|of|into)[ \t]+police[ \t]+(?:effectiveness|efficiency|legitimacy|leadership)\b(?![ \t]+(?:programme|program|regime|framework|process|methodology|cycle|model)\b)|(?:\bPEEL[ \t]+)?(?:[‘“"]|\b)(?:effectiveness|efficiency|legitimacy|leadership)[’”"]?(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+(?:strand|pillar)\b/iu
// A PEEL pillar as the topic of the inspectorate's report, without "PEEL" or "police": "HMIC reports into
// Legitimacy and Leadership", "the latest leadership review by Her Majesty's Inspectorate …" (never "the
// effectiveness of" something else, which any inspection may look at); read only in a sentence that names the
// inspectorate.
const pillarReport =
  /(?<!\b(?:next|future|upcoming|forthcoming|previous|last) )\b(?:(?:the|its|their|an?|HMICFRS|HMIC)[ \t]+|(?<=\)[ \t]))(?:(?:latest|recent|new|annual|two|three)[ \t]+)?(?:(?:reports?|inspections?|assessments?|reviews?)[ \t]+(?:on|of|into)[ \t]+[‘“"]?(?:effectiveness|efficiency|legitimacy|leadership)[’”"]?(?:(?:,|[ \t]+and)[ \t]+[‘“"]?(?:effectiveness|efficiency|legitimacy|leadership)\b[’”"]?){0,3}(?![ \t]+(?:of|programme|program|regime|framework|process|methodology|cycle|model)\b)|(?:effectiveness|efficiency|legitimacy|leadership)[ \t]+(?:reports?|inspections?|assessments?|reviews?)\b(?![ \t]+(?:programme|program|regime|framework|process|methodology|cycle|model)\b))/iu
// A PEEL pillar by its question, "how effective (efficient, legitimate) is the force at keeping people safe
// and reducing crime": "how legitimate the force is at keeping people safe and reducing crime", "praised
// Derbyshire Constabulary for the efficient way it keeps people safe and reduces crime" (one pillar: the three
// together describe the programme).
const pillarQuestion =
  /\b(?:how[ \t]+|the[ \t]+)?[‘'"]?(?:effective|efficient|legitimate)\b[^.\n]{0,40}?\bkeep(?:s|ing)?[ \t]+people[ \t]+safe[ \t]+and[ \t]+reduc(?:e|es|ing)[ \t]+crime\b/iu
const pillarAdjectives = /\b(?:effective|efficient|legitimate)\b/giu
// The Chief Inspector's own report, his annual assessment of policing (Police Act 1996 s.54(4A)): "this
// report by His Majesty’s Chief Inspector of Constabulary" (the inspectorate's other reports are its own).
const chiefInspectorReport =
  /\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Aa]n?)[ \t]+(?:(?:latest|new|annual)[ \t]+)?(?:report|assessment)[ \t]+(?:by|from|of)[ \t]+(?:(?:His|Her)[ \t]+Majesty['’]s|HM)[ \t]+Chief[ \t]+Inspector[ \t]+of[ \t]+Constabulary\b/u
// The report with the inspection period it covers: "The inspector’s latest report, covering the period 2023
// to 2025, found Gwent Police …", "its 2021/22 inspection" (a period of two years, as the inspectorate's
// programmes run); read only in a sentence that names the force.
const periodReport =
  /\b(?:the|its|their|this|an?)[ \t]+(?:[\p{L}’'-]+[ \t]+){0,3}?(?:report|inspection|assessment)\b[^.\n]{0,40}?\b(?:19|20)\d\d(?:[ \t]*[/–-][ \t]*\d{2,4}|[ \t]+to[ \t]+(?:19|20)\d\d)\b/giu
// Words every report of the inspectorate's could have: "HMICFRS Inspection Report" names no family, nor does
// its scope ("the most recent HMICFRS force-level report", a national or a force report).
const genericFamilyWords = /\b(?:HMICFRS|HMIC|inspections?|reports?|assessments?|latest|recent|new|annual|final|full|national|force(?:-level)?|joint|thematic|published)\b|['’]s?\b|[()]/gi

/** Whether a name holds only words any of the inspectorate's reports could have. */
function genericFamily(mention: string): boolean {
  return !/\p{L}/u.test(mention.replace(genericFamilyWords, ''))
}
// A report yet to come: "A follow-up inspection report on the Effectiveness ‘pillar’ is due later this year".
const yetToCome = /\b(?:is|are)[ \t]+due\b|\bwill[ \t]+(?:be[ \t]+)?(?:publish|follow|take[ \t]+place)|\blater[ \t]+this[ \t]+year\b|\bfollow-up\b/i
// A strand of the programme, not of a report: "rated as requiring improvement in the Effectiveness strand of the HMIC’s inspection programme".
const strandOfProgramme = /\b(?:strand|pillar)[’”"]?[ \t]+of[ \t]+[^.\n]{0,40}?\bprogramme\b/i
// "today’s report by HM Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS)",
// "today’s HMICFRS report", "Today’s interim HMIC report": a statement issued with the report names it by its author and its day.
const dayReportMention = new RegExp(
  String.raw`\b(?:today|yesterday)['’]s[ \t]+(?:(?:(?:new|latest)[ \t]+)?(?:report|inspection|assessment)[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?${inspectorateName}(?:[ \t]+\((?:HMICFRS|HMIC)\))?|(?:(?:new|latest|interim|final)[ \t]+)?${inspectorateName}[ \t]+(?:report|inspection|assessment)\b)`,
  'iu'
)

// The report by its author and a word that dates or places it: "a new report from His Majesty’s
// Inspectorate …", "an annual inspection report published today by … (HMICFRS)", "the new integrated
// PEEL inspections by Her Majesty’s Inspectorate …"; never another of the inspectorate's visits ("the
// next inspection by HMICFRS"), nor "the report from Her Majesty’s Inspectorate", which any of its
// reports is.
// "published today", with the day in brackets: "A report published today (Thursday 11th February) by …".
const publishedTodayBy = String.raw`[ \t]+published[ \t]+today(?:[ \t]+\([^()\n]{1,40}\))?`
// The inspectorate by a name of its own making, then its initials: "Her Majesty's Inspector of Constabulary (HMIC)",
// read only as the author of a report "published today": elsewhere it would displace a name the text gives further on.
const inspectorateMisnamed = String.raw`(?:(?:His|Her)[ \t]+)?Majesty['’]s[ \t]+Inspectors?[ \t]+of[ \t]+Constabulary[ \t]+\((?:HMICFRS|HMIC)\)`
const reportByInspectorate = new RegExp(
  String.raw`\b(?:an?|the|its|their|this)[ \t]+(?:(?:(?!(?:next|future|upcoming|forthcoming|previous|last|earlier|former)\b)[\p{L}*]{1,30}[ \t]+){1,3}?(?:report|inspection|assessment)s?(?:${publishedTodayBy})?|(?:report|inspection|assessment)s?${publishedTodayBy})[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?${inspectorateName}(?:[ \t]+\((?:HMICFRS|HMIC)\))?|\b(?:an?|the|its)[ \t]+(?:report|inspection|assessment)${publishedTodayBy}[ \t]+by[ \t]+${inspectorateMisnamed}`,
  'iu'
)

// Its report or reports by the day they were published: "its latest round of inspection reports published today".
const reportsPublishedToday =
  /\b(?:its|their|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,5}?(?:reports?|inspections?|assessments?)[ \t]+(?:published|released)[ \t]+today\b/iu

// The inspectorate's report with no more words: "the HMICFRS report", "the inspectorate’s inspection".
const inspectorateReport = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:${inspectorateName}['’]?s?|[Ii]nspectorate['’]s)[ \t]+(?:(?:latest|recent|new|final|inspection)[ \t]+)?(?:report|inspection|assessment|review)\b`,
  'u'
)
// The report in the sentence that gives its day of publication: "the report", "this inspection", "the HMICFRS assessment", "The review by HMICFRS was published today",
// "a new HMICFRS report, published today, found …" (a report by "a" only where it is new or the latest).
const reportInSentence = new RegExp(
  String.raw`\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Yy]our|[Aa]n?(?=[ \t]+(?:new|latest)[ \t]))[ \t]+(?:(?:latest|new)[ \t]+(?=${inspectorateName}))?(?:(?:${inspectorateName}['’]?s?|[Ii]nspectorate['’]s)[ \t]+)?(?:(?:latest|recent|new|final|full|inspection)[ \t]+)?(?:report|inspection|assessment|review)\b`,
  'u'
)

/**
 * The report as the sentence giving its day of publication calls it ("the HMICFRS report"), or `undefined`;
 * with `byInspectorate`, only in a sentence that names the inspectorate.
 */
function datedReportMention(body: Block[], asWritten: string, byInspectorate: boolean): string | undefined {
  for (const block of body) {
    // Each place the day is written, first to last: "Government inspectors have today hailed …" before "a new
    // HMICFRS report, published today, found …" says nothing of the report, the later sentence does.
    for (let at = block.text.indexOf(asWritten); at !== -1; at = block.text.indexOf(asWritten, at + asWritten.length)) {
      const sentence = sentenceAround(block.text, at)
      if (byInspectorate && !namesInspectorate.test(sentence)) continue
      const mention = inspectorateReport.exec(sentence)?.[0] ?? reportInSentence.exec(sentence)?.[0]
      if (mention !== undefined) return mention
    }
  }
  return undefined
}

// A headline's date in brackets at its end (its contents must be a date and nothing else: `dateOnly`).
const headlineDate = /\(([^()\n]{6,40})\)$/

/**
 * The subject line of a letter that calls its report "the above report": the short line just below
 * the salutation, or the one above it (or above "the above report" where there is none), skipping
 * dates. "The above report" may come a few paragraphs after "Dear …".
 */
function subjectLine(blocks: Block[], index: number): {block: Block; title: string} | undefined {
  let from = index
  for (let at = index - 1; at >= Math.max(0, index - 8); at--) {
    if (!salutation.test(blocks[at]!.text.trim())) continue
    const below = at + 1 < index ? asSubject(blocks[at + 1]!) : undefined
    if (below) return below
    from = at
    break
  }
  for (let at = from - 1; at >= Math.max(0, from - 4); at--) {
    const block = blocks[at]!
    const text = block.text.trim()
    if (salutation.test(text) || dateLine(text)) continue
    return asSubject(block)
  }
  return undefined
}

// Words of a title run back from "report" / "inspection": capitalised words, years, acronyms in
// brackets, and the small words between them ("Avon and Somerset Police Efficiency, Effectiveness and
// Legitimacy (PEEL) report").
const titleWord = /^(?:[\p{Lu}\d][\p{L}\d’'&/–-]*[,:]?|\([\p{Lu}]{2,10}\))$/u
const joiningWord = /^(?:and|of|the|for|on|in|into|to|&|–|-|:)$/
const genericWord = /^(?:HMICFRS|HMIC|His|Her|Majesty['’]s|The|This|That|A|An|In|On|Our|My|Its|Their|Police|PEEL|[\d–-]+)$/u
const titleKeyword = /\b(?:report|inspection|assessment)\b/g

/** A capitalised title that runs up to "report" or "inspection" (its last word capitalised): three or more content words. */
function capitalisedTitle(text: string): {title: string; index: number} | undefined {
  for (const keyword of text.matchAll(titleKeyword)) {
    const before = text.slice(Math.max(0, (keyword.index ?? 0) - 200), keyword.index)
    const words = before.split(/[ \t]+/)
    if (words.at(-1) === '') words.pop()
    // A title runs up to its keyword: "… Council to the report" is a clause about a report, not its title.
    if (!titleWord.test(words.at(-1) ?? '')) continue
    let taken = 0
    let content = 0
    for (let at = words.length - 1; at >= 0; at--) {
      const word = words[at]!
      if (titleWord.test(word)) {
        taken = words.length - at
        if (!genericWord.test(word.replace(/[,:]$/, ''))) content++
      } else if (!joiningWord.test(word)) break
    }
    // A sentence's first word before a small word ("Whilst the Crime Data Integrity report") is capitalised
    // for its place, not as a title's: the run starts after it.
    const first = words.length - taken
    const opensSentence = first === 0 ? endsSentence(text.slice(0, Math.max(0, (keyword.index ?? 0) - 200))) : /[.!?]$/.test(words[first - 1] ?? '')
    if (opensSentence && taken > 1 && /^(?:the|a|an)$/.test(words[first + 1] ?? '')) {
      if (!genericWord.test(words[first]!.replace(/[,:]$/, ''))) content--
      taken -= 2
    }
    if (content < 3) continue
    const run = words.slice(words.length - taken).join(' ')
    const title = `${run} ${keyword[0]}`
    const index = text.lastIndexOf(run, keyword.index)
    if (index !== -1) return {title, index}
  }
  return undefined
}

/**
 * The first title a title pattern or a capitalised run reads in `body` (in that order), never one of
 * another visit, nor one of words any report could have or only the force; with `accept`, the first
 * that it accepts.
 */
function titleByPattern(body: Block[], accept: (title: string) => boolean = () => true): {block: Block; title: string; index: number} | undefined {
  for (const pattern of titlePatterns) {
    for (const block of body) {
      const text = block.text.trim()
      const match = pattern.exec(text)
      const title = match
        ?.slice(1)
        .find((group) => group !== undefined)
        ?.trim()
        .replace(trailingPunctuation, '')
      // A title of words any report could have ("report"), or only the force, names none.
      const namesAReport = title !== undefined && title.length >= 5 && !genericFamily(title) && !onlyTheForce(title)
      if (match && title && namesAReport && !anotherVisit(text, match.index + match[0].indexOf(title)) && accept(title)) {
        const lead = block.text.length - block.text.trimStart().length
        return {block, title, index: lead + match.index + match[0].indexOf(title)}
      }
    }
  }
  for (const block of body) {
    const found = capitalisedTitle(block.text)
    if (found && !anotherVisit(block.text, found.index) && accept(found.title)) return {block, ...found}
  }
  return undefined
}

/**
 * The report by a PEEL pillar as its topic ("HMIC reports into Legitimacy and Leadership", in a sentence that
 * names the inspectorate) or its question ("how legitimate the force is at keeping people safe and reducing crime"), or by the period its inspection covered ("The inspector’s latest report, covering
 * the period 2023 to 2025, found Gwent Police …", in a sentence that names the force), or as the Chief Inspector's
 * own report ("this report by His Majesty’s Chief Inspector of Constabulary").
 */
function pillarOrPeriodMention(body: Block[]): string | undefined {
  for (const block of body) {
    const pillar = pillarReport.exec(block.text)
    const sentence = pillar ? sentenceAround(block.text, pillar.index) : ''
    if (pillar && namesInspectorate.test(sentence) && !yetToCome.test(sentence) && !anotherVisit(block.text, pillar.index)) {
      return pillar[0].replace(/[‘’“”"]/g, '')
    }
  }
  // The pillar's question, in a text that names the inspectorate and the force.
  const inspectorate = body.some((block) => namesInspectorate.test(block.text))
  for (const block of inspectorate && body.some((block) => namesInspectedForce(block.text)) ? body : []) {
    const question = pillarQuestion.exec(block.text)
    const sentence = question ? sentenceAround(block.text, question.index) : ''
    const pillars = new Set([...sentence.matchAll(pillarAdjectives)].map((match) => match[0].toLowerCase()))
    if (question && pillars.size === 1 && !yetToCome.test(sentence) && !anotherVisit(block.text, question.index)) return question[0]
  }
  for (const block of body) {
    const chief = chiefInspectorReport.exec(block.text)
    if (chief && !yetToCome.test(sentenceAround(block.text, chief.index))) return chief[0]
  }
  for (const block of body) {
    const period = [...block.text.matchAll(periodReport)].find(
      (match) => namesInspectedForce(sentenceAround(block.text, match.index)) && !anotherVisit(block.text, match.index)
    )
    if (period) return period[0]
  }
  return undefined
}

/** A family or a PEEL strand that `block` names ("HMICFRS PEEL report", "the “legitimacy” strand"), as written. */
function familyOrStrand(block: Block): string | undefined {
  const familyMatch = familyMention.exec(block.text)
  const family =
    familyMatch && !anotherVisit(block.text, familyMatch.index) && !genericFamily(familyMatch[0]) ? familyMatch : dayReportMention.exec(block.text)
  if (family) return family[0]
  // A strand's name is often quoted ("the “legitimacy” strand"): the mention keeps its words.
  const strand = peelStrand.exec(block.text)
  const sentence = strand ? sentenceAround(block.text, strand.index) : ''
  return strand && !yetToCome.test(sentence) && !strandOfProgramme.test(sentence) ? strand[0].replace(/[‘’“”"]/g, '') : undefined
}

// A kind of visit that is one report, by its kind: "the re-inspection of the service", "a revisit", "an
// unannounced inspection" (custody), read where its sentence names the inspectorate.
const visitOfKind = /\b(?:the|an?|its|their)[ \t]+(?:(?:recent|latest|joint)[ \t]+)?(?:re-?inspection|revisit|unannounced[ \t]+(?:inspection|visit))\b/iu

/** The report by its author, the inspectorate's reports by their day, or its visit by its kind, in a sentence that names it. */
function authorOrDay(block: Block): string | undefined {
  const byAuthor = reportByInspectorate.exec(block.text)
  if (byAuthor) return byAuthor[0]
  const today = reportsPublishedToday.exec(block.text)
  if (today && namesInspectorate.test(sentenceAround(block.text, today.index))) return today[0]
  const visit = visitOfKind.exec(block.text)
  const sentence = visit ? sentenceAround(block.text, visit.index) : ''
  return visit && namesInspectorate.test(sentence) && !yetToCome.test(sentence) && !anotherVisit(block.text, visit.index) ? visit[0] : undefined
}

// The clauses of the `namesReport` rule, the one that best identifies one report first.
const clauseRank: NonNullable<NameClause>[] = ['title', 'family', 'dated-report']

/**
 * The passage that best identifies one report, by the clause of the rule it meets (`clauseRank`), among
 * every reader's: a title pattern, a form of `reportByForm`, a family or strand, the report by its author
 * or day, each in its reading order within a clause. Undefined where none meets a clause.
 */
function strongestPassage(
  body: Block[],
  clauseOf: (passage: string) => NameClause
): {block: Block; title: string; index: number} | {mention: string} | undefined {
  for (const clause of clauseRank) {
    const accept = (passage: string) => clauseOf(passage) === clause
    const found = titleByPattern(body, accept) ?? reportByForm(body, accept)
    if (found) return found
    for (const read of [familyOrStrand, authorOrDay]) {
      const mention = body.map(read).find((passage) => passage !== undefined && accept(passage))
      if (mention !== undefined) return {mention}
    }
  }
  return undefined
}

// The inspectorate's report and the month it was published: "the HMICFRS report released in October 2022", "our
// HMICFRS report was publicised in December 2018", "the HMIC report on Kent Police, published in May 2016".
const reportInMonth = new RegExp(
  String.raw`\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his)[ \t]+(?:(?:latest|recent|new|final|full)[ \t]+)?${inspectorateName}['’]?s?[ \t]+(?:(?:inspection|PEEL)[ \t]+)?(?:report|inspection|assessment)(?:[ \t]+(?:on|into|of)(?:[ \t]+(?:[\p{Lu}][\p{L}'’-]*|and|&|of|the)){1,6})?,?(?:[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been))?[ \t]+(?:published|released|issued|publicised|publicized|made[ \t]+public)[ \t]+(?:in[ \t]+)?(${monthName})[ \t]+((?:19|20)\d\d)\b`,
  'u'
)

/**
 * The inspectorate's report with the month it was published, in a text that names the force or service
 * inspected: its report on that force that month (the corpus README's rule for `namesReport`). Not an
 * earlier or a later report ("since the last HMICFRS report was published in March 2023"), nor a month
 * other than that of the day of publication the text gives (it is then another report).
 */
function reportOfMonth(body: Block[], publication: ReportReference): string | undefined {
  if (!body.some((block) => namesInspectedBody(block.text))) return undefined
  const known = publication.publishedOn?.slice(0, 7) ?? publication.publishedIn
  for (const block of body) {
    const match = reportInMonth.exec(block.text)
    if (!match || anotherVisit(block.text, match.index) || aboutAnEarlierReport(block.text, match.index)) continue
    const month = `${match[2]}-${String(monthNumber(match[1]!)).padStart(2, '0')}`
    if (known === undefined || known === month) return match[0]
  }
  return undefined
}

/** The report the response answers: its title and where it is named, publication date as written, and link. */
export function findReport(blocks: Block[], end: number): ReportReference {
  const body = blocks.slice(0, end)
  const reference: ReportReference = {}
  const mentions: string[] = []
  const name = (block: Block, title: string, index: number) => {
    reference.title = title
    reference.position = spanIn(block, index, title.length)
  }
  // A letter names its report in the subject line, then calls it "the above report".
  for (const [index, block] of body.entries()) {
    const above = aboveReport.exec(block.text)
    if (!above) continue
    const subject = subjectLine(body, index)
    if (subject) name(subject.block, subject.title, subject.block.text.indexOf(subject.title))
    else mentions.push(above[0])
    break
  }
  const titled = reference.title === undefined ? titleByPattern(body) : undefined
  if (titled) name(titled.block, titled.title, titled.index)
  if (reference.title === undefined) {
    const family = body.map(familyOrStrand).find((found) => found !== undefined)
    if (family !== undefined) mentions.push(family)
  }
  // Failing a family, the report by its author ("a new report from His Majesty’s Inspectorate …"), or the
  // inspectorate's reports by their day ("HMICFRS … has voiced concerns in its latest round of inspection
  // reports published today").
  if (reference.title === undefined && mentions.length === 0) {
    const byAuthor = body.map(authorOrDay).find((found) => found !== undefined)
    if (byAuthor !== undefined) mentions.push(byAuthor)
  }
  // Failing those, the forms that name it by its subject line, its topic or the letter that sent it;
  // "the above report" with no subject line above it is no name.
  const byForm = reference.title === undefined && mentions.every((mention) => /^the above\b/i.test(mention)) ? reportByForm(body) : undefined
  if (byForm) name(byForm.block, byForm.title, byForm.index)
  else if (mentions.length > 0) reference.mentions = mentions
  // The passage read first may name any of several reports ("the PEEL report", "the latest report by
  // HMICFRS", "the latest inspection"): the one that best says which wins, wherever it stands. The
  // clauses of the corpus README's rule rank the passages every reader finds (a title or topic of its
  // own, then a family with the force or a date, then the inspectorate's report on a named force with
  // its date); a passage that meets none is kept only where no other meets one.
  // Read once, here, and given to the reference after its link (the order its fields are written in).
  const publication: ReportReference = {}
  readPublication(body, publication)
  const source = body.map((block) => block.text).join('\n\n')
  const clauseOf = (passage: string) => nameClause(passage, source, publication.publishedOnAsWritten !== undefined)
  const meets = (passage: string) => clauseOf(passage) !== undefined
  const chosen = reference.title ?? reference.mentions?.[0]
  if (chosen !== undefined && !/^the above\b/i.test(chosen) && !meets(chosen)) {
    const stronger = strongestPassage(body, clauseOf)
    if (stronger !== undefined && 'block' in stronger) {
      name(stronger.block, stronger.title, stronger.index)
      delete reference.mentions
    } else if (stronger !== undefined) {
      delete reference.title
      delete reference.position
      reference.mentions = [stronger.mention]
    }
  }
  // Failing a passage that meets the rule, a pillar as the topic of the inspectorate's report, or the
  // report with the period its inspection covered.
  const current = reference.title ?? reference.mentions?.[0]
  if (reference.title === undefined && (current === undefined || (!/^the above\b/i.test(current) && !meets(current)))) {
    const pillarOrPeriod = pillarOrPeriodMention(body)
    if (pillarOrPeriod !== undefined && meets(pillarOrPeriod)) reference.mentions = [pillarOrPeriod]
  }
  for (const block of blocks) {
    const url = urlPattern.exec(block.text)
    if (url && /hmicfrs|justiceinspectorates/i.test(url[0])) {
      reference.url = url[0].replace(trailingUrlPunctuation, '')
      reference.position ??= spanIn(block, url.index, reference.url.length)
      break
    }
  }
  Object.assign(reference, publication)
  // "The HMICFRS report published on 12 March 2024", "The report, published on 12 March 2024, found …",
  // "HMICFRS published the report on 12 March 2024": the report and its day of publication name it. A day
  // without its year ("The report, released today (November 17) by HMICFRS") does so in a sentence that
  // names the inspectorate, in a text that names the force: the inspectorate's report on the force that day.
  const dayWithoutYear = reference.publishedOnAsWritten !== undefined && reference.publishedIn === undefined && reference.publishedOn === undefined
  const anchored = reference.publishedOn?.length === 10 || (dayWithoutYear && body.some((block) => namesInspectedForce(block.text)))
  if (reference.title === undefined && reference.mentions === undefined && anchored) {
    const mention = datedReportMention(body, reference.publishedOnAsWritten!, dayWithoutYear)
    if (mention) reference.mentions = [mention]
  }
  // Failing a passage that meets the rule, the inspectorate's report with the month it was published.
  const named = reference.title ?? reference.mentions?.[0]
  if (reference.title === undefined && (named === undefined || (!/^the above\b/i.test(named) && !meets(named)))) {
    const inMonth = reportOfMonth(body, reference)
    if (inMonth !== undefined) reference.mentions = [inMonth]
  }
  return reference
}

/**
 * The report's day of publication as the text writes it (`publishedOnAsWritten`), and as a day
 * (`publishedOn`) or a month (`publishedIn`) where it settles one, first found in this order: a
 * form's field ("Publication date: <date>", which settles it), "published on <date>", "published
 * <title> on <date>", "today" in a statement issued with the report, a weekday date, a date without
 * its year in a sentence that gives one, "Today’s HMICFRS report", a heading of the report with its
 * day ("HMICFRS Inspection Report – <date>"), "published in <month> <year>".
 */
function readPublication(body: Block[], reference: ReportReference): void {
  for (const block of body) {
    const day = labelledDate(block.text, reportDateField)
    if (!day) continue
    reference.publishedOnAsWritten = day.asWritten
    reference.publishedOn = day.iso
    return
  }
  // A statement whose lead says the report was published today: a day of publication written in a later
  // block is another report's ("The second report ‘Police Legitimacy’, which was published on 11 February 2016").
  const todayAt = body.findIndex(reportPublishedToday)
  for (const [index, block] of body.entries()) {
    if (todayAt !== -1 && index > todayAt) break
    // The earlier of "published on <date>" and "published <title> on <date>".
    const direct = publishedPattern.exec(block.text)
    const afterTitle = publishedAfterTitle.exec(block.text)
    const match = direct && (!afterTitle || direct.index <= afterTitle.index) ? direct : afterTitle
    // The day of the publication of the report, as a noun: not of the body's own response, nor of an earlier report.
    const noun = match !== null && match === afterTitle && afterTitle[1] !== undefined
    if (match && noun && !publicationLeadIn.test(sentenceUpTo(block.text, match.index))) continue
    if (match && noun && (ownPublication.test(match[0].slice(0, match[0].search(reportWords))) || earlierReport.test(match[0]))) continue
    const written = match === afterTitle ? match?.[2] : match?.[1]
    if (!match || !written) continue
    // "On 14 May 2024, HMICFRS published …": only a date the sentence says was a publication.
    const sentenceEnd = block.text.indexOf('.', match.index)
    const sentence = block.text.slice(match.index, sentenceEnd === -1 ? undefined : sentenceEnd)
    if (match[0].startsWith('On ') && !/published/i.test(sentence)) continue
    // "released on <date>": only the release of the report.
    if (/^released/i.test(match[0]) && !aboutTheReport.test(sentenceAround(block.text, match.index))) continue
    if (aboutAnEarlierReport(block.text, match.index) || aboutAnotherPublication(block.text, match.index)) continue
    // A news page's own date line ("Published 22 March 2018" alone on its line) dates the page, not the report.
    if (isPageDateLine(block.text, match.index)) continue
    // Day first, month first ("January 10, 2019") or in figures ("10/01/2019", day first as in the UK).
    const iso = dateOnly(written)?.iso
    reference.publishedOnAsWritten = written
    if (iso) reference.publishedOn = iso
    break
  }
  // A statement issued with the report: "HMICFRS has today (Thursday 22 September) published …".
  for (const block of reference.publishedOnAsWritten === undefined ? body : []) {
    const match = publishedToday.exec(block.text)
    if (match) {
      reference.publishedOnAsWritten = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? 'today').trim()
      const day = dayOfWritten(reference.publishedOnAsWritten, body)
      if (day) reference.publishedOn = day
      break
    }
  }
  for (const [index, block] of (reference.publishedOnAsWritten === undefined ? body : []).entries()) {
    const text = withRunOn(block.text, body[index + 1]?.text).replace(weekdayBracketed, '$1 $2')
    const match = [...text.matchAll(publishedOnWeekday)].find((found) => publishedOnADay(text, found))
    const written = match?.[2]
    if (written && match) {
      reference.publishedOnAsWritten = written
      const day = dayOfWritten(written, body)
      if (day) reference.publishedOn = day
      break
    }
  }
  for (const block of reference.publishedOnAsWritten === undefined ? body : []) {
    const match = publishedDayNoYear.exec(block.text)
    if (!match) continue
    const sentence = sentenceAround(block.text, match.index)
    const years = new Set(sentence.match(yearWord))
    if (years.size !== 1 || !aboutTheReport.test(sentence)) continue
    const [year] = years
    const iso = isoDay(match[1]!, match[2]!, year!)
    if (!iso) continue
    reference.publishedOnAsWritten = match[0].replace(/^\S+[ \t]+on[ \t]+/i, '')
    reference.publishedOn = iso
    break
  }
  // "Today’s HMICFRS report": a statement issued the day the report was published, whose day it does not write.
  for (const block of reference.publishedOnAsWritten === undefined ? body : []) {
    if (/^today/i.test(dayReportMention.exec(block.text)?.[0] ?? '')) {
      reference.publishedOnAsWritten = 'today'
      break
    }
  }
  // A heading of the report and its day: "HMICFRS Inspection Report – 19 February 2021", "HMICFRS Inspection on
  // Fraud: 'A Time to Choose' (2 Apr 2019)".
  for (const block of reference.publishedOnAsWritten === undefined ? body : []) {
    const day = labelledDate(block.text.trim(), reportHeadingDate) ?? labelledDate(block.text.trim(), reportTitleDate)
    if (!day) continue
    reference.publishedOnAsWritten = day.asWritten
    reference.publishedOn = day.iso
    break
  }
  if (reference.publishedOnAsWritten === undefined) {
    for (const block of body) {
      const match = publishedMonth.exec(block.text)
      if (match?.[1] && match[2] && !aboutAnEarlierReport(block.text, match.index)) {
        reference.publishedOnAsWritten = `${match[1]} ${match[2]}`
        // Only the month is known: the linter reasons with the whole month, never a guessed day.
        reference.publishedIn = `${match[2]}-${String(monthNumber(match[1])).padStart(2, '0')}`
        break
      }
    }
  }
}

// What a body publishes besides the report: "My response will be published on …", "The force's action plan was published on …".
const ownPublication = /\b(?:response|statement|letter|comments|action[ \t]+plan|plan|update|minutes|strategy|press[ \t]+release)\b/i
const reportWords = /\b(?:report|inspection|assessment|HMICFRS|HMIC|inspectorate)\b/i

/** Whether the line of `text` at `index` is a page's own date line ("Published: 1 March 2019"), whole. */
function isPageDateLine(text: string, index: number): boolean {
  const end = text.indexOf('\n', index)
  const line = text.slice(text.lastIndexOf('\n', index) + 1, end === -1 ? undefined : end).trim()
  const date = pageDate.exec(line)?.[1]
  return date !== undefined && dateOnly(date) !== undefined
}

/** Whether the sentence leading up to `index` is about another publication than the report: the body's own, or the force's. */
function aboutAnotherPublication(text: string, index: number): boolean {
  const lead = sentenceUpTo(text, index)
  return ownPublication.test(lead) && !reportWords.test(lead)
}

/** Whether the sentence leading up to `index` is about an earlier report ("Since the last inspection report was …"). */
function aboutAnEarlierReport(text: string, index: number): boolean {
  return earlierReport.test(sentenceUpTo(text, index))
}

// The period each text's names date it to (`inspectorateEra`), read once a text.
const eras = new WeakMap<Block[], ReturnType<typeof inspectorateEra>>()

/** The period the names in `blocks` date the text to, read once for the blocks. */
function eraOf(blocks: Block[]): ReturnType<typeof inspectorateEra> {
  if (!eras.has(blocks)) eras.set(blocks, inspectorateEra(blocks.map((block) => block.text).join('\n')))
  return eras.get(blocks)
}

/** The day a date at the start of `text` names ("3 November 2016", "Tuesday 13 December from 6pm"), as `dayOfWritten` settles it. */
function dayAtStart(text: string, blocks: Block[]): string | undefined {
  const rest = text.replace(weekdayLead, '')
  const full = writtenDate.exec(rest)
  if (full?.index === 0) return toIsoDate(full)
  const weekday = weekdayDate.exec(text)
  return weekday?.index === 0 ? dayOfWritten(weekday[0], blocks) : undefined
}

/**
 * Whether a `publishedOnWeekday` match gives the report's day of publication: "released on …" only the
 * release of the report; "On <day>, …" only in a sentence that opens with it (capitalised) and goes on to
 * say the report was published, not another event of that day, an earlier report or the body's own publication.
 */
function publishedOnADay(text: string, match: RegExpMatchArray): boolean {
  // The sentence within 300 characters either side, so that many matches in one long run stay linear.
  const at = match.index ?? 0
  const start = Math.max(0, at - 300)
  const sentence = sentenceAround(text.slice(start, at + 300), at - start)
  // The day in brackets after the report: not an earlier or a later one ("the last report (Tuesday 5 May)").
  if (/\($/.test(match[0].slice(0, match[0].length - match[2]!.length).trimEnd())) return !anotherVisit(text, at)
  // "released on …", "made public on …": only the release of the report or of its findings.
  if (match[1] === undefined) return !/^(?:released|made)/i.test(match[0]) || aboutTheReport.test(sentence) || /\bfindings\b/i.test(sentence)
  const after = sentence.slice(sentence.indexOf(match[2]!) + match[2]!.length)
  const publication = after.search(publicationWord)
  // What was published, up to the report: "the publication of a report", not "the publication of my response to the report".
  const published = after.slice(0, Math.max(publication, after.search(reportWords)))
  return (
    match[1] === 'On' &&
    publication !== -1 &&
    aboutTheReport.test(after) &&
    !ownPublication.test(published) &&
    !earlierReport.test(after) &&
    !toCome.test(after.slice(0, publication))
  )
}

/**
 * The day a written date names: "22 September 2022", or a weekday date without a year ("Thursday
 * 22 September"), settled only within a window: from `after` (the report's publication, for the
 * response's date), or else the period the inspectorate's name dates the text to ("His Majesty's
 * Inspectorate …" from September 2022); the one year of the window in which the day falls on that
 * weekday. Otherwise the day is not known.
 */
function dayOfWritten(asWritten: string, blocks: Block[], after?: string): string | undefined {
  const full = writtenDate.exec(asWritten)
  if (full) return toIsoDate(full)
  const weekday = weekdayDate.exec(asWritten)
  if (!weekday) return undefined
  const window = after ? {from: after} : eraOf(blocks)
  const {weekday: name, day, month} = weekdayParts(weekday)
  return window ? yearOfWeekday(name, day, month, window) : undefined
}

// "today (March 22)", "today (Thursday 22 March)": the day and month a statement gives its "today".
const bracketedDayMonth = new RegExp(String.raw`\((?:[\p{L}]+,?[ \t]+)?(?:(\d{1,2})(?:st|nd|rd|th)?[ \t]+(${monthName})|(${monthName})[ \t]+(\d{1,2})(?:st|nd|rd|th)?)\)`, 'iu')

// News copy's weekday with its day in brackets: "released on Wednesday (October 16)", read as "Wednesday October 16".
const weekdayBracketed = /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)[ \t]+\(([^()\n]{3,20})\)/gi
// A paragraph that stops without its sentence's end, the next one going on in lower case ("… which was released"
// then "on Wednesday (October 16)."): one sentence a page's copy broke in two.
const unfinished = /[\p{L}\d,]$/u
const goesOn = /^\p{Ll}/u

/** A block's text with the next block's where the copy broke one sentence in two (`unfinished`, `goesOn`). */
function withRunOn(text: string, next: string | undefined): string {
  return next !== undefined && unfinished.test(text.trimEnd()) && goesOn.test(next.trimStart()) ? `${text.trimEnd()} ${next.trimStart()}` : text
}

/** Whether a block says the report (not the body's own response or plan) was published "today". */
function reportPublishedToday(block: Block): boolean {
  const match = publishedToday.exec(block.text)
  if (!match) return false
  const sentence = sentenceAround(block.text, match.index)
  return aboutTheReport.test(sentence) && !ownPublication.test(sentence)
}

/** Whether the text gives the report's day of publication as "today" ("HMICFRS has today published …"). */
function saysPublishedToday(report: ReportReference): boolean {
  return /^today\b/i.test(report.publishedOnAsWritten ?? '')
}

/**
 * The report's day where a statement says it was published "today" and its own date line gives the
 * day (a bracketed day and month after "today", where given, must be that day): the statement's day.
 */
export function todaysPublication(report: ReportReference, date: string | undefined): ReportReference {
  if (date === undefined || report.publishedOn !== undefined || !saysPublishedToday(report)) return report
  const bracket = bracketedDayMonth.exec(report.publishedOnAsWritten!)
  if (bracket && isoDay(bracket[1] ?? bracket[4]!, bracket[2] ?? bracket[3]!, date.slice(0, 4)) !== date) return report
  return {...report, publishedOn: date}
}

/** The first date `label`'s group reads on a line of `blocks` (the line trimmed), as an ISO day. */
function dateOnALine(blocks: Block[], label: RegExp): string | undefined {
  for (const block of blocks) {
    for (const line of block.text.split('\n')) {
      const date = labelledDate(line.trim(), label)
      if (date) return date.iso
    }
  }
  return undefined
}

/** The date `label`'s first group captures in `text`, when it is a date and nothing else (`dateOnly`). */
function labelledDate(text: string, label: RegExp): {iso: string; asWritten: string} | undefined {
  const written = label.exec(text)?.[1]
  return written === undefined ? undefined : dateOnly(written)
}

/**
 * The response's own date: a date line after the signature, a letter-head date (or a letter head's
 * "Date:" at a line's end), a news page's "Published:" line, "sent … on <date>" or "This letter,
 * dated <date>", or, for a statement issued with the report ("HMICFRS has today (Thursday 22 September)
 * published …"), the day it says is today; failing those, a date line with a weekday and no year
 * ("Thursday 22 September"), settled on or after the report's publication (or, without it, in the
 * period the inspectorate's name dates the text to: `dayOfWritten`).
 *
 * @param report What the text says of the report it answers (`findReport`): its day of publication.
 */
export function findResponseDate(blocks: Block[], end: number, report: ReportReference): string | undefined {
  for (const block of blocks.slice(end)) {
    for (const line of block.text.split('\n')) {
      const date = dateLine(line)
      if (date) return date.iso
    }
  }
  // A letter's own date line just above its salutation, before a page's line above the letter head
  // ("Published 28 March 2024" on the page that carries a letter dated 15 January 2024).
  for (const [index, block] of blocks.slice(0, Math.min(end, 20)).entries()) {
    const next = blocks[index + 1]
    const date = next !== undefined && salutation.test(next.text.trim()) ? dateLine(block.text.trim()) : undefined
    if (date) return date.iso
  }
  // A news page's dateline may have an "Updated …" line under it in the same block: its first line is the date.
  for (const block of blocks.slice(0, Math.min(end, 12))) {
    const date = dateLine(block.text) ?? dateLine(block.text.trimStart().split('\n', 1)[0]!)
    if (date) return date.iso
  }
  // A news page's headline that ends with its date in brackets: "… welcomes the 2016 PEEL Assessment
  // of West Yorkshire Police (12 Apr 2017)". Only a headline (a single line, not a sentence) near the top.
  for (const block of blocks.slice(0, Math.min(end, 3))) {
    const text = block.text.trim()
    // A heading that is the report's name with its day dates the report, not the page (`reportTitleDate`).
    const bracketed = text.includes('\n') || reportTitleDate.test(text) ? null : headlineDate.exec(text)
    const date = bracketed ? dateOnly(bracketed[1]!) : undefined
    if (date) return date.iso
  }
  // A form's field for the response's date, never a day before the report's publication (a slip of the year).
  for (const block of blocks.slice(0, end)) {
    const date = labelledDate(block.text, responseDateField)
    if (date && (report.publishedOn === undefined || date.iso >= report.publishedOn)) return date.iso
    if (date) break
  }
  // A letter head's line that ends with its date: "Our ref: JS/123   Date: 1 March 2019".
  const letterHead = dateOnALine(blocks.slice(0, Math.min(end, 12)), labelledDateAtEnd)
  if (letterHead) return letterHead
  // Below the headline, a line of its own (after a site's banner lines, which may come first).
  // A meeting's heading on its minutes page: "Gloucestershire Police and Crime Panel - Wednesday 3 November 2021 10.00 am".
  const meeting = dateOnALine(blocks.slice(0, Math.min(end, 6)), meetingHeading)
  if (meeting) return meeting
  const published = dateOnALine(blocks.slice(0, Math.min(end, 12)), pageDate) ?? dateOnALine(blocks.slice(0, Math.min(end, 12)), debatedOn)
  if (published) return published
  for (const block of blocks.slice(0, end)) {
    const match = letterSent.exec(block.text)
    const sentOn = match?.[1] ?? match?.[2]
    const written = sentOn && anotherDay.test(match![0].slice(0, match![0].lastIndexOf(sentOn))) ? undefined : (sentOn ?? match?.[3])
    const date = written ? writtenDate.exec(written) : null
    if (date) return toIsoDate(date)
  }
  // "Today" in a statement is the statement's own day: its report published today, whether the text
  // writes the day there or elsewhere ("On Tuesday 6th March 2018 HMICFRS published …" then "I welcome
  // the report published today").
  if (report.publishedOn !== undefined && (saysPublishedToday(report) || blocks.slice(0, end).some(reportPublishedToday))) return report.publishedOn
  // The text's own day, written beside its "today": "this evening (Tuesday 13 December from 6pm)", "this
  // morning, Wednesday, July 6", "today, 3 November 2016" (a weekday date settled as `dayOfWritten` settles it).
  for (const block of blocks.slice(0, end)) {
    for (const match of block.text.matchAll(todayWithDay)) {
      const at = (match.index ?? 0) + match[0].length
      const day = dayAtStart(block.text.slice(at, at + 60), blocks)
      if (day) return day
    }
  }
  // A date line with a weekday and no year ("Thursday 22 September"), after the report's publication.
  for (const block of [...blocks.slice(end), ...blocks.slice(0, Math.min(end, 12))]) {
    const line = block.text.trim().replace(dateLabel, '')
    const weekday = weekdayDate.exec(line)
    if (weekday && weekday.index === 0 && line.length <= weekday[0].length + 1) return dayOfWritten(line, blocks, report.publishedOn)
  }
  return undefined
}

// Not the inspectorate as the author of a report it names ("in response to the HMICFRS Mental Health and
// Policing Report"): only an addressee.
const inspectors =
  /\b(?:HMICFRS|HMIC|(?:His|Her) Majesty['’]s Inspector(?:ate)? of Constabulary(?: and Fire (?:and|&) Rescue Services)?(?: \(HMICFRS\))?|(?:the )?inspectors of constabulary)(?![\p{L}])(?!['’]?s?[ \t]+(?:report|inspection|letter|thematic|update|annual|PEEL|publication|findings|work|interim|crime|assessment))(?![ \t]+(?:[\p{Lu}][\p{L}]*[ \t]+(?:(?:and|of|the|for|on|in|&)[ \t]+)?){1,6}(?:Report|Inspection|Review)\b)/gu
const secretaryOfState =
  /\b(?:(?:the )?Secretary of State(?: for the Home (?:Office|Department))?|(?:the )?Home Secretary|(?:the )?Home Office)\b/g
// Where a response says whom it is for: "response to …", "Dear …", "letter to …", a copy list.
const addressing =
  /\b(?:provid\w{0,6}|send\w{0,3}|sent|submit\w{0,6}|cop(?:y|ied|ies)|writ(?:e|es|ing|ten)|wrote|letter|forward\w{0,3}|respon(?:se|d)) (?:the following (?:response|letter) )?to\b|\bshared with\b|^Dear\b|^cc:?/gi

/** Who the response is addressed or copied to. */
export function findAddressees(blocks: Block[], end: number): ResponseAddressee[] {
  // A salutation ("Dear Inspector / Minister") names a kind only when no sentence names it better.
  const named: Array<ResponseAddressee & {salutation: boolean}> = []
  const add = (name: string, kind: ResponseAddressee['kind'], salutation = false) => named.push({name, kind, salutation})
  for (const [index, block] of blocks.slice(0, end).entries()) {
    const text = block.text.trim()
    // Letter head: "Home Secretary" and "Home Office" on lines of their own before the subject.
    if (index < 12 && /^(?:Home Secretary|Home Office|Secretary of State for the Home Department)$/.test(text)) {
      add(text, 'secretary-of-state')
      continue
    }
    for (const trigger of text.matchAll(addressing)) {
      // Up to what the sentence turns to: the report and its author ("its response to the public,
      // according to a new report from His Majesty’s Inspectorate …") are not addressees.
      const salutation = /^Dear/i.test(trigger[0])
      const from = (trigger.index ?? 0) + trigger[0].length
      const window = text.slice(from, from + 200).split(/\b(?:in respect of|regarding|concerning|on the|about|in response|according to|(?:report|inspection)s? (?:from|by))\b|[.;:]/)[0] ?? ''
      for (const match of window.matchAll(inspectors)) add(match[0], 'inspectors', salutation)
      for (const match of window.matchAll(secretaryOfState)) add(match[0], 'secretary-of-state', salutation)
      if (salutation && /^[ \t]*Inspector\b/.test(window)) add('Inspector', 'inspectors', true)
      if (salutation && /\bMinister\b/.test(window)) add('Minister', 'secretary-of-state', true)
    }
  }
  const ordered = [...named.filter((entry) => !entry.salutation), ...named.filter((entry) => entry.salutation)]
  const result: ResponseAddressee[] = []
  for (const {name, kind} of ordered) if (!result.some((entry) => entry.kind === kind)) result.push({name, kind})
  return result
}

// "section 55(5)", "sections 55(4) to (6)", "s.55", "S55"; the Act's name may follow.
const citation =
  /\b(?:[Ss]ections?|[Ss]\.?)[ \t\u00A0]?55((?:\([0-9A-Za-z]{1,3}\)){0,3})(?:[ \t\u00A0]+of[ \t\u00A0]+the[ \t\u00A0]+Police[ \t\u00A0]+Act[ \t\u00A0]+1996)?/g
// The Act named anywhere (with any spacing: pages use non-breaking spaces), so that a bare
// "section 55" elsewhere in the text is read as its section.
const policeAct = /\bPolice[ \t\u00A0]+Act,?[ \t\u00A0]+1996|\b1996[ \t\u00A0]+Police[ \t\u00A0]+Act\b/

// A text about an inspection: there "section 55" is the Police Act's, the one section 55 on inspections.
const aboutInspection = /\b(?:HMICFRS|HMIC|Inspectorate|inspections?|inspectors? of constabulary)\b/i
const policeActAll = new RegExp(policeAct.source, 'g')
// The body's duty in the sentence around the Act: "the Police Act 1996 requires me to publish my comments".
const duty = /\b(?:requires?|required|duty|obligations?|must|publish|comments?|respond|response)\b/i

/**
 * Citations of section 55 of the Police Act 1996: the section (or a subsection) where the Act is
 * named or the text is about an inspection; failing any, the Act named in a sentence that states the
 * body's duty ("the Police Act 1996 requires me to publish my comments"), recorded without a section.
 */
export function findCitations(blocks: Block[], source: string): StatutoryCitation[] {
  const mentionsAct = policeAct.test(source) || aboutInspection.test(source)
  const citations: StatutoryCitation[] = []
  for (const block of blocks) {
    for (const match of block.text.matchAll(citation)) {
      if (!mentionsAct && !match[0].includes('Police Act')) continue
      const subsection = /^\((\d{1,2}[A-Z]?)\)/i.exec(match[1] ?? '')
      citations.push({
        text: match[0],
        ...(subsection ? {subsection: `55(${subsection[1]!.toUpperCase()})`} : {}),
        position: spanIn(block, match.index ?? 0, match[0].length)
      })
    }
  }
  for (const block of citations.length === 0 ? blocks : []) {
    for (const match of block.text.matchAll(policeActAll)) {
      const at = match.index ?? 0
      if (!duty.test(sentenceAround(block.text, at))) continue
      citations.push({text: match[0], position: spanIn(block, at, match[0].length)})
      return citations
    }
  }
  return citations
}

// A statement of withholding: up to 300 characters of its sentence, the word, and up to 300 more.
const withholdingWords =
  '(?:redact(?:ed|ion|ions)?|withh(?:eld|old|olding)|not (?:been )?published in full|excluded from publication|restricted (?:version|information)|removed from (?:this|the) (?:published )?(?:version|response))'
const withheld = new RegExp(`[^.]{0,300}\\b${withholdingWords}\\b[^.]{0,300}\\.?`, 'gi')
const withholdingWord = new RegExp(`\\b${withholdingWords}\\b`, 'gi')
const maxLead = 300
const section55Ground = /\b(?:s(?:ection|\.)? ?55|national security|safety of any person)\b/i

/**
 * Statements that material was withheld or redacted. Each is what `withheld` matches, found as a
 * scan with it from every position would find it, without that scan: tried at every character, its
 * leading run reads up to 300 characters and backtracks over them, most often to find no word.
 * A match starts at the earliest position from which the next withholding word is reachable (at
 * most 300 characters before it, after the last full stop before it), so the pattern runs from
 * there only, once a statement.
 */
export function findExclusions(blocks: Block[]): Exclusion[] {
  const exclusions: Exclusion[] = []
  for (const block of blocks) {
    const text = block.text
    let from = 0
    for (;;) {
      withholdingWord.lastIndex = from
      const word = withholdingWord.exec(text)
      if (!word) break
      let start = Math.max(from, word.index - maxLead)
      for (let index = word.index - 1; index >= start; index--) {
        if (text.charCodeAt(index) === fullStop) {
          start = index + 1
          break
        }
      }
      withheld.lastIndex = start
      const match = withheld.exec(text)!
      const matched = match[0].trim()
      const offset = match.index + match[0].indexOf(matched)
      exclusions.push({text: matched, citesSection55: section55Ground.test(matched), position: spanIn(block, offset, matched.length)})
      from = withheld.lastIndex
    }
  }
  return exclusions
}

const fullStop = 46

/**
 * Whether a sentence may start right after `text`: it is empty, or ends with ".", "!" or "?", or
 * with a line break, spaces aside. Without a pattern anchored at `$`, which is quadratic on a long
 * run of spaces.
 */
function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd()
  return trimmed === '' || '.!?'.includes(trimmed.charAt(trimmed.length - 1)) || text.slice(trimmed.length).includes('\n')
}
