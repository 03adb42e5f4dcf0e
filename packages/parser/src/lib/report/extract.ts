import {IsoDate, normaliseName} from '@scrutiny/schema'
import type {Finding, FindingKind, Grade, HistoricalFinding, ReportSubject} from '@scrutiny/schema'
import type {List} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {normaliseText} from '../normalise-text.js'
import type {InputFormat} from '../input/format.js'
import type {Block} from './blocks.js'
import {readDemand} from './demands.js'
import type {Demand} from './demands.js'
import {gradeLeadInSubject, gradeStatement} from './grades.js'
import type {GradeStatement} from './grades.js'
import {warn} from './messages.js'
import {
  areaGrade,
  findingHeading,
  findingHeadingKind,
  gradeLabelValue,
  historyLeadInKind,
  isChromeHeading,
  isContentsHeading,
  isCutOff,
  isLeadIn,
  isProgressStatus,
  isQuestion,
  itemShape,
  mentionsGrade,
  modal
} from './patterns.js'
import {sentenceSpans} from './sentences.js'
import {isGenericSubject, regionNamed, resolveSubject, subjectNamedIn} from './subjects.js'

/** What one pass over the blocks of a report finds. */
export interface Extracted {
  grades: Grade[]
  findings: Finding[]
  history: HistoricalFinding[]
  subjects: ReportSubject[]
  title?: string
  publishedOn?: string
}

interface Box {
  kind: FindingKind
  heading: Block
  /** Still reading the findings that open the box; narrative prose ends it. */
  fresh: boolean
  extracted: number
  /** The list whose items are findings, so later items of the same list are too. */
  list?: List
  leadIn?: Demand
  /** A lead-in ("The service should make sure:") was read and no item has followed yet. */
  leadInPending?: boolean
  deadline?: string
  lastNumber?: number
  /** The number its heading prints ("Area for improvement 2"), for the finding under it. */
  number?: string
  /** A practice box has read a title sub-heading ("Using drones to find missing people"). */
  titled?: boolean
  /** A title was read and the description after it has not been yet. */
  awaitingDescription?: boolean
}

interface Cause {
  id: string
  recommendations: number
  position: Position
}

interface PendingGrade {
  statement: GradeStatement
  subject?: ReportSubject
  area: string
  quote: string
  section: string[]
  position: Position
}

interface HistoryGroup {
  kind: FindingKind
  items: HistoricalFinding[]
}

