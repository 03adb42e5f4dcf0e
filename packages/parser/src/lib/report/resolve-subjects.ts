import {findFireService, findNationalBody} from '@scrutiny/schema'
import {bodiesWithInitials, initialsOf, normaliseName} from '@scrutiny/schema/internal'
import type {Addressee, Finding, Grade, ReportSubject} from '@scrutiny/schema'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {sharedCount} from '../text.js'
import {gradedAreaNames, pillarNamed} from './framework-areas.js'
import {areaClause, isArea, isGradedBody} from './grade-checks.js'
import type {GradeReading} from './context.js'
import {warn} from './messages.js'
import {ellipsis} from './read-report.js'
import {isGenericSubject} from './subjects.js'

/** A finding as emitted, with the subject the document had named where it was read. */
export interface PendingFinding {
  finding: Finding
  subject?: ReportSubject
  summary?: boolean
}

/** A grade as emitted, before its subject is filled in and duplicates are dropped. */
export interface PendingGrade {
  reading: GradeReading
  subject?: ReportSubject
  area: string
  quote: string
  section: string[]
  position: Position
}

/** "The force" a recommendation addresses without naming it is the report's force. */
export function resolveForceAddressees(addressees: readonly Addressee[], primary: ReportSubject | undefined): void {
  if (primary?.kind !== 'force' || !primary.referenceId) return
  for (const addressee of addressees) {
    if (addressee.kind === 'force' && !addressee.referenceId) addressee.referenceId = primary.referenceId
  }
}

/** What the final pass knows of the document besides what was read. */
export interface ResolveOptions {
  /** The day of publication, when known: a fire and rescue service is looked up as its authority stood then. */
  asAt?: string
  /** Whether the title named the primary subject: then the page is that force's or service's own. */
  titled?: boolean
  /** The page's words, asked for only when a grade's subject is initials that more than one body has. */
  pageText?: () => string
}

/**
 * The final pass: give every finding and grade its subject (the one named where it was read, else
 * the report's primary subject), drop grades restated for the same subject and area, and list the
 * subjects. The one place subjects are filled in, so a fire and rescue service is looked up here, as
 * its authority stood on `asAt` (the day of publication, when known). On a page whose title names
 * one force or service, a grade of another (a neighbour compared, a merged service's history, an
 * inspector's words about another body) is not the page's: it is dropped with a message.
 */
