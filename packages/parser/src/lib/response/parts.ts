import type {PartKind, ResponsePart, SourceSpan} from '@scrutiny/schema'
import {withoutEmphasisMarks} from '../normalise/headings.js'
import type {Block} from './blocks.js'
import {beforeSignature} from './people.js'
import {chiefIsCommissioner, committeeResponse, honorifics, otherSpeakerBlocks, speeches, unquoted} from './speakers.js'
import {bodyTitle, chiefTitle, firstPerson, footnote, sectionNumberPrefix, valediction} from './patterns.js'

// Part headings of the genre: the body's comments/response/reply, the chief officer's comments/response,
// and the body's response to the chief's comments, each as "<who>'s <what>" or "<what> from <who>", after
// a section number ("1.", "Part 2:") and up to three capitalised words naming the area ("Lincolnshire").
// Every run is bounded and the labels are at most 120 characters, so matching stays linear.
const bodyName = String.raw`(?:the )?(?:office of the )?(?:deputy )?(?:local policing body|(?:police,? )?(?:fire(?: (?:and|&) rescue)?,? )?(?:(?:and|&) )?(?:crime,? )?(?:and victims['’]? )?commissioner(?! of police)|o?pcc|pfcc|mopac|mayor(?: for policing and crime)?|police authority(?: board)?|common council)(?: (?:for|of) [\p{L}& -]{2,40}?)?`
const chiefName = String.raw`(?:the )?(?:(?:temporary|acting|deputy|assistant) )?(?:chief constable|chief officer(?: of police)?|chief fire (?:and rescue )?officer|commissioner of police(?: (?:of|for) (?:the )?[\p{L} ]{2,30}?)?|force|constabulary|police(?! (?:and|&)(?![\p{L}])|,| fire\b| crime\b)(?: service)?)`
const areaWords = String.raw`((?:[\p{L}&-]{2,20} ){0,3}?)`
const what = String.raw`(?:comments|response|reply|statement|observations|view)`
// The other side in "response to the Chief Constable's comments", "reply to the Commissioner's comments".
const toChief = String.raw`(?:the )?(?:chief|cc\b|force|constabulary|commissioner['’]s|commissioner of police)`
const responseLabel = new RegExp(
  String.raw`^(?:${areaWords}${bodyName}['’]?s? ${what} (?:to|on) ${toChief}|${what} (?:from|of|by) ${bodyName}\b.{0,40}\b(?:on|to) ${toChief}|(?:response|reply) to ${toChief}(?:[\p{L} ]{0,30}?)['’]?s? ${what})`,
  'iu'
)
const lpbLabel = new RegExp(String.raw`^(?:${areaWords}${bodyName}['’]?s? ${what}\b(?! to\b)|${what} (?:from|of|by) ${bodyName}(?![\p{L}]))`, 'iu')
// A chief's label ends there or goes on with a preposition: "Force response times" is prose.
const chiefLabel = new RegExp(
  String.raw`^(?:${areaWords}${chiefName}['’]?s? ${what}(?=$|[ \t]*[:.(,\u2013-]|[ \t]+(?:to|on|from|for|of|in|by|regarding|and|received)\b)|${what} (?:from|of|by) ${chiefName}(?![\p{L}]))`,
  'iu'
)
// "Part 2:", "Section 3 –", "(a)": numbering before a label, besides "1." and "3.2.".
const partNumber = /^[ \t]*(?:(?:part|section|step)[ \t]+(?:\d{1,2}|[a-c]|[ivx]{1,4})\b|\(?[a-c]\)|[ivx]{1,4}[.)])[ \t\u00A0:.)\u2013-]*/i
const capitalised = /^(?:\p{Lu}[\p{L}&-]* ){0,3}$/u

