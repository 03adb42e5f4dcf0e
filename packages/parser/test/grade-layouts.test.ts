import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseReport, textToMdast} from '../src/index.js'
import type {ReaderFactory} from '../src/lib/report/context.js'
import {areaList, isFrameworkArea} from '../src/lib/report/framework-areas.js'
import {reportBlocks} from '../src/lib/report/blocks.js'
import {ReportReading} from '../src/lib/report/read-report.js'
import {gradeSentences} from '../src/lib/report/readers/grade-sentences.js'
import {gradeTables} from '../src/lib/report/readers/grade-tables.js'

// How PEEL reports since 2021 and their news releases present graded judgements, each layout read
// by the reader that owns it, on the constructed fixtures (no stored real page keeps its table).

const constructed = new URL('../../../fixtures/constructed/', import.meta.url)

/** A constructed fixture without its header note (the lines up to the first blank line). */
function fixture(name: string): {text: string; title: string} {
  const raw = readFileSync(new URL(name, constructed), 'utf8')
  const gold = JSON.parse(readFileSync(new URL(name.replace(/\.\w+$/, '.gold.json'), constructed), 'utf8')) as {title: string}
  return {text: raw.slice(raw.indexOf('\n\n') + 2), title: gold.title}
}

function readWith(readers: ReaderFactory[], text: string, title: string) {
  const file = new VFile({value: text})
  const reading = new ReportReading(file, text, readers, {title, plainText: true})
  reportBlocks(textToMdast(text), text, 'text', (block) => reading.add(block))
  return reading.finish()
}

const rows = (grades: Array<{subjectId?: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId, grade.grade, grade.area])

describe('graded-judgement tables', () => {
  it('reads a table flattened column by column: each grade name, then its areas; "No areas graded" empties a column', () => {
    const {text, title} = fixture('peel-2021-22-columns-constructed.txt')
    const {grades} = readWith([gradeTables], text, title)
    expect(rows(grades)).toEqual([
      ['derbyshire', 'good', 'Treatment of the public'],
      ['derbyshire', 'good', 'Preventing crime'],
      ['derbyshire', 'good', 'Developing a positive workplace'],
      ['derbyshire', 'adequate', 'Recording data about crime'],
      ['derbyshire', 'adequate', 'Investigating crime'],
      ['derbyshire', 'adequate', 'Protecting vulnerable people'],
      ['derbyshire', 'adequate', 'Managing offenders and suspects'],
      ['derbyshire', 'adequate', 'Good use of resources'],
      ['derbyshire', 'requires-improvement', 'Responding to the public'],
      ['derbyshire', 'requires-improvement', 'Disrupting serious organised crime']
    ])
    // Each grade points at its area's line.
    const first = grades[0]!.position!
    expect(text.slice(first.start.offset, first.end.offset)).toBe('Treatment of the public')
  })

  it('reads a table flattened row by row: an area line, then its grade line', () => {
    const {text, title} = fixture('peel-2023-25-rows-constructed.txt')
    expect(rows(readWith([gradeTables], text, title).grades)).toEqual([
      ['surrey', 'good', 'Police powers and public treatment'],
      ['surrey', 'good', 'Preventing crime'],
      ['surrey', 'requires-improvement', 'Responding to the public'],
      ['surrey', 'adequate', 'Investigating crime'],
      ['surrey', 'adequate', 'Protecting vulnerable people'],
      ['surrey', 'adequate', 'Managing offenders and suspects'],
      ['surrey', 'good', 'Building, supporting and protecting the workforce'],
      ['surrey', 'adequate', 'Leadership and force management']
    ])
  })

  it('reads nothing when the header row was flattened before the areas (their columns are lost)', () => {
    const text = 'We make graded judgments in 11 of these 12 as follows:\nOutstanding\nGood\nAdequate\nRequires improvement\nInadequate\nPreventing crime\nInvestigating crime\nWe also inspected how effective a service the force gives to victims of crime.\n'
    expect(parseReport(text, {title: 'PEEL 2021/22: An inspection of Kent Police'}).report.grades).toEqual([])
  })

  it('reads the last column only as far as areas a framework grades: a heading after the table is not an area', () => {
    const text = 'We make graded judgments in 11 of these 12 as follows:\nGood\nPreventing crime\nRequires improvement\nResponding to the public\nHM Inspector’s observations\nI am pleased with the performance of the force.\n'
    expect(rows(parseReport(text, {title: 'PEEL 2021/22: An inspection of Kent Police'}).report.grades)).toEqual([
      ['kent', 'good', 'Preventing crime'],
      ['kent', 'requires-improvement', 'Responding to the public']
    ])
  })

  it('reads lines giving a grade, then its areas, in one paragraph after the lead-in', () => {
    const text =
      'Kent Police was graded as follows:\n\nOutstanding: Preventing crime, Investigating crime\nGood: Treatment of the public\nAdequate – Responding to the public and Protecting vulnerable people\n\nWe set out our findings in the rest of this report.\n'
    const {grades} = parseReport(text, {title: 'PEEL 2021/22: An inspection of Kent Police'}).report
    expect(rows(grades)).toEqual([
      ['kent', 'outstanding', 'Preventing crime'],
      ['kent', 'outstanding', 'Investigating crime'],
      ['kent', 'good', 'Treatment of the public'],
      ['kent', 'adequate', 'Responding to the public'],
      ['kent', 'adequate', 'Protecting vulnerable people']
    ])
    const good = grades[2]!.position!
    expect(text.slice(good.start.offset, good.end.offset)).toBe('Good: Treatment of the public')
  })

  it('reads an HTML table with the grade names as column heads and several areas in a cell', () => {
    const {title} = fixture('peel-2021-22-table-constructed.html')
    const html = readFileSync(new URL('peel-2021-22-table-constructed.html', constructed), 'utf8')
    expect(rows(parseReport(html, {path: 'report.html', title}).report.grades)).toEqual([
      ['cheshire', 'outstanding', 'Preventing crime'],
      ['cheshire', 'good', 'Treatment of the public'],
      ['cheshire', 'good', 'Investigating crime'],
      ['cheshire', 'good', 'Protecting vulnerable people'],
      ['cheshire', 'good', 'Managing offenders and suspects'],
      ['cheshire', 'adequate', 'Recording data about crime'],
      ['cheshire', 'adequate', 'Disrupting serious organised crime'],
      ['cheshire', 'adequate', 'Good use of resources'],
      ['cheshire', 'requires-improvement', 'Responding to the public'],
      ['cheshire', 'requires-improvement', 'Developing a positive workplace']
    ])
  })

  it('reads a Markdown table whose cells break lines with <br>', () => {
    const markdown =
      '# PEEL 2021/22: An inspection of Kent Police\n\n| Outstanding | Good | Adequate | Requires improvement | Inadequate |\n|---|---|---|---|---|\n| | Preventing crime<br>Treatment of the public | Investigating crime | | |\n'
    expect(rows(parseReport(markdown, {format: 'markdown'}).report.grades)).toEqual([
      ['kent', 'good', 'Preventing crime'],
      ['kent', 'good', 'Treatment of the public'],
      ['kent', 'adequate', 'Investigating crime']
    ])
  })
})