export function resolveFindings(
  file: VFile,
  primary: ReportSubject | undefined,
  pending: readonly PendingFinding[],
  pendingGrades: readonly PendingGrade[],
  {asAt, titled = false, pageText = () => ''}: ResolveOptions = {}
): {findings: Finding[]; grades: Grade[]; subjects: ReportSubject[]} {
  const subjects = new Map<string, ReportSubject>()
  const keyOf = subjectKeys()
  const note = (subject: ReportSubject | undefined) => {
    const key = subject && keyOf(subject)
    if (key !== undefined && !subjects.has(key)) subjects.set(key, subject!)
  }
  const looked = new Map<ReportSubject, ReportSubject>()
  const lookUp = (subject: ReportSubject): ReportSubject => {
    let found = looked.get(subject)
    if (!found) looked.set(subject, (found = withReference(subject, asAt)))
    return found
  }
  if (primary) primary = lookUp(primary)
  const settle = (subject: ReportSubject | undefined) => {
    const settled = subjectIn(primary, subject)
    return settled && lookUp(settled)
  }
  // A grade read before the document named its subject is the primary subject's. The inspectorate
  // grades and is never graded: on a page whose only subject is the inspectorate (a service's page
  // headed "HMICFRS" that never names the service in full), a grade stays unplaced, as printed.
  const graded = isInspectorate(primary) ? undefined : primary
  // A grade of one of several bodies a list names keeps the body named: a force listed on a fire
  // page is still that force.
  // Whether the page names a body's place is asked once a body: each search reads the whole page.
  const placesNamed = new Map<object, boolean>()
  const placeNamed = (body: {name: string; aliases: readonly string[]}): boolean => {
    let named = placesNamed.get(body)
    if (named === undefined) placesNamed.set(body, (named = namesPlaceOf(pageText(), body)))
    return named
  }
  const namedIn = pendingGrades.map((grade) => bodyOfInitials(grade.subject, primary, placeNamed) ?? grade.subject)
  const fire = withFireServices(
    pendingGrades.map((grade, index) => {
      const named = namedIn[index]
      const subject = (grade.reading.many ? named && lookUp(named) : settle(named)) ?? graded
      // An area runs to the end of its own clause, not into the next ("…, although it needs to improve …").
      return {...grade, area: areaClause(grade.area), subject: isInspectorate(subject) ? undefined : subject}
    }),
    lookUp
  )
  const settled = withSoleBody(fire.grades, keyOf)
  const own = titled ? ownBody(primary) : undefined
  const others = new Set(own ? settled.filter((grade) => isOtherBody(file, own, grade)) : [])
  for (const grade of settled) if (!others.has(grade) && isNotAGrade(file, grade)) others.add(grade)
  const kept = others.size > 0 ? settled.filter((grade) => !others.has(grade)) : settled
  // "The force" on a fire and rescue page that never names its service is the service, unnamed.
  const fireDocument = primary?.kind === 'fire-and-rescue-service' || kept.some((grade) => grade.subject?.kind === 'fire-and-rescue-service' || fireArea.test(grade.area))
  const grades = resolveGrades(graded, kept, keyOf, fireDocument)
  // A fire and rescue page whose heading prints only its place ("West Midlands 2021/22", "Norfolk fire
  // service inadequate …") read as the place's force: once its grades show it is the service's page
  // (`withFireServices`), its findings and its subject are the service's too.
  if (primary?.kind === 'force') primary = fire.serviceOf(primary) ?? primary
  note(primary)
  let subjectless = 0
  const findings = withoutRestatedSummaries(file, pending).map(({finding, subject: named}) => {
    // The inspectorate finds and is never found wanting: a page whose only named body is the
    // inspectorate (minutes of "the HFRS action plan" on its report) leaves the finding unplaced.
    const placed = settle(named)
    const subject = isInspectorate(placed) ? undefined : placed
    const resolved = subject ?? (isInspectorate(primary) ? undefined : primary)
    if (!subject) subjectless++
    if (resolved) {
      finding.subject = resolved.name
      if (resolved.referenceId) finding.subjectId = resolved.referenceId
    }
    if (finding.kind === 'recommendation') resolveForceAddressees(finding.addressees, primary)
    return finding
  })
  if ((!primary && (subjectless > 0 || grades.some((grade) => grade.subjectId === undefined && isGenericSubject(grade.subject)))) || (primary && !graded && kept.some((grade) => !grade.subject))) {
    warn(
      file,
      'unknown-subject',
      {},
      undefined
    )
  }
  namedIn.forEach((named, index) => {
    if (!others.has(settled[index]!)) note(settle(named))
  })
  for (const {subject} of pending) note(settle(subject))
  return {findings, grades, subjects: [...subjects.values()]}
}

/**
 * A cause of concern listed in short ("… as a result of its failure to: • have adequate governance
 * arrangements in place") and then stated in full is one finding: each cause stated in full after
 * a summary list replaces the first summary still standing, in order. Once the document states
 * causes in full, a summary left standing is the only wording the copy holds of that cause: it is
 * kept, with a `cause-summary-only` message. A summary after the statement in full that shares most
 * of its words restates it: one finding, not two.
 */
