import type {Finding, FindingKind, Grade, HistoricalFinding, ReportSubject} from '@scrutiny/schema'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {normaliseText} from '../normalise-text.js'
import {plainSpaces, unwrapped} from '../normalise/blocks.js'
import {lineStarts, pointAt} from '../points.js'
import type {Block} from './blocks.js'
import type {ProgressNote} from './progress.js'
import type {BlockHandler, FindingDetails, GradeReading, ReadContext, ReaderFactory, ReportReader, Section} from './context.js'
import {namesGradedArea, pillarOfPage} from './grade-clauses.js'
import {warn} from './messages.js'
import {closesAside, cutOffBeforeItsWords, isContentsHeading, isCutOff, isQuestion, mentionsGrade, saysEarlierInspection} from './patterns.js'
import {resolveFindings, resolveForceAddressees} from './resolve-subjects.js'
import {forgetRemembered} from './remembered.js'
import {demandOfHistory} from './restated.js'
import type {PendingFinding, PendingGrade} from './resolve-subjects.js'
import {fireServiceIn, isGenericSubject, kindOfGeneric, mostNamedSubject, regionNamed, resolveSubject, subjectNamedIn} from './subjects.js'
import {TitleFinder} from './title.js'
import {TriggerIndex} from './triggers.js'

/** What one pass over the blocks of a report finds. */
export interface Extracted {
  grades: Grade[]
  findings: Finding[]
  history: HistoricalFinding[]
  /** Sentences stating what became of a cause of concern, for `applyProgress` once the kind is known. */
  progress: ProgressNote[]
  subjects: ReportSubject[]
  title?: string
  publishedOn?: string
}

const regionalFindings = /^(?:\d[\d.]*\s+)?regional findings$/i
const maxSubjectHeadingLength = 90

/**
 * Read a report's blocks with a list of layout readers, in one pass: this keeps the sections, the
 * current question and subject, and collects what the readers emit; subjects are resolved once at
 * the end (`resolveFindings`).
 */
export class ReportReading {
  readonly #file: VFile
  readonly #source: string
  #pagePillar: string | null | undefined
  // The last body of each kind the text named, for a generic subject whose word names its kind.
  readonly #lastOfKind = new Map<ReportSubject['kind'], ReportSubject>()
  readonly #title: string | undefined
  readonly #handlers: Handlers
  readonly #triggers = new TriggerIndex()
  readonly #context: ReadContext
  #lineStarts: number[] | undefined
  readonly #findings: PendingFinding[] = []
  readonly #history: HistoricalFinding[] = []
  readonly #progress: ProgressNote[] = []
  readonly #grades: PendingGrade[] = []
  readonly #seen = new Set<string>()
  readonly #counters = new Map<FindingKind, number>()
  #sections: Section[] = []
  // The open sections' headings, outermost first: one array, shared by every finding and grade read
  // until the next heading changes the sections (nothing changes it after).
  #sectionPath: string[] = []
  #subject: ReportSubject | undefined
  #firstSubject: ReportSubject | undefined
  #contents = false
  #question: string | undefined
  readonly #titleFinder = new TitleFinder()
  #publishedOn: string | undefined
  #region: string | null | undefined
  // Every block's words, as read (entities decoded, markup gone, whatever the input format): what
  // the prose names when no title says whose page it is.
  readonly #texts: string[] = []
  // Names repeat (every "Warwickshire Police" heading); resolving normalises each name several times.
  // One map per way of reading a name, keyed by the name itself: no key string to build per look-up.
  // `null`: the name resolves to nothing (one look-up answers, not a look-up and a test of the key).
  readonly #resolved = new Map<(printed: string) => ReportSubject | undefined, Map<string, ReportSubject | null>>()

  constructor(file: VFile, source: string, readers: readonly ReaderFactory[], options: {title?: string; plainText: boolean}) {
    forgetRemembered()
    this.#file = file
    this.#source = source
    this.#title = options.title
    this.#handlers = handlersOf(readers.map((make) => make()), this.#triggers)
    this.#context = this.#makeContext(options.plainText)
  }

