import type {Block} from '../blocks.js'
import type {GradeReading, ReadContext, ReaderFactory} from '../context.js'
import {isFrameworkArea, pillarNamed} from '../framework-areas.js'
import {gradeLeadInSubject} from '../grades.js'
import {areaGrade, gradeLabelValue, isNoAreasLine, mentionsGrade} from '../patterns.js'
import {isGenericSubject, namesSubject} from '../subjects.js'

const maxGradeListLength = 2000
const maxAreaLineLength = 100
// The longest line that can be part of a grade list: an area with its grade ("Area: Good", `areaGrade`).
const maxGradeLineLength = maxAreaLineLength + 40

/**
 * Lists of grades, as PEEL 2023–25 pages print them under "<force> was graded as follows:":
 * "Investigating crime: Requires improvement" (or "… | Good"), or an area line followed by its
 * grade line. Every line of the block must be one, so prose is never read as a grade. The lead-in
 * names the subject of the grades after it.
 */
export const gradeLists: ReaderFactory = () => ({
  enter: {
    heading: (block, context) => gradeLines(block, context),
    paragraph(block, context) {
      if (gradeLines(block, context)) return true
      const printed = gradeLeadInSubject(block.text)
      const subject = printed === undefined || isGenericSubject(printed) ? undefined : context.resolve(printed)
      if (subject && namesSubject(subject) && subject.referenceId !== context.subject?.referenceId) context.nameSubject(subject)
      return false
    },
    item: (block, context) => gradeLines(block, context)
  }
})

function gradeLines(block: Block, context: ReadContext): boolean {
  const text = block.text
  if (text.length > maxGradeListLength || !mentionsGrade(text)) return false
  const lines: Array<{reading: GradeReading; start: number; end: number}> = []
  let area: {text: string; start: number} | undefined
  // "Outstanding / Investigating crime / Good / Treatment of the public": when the first line is a
  // grade, each grade is given once above the areas it covers.
  let heading: GradeReading['grade'] | undefined
  let headingCovers = true
  let emptyColumn = false
  let first = true
  for (let start = 0; start < text.length; ) {
    const lineStart = start
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    start = end + 1
    const raw = text.slice(lineStart, end)
    const line = raw.trim()
    if (line === '') continue
    // A line of prose (most blocks are one) is neither a label, an area nor a pair: the block is not a list.
    if (line.length > maxGradeLineLength) return false
    const from = lineStart + raw.indexOf(line)
    const areaLike = line.length <= maxAreaLineLength && !/[.:;,]$/.test(line)
    const label = gradeLabelValue(line)
    if (first && label) heading = label
    first = false
    if (heading !== undefined) {
      if (label) {
        if (!headingCovers) return false
        heading = label
        headingCovers = false
        emptyColumn = false
      } else if (isNoAreasLine(line)) {
        // "No areas graded as outstanding": the column is empty.
        if (headingCovers) return false
        headingCovers = true
        emptyColumn = true
      } else if (areaLike && !emptyColumn) {
        lines.push({reading: {subject: 'the force', area: line, grade: heading}, start: from, end: from + line.length})
        headingCovers = true
      } else {
        return false
      }
      continue
    }
    const pair = area ? undefined : (areaGrade(line) ?? glossedAreaGrade(line))
    if (pair) {
      lines.push({reading: {subject: 'the force', ...pair}, start: from, end: from + line.length})
    } else if (label && area) {
      lines.push({reading: {subject: 'the force', area: area.text, grade: label}, start: area.start, end: from + line.length})
      area = undefined
    } else if (!label && !area && areaLike) {
      area = {text: line, start: from}
    } else {
      return false
    }
  }
  if (heading !== undefined && !headingCovers) return false
  if (area || lines.length === 0) return false
  // "West Mercia - inadequate" (a news item's subheading): a body's name before the grade, not an area.
  if (lines.some(({reading}) => reading.area !== undefined && namesBody(reading.area, context))) return false
  for (const {reading, start, end} of lines) context.grade(reading, text.slice(start, end), context.spanPosition(block, start, end))
  return true
}

/** Whether an area line is a body's name ("West Mercia") rather than one of the framework's areas. */
function namesBody(area: string, context: ReadContext): boolean {
  if (isFrameworkArea(area) || pillarNamed(area) !== undefined) return false
  const body = context.resolve(area)
  return body !== undefined && namesSubject(body)
}

/**
 * "Effectiveness (our emergency response and services we provide to the public) Good": a service's
 * list of its pillars, each glossed in brackets, with the grade after. Read only when the words
 * before the bracket name a pillar or an area the framework grades, and the words after it are a
 * grade alone. Found with string searches, not a pattern that would try every bracket.
 */
function glossedAreaGrade(line: string): {area: string; grade: GradeReading['grade']} | undefined {
  const open = line.indexOf(' (')
  const close = line.indexOf(') ', open)
  if (open <= 0 || close === -1 || line.lastIndexOf('(', close) !== open + 1) return undefined
  const grade = gradeLabelValue(line.slice(close + 2))
  const area = line.slice(0, open).trim()
  return grade && (isFrameworkArea(area) || pillarNamed(area) !== undefined) ? {area, grade} : undefined
}