function withoutRestatedSummaries(file: VFile, pending: readonly PendingFinding[]): PendingFinding[] {
  const standing: PendingFinding[] = []
  const replaced = new Set<PendingFinding>()
  /** The words of each cause already stated in full: a summary after it may restate it. */
  const stated: Array<Set<string>> = []
  for (const item of pending) {
    if (item.finding.kind !== 'cause-of-concern') continue
    if (!item.summary) {
      if (standing.length > 0) replaced.add(standing.shift()!)
      stated.push(contentWords(item.finding.text))
      continue
    }
    // "In summary, the causes of concern are: • the force doesn’t answer calls quickly enough"
    // after the statement in full: the same cause again, not a second one.
    const words = contentWords(item.finding.text)
    if (stated.some((full) => restates(words, full))) replaced.add(item)
    else standing.push(item)
  }
  if (replaced.size === 0) return [...pending]
  for (const {finding} of standing) {
    warn(
      file,
      'cause-summary-only',
      {text: ellipsis(finding.text.trim())},
      finding.position
    )
  }
  // Number what is kept in document order, and point recommendations at their cause's new id.
  const kept = pending.filter((item) => !replaced.has(item))
  const renamed = new Map<string, string>()
  const counters = new Map<string, number>()
  for (const {finding} of kept) {
    const count = (counters.get(finding.kind) ?? 0) + 1
    counters.set(finding.kind, count)
    renamed.set(finding.id, `${finding.kind}-${count}`)
    finding.id = `${finding.kind}-${count}`
  }
  for (const {finding} of kept) {
    if (finding.kind === 'recommendation' && finding.causeOfConcern) finding.causeOfConcern = renamed.get(finding.causeOfConcern) ?? finding.causeOfConcern
  }
  return kept
}

// Words that carry a cause's content ("answer", "calls", "quickly"), not its grammar.
const contentWord = /[\p{L}’']{4,}/gu
// A summary restates a cause stated in full when most of its content words are that statement's.
const mostWords = 0.6

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(contentWord) ?? [])
}

function restates(summary: ReadonlySet<string>, full: ReadonlySet<string>): boolean {
  return summary.size > 0 && sharedCount(summary, full) / summary.size >= mostWords
}

/**
 * The subject a finding or grade belongs to. The single place where a subject read from the text is
 * corrected against the report's own: in a fire and rescue report, a place name that reads as a
 * police force ("Gloucestershire 2021/22" as a heading) is the service.
 */
function subjectIn(primary: ReportSubject | undefined, subject: ReportSubject | undefined): ReportSubject | undefined {
  if (subject?.kind === 'force' && primary?.kind === 'fire-and-rescue-service') return primary
  // "BFRS" on Buckinghamshire Fire and Rescue Service's page: the initials of the report's subject.
  if (subject?.kind === 'other' && primary && isInitialsOf(subject.name, primary.name)) return primary
  return subject
}

// A grade the text gives "the service" or "the brigade", or whose area is a fire and rescue
// question ("How well does the fire and rescue service look after its people?").
const fireReading = /\b(?:service|brigade)\b/i
// Only fire and rescue inspections grade areas that name fires ("preventing fires and other risks",
// "protecting the public through fire regulation"); no PEEL area does ("firearms" is not the word).
const fireArea = /\bfires?\b/i
// Matched from the first character of its whitespace run only (the lookbehind): linear on long runs.
const forceWord = /(?<!\s)\s+(?:police|constabulary)$/i

/**
 * A fire and rescue page whose heading prints only the place ("Humberside 2018/19") reads as the
 * place's police force. When a grade of that force is given to "the service" or a fire and rescue
 * question, or the document grades the place's fire and rescue service by name too, every grade of
 * the force is the service's: a page never grades a force and its place's service as one.
 */
function withFireServices(
  grades: readonly PendingGrade[],
  lookUp: (subject: ReportSubject) => ReportSubject
): {grades: PendingGrade[]; serviceOf: (force: ReportSubject) => ReportSubject | undefined} {
  const gradedServices = new Set<string>()
  const fireGraded = new Set<string>()
  for (const {subject, reading, area} of grades) {
    if (subject?.kind === 'fire-and-rescue-service' && subject.referenceId) gradedServices.add(subject.referenceId)
    if (subject?.kind === 'force' && (fireReading.test(reading.subject) || fireArea.test(area))) fireGraded.add(subject.name)
  }
  // By the force's name: a subject read from the text is a new object each time a grade names it.
  const services = new Map<string, ReportSubject | undefined>()
  const serviceOf = (force: ReportSubject): ReportSubject | undefined => {
    if (services.has(force.name)) return services.get(force.name)
    const service = lookUp({name: `${force.name.replace(forceWord, '')} Fire and Rescue Service`, kind: 'fire-and-rescue-service'})
    const known = service.referenceId !== undefined && (fireGraded.has(force.name) || gradedServices.has(service.referenceId))
    services.set(force.name, known ? service : undefined)
    return known ? service : undefined
  }
  if (gradedServices.size === 0 && fireGraded.size === 0) return {grades: [...grades], serviceOf: () => undefined}
  return {
    grades: grades.map((grade) => {
      const service = grade.subject?.kind === 'force' && !grade.reading.many ? serviceOf(grade.subject) : undefined
      return service ? {...grade, subject: service} : grade
    }),
    serviceOf
  }
}