  /** Read one block, in document order. */
  add(block: Block): void {
    this.#triggers.block(block.text)
    this.#texts.push(block.text)
    // A findings line made a heading (no printed depth) in a table of contents is only an entry.
    if (block.type === 'heading' && (block.depth !== undefined || !this.#contents)) {
      this.#heading(block)
      return
    }
    this.#titleFinder.block(block.text)
    if (block.type === 'row') {
      for (const enter of this.#handlers.enterRow) if (enter(block, this.#context) === true) return
    }
    // Nothing in a table of contents is a finding or a grade.
    if (this.#contents) return
    // A row no reader took (not a grade row) is read as a paragraph.
    const type: 'item' | 'paragraph' = block.type === 'item' ? 'item' : 'paragraph'
    const read: Block = type === block.type ? block : {...block, type}
    const item = type === 'item'
    for (const enter of item ? this.#handlers.enterItem : this.#handlers.enterParagraph) if (enter(read, this.#context) === true) return
    for (const exit of item ? this.#handlers.exitItem : this.#handlers.exitParagraph) exit(read, this.#context)
  }

  /** Close what is open and resolve subjects; returns everything read. */
  finish(publishedOn?: string): Extracted {
    for (const exit of this.#handlers.exitDocument) exit(this.#context)
    const documentTitle = this.#titleFinder.title
    const title = this.#title ?? documentTitle
    // Read with the remembered names: a title's runs of words are names the headings looked up too.
    const titled = title ? this.#resolve(title, this.#namedIn) : undefined
    const named = title ? fireServiceIn(title, titled ?? this.#firstSubject) : this.#firstSubject
    // No title or heading named whose page it is (a news item, a force's statement, a page whose
    // first subject was the inspectorate): the force or service its prose names most.
    let words: string | undefined
    const pageText = () => (words ??= this.#texts.join('\n'))
    const primary = named === undefined || named.kind === 'national-body' ? (mostNamedSubject(pageText(), (printed) => this.#resolve(printed)) ?? named) : named
    // Only a title that names the subject says whose page it is: a first subject named in the text may be a neighbour.
    const resolved = resolveFindings(this.#file, primary, this.#findings, this.#grades, {asAt: publishedOn ?? this.#publishedOn, titled: titled !== undefined, pageText})
    for (const item of this.#history) if (item.addressees) resolveForceAddressees(item.addressees, primary)
    forgetRemembered()
    return {
      ...resolved,
      history: this.#history,
      progress: this.#progress,
      ...(documentTitle ? {title: documentTitle} : {}),
      ...(this.#publishedOn ? {publishedOn: this.#publishedOn} : {})
    }
  }

  #heading(block: Block): void {
    const context = this.#context
    for (const enter of this.#handlers.enterHeading) if (enter(block, context) === true) return
    const text = block.text.trim()
    this.#titleFinder.heading(text)
    let placed: {role: Section['role']; depth: number} | undefined
    for (const sectionOf of this.#handlers.sectionOf) {
      placed = sectionOf(block, context)
      if (placed) break
    }
    const depth = placed?.depth ?? block.depth ?? (this.#sections.at(-1)?.depth ?? 0) + 1
    while (this.#sections.length > 0 && this.#sections.at(-1)!.depth >= depth) this.#sections.pop()
    const section: Section = {depth, text, role: placed?.role ?? 'heading'}
    this.#sections.push(section)
    this.#sectionPath = this.#sections.map((open) => open.text)
    for (const enter of this.#handlers.enterSection) enter(section, block, context)
    if (section.role !== 'heading') return
    this.#contents = isContentsHeading(text)
    // "Kent Fire and Rescue Service was good in its 2018/19 assessment", printed under a fire page's
    // question, is a note of the earlier grade: what follows is still about the question.
    if (!(this.#question && mentionsGrade(block.text) && saysEarlierInspection(text))) this.#question = isQuestion(text) ? text : undefined
    const subject = this.#headingSubject(text)
    if (subject) this.#nameSubject(subject)
  }

  #makeContext(plainText: boolean): ReadContext {
    // Getters, so readers see the current state but cannot change it.
    const reading = this
    return {
      source: this.#source,
      plainText,
      get sections() {
        return reading.#sections
      },
      get question() {
        return reading.#question
      },
      get subject() {
        return reading.#subject
      },
      headingSubject: (text) => this.#headingSubject(text),
      resolve: (name) => this.#resolve(name),
      spanPosition: (block, start, end) => this.#spanPosition(block, start, end),
      finding: (kind, text, position, details) => this.#addFinding(kind, this.#verbatim(text, position), position, details),
      extendFinding: (finding, text, position) => this.#extendFinding(finding, this.#verbatim(text, position), position),
      grade: (reading, quote, position) => this.#addGrade(reading, this.#verbatim(quote, position), position),
      history: (kind, text, position, number, demand) => {
        const item: HistoricalFinding = {
          kind,
          text: this.#verbatim(text, position),
          section: this.#sectionPath,
          position,
          ...(number === undefined ? {} : {number}),
          ...(kind === 'recommendation' ? demandOfHistory(demand?.addressees, demand?.deadline) : {})
        }
        this.#history.push(item)
        return item
      },
      progress: (note) => {
        this.#progress.push(note)
      },
      nameSubject: (subject) => this.#nameSubject(subject),
      published: (iso) => {
        this.#publishedOn ??= iso
      },
      warn: (ruleId, values, place) => {
        warn(this.#file, ruleId, values, place)
      }
    }
  }

  #nameSubject(subject: ReportSubject): void {
    if (subject === this.#subject) return
    this.#subject = subject
    this.#lastOfKind.set(subject.kind, subject)
    if (subject.kind !== 'region') this.#firstSubject ??= subject
    for (const enter of this.#handlers.enterSubject) enter(subject, this.#context)
  }

  #addGrade(reading: GradeReading, quote: string, position: Position): ReportSubject | undefined {
    const named = isGenericSubject(reading.subject) ? undefined : this.#resolve(reading.subject)
    // The inspectorate grades no one: "HMICFRS found we were ‘Good’" grades the page's own subject,
    // as "the force" does. "The force", "it", "we" never stand for the inspectorate a heading named.
    const generic = named === undefined ? isGenericSubject(reading.subject) : named.kind === 'national-body'
    let subject = generic ? (this.#subject?.kind === 'national-body' ? undefined : this.#antecedent(reading.subject)) : named
    // "The force" read back to a force named before a fire and rescue service was: the service named
    // last stays the body the text is about (a bare "the service" or "it" after it is still the service's).
    const current = generic && subject !== this.#subject ? this.#subject : undefined
    // One of several bodies a list grades ("Forces graded good: A, B and C") says nothing of whose page it is.
    if (subject && !generic && !reading.many) this.#firstSubject ??= subject
    if (!subject && !generic) subject = {name: reading.subject, kind: 'other'}
    const section = this.#sections.at(-1)?.text
    // "West Mercia Police is good" under "Notes": PEEL and fire inspections grade no force or service
    // overall, so a judgement that names no area, under a heading that names no graded area, is not
    // kept ("cannot tell" over a guess). Under no heading at all it is the one judgement of an
    // inspection that grades one thing (a regional unit's response to serious and organised crime).
    // "West Mercia Police has been rated inadequate for its approach to serious and organised crime
    // … West Midlands Police was rated adequate": a roll-call of bodies graded on one thing; a named
    // body's bare judgement right after another body's grade for an area, under the same heading, is for that area.
    const carried = reading.area === undefined && !generic ? this.#rollCallArea(subject) : undefined
    if (carried !== undefined) {
      this.#grades.push({reading, area: carried, quote, section: this.#sectionPath, position, ...(subject ? {subject} : {})})
      return current ?? subject
    }
    // A force's judgement naming no area, on a page whose reports are about one PEEL pillar ("… in
    // efficiency reports"), is that pillar's (PEEL 2014–17 graded each pillar, never a force overall).
    const pillar = reading.area === undefined && this.#question === undefined && (subject === undefined || subject.kind === 'force') ? this.#pillarOfPage() : undefined
    if (pillar === undefined && reading.area === undefined && this.#question === undefined && section !== undefined && !namesGradedArea(section)) return current ?? subject
    // A headline that is itself a judgement ("Two of the four Welsh police forces 'require improvement' in the way they …") heads no area.
    const areaHeading = section !== undefined && namesGradedArea(section) && !(pillar !== undefined && mentionsGrade(section)) ? section : undefined
    const area = reading.area ?? this.#question ?? areaHeading ?? pillar ?? section ?? 'overall'
    this.#grades.push({reading, area, quote, section: this.#sectionPath, position, ...(subject ? {subject} : {})})
    return current ?? subject
  }

  /**
   * The body a generic subject stands for: the one named last, unless its word names another kind
   * ("the force" just after a fire and rescue service was named): then the last body of that kind
   * named, and the last named when none was.
   */
  #antecedent(printed: string): ReportSubject | undefined {
    const kind = kindOfGeneric(printed)
    if (!kind || !this.#subject || this.#subject.kind === kind) return this.#subject
    return this.#lastOfKind.get(kind) ?? this.#subject
  }

  /** The one pillar the page names as the subject of its reports (`pillarOfPage`); read once. */
  #pillarOfPage(): string | undefined {
    if (this.#pagePillar === undefined) this.#pagePillar = pillarOfPage(this.#source) ?? null
    return this.#pagePillar ?? undefined
  }

  /** The area of the grade just read when it was named and was another named body's, under the same heading. */
  #rollCallArea(subject: ReportSubject | undefined): string | undefined {
    const last = this.#grades.at(-1)
    if (!subject || !last?.subject || last.reading.area === undefined || last.section !== this.#sectionPath) return undefined
    if (isGenericSubject(last.reading.subject) || last.subject.name === subject.name) return undefined
    return last.area
  }

  #addFinding(kind: FindingKind, text: string, position: Position, details: FindingDetails = {}): Finding | false {
    const cutOff = this.#cutOff(text, position)
    // "The service should as", "Cleveland Police doesn’t co" where the copy ends: its words are lost.
    if (cutOff && cutOffBeforeItsWords(text)) return false
    const key = `${kind}\u0000${normaliseText(text)}`
    if (this.#seen.has(key)) return false
    this.#seen.add(key)
    const count = (this.#counters.get(kind) ?? 0) + 1
    this.#counters.set(kind, count)
    const common = {id: `${kind}-${count}`, text, section: this.#sectionPath, position, ...(details.number === undefined ? {} : {number: details.number})}
    let finding: Finding
    if (kind === 'recommendation') {
      const due = details.demand?.deadline ?? details.deadline
      finding = {
        kind,
        ...common,
        addressees: details.demand?.addressees ?? [],
        ...(due ? {deadline: due} : {}),
        ...(details.causeOfConcern ? {causeOfConcern: details.causeOfConcern} : {})
      }
    } else {
      finding = {kind, ...common}
    }
    if (cutOff) {
      finding.truncated = true
      warn(
        this.#file,
        'truncated-finding',
        {kind, text: ellipsis(text)},
        position
      )
    }
    this.#findings.push({finding, ...(this.#subject ? {subject: this.#subject} : {}), ...(details.summary ? {summary: true} : {})})
    return finding
  }

  /**
   * Whether a finding's text stops where the copy was cut off. A clause read out of its sentence
   * ("… that the force does not record crime.") is whole when the source's closing punctuation
   * follows it, or a dash closing an aside ("… - that the force must ensure … - and highlighted …").
   */
  #cutOff(text: string, position: Position): boolean {
    const after = position.end.offset === undefined ? '' : this.#source.charAt(position.end.offset)
    return isCutOff(text) && isCutOff(after) && !closesAside(this.#source.slice(position.end.offset ?? 0, (position.end.offset ?? 0) + 3))
  }

  #extendFinding(finding: Finding, text: string, position: Position): void {
    finding.text = text
    finding.position = position
    this.#seen.add(`${finding.kind}\u0000${normaliseText(text)}`)
    if (!this.#cutOff(text, position)) delete finding.truncated
    else if (!finding.truncated) {
      finding.truncated = true
      warn(this.#file, 'truncated-finding', {kind: finding.kind, text: ellipsis(text)}, position)
    }
  }

  #headingSubject(text: string): ReportSubject | undefined {
    if (regionalFindings.test(text)) return this.#regionSubject()
    // Questions and long headings name areas, not subjects.
    if (text.length > maxSubjectHeadingLength || isQuestion(text)) return undefined
    const colon = text.lastIndexOf(': ')
    const named = this.#resolve(text) ?? (colon > 0 ? this.#resolve(text.slice(colon + 2)) : undefined)
    // A heading is not the subject's printed name in a sentence: use the reference name.
    if (named?.referenceId) return this.#resolve(named.name, this.#namedIn)
    return named ?? (text.length < 40 ? this.#resolve(text, this.#namedIn) : undefined)
  }

  // Headings share their first words ("Areas for improvement", "Areas for improvement: …"): each
  // run of words is looked up once a document.
  readonly #namedIn = (text: string) => subjectNamedIn(text, (printed) => this.#resolve(printed))

  #resolve(name: string, read: (printed: string) => ReportSubject | undefined = resolveSubject): ReportSubject | undefined {
    let resolved = this.#resolved.get(read)
    if (!resolved) this.#resolved.set(read, (resolved = new Map()))
    let subject = resolved.get(name)
    if (subject === undefined) {
      subject = remembered(read === resolveSubject ? resolvedNames : namesIn, name, read) ?? null
      resolved.set(name, subject)
    }
    return subject ?? undefined
  }

  /** The region a regional report covers, from its title or the start of its text; read once. */
  #regionSubject(): ReportSubject {
    if (this.#region === undefined) {
      this.#region = regionNamed(this.#title ?? '') ?? regionNamed(this.#source.slice(0, 20_000)) ?? null
    }
    return {name: this.#region ?? 'Region', kind: 'region'}
  }

  /**
   * A quote as printed: readers see a plain-text paragraph's wrapped lines joined by spaces (as HTML
   * gives them) and fixed-width spaces as plain ones, but a finding or grade quotes the source, line
   * breaks, no-break spaces and all.
   */
  #verbatim(text: string, position: Position): string {
    const start = position.start.offset
    const end = position.end.offset
    if (start === undefined || end === undefined || end - start !== text.length) return text
    const printed = this.#source.slice(start, end)
    return printed !== text && plainSpaces(unwrapped(printed, this.#context.plainText)) === text ? printed : text
  }

  #spanPosition(block: Block, start: number, end: number): Position {
    const base = block.position.start.offset
    if (!block.sliced || base === undefined) return block.position
    return {start: this.#point(base + start), end: this.#point(base + end)}
  }

  #point(offset: number): Point {
    return pointAt((this.#lineStarts ??= lineStarts(this.#source)), offset)
  }
}

type Entered = NonNullable<ReportReader['enter']>
type Exited = NonNullable<ReportReader['exit']>

/** The readers' handlers of each kind, entered in list order; exit handlers in reverse list order. */
interface Handlers {
  enterHeading: BlockHandler[]
  enterParagraph: BlockHandler[]
  enterItem: BlockHandler[]
  enterRow: BlockHandler[]
  enterSection: Array<NonNullable<Entered['section']>>
  enterSubject: Array<NonNullable<Entered['subject']>>
  exitParagraph: BlockHandler[]
  exitItem: BlockHandler[]
  exitDocument: Array<NonNullable<Exited['document']>>
  sectionOf: Array<NonNullable<ReportReader['sectionOf']>>
}

/**
 * Each kind of handler gathered once a document: looking each one up by name on every reader, for
 * every block, cost more than most handlers do (the readers' handler objects all differ in shape).
 * A block handler of a reader with trigger words runs only when the document's trigger index finds
 * one in the block (`add` starts the index on each block).
 */
function handlersOf(readers: readonly ReportReader[], index: TriggerIndex): Handlers {
  const handlers: Handlers = {
    enterHeading: [],
    enterParagraph: [],
    enterItem: [],
    enterRow: [],
    enterSection: [],
    enterSubject: [],
    exitParagraph: [],
    exitItem: [],
    exitDocument: [],
    sectionOf: []
  }
  // One pass over the readers, as each document makes its own.
  for (const {enter, exit, sectionOf, triggers: words} of readers) {
    // A reader with triggers gets each of its block handlers behind one test of the index; one
    // without keeps its own, so it costs nothing more than before triggers.
    const triggers = words ? index.ids(words) : undefined
    const gated = (handler: BlockHandler): BlockHandler => (triggers ? (block, context) => index.any(triggers) && handler(block, context) : handler)
    if (enter?.heading) handlers.enterHeading.push(gated(enter.heading))
    if (enter?.paragraph) handlers.enterParagraph.push(gated(enter.paragraph))
    if (enter?.item) handlers.enterItem.push(gated(enter.item))
    if (enter?.row) handlers.enterRow.push(gated(enter.row))
    if (enter?.section) handlers.enterSection.push(enter.section)
    if (enter?.subject) handlers.enterSubject.push(enter.subject)
    if (exit?.paragraph) handlers.exitParagraph.push(gated(exit.paragraph))
    if (exit?.item) handlers.exitItem.push(gated(exit.item))
    if (exit?.document) handlers.exitDocument.push(exit.document)
    if (sectionOf) handlers.sectionOf.push(sectionOf)
  }
  handlers.exitParagraph.reverse()
  handlers.exitItem.reverse()
  return handlers
}

// What a printed name resolves to depends on the name alone (and the reference data), so it is
// remembered across documents too: a batch of reports repeats its headings and force names. Each
// document gets its own copy of a subject (a caller may change the report it is given); the maps
// are emptied when full, so memory stays bounded.
const resolvedNames = new Map<string, ReportSubject | null>()
const namesIn = new Map<string, ReportSubject | null>()
const maxRememberedNames = 20_000

function remembered(names: Map<string, ReportSubject | null>, name: string, read: (printed: string) => ReportSubject | undefined): ReportSubject | undefined {
  let subject = names.get(name)
  if (subject === undefined) {
    if (names.size >= maxRememberedNames) names.clear()
    names.set(name, (subject = read(name) ?? null))
  }
  return subject ? {...subject} : undefined
}

/** Shorten a quoted text for a message. */
export function ellipsis(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
