import type {Block} from './blocks.js'
import {firstPerson} from './patterns.js'

/**
 * Who speaks in a text, by the genre's conventions of attribution rather than by wordings: a news
 * page, a release or a meeting's minutes report each speaker by a title ("The PCC advised the Panel
 * that …", "It was the view of the Chief Constable that …"), by a name the text introduced with a
 * title ("David Keane, Police & Crime Commissioner for Cheshire said: …", then "Mr Keane said …"), or
 * after a quotation ("“…,” said Chief Constable Jo Bloggs"). Each speaker resolves to a role: the local
 * policing body (a commissioner, a mayor or deputy mayor for policing) or the force's chief officer
 * (a chief constable of any rank, the Commissioner of the Metropolitan or City of London Police and
 * their deputies and assistants). Other speakers (a councillor, a panel's chair, an inspector) have
 * no role here.
 */
export type SpeakerRole = 'body' | 'chief'

export interface Speech {
  role: SpeakerRole
  /** Index of the block in which the speaker is reported speaking. */
  block: number
  /** The attributing words ("The PCC shared", "Chief Constable Simon Cole said"). */
  passage: string
}

// Titles, matched case-insensitively (news copy writes "deputy mayor for policing", "commissioner").
// "Commissioner" alone, or a Deputy or Assistant Commissioner, is resolved by the text: the chief
// officer's side in the Metropolitan and City of London forces, the body (or its deputy) elsewhere.
const bodyTitles = String.raw`(?:police,?[ \t]+(?:fire[ \t]+(?:(?:and|&)[ \t]+rescue[ \t]+)?)?(?:(?:and|&)[ \t]+)?crime[ \t]+(?:and[ \t]+victims['’]?[ \t]+)?commissioner|police,[ \t]+crime[ \t]+and[ \t]+victims['’][ \t]+commissioner|o?pf?cc|(?:deputy[ \t]+)?mayor(?:[ \t]+(?:of|for)[ \t]+(?:policing(?:[ \t]+and[ \t]+crime)?|[\p{Lu}][\p{L}]+(?:[ \t]+[\p{Lu}][\p{L}]+)?))?)`
const chiefTitles = String.raw`(?:DCC|ACC|(?:(?:temporary|acting|deputy|assistant)[ \t]+)?(?:chief[ \t]+constable|chief[ \t]+officer(?:[ \t]+of[ \t]+police)?|commissioner[ \t]+of[ \t]+police(?:[ \t]+of[ \t]+the[ \t]+metropolis)?))`
// A title, its groups saying whose: the body's (1), the chief's (2), or "Commissioner" (3), resolved by `roleOfTitleMatch`.
const anyTitle = String.raw`(?:the[ \t]+)?(?:acting[ \t]+)?(?:(${bodyTitles})|(${chiefTitles})|((?:(?:deputy|assistant)[ \t]+)?commissioner))`
const title = new RegExp(String.raw`^${anyTitle}\b`, 'iu')
// The "and" that joins a second speaker by title ("… Jo Bloggs and Chief Constable Jim Smith"), not the one inside a title ("Police and Crime Commissioner").
const nextTitle = new RegExp(String.raw`[ \t]and[ \t]+(?=${anyTitle}\b)`, 'giu')
// Forces whose chief officer is a Commissioner: there, "the Commissioner" is the chief.
// The City of London Corporation ("the Corporation’s safer city") is the City's local policing body's
// council: its police committees' minutes call the chief officer "the Commissioner".
export const chiefIsCommissioner =
  /\b(?:Metropolitan Police|the Met\b|City of London Police|Commissioner of Police|Police Authority Board|Common Council|(?:City of London|the) Corporation\b|Mayor['’]s Office for Policing|MOPAC|Assistant Commissioner)/

// The Metropolitan and City of London forces' chief officer ranks below the Assistant Commissioner, as ACC
// elsewhere ("City of London Police Commander Umer Khan said:"): a chief's only in those forces' texts (a fire
// service's "Group Commander" is none).
const commissionersRank = /^(?:the[ \t]+)?(?:deputy[ \t]+assistant[ \t]+commissioner|commander)\b/iu
const commissionersRankBeforeName = /\b(?:[Dd]eputy[ \t]+[Aa]ssistant[ \t]+[Cc]ommissioner|[Cc]ommander)[ \t]+/gu

/** The role a title gives, where the text settles it. */
function roleOfTitle(words: string, commissionerIsChief: boolean): SpeakerRole | undefined {
  const match = title.exec(words)
  if (match) return roleOfTitleMatch(match, commissionerIsChief)
  return commissionerIsChief && commissionersRank.test(words) ? 'chief' : undefined
}

/** The role of a match of `anyTitle`: the body's or the chief's title, or "Commissioner" as the text's forces use it. */
function roleOfTitleMatch(match: RegExpExecArray | RegExpMatchArray, commissionerIsChief: boolean): SpeakerRole {
  if (match[1] !== undefined) return 'body'
  if (match[2] !== undefined) return 'chief'
  return commissionerIsChief ? 'chief' : 'body'
}

// A person's name: two or three capitalised words ("Janette McCormick", "Dame Cressida Dick").
const name = String.raw`[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,2}`
const nameAhead = new RegExp(String.raw`^(?:Councillor|Cllr)?[ \t]*(${name})`, 'u')
// Introductions: a title before the name ("Acting Chief Constable Janette McCormick", "PCC Katy
// Bourne", "Police and Crime Commissioner for Northamptonshire Stephen Mold"), or the name, a comma and
// the title, with up to three words before it ("David Keane, Police & Crime Commissioner for Cheshire",
// "Sophie Linden, Mr Khan’s deputy mayor for policing").
const titleBeforeName = new RegExp(String.raw`\b${anyTitle}(?:[ \t]+for[ \t]+\p{L}+)?,?[ \t]+`, 'giu')
const nameThenTitle = new RegExp(String.raw`(?<![\p{L}])(${name}),[ \t]+`, 'gu')
// A title that someone seeks or held is not theirs: "Plaid Cymru's candidate to be the new Police and
// Crime Commissioner, Dafydd Llywelyn", "former Chief Constable Jo Bloggs".
const notHolder = /\b(?:candidates?|former|ex-|would-be|hopefuls?)\b[^.\n]{0,30}$|\b(?:candidates?|former|ex-)[ \t]*$/iu
// Enough of the text after an introduction's title or comma to hold a name, or a title of a few words:
// each introduction reads a bounded slice, so the cast is linear in the text.
const nameLength = 160
// A news page names a person in full once, then by an honorific and the surname ("Mr Creedon said: …").
export const honorifics = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Councillor', 'Cllr']

/** Names the text introduces with a title, each with its role, and the forms it later calls them by ("Mr Keane"). */
function cast(texts: string[], commissionerIsChief: boolean): Map<string, SpeakerRole> {
  const names = new Map<string, SpeakerRole>()
  const add = (named: string, role: SpeakerRole) => {
    // A name read up to its possessive ("Commissioner Jane Kennedy’s outburst") is the name without it.
    const person = named.replace(/['’]s$/u, '')
    const words = person.split(/[ \t]+/)
    const surname = words[words.length - 1]!
    for (const form of [person, surname, ...honorifics.flatMap((honorific) => [`${honorific} ${surname}`, `${honorific} ${person}`])]) {
      if (!names.has(form)) names.set(form, role)
    }
  }
  for (const text of texts) {
    for (const match of text.matchAll(titleBeforeName)) {
      if (notHolder.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
      const end = match.index + match[0].length
      const person = nameAhead.exec(text.slice(end, end + nameLength))?.[1]
      if (person !== undefined) add(person, roleOfTitleMatch(match, commissionerIsChief))
    }
    // "City of London Police Commander Umer Khan": a chief officer rank of the Commissioner-led forces.
    if (commissionerIsChief) {
      for (const match of text.matchAll(commissionersRankBeforeName)) {
        const end = match.index + match[0].length
        const person = nameAhead.exec(text.slice(end, end + nameLength))?.[1]
        if (person !== undefined) add(person, 'chief')
      }
    }
    for (const match of text.matchAll(nameThenTitle)) {
      const end = match.index + match[0].length
      const after = text.slice(end, end + nameLength)
      if (notHolder.test(after.slice(0, 60).replace(/(?:police|crime|commissioner|mayor|chief|constable)[\s\S]*$/iu, ''))) continue
      const role = roleOfTitleWithin(after, commissionerIsChief)
      if (role) add(match[1]!, role)
    }
  }
  return names
}

// The title after "Name, ": within its first few words, possessives and an area allowed ("Mr Khan’s
// deputy mayor for policing", "Bedfordshire’s Police and Crime Commissioner").
function roleOfTitleWithin(text: string, commissionerIsChief: boolean): SpeakerRole | undefined {
  const words = text.split(/[ \t]+/, 8)
  for (let from = 0; from < Math.min(words.length, 4); from++) {
    const role = roleOfTitle(words.slice(from).join(' '), commissionerIsChief)
    if (role) return role
  }
  return undefined
}

// Verbs by which reports and minutes attribute a view: speech, and the view itself ("was of the view",
// "shared the concerns", "felt"). Presenting or introducing a report on the inspection is giving one's
// comments on it, as minutes record a commissioner's item.
const reportingVerb = String.raw`(?:said|says|stated|states|told|added|commented|remarked|explained|advised|informed|confirmed|noted|highlighted|acknowledged|accepted|welcomed|welcomes|recognised|recognises|reiterated|emphasised|stressed|assured|reassured|responded|replied|shared|felt|believed|believes|expressed|reported|outlined|presented|introduced|praised|hailed|thanked|indicated|agreed|suggested|warned|insisted|admitted|apologised|undertook|pledged|vowed|promised|described|branded|hit[ \t]+out|paid[ \t]+tribute|(?:gave|provided|delivered)[ \t]+(?:a[ \t]+|an[ \t]+)?(?:presentation|update|overview)|answered[ \t]+(?:[\p{L}'’]+[ \t]+){0,2}?questions|was[ \t]+of[ \t]+the[ \t]+view|was[ \t]+(?:pleased|disappointed|concerned|satisfied|confident)|issued[ \t]+(?:a[ \t]+|an[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,3}?(?:response|statement|reassurances?|apology|assurances?))`
// What may stand before the subject at a sentence's head: a paragraph's number or bullet, and a lead-in
// ending in a comma ("In response to a question regarding AFI 7, ", "Speaking at a meeting …, ",
// "Responding to the report, ", "In a statement, ").
const head = String.raw`(?:(?:\(?(?:\d{1,2}(?:\.\d{1,2}){0,2}|[ivx]{1,5}|[a-h])[.)][ \t\u00A0]*|[·•▪*–-][ \t]*))?(?:[\p{Lu}][^\n“"]{0,160}?,[ \t]+)?`
// The subject: words up to a name or title, an optional apposition (", Police and Crime Commissioner
// for Cheshire,", ", who leads the mayor’s office for policing and crime (MOPAC),"), then the verb.
// News copy writes titles in lower case ("the chief constable, who took up post in May, said …", "Kent
// Police’s chief constable Alan Pughsley said …"): a title's words may be lower case in the subject.
// A possessive of the area or the force ("the county’s", "the force’s") may stand before a lower-case title,
// and "Police," opens a title whose words a comma separates ("The Police, Fire and Crime Commissioner for Essex").
const titleWord = String.raw`chief|constable|deputy|assistant|temporary|acting|commissioner|police|crime|mayor|\p{Ll}+['’]s|Police,`
const subjectClause = new RegExp(
  String.raw`^${head}((?:(?:[\p{Lu}][\p{L}&'’.-]*|and|&|of|for|the|${titleWord})[ \t]+){0,11}?(?:[\p{Lu}][\p{L}'’-]*|constable|commissioner|mayor|force|constabulary))(,[^,\n“"]{2,100},|,[ \t]+[^,\n“" \t][^,\n“"]{0,98}?[^,\n“" \t]|[ \t]+[–—-][ \t]+[^,\n“"]{2,60},)?[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?:also[ \t]+|today[ \t]+|then[ \t]+|further[ \t]+)?${reportingVerb}\b`,
  'u'
)
// A meeting seen or heard through a speaker's contribution, the speaker the object of its verb: "The
// board, chaired by the PCC, saw Chief Constable Amanda Blakeman provide an update on the findings", "The
// panel heard the Chief Constable outline the force's plan".
const heardGive = new RegExp(
  String.raw`\b(?:saw|heard|watched)[ \t]+((?:[\p{Lu}][\p{L}&'’.-]*|the|${titleWord})(?:[ \t]+(?:[\p{Lu}][\p{L}&'’.-]*|and|of|for|the|${titleWord})){0,7}?)[ \t]+(?:provide|give|deliver|present|outline|set[ \t]+out|explain|describe)\b`,
  'u'
)
// The speaker after a passive's "by": "The report was welcomed by Police and Crime Commissioner Jo Bloggs,
// who said …", "The findings were accepted by the Chief Constable."
const passiveBy = new RegExp(
  String.raw`\b(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:welcomed|praised|accepted|acknowledged|criticised|questioned|challenged|echoed|endorsed)[ \t]+by[ \t]+((?:[\p{Lu}][\p{L}&'’.-]*|the|${titleWord})(?:[ \t]+(?:[\p{Lu}][\p{L}&'’.-]*|and|of|for|the|${titleWord})){0,8}?)(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:who|as|at|in|on|during|after)\b)`,
  'u'
)
// "It was the view of the Chief Constable that …".
const viewOf = /^It[ \t]+was[ \t]+the[ \t]+view[ \t]+of[ \t]+((?:the[ \t]+)?[\p{Lu}][\p{L}&'’ -]{2,60}?)[ \t]+that\b/u
// A quotation, then its speaker: "“…,” said Chief Constable Jo Bloggs", "“…,” Mr Keane added"; or the
// speaker after "according to" ("…, according to PCC Jo Bloggs.").
// The speaker starts with a capital, or with a title news copy writes in lower case ("according to the chief constable").
const speaker = String.raw`((?:the[ \t]+)?(?:[\p{Lu}]|chief[ \t]|deputy[ \t])[\p{L}&'’ -]{2,80}?)`
const afterQuote = new RegExp(
  String.raw`[”"’],?[ \t]+(?:(?:said|says|added|stated)[ \t]+${speaker}(?=[.,]|$)|${speaker}[ \t]+(?:said|says|added|stated)\b)|\b[Aa]ccording[ \t]+to[ \t]+${speaker}(?=[.,;]|$)`,
  'u'
)
// Minutes record an officer's or a commissioner's item by its paper: "The Sub-Committee received a report
// of the Commissioner of Police that provided … an overview of the findings", "Members considered a
// report of the Commissioner regarding the Force response to …". Presenting a report on the inspection is
// giving one's comments on it (as `reportingVerb` reads "presented"), so the paper's author speaks.
// The paper may be the sentence's subject, in the passive: "… so that the update report of the
// Commissioner regarding HMICFRS Inspection(s) was considered next"; and a meeting hears from a speaker:
// "The Panel heard from the Chief Constable that …".
const reportOf = new RegExp(
  String.raw`\b(?:received|considered|noted|discussed|presented)[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:report|paper|update)[ \t]+(?:of|from|by)[ \t]+(${anyTitle})\b(?!['’])|\b(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:report|paper|update)[ \t]+(?:of|from|by)[ \t]+(${anyTitle})\b(?!['’])[^.\n]{0,120}?[ \t](?:was|were|had[ \t]+been)[ \t]+(?:received|considered|noted|discussed|presented)\b|\bheard[ \t]+from[ \t]+(${anyTitle})\b(?!['’])`,
  'iu'
)
// A meeting's agenda item headed by its paper's author, on a line of its own: "HMIC Inspection Report -
// Update by the Durham Police and Crime Commissioner", "Report of the Chief Constable". The author speaks
// in the item, whoever presents the paper for them.
const itemOf = new RegExp(
  String.raw`(?:^|[ \t][–—-][ \t]+|:[ \t]+)(?:(?:an?|the|joint)[ \t]+)?(?:report|paper|update|presentation)[ \t]+(?:of|from|by)[ \t]+((?:the[ \t]+)?(?:[\p{Lu}][\p{L}-]*[ \t]+){0,2}?${anyTitle})[.]?$`,
  'iu'
)
const itemLength = 160
// A paper on many inspections at once: the programme, the year's inspection activity, its annual summary.
const programmePaper = /\b(?:programme[ \t]+of[ \t]+inspections|inspections[ \t]+and[ \t]+(?:published[ \t]+)?reports|inspection[ \t]+activity|[Aa]nnual[ \t]+[Ss]ummary)\b/i
// The speaker's title and name, a colon and the quotation: "PCC Jo Bloggs: “We welcome …”".
const colonQuote = /(?:^|[.!?][ \t]+)((?:[\p{Lu}][\p{L}&'’.-]*|and|&|of|for|the)(?:[ \t]+(?:[\p{Lu}][\p{L}&'’.-]*|and|&|of|for|the)){0,9}):[ \t]*[“"‘]/gu
/** The text outside quotation marks, whose words are the speaker's own (a quotation left open runs to the end of its line). */
export function unquoted(text: string): string {
  let out = ''
  let inQuote = false
  for (const char of text) {
    if (!inQuote && (char === '“' || char === '"')) inQuote = true
    else if (inQuote && (char === '”' || char === '"' || char === '\n')) inQuote = false
    else if (!inQuote) out += char
  }
  return out
}
const sentenceBreak = /(?<=[.!?:])[ \t]+(?=[\p{Lu}“"‘])|\n+/u

const forceItself = /^the[ \t]+(?:force|constabulary)$/iu
// A word of a force's or an area's name before a title: "the", a capitalised word, a possessive ("force’s").
const titlePrefixWord = /^(?:the|[Tt]he|[\p{Lu}][\p{L}-]*(?:['’]s)?|\p{Ll}+['’]s)$/u
const presentTense = /(?:says|states|welcomes|recognises|believes|accepts|acknowledges|notes|shares|feels|agrees|admits|expresses)$/u

/** The role of a subject phrase: by its title, or by a name the text introduced with one. */
function roleOf(subject: string, apposition: string, names: Map<string, SpeakerRole>, commissionerIsChief: boolean): SpeakerRole | undefined {
  const trimmed = subject.trim()
  // Minutes and news copy report the force's own view by its name for itself: "the Force recognised there
  // were still areas for improvement", "The Force had challenged HMICFRS …". The chief officer answers for it.
  if (forceItself.test(trimmed)) return 'chief'
  // The title may follow the force's or the area's name ("the Met Commissioner", "Kent Police’s chief
  // constable Alan Pughsley"), not a word that makes it another's ("Former Chief Constable Jo Bloggs").
  const words = trimmed.split(/[ \t]+/)
  for (let from = 0; from < Math.min(words.length, 4); from++) {
    const before = words.slice(0, from)
    if (from > 0 && (!before.every((word) => titlePrefixWord.test(word)) || notHolder.test(before.join(' ')))) break
    const rest = words.slice(from).join(' ')
    const byTitle = roleOfTitle(rest, commissionerIsChief)
    if (byTitle === undefined) continue
    // A title must be the whole subject or be followed by a name: "The Commissioner's report" is not a speaker.
    const after = rest.slice((title.exec(rest) ?? commissionersRank.exec(rest))![0].length).trim()
    if (after === '' || /^(?:for[ \t]+[\p{Lu}][\p{L}-]*(?:[ \t]+[\p{Lu}][\p{L}-]*)?|[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){0,3})$/u.test(after)) return byTitle
    break
  }
  // The name is the subject's last words ("Responding to the report Mr Keane").
  for (let from = Math.max(0, words.length - 3); from < words.length; from++) {
    const role = names.get(words.slice(from).join(' '))
    if (role) return role
  }
  // "Name, <title>," in apposition.
  if (apposition !== '') return roleOfTitleWithin(apposition.replace(/^[,–—-]?[ \t]*(?:who[ \t]+(?:leads|chairs|is)[ \t]+)?/u, ''), commissionerIsChief)
  return undefined
}

/**
 * Each sentence in which a speaker the text names by a title, or by a name it introduced with a title,
 * is reported speaking or giving a view, with the speaker's role: the body's or the chief officer's.
 * Words inside quotation marks are the speaker's, not an attribution.
 *
 * @example
 *   speeches([block('The PCC shared the concerns of Panel members.')]) // [{role: 'body', block: 0, passage: 'The PCC shared'}]
 */
export function speeches(blocks: Block[]): Speech[] {
  const texts = blocks.map((block) => (block.furniture ? '' : block.text))
  const commissionerIsChief = texts.some((text) => chiefIsCommissioner.test(text))
  const names = cast(texts, commissionerIsChief)
  // Minutes whose one paper is a periodic paper on the inspectorate's programme ("a report of the Commissioner …
  // which provided an overview of … the continuing programme of inspections and published reports"): what is
  // said on it answers no one report, so no one speaks on a report there.
  const papers = texts.flatMap((text) => text.split(sentenceBreak)).filter((sentence) => reportOf.test(sentence))
  if (papers.length > 0 && papers.every((sentence) => programmePaper.test(sentence))) return []
  const found: Speech[] = []
  // An item's heading says who speaks only where no sentence of the item does: it comes after them, and
  // only where someone is reported speaking after it (an officer presenting the paper for its author).
  const items: Speech[] = []
  let lastSpoken = -1
  texts.forEach((text, block) => {
    const item = text.length <= itemLength && !text.includes('\n') ? itemOf.exec(text.trim()) : null
    // "Report of the Commissioner" alone is the chief's only in a force whose chief officer is one (the fourth group is the bare title).
    if (item && !programmePaper.test(text) && (commissionerIsChief || item[4] === undefined)) {
      const author = roleOf(item[1]!, '', names, commissionerIsChief)
      if (author) items.push({role: author, block, passage: item[0].replace(/^[ \t]*[–—:-]?[ \t]*/u, '')})
    }
    for (const sentence of text.split(sentenceBreak)) {
      const trimmed = sentence.trim()
      const clause = subjectClause.exec(trimmed)
      if (clause) lastSpoken = block
      const view = clause ? undefined : viewOf.exec(trimmed)
      const quote = clause || view ? undefined : afterQuote.exec(trimmed)
      const seen = clause || view || quote ? undefined : (heardGive.exec(trimmed) ?? passiveBy.exec(trimmed))
      // "The Chief Constable has confirmed to me that …" is the writer's account, in its own first person.
      if (firstPerson.test(unquoted(trimmed))) continue
      const said = clause ?? view ?? quote ?? seen
      const subject = clause?.[1] ?? view?.[1] ?? quote?.[1] ?? quote?.[2] ?? quote?.[3] ?? seen?.[1]
      // Two speakers joined by "and", each by a title: "Police and Crime Commissioner Jo Bloggs and Chief
      // Constable Jim Smith have responded …", "Both the commissioner and the chief constable welcomed …".
      const sides = clause ? clause[1]!.replace(nextTitle, '\u0000').split('\u0000') : []
      // Each side must be a speaker by its title or name: "HMIC and the Commissioner noted" names the inspectorate too.
      const sideRoles = sides.map((side) => roleOf(side, '', names, commissionerIsChief))
      if (sides.length > 1 && sideRoles.every((each) => each !== undefined)) {
        for (const each of new Set(sideRoles)) found.push({role: each!, block, passage: clause![0].trim()})
        continue
      }
      // A title whose words a comma separates may have been read as a lead-in ("The Police, " of "The Police,
      // Fire and Crime Commissioner for Essex, Roger Hirst, said"): the subject is then read from the sentence's start.
      const whole = clause ? trimmed.slice(0, clause[0].indexOf(clause[1]!) + clause[1]!.length) : ''
      const role =
        subject === undefined
          ? undefined
          : (roleOf(subject, clause?.[2] ?? '', names, commissionerIsChief) ?? (clause && whole !== subject ? roleOf(whole, clause[2] ?? '', names, commissionerIsChief) : undefined))
      // The force reported in the present ("the Force recognises that it needs to sustain its efforts") is
      // the inspectorate's finding about it, as a report's summary quoted on a news page states it; minutes
      // and news copy report what the force said in the past.
      // A statement the force issued is the force's release, not its chief officer's words.
      if (role && !(forceItself.test(subject!.trim()) && (presentTense.test(said![0]) || /\bissued\b/u.test(said![0])))) {
        found.push({role, block, passage: said![0].replace(/^[”"’,]+/u, '').trim()})
        continue
      }

      // A paper "of the Commissioner" alone is the chief's in the Met and the City and the body's elsewhere: only
      // where the text says which force it is does the paper say whose it is. Read also where the sentence's
      // subject is no speaker ("Members agreed to vary the order of items so that the update report of the
      // Commissioner … was considered next").
      const paperOf = reportOf.exec(trimmed)
      // The author is group 1 (5 in the passive, 9 heard from); `anyTitle`'s groups follow it, the bare "Commissioner" fourth (eighth, twelfth).
      if (!paperOf || (!commissionerIsChief && (paperOf[4] ?? paperOf[8] ?? paperOf[12]) !== undefined)) continue
      // A periodic paper on the inspectorate's programme ("an overview of … the continuing programme of
      // inspections and published reports", "the Annual Summary of … Inspections and Reports") answers no
      // one report: presenting it is no comment on a report.
      if (programmePaper.test(trimmed)) continue
      const author = roleOf((paperOf[1] ?? paperOf[5] ?? paperOf[9])!, '', names, commissionerIsChief)
      if (author) found.push({role: author, block, passage: paperOf[0]})
    }
    for (const match of text.matchAll(colonQuote)) {
      const role = roleOf(match[1]!, '', names, commissionerIsChief)
      if (role) found.push({role, block, passage: `${match[1]!}:`})
    }
  })
  return [...found, ...items.filter((item) => item.block < lastSpoken)]
}

// The minutes of a committee of the local policing body itself, not of a panel that scrutinises it: in
// the City of London the Common Council's police committees (its Police Authority Board, committees and
// sub-committees) receive "a report of the Commissioner" (the chief officer), and their chair and
// members speak for the body. A police and crime panel's members, and the London Assembly's police
// committee, are not the body.
const committee = /\b(?:Sub-?Committee|Committee|Board)\b/i
const notTheBody = /\b(?:Panel|London Assembly|Police and Crime Committee)\b/
// The chair or a member giving a view, at a sentence's head ("The Chair observed that …", "A Member,
// also the Lead Member for Custody Visiting, sought clarity over …", "The Deputy Chair noted that this
// was discussed …"). A view, a challenge or a question on the substance answers the chief's report; a
// request ("The Chair requested that the planned article … be circulated"), a question put ("asked"),
// or the report noted as received ("Members noted the report") does not.
const committeeView = new RegExp(
  String.raw`^${head}(?:[Tt]he[ \t]+)?(?:(?:Deputy|Vice)[ \t-]+)?(?:Chair(?:man|woman)?|(?:A|An|Another|One)[ \t]+(?:Member|Councillor)|Members)(?:,[^,\n“"]{2,100},)?[ \t]+(?:also[ \t]+|further[ \t]+)?(?:noted[ \t]+that|observed|stated|suggested|commented|remarked|expressed|felt|added|emphasised|stressed|welcomed|believed|queried|questioned|challenged|sought[ \t]+(?:clarity|clarification|assurance|reassurance))\b`,
  'u'
)

/**
 * Where the text is the minutes of the body's own committee on the chief officer's report (in the City
 * of London, whose chief officer is a Commissioner), the first block after `after` in which its chair or
 * a member gives a view on it: the body's response to the chief's comments (s.55(5)(c)).
 *
 * @example
 *   committeeResponse([block('The Board received a report of the Commissioner on the HMICFRS PEEL Inspection 2022.'), block('The Chair observed that the areas identified as needing improvement had a clear plan.')], 0)
 *   // {role: 'body', block: 1, passage: 'The Chair observed'}
 */
export function committeeResponse(blocks: Block[], after: number): Speech | undefined {
  const texts = blocks.map((block) => (block.furniture ? '' : block.text))
  if (!texts.some((text) => chiefIsCommissioner.test(text)) || !texts.some((text) => committee.test(text)) || texts.some((text) => notTheBody.test(text))) {
    return undefined
  }
  for (let block = after + 1; block < texts.length; block++) {
    for (const sentence of texts[block]!.split(sentenceBreak)) {
      const view = committeeView.exec(sentence.trim())
      if (view) return {role: 'body', block, passage: view[0]}
    }
  }
  return undefined
}

// Speakers who are neither the local policing body nor its force's chief officer, by the title news copy
// and releases give them: a councillor or a panel's chair, a minister, member of parliament or the Home
// Office, an inspector ("Inspector Zoe Billingham added: “…”"), a staff association, the chiefs' council. Their words on a page, quoted in the first person,
// are theirs: not the body's comments. (An association of commissioners speaks for commissioners in
// their association role, which the corpus's labels read either way: it is left to the other rules.)
const otherTitle = String.raw`(?:Councillors?\b|Cllr\b|Coun\b|MPs?\b|(?:Home|Shadow)[ \t]+Secretary|Secretary[ \t]+of[ \t]+State|(?:Policing[ \t]+|Interior[ \t]+|Home[ \t]+Office[ \t]+)?Minister|(?:HM[ \t]+|Her[ \t]+Majesty['’]s[ \t]+|His[ \t]+Majesty['’]s[ \t]+)?(?:Chief[ \t]+)?Inspectors?[ \t]+of[ \t]+(?:Constabulary|Prisons|Fire)|HMI\b|Inspector(?=[ \t]+\p{Lu})|(?:(?:Vice|Deputy)[ \t-]+)?Chair(?:man|woman)?[ \t]+of[ \t]+the[ \t]+(?:[\p{L}&,-]+[ \t]+){0,5}?(?:Police|Crime)[ \t]+(?:and[ \t]+Crime[ \t]+|Fire[ \t]+and[ \t]+Crime[ \t]+)?Panel|Home[ \t]+Office[ \t]+spokes(?:person|man|woman)|Police[ \t]+Federation|National[ \t]+Police[ \t]+Chiefs['’]?[ \t]+Council|NPCC)`
// The other speaker's lead-in to a quotation, in the block's own words (not inside a quotation): "In
// response to the report, Councillor Jo Bloggs said: “…”", "Commenting Councillor Sykes said: “…”",
// "Interior Minister Priti Patel said that “…”". A title and its speaker's verb within one clause.
const otherLeadIn = new RegExp(
  String.raw`\b${otherTitle}[^.!?;\n“"]{0,100}?\b(?:said|says|added|adds|commented|comments|responded|stated|told|explained|claim(?:s|ed)?|warn(?:s|ed)?)\b[^.!?\n“"]{0,20}[:,]?[ \t]*(?:that[ \t]+)?[“"]`,
  'iu'
)
// The same lead-in ending its block, the quotation in the blocks after it: "Jo Bloggs, HM Inspector of
// Constabulary, said:".
const otherHandOver = new RegExp(String.raw`\b${otherTitle}[^.!?;\n“"]{0,100}?\b(?:said|says|added|commented|responded|stated|explained)[ \t]*:$`, 'iu')
// A page headed by the other speaker's response: "Police Federation chair responds to inspectorate's
// report" (the statement follows, in the first person).
const otherHeadline = new RegExp(String.raw`^[^.!?\n“"]{0,60}\b${otherTitle}[^.!?\n“"]{0,80}?\b(?:responded|responds|responding)[ \t]+to\b[^\n“"]{0,160}$`, 'iu')
const opensQuote = /^[ \t]*[“"‘]/u
// The third party reported, not quoted ("Former Stockton South MP Dr Williams said nothing was more
// important …"): the speaker the text last named, for a pronoun's lead-in after it.
const otherReported = new RegExp(String.raw`\b${otherTitle}[^.!?;\n“"]{0,100}?\b(?:said|says|added|commented|responded|stated|told|explained|claim(?:s|ed)?|warn(?:s|ed)?)\b`, 'iu')
const capitalisedRun = /[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+)*/gu
// A pronoun's lead-in to a quotation ("They added: “The force was, however, open to challenge …”"): news
// copy refers so to the speaker it last named.
const pronounLeadIn = /^(?:He|She|They)[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|continued|commented|went[ \t]+on)\b[^“"\n]{0,40}?[:,]?[ \t]*[“"]/u
// A chief officer named speaking ("Assistant Chief Constable Bill McWilliam said: …"): the speaker last named is the chief.
const chiefLeadIn = new RegExp(String.raw`\b${chiefTitles}\b[^.!?;\n“"]{0,100}?\b(?:said|says|added|commented|responded|stated|explained)\b`, 'iu')
// The body speaking: its title and a speaker's verb ("Police and Crime Commissioner Jo Bloggs said …").
const bodyLeadIn = new RegExp(String.raw`\b${bodyTitles}\b[^.!?;\n“"]{0,100}?\b(?:said|says|added|commented|responded|stated|explained)\b`, 'iu')

/**
 * Which blocks carry the words of a speaker who is neither the body nor the chief officer: a block
 * whose quotation a third party's lead-in opens, the blocks of a quotation handed over to one (each of
 * a quotation's paragraphs opening with a quotation mark, as news copy sets them), and, under a heading
 * that says the page is a third party's response, the statement that follows it.
 *
 * @example
 *   otherSpeakerBlocks([block('Commenting Councillor Jo Bloggs said: “It is unsurprising …'), block('“We are …')]) // [true, true]
 */
export function otherSpeakerBlocks(blocks: Block[]): boolean[] {
  const texts = blocks.map((block) => (block.furniture ? '' : block.text.trim()))
  const first = texts.findIndex((text) => text !== '')
  const headed = first !== -1 && otherHeadline.test(texts[first]!)
  const other: boolean[] = texts.map(() => false)
  // A councillor who is the commissioner ("Councillor Jason Ablewhite, PCC for Cambridgeshire", then "Cllr
  // Ablewhite added: “…”") speaks as the body: a name the text gave the body's or the chief's title is theirs.
  const names = cast(texts, texts.some((text) => chiefIsCommissioner.test(text)))
  const titled = (leadIn: string) => [...leadIn.matchAll(capitalisedRun)].some((run) => names.has(run[0].split(/[ \t]+/).pop()!))
  const thirdParty = (pattern: RegExp, text: string) => {
    const match = pattern.exec(text)
    return match !== null && !titled(match[0])
  }
  let continuing = headed
  // Whether the speaker the text last named is a third party, for a pronoun's lead-in.
  let lastNamedOther = false
  texts.forEach((text, index) => {
    if (text === '') return
    const own = unquoted(text)
    const body = bodyLeadIn.test(own)
    // A commissioner who also holds an association's office ("Police and Crime Commissioner for Kent
    // Matthew Scott, APCC lead for …, said: “…”") speaks as the body.
    if ((thirdParty(otherLeadIn, text) || thirdParty(otherHandOver, text) || (lastNamedOther && pronounLeadIn.test(text))) && !body) {
      other[index] = true
      continuing = true
      lastNamedOther = true
      return
    }
    if (body || chiefLeadIn.test(own)) lastNamedOther = false
    else if (thirdParty(otherReported, own)) lastNamedOther = true
    // A quotation's next paragraph continues it; a block in the text's own voice ends it, except on a
    // page that is the third party's statement throughout.
    if (continuing && (opensQuote.test(text) || (headed && !body))) {
      other[index] = true
      return
    }
    continuing = false
  })
  return other
}