/** Whether a label matched, with the words before the title (an area, "The") capitalised. */
function labelled(pattern: RegExp, label: string): boolean {
  const match = pattern.exec(label)
  return match !== null && capitalised.test(match[1] ?? '')
}
// The chief officer by title: of police, of the Metropolis ("Commissioner of Police of the Metropolis"),
// or of a fire and rescue service, whose commissioner (a PFCC) answers its inspections too.
const chiefByTitle = String.raw`(?:chief constable|chief officer|chief fire (?:and rescue )?officer|commissioner of police)`
// "Chief Constable Simon Bailey welcomed the report saying: “…”": a news page's lead-in to a quote.
const speech = String.raw`(?:stated|said|says|saying|responded|commented|added|explained)`
// A block that hands over to the chief: "… he has stated:", "The Chief Constable's response is as
// follows:", "The Chief Constable's comments are set out below.", "The Chief Constable's comments follow."
const attribution = new RegExp(
  String.raw`\b${chiefByTitle}(?:['’]?s)?\b.{0,80}(?:(?:${speech}|responded|as follows|(?:response|comments?) (?:is|was|are|were))[ \t]*:[ \t\u2013-]*|(?:as follows|(?:comments|response|views|reply) follows?|(?:is|are) (?:set out |included |given |shown |reproduced |published )?below)[ \t]*[.:]?)$`,
  'i'
)
// "I have asked the Chief Constable for his response, particular in relation to the recommendations made
// in the report. His response is as follows:": the chief named, then the hand-over by a pronoun, further on.
const pronounHandOver = new RegExp(
  String.raw`\b${chiefByTitle}\b[^\n]{0,240}?\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:response|comments|reply|views|statement)[ \t]+(?:is|are|was|were)[ \t]+(?:as[ \t]+follows|set[ \t]+out[ \t]+below|below)[ \t]*[.:]?$`,
  'i'
)
// "In his response to the report, Chief Constable Chris Noble, said: “I fully accept …”": the quote opens in the block.
const inlineAttribution = new RegExp(String.raw`\b${chiefByTitle}\b[^“"‘\n]{0,80}\b${speech}\b[ \t,:\u2013-]{0,4}[“"‘]`, 'i')
// "I have received the Chief Constable's comments, which are as follows: the force …": the hand-over
// and the comments in one block.
const inlineHandOver = new RegExp(
  String.raw`\b${chiefByTitle}['’]?s?[ \t]+(?:comments|response|reply|views?|observations)\b[^.:\n]{0,60}?(?:as follows|\b(?:is|are|was|were))[ \t]*:[ \t\u2013-]*[“"‘]?[\p{L}]`,
  'iu'
)
// A news page's quote attributed after it: "“We accept the findings,” said Chief Constable Mark Webster.",
// "“…,” Chief Constable Mark Webster added."; or the chief as the subject of a paragraph: "Chief
// Constable Mark Webster said the force accepted …".
// Case matters here: the words after the title are the chief's name only when capitalised.
const chiefCased = String.raw`(?:[Tt]he[ \t]+)?(?:(?:[Tt]emporary|[Aa]cting)[ \t]+)?(?:[Cc]hief [Cc]onstable|[Cc]hief [Oo]fficer|[Cc]hief [Ff]ire (?:and [Rr]escue )?[Oo]fficer|[Cc]ommissioner of [Pp]olice)`
const chiefNameWords = String.raw`(?:[ \t]+[\p{Lu}][\p{L}'’-]+){0,3}`
// "Chief Constable Jo Bloggs: “We accept …”": the chief by title and name, a colon, then the quote.
const chiefColonQuote = new RegExp(String.raw`^(?:(?:[Tt]emporary|[Aa]cting|[Dd]eputy)[ \t]+)?(?:Chief Constable|Chief Officer|Chief Fire Officer)(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,3}:[ \t]*[“"‘]`, 'u')
const quoteThenChief = new RegExp(
  String.raw`^[“"‘][^\n]{4,}?[”"’],?[ \t]+(?:${speech}[ \t]+${chiefCased}|${chiefCased}${chiefNameWords},?[ \t]+${speech})\b`,
  'u'
)
// "The Chief Constable has responded to the report, saying …": the chief's comments, reported.
const chiefSpeaks = new RegExp(
  String.raw`(?:^|[.!?][ \t]+)(?:[Ii]n (?:his|her|their) response(?: to the report)?,?[ \t]+)?${chiefCased}${chiefNameWords},?[ \t]+(?:has[ \t]+|had[ \t]+)?${speech}\b`,
  'u'
)
// The chief officer (or a deputy or assistant chief constable) reported at the head of a paragraph, as
// minutes and news pages report them, after a paragraph number or a bullet: "3.3 The Chief Constable
// informed the Panel that he welcomed independent scrutiny", "The Chief Constable has thanked officers
// and staff …", "· In response to a question regarding AFI 7, the Assistant Commissioner confirmed that
// …" (in the Metropolitan and City of London forces, whose chief officer is a Commissioner). Read only in
// a paragraph with no first-person words outside quotation marks: "The Chief Constable has confirmed to
// me that …" is the body's account.
const reportedVerb = String.raw`(?:informed|advised|explained|confirmed|noted|commented|reported|stated|said|told|assured|acknowledged|welcomed|welcomes|thanked|highlighted|reiterated|responded|added|praised|accepted|emphasised|stressed)`
const paragraphHead = String.raw`^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t\u00A0]+|[·•▪*–-][ \t]*)?(?:(?:In[ \t]+response(?:[ \t]+to[^,\n]{1,100})?|Responding[ \t]+to[^,\n]{1,100}|Asked[ \t]+about[^,\n]{1,100}),[ \t]+)?`
const chiefRanks = String.raw`(?:[Tt]he[ \t]+)?(?:(?:[Tt]emporary|[Aa]cting)[ \t]+)?(?:(?:[Dd]eputy|[Aa]ssistant)[ \t]+)?(?:Chief[ \t]+Constable|Chief[ \t]+Officer)`
const reportedTail = String.raw`${chiefNameWords},?[ \t]+(?:has[ \t]+|had[ \t]+)?(?:also[ \t]+)?${reportedVerb}\b`
const chiefReported = new RegExp(String.raw`${paragraphHead}${chiefRanks}${reportedTail}`, 'u')
const commissionerReported = new RegExp(String.raw`${paragraphHead}(?:[Tt]he[ \t]+)?(?:(?:Deputy|Assistant|Acting)[ \t]+)?Commissioner(?![ \t]+of\b)${reportedTail}`, 'u')
// "Chief Constable Amanda Blakeman acknowledged the findings and reiterated the force’s commitment to
// improvement: “We take …”": the chief as the subject of the sentence whose colon opens a quotation.
const chiefColonLeadIn = new RegExp(
  String.raw`(?:^|[.!?][ \t]+)${chiefCased}${chiefNameWords},?[ \t]+(?:has[ \t]+)?(?:acknowledged|welcomed|reiterated|accepted|responded|thanked|praised|emphasised|stressed)\b[^“"‘\n:]{0,160}:[ \t]*[“"‘]`,
  'u'
)
/** Whether a paragraph reports the chief (or a Commissioner's rank, where the chief is one) at its head, in no first person of its own. */
function chiefReportedIn(text: string, chiefIsCommissionerHere: boolean): boolean {
  if (!chiefReported.test(text) && !(chiefIsCommissionerHere && commissionerReported.test(text))) return false
  return !firstPerson.test(unquoted(text))
}

