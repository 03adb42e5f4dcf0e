import {genericPassage, genericReference, inspectorateName, isPageFurniture} from '@scrutiny/parser/internal'
import {cannotTellBecause} from './messages.js'

/** What kind of organisation issues a statement that is not a local policing body's: the Government (the Home Secretary, the Home Office), the national chiefs' council, or another association (of commissioners, councils or officers). */
export type OrganisationKind = 'government' | 'chiefs-council' | 'association'

/** What the text read says about its own completeness: why a check may not be able to tell. */
export interface TextState {
  /** The text ends mid-sentence (a page copied in part, a document cut off). */
  cutOff: boolean
  /** The text points to an attachment, annex or other page for part of the response. */
  covering: boolean
  /** The text points to where the report can be read ("The full report can be found here"): the link, lost from the text, may name it. */
  reportElsewhere: boolean
  /** The text says the chief officer's comments are attached, appended or in a separate document. */
  chiefElsewhere: boolean
  /** Cut off before its opening ends: too short to hold even the parts that open a response. */
  cutInOpening: boolean
  /** The first words that refer to a report or an inspection ("this report", "the inspection", "HMICFRS"), named or not. */
  reportReference?: string
  /** A passage that may be the report's title in a form not read as one: a title-case heading about a report, a capitalised quotation after a report word. */
  possibleTitle?: string
  /** Every sentence (or line) that refers to a report or an inspection says nothing of which one (`genericReference`): the inspectorate, "the report", "the latest inspection", a topic any report could have. */
  onlyGeneric: boolean
  /** The text evidently ends where its author ended it: its last line finishes a sentence, a letter's sign-off or a release's closing line stands at its end, and it does not open inside a quotation (whose lead, naming the speaker and the report, was not read). */
  endsWhole: boolean
  /** The passage where the force speaks for itself (its chief officer, or the force issuing the text) in a text where the body never speaks. */
  forceVoice?: string
  /** Where `forceVoice` is the text saying whose it is: the force issued it ("The following message has been sent by Wiltshire Police"), its chief writes it ("since my appointment as Chief Constable", outside quotation marks), its own "we" is the force the inspectorate inspected ("we were inspected again by …", "HMICFRS findings about our continued weaknesses"), its headline is the force's answer ("Lancashire Police Response to HMIC Custody report"), or its lead reports the chief speaking ("Derbyshire’s Chief Constable Mick Creedon has welcomed …") and names the body only inside quoted words. */
  forceIssued?: boolean
  /** The text's lead names a speaker who is not a local policing body (a candidate for the office, a national association, the Home Secretary) and no body speaks: the passage that says so. */
  otherVoice?: string
  /** Where `otherVoice` is the Government's (the Home Secretary, the Home Office, the policing minister) or the national chiefs' council's: which. */
  otherVoiceKind?: Exclude<OrganisationKind, 'association'>
  /** The text is an organisation's that is not a local policing body (a chiefs' council, London Councils, the Home Office, an association of commissioners) by its headline, letterhead, by-line, lead or first speaker, and no body speaks in it: the passage that says so, whether the text settles it (its headline, by-line or lead does, or its first speaker in a text read whole), what says so (a by-line or a letter's sender, a headline, the lead, the first speaker), and whether the organisation is the commissioners' own association (which speaks for commissioners). */
  association?: {passage: string; settled: boolean; commissioners: boolean; by: 'sender' | 'headline' | 'lead' | 'speaker'; kind: OrganisationKind}
  /** The text is Parliament's record (Hansard's header "Volume 606: debated on Thursday 25 February 2016"): a minister's statement or a debate, not a body's publication. The header. */
  parliament?: string
  /** A release's closing line ("ENDS", "Notes to editors", "Background information") stands before the text read stops: the statement above it is whole, cut off or not. */
  statementEnded: boolean
  /** The text names no report, inspection or assessment anywhere (the inspectorate at most, as the one that rates a force): what the body says in it answers something else. */
  refersToNoReport: boolean
  /** The text names a local policing body anywhere (as the speaker or not). */
  bodyNamed: boolean
  /** A page listing reports (and responses) of different dates, one a line: the first lines that list them. */
  reportList?: string[]
  /** The page says it lists reports or responses ("HMICFRS reports and the response from the PCC are listed below", "We’ll post those responses in this section"), or introduces two or more reports a line each ("… the recent inspections … as follows:"): that sentence. */
  listsReports?: string
  /** A sentence rating several forces at once ("Cleveland, North Yorkshire and Northumbria Police were all rated as good"): a round-up of several forces' reports, that sentence. */
  severalForcesRated?: string
  /** The text lists responses or reports by their links' labels (an index page): the responses are on the pages the links open. */
  index: boolean
  /** Where the text reports the body speaking ("The Commissioner welcomed …", its holder's surname before "said"), in words the parser may not have read as its comments. */
  bodySpeaks?: string
  /** The text presents itself as a response: it says "response", "respond" or "comments on", opens a letter ("Dear …") or cites section 55. */
  presentsAsResponse: boolean
  /** The text is the minutes of a meeting (a panel or committee questioning the body): it records what was said, it does not publish the body's comments. */
  minutes: boolean
}

