import type {GradeValue} from '@scrutiny/schema'
import type {Position} from 'unist'
import type {Block} from '../blocks.js'
import type {ReadContext, ReaderFactory} from '../context.js'
import {areaList, isFrameworkArea} from '../framework-areas.js'
import {namesGradedArea} from '../grade-clauses.js'
import {areaGrade, findingHeadingKind, gradeLabelValue, gradeValue, isGradeTableLeadIn, isNoAreasLine, quotedGrade} from '../patterns.js'

const maxAreaLength = 100
const maxAreaWords = 12
const lineEnd = /[.:;!?,]$/
const sentenceInside = /[.!?;]\s/
// "Good: preventing crime; investigating crime": a grade's areas may be cut by semicolons, not by a full stop.
const sentenceInAreas = /[.!?]\s/
const areaStart = /^[\p{L}\d]/u
// "Our judgments", "Graded judgements": a heading that stands for the lead-in of the table.
const judgementsHeading = /^(?:our |the )?(?:graded )?judge?ments?$/i
// When this many grade names come first with no area under any, the table's header row was
// flattened before its body (row by row): which column an area sat in is lost, so nothing is read.
const flattenedHeaderRow = 4
const maxTableBlockLength = 4000
// "Outstanding: Preventing crime, Investigating crime", "Adequate – Responding to the public".
const gradeThenAreas = new RegExp(String.raw`^${quotedGrade}\s*(?::|[–—-]\s)\s*(\S.*)$`, 'i')
const maxAreasLength = 400

/** One line of a flattened graded-judgement table. */
type Line =
  | {kind: 'label'; grade: GradeValue}
  | {kind: 'none'}
  | {kind: 'pair'; area: string; grade: GradeValue}
  | {kind: 'graded'; areas: string; grade: GradeValue}
  | {kind: 'area'; text: string}

interface PendingArea {
  text: string
  quote: string
  position: Position
}

/**
 * The graded-judgement table of PEEL reports since 2021 ("We make graded judgments in 11 of these
 * 12 as follows:"), as real extractions give it:
 * - flattened column by column, each grade name followed by the areas graded so ("Good",
 *   "Preventing crime", "Treatment of the public", "Adequate", …; "No areas graded as outstanding"
 *   for an empty column);
 * - flattened row by row, an area line then its grade line, or "Area: Grade" lines;
 * - as a table whose header row holds the grade names and whose cells list the areas (HTML or
 *   Markdown; several areas in one cell, one a line).
 * The flattened forms are read only after the lead-in (or an "Our judgments" heading), one line a
 * block, and end at the first block that is not a line of the table. Areas under the last grade
 * printed have nothing after them to close the column, so they are read only when they name a
 * graded area (the line after a table is often a heading).
 */