// "Sarah Crew said:" after "Chief Constable Sarah Crew": the chief officer by name alone, the quote
// in the next block or opening in this one.
const namedAttribution = new RegExp(String.raw`^([\p{Lu}][\p{L}'’-]{1,30}(?: [\p{Lu}][\p{L}'’-]{1,30}){1,2}),? ${speech}(?:[ \t]*:$|[ \t,:\u2013-]{0,4}[“"‘])`, 'u')
// "Chief Constable Sarah Crew", "Chief Fire Officer Paul Hedley", "Lee Freeman, Chief Constable of …".
const chiefNamed = new RegExp(
  String.raw`\b(?:Chief Constable|Chief Officer|Chief Fire Officer) ([\p{Lu}][\p{L}'’-]{1,30}(?: [\p{Lu}][\p{L}'’-]{1,30}){1,2})|(?<![\p{L}])([\p{Lu}][\p{L}'’-]{1,30}(?: [\p{Lu}][\p{L}'’-]{1,30}){1,2}), (?:the )?(?:(?:Temporary|Acting) )?(?:Chief Constable|Chief Fire Officer)\b`,
  'gu'
)


/**
 * Names the text gives its chief officer ("Chief Constable Sarah Crew" gives "Sarah Crew", and "Ms
 * Crew", "Dame Sarah Crew" and the rest for the later mentions with an honorific).
 */
function chiefNames(blocks: Block[]): Set<string> {
  const names = new Set<string>()
  for (const block of blocks) {
    for (const match of block.text.matchAll(chiefNamed)) {
      const name = (match[1] ?? match[2])!
      names.add(name)
      const surname = name.slice(name.lastIndexOf(' ') + 1)
      for (const honorific of honorifics) names.add(`${honorific} ${surname}`).add(`${honorific} ${name}`)
    }
  }
  return names
}