/**
 * On a page whose title and prose name no force or service in full, the grades given to "the
 * service" or "the force" are the one body the page's other grades name, when they name exactly one
 * ("The latest report has graded BFRS “Requires Improvement” … The Service … has been graded as
 * “Good” at …"): the page's own, by its initials or a short name. Of two or more, none is taken.
 */
function withSoleBody(grades: PendingGrade[], keyOf: (subject: ReportSubject) => string): PendingGrade[] {
  let sole: ReportSubject | undefined
  let unplaced = false
  for (const {subject, reading} of grades) {
    if (reading.many) return grades
    if (!subject) {
      unplaced = true
      continue
    }
    if (sole && keyOf(sole) !== keyOf(subject)) return grades
    sole ??= subject
  }
  if (!sole || !unplaced || !isGradedBody(sole)) return grades
  return grades.map((grade) => (grade.subject ? grade : {...grade, subject: sole}))
}

// A police force's own word for itself: "the force", "our constabulary", "the police force".
const policeWord = /^(?:the\s+|our\s+)?(?:(?:local|county)\s+)?(?:police\s+)?(?:force|constabulary)$/i

/**
 * The subject printed for a grade whose body the page never names: as printed ("the force", "the
 * Service"), but a police word on a fire and rescue page is the service ("We are ‘Good’ at:" on a
 * service's page reads as "the force" to a reader that cannot tell the kind of page).
 */
function unnamedSubject(printed: string, fireDocument: boolean): string {
  return fireDocument && policeWord.test(printed.trim()) ? 'the service' : printed
}

/**
 * Whether the final check (`grade-checks.ts`) finds a grade is none: its area is not an area (a
 * fragment, a place's or body's name, a report's title) or its subject is not a body that is graded
 * (a place, the inspectorate's name cut at its possessive). Said with a message: the grade is not kept.
 */
function isNotAGrade(file: VFile, grade: PendingGrade): boolean {
  const area = isArea(grade.area)
  if (area && (!grade.subject || isGradedBody(grade.subject))) return false
  warn(
    file,
    'not-a-grade',
    {subject: grade.subject?.name ?? grade.reading.subject, area: ellipsis(grade.area)},
    grade.position
  )
  return true
}

/** Whether a subject is the inspectorate (HMICFRS, HMIC under any of its names), which grades no one. */
function isInspectorate(subject: ReportSubject | undefined): boolean {
  return subject?.kind === 'national-body' && subject.referenceId !== undefined && findNationalBody(subject.referenceId)?.kind === 'inspectorate'
}

/** A police force or a fire and rescue service: the bodies a page of one of them can compare itself with. */
function isBody(subject: ReportSubject): boolean {
  return subject.kind === 'force' || subject.kind === 'fire-and-rescue-service'
}

/** The force or service a page is about, when the primary subject is a known one. */
function ownBody(primary: ReportSubject | undefined): ReportSubject | undefined {
  return primary && isBody(primary) && primary.referenceId !== undefined ? primary : undefined
}

/**
 * Whether a grade names a body of the page's own kind other than the page's own (and say so: the
 * grade is dropped): a known force on a force's page, a known service on a service's, or a fire and
 * rescue service the reference data does not know on the day (one merged into another: "Dorset Fire
 * and Rescue Service" on Dorset & Wiltshire's page). A page titled only by its place ("Hampshire and
 * Isle of Wight 2021/22") reads as the place's force: its service's grades are not another body's.
 */
