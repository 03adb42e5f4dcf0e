import type {Finding, FindingKind, GradeValue, HistoricalFinding, ReportSubject} from '@scrutiny/schema'
import type {Position} from 'unist'
import type {Block} from './blocks.js'
import type {Demand} from './demands.js'
import type {ProgressNote} from './progress.js'
import type {ReportRuleId} from './messages.js'
import type {MessageValues} from '../messages.js'

/** A heading's section, open until a heading of the same or a lower depth. */
export interface Section {
  depth: number
  text: string
  /** How the section was opened: a findings heading ("Areas for improvement"), a sub-heading a reader nested under one (a practice title), or any other heading. */
  role: 'findings' | 'title' | 'heading'
}

/** A graded judgement as a reader found it, before its subject is resolved. */
export interface GradeReading {
  /** The subject as printed ("The ROCUWM", "the force"). */
  subject: string
  area?: string
  grade: GradeValue
  /**
   * One of several bodies a list grades at once ("Forces graded good: A, B and C"): the subject is
   * the one named, never the page's own in its place.
   */
  many?: boolean
}

/** What a reader passes with a finding beyond its kind, text and position. */
export interface FindingDetails {
  number?: string
  demand?: Demand
  /** The deadline a lead-in gave the list the finding is in. */
  deadline?: string
  /** The id of the cause of concern a recommendation belongs to. */
  causeOfConcern?: string
  /** A cause listed in short ahead of its full statement: the next cause stated in full replaces it. */
  summary?: boolean
}

/**
 * The read-only view a reader gets of where it is in the document, and the only ways it can change
 * the outcome: emitting findings, grades, history, progress notes, subjects and messages.
 */
export interface ReadContext {
  /** The text block positions point into. */
  readonly source: string
  /** Whether the input was plain text (bare-line headings all share one depth). */
  readonly plainText: boolean
  /** The open sections, outermost first. */
  readonly sections: readonly Section[]
  /** The question heading ("How effective is the force at …?") the current section sits under. */
  readonly question: string | undefined
  /** The subject of the text being read, as far as the document has named it. */
  readonly subject: ReportSubject | undefined
  /** The subject a heading names, if any ("Warwickshire Police", "3.2 Regional findings"). */
  headingSubject(text: string): ReportSubject | undefined
  /** Resolve a printed name to a subject (cached: names repeat). */
  resolve(name: string): ReportSubject | undefined
  /** The position of `block.text.slice(start, end)`: exact when the block is a source slice. */
  spanPosition(block: Block, start: number, end: number): Position
  /** Emit a finding; returns it, or `false` when the same text was already read (a quotation). */
  finding(kind: FindingKind, text: string, position: Position, details?: FindingDetails): Finding | false
  /**
   * Extend a finding this reader emitted to `position` (its new end), `text` being its whole text
   * from its start: a numbered recommendation printed in more than one paragraph under its heading.
   */
  extendFinding(finding: Finding, text: string, position: Position): void
  /** Emit a graded judgement; returns the subject it names, when it names one. */
  grade(reading: GradeReading, quote: string, position: Position): ReportSubject | undefined
  /**
   * Emit an earlier inspection's finding restated here; returns it so a later status can be added.
   * A restated recommendation keeps the addressees and deadline of the demand it was read with.
   */
  history(kind: FindingKind, text: string, position: Position, number?: string, demand?: Demand): HistoricalFinding
  /** Note what became of a cause of concern; given to the restated cause it is about once the document is read. */
  progress(note: ProgressNote): void
  /** The text from here on is about `subject` (a grade sentence or a lead-in named it). */
  nameSubject(subject: ReportSubject): void
  /** The publication date the document prints. */
  published(isoDate: string): void
  /** Add the table's message `ruleId`, its reason filled from `values`. */
  warn<Id extends ReportRuleId>(ruleId: Id, values: MessageValues<Id>, place: Position | undefined): void
}

/**
 * A handler for one kind of block. `true` means the block was read: readers after this one and
 * every `exit` handler skip it.
 */
export type BlockHandler = (block: Block, context: ReadContext) => boolean | void

/**
 * A layout reader: handlers entered in list order for each block (and when a section opens or a
 * subject is named), and exit handlers run, in reverse list order, after every reader entered the
 * block, so a reader can act on what later readers found (a subject a grade sentence named).
 */
export interface ReportReader {
  enter?: {
    heading?: BlockHandler
    paragraph?: BlockHandler
    item?: BlockHandler
    row?: BlockHandler
    /** A heading opened a section (after `enter.heading` handlers did not claim it). */
    section?: (section: Section, block: Block, context: ReadContext) => void
    /** The document named a new subject. */
    subject?: (subject: ReportSubject, context: ReadContext) => void
  }
  exit?: {
    paragraph?: BlockHandler
    item?: BlockHandler
    /** The end of the document: close what is open. */
    document?: (context: ReadContext) => void
  }
  /**
   * The role and depth of a heading a reader nests below its printed depth (a numbered finding
   * heading under an empty heading of its kind, a practice title under its box); the first reader
   * to answer wins.
   */
  sectionOf?: (block: Block, context: ReadContext) => {role: Section['role']; depth: number} | undefined
  /**
   * Lower-case literals of which every block this reader's block handlers act on holds at least one
   * ("concern", "performance"): its `enter` and `exit` block handlers skip any other block, as if
   * they had read nothing. Only for a reader whose handlers neither read nor change anything on a
   * block without them (no state reset per block). Without triggers, a reader sees every block.
   */
  triggers?: readonly string[]
}

/** A reader is made fresh for each document: its state lives in the closure. */
export type ReaderFactory = () => ReportReader
