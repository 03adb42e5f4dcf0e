import {findFireService, findForce, findNationalBody, findRegionalUnit, regionIds, regionalUnits} from '@scrutiny/schema'
import {normaliseName} from '@scrutiny/schema/internal'
import type {ReportSubject} from '@scrutiny/schema'

const parenthetical = /(?<!\s)\s*\(([^()]{1,80})\)\s*/
const possessive = /['’]s$/
const sectionNumber = /^[\d.]+\s+/
const yearSuffix = /(?<!\s)\s+(?:PEEL\s+)?(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?$/i
const leadingArticle = /^(?:the|all)\s+/i
const unitWords = /\b(?:rocu|regional organised crime unit)\b/
// "Essex County Fire and Rescue Service", "Kent Fire & Rescue Service", "Cleveland Fire Brigade".
const fireService = /\bfire (?:and|&) rescue service$|\bfire brigade$/i
const abbreviatedFireService = /^(.{2,60}?) FRS$/
// "West Sussex's Fire and Rescue Service", "Gloucestershire's Fire and Rescue Service": news prose gives the
// service its place's possessive; the service's name has none.
const placePossessive = /['’]s(?= fire (?:and|&) rescue service$| fire brigade$)/i
const regionWord = /\bregion(?:al)?\b/

// Region labels as they appear in text: 'west-midlands' is written "West Midlands" or "west-midlands".
const regionLabels = regionIds.map((id) => ({id, label: normaliseName(id)}))

/**
 * Resolve a subject as printed ("The ROCUWM", "Warwickshire Police", "Essex PEEL 2016",
 * "Shropshire Fire and Rescue Service") to a report subject, with the reference-data id when the
 * name is a force, a regional unit or a national body.
 *
 * @example resolveSubject('The ROCU for the West Midlands')?.referenceId // 'rocu-west-midlands'
 */
export function resolveSubject(printed: string): ReportSubject | undefined {
  const name = printed.trim().replace(possessive, '').replace(sectionNumber, '')
  if (name === '' || name.length > 120) return undefined
  const inner = parenthetical.exec(name)?.[1]
  const outer = name.replace(parenthetical, ' ').trim()
  const candidates = [name, outer, outer.replace(yearSuffix, ''), inner]
  for (const [index, candidate] of candidates.entries()) {
    // Most names have no parenthesis and no year: look each distinct spelling up once.
    if (!candidate || candidates.indexOf(candidate) !== index) continue
    const force = findForce(candidate)
    if (force) return {name, kind: 'force', referenceId: force.id}
    const unit = findRegionalUnit(candidate)
    if (unit) return {name, kind: 'rocu', referenceId: unit.id}
    const body = findNationalBody(candidate)
    if (body) return {name, kind: 'national-body', referenceId: body.id}
  }
  const key = normaliseName(outer)
  const region = regionLabels.find(({label}) => key.includes(label))
  if (unitWords.test(key) && region) {
    const unit = regionalUnits.find((entry) => entry.region === region.id)
    if (unit) return {name, kind: 'rocu', referenceId: unit.id}
  }
  // "Avon Fire and Rescue Service", not the generic "fire and rescue service" (a proper name is
  // capitalised); "Norfolk FRS" is the same service abbreviated.
  const service = fireService.exec(outer)
  if (service && service.index > 0 && isProperName(outer)) {
    return {name: outer.replace(placePossessive, ''), kind: 'fire-and-rescue-service'}
  }
  const abbreviated = abbreviatedFireService.exec(outer)
  if (abbreviated && isProperName(abbreviated[1]!)) return {name: `${abbreviated[1]} Fire and Rescue Service`, kind: 'fire-and-rescue-service'}
  return undefined
}

// "Hampshire and Isle of Wight Fire and Rescue Service" is nine words.
const maxTitleNameWords = 10
// "An inspection of", "A joint inspection into", "PEEL assessment of": what a title names follows it.
const inspectionOf = /^(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:inspection|revisit|review|assessment)\s+(?:of|into)\s+/iu
// After "inspection of", a name only counts when it is a whole service's name ("… Police",
// "… Constabulary"): "the West Midlands regional response" names a region, not West Midlands Police.
const serviceName = /\b(?:police|constabulary|police service|rocu|unit|fire and rescue service)$/i

/**
 * The subject a title or heading names, under its reference-data name: "Essex PEEL 2016" is
 * Essex Police; "PEEL: Staffordshire Police cause of concern" is Staffordshire Police;
 * "PEEL 2023–2025: An inspection of Lincolnshire Police" is Lincolnshire Police. `resolve` reads
 * each run of words as a name (a caller reading many headings passes one that remembers).
 *
 * @example subjectNamedIn('Essex PEEL 2016')?.name // 'Essex Police'
 */
export function subjectNamedIn(text: string, resolve: (printed: string) => ReportSubject | undefined = resolveSubject): ReportSubject | undefined {
  if (text.length > 300) return undefined
  let body: ReportSubject | undefined
  for (const part of text.split(/(?<!\s)\s+[–—-]\s+|:\s+/)) {
    const trimmed = part.trim()
    const lead = inspectionOf.exec(trimmed)
    const named = lead ? trimmed.slice(lead[0].length) : trimmed
    const words = named.split(/\s+/)
    for (let count = Math.min(words.length, maxTitleNameWords); count > 0; count--) {
      let printed = words.slice(0, count).join(' ')
      // A run of words that opens a parenthesis without closing it is not a name; one that closes a
      // parenthesis opened before it ("… – An inspection of Avon and Somerset Constabulary)") is the name before it.
      if (printed.includes('(') && !printed.includes(')')) continue
      if (printed.endsWith(')') && !printed.includes('(')) printed = printed.slice(0, -1)
      if (lead && !serviceName.test(printed.replace(possessive, ''))) continue
      const subject = resolve(printed)
      if (subject?.kind === 'national-body') {
        body ??= subject
        break
      }
      if (subject) return canonical(subject)
      const service = joinedAreaService(printed)
      if (service) return service
    }
  }
  // The inspectorate grades no one: a service's page titled "HMICFRS (… Fire and Rescue Service’s
  // page)" is about the service its title names.
  const service = fireServiceNamed.exec(text)
  const named = service ? resolve(service[1]!) : undefined
  if (named?.kind === 'fire-and-rescue-service') return named
  return body && canonical(body)
}

const fireServiceNamed = /(?<![\p{L}&'’-])([\p{Lu}][\p{L}&'’-]*(?: (?:and |of |& )?[\p{Lu}][\p{L}&'’-]*){0,4} Fire and Rescue Service)\b/u

const fireReport = /\bfire (?:and|&) rescue\b|\bFRS\b/i
// "Staffordshire Police, Fire & Rescue and Crime Commissioner response to HMICFRS PEEL report": a
// commissioner's office, which holds both bodies to account, says nothing of which one the report is on.
const commissionerTitle = /\bpolice,? fire (?:(?:and|&) rescue )?(?:and|&) crime (?:commissioner|panel)s?\b/gi
const policeWords = /(?<!\s)\s+(?:police|constabulary|police service)$/i

/**
 * The fire and rescue service a fire report's title names when the title reads as naming a police
 * force ("Cornwall 2018/19 – Fire and rescue service …" names Devon and Cornwall Police): the
 * place words of the force that the title prints, with "Fire and Rescue Service".
 *
 * @example fireServiceIn('Norfolk 2018/19 – Fire and rescue service effectiveness', {name: 'Norfolk Constabulary', kind: 'force'})?.name // 'Norfolk Fire and Rescue Service'
 */
export function fireServiceIn(title: string, subject: ReportSubject | undefined): ReportSubject | undefined {
  if (subject?.kind !== 'force' || !fireReport.test(title.replace(commissionerTitle, ' '))) return subject
  const printed = subject.name.replace(policeWords, '').split(/\s+/)
  const inTitle = (word: string | undefined) => word !== undefined && word.toLowerCase() !== 'and' && title.includes(word)
  // "Hampshire and Isle of Wight": an "and" between two of the title's place words is part of the name.
  const place = printed.filter((word, index) => inTitle(word) || (word.toLowerCase() === 'and' && inTitle(printed[index - 1]) && inTitle(printed[index + 1])))
  return place.length > 0 ? {name: `${place.join(' ')} Fire and Rescue Service`, kind: 'fire-and-rescue-service'} : subject
}

// "Dorset and Wiltshire", "Tyne and Wear": two places joined, as a fire page's heading names its service.
const joinedPlaces = /\S\s+(?:and|&)\s+\S/

/**
 * The fire and rescue service a run of words names by its area alone ("Dorset and Wiltshire
 * 2018/19", "Durham and Darlington 2021/22" head those services' pages): only a joined name, which no force shares, so the shorter
 * run's force ("Dorset") does not win; a single place ("Kent") is as often the force's.
 */
function joinedAreaService(printed: string): ReportSubject | undefined {
  if (!joinedPlaces.test(printed)) return undefined
  // "Durham and Darlington 2021/22": the service is recorded by its full name ("Durham and Darlington Fire and Rescue Service").
  const service = findFireService(printed) ?? findFireService(`${printed} Fire and Rescue Service`)
  return service ? {name: service.name, kind: 'fire-and-rescue-service', referenceId: service.id} : undefined
}

function canonical(subject: ReportSubject): ReportSubject {
  const id = subject.referenceId
  if (!id) return subject
  const name =
    subject.kind === 'force'
      ? findForce(id)?.name
      : subject.kind === 'rocu'
        ? findRegionalUnit(id)?.name
        : findNationalBody(id)?.name
  return name ? {...subject, name} : subject
}

/** The region named in `text` ("the West Midlands region", "south-east regional response"), as "<Region> region". */
export function regionNamed(text: string): string | undefined {
  const key = normaliseName(text)
  for (const {label} of regionLabels) {
    const at = key.indexOf(label)
    if (at !== -1 && regionWord.test(key.slice(at + label.length, at + label.length + 10))) {
      return `${titleCase(label)} region`
    }
  }
  return undefined
}

function titleCase(label: string): string {
  return label.replace(/\b\w/g, (letter) => letter.toUpperCase()).replace(/\bAnd The\b/, 'and the')
}

const namedKinds = new Set(['force', 'rocu', 'fire-and-rescue-service', 'region'])
/** Whether a subject is one a report can be about (a force, unit, service or region), so naming it changes the subject of what follows. */
export const namesSubject = (subject: ReportSubject): boolean => namedKinds.has(subject.kind)

// "the local fire service", "the county force", "the fire and rescue service": a news report's words
// for the body the page is about.
// "The organisation was rated as ‘inadequate’ at …": a newspaper's word for the body too.
// "Our service", "our force": the body's own page (or its authority's) speaking of it.
const genericSubject = /^(?:the\s+|our\s+)?(?:(?:local|county)\s+)?(?:(?:fire(?:\s+(?:and|&)\s+rescue)?|police)\s+)?(?:force|service|brigade|constabulary|unit|rocu|region|organisation)$/i
/** "The force", "the service", "the local fire service": the report's own subject, to be filled in when it is known. */
export const isGenericSubject = (text: string): boolean => genericSubject.test(text.trim())

// The kind of body a generic subject's own word names: "the force", "the constabulary", "the police
// service" a police force; "the fire service", "the brigade", "the fire and rescue service" a fire and
// rescue service. "The service" alone is said of either, and names no kind.
const forceWord = /^(?:the\s+|our\s+)?(?:(?:local|county)\s+)?(?:police\s+)?(?:force|constabulary)$|^(?:the\s+|our\s+)?police\s+service$/i
const serviceWord = /^(?:the\s+|our\s+)?(?:(?:local|county)\s+)?(?:fire(?:\s+(?:and|&)\s+rescue)?\s+service|(?:fire\s+)?brigade)$/i

/** The kind of body a generic subject's word names ("the force" a force), if its word says. */
export function kindOfGeneric(text: string): 'force' | 'fire-and-rescue-service' | undefined {
  const printed = text.trim()
  return forceWord.test(printed) ? 'force' : serviceWord.test(printed) ? 'fire-and-rescue-service' : undefined
}

// A quantifier standing alone ("All were rated as requiring improvement") refers back, as a pronoun does.
const pronouns = new Set(['it', 'this', 'that', 'they', 'he', 'she', 'we', 'there', 'these', 'those', 'its', 'which', 'all', 'both', 'each', 'none'])
const capitalised = /^\(?[\p{Lu}\d][\p{L}\d&'’.)-]*$/u
const joiningWords = new Set(['and', 'of', 'for', 'the', '&', 'in'])
const maxNameWords = 12

/** A proper name (capitalised words, with "and", "of", "for", "the"): what can be graded. */
export function isProperName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length > maxNameWords) return false
  if (words[0]?.toLowerCase() === 'the') words.shift()
  if (pronouns.has(words[0]?.toLowerCase() ?? '')) return false
  return words.length > 0 && capitalised.test(words[0]!) && words.every((word) => joiningWords.has(word) || capitalised.test(word))
}

/** Strip a leading article for display of addressees ("chief constables"). */
export const withoutArticle = (text: string): string => text.replace(leadingArticle, '')

// A force's or service's name as prose prints it: up to five capitalised words (joined by "and",
// "of", "&") before "Police", "Constabulary", "Police Service", "Fire and Rescue Service" (news
// shortens it to "Fire & Rescue" or "Fire Service"), "Fire Brigade" or "FRS". Each word ends at a
// space, so the runs cannot overlap one another; no word of the run is "Police", "Constabulary" or
// "Fire", so "Kent Police and Essex Police" is two names.
// A straight quote right before the name opens a quotation ("'Surrey Fire and Rescue Service doesn't
// …'"), as a curly one does, unless a letter comes before it ("O'Brien").
const bodyNamed =
  /(?<![\p{L}&’-]|\p{L}')((?:(?!(?:Police|Constabulary|Fire)\b)[\p{Lu}][\p{L}&'’-]*[ \t](?:(?:and|of|&)[ \t])?){1,5})(Police Service|Police|Constabulary|Fire (?:and|&) Rescue(?: Service)?|Fire Service|Fire Brigade|FRS)\b/gu
const shortFireService = /^Fire (?:and|&) Rescue$|^Fire Service$/
// The words a name of `bodyNamed` ends with. No name runs over a line break (its words are joined by
// spaces and tabs), and the start of a line reads to the pattern's lookbehind as the line break before
// it does: the pattern runs only on the lines that hold one of these words, with the same matches.
const bodyWord = /Police|Constabulary|Fire|FRS/g

/** The matches of `bodyNamed` in `text`, in order, read only in the lines that hold a body's word. */
function* bodyNames(text: string): Generator<RegExpExecArray> {
  bodyWord.lastIndex = 0
  for (let hit = bodyWord.exec(text); hit; hit = bodyWord.exec(text)) {
    const end = text.indexOf('\n', hit.index)
    const line = text.slice(text.lastIndexOf('\n', hit.index) + 1, end === -1 ? text.length : end)
    yield* line.matchAll(bodyNamed)
    if (end === -1) return
    bodyWord.lastIndex = end
  }
}
const maxBodyNames = 200

/**
 * The force, unit or fire and rescue service a text names most often (the first named among equals),
 * read from its prose: what a page is about when no title names it (a news item, a force's
 * statement). The inspectorate is never it ("Her Majesty's Inspectorate of Constabulary" ends as a
 * force's name does, but it grades no one), nor is a region. Each name is looked up from its longest
 * run of words down, so "Today Avon and Somerset Police" is Avon and Somerset Police.
 *
 * @example mostNamedSubject('Avon and Somerset Police was rated good. HMICFRS said Avon and Somerset Police …')?.referenceId // 'avon-and-somerset'
 */
export function mostNamedSubject(text: string, resolve: (printed: string) => ReportSubject | undefined = resolveSubject): ReportSubject | undefined {
  const counts = new Map<string, {subject: ReportSubject; count: number; known: boolean}>()
  let best: {subject: ReportSubject; count: number; known: boolean} | undefined
  let seen = 0
  for (const match of bodyNames(text)) {
    if (++seen > maxBodyNames) break
    const subject = bodyOfRun(match[1]!.trim().split(/[ \t]+/), shortFireService.test(match[2]!) ? 'Fire and Rescue Service' : match[2]!, resolve)
    if (!subject) continue
    const known = subject.referenceId !== undefined
    const key = known ? `${subject.kind}:${subject.referenceId}` : normaliseName(subject.name)
    const entry = counts.get(key) ?? {subject: canonical(subject), count: 0, known}
    entry.count++
    counts.set(key, entry)
    // A body the reference data knows outranks a name it does not ("State of Fire and Rescue
    // Service", a report's title; "Her Majesty’s … Fire and Rescue Service"), however often named.
    if (!best || (known && !best.known) || (known === best.known && entry.count > best.count)) best = entry
  }
  return best?.subject
}

/**
 * The body a run of capitalised words before a body's word names: the longest run the reference
 * data knows ("Independent Culture Review of London Fire Brigade" is London Fire Brigade, "Herts
 * Fire and Rescue Service" is Hertfordshire's), else the longest that reads as a body's name.
 */
function bodyOfRun(words: readonly string[], bodyWord: string, resolve: (printed: string) => ReportSubject | undefined): ReportSubject | undefined {
  let unknown: ReportSubject | undefined
  for (let start = 0; start < words.length; start++) {
    if (joiningWords.has(words[start]!.toLowerCase())) continue
    const printed = `${words.slice(start).join(' ')} ${bodyWord}`
    if (/Inspector/.test(printed)) break
    const subject = resolve(printed)
    if (!subject) continue
    if (subject.kind === 'national-body' || subject.kind === 'region' || subject.kind === 'other') break
    if (subject.referenceId !== undefined) return subject
    const service = subject.kind === 'fire-and-rescue-service' ? findFireService(subject.name) : undefined
    if (service) return {name: service.name, kind: 'fire-and-rescue-service', referenceId: service.id}
    unknown ??= subject
  }
  return unknown
}