function isOtherBody(file: VFile, own: ReportSubject, grade: PendingGrade): boolean {
  const subject = grade.subject
  // "Gwent and South Wales Police have been judged as good": a sentence grading two bodies at once
  // reports on both, as a list of bodies does.
  if (grade.reading.many) return false
  if (!subject || subject.kind !== own.kind || subject.referenceId === own.referenceId) return false
  if (subject.referenceId === undefined && subject.kind !== 'fire-and-rescue-service') return false
  warn(
    file,
    'grade-of-other-subject',
    {subject: subject.name},
    grade.position
  )
  return true
}

const initialism = /^[A-Z]{2,8}$/
// Initials that stand for a body the reference data names: three letters at least ("GMP", "BFRS"),
// as two ("KP") stand for too much else.
const bodyInitialism = /^[A-Z]{3,8}$/

/** Whether `short` is the initials of `name`'s words ("BFRS", "Buckinghamshire Fire and Rescue Service"). */
function isInitialsOf(short: string, name: string): boolean {
  return initialism.test(short) && initialsOf(name) === short
}

// What follows a body's place in its name: "Buckinghamshire" of "Buckinghamshire Fire and Rescue Service".
// Matched from the first character of its whitespace run only (the lookbehind): linear.
const bodyWords = /(?<!\s)\s+(?:police service|police|constabulary|fire (?:and|&) rescue service|fire brigade|fire service)$/i

/**
 * The force or service a grade's subject printed as initials stands for ("GMP", "BFRS" where the
 * page never prints the name): the one body of the reference data with those initials, or, of
 * several ("BFRS" is Bedfordshire's and Buckinghamshire's), the one whose place the page's words
 * name when they name no other's. Initials the page's own subject has are settled by `subjectIn`.
 */
function bodyOfInitials(
  subject: ReportSubject | undefined,
  primary: ReportSubject | undefined,
  placeNamed: (body: {name: string; aliases: readonly string[]}) => boolean
): ReportSubject | undefined {
  if (subject?.kind !== 'other' || !bodyInitialism.test(subject.name) || (primary && isInitialsOf(subject.name, primary.name))) return undefined
  const candidates = bodiesWithInitials(subject.name)
  const named = candidates.length > 1 ? candidates.filter((candidate) => placeNamed(candidate.body)) : candidates
  if (named.length !== 1) return undefined
  const {kind, body} = named[0]!
  return {name: body.name, kind, referenceId: body.id}
}

/** Whether a text prints the place of a body's name or of one of its aliases, as a capitalised run of whole words. */
function namesPlaceOf(text: string, body: {name: string; aliases: readonly string[]}): boolean {
  return [body.name, ...body.aliases].some((name) => {
    const place = name.replace(bodyWords, '')
    if (place === name) return false
    for (let at = text.indexOf(place); at !== -1; at = text.indexOf(place, at + 1)) {
      if (!isWordChar(text.charAt(at - 1)) && !isWordChar(text.charAt(at + place.length))) return true
    }
    return false
  })
}

const fireWord = /\bfire\b/i

const isWordChar = (char: string): boolean => /[\p{L}\d]/u.test(char)

/**
 * A fire and rescue service named in the text, with its reference-data id and name when the service
 * is known on `asAt`: a title's place words ("Essex 2018/19") and the text's "Essex County FRS" are
 * one service, under one name.
 */
function withReference(subject: ReportSubject, asAt: string | undefined): ReportSubject {
  // "West Midlands Fire Service", "West Sussex Fire & Rescue": a service's name as news shortens it,
  // which the reading did not take for a service's, is one when the reference data knows it.
  if (subject.kind === 'other' && fireWord.test(subject.name)) {
    const service = findFireService(subject.name, asAt)
    return service ? {name: service.name, kind: 'fire-and-rescue-service', referenceId: service.id} : subject
  }
  if (subject.kind !== 'fire-and-rescue-service' || subject.referenceId) return subject
  const service = findFireService(subject.name, asAt)
  return service ? {...subject, name: service.name, referenceId: service.id} : subject
}