// A news page speaks of the body in the third person: "PCC Clare Moody held …", "The Commissioner welcomed …".
const bodyAsSubject = new RegExp(String.raw`^(?:the )?(?:${bodyTitle.source})(?= [\p{Lu}]| (?:has|was|is|welcomed|welcomes|said|asked|held|added)\b)`, 'iu')
// A sentence in which the body gives its view in the third person: "The PCC for Surrey, Kevin Hurley,
// recognises that …" (or "…, Stephen Mold welcomes …", the name's closing comma left out), "The
// Commissioner welcomed the report", and a news page's "Responding to the publication PCC Katy
// Bourne said …" (the lead-in, then the title and the name), "PCC Stephen Mold has informed the Chief
// Constable … that he expects …": its comments, reported; "In response, the PCC said …" likewise. A news release gives the area before the
// title ("Bedfordshire’s Police and Crime Commissioner - Kathryn Holloway, has commented …"), or the
// name first ("Adam Simmonds, Police and Crime Commissioner for Northamptonshire, has today backed …");
// a panel's minutes report the holder's answers ("The PCC advised the Panel that …", "The PCC noted …").
// News copy may gloss the title with its initials before the name: "Dorset police and crime commissioner (PCC)
// David Sidwick said: …".
const bodyArea = String.raw`(?:[\p{Lu}][\p{L}-]*(?:['’]s)?[ \t]+){0,2}`
const bodyHolderName = String.raw`[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,2}`
const bodyViewVerb = String.raw`(?:recognises|recognised|thanks|thanked|welcomes|welcomed|believes|said|says|added|praised|praises|informed|expects|stated|commented|responded|urged|backed|backs|explained|advised|noted|confirmed|highlighted|acknowledged|echoed|reiterated)`
const bodySubject = (title: string) =>
  String.raw`(?:(?:[Tt]he )?${bodyArea}(?:${title})(?:[ \t]+for[ \t]+[\p{Lu}][\p{L}-]*)?(?:[ \t]+\((?:PCC|PFCC)\))?(?:[ \t]*[,–-][ \t]+[\p{Lu}][\p{L}.'’ -]{1,40},|,?(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,3},?)?|${bodyHolderName},[ \t]+(?:the[ \t]+)?(?:${title})(?:[ \t]+for[ \t]+[\p{Lu}][\p{L}-]*(?:[ \t]+[\p{Lu}][\p{L}-]*)?)?,)`
const bodyGivesViewAs = (title: string) =>
  new RegExp(
    String.raw`(?:^|[.!?][ \t]+)(?:(?:[Rr]esponding|[Rr]eacting|[Cc]ommenting)[ \t]+(?:to|on)[ \t]+(?:the|this|today['’]s)[ \t]+(?:publication|report|inspection|assessment|findings),?[ \t]+|[Ii]n[ \t]+(?:response|reply)(?:[ \t]+to[ \t]+(?:the|this|today['’]s)[ \t]+(?:publication|report|inspection|assessment|findings))?,?[ \t]+)?${bodySubject(title)}[ \t]+(?:has[ \t]+|had[ \t]+)?(?:today[ \t]+|also[ \t]+)?${bodyViewVerb}\b`,
    'u'
  )
// News copy writes the title in lower case too ("Police and crime commissioner for Cheshire David Keane, said: “…”").
const bodyGivesView = bodyGivesViewAs(String.raw`${bodyTitle.source}|\b[Pp]olice,?[ \t]+(?:[Ff]ire[ \t]+)?and[ \t]+crime[ \t]+commissioner\b`)
// The body by "Commissioner" alone ("The Commissioner explained that …", in a panel's minutes), where
// the text calls it by its title elsewhere and no force whose chief is a Commissioner is named: in the
// Metropolitan and City of London forces "the Commissioner" is the chief officer.
const bodyGivesViewAsCommissioner = bodyGivesViewAs(String.raw`Commissioner(?![ \t]+of[ \t]+Police)`)
// A mayor who is the body (London's through MOPAC, Greater Manchester's, West Yorkshire's): "The Mayor of
// London, Sadiq Khan, said …", "The Deputy Mayor said …", after the Commissioner of the Met is quoted.
const bodyGivesViewAsMayor = bodyGivesViewAs(String.raw`(?:Deputy[ \t]+)?Mayor(?:[ \t]+(?:of|for)[ \t]+[\p{Lu}][\p{L}]*(?:[ \t]+[\p{Lu}][\p{L}]*){0,2})?`)
// The City's police authority board, its Common Council and London's MOPAC answer to forces whose chief
// officer is a Commissioner; an Assistant Commissioner is a rank of those forces only.
const panelMinutes = /\b(?:Police and Crime Panel|(?:from|to|advised|informed|told|assured) the Panel)\b/
// In those forces the chief officer and the ranks under them speak as "Commissioner": "Dame Lynne Owens,
// Deputy Commissioner, said: “…”", "Commissioner Sir Mark Rowley said …".
const commissionerRank = String.raw`(?:(?:Deputy|Assistant|Acting)[ \t]+)?Commissioner`
const commissionerSpeaks = new RegExp(
  String.raw`(?:^|[.!?][ \t]+)(?:[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,3},[ \t]+(?:the[ \t]+)?${commissionerRank},|${commissionerRank}(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,4},?)[ \t]+(?:has[ \t]+)?${speech}\b`,
  'u'
)