// A last line that ends a document: a sentence, a closing quote or bracket (a straight single quote
// after a sentence's end: "… change programme.'"), a short line (a signature, a name, a date, a
// heading) or a line of capitalised words (a heading, a link).
const ending = /(?:[.!?”"’)\]:;*_>|]|[.!?]')\s*$/
const footnote = /^\[\d{1,3}\]/
// A heading or a link's label closing a page ("National Report – An HMIC Crime Inspection Force
// Reports", "Related Documents"): every word capitalised, or a joining word, a dash or a number. A
// sentence cut mid-way has lower-case words.
const capitalisedWord = /^(?:[(‘“"]?[\p{Lu}\d][\p{L}\d'’&/().,:-]*|and|of|the|for|on|in|into|to|a|an|by|with|at|&|–|—|-|\|)$/u

function isTitleLine(line: string): boolean {
  const words = line.split(/[ \t\u00A0]+/)
  return words.length <= 12 && words.every((word) => capitalisedWord.test(word))
}

// A letter's signature: a name line ("Ron Hogg") and under it the writer's office, in a newspaper's house style
// too ("Police, crime and victims’ commissioner for County Durham and Darlington").
const signatureName = /^(?:(?:Cllr|Councillor|Dame|Sir|Lord|Baroness|Dr)[ \t]+)?[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,3}$/u
const signatureOffice =
  /^(?:deputy[ \t]+)?(?:police,?[ \t]+(?:fire[ \t]+(?:and[ \t]+)?)?(?:and[ \t]+)?crime(?:[ \t]+and[ \t]+victims['’]?)?[ \t]+commissioner|(?:chief|deputy[ \t]+chief|assistant[ \t]+chief)[ \t]+constable|mayor)\b[^.!?\n]{0,80}$/iu
function isSignature(line: string, before: string | undefined): boolean {
  return before !== undefined && signatureName.test(before) && signatureOffice.test(line)
}

// A link's label closing a page, after a short label ("National Report – Core Business an inspection
// into …", "HMIC report: Living in fear - the police and CPS response to …") or after a pointer ("You
// can read the full response here – HMIC – Surrey PCC Response"): the words after the dash or colon are
// a title, whatever their case.
const labelledLink = /^(?:[\p{Lu}][\p{L}]*[ \t]+){0,3}(?:[Rr]eport|Response|Document|Inspection|Download|Link)(?:[ \t]+[–—-]|:)[ \t]+\S/u
const pointerToLink = /\bhere[ \t]*[–—:-][ \t]*/

// A copy's closing line giving its source's address ("Original article link: https://www.apccs.police.uk/…/"):
// an address, not a sentence cut mid-way.
const endsWithAddress = /\bhttps?:\/\/\S+$/

/** A last line that is a link's label or address rather than a sentence cut mid-way. */
function isLinkLine(line: string): boolean {
  if (labelledLink.test(line) || endsWithAddress.test(line)) return true
  const pointer = pointerToLink.exec(line)
  return pointer !== null && isTitleLine(line.slice(pointer.index + pointer[0].length))
}

// A last line that opens a quotation and stops before any end ("“Howeve", "“It’s a fact that there are a
// hi"): the copy stopped mid-quote. An apostrophe between letters ("It’s") closes nothing.
const closingQuote = /[”"]|’(?!\p{L})/u
function quotationNeverClosed(line: string): boolean {
  return /^[“"‘]/.test(line) && !closingQuote.test(line.slice(1)) && !ending.test(line)
}

// A short last line of prose that stops in a lower-case word ("It also highlights areas for improve",
// "Kent Police can", "5. The Com"): a sentence cut mid-way. Not a heading (its words capitalised), a
// link's label ("View the full news release"), a letter's sign-off or a release's closing line.
const linkVerb = /^(?:view|read|download|see|find|click|visit|watch|listen|share|follow|back|return|print|sign|subscribe|go)\b/i
const endsInLowerCaseWord = /(?:^|[ \t])\p{Ll}+$/u
function stopsMidSentence(line: string): boolean {
  if (line.split(/[ \t]+/).length < 3 || !endsInLowerCaseWord.test(line)) return false
  return !isTitleLine(line) && !isLinkLine(line) && !linkVerb.test(line) && !signOff.test(line) && !statementEnd.test(line)
}

// Long paragraphs that stop in a lower-case word with more text after them ("… our particula", "… has
// been wor"): a copy that kept only each paragraph's opening, so the text read is not the whole. Lists,
// whose items often end without a full stop, are not paragraphs here, and one such line may be an item
// whose marker was lost: two or more say the copy clipped its paragraphs.
const clippedLength = 150
const clippedParagraphs = 2
function isClippedParagraph(line: string): boolean {
  return line.length > clippedLength && /[ \t]\p{Ll}+$/u.test(line) && !/^(?:[-•*–]|\d{1,2}[.)])/.test(line)
}

// A site's own lines after the text ("Subscribe to our newsletter", "Keep up to date with our latest
// news", "Share this page", "© Copyright … 2019"): not where the text ends.
const siteChrome = /^(?:[•·][ \t]*)?(?:©|copyright\b|subscribe\b|sign up\b|keep up to date\b|share (?:this|on)\b|follow us\b|back to (?:top|news)\b|print this page\b|join the debate\b|read more [\p{L} ]{1,40}letters\b)/iu
// "attached", "enclosed", "see annex A", "the Chief Constable's response is in the appendix", "You can
// read the PCC’s full response to the report here".
const pointsElsewhere =
  /\b(?:attached|enclosed|appended|annexe?s?|appendix|appendices|attachment|covering letter|separate (?:document|letter|page)|can be (?:found|downloaded|read|viewed) (?:here|at|on|below|via))\b|\b(?:full|formal|complete)[ \t]+(?:response|reply|letter|statement)\b[^.\n]{0,60}?\bhere\b/i
// Sentences (or lines) of the text, each read on its own: what a pointer points to is in its sentence.
const sentenceBreak = /(?<=[.!?])[ \t]+|\n+/
const chiefMention = /\b(?:chief constable|chief officer|chief fire (?:and rescue )?officer|commissioner of police|force['’]s response)/i
// What a pointer to the report alone is about: the report, and nothing of the response.
const reportMention = /\breport\b/i
const responseMention = /\b(?:response|comments?|reply|letter|statement|action plan|my|our)\b/i
// A pointer whose subject is the report ("The HMIC report outlining Sussex Police’s response to the
// funding challenge can be downloaded here"): about the report, whatever words its title holds.
const reportSubject =
  /^(?:(?:a copy of|more details (?:about|of)|details of)[ \t]+)?(?:the[ \t]+)?(?:full[ \t]+)?(?:(?:HMICFRS|HMIC)['’]?s?[ \t]+)?(?:inspection[ \t]+)?report\b/i

// A link's label left on its own line, its target lost: "Report", "Full report", "Download the report".
const bareReportLink = /^(?:(?:read|download|view)[ \t]+(?:the[ \t]+)?)?(?:full[ \t]+)?report$/i

/** What the text's pointers point to: the chief officer's comments, the report, or another part of the response. */
function pointers(text: string): Pick<TextState, 'covering' | 'reportElsewhere' | 'chiefElsewhere'> {
  const found = {covering: false, reportElsewhere: false, chiefElsewhere: false}
  for (const sentence of text.split(sentenceBreak)) {
    if (bareReportLink.test(sentence.trim())) found.reportElsewhere = true
    if (!pointsElsewhere.test(sentence)) continue
    if (chiefMention.test(sentence)) found.chiefElsewhere = true
    const aboutReport = reportSubject.test(sentence.trim()) || (reportMention.test(sentence) && !responseMention.test(sentence))
    if (aboutReport && !chiefMention.test(sentence)) found.reportElsewhere = true
    else found.covering = true
  }
  return found
}

// An index page's lines, each form repeated: a link's label to a response, alone or after a report's
// title and date ("Response", "… – February 2021 Response"), before a report's name ("PCC & Force
// Response to PEEL Effectiveness 2018"), or as a holder's response dated by month ("Stephen
// Greenhalgh’s response to the HMIC report into undercover policing – Oct 2014."); or a listed
// publication's date line ("Published on: 13 April 2022"). A response's own heading ("Commissioner’s
// response to HMICFRS report: …", "Surrey Chief Constable Response") or date line is one line: two or
// more of one form list them.
const indexLines = [
  /^Response$|\d{4}[ \t]+Response$/,
  /^(?:(?:[\p{Lu}][\p{L}'’]*|&)[ \t]+){1,4}Response[ \t]+to[ \t]/u,
  /^[\p{Lu}][\p{L}.'’ -]{1,40}['’]s[ \t]+response[ \t]+to[ \t][^\n]{3,160}[–—-][ \t]*[\p{Lu}][\p{Ll}]{2,8}\.?[ \t]+\d{4}\.?$/u,
  /^Published(?:[ \t]+on)?:[ \t]*\d{1,2}(?:st|nd|rd|th)?[ \t]+[\p{Lu}][\p{Ll}]+[ \t]+\d{4}$/u
]

// A page that says it is where responses are posted or listed: "Tony often formally responds to …
// inspection reports. We’ll post those responses in this section." (a response's own "our responses
// to each recommendation are below" is no such page).
const listsResponses =
  /\b(?:post|list|upload)(?:ed)?[ \t]+(?:those|these|the|our|all|his|her|my)[ \t]+(?:formal[ \t]+)?responses[ \t]+(?:in[ \t]+this[ \t]+section|on[ \t]+this[ \t]+page)\b/u

/** Whether the text lists responses or reports by their links' labels (two lines or more of one form), or says it lists responses. */
function isIndex(lines: string[]): boolean {
  const short = lines.filter((line) => line.length <= 240)
  return indexLines.some((form) => short.filter((line) => form.test(line)).length >= 2) || lines.some((line) => listsResponses.test(line))
}

/** Whether a part's text (after its heading) is only pointers to another page or document ("The PCC's response can be viewed here."). */
export function pointerOnly(text: string): boolean {
  const sentences = text.split(sentenceBreak).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '')
  return sentences.length > 0 && sentences.every((sentence) => pointsElsewhere.test(sentence))
}

// Words by which a text refers to a report or an inspection, with the determiner and up to two words
// before them where there are ("this report", "a report", "the PEEL assessment", "today’s inspection").
const reportWord = String.raw`(?:reports?|inspections?|inspectorate|HMICFRS|HMIC|PEEL|assessments?)\b`
const referredReport = new RegExp(
  String.raw`\b(?:(?:the|this|that|these|its|their|our|your|an?|today['’]s)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?)?${reportWord}`,
  'iu'
)

// A heading that may name the report in a form not read: a line of title-case words (most of its
// longer words capitalised) with a report word, near the top ("Hmicfrs Spotlight Report On Fraud").
const reportHeadingWord = /\b(?:Report|Inspection|Review|Assessment|Inspectorate|HMICFRS|HMIC|PEEL|Thematic)\b/
const headingLines = 8
function titleCaseHeading(text: string): string | undefined {
  for (const line of text.split('\n', 40).map((entry) => entry.trim()).filter((entry) => entry !== '').slice(0, headingLines)) {
    if (line.length > 200 || /[.!?]$/.test(line) || !reportHeadingWord.test(line)) continue
    const longer = line.split(/[ \t]+/).filter((word) => /^\p{L}{4,}/u.test(word))
    const capitalised = longer.filter((word) => /^\p{Lu}/u.test(word))
    if (longer.length >= 3 && capitalised.length / longer.length >= 0.7) return line
  }
  return undefined
}
// A capitalised quotation of a title's length (two to fifteen words, not a sentence) just after a
// report word: "the report ‘Getting A Grip’", "the inspection “Joint Targeted Area Inspection of …”".
const quotedAfterReport =
  /\b(?:[Rr]eports?|[Ii]nspections?|[Rr]eviews?|[Aa]ssessments?|entitled|titled|called)\b[^.\n‘“]{0,60}?[‘“]([\p{Lu}\d][^’”\n.!?]{3,120})[’”]/u

// A short capitalised quotation anywhere, not a sentence and not opening with a speaker's pronoun:
// "‘Getting a grip’, which HMICFRS published last week".
const shortQuotation = /[‘“]((?!(?:I|We|Our|My|It|This|They|He|She|You)\b)[\p{Lu}\d][^’”\n.!?]{3,80})[’”](?!\p{L})/u
// The PEEL family by its name alone ("the PEEL findings", "graded good in PEEL"), not its programme or its next inspection.
const peelFamily = /(?<!\b(?:[Nn]ext|[Ff]uture|[Uu]pcoming|[Ff]orthcoming)[ \t])\bPEEL\b(?![ \t]+(?:programme|program|regime|framework|process|methodology|cycle|model)\b)(?:[ \t]+[^ \t\n.,;]+){0,3}/u

const wordCount = (text: string) => text.split(/[ \t]+/).length

/** A passage of `text` that may be the report's title (or its family) in a form the parser did not read. */
function possibleTitle(text: string): string | undefined {
  const quoted = quotedAfterReport.exec(text)?.[1]
  if (quoted !== undefined && wordCount(quoted) >= 2 && wordCount(quoted) <= 15) return quoted
  const heading = titleCaseHeading(text)
  if (heading !== undefined) return heading
  const short = shortQuotation.exec(text)?.[1]
  if (short !== undefined && wordCount(short) >= 2 && wordCount(short) <= 8) return short
  return peelFamily.exec(text)?.[0].trim()
}

// The force speaking for itself: its chief officer's words ("Chief Constable Mick Creedon has welcomed …",
// "Dame Lynne Owens, Deputy Commissioner, said:"), the chief in the first person ("since my appointment as
// Chief Constable"), or the force issuing the text ("The following message has been sent by Wiltshire Police").
const speechVerb = String.raw`(?:said|says|has[ \t]+said|commented|added|welcomed|has[ \t]+welcomed|welcomes|responded|stated)`
// The chief quoted or reported: the force speaks, but whose page quotes it the text does not say.
const forceQuoted = new RegExp(
  [
    String.raw`\b(?:(?:Deputy|Assistant|Temporary|Acting)[ \t]+)?Chief[ \t]+Constable\b[^.\n“"]{0,60}?\b${speechVerb}\b`,
    String.raw`,[ \t]+(?:(?:Deputy|Assistant|Temporary|Acting)[ \t]+)?(?:Chief[ \t]+Constable|Commissioner)(?:[ \t]+of[ \t]+[\p{Lu}][\p{L} ]{2,40})?,[ \t]+${speechVerb}\b`,
    String.raw`\b(?:his|her)[ \t]+appointment[ \t]+as[ \t]+Chief[ \t]+Constable\b`,
    // An officer of the force speaking for it: "In response, Detective Chief Inspector Steve Bean, the
    // force lead for Missing Persons …, says that …", "Chief Superintendent Jo Bloggs said …". Not an
    // inspector of constabulary ("HM Chief Inspector of Constabulary"), who is the inspectorate.
    String.raw`\b(?:Detective[ \t]+(?:Chief[ \t]+)?(?:Superintendent|Inspector|Sergeant)|(?:Chief[ \t]+)?Superintendent)(?![ \t]+of\b)[^.\n“"]{0,200}?\b${speechVerb}\b`
  ].join('|'),
  'u'
)
// The text saying whose it is: the chief writing it (outside quotation marks, see `quoted`), or the
// force issuing it.
const chiefWrites = /\bmy[ \t]+appointment[ \t]+as[ \t]+Chief[ \t]+Constable\b|\bAs[ \t]+(?:your[ \t]+)?Chief[ \t]+Constable,?[ \t]+I\b/gu
const forceIssues =
  /\b(?:message|statement)[ \t]+(?:has[ \t]+been[ \t]+|was[ \t]+)?(?:sent|issued)[ \t]+by[ \t]+(?:[\p{Lu}][\p{L}'’-]*[ \t]+){1,4}(?:Police|Constabulary)\b/u

/** Whether `index` of `text` is inside a quotation: its line opens with a quotation mark, or opens one before it that is not closed. */
function quoted(text: string, index: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', index - 1) + 1, index)
  if (/^[ \t]*[“"‘]/.test(line)) return true
  return (line.match(/“/g)?.length ?? 0) > (line.match(/”/g)?.length ?? 0)
}

// A writer's own singular first person: "I", "my", "me" (a force's statement speaks as "we", or as its chief in quotation marks).
const singularFirstPerson = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e)(?![\p{L}'’])/gu

/**
 * Whether `part` has someone writing in their own name, "I" outside quotation marks: in a text that
 * quotes the chief and names no body, that writer may be the body, unnamed.
 *
 * @example
 *   ownVoice('I welcome the report. Chief Constable Jo Bloggs said: “I accept it.”') // true
 *   ownVoice('Chief Constable Jo Bloggs said: “I accept it.”') // false
 */
export function ownVoice(part: string): boolean {
  for (const match of part.matchAll(singularFirstPerson)) if (!quoted(part, match.index)) return true
  return false
}

// The writer's "we" as the party the inspectorate inspected, graded or found about: "we were inspected again
// by Her Majesty's Inspectorate", "HMICFRS findings about our continued weaknesses". The inspectorate
// inspects forces, not bodies: outside quotation marks, the text is the force's.
const inspectedWe =
  /\b[Ww]e[ \t]+(?:were|have[ \t]+been|had[ \t]+been)[ \t]+(?:re-?)?(?:inspected|graded|rated|judged)\b|\b(?:inspected|graded|rated|judged)[ \t]+us\b|\b(?:findings|concerns|judgements?)[ \t]+about[ \t]+our\b/gu
// A headline in the force's name answering the inspectorate: "Lancashire Police Response to HMIC Custody
// report". Not a report's own title ("The Police Response to Domestic Abuse") nor a sentence.
const forceHeadline =
  /^(?!The\b)(?:[\p{Lu}][\p{L}'’&-]*[ \t]+){1,4}(?:Police|Constabulary)[ \t]+(?:[Rr]esponse|[Rr]esponds|[Ss]tatement)[ \t]+(?:to|on)[ \t]+(?:the[ \t]+)?(?:HMICFRS|HMIC|HMI|PEEL|[Ii]nspect)[^.!?\n]{0,160}$/u

/** The force's headline among the text's first lines, or `undefined`. */
function forceHeadlineOf(text: string): string | undefined {
  const lines = text.split('\n', 60).map((line) => line.trim()).filter((line) => line !== '').slice(0, headLines)
  return lines.find((line) => forceHeadline.test(line))
}

/** The first match of `pattern` (global) outside quotation marks, or `undefined`. */
function firstUnquoted(text: string, pattern: RegExp): string | undefined {
  for (const match of text.matchAll(pattern)) if (!quoted(text, match.index)) return match[0]
  return undefined
}

/** Where the text says the force issued it or its chief writes it (the chief's or the force's words outside any quotation). */
function issuedByForce(text: string): string | undefined {
  return forceIssues.exec(text)?.[0] ?? forceHeadlineOf(text) ?? firstUnquoted(text, chiefWrites) ?? firstUnquoted(text, inspectedWe)
}
// A local policing body by its titles; "Commissioner" alone only where no rank of the force is before it
// (a Deputy or Assistant Commissioner of the Metropolitan Police is a chief officer's rank).
const bodyName =
  /\b(?:Police,?[ \t]+(?:Fire[ \t]+and[ \t]+)?(?:and[ \t]+)?Crime[ \t]+Commissioner|Police,[ \t]+Crime[ \t]+and[ \t]+Victims['’][ \t]+Commissioner|(?:Deputy[ \t]+)?Mayor|Mayor['’]s[ \t]+Office[ \t]+for[ \t]+Policing|MOPAC|O?P(?:F)?CC|Police[ \t]+Authority|Common[ \t]+Council)\b|(?<!\b(?:Deputy|Assistant|new)[ \t])\bCommissioner\b(?![ \t]+of[ \t]+(?:the[ \t]+)?Police)/u
const bodyNames = new RegExp(bodyName.source, 'gu')
// The body speaking: a title before a verb of speech, or the body's own first-person duties.
const bodySpeaks = new RegExp(
  String.raw`(?:${bodyName.source})[^.\n“"]{0,80}?\b(?:${speechVerb}|recognises|acknowledged|responds|responding)\b|\bhold(?:ing)?[ \t]+(?:the[ \t]+)?(?:Chief[ \t]+Constable|force)[ \t]+to[ \t]+account\b|\bAs[ \t]+(?:your[ \t]+)?(?:Police(?:,[ \t]+Fire)?[ \t]+and[ \t]+Crime[ \t]+Commissioner|PCC|PFCC|Commissioner),?[ \t]+I\b`,
  'u'
)

// The body's holder by name after its title ("Police and Crime Commissioner Winston Roddick CB QC"): the
// surname, whose "Mr Roddick said:" is the body speaking. A possessive is not part of the surname
// ("Crime Commissioner Jane Kennedy’s outburst" … "Ms Kennedy also said").
const bodyHolder = new RegExp(String.raw`(?:${bodyName.source})[ \t]+(?:[\p{Lu}][\p{L}'’-]+[ \t]+){0,2}([\p{Lu}][\p{Ll}'’-]+?)(?:['’]s)?\b`, 'gu')
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether someone the text names as the body's holder speaks ("Mr Roddick said:"). */
function holderSpeaks(text: string): string | undefined {
  const surnames = new Set([...text.matchAll(bodyHolder)].slice(0, 5).map((match) => match[1]!))
  for (const surname of surnames) {
    const spoken = new RegExp(String.raw`\b${escapeRegExp(surname)}\b[^.\n“"]{0,40}?\b${speechVerb}\b`, 'u').exec(text)
    if (spoken) return spoken[0]
  }
  return undefined
}

/** The first passage where the body speaks, by its title or its holder's surname. */
function bodySpeaking(text: string): string | undefined {
  return bodySpeaks.exec(text)?.[0] ?? holderSpeaks(text)
}

/** Where the force speaks for itself in a text in which the body never speaks, and whether the text says the force issued it. */
function forceVoice(text: string, lead: string | undefined, speaking: string | undefined): Pick<TextState, 'forceVoice' | 'forceIssued'> {
  // A news release's lead names whose release it is: "Derbyshire’s Chief Constable Mick Creedon has
  // welcomed …" opens the force's; a body that publishes its chief's words leads with its own, or
  // names itself outside the chief's quotation marks.
  const chiefLead = lead === undefined || bodyNamedUnquoted(text) ? undefined : (chiefLeads.exec(lead) ?? forceLeads.exec(lead))?.[0]
  const issued = issuedByForce(text) ?? chiefLead
  const passage = issued ?? forceQuoted.exec(text)?.[0]
  if (passage === undefined || speaking !== undefined) return {}
  return {forceVoice: passage, ...(issued === undefined ? {} : {forceIssued: true})}
}

// The lead: where a release says who speaks. Its first paragraph of prose (a headline or a dateline is
// shorter), or before it a by-line ("Statement from Chief Constable Jo Bloggs", "By the Chief Constable")
// or a speaker's lead-in to the quotation that opens the text ("Chief Constable Steve Ashman said:").
// Page furniture is skipped, however long: a cookie notice or a breadcrumb trail is the site's, not the
// text's.
const leadWords = 12
const leadLength = 400
const byLine = /^(?:(?:A[ \t]+)?(?:[Ss]tatement|[Mm]essage|[Bb]log|[Uu]pdate|[Rr]esponse)[ \t]+(?:from|by)|By)[ \t]+\S/u
const leadIn = /\b(?:said|says|stated|commented|added|writes)[ \t]*:$/u
function leadOf(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (isPageFurniture(line)) continue
    if (line.split(/[ \t]+/).length >= leadWords || byLine.test(line) || leadIn.test(line)) return line.slice(0, leadLength)
  }
  return undefined
}

// The chief officer as the lead's subject, speaking: "Derbyshire’s Chief Constable Mick Creedon has
// welcomed …", "Chief Constable Jo Bloggs said …", "Jo Bloggs, Chief Constable of Kent Police, has
// welcomed …". The rank is the force's; the words after it are a name only when capitalised.
const leadVerb = String.raw`(?:has[ \t]+|have[ \t]+)?(?:today[ \t]+)?(?:welcomed|welcomes|said|says|responded|commented|praised|thanked|acknowledged|accepted|criticised|warned|hit[ \t]+out|reacts|reacted)\b`
const leadName = String.raw`[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,2}`
const chiefLeads = new RegExp(
  String.raw`^(?:(?:A[ \t]+)?(?:[Ss]tatement|[Mm]essage|[Bb]log|[Uu]pdate|[Rr]esponse)[ \t]+(?:from|by)|By)[ \t]+(?:the[ \t]+)?(?:(?:Temporary|Acting|Deputy)[ \t]+)?Chief[ \t]+Constable\b|^(?:(?:[\p{Lu}][\p{L}-]*[ \t]+)?[\p{Lu}][\p{L}-]*['’]s[ \t]+)?(?:(?:Temporary|Acting|Deputy)[ \t]+)?Chief[ \t]+Constable(?:[ \t]+[\p{Lu}][\p{L}'’-]+){0,3},?[ \t]+${leadVerb}|^${leadName},[ \t]+(?:the[ \t]+)?(?:(?:Temporary|Acting|Deputy)[ \t]+)?Chief[ \t]+Constable(?:[ \t]+of[ \t]+[^,\n]{2,40})?,[ \t]+${leadVerb}`,
  'u'
)
// The force by its name as the lead's subject, answering ("Avon and Somerset Police welcomes the report of
// …", after a stored copy's date prefix): the force's own release. Not the body's title ("Police and Crime
// Commissioner …": the verb follows the force's name at once).
const forceLeads = new RegExp(
  String.raw`^(?:date[ \t]+\d{4}-\d\d-\d\d[ \t]+)?(?!The\b)(?:[\p{Lu}][\p{L}'’&-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,4}(?:Police|Constabulary)[ \t]+${leadVerb}`,
  'u'
)

// Speakers who are not a local policing body (section55.md): a candidate for the office ("Plaid Cymru's
// candidate to be the new Police and Crime Commissioner, Dafydd Llywelyn, who was responding …"), a
// national association, the Home Secretary, the Home Office or the policing minister as the lead's
// subject or by-line ("The Association of Police and Crime Commissioners has welcomed …", "The Home
// Secretary, Jo Bloggs, said …", "Statement from the NPCC"). A fire and rescue service is left out: a
// commissioner's release on its inspection may lead with the service and quote the commissioner later.
const candidacy = /\bcandidates?[ \t]+(?:to[ \t]+be[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?|for[ \t]+(?:the[ \t]+(?:post|office|role)[ \t]+of[ \t]+)?)(?:Police(?:,[ \t]+Fire)?[ \t]+and[ \t]+Crime[ \t]+Commissioner|PCC|PFCC|Commissioner|Mayor)\b|\b(?:PCC|PFCC|Commissioner|mayoral)[ \t]+candidates?\b/gu
const candidateSpeaks = /\b(?:comments?[ \t]+of|responding|responded|said|says|welcomed|criticised|hit[ \t]+out)\b/u
const nationalNames = String.raw`(?:Association[ \t]+of[ \t]+Police[ \t]+and[ \t]+Crime[ \t]+Commissioners|APCC|National[ \t]+Police[ \t]+Chiefs['’][ \t]+Council|NPCC|Local[ \t]+Government[ \t]+Association|Home[ \t]+Secretary|Home[ \t]+Office|(?:Policing|Crime[ \t]+and[ \t]+Policing)[ \t]+Minister|Minister[ \t]+(?:of[ \t]+State[ \t]+)?for[ \t]+(?:Crime[ \t]+and[ \t]+)?Policing)`
const nationalSpeaks = new RegExp(
  String.raw`^(?:(?:A[ \t]+)?(?:[Ss]tatement|[Rr]esponse)[ \t]+(?:from|by)|By)[ \t]+(?:the[ \t]+)?${nationalNames}\b|^(?:The[ \t]+)?${nationalNames}(?:,[ \t]+${leadName},)?(?:[ \t]*\([A-Z]{3,5}\))?[ \t]+${leadVerb}`,
  'u'
)

// A Member of Parliament writing in the lead of a column or letter ("your MP cannot be in any way comfortable",
// "As your MP, I …", "I, and my MP colleagues, must"): section 55 does not bind an MP. Not "write to your MP".
const memberWrites =
  /\byour[ \t]+MP[ \t]+(?:cannot|can|will|is|has|must|would|welcomes|believes)\b|\bAs[ \t]+(?:your|an|the[ \t]+local)[ \t]+MP\b|\bmy[ \t]+(?:fellow[ \t]+)?MP[ \t]+colleagues\b/u

/** The lead's words that name a speaker who is not a body, where no body speaks in the text. */
function otherVoice(text: string, lead: string | undefined): string | undefined {
  if (lead === undefined) return undefined
  const candidate = candidateSpeaks.test(lead) ? lead.match(candidacy)?.[0] : undefined
  const passage = candidate ?? nationalSpeaks.exec(lead)?.[0] ?? memberWrites.exec(lead)?.[0]
  if (passage === undefined) return undefined
  // The office a candidate seeks is no body speaking: "candidate to be the new Police and Crime
  // Commissioner, Dafydd Llywelyn, who was responding" is the candidate's voice.
  const withoutCandidacy = text.replace(candidacy, 'candidate')
  return bodySpeaking(withoutCandidacy) === undefined ? passage : undefined
}

// Organisations whose statements on inspection reports are not a local policing body's comments
// (section55.md: the duty is the body's): the national chiefs' council, associations of councils and of
// police officers, the Home Secretary and the Home Office, and the commissioners' own association (which
// speaks for commissioners: its words are read as theirs, but it has no chief officer's comments).
const commissionersAssociation = String.raw`(?:Association[ \t]+of[ \t]+Police[ \t]+and[ \t]+Crime[ \t]+Commissioners|APCC)`
const organisationName = String.raw`(?:${commissionersAssociation}|National[ \t]+Police[ \t]+Chiefs['’][ \t]+Council|NPCC|National[ \t]+Fire[ \t]+Chiefs['’]?[ \t]+Council|NFCC|London[ \t]+Councils|Local[ \t]+Government[ \t]+Association|Home[ \t]+Secretary|Home[ \t]+Office|Police[ \t]+Federation|Police[ \t]+Superintendents['’][ \t]+Association)`
const organisationRole = String.raw`(?:[Cc]hair(?:man|woman)?|[Vv]ice[ -][Cc]hair|[Pp]resident|[Jj]oint[ \t]+[Ll]eads?|[Ll]eads?|[Ee]xecutive[ \t]+[Mm]ember|[Cc]hief[ \t]+[Ee]xecutive|[Ss]pokes(?:person|man|woman))(?:[ \t]+(?:for|on)(?:[ \t]+(?:[\p{Lu}][\p{L}'’-]*|and|&)){1,6})?`
// A headline or title line in the organisation's name ("NPCC respond to HMICFRS PEEL spotlight report",
// "APCC response to HMIC ‘State of Policing’ report"), a by-line ("Letter from the Home Secretary to …",
// "Statement from the NPCC"), a letter's sender ("From: Emily Spurrell APCC Chair …"), or GOV.UK's title
// for the Government's reply ("State of Policing 2022 report: government response").
const organisationHeadline = new RegExp(
  String.raw`^(?:The[ \t]+)?(${organisationName})\b[^.!?\n]{0,100}?\b(?:respond|responds|responded|response|welcome|welcomes|welcomed|statement|reacts)\b|^(?:A[ \t]+)?(?:[Ss]tatement|[Ll]etter|[Rr]esponse)[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?(${organisationName})\b|^From:[^\n]{0,80}?\b(${organisationName})\b|^[^:\n]{3,120}:[ \t]+(government)[ \t]+response$`,
  'u'
)
// The lead's subject, or the first speaker's lead-in, in the organisation's name, with a role and a name:
// "National Police Chiefs’ Council (NPCC) Chair Martin Hewitt said:", "National Police Chiefs’ Council
// Chair, Martin Hewitt, said:", the name first ("Marc Jones, Chair of the Association of Police and Crime
// Commissioners, said:"), "…, Cllr Muhammed Butt, London Councils Executive Member for Community
// and Safety, said:"; or its officer by role, before a branch's or area's name ("The chair of Hertfordshire
// Police Federation has warned …"); either after a clause saying what it answers ("Following the
// publication of …, the National Fire Chiefs Council has responded …").
const frontedClause = String.raw`(?:(?:Following|After|In[ \t]+response[ \t]+to|Responding[ \t]+to)[ \t][^,\n]{0,200},[ \t]+)?`
const organisationSubject = new RegExp(
  String.raw`^${frontedClause}(?:(?:[Tt]he[ \t]+)?(?:(${organisationName})(?:[ \t]*\([A-Z]{3,5}\))?(?:[ \t]+${organisationRole})?|${organisationRole}[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\p{Lu}][\p{L}'’-]*[ \t]+){0,3}?${organisationName})(?:,?[ \t]+${leadName}(?:[ \t]+[A-Z]{2,4})?,?)?|${leadName},[ \t]+(?:the[ \t]+)?${organisationRole}[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\p{Lu}][\p{L}'’-]*[ \t]+){0,3}?${organisationName}(?:[ \t]*\([A-Z]{3,5}\))?,?)[ \t]+${leadVerb}`,
  'u'
)
const firstSpeakerLeadIn = /^([^\n“"]{0,300}?)\b(?:said|says|stated|commented|added)[ \t]*:[ \t]*(?:[“"‘]|$)/u
const organisationInSpeaker = new RegExp(String.raw`(?:^|,[ \t]+)(?:[^,\n]{0,60},[ \t]+)?(?:the[ \t]+)?(${organisationName})\b[^,\n]{0,80},?[ \t]*$|^(?:The[ \t]+)?(${organisationName})\b[^\n]{0,100}$`, 'u')
const headLines = 12

/** The text's headline, by-line, lead or first speaker in the name of an organisation that is not a body. */
function association(text: string, lead: string | undefined, cutOff: boolean): TextState['association'] {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '').slice(0, headLines)
  let found: {passage: string; settled: boolean; by: 'sender' | 'headline' | 'lead' | 'speaker'} | undefined
  for (const line of lines) {
    const headline = line.length <= 200 && !/[.!?]$/.test(line) ? organisationHeadline.exec(line) : null
    if (headline) {
      // A by-line or a letter's sender names the writer, whoever the letter names or addresses.
      found = {passage: headline[0], settled: true, by: headline[2] !== undefined || headline[3] !== undefined ? 'sender' : 'headline'}
      break
    }
    const subject = organisationSubject.exec(line)
    // The organisation's officer as the subject of the first paragraph of prose that names a speaker, after a
    // headline that is the lead ("Matt Webb, Chairman of Sussex Police Federation reacts to HMIC report …"):
    // its first speaker, as a lead-in's.
    if (subject && (line === lead || firstSpeakerLeadIn.test(line) || line.split(/[ \t]+/).length >= leadWords)) {
      found = line === lead ? {passage: subject[0], settled: true, by: 'lead'} : {passage: subject[0], settled: !cutOff, by: 'speaker'}
      break
    }
    const leadIn = firstSpeakerLeadIn.exec(line)
    if (leadIn) {
      // The first speaker's lead-in: the organisation's, with no body's or chief's title beside it.
      const speaker = leadIn[1]!.slice(-160)
      const others = speaker.replace(new RegExp(organisationName, 'gu'), '')
      if (organisationInSpeaker.test(speaker) && !bodyName.test(others) && !/\bChief[ \t]+Constable\b/.test(others)) {
        found = {passage: leadIn[0].replace(/[“"‘]$/u, '').trimEnd(), settled: !cutOff, by: 'speaker'}
      }
      break
    }
  }
  if (found === undefined) return undefined
  return {...found, commissioners: new RegExp(commissionersAssociation, 'u').test(found.passage), kind: organisationKind(found.passage)}
}

// The Government speaks as the Home Secretary, the Home Office or in GOV.UK's "government response" (the
// Local Government Association is councils'); the chiefs' council by its name or initials.
const governmentName = /\b(?:Home[ \t]+Secretary|Home[ \t]+Office|(?<!Local[ \t])[Gg]overnment(?![ \t]+Association)|(?:Policing|Crime[ \t]+and[ \t]+Policing)[ \t]+Minister|Minister[ \t]+(?:of[ \t]+State[ \t]+)?for[ \t]+(?:Crime[ \t]+and[ \t]+)?Policing)\b/u
const chiefsCouncilName = /\b(?:National[ \t]+Police[ \t]+Chiefs['’][ \t]+Council|NPCC)\b/u

/** Which kind of organisation a passage naming it is. */
function organisationKind(passage: string): OrganisationKind {
  if (governmentName.test(passage)) return 'government'
  return chiefsCouncilName.test(passage) ? 'chiefs-council' : 'association'
}

// Hansard's header above a written statement or a debate: "Volume 606: debated on Thursday 25 February 2016".
const hansardHeader = /^Volume[ \t]+\d{1,4}:[ \t]+debated[ \t]+on[ \t]+(?:[\p{Lu}][\p{Ll}]+day[ \t]+)?\d{1,2}[ \t]+[\p{Lu}][\p{Ll}]+[ \t]+\d{4}$/u

/** Hansard's header among the text's first lines, or `undefined`. */
function parliament(text: string): string | undefined {
  const lines = text.split('\n', 60).map((line) => line.trim()).filter((line) => line !== '').slice(0, headLines)
  return lines.find((line) => hansardHeader.test(line))
}

/** Whether the text names a local policing body outside quotation marks (as the speaker, a partner or a subject). */
function bodyNamedUnquoted(text: string): boolean {
  for (const match of text.matchAll(bodyNames)) if (!quoted(text, match.index)) return true
  return false
}

// A page that lists reports, one a line with its date ("PCC & Force Response to PEEL Effectiveness 2018",
// "Custody services in a COVID-19 environment – April 2021 Response", "Published on: 13 April 2022"),
// answers no single one of them. A line that names a report or gives a publication, not a sentence (no
// full stop between sentences inside it) and not in the first person (a comment on one of them).
const listedReportWord = /\b(?:reports?|inspections?|reviews?|assessments?|PEEL|super-complaint|thematic)\b|^published\b/i
const sentenceInside = /[.!?][ \t]+\p{Lu}/u
const firstPerson = /\b(?:I|we|my|our)\b/i
// The date a listed report's line gives: a year or a period ("2018/19"), with its month where given.
const listedDate = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+)?((?:19|20)\d\d(?:[/–-]\d{2,4})?)\b/i
// Three different dates: a response names its report, and at most an earlier one, with their dates.
const listedDates = 3
const listedLineLength = 200

/** The lines of a page that lists reports of three or more different dates, or `undefined`. */
function reportList(text: string): string[] | undefined {
  const dates = new Set<string>()
  const lines: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line.length > listedLineLength || !/^[\p{Lu}\d]/u.test(line) || !listedReportWord.test(line)) continue
    // A sentence (its full stop at the end) tells of a report; an entry of a list names one.
    if (sentenceInside.test(line) || firstPerson.test(line) || /\.$/.test(line)) continue
    const date = listedDate.exec(line)
    if (!date) continue
    // "Nov 2014" and "November 2014" are one date.
    const key = `${(date[1] ?? '').toLowerCase()} ${date[2]}`
    if (!dates.has(key)) lines.push(line)
    dates.add(key)
  }
  return dates.size >= listedDates ? lines : undefined
}

// A page that says it lists reports or responses: "HMICFRS reports and the response from the PCC are listed
// below", "… send these responses to HMICFRS and the Home Office and then publish [them] …, which … are listed
// below", "We’ll post those responses in this section", "… publishes their responses on this website", "Below
// you will find the responses to published reports", "This is an archive of older responses".
const listingSentence =
  /\b[^.\n]{0,120}?\b(?:reports|responses)\b[^.\n]{0,160}?\b(?:are|will[ \t]+be)[ \t]+(?:listed|set[ \t]+out|shown|published|posted)[ \t]+(?:below|here|on[ \t]+this[ \t]+page|in[ \t]+this[ \t]+section)\b|\b[^.\n]{0,120}?\b(?:post|publish|list)(?:s|es)?[ \t]+(?:those|these|all|our|the|their|its|his|her)[ \t]+(?:responses|reports)[ \t]+(?:below|here|on[ \t]+this[ \t]+(?:page|web[ \t]?site|site)|in[ \t]+this[ \t]+section)\b|\b(?:below|on[ \t]+this[ \t]+page)[ \t]+(?:you[ \t]+(?:will|can|may)[ \t]+find|are)[ \t]+(?:the|our|all|a[ \t]+list[ \t]+of)[ \t]+[^.\n]{0,40}?\b(?:responses|reports)\b[^.\n]{0,120}|\b(?:this|the[ \t]+page)[ \t]+is[ \t]+an?[ \t]+(?:archive|list|index|collection)[ \t]+of[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:responses|reports)\b/i

// A lead-in that introduces several reports ("… the recent inspections conducted by HMICFRS that have required
// a PCC comment as follows:", "The following reports were published:"), then a line for each: minutes or a
// page taking several reports at once, whatever title each line gives.
const severalReportsLeadIn = /\b(?:reports|inspections|reviews|assessments)\b[^\n]{0,200}:$/i
const listedReportsNeeded = 2

/** The lead-in of two or more lines that each name a report, or `undefined`. */
function reportsListedAfterLeadIn(lines: string[]): string | undefined {
  // Each line is looked at once: a scan of the lines after a lead-in resumes the search where it stopped.
  for (let at = 0; at < lines.length; ) {
    const line = lines[at]!
    at++
    if (!severalReportsLeadIn.test(line)) continue
    let listed = 0
    for (; at < lines.length; at++) {
      const next = lines[at]!
      if (next === '') continue
      if (next.length > listedLineLength || !listedReportWord.test(next) || sentenceInside.test(next) || firstPerson.test(next)) break
      listed++
    }
    // A long lead-in is quoted by its end, from a word's start.
    if (listed >= listedReportsNeeded) return line.length > listedLineLength ? `…${line.slice(-listedLineLength).replace(/^\S*\s+/, '')}` : line
  }
  return undefined
}

// An agenda item or paper that is a periodic update on the inspectorate's work, by its heading on a line of its
// own: "HMICFRS Update", "HMIC Inspection Update", "Update on HMICFRS Inspections". It reports on several
// reports at once (those published since the last meeting), whichever of them a line names.
const inspectorateUpdate = /^(?:(?:HMICFRS|HMIC)[ \t]+(?:[Ii]nspections?[ \t]+)?[Uu]pdates?|[Uu]pdate[ \t]+on[ \t]+(?:HMICFRS|HMIC)[ \t]+[Ii]nspections)$/m

// A heading of the inspectorate's reports of a reporting year, on a line of its own: "His Majesty's Inspectorate of
// Constabulary and Fire and Rescue Services reports 2022 - 23", "HMICFRS Inspections 2019/20" (a section of an annual
// report on all of them). Only with its period: "HMIC Reports 2019" heads a page that publishes one letter.
const reportsOfYear = new RegExp(
  String.raw`^(?:${inspectorateName})[ \t]+(?:[Ii]nspection[ \t]+)?(?:[Rr]eports|[Ii]nspections)[ \t]+(?:for[ \t]+)?(?:19|20)\d\d[ \t]*[-–/][ \t]*\d{2,4}$`,
  'mu'
)

/** The sentence in which a page says it lists reports or responses (or introduces a list of them), or `undefined`. */
function listsReports(text: string): string | undefined {
  return (
    listingSentence.exec(text)?.[0].trim() ??
    reportsListedAfterLeadIn(text.split('\n').map((line) => line.trim())) ??
    inspectorateUpdate.exec(text)?.[0] ??
    reportsOfYear.exec(text)?.[0]
  )
}

// A round-up of several forces' reports: "Cleveland, North Yorkshire and Northumbria Police were all rated as good"
// (forces listed with a comma and "and", then rated together).
const ratedTogether = /\b(?:were|are|have[ \t]+(?:all[ \t]+)?been)[ \t]+(?:all|both)[ \t]+(?:rated|graded|judged|assessed)\b/g
const listEnd = /\b(?:Police|Constabularies|forces)$/
const listJoin = /[ \t](?:and|&)[ \t]/

/** Whether `subject` lists forces: a comma, then "and" and the list's last name ("Cleveland, North Yorkshire and Northumbria Police"). */
function forcesListed(subject: string): boolean {
  const comma = subject.indexOf(',')
  return comma !== -1 && listJoin.test(subject.slice(comma)) && listEnd.test(subject)
}

/** The sentence that rates several forces listed together, or `undefined`. */
function severalForcesRated(text: string): string | undefined {
  for (const match of text.matchAll(ratedTogether)) {
    const start = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf('\n', match.index)) + 1
    const subject = text.slice(start, match.index).trim()
    if (subject.length > 150 || !forcesListed(subject)) continue
    const stops = [text.indexOf('.', match.index), text.indexOf('\n', match.index)].filter((at) => at !== -1)
    return text.slice(start, stops.length > 0 ? Math.min(...stops) : text.length).trim()
  }
  return undefined
}

// A word for what section 55 answers, a report or an inspection; "the inspectorate" alone ("highly rated
// by the police inspectorate") names the inspector, not a report.
const reportOrInspection = /\b(?:reports?|inspections?|inspected|HMICFRS|HMIC|PEEL|assessments?)\b/i

/** The first words of `text` that refer to a report or an inspection. */
function reportReference(text: string): string | undefined {
  return referredReport.exec(text)?.[0]
}

/**
 * Whether `source` looks cut off or points elsewhere, and how it first refers to a report.
 *
 * @example
 *   textState('I welcome the report. The force has').cutOff // true
 */
export function textState(source: string | undefined): TextState {
  if (source === undefined) {
    return {
      cutOff: false,
      covering: false,
      cutInOpening: false,
      reportElsewhere: false,
      chiefElsewhere: false,
      statementEnded: false,
      refersToNoReport: false,
      bodyNamed: false,
      index: false,
      presentsAsResponse: false,
      minutes: false,
      onlyGeneric: false,
      endsWhole: false
    }
  }
  // Line ends as the author saw them: a web copy's trailing spaces or no-break spaces, or CRLF, change no verdict
  // (the line-anchored patterns below end at `$`).
  const text = source
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
  const trimmed = text.trimEnd()
  // Footnotes after the text ("[1] An inspection of … (") are references, not where the text ends.
  const lines = trimmed.split('\n').map((line) => line.trim())
  let last = lines.length - 1
  while (last > 0 && (lines[last] === '' || footnote.test(lines[last]!) || siteChrome.test(lines[last]!))) last--
  const lastLine = lines[last] ?? ''
  const lineBefore = lines.slice(0, last).reverse().find((line) => line !== '')
  const cutOff =
    (lastLine.length > 40 && !ending.test(lastLine) && !isTitleLine(lastLine) && !isLinkLine(lastLine) && !isSignature(lastLine, lineBefore)) ||
    quotationNeverClosed(lastLine) ||
    stopsMidSentence(lastLine) ||
    lines.filter(isClippedParagraph).length >= clippedParagraphs
  const reference = reportReference(text)
  const title = reference === undefined ? undefined : possibleTitle(text)
  const list = reportList(text)
  const listing = listsReports(text)
  const rated = severalForcesRated(text)
  const speaking = bodySpeaking(text)
  const lead = leadOf(text)
  const other = otherVoice(text, lead)
  // A candidate's words name no organisation: only the Government's and the chiefs' council's have a kind here.
  const kind = other === undefined ? undefined : organisationKind(other)
  const otherKind = kind === 'association' ? undefined : kind
  const organisation = other === undefined ? association(text, lead, cutOff) : undefined
  const record = parliament(text)
  return {
    cutOff,
    ...pointers(text),
    cutInOpening: cutOff && trimmed.length < openingLength,
    ...(reference === undefined ? {} : {reportReference: reference}),
    ...(title === undefined ? {} : {possibleTitle: title}),
    ...forceVoice(text, lead, speaking),
    ...(other === undefined ? {} : {otherVoice: other}),
    ...(otherKind === undefined ? {} : {otherVoiceKind: otherKind}),
    ...(organisation === undefined ? {} : {association: organisation}),
    ...(record === undefined ? {} : {parliament: record}),
    statementEnded: statementEnded(text),
    refersToNoReport: !reportOrInspection.test(text),
    bodyNamed: bodyName.test(text),
    ...(speaking === undefined ? {} : {bodySpeaks: speaking}),
    ...(list === undefined ? {} : {reportList: list}),
    ...(listing === undefined ? {} : {listsReports: listing}),
    ...(rated === undefined ? {} : {severalForcesRated: rated}),
    index: isIndex(lines),
    presentsAsResponse: responseWords.test(text),
    minutes: isMinutes(text),
    onlyGeneric: reference !== undefined && onlyGeneric(text, lines),
    endsWhole: !cutOff && endsWhole(lines, last, text)
  }
}

// A headline: the text's first line (page chrome aside) that is not a sentence or a lead-in.
const headlineLength = 150

/**
 * Whether every sentence of `text` that refers to a report or an inspection says nothing of which one,
 * and its headline, which may name the report without a report word ("Police response to stalking"),
 * holds only generic words.
 */
function onlyGeneric(text: string, lines: string[]): boolean {
  const headline = lines.find((line) => line !== '' && !isPageFurniture(line)) ?? ''
  if (headline.length <= headlineLength && !/[.!?:]$/.test(headline) && !genericPassage(headline)) return false
  return text.split(sentenceBreak).every((sentence) => !(referredReport.test(sentence) || inspectorsAt.test(sentence)) || genericReference(sentence))
}

// A sentence about what the inspectors did, with no report word ("The inspectors looked at how the force
// handles stalking"): it may say which report as well as one with a report word does.
const inspectorsAt = /\b(?:inspectors?|inspected|inspecting)\b/i

// A last line that finishes a sentence: its full stop, question or exclamation mark, then any closing
// quotation marks or brackets ("… the Met.”"). A heading, a link's label or a lead-in ending in a colon
// may be followed by what the copy did not keep.
const finishedSentence = /[.!?][”"’')\]]{0,3}$/
// A letter's sign-off ("Yours sincerely", "Kind regards"): the name and title lines under it end the letter.
const signOff = /^(?:yours[ \t]+(?:sincerely|faithfully|truly)|(?:kind|best|warm|with[ \t]+best)[ \t]+(?:regards|wishes)|regards)\b/i
const signOffLines = 6

/** Whether the text evidently ends where its author ended it (`lines` trimmed, `last` its last line of text). */
function endsWhole(lines: string[], last: number, text: string): boolean {
  const first = lines.find((line) => line !== '') ?? ''
  if (/^[“"‘]/.test(first)) return false
  if (finishedSentence.test(lines[last] ?? '') || statementEnded(text)) return true
  return lines.slice(Math.max(0, last - signOffLines), last + 1).some((line) => signOff.test(line))
}

// What a response calls itself or how it opens: a text without any of these may be a page about the
// report, not the body's response to it.
const responseWords = /\b(?:respon(?:se|ses|d|ds|ded|ding)|comments?[ \t]+on|Dear|[Ss]ection[ \t\u00A0]*55|[Ss]\.?[ \t\u00A0]?55)\b/i

// What minutes write and a published response does not: a resolution, an agenda item, the meeting's
// members questioning, the panel or committee as the subject of what was done.
const minutesMarker =
  /\b(?:RESOLVED|[Mm]inutes[ \t]+of[ \t]+the|[Aa]genda[ \t]+[Ii]tem|[Aa][ \t]+[Mm]ember[ \t]+(?:asked|noted|queried|raised|questioned|enquired|sought)|[Mm]embers[ \t]+(?:asked|noted|queried|discussed|raised|questioned|considered|received|were[ \t]+(?:informed|advised|told))|[Tt]he[ \t]+(?:Panel|Committee|Board|Sub-?[Cc]ommittee)[ \t]+(?:noted|received|considered|asked|agreed|discussed|resolved|questioned|was[ \t]+(?:informed|advised|told)))\b/g
// Two markers, so that a response mentioning its panel once ("The Panel noted my report") is not minutes.
const minutesMarkers = 2

/** Whether the text is the minutes of a meeting. */
function isMinutes(text: string): boolean {
  return (text.match(minutesMarker)?.length ?? 0) >= minutesMarkers
}

// A news release ends its statement with a closing line and its notes follow: "ENDS", "-ends-", "Notes to
// editors", "Editor's notes", "Background information". A letter's "Background" section opens it, and
// a numbered one ("1. Background") is a part of it: only the closing line, in the second half of the text, ends the statement.
const statementEnd =
  /^[#*_ \t]{0,6}(?:ENDS|-+[ \t]*[Ee]nds[ \t]*-+|[Nn]otes?[ \t]+(?:to|for)[ \t]+(?:[Ee]ditors?|the[ \t]+[Ee]ditor)|[Ee]ditor['’]?s[ \t]+[Nn]otes?|Background[ \t]+(?:information|notes?))[*_:. \t]{0,6}$/m

/** Whether a release's closing line stands in the second half of the text. */
function statementEnded(text: string): boolean {
  const match = statementEnd.exec(text)
  return match !== null && match.index >= text.length / 2
}

// A response opens with the report it answers, its legal basis and the body's first comments: a
// text that stops within its first few hundred characters may not have reached them.
const openingLength = 600

/**
 * Why a check cannot tell from this text, or `undefined` when the text settles it. An error needs the
 * whole text: a part missing from a text cut off anywhere, or from an index page whose links open the
 * responses, may be in the rest (`'anywhere'`). The
 * legal basis, stated in a response's opening, is settled by a text cut off later (`'opening'`). A
 * pointer to the report ("The full report can be found here") leaves unsettled only what its link
 * could hold: the report's name (`'report'`).
 */
export function unsettled(state: TextState, where: 'opening' | 'anywhere' | 'report'): string | undefined {
  if (where === 'opening' ? state.cutInOpening : state.cutOff) return cannotTellBecause['cut-off']
  if (state.covering) return cannotTellBecause.covering
  if (where === 'report' && state.reportElsewhere) return cannotTellBecause['report-elsewhere']
  if (where !== 'opening' && state.index) return cannotTellBecause.index
  return undefined
}