function resolveGrades(primary: ReportSubject | undefined, pending: readonly PendingGrade[], keyOf: (subject: ReportSubject) => string, fireDocument: boolean): Grade[] {
  const grades: Grade[] = []
  // The grades kept so far, by subject and grade: a duplicate is looked for only among those of its
  // subject and grade, not among every grade of a long document.
  const kept = new Map<string, KeptAreas>()
  // Areas repeat (every grade under one question heading): split each once.
  const stemsOf = new Map<string, AreaKey>()
  for (const item of pending) {
    const subject = item.subject ?? primary
    const key = subject ? keyOf(subject) : ''
    let stems = stemsOf.get(item.area)
    if (!stems) stemsOf.set(item.area, (stems = areaKey(item.area)))
    const bucketKey = `${key}\u0000${item.reading.grade}`
    let bucket = kept.get(bucketKey)
    if (!bucket) kept.set(bucketKey, (bucket = new KeptAreas()))
    if (bucket.holdsSameArea(stems)) continue
    const grade: Grade = {
      subject: subject?.name ?? unnamedSubject(item.reading.subject, fireDocument),
      area: item.area,
      grade: item.reading.grade,
      quote: item.quote,
      section: item.section,
      position: item.position
    }
    if (subject?.referenceId) grade.subjectId = subject.referenceId
    bucket.add(stems)
    grades.push(grade)
  }
  return grades
}

/**
 * The areas of the grades kept for one subject and grade. Two areas are the same when they print
 * one pillar ("Efficiency (pillar)", "operates efficiently and sustainably") or one framework area
 * ("Good use of resources", "value for money, strategic planning and organisational management"),
 * or one's distinctive words contain the other's, or most are shared (`sameStems`). The kept areas
 * are indexed by each of those: an area's words are compared only with the kept areas that share
 * one of them (areas with no word in common are the same only when neither has one).
 */
class KeptAreas {
  readonly #keys = new Set<AreaKey>()
  readonly #byStem = new Map<string, AreaKey[]>()
  readonly #pillars = new Set<string>()
  readonly #frameworks = new Set<string>()
  #wordless = false