describe('framework areas', () => {
  it('knows the areas the schema’s frameworks grade, whatever their case', () => {
    expect(isFrameworkArea('developing a positive workplace')).toBe(true)
    expect(isFrameworkArea('Police powers and public treatment')).toBe(true)
    expect(isFrameworkArea('keeping complainants updated')).toBe(false)
  })

  it('knows the PEEL 2023–25 areas as news writes them: an ampersand for "and", the prevention question in HMICFRS’s words, half of "managing offenders and suspects"', () => {
    // Sussex Express and Wiltshire Times, PEEL 2023–25; a revisit letter's "preventing and deterring crime and antisocial behaviour, and reducing vulnerability".
    expect(isFrameworkArea('leadership & force management')).toBe(true)
    expect(isFrameworkArea('preventing and deterring crime and antisocial behaviour, and reducing vulnerability')).toBe(true)
    expect(areaList('preventing and deterring crime and anti-social behaviour and managing suspects')).toEqual([
      'preventing and deterring crime and anti-social behaviour',
      'managing suspects'
    ])
  })

  it('splits a list of areas only when every part is one', () => {
    expect(areaList('responding to the public and recording data about crime')).toEqual(['responding to the public', 'recording data about crime'])
    expect(areaList('Building, supporting and protecting the workforce')).toEqual(['Building, supporting and protecting the workforce'])
    expect(areaList('investigating crime, managing offenders and suspects, and developing a positive workplace')).toEqual([
      'investigating crime',
      'managing offenders and suspects',
      'developing a positive workplace'
    ])
    expect(areaList('protecting vulnerable people and supporting victims')).toEqual(['protecting vulnerable people and supporting victims'])
  })
})

describe('a grade read from a heading printed with markup', () => {
  // Found by `pnpm fuzz` (seed 1994761003): the grade's position covered the `#` markers and a setext
  // underline while its quote was the heading's words, so slicing the source did not give the quote.
  it.each([
    ['# adequate\n', 'adequate'],
    ['Cleveland Police was graded as inadequate at recording data about crime.\n---\n', 'Cleveland Police was graded as inadequate at recording data about crime.']
  ])('%j: the position slices the quote', (text, quote) => {
    const {grades} = parseReport(text, {format: 'markdown'}).report
    expect(grades.map((grade) => [grade.quote, text.slice(grade.position.start.offset, grade.position.end.offset)])).toEqual([[quote, quote]])
  })
})

describe('a table copied as text, a cell a line, each ending in its separator', () => {
  // frs-2021-22-isles-of-scilly-council-news: the rows of the council's table, verbatim.
  const text = [
    'His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) carried out a routine inspection of the Isles of Scilly Fire and Rescue Service between March and May 2022.',
    'Overall Grade |',
    'Questions |',
    'Individual Grades |',
    'Efficiency: how efficient is the fire and rescue service at keeping people safe and secure? Overall grade: REQUIRES IMPROVEMENT |',
    'How well is the FRS making best use of its resources? |',
    'Requires improvement |',
    'How well does the FRS make the fire and rescue service affordable now and in the future? |',
    'Good |',
    '|'
  ].join('\n')

  it('reads each question and the grade in the cell after it; the separator is no part of either', () => {
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['isles-of-scilly', 'requires-improvement', 'How well is the FRS making best use of its resources?'],
      ['isles-of-scilly', 'good', 'How well does the FRS make the fire and rescue service affordable now and in the future?']
    ])
  })

  it('each grade points at its cell without the separator, a line read as a heading too', () => {
    // "Good |" before a lone "|" is a heading line of plain text, not a paragraph: its position moves too.
    const spans = parseReport(text, {format: 'text'}).report.grades.map(({quote, position}) => [quote, text.slice(position.start.offset, position.end.offset)])
    expect(spans).toEqual([
      ['Requires improvement', 'Requires improvement'],
      ['Good', 'Good']
    ])
  })

  it('a Markdown table row, which opens with a separator, is left to the table readers', () => {
    const row = '| How well is the FRS making best use of its resources? |'
    expect(rows(parseReport(`Isles of Scilly Fire and Rescue Service\n\n${row}\n\nsome words |`, {format: 'text'}).report.grades)).toEqual([])
  })
})