export const gradeTables: ReaderFactory = () => {
  let announced = false
  let mode: 'columns' | 'rows' | undefined
  let grade: GradeValue | undefined
  let leadingLabels = 0
  let anyArea = false
  let column: PendingArea[] = []
  let area: PendingArea | undefined
  let header: Array<GradeValue | undefined> | undefined

  // A cell or line may list several areas ("Preventing crime, Treatment of the public").
  const emit = (context: ReadContext, value: GradeValue, {text, quote, position}: PendingArea) => {
    for (const area of areaList(text)) context.grade({subject: 'the force', area, grade: value}, quote, position)
  }
  const closeColumn = (context: ReadContext) => {
    if (grade !== undefined) for (const pending of column) emit(context, grade, pending)
    column = []
  }
  const end = (context: ReadContext) => {
    if (mode === 'columns' && grade !== undefined) {
      // The last column: only graded areas (a framework's name, or one the genre's words for graded
      // areas recognise: "Treating people fairly and with respect"), up to the first that is not one.
      const graded = column.findIndex((pending) => !areaList(pending.text).every((text) => isFrameworkArea(text) || namesGradedArea(text)))
      column = graded === -1 ? column : column.slice(0, graded)
      closeColumn(context)
    }
    announced = false
    mode = undefined
    grade = undefined
    leadingLabels = 0
    anyArea = false
    column = []
    area = undefined
  }

  /** Read one line of a flattened table: taken, passed on (an area line waiting for its grade), or not a line of it. */
  const line = (read: Line, pending: PendingArea, context: ReadContext): 'take' | 'pass' | 'end' => {
    switch (read.kind) {
      case 'label':
        if (mode === 'rows') {
          if (!area) return 'end'
          emit(context, read.grade, area)
          area = undefined
          return 'take'
        }
        mode = 'columns'
        closeColumn(context)
        grade = read.grade
        if (!anyArea) leadingLabels++
        return 'take'
      case 'none':
        if (mode !== 'columns' || grade === undefined) return 'end'
        column = []
        grade = undefined
        anyArea = true
        return 'take'
      case 'pair':
      case 'graded':
        if (mode === 'columns' || area) return 'end'
        mode = 'rows'
        emit(context, read.grade, {...pending, text: read.kind === 'pair' ? read.area : read.areas})
        return 'take'
      case 'area':
        if (mode === 'columns') {
          // The header row came first when many grade names lead: the columns cannot be told apart.
          if (grade === undefined || (!anyArea && leadingLabels >= flattenedHeaderRow)) return 'end'
          anyArea = true
          column.push(pending)
          return 'take'
        }
        if (area) return 'end'
        // An area line before its grade line: left to open its section, as any heading does.
        mode = 'rows'
        area = pending
        return 'pass'
    }
  }

  /** Read a block of the table: one line, or (a paragraph) several, every one a line of the table. */
  const lines = (block: Block, context: ReadContext): 'take' | 'pass' | 'end' => {
    const text = block.text
    if (!text.includes('\n')) {
      const trimmed = text.trim()
      const read = lineOf(trimmed, block.type === 'item')
      if (!read) return 'end'
      // The quote is the line without the spaces a page leaves after it: its position spans the quote only.
      const from = text.indexOf(trimmed)
      return line(read, {text: read.kind === 'area' ? read.text : trimmed, quote: trimmed, position: context.spanPosition(block, from, from + trimmed.length)}, context)
    }
    if (text.length > maxTableBlockLength) return 'end'
    const spans: Array<{read: Line; start: number; end: number}> = []
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const raw = text.slice(start, end)
      const trimmed = raw.trim()
      if (trimmed !== '') {
        const read = lineOf(trimmed, false)
        if (!read) return 'end'
        const from = start + raw.indexOf(trimmed)
        spans.push({read, start: from, end: from + trimmed.length})
      }
      start = end + 1
    }
    let taken = false
    for (const {read, start, end} of spans) {
      const quote = text.slice(start, end)
      const result = line(read, {text: read.kind === 'area' ? read.text : quote, quote, position: context.spanPosition(block, start, end)}, context)
      if (result === 'end') return taken ? 'take' : 'end'
      taken ||= result === 'take'
    }
    return taken ? 'take' : 'pass'
  }

  const block = (current: Block, context: ReadContext): boolean => {
    header = undefined
    if (announced) {
      const read = lines(current, context)
      if (read !== 'end') return read === 'take'
      if (mode === 'columns' && !anyArea && leadingLabels >= flattenedHeaderRow) grade = undefined
      end(context)
    }
    // Asked of every block: the lead-in test looks at the last character before anything else.
    announced = isGradeTableLeadIn(current.text) || (current.type === 'heading' && judgementsHeading.test(current.text.trim()))
    return false
  }

  return {
    enter: {
      heading: block,
      paragraph: block,
      item: block,
      row(current, context) {
        if (announced) end(context)
        const cells = current.cells ?? []
        const labels = cells.map((cell) => gradeLabelValue(cell))
        if (cells.length >= 2 && labels.filter(Boolean).length >= 2 && cells.every((cell, index) => cell === '' || labels[index])) {
          header = labels
          return true
        }
        if (!header || cells.length === 0) return false
        const columns = header
        const lines = current.cellLines ?? cells.map((cell) => (cell === '' ? [] : [cell]))
        const read = lines.flatMap((cellLines, index) => cellLines.map((text) => ({text, grade: columns[index], line: lineOf(text, true)})))
        if (read.some(({grade: value, line: kind}) => value === undefined || (kind?.kind !== 'area' && kind?.kind !== 'none'))) {
          header = undefined
          return false
        }
        for (const {text, grade: value, line: kind} of read) {
          if (kind?.kind === 'area') emit(context, value!, {text, quote: text, position: current.position})
        }
        return true
      }
    },
    exit: {
      document: end
    }
  }
}

/** What a line of a flattened table is: a grade name, an empty column, an area with its grade, or an area. */
function lineOf(text: string, item: boolean): Line | undefined {
  const label = gradeLabelValue(text)
  if (label) return {kind: 'label', grade: label}
  if (isNoAreasLine(text)) return {kind: 'none'}
  if (text.length > maxAreasLength) return undefined
  const pair = areaGrade(text)
  if (pair?.area) return {kind: 'pair', area: pair.area, grade: pair.grade}
  const graded = text.length <= maxAreasLength ? gradeThenAreas.exec(text) : null
  if (graded && !sentenceInAreas.test(graded[2]!) && !lineEnd.test(graded[2]!.replace(/\.$/, ''))) return {kind: 'graded', grade: gradeValue(graded[1]!)!, areas: graded[2]!.replace(/\.$/, '')}
  if (text.length > maxAreaLength || lineEnd.test(text) || sentenceInside.test(text)) return undefined
  // Items may be written in lower case ("• investigating crime"); lines are names.
  if (!(item ? areaStart.test(text) : /^[\p{Lu}\d]/u.test(text))) return undefined
  if (text.split(' ').length > maxAreaWords || findingHeadingKind(text)) return undefined
  return {kind: 'area', text}
}