const regionalFindings = /^(?:\d[\d.]*\s+)?regional findings$/i
const publishedOn = /^(?:first )?published(?: on)?:?\s+(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\s+(\d{4})$/i
const chromeTitle = /^(?:skip to|text size|open menu|print this|contents$|menu$|published\b|last updated\b)/i
const maxSubjectHeadingLength = 90
const maxGradeListLength = 2000
const maxAreaLineLength = 100
const subjectKinds = new Set(['force', 'rocu', 'fire-and-rescue-service', 'region'])
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/**
 * The state machine that reads findings, grades and history from a report's blocks, in one pass.
 * A heading such as "Areas for improvement" opens a box; the findings are the items and statements
 * that open the box (numbered items stay findings until the next heading), and narrative prose
 * closes it, so "X should …" sentences in prose never become findings.
 */
export class ReportExtraction {
  readonly #file: VFile
  readonly #source: string
  readonly #title: string | undefined
  #lineStarts: number[] | undefined
  readonly #findings: Finding[] = []
  readonly #history: HistoricalFinding[] = []
  readonly #grades: PendingGrade[] = []
  readonly #seen = new Set<string>()
  readonly #counters = new Map<FindingKind, number>()
  readonly #subjectless: Finding[] = []
  /** The subjects findings were given, each once. */
  readonly #findingSubjects = new Set<ReportSubject>()
  #sections: Array<{depth: number; text: string}> = []
  #subject: ReportSubject | undefined
  #firstSubject: ReportSubject | undefined
  #box: Box | undefined
  #cause: Cause | undefined
  #historyGroup: HistoryGroup | undefined
  #contents = false
  #question: string | undefined
  #documentTitle: string | undefined
  #publishedOn: string | undefined
  #region: string | null | undefined
  /** An empty "Areas for improvement" heading holding numbered "Area for improvement 1" boxes. */
  #container: {kind: FindingKind; depth: number} | undefined
  /** The last number printed in a finding heading of each kind, to report gaps. */
  readonly #headingNumbers = new Map<FindingKind, number>()
  // Names repeat (every "Warwickshire Police" heading); resolving normalises each name several times.
  readonly #resolved = new Map<string, ReportSubject | undefined>()

  readonly #plainText: boolean

  constructor(file: VFile, source: string, title?: string, format?: InputFormat) {
    this.#file = file
    this.#source = source
    this.#title = title
    this.#plainText = format === 'text'
  }

  /** Read one block, in document order. */
  add(block: Block): void {
    if (block.type === 'heading') this.#heading(block)
    else if (block.type === 'row') this.#row(block)
    else if (block.type === 'item') this.#item(block)
    else this.#paragraph(block)
  }

  /** Close open sections and resolve subjects; returns everything read. */
  finish(): Extracted {
    this.#closeHistory()
    this.#closeBox()
    this.#closeCause()
    const primary = this.#primarySubject()
    for (const finding of this.#subjectless) {
      if (!primary) break
      finding.subject = primary.name
      if (primary.referenceId) finding.subjectId = primary.referenceId
    }
    if (primary?.kind === 'force' && primary.referenceId) {
      for (const finding of this.#findings) {
        if (finding.kind !== 'recommendation') continue
        for (const addressee of finding.addressees) {
          if (addressee.kind === 'force' && !addressee.referenceId) addressee.referenceId = primary.referenceId
        }
      }
    }
    const grades = this.#resolveGrades(primary)
    if (!primary && (this.#subjectless.length > 0 || grades.some((grade) => grade.subject === 'the force'))) {
      warn(
        this.#file,
        'unknown-subject',
        'Unexpected findings without a named force, unit or service, expected the report to name its subject',
        undefined,
        'Pass `title` (which usually names the force) or add a heading naming the subject.'
      )
    }
    const subjects = new Map<string, ReportSubject>()
    const note = (subject: ReportSubject | undefined) => {
      if (subject && !subjects.has(subjectKey(subject))) subjects.set(subjectKey(subject), subject)
    }
    note(primary)
    for (const grade of this.#grades) note(grade.subject)
    for (const subject of this.#findingSubjects) note(subject)
    return {
      grades,
      findings: this.#findings,
      history: this.#history,
      subjects: [...subjects.values()],
      ...(this.#documentTitle ? {title: this.#documentTitle} : {}),
      ...(this.#publishedOn ? {publishedOn: this.#publishedOn} : {})
    }
  }

  #heading(block: Block): void {
    const text = block.text.trim()
    if (this.#gradeLabel(block, text)) return
    if (isChromeHeading(text) || this.#readPublished(text)) return
    this.#closeHistory()
    if (!this.#documentTitle && !chromeTitle.test(text) && text.split(' ').length >= 3) this.#documentTitle = text
    const found = findingHeading(text)
    const titleDepth = found ? undefined : this.#practiceTitleDepth(block, text)
    const depth = titleDepth ?? this.#boxDepth(block, found)
    while (this.#sections.length > 0 && this.#sections.at(-1)!.depth >= depth) this.#sections.pop()
    this.#sections.push({depth, text})
    if (found) {
      this.#openBox(found.kind, {...block, depth}, found.number)
      return
    }
    if (titleDepth !== undefined) {
      const box = this.#box!
      box.titled = true
      box.awaitingDescription = true
      box.fresh = true
      delete box.list
      delete box.leadIn
      box.leadInPending = false
      return
    }
    this.#container = undefined
    this.#closeBox()
    this.#closeCause()
    this.#contents = isContentsHeading(text)
    this.#question = isQuestion(text) ? text : undefined
    const subject = this.#headingSubject(text)
    if (subject) this.#setSubject(subject)
  }

  #paragraph(block: Block): void {
    if (this.#contents) return
    if (this.#unplacedItem(block)) return
    const text = block.text.trim()
    // A bold line ("**Area for improvement**") is a heading; only short lines can be.
    const boxKind = text.length <= 64 ? findingHeadingKind(text.replace(/^[*_]+|[*_]+$/g, '')) : undefined
    if (boxKind) {
      this.#heading({...block, type: 'heading', depth: (this.#sections.at(-1)?.depth ?? 0) + 1})
      return
    }
    if (this.#gradeLabel(block, text)) return
    this.#readPublished(text)
    this.#gradeLeadIn(text)
    if (this.#historyGroup) {
      const first = sentenceSpans(text)[0]
      const status = first && text.slice(first.start, first.end)
      if (status && isProgressStatus(status)) for (const item of this.#historyGroup.items) item.status = status
      this.#closeHistory()
    }
    const named = this.#gradeSentences(block)
    if (named && named.referenceId !== this.#subject?.referenceId) {
      this.#closeBox()
      this.#closeCause()
      this.#setSubject(named)
    }
    const historyKind = historyLeadInKind(text)
    if (historyKind) {
      this.#historyGroup = {kind: historyKind, items: []}
      return
    }
    const box = this.#box
    if (!box) return
    if (box.kind === 'cause-of-concern' && !this.#cause) {
      if (isLeadIn(text)) return
      this.#addCause(block)
      return
    }
    if (box.kind === 'cause-of-concern' || box.kind === 'recommendation') {
      this.#demands(block, box)
      return
    }
    if (!box.fresh) return
    if (isLeadIn(text)) {
      box.leadIn = readDemand(text, this.#subject)
      box.leadInPending = true
      return
    }
    // Once a list has given the findings, prose after it explains them.
    if (box.list) {
      box.fresh = false
      return
    }
    const statement = box.kind === 'area-for-improvement' ? modal.test(text) : box.extracted === 0 || box.awaitingDescription
    box.awaitingDescription = false
    if (statement) this.#addFinding(box.kind, block.text, block.position, this.#headingNumber(box))
    else box.fresh = false
    if (statement) box.extracted++
  }

  #item(block: Block): void {
    if (this.#contents) return
    const text = block.text.trim()
    if (this.#historyGroup) {
      this.#historyGroup.items.push(this.#historical(this.#historyGroup.kind, block))
      return
    }
    if (this.#gradeLines(block)) return
    this.#gradeSentences(block)
    const box = this.#box
    if (!box) return
    const numbered = block.number !== undefined
    if (numbered) this.#checkNumber(box, block)
    const continuesList = box.list === block.list
    // After a lead-in, a cause of concern's or recommendation box's bullets are its recommendations;
    // in other boxes they only elaborate a finding already read.
    const introduced = box.leadInPending && (box.extracted === 0 || box.kind === 'cause-of-concern' || box.kind === 'recommendation')
    box.leadInPending = false
    const described = box.awaitingDescription
    box.awaitingDescription = false
    if (!numbered && !(box.fresh && (box.extracted === 0 || continuesList || introduced || described))) return
    if (box.kind === 'cause-of-concern' && !this.#cause) {
      this.#addCause(block)
      box.list = block.list
      return
    }
    const kind = box.kind === 'cause-of-concern' ? 'recommendation' : box.kind
    const own = kind === 'recommendation' && modal.test(text) ? readDemand(text, this.#subject) : undefined
    const demand = own?.addressees.length ? own : box.leadIn
    const number = block.number ?? this.#headingNumber(box)
    const added = this.#addFinding(kind, block.text, block.position, number, demand ?? {addressees: []}, box.deadline)
    if (added !== false) box.extracted++
    box.list = block.list
  }

  /**
   * Nothing lost: a paragraph shaped like an item of the list that gave a box its findings
   * ("1234567. The force should…" after items 1 to 1234566) is read as that list's next item, with
   * an `unplaced-finding` warning, instead of closing the box as narrative would.
   */
  #unplacedItem(block: Block): boolean {
    const box = this.#box
    if (!box?.list) return false
    const shape = itemShape(block.text)
    // Numbered items stay findings until the next heading; bullets only while the box is fresh.
    if (!shape || (shape.number === undefined && !box.fresh)) return false
    const item: Block = {
      type: 'item',
      text: block.sliced ? block.text.slice(shape.length) : block.text.slice(shape.length).trim(),
      position: this.#spanPosition(block, shape.length, block.text.length),
      sliced: block.sliced,
      list: box.list,
      ...(shape.number === undefined ? {} : {number: shape.number})
    }
    const before = this.#findings.length
    this.#item(item)
    const added = this.#findings.at(-1)
    // Not added: a quotation of a finding already read, or an item of earlier findings (history).
    if (this.#findings.length === before || !added) return true
    warn(
      this.#file,
      'unplaced-finding',
      `Unexpected ${added.kind} \`${ellipsis(item.text.trim())}\` outside the list before it, expected a list item`,
      added.position,
      'The line looks like the next item of the list but was not read as one; it is kept as a finding.'
    )
    return true
  }

  #row(block: Block): void {
    const cells = block.cells ?? []
    const grade = cells.length >= 2 ? gradeLabelValue(cells.at(-1)!) : undefined
    if (grade && cells[0]) {
      this.#pushGrade({subject: 'the force', grade, area: cells[0]}, block.text, block.position)
      return
    }
    this.#paragraph({...block, type: 'paragraph'})
  }

  /** A bare grade label ("Good") grades the question or section it sits under. */
  #gradeLabel(block: Block, text: string): boolean {
    const grade = gradeLabelValue(text)
    if (!grade) return this.#gradeLines(block)
    this.#pushGrade({subject: 'the force', grade}, text, block.position)
    return true
  }

  /**
   * Lines that list grades, as PEEL 2023–25 pages do under "<force> was graded as follows:":
   * "Investigating crime: Requires improvement" (or "… | Good"), or an area line followed by its
   * grade line. Every line of the block must be one, so prose is never read as a grade.
   */
  #gradeLines(block: Block): boolean {
    const text = block.text
    if (text.length > maxGradeListLength || !mentionsGrade.test(text)) return false
    const lines: Array<{statement: GradeStatement; start: number; end: number}> = []
    let area: {text: string; start: number} | undefined
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const line = text.slice(start, end).trim()
      const from = start + text.slice(start, end).indexOf(line)
      start = end + 1
      if (line === '') continue
      const pair = area ? undefined : areaGrade(line)
      const label = pair ? undefined : gradeLabelValue(line)
      if (pair) {
        lines.push({statement: {subject: 'the force', ...pair}, start: from, end: from + line.length})
      } else if (label && area) {
        lines.push({statement: {subject: 'the force', area: area.text, grade: label}, start: area.start, end: from + line.length})
        area = undefined
      } else if (!label && !area && line.length <= maxAreaLineLength && !/[.:;,]$/.test(line)) {
        area = {text: line, start: from}
      } else {
        return false
      }
    }
    if (area || lines.length === 0) return false
    for (const {statement, start, end} of lines) {
      this.#pushGrade(statement, text.slice(start, end), this.#spanPosition(block, start, end))
    }
    return true
  }

  /** "Lincolnshire Police was graded as follows:" names the subject of the grades listed after it. */
  #gradeLeadIn(text: string): void {
    const printed = gradeLeadInSubject(text)
    const subject = printed === undefined || isGenericSubject(printed) ? undefined : this.#resolve(printed)
    if (!subject || !subjectKinds.has(subject.kind) || subject.referenceId === this.#subject?.referenceId) return
    this.#closeBox()
    this.#closeCause()
    this.#setSubject(subject)
  }

  /** Read grade sentences; returns the subject a sentence names, when it names one. */
  #gradeSentences(block: Block): ReportSubject | undefined {
    if (!mentionsGrade.test(block.text)) return undefined
    let named: ReportSubject | undefined
    for (const span of sentenceSpans(block.text)) {
      const sentence = block.text.slice(span.start, span.end)
      const statement = gradeStatement(sentence)
      if (!statement) continue
      const grade = this.#pushGrade(statement, sentence, this.#spanPosition(block, span.start, span.end))
      if (grade.subject && subjectKinds.has(grade.subject.kind)) named ??= grade.subject
    }
    return named
  }

  #pushGrade(statement: GradeStatement, quote: string, position: Position): PendingGrade {
    const subject = isGenericSubject(statement.subject) ? this.#subject : this.#resolve(statement.subject)
    if (subject && !isGenericSubject(statement.subject)) this.#firstSubject ??= subject
    const area = statement.area ?? this.#question ?? this.#sections.at(-1)?.text ?? 'overall'
    const grade: PendingGrade = {statement, area, quote, section: this.#sectionPath(), position}
    if (subject) grade.subject = subject
    else if (!isGenericSubject(statement.subject)) grade.subject = {name: statement.subject, kind: 'other'}
    this.#grades.push(grade)
    return grade
  }

  #demands(block: Block, box: Box): void {
    if (!box.fresh) return
    if (box.list && !isLeadIn(block.text.trim())) {
      box.fresh = false
      return
    }
    let read = false
    for (const span of sentenceSpans(block.text)) {
      const sentence = block.text.slice(span.start, span.end)
      if (isLeadIn(sentence)) {
        box.leadIn = readDemand(sentence, this.#subject)
        box.leadInPending = true
        if (box.leadIn?.deadline) box.deadline = box.leadIn.deadline
        read = true
      } else if (modal.test(sentence)) {
        const demand = readDemand(sentence, this.#subject) ?? {addressees: []}
        if (demand.deadline) box.deadline = demand.deadline
        const number = this.#headingNumber(box)
        if (this.#addFinding('recommendation', sentence, this.#spanPosition(block, span.start, span.end), number, demand) !== false) {
          box.extracted++
        }
        read = true
      }
    }
    if (!read) box.fresh = false
  }

  #addCause(block: Block): void {
    const finding = this.#addFinding('cause-of-concern', block.text, block.position, this.#box && this.#headingNumber(this.#box))
    if (finding) this.#cause = {id: finding.id, recommendations: 0, position: block.position}
    if (this.#box) this.#box.extracted++
  }

  /** Returns the finding, or `false` when the same text was already read (a quotation). */
  #addFinding(
    kind: FindingKind,
    text: string,
    position: Position,
    number?: string,
    demand?: Demand,
    deadline?: string
  ): Finding | false {
    const key = `${kind}\u0000${normaliseText(text)}`
    if (this.#seen.has(key)) return false
    this.#seen.add(key)
    const count = (this.#counters.get(kind) ?? 0) + 1
    this.#counters.set(kind, count)
    const common = {
      id: `${kind}-${count}`,
      text,
      section: this.#sectionPath(),
      position,
      ...(number === undefined ? {} : {number}),
      ...(this.#subject
        ? {subject: this.#subject.name, ...(this.#subject.referenceId ? {subjectId: this.#subject.referenceId} : {})}
        : {})
    }
    let finding: Finding
    if (kind === 'recommendation') {
      const due = demand?.deadline ?? deadline
      finding = {
        kind,
        ...common,
        addressees: demand?.addressees ?? [],
        ...(due ? {deadline: due} : {}),
        ...(this.#cause ? {causeOfConcern: this.#cause.id} : {})
      }
      if (this.#cause) this.#cause.recommendations++
    } else {
      finding = {kind, ...common}
    }
    if (isCutOff(text)) {
      finding.truncated = true
      warn(
        this.#file,
        'truncated-finding',
        `Unexpected end of ${kind} \`${ellipsis(text)}\` mid-sentence, expected it to end with punctuation`,
        position,
        'The copy was probably cut off; the finding is kept with `truncated: true`.'
      )
    }
    if (this.#subject) this.#findingSubjects.add(this.#subject)
    else this.#subjectless.push(finding)
    this.#findings.push(finding)
    return finding
  }

  #historical(kind: FindingKind, block: Block): HistoricalFinding {
    const item: HistoricalFinding = {kind, text: block.text, section: this.#sectionPath(), position: block.position}
    if (block.number !== undefined) item.number = block.number
    this.#history.push(item)
    return item
  }

  #checkNumber(box: Box, block: Block): void {
    const number = Number(block.number)
    if (!Number.isInteger(number)) return
    if (box.lastNumber !== undefined && number > box.lastNumber + 1) {
      warn(
        this.#file,
        'numbering-gap',
        `Unexpected ${box.kind} number ${number} after ${box.lastNumber}, expected ${box.lastNumber + 1}`,
        block.position,
        'A finding may be missing from the copy.'
      )
    }
    box.lastNumber = number
  }

  #openBox(kind: FindingKind, heading: Block, number?: string): void {
    const belongsToCause = kind === 'recommendation' && this.#cause !== undefined
    // "## Causes of concern" holding "### Cause of concern" boxes is a container, not an empty box.
    const outer = this.#box
    if (outer && outer.extracted === 0 && (heading.depth ?? 1) > (outer.heading.depth ?? 1)) {
      this.#box = undefined
      this.#container = {kind: outer.kind, depth: outer.heading.depth ?? 1}
    }
    this.#closeBox()
    if (!belongsToCause) this.#closeCause()
    if (this.#container && this.#container.kind !== kind) this.#container = undefined
    this.#checkHeadingNumber(kind, heading, number)
    this.#box = {kind, heading, fresh: true, extracted: 0, ...(number === undefined ? {} : {number})}
  }

  /**
   * The depth of a heading in the section path. A numbered finding heading ("Area for improvement 1")
   * right under an empty heading of its kind ("Areas for improvement") sits inside it, even when
   * plain text gives both the same depth.
   */
  #boxDepth(block: Block, found: {kind: FindingKind; number?: string} | undefined): number {
    const depth = block.depth ?? 1
    if (found?.number === undefined) return depth
    const outer = this.#box
    if (outer && outer.extracted === 0 && outer.kind === found.kind && outer.number === undefined) {
      return Math.max(depth, (outer.heading.depth ?? 1) + 1)
    }
    const container = this.#container
    return container?.kind === found.kind ? Math.max(depth, container.depth + 1) : depth
  }

  /**
   * The section depth of a practice box's title: the sub-heading between "Promising practice" (or
   * "Innovative practice") and the description ("Using drones to find missing people"). A title is
   * a deeper heading under a box that is empty or already titled (several titled practices under one
   * heading); in plain text, where bare-line headings all share a depth, the bare line right after
   * the box heading. Contents, questions and headings naming a subject still open their sections.
   */
  #practiceTitleDepth(block: Block, text: string): number | undefined {
    const box = this.#box
    if (!box || (box.kind !== 'innovative-practice' && box.kind !== 'promising-practice')) return undefined
    const boxDepth = box.heading.depth ?? 1
    const depth = block.depth ?? 1
    const deeper = depth > boxDepth && (box.extracted === 0 || box.titled === true)
    const bareLine = this.#plainText && depth === boxDepth && box.extracted === 0 && !box.titled
    if (!deeper && !bareLine) return undefined
    if (isContentsHeading(text) || isQuestion(text) || this.#headingSubject(text)) return undefined
    return Math.max(depth, boxDepth + 1)
  }

  /** The number a box's heading prints, for the first finding under it. */
  #headingNumber(box: Box): string | undefined {
    return box.extracted === 0 ? box.number : undefined
  }

  #checkHeadingNumber(kind: FindingKind, heading: Block, printed: string | undefined): void {
    const number = printed === undefined ? undefined : Number(printed)
    if (number === undefined) {
      this.#headingNumbers.delete(kind)
      return
    }
    const last = this.#headingNumbers.get(kind)
    if (last !== undefined && number > last + 1) {
      warn(
        this.#file,
        'numbering-gap',
        `Unexpected ${kind} number ${number} after ${last}, expected ${last + 1}`,
        heading.position,
        'A finding may be missing from the copy.'
      )
    }
    this.#headingNumbers.set(kind, number)
  }

  #closeBox(): void {
    const box = this.#box
    this.#box = undefined
    if (!box || box.extracted > 0) return
    warn(
      this.#file,
      'empty-finding-section',
      `Unexpected section \`${ellipsis(box.heading.text.trim())}\` with no ${box.kind} under it, expected at least one`,
      box.heading.position,
      'The text under the heading may be missing or in a shape the parser does not read.'
    )
  }

  #closeCause(): void {
    const cause = this.#cause
    this.#cause = undefined
    if (!cause || cause.recommendations > 0) return
    warn(
      this.#file,
      'cause-without-recommendation',
      `Unexpected cause of concern \`${cause.id}\` without recommendations, expected at least one`,
      cause.position,
      'A cause of concern is always accompanied by recommendations; they may be missing from the copy.'
    )
  }

  #closeHistory(): void {
    this.#historyGroup = undefined
  }

  #setSubject(subject: ReportSubject): void {
    if (subject !== this.#subject) this.#headingNumbers.clear()
    this.#subject = subject
    if (subject.kind !== 'region') this.#firstSubject ??= subject
  }

  #headingSubject(text: string): ReportSubject | undefined {
    if (regionalFindings.test(text)) return this.#regionSubject()
    // Questions and long headings name areas, not subjects.
    if (text.length > maxSubjectHeadingLength || isQuestion(text)) return undefined
    const colon = text.lastIndexOf(': ')
    const named = this.#resolve(text) ?? (colon > 0 ? this.#resolve(text.slice(colon + 2)) : undefined)
    // A heading is not the subject's printed name in a sentence: use the reference name.
    if (named?.referenceId) return this.#resolve(named.name, subjectNamedIn)
    return named ?? (text.length < 40 ? this.#resolve(text, subjectNamedIn) : undefined)
  }

  #resolve(name: string, read = resolveSubject): ReportSubject | undefined {
    const key = `${read.name}\u0000${name}`
    if (!this.#resolved.has(key)) this.#resolved.set(key, read(name))
    return this.#resolved.get(key)
  }

  /** The region a regional report covers, from its title or the start of its text; read once. */
  #regionSubject(): ReportSubject {
    if (this.#region === undefined) {
      this.#region = regionNamed(this.#title ?? '') ?? regionNamed(this.#source.slice(0, 20_000)) ?? null
    }
    return {name: this.#region ?? 'Region', kind: 'region'}
  }

  #primarySubject(): ReportSubject | undefined {
    const title = this.#title ?? this.#documentTitle
    return (title ? subjectNamedIn(title) : undefined) ?? this.#firstSubject
  }

  #resolveGrades(primary: ReportSubject | undefined): Grade[] {
    const grades: Grade[] = []
    const kept: Array<{key: string; grade: Grade; stems: Set<string>}> = []
    for (const pending of this.#grades) {
      const subject = pending.subject ?? primary
      pending.subject = subject
      const key = subject ? subjectKey(subject) : ''
      const stems = areaStems(pending.area)
      const duplicate = kept.some(
        (other) => other.key === key && other.grade.grade === pending.statement.grade && sameArea(other.stems, stems)
      )
      if (duplicate) continue
      const grade: Grade = {
        subject: subject?.name ?? pending.statement.subject,
        area: pending.area,
        grade: pending.statement.grade,
        quote: pending.quote,
        section: pending.section,
        position: pending.position
      }
      if (subject?.referenceId) grade.subjectId = subject.referenceId
      kept.push({key, grade, stems})
      grades.push(grade)
    }
    return grades
  }

  /** Read "Published on: 12 March 2025" (the first such line wins); returns whether the text is one. */
  #readPublished(text: string): boolean {
    if (text.length > 48) return false
    const match = publishedOn.exec(text)
    if (!match) return false
    const month = months.indexOf(match[2]!.toLowerCase()) + 1
    const iso = `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
    if (month > 0 && IsoDate.safeParse(iso).success) this.#publishedOn ??= iso
    return true
  }

  #sectionPath(): string[] {
    return this.#sections.map((section) => section.text)
  }

  /** The position of `text.slice(start, end)` of a block: exact when the block is a source slice. */
  #spanPosition(block: Block, start: number, end: number): Position {
    const base = block.position.start.offset
    if (!block.sliced || base === undefined) return block.position
    return {start: this.#point(base + start), end: this.#point(base + end)}
  }

  #point(offset: number): Point {
    const starts = (this.#lineStarts ??= lineStarts(this.#source))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }
}

function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

function subjectKey(subject: ReportSubject): string {
  return subject.referenceId ?? normaliseName(subject.name.replace(/\s*\([^()]*\)/g, ''))
}

// Words that say nothing about which area is graded: two areas that differ only in these are the same.
const areaStopwords = new Set(
  'a an and at by does for from how in is it its of on the to way well which with force service fire rescue frs police extent overall keep keeping people safe secure'.split(
    ' '
  )
)

function areaStems(area: string): Set<string> {
  const stems = new Set<string>()
  for (const word of normaliseName(area).split(/[^a-z]+/)) {
    if (word.length > 1 && !areaStopwords.has(word)) stems.add(word.slice(0, 4))
  }
  return stems
}

/** Two areas are the same when one's distinctive words contain the other's, or most are shared. */
function sameArea(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const stem of small) if (large.has(stem)) shared++
  if (small.size === 0) return large.size === 0
  // A one-word area ("overall efficiency") is the same as a short area containing it.
  if (shared === small.size && (small.size >= 2 || large.size <= 3)) return true
  return shared / (a.size + b.size - shared) >= 0.6
}

function ellipsis(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