  holdsSameArea(key: AreaKey): boolean {
    if (this.#keys.size === 0) return false
    // A grade restated with the same area (the same key: areas are split once) needs no comparing.
    if (this.#keys.has(key)) return true
    if (key.stems.size === 0 && this.#wordless) return true
    for (const stem of key.stems) {
      for (const other of this.#byStem.get(stem) ?? []) if (sameStems(other.stems, key.stems)) return true
    }
    const pillar = pillarOf(key)
    if (pillar !== null && this.#pillars.has(pillar)) return true
    const framework = frameworkOf(key)
    return framework !== null && this.#frameworks.has(framework)
  }

  add(key: AreaKey): void {
    this.#keys.add(key)
    if (key.stems.size === 0) this.#wordless = true
    for (const stem of key.stems) {
      const list = this.#byStem.get(stem)
      if (list) list.push(key)
      else this.#byStem.set(stem, [key])
    }
    const pillar = pillarOf(key)
    if (pillar !== null) this.#pillars.add(pillar)
    const framework = frameworkOf(key)
    if (framework !== null) this.#frameworks.add(framework)
  }
}

/**
 * What tells subjects apart: the kind and reference id, else the name normalised. Names are normalised once
 * a document: a subject read from the text is a new object each time a grade names it.
 */
function subjectKeys(): (subject: ReportSubject) => string {
  const byName = new Map<string, string>()
  return (subject) => {
    // A force and its place's fire and rescue service share an id ("norfolk"): the kind tells them apart.
    if (subject.referenceId !== undefined) return `${subject.kind}:${subject.referenceId}`
    let key = byName.get(subject.name)
    if (key === undefined) byName.set(subject.name, (key = normaliseName(subject.name.replace(parenthetical, ''))))
    return key
  }
}

const parenthetical = /(?<!\s)\s*\([^()]*\)/g

// Words that say nothing about which area is graded: two areas that differ only in these are the same.
const areaStopwords = new Set(
  'a an and at by does for from how in is it its of on the to way well which with force service fire rescue frs police extent overall keep keeps keeping people safe secure other risks provide provides providing pillar good performance'.split(
    ' '
  )
)

function areaStems(area: string): Set<string> {
  const stems = new Set<string>()
  const words = normaliseName(area).split(/[^a-z]+/)
  // A page copied up to a length ends mid-word ("… good at reducing crime and keeping peopl"): a
  // last word cut short of a word that says nothing says nothing either.
  let last = words.length - 1
  while (last >= 0 && words[last] === '') last--
  const word = words[last] ?? ''
  if (word.length >= 3 && !areaStopwords.has(word) && cutStopword(word)) words.splice(last, 1)
  for (const word of words) {
    if (word.length > 1 && !areaStopwords.has(word)) stems.add(word.slice(0, word.startsWith(sharedOpening) ? 5 : 4))
  }
  return stems
}

// "respect" (treating the public fairly and with respect) and "responding" (to the public) open two
// PEEL areas with the same four letters: a fifth tells them apart.
const sharedOpening = 'resp'

/**
 * Whether a word is the start of a stopword (`areaStopwords`), as a copy cut mid-word leaves it: not
 * a word of its own that the stopword is the plural of ("risk" of "risks").
 */
function cutStopword(word: string): boolean {
  for (const stopword of areaStopwords) if (stopword.length > word.length && stopword.startsWith(word) && stopword !== `${word}s`) return true
  return false
}

/**
 * An area's distinctive words and, found when first needed (most restated areas share their
 * words), the pillar it stands for and the framework's area whose name or alias it holds (`null`: none).
 */
interface AreaKey {
  area: string
  stems: Set<string>
  pillar?: string | null
  framework?: string | null
}

function areaKey(area: string): AreaKey {
  return {area, stems: areaStems(area)}
}

// `null` is remembered too (`??=` would ask again for every area that names none, most of them).
function pillarOf(key: AreaKey): string | null {
  if (key.pillar === undefined) key.pillar = pillarNamed(key.area) ?? null
  return key.pillar
}

function frameworkOf(key: AreaKey): string | null {
  if (key.framework === undefined) key.framework = frameworkAreaIn(key.stems) ?? null
  return key.framework
}

// The distinctive words of every graded area's name and aliases (two words at least: one-word
// names are pillars, told apart by `pillarNamed`), by their first word, built on first use: an
// area's words are checked only against the names that start with one of them.
let frameworkStems: Map<string, Array<{name: string; stems: Set<string>}>> | undefined

/**
 * The graded area whose name or an alias an area's words hold ("value for money, strategic planning
 * and organisational management" holds the alias of Good use of resources); the longest such.
 */
function frameworkAreaIn(stems: Set<string>): string | undefined {
  frameworkStems ??= indexByFirstStem(gradedAreaNames.map(([name, printed]) => ({name, stems: areaStems(printed)})).filter((entry) => entry.stems.size >= 2))
  let found: {name: string; stems: Set<string>} | undefined
  for (const stem of stems) {
    for (const entry of frameworkStems.get(stem) ?? []) {
      if (entry.stems.size > stems.size || (found && entry.stems.size <= found.stems.size)) continue
      if (sharedCount(entry.stems, stems) === entry.stems.size) found = entry
    }
  }
  return found?.name
}

function indexByFirstStem(entries: Array<{name: string; stems: Set<string>}>): Map<string, Array<{name: string; stems: Set<string>}>> {
  const index = new Map<string, Array<{name: string; stems: Set<string>}>>()
  for (const entry of entries) {
    const first = entry.stems.values().next().value!
    const list = index.get(first)
    if (list) list.push(entry)
    else index.set(first, [entry])
  }
  return index
}

function sameStems(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  const shared = sharedCount(small, large)
  if (small.size === 0) return large.size === 0
  // A one-word area ("overall efficiency") is the same as a short area containing it.
  if (shared === small.size && (small.size >= 2 || large.size <= 3)) return true
  return shared / (a.size + b.size - shared) >= 0.6
}