// The writer as the chief: "since my appointment as Chief Constable", "As Chief Constable, I …", "I
// was appointed Chief Constable". Not the body appointing one ("my appointment of the Chief Constable").
const chiefSelf = new RegExp(
  String.raw`\b(?:my appointment as|I (?:was|have been) appointed(?: as)?)[ \t]+${chiefCased}\b|(?:^|[.!?][ \t]+)[Aa]s[ \t]+${chiefCased},?[ \t]+I\b|\bI,?[ \t]+as[ \t]+${chiefCased}\b`,
  'u'
)
// Advice relayed ("I am advised by the Chief Constable that the force lead …") gives the chief's position
// as the chief gave it; an assurance the body received ("I have been assured by the Chief Constable that
// recommendations … will be fed into ongoing work") is the body's account, as "the Chief Constable has
// confirmed to me" is.
const relayed =
  /\b(?:I am|I have been|I was|we are|we have been) (?:advised|informed|told) by the chief constable\b|\bthe chief constable (?:has )?(?:advised|informed) me\b/i
const chiefSignature =
  /^[\p{Lu}][\p{L}.'’ -]{1,60},[ \t]+(?:(?:temporary|acting|deputy) )?(?:chief constable|commissioner of police)\b/iu
const bodySignature = new RegExp(String.raw`^[\p{Lu}][\p{L}.'’ -]{1,60},[ \t]+.{0,40}${bodyTitle.source}`, 'u')
// A signature's line holds no quotation and no verb of the body's view: "Responding to the report, Dorset
// Police and Crime Commissioner David Sidwick said: “…”" and "Jo Bloggs, Police and Crime Commissioner
// for Kent, has today backed the findings." open the body's comments.
function signedByBody(text: string): boolean {
  const line = text.split('\n', 1)[0]!
  return bodySignature.test(line) && !/[“"]|:[ \t]/.test(line) && !bodyGivesView.test(line)
}

// A page's pointer to its own site ("Further information … is on our website", "visit our web pages"):
// the site's voice, not a view on a report, so its "our" is no first-person comment.
const sitePointer = /\b(?:on|from|via|at|visit|see) (?:our|my) (?:web ?site|web ?pages?|pages?|site)\b/gi

/** Whether a block speaks in the first person, beyond a pointer to the page's own site. */
function voiced(text: string): boolean {
  return firstPerson.test(text.replace(sitePointer, ''))
}

// A link's label that tells the reader to open a document ("Read the Chief Constables response to the PCC
// over the latest …", "Download the PCC's response") points to that part on another page: it heads nothing here.
const linkPointer = /^(?:read|view|download|open|see|access|click)\b/i
// A line that says where the part is, not a heading over it: "The Chief Constable's response to the report
// can be found in the attached annex", "The Chief Constable's comments are attached at Appendix A". A
// heading that names its appendix ("Chief Constable's response (Appendix A)") still heads the text under it.
const pointerLine =
  /\b(?:(?:is|are|was|were|has been|have been|can be|will be) (?:attached|enclosed|appended|available|found|read|viewed|downloaded|accessed)|in the attached|attached (?:at|as|to)|see (?:the )?(?:attached|annexe?|appendix))\b/i
const labelSentence = /[;]|\b(?:is|are|was|were|has|have|needs?|must|should)\b[^\n]{0,120}[.!]$/
/** The label a short block gives the part it opens, if any. */
export function partLabel(text: string): PartKind | undefined {
  if (text.length > 120) return undefined
  // Markdown emphasis ("**PCC response**") and numbering are not part of the label.
  const label = withoutEmphasisMarks(text.trim())
    .replace(partNumber, '')
    .replace(sectionNumberPrefix, '')
    .trim()
  // A sentence is no label: "Police response to victims of domestic abuse is not good enough; forces
  // need to take decisive action now." (a finding restated) has a verb after the label's words.
  if (labelSentence.test(label) || linkPointer.test(label) || pointerLine.test(label)) return undefined
  if (labelled(responseLabel, label)) return 'response-to-chief-officer'
  if (labelled(chiefLabel, label)) return 'chief-officer-comments'
  if (labelled(lpbLabel, label)) return 'lpb-comments'
  return undefined
}

// A form's field: its label, a colon, and the part's text on the same line ("FORCE RESPONSE: The HMIC
// report on …", "Chief Constable's comments: I accept …"). The label is up to five words before the
// first colon: a title ("Commissioner’s Response – HMIC Inspection – Core Business: an inspection …") is longer.
const fieldLabelEnd = /^[ \t]*[^\s:]+(?:[ \t]+[^\s:]+){0,4}:[ \t]+\S/

/** The part a form's field opens when its label and its text share a block. */
function fieldLabel(text: string): PartKind | undefined {
  if (!fieldLabelEnd.test(text)) return undefined
  // A field that only says where the part is ("Chief Constable's response: see Appendix B.") holds nothing here.
  if (pointerLine.test(text.slice(text.indexOf(':')))) return undefined
  return partLabel(text.slice(0, text.indexOf(':')))
}

interface Open {
  kind: PartKind
  from: number
  detectedBy: ResponsePart['detectedBy']
  heading?: string
}

export interface Segmentation {
  parts: Partial<Record<PartKind, ResponsePart>>
  /** Index of each block's part, for finding answers. */
  partOf: Array<PartKind | undefined>
  /** Index just after the last block of body text (before the valediction, signature and footnotes). */
  end: number
}

/**
 * Split the response into the three parts of s.55(5): by labelled headings ("Comments from the Chief
 * Constable"), by attributed blocks ("… he has stated:"), by signature blocks ("Gavin Stephens, Chief
 * Constable of Surrey Police"), and otherwise by the body's first-person voice.
 */
export function segment(blocks: Block[], source: string, verbatim: boolean): Segmentation {
  let end = blocks.length
  const closing = blocks.findIndex((block) => valediction.test(block.text.trim()))
  if (closing !== -1) end = closing
  while (end > 0 && footnote.test(blocks[end - 1]!.text.trim())) end--
  // Without a valediction, a closing signature ("Marc Jones" / "Police and Crime Commissioner for …")
  // and the date under it end the text.
  if (closing === -1) end = beforeSignature(blocks, end)

  const ranges: Array<Open & {to: number}> = []
  let open: Open | undefined
  const close = (to: number) => {
    if (open && to >= open.from) ranges.push({...open, to})
    open = undefined
  }
  // A councillor's, a minister's, an inspector's or an association's quoted words are theirs, not the body's voice.
  const otherSpeaker = otherSpeakerBlocks(blocks)
  const firstVoice = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const block = blocks[index]!
      if (!block.furniture && ((!otherSpeaker[index] && voiced(block.text)) || bodyAsSubject.test(block.text.trim()))) return index
    }
    return -1
  }

  const chiefIsCommissionerHere = blocks.some((block) => chiefIsCommissioner.test(block.text))
  // A police and crime panel's minutes ("The Commissioner recognised …, welcomed the challenge from the
  // Panel") speak of the commissioner who answers to the panel.
  const commissionerIsBody = !chiefIsCommissionerHere && blocks.some((block) => bodyTitle.test(block.text) || panelMinutes.test(block.text))
  const givesView = (text: string) =>
    bodyGivesView.test(text) || bodyGivesViewAsMayor.test(text) || (commissionerIsBody && bodyGivesViewAsCommissioner.test(text))
  const names = chiefNames(blocks.slice(0, end))
  // "Sarah Crew said": the chief by a name the text gave them with the title.
  const saidByChiefName = (text: string) => names.has(namedAttribution.exec(text)?.[1] ?? '\u0000')
  // A hand-over: the chief's words are in the blocks after it.
  const attributed = (text: string) => attribution.test(text) || pronounHandOver.test(text) || (saidByChiefName(text) && text.endsWith(':'))
  // The chief's words in the block itself: quoted, or reported ("Chief Constable Mark Webster said the force …").
  const inlineQuote = (text: string) =>
    (chiefIsCommissionerHere && commissionerSpeaks.test(text)) ||
    chiefReportedIn(text, chiefIsCommissionerHere) || chiefColonLeadIn.test(text) ||
    inlineAttribution.test(text) || inlineHandOver.test(text) || chiefColonQuote.test(text) || quoteThenChief.test(text) || chiefSpeaks.test(text) || (saidByChiefName(text) && !text.endsWith(':'))
  for (let index = 0; index < end; index++) {
    const block = blocks[index]!
    const text = block.text.trim()
    // Page furniture (web chrome, a page number) is never a part's voice, label or last line.
    if (block.furniture) continue
    const inline = open?.kind !== 'chief-officer-comments' && inlineQuote(text)
    if ((attributed(text) || inline) && open?.kind !== 'chief-officer-comments') {
      if (!open) {
        const voice = firstVoice(0, index + 1)
        if (voice !== -1) open = {kind: 'lpb-comments', from: voice, detectedBy: 'voice'}
      }
      // "I welcome the report. The Chief Constable has commented: “…”": the body's words open the
      // block that hands over to the chief, so the block is in both parts.
      // A block whose chief is named without the title ("Mr Creedon said: “… we …") opens with the chief's words.
      const chiefAt = text.search(chiefTitle)
      const bodyOpensBlock = inline && open?.kind === 'lpb-comments' && open.from === index && chiefAt > 0 && firstPerson.test(text.slice(0, chiefAt))
      close(inline && !bodyOpensBlock ? index - 1 : index)
      open = inline
        ? {kind: 'chief-officer-comments', from: index, detectedBy: 'attribution'}
        : {kind: 'chief-officer-comments', from: index + 1, detectedBy: 'attribution', heading: text}
      continue
    }
    const label = partLabel(text) ?? fieldLabel(text)
    if (label) {
      if (!open && label !== 'lpb-comments' && !ranges.some((range) => range.kind === 'lpb-comments')) {
        const voice = firstVoice(0, index)
        if (voice !== -1) ranges.push({kind: 'lpb-comments', from: voice, to: index - 1, detectedBy: 'voice'})
      }
      // A labelled part replaces the same part guessed from the voice of the opening lines.
      if (open?.kind === label && open.detectedBy === 'voice') open = undefined
      close(index - 1)
      open = {kind: label, from: index, detectedBy: 'heading', heading: text}
      continue
    }
    if (open?.kind === 'chief-officer-comments' && chiefSignature.test(text)) {
      close(index)
      continue
    }
    // A news page that quotes the chief first, then the body ("Responding to the report, Dorset Police
    // and Crime Commissioner David Sidwick said: “…”"): the body's comments start there, unless a
    // heading set out the part the block is in.
    if (open && open.detectedBy !== 'heading' && open.kind !== 'lpb-comments' && !ranges.some((range) => range.kind === 'lpb-comments') && givesView(text)) {
      close(index - 1)
      open = {kind: 'lpb-comments', from: index, detectedBy: 'attribution'}
      continue
    }
    // "I note the Chief Constable's comments …" answers them; "The chief constable added: “I know …”" is
    // more of them.
    if (
      open?.kind === 'chief-officer-comments' &&
      open.detectedBy === 'attribution' &&
      index > open.from &&
      /\bthe chief constable\b/i.test(text) &&
      firstPerson.test(text) &&
      !attributed(text) &&
      !inlineQuote(text)
    ) {
      close(index - 1)
      open = {kind: 'response-to-chief-officer', from: index, detectedBy: 'voice'}
      continue
    }
    if (!open && ranges.some((range) => range.kind === 'chief-officer-comments') && firstPerson.test(text)) {
      open = {kind: 'response-to-chief-officer', from: index, detectedBy: 'voice'}
      continue
    }
    if (!open && ranges.length === 0 && ((!otherSpeaker[index] && voiced(text)) || givesView(text))) {
      open = {kind: 'lpb-comments', from: index, detectedBy: 'voice'}
    }
  }
  // A trailing signature of the body ("David Munro, Surrey Police and Crime Commissioner") is not text.
  let last = end - 1
  while (last >= 0 && (signedByBody(blocks[last]!.text.trim()) || blocks[last]!.furniture)) last--
  close(Math.min(last, end - 1))

  // A chief officer's own statement or blog ("since my appointment as Chief Constable"): the voice of
  // the text is the chief's, so what the voice says is the chief's comments, not the body's.
  if (!ranges.some((range) => range.kind === 'chief-officer-comments')) {
    const voice = ranges.find((range) => range.kind === 'lpb-comments' && range.detectedBy === 'voice')
    if (voice && blocks.slice(voice.from, voice.to + 1).some((block) => chiefSelf.test(block.text))) voice.kind = 'chief-officer-comments'
  }
  const parts: Segmentation['parts'] = {}
  const partOf: Segmentation['partOf'] = blocks.map(() => undefined)
  for (const range of ranges) {
    if (parts[range.kind] || range.to < range.from) continue
    const first = blocks[range.from]!
    const lastBlock = blocks[range.to]!
    parts[range.kind] = {
      ...(range.heading ? {heading: range.heading} : {}),
      detectedBy: range.detectedBy,
      text: textOf(source, first, lastBlock, verbatim, blocks),
      position: spanOf(first, lastBlock)
    }
    for (let index = range.from; index <= range.to; index++) partOf[index] = range.kind
  }
  if (!parts['chief-officer-comments']) {
    const index = blocks.findIndex((block, at) => at < end && relayed.test(block.text))
    if (index !== -1) {
      const block = blocks[index]!
      parts['chief-officer-comments'] = {detectedBy: 'attribution', text: block.text, position: block.position}
    }
  }
  // A part no heading, hand-over or voice marked may still be there in reported speech: minutes and
  // news copy attribute each view to its speaker ("The PCC shared the concerns of Panel members", "It
  // was the view of the Chief Constable that …", "David Keane, Police & Crime Commissioner for Cheshire
  // said: …"). The first block where the body or the chief officer speaks holds that part.
  // Read only where a part is still missing: most responses head or voice both.
  const spoken = parts['lpb-comments'] && parts['chief-officer-comments'] ? [] : speeches(blocks.slice(0, end))
  for (const [role, kind] of [['body', 'lpb-comments'], ['chief', 'chief-officer-comments']] as const) {
    if (parts[kind]) continue
    const speech = spoken.find((entry) => entry.role === role)
    if (speech === undefined) continue
    const block = blocks[speech.block]!
    parts[kind] = {detectedBy: 'attribution', heading: speech.passage, text: block.text, position: block.position}
    partOf[speech.block] ??= kind
  }
  // A news report that reports the chief officer's part ("… saw Chief Constable Amanda Blakeman provide an
  // update on the findings") and then quotes the body on the chief's work, in its own first person ("I said
  // that I had no doubt that the Chief Constable was already taking measures …"): the body's words after the
  // chief's answer them.
  const reportedChief = spoken.find((entry) => entry.role === 'chief')
  if (!parts['response-to-chief-officer'] && reportedChief !== undefined && parts['chief-officer-comments']?.position === blocks[reportedChief.block]!.position) {
    const answer = blocks.findIndex(
      (block, index) => index > reportedChief.block && index < end && partOf[index] === 'lpb-comments' && /\bthe chief constable\b/i.test(block.text) && voiced(block.text)
    )
    if (answer !== -1) {
      const block = blocks[answer]!
      parts['response-to-chief-officer'] = {detectedBy: 'voice', text: block.text, position: block.position}
    }
  }
  // Minutes of the body's own committee (the City's, on a report of the Commissioner): its chair's or a
  // member's view after the chief's part answers it, and is the body's comments where nothing else is.
  const chiefFrom = partOf.indexOf('chief-officer-comments')
  if (!parts['response-to-chief-officer'] && chiefFrom !== -1) {
    const answer = committeeResponse(blocks.slice(0, end), chiefFrom)
    if (answer !== undefined) {
      const block = blocks[answer.block]!
      const part = {detectedBy: 'attribution', heading: answer.passage, text: block.text, position: block.position} as const
      parts['response-to-chief-officer'] = part
      parts['lpb-comments'] ??= part
      partOf[answer.block] ??= 'response-to-chief-officer'
    }
  }
  return {parts, partOf, end}
}

/** The span from the start of `first` to the end of `last`. */
function spanOf(first: Block, last: Block): SourceSpan {
  return {start: first.position.start, end: last.position.end}
}

/** The verbatim text from the start of `first` to the end of `last`. */
function textOf(source: string, first: Block, last: Block, verbatim: boolean, blocks: Block[]): string {
  if (!verbatim) {
    const from = blocks.indexOf(first)
    const to = blocks.indexOf(last)
    return blocks
      .slice(from, to + 1)
      .map((entry) => entry.text)
      .join('\n\n')
  }
  return source.slice(first.position.start.offset ?? 0, last.position.end.offset ?? 0)
}
