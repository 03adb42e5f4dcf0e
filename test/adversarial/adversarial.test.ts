// The committed adversarial set of issue 8: each input, made in code, with what it must produce.
// These tests assert behaviour (a result or a typed error, and a valid document), never time:
// `scripts/bench.mjs` times each at 1/16, 1/4 and full size. A hang fails on the timeout.
import {readFileSync} from 'node:fs'
import {CorruptDocumentError, EmptyDocumentError, ZipBombError, parseReportDocument, readDocument} from '@scrutiny/convert'
import {lint} from '@scrutiny/linter'
import {parseReport, parseResponse, reportFromTree, responseFromTree, toMdast} from '@scrutiny/parser'
import * as schema from '@scrutiny/schema'
import type {InspectionReport} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {checkReport, checkResponse} from '../properties/invariants.mjs'
import {
  emptyHeadings,
  garbagePdf,
  longLine,
  manyItems,
  nestedListMarkers,
  nestedQuotes,
  responseQuotingEveryAfiTwice,
  shouldRepeated
} from './generators.mjs'

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url)
const seedReport = JSON.parse(readFileSync(fixture('../examples/seed-report.json'), 'utf8')) as InspectionReport
/** Full-size inputs take seconds on a shared 2-core machine; the limit only catches a hang. */
const large = {timeout: 180_000}

const summary = (report: InspectionReport) => report.findings.map((finding) => [finding.id, finding.text.length])
const ruleIds = (messages: Array<{ruleId?: string | undefined}>) => messages.map((message) => message.ruleId)

describe('a 10 MB line with no break', () => {
  const text = longLine()

  it.each(['text', 'markdown'] as const)('is one truncated area for improvement, verbatim, in %s', large, (format) => {
    const parsed = parseReport(text, {format})
    checkReport(parsed, text, true, {schema})
    expect(summary(parsed.report)).toEqual([['area-for-improvement-1', 10_000_000]])
    expect(parsed.report.findings[0]).toMatchObject({truncated: true, section: ['Areas for improvement']})
    expect(ruleIds(parsed.messages)).toEqual(['truncated-finding', 'unknown-subject'])
  })
})

describe('100,000 list items', () => {
  it.each([
    ['bulleted', false],
    ['numbered 1. to 100000.', true]
  ])('%s: are 100,000 areas for improvement, in order, none lost', large, (_, numbered) => {
    const text = manyItems(1, numbered)
    const parsed = parseReport(text, {format: 'text'})
    checkReport(parsed, text, true, {schema})
    const {findings} = parsed.report
    expect(findings).toHaveLength(100_000)
    expect([findings[0]?.text, findings.at(-1)?.id, findings.at(-1)?.text, findings.at(-1)?.subject]).toEqual([
      'The force should improve process 1.',
      'area-for-improvement-100000',
      'The force should improve process 100000.',
      'Cleveland Police'
    ])
    expect(parsed.messages).toEqual([])
  })
})

describe('1,000 nested block quotes', () => {
  const {markdown, html} = nestedQuotes()

  it('Markdown: the quoted sentence is the one finding', () => {
    const parsed = parseReport(markdown, {format: 'markdown'})
    checkReport(parsed, markdown, true, {schema})
    expect(parsed.report.findings.map((finding) => [finding.kind, finding.text])).toEqual([
      ['area-for-improvement', 'The force should improve how it records crime.']
    ])
  })

  it('HTML: the quoted sentence is the one finding', () => {
    const parsed = parseReport(html, {format: 'html'})
    checkReport(parsed, html, false, {schema})
    expect(parsed.report.findings.map((finding) => [finding.kind, finding.text])).toEqual([
      ['area-for-improvement', 'The force should improve how it records crime.']
    ])
  })
})

describe('a response under 1,000 nested block quotes', () => {
  const sentence = 'I welcome the report ‘Serious and organised crime’.'
  const heading = "Police and Crime Commissioner's comments"
  const inputs = {
    markdown: `# ${heading}\n\n${'> '.repeat(1_000)}${sentence}\n`,
    html: `<h1>${heading}</h1>${'<blockquote>'.repeat(1_000)}<p>${sentence}</p>${'</blockquote>'.repeat(1_000)}`
  }

  it.each(['markdown', 'html'] as const)('%s: the quoted sentence is the body\'s comments and names the report', (format) => {
    const parsed = parseResponse(inputs[format], {format})
    checkResponse(parsed, inputs[format], format === 'markdown', {schema})
    expect([parsed.response.lpbComments?.heading, parsed.response.lpbComments?.text.endsWith(sentence), parsed.response.report.title]).toEqual([
      heading,
      true,
      'Serious and organised crime'
    ])
    const result = lint(parsed.response, {file: parsed.file})
    expect(result.checks.filter((check) => ['lpb-comments', 'report-identified'].includes(check.ruleId)).map((check) => check.outcome)).toEqual(['met', 'met'])
  })
})

describe('a report tree 100,000 lists and quotes deep', () => {
  // A tree from a converter or plugin can be deeper than any Markdown micromark reads in time.
  it('is read without a RangeError: the sentence at the bottom is the one area for improvement', () => {
    const {tree, file} = toMdast('## Areas for improvement\n\nThe force should improve how it records crime.\n', {format: 'markdown'})
    type Nested = Extract<(typeof tree)['children'][number], {type: 'list' | 'blockquote' | 'paragraph'}>
    let content = tree.children[1] as Nested
    for (let depth = 0; depth < 100_000; depth++) {
      content = depth % 2 === 0 ? {type: 'list', ordered: false, children: [{type: 'listItem', children: [content]}]} : {type: 'blockquote', children: [content]}
    }
    const parsed = reportFromTree({type: 'root', children: [tree.children[0]!, content]}, file, {format: 'markdown'})
    expect(parsed.report.findings.map((finding) => [finding.id, finding.text, finding.section])).toEqual([
      ['area-for-improvement-1', 'The force should improve how it records crime.', ['Areas for improvement']]
    ])
    expect(ruleIds(parsed.messages)).toEqual(['unknown-subject'])
  })
})

describe('a Markdown response under 2,000 nested list markers', () => {
  it('is read without overflowing the stack: the sentence is the body\'s comments and names the report', large, () => {
    const markdown = nestedListMarkers()
    const parsed = parseResponse(markdown, {format: 'markdown'})
    checkResponse(parsed, markdown, true, {schema})
    expect(parsed.response.lpbComments?.text.endsWith(`${'- '.repeat(2_000)}I welcome the report ‘Serious and organised crime’.`)).toBe(true)
    expect(parsed.response.report.title).toBe('Serious and organised crime')
    const result = lint(parsed.response, {file: parsed.file})
    expect(result.checks.find((check) => check.ruleId === 'report-identified')?.outcome).toBe('met')
  })

  // micromark's own cost bounds the Markdown above; a tree from a converter or plugin can be deeper.
  it('a tree of 100,000 nested lists is flattened without a RangeError', () => {
    const sentence = 'I welcome the report ‘Serious and organised crime’.'
    const {tree, file} = toMdast(sentence, {format: 'markdown'})
    type Nested = Extract<(typeof tree)['children'][number], {type: 'list' | 'paragraph'}>
    let content = tree.children[0] as Nested
    for (let depth = 0; depth < 100_000; depth++) {
      content = {type: 'list', ordered: false, children: [{type: 'listItem', children: [content]}]}
    }
    const parsed = responseFromTree({type: 'root', children: [content]}, file, {format: 'markdown'})
    expect(parsed.response.lpbComments?.text).toBe(sentence)
    expect(parsed.response.report.title).toBe('Serious and organised crime')
  })
})

describe('"should " repeated a million times', () => {
  const text = shouldRepeated()

  it('is no finding of a report', large, () => {
    const parsed = parseReport(text, {format: 'text'})
    checkReport(parsed, text, true, {schema})
    expect(parsed.report.findings).toEqual([])
    expect(parsed.messages).toEqual([])
  })

  it('is a response with no respondent, which cannot tell, as it ends mid-sentence', large, () => {
    const parsed = parseResponse(text, {format: 'text'})
    checkResponse(parsed, text, true, {schema})
    expect(parsed.response.findingResponses).toEqual([])
    expect(ruleIds(parsed.messages)).toEqual(['respondent'])
    const result = lint(parsed.response, {file: parsed.file, preset: 'recommended'})
    expect(result.messages.filter((message) => message.fatal).map((message) => message.ruleId)).toEqual([])
    expect(result.checks.filter((check) => check.outcome === 'cannot-tell').map((check) => check.ruleId)).toEqual([
      'lpb-comments',
      'chief-officer-invited',
      'chief-officer-comments',
      'published-within-56-days',
      'report-identified',
      'local-policing-body'
    ])
  })
})

describe('headings without text', () => {
  const inputs = emptyHeadings()

  it.each(['markdown', 'html', 'text'] as const)('%s: no finding, and each empty findings section reported', (format) => {
    const parsed = parseReport(inputs[format], {format})
    checkReport(parsed, inputs[format], format !== 'html', {schema})
    expect(parsed.report.findings).toEqual([])
    expect(parsed.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['empty-finding-section', 'Unexpected section `Areas for improvement` with no area-for-improvement under it, expected at least one'],
      ['empty-finding-section', 'Unexpected section `Recommendations` with no recommendation under it, expected at least one'],
      ...(format === 'text'
        ? [['empty-finding-section', 'Unexpected section `Causes of concern` with no cause-of-concern under it, expected at least one']]
        : [])
    ])
  })
})

describe('a response that quotes every AFI twice', () => {
  const text = responseQuotingEveryAfiTwice(seedReport)
  const afis = seedReport.findings.filter((finding) => finding.kind === 'area-for-improvement').map((finding) => finding.id)

  it('answers each AFI, and the coverage table has one row per finding', () => {
    const parsed = parseResponse(text, {format: 'text'})
    checkResponse(parsed, text, true, {schema})
    // The parser records only what the text says; the linter's link ties each quote to its finding.
    expect(parsed.response.findingResponses.filter((answer) => answer.finding.findingId !== undefined)).toEqual([])
    const {coverage} = lint(parsed.response, {file: parsed.file, report: seedReport, preset: 'strict'})
    expect(coverage.map((row) => row.findingId)).toEqual(seedReport.findings.map((finding) => finding.id))
    expect(coverage.filter((row) => row.answered).map((row) => [row.findingId, row.stance])).toEqual(afis.map((id) => [id, 'action-proposed']))
    // Each quote is answered where it stands: in the body's comments and again in the chief officer's.
    for (const row of coverage.filter((row) => row.answered)) expect(row.answeredIn).toEqual(['lpb-comments', 'chief-officer-comments'])
    expect(parsed.response.findingResponses.filter((answer) => answer.part === 'chief-officer-comments')).toHaveLength(afis.length)
  })
})

describe('Word and PDF', () => {
  it('a zip bomb is refused before inflating', async () => {
    const bytes = readFileSync(fixture('docx/zip-bomb.docx'))
    await expect(readDocument(bytes, {path: 'zip-bomb.docx'})).rejects.toBeInstanceOf(ZipBombError)
  })

  it('a .docx truncated anywhere is a typed error naming the file', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('docx/warwickshire-pcc-response-west-midlands-soc-2024.docx')))
    const cuts = Array.from({length: 16}, (_, index) => Math.floor((bytes.length * index) / 16))
    const errors = await Promise.all(
      cuts.map((cut) => readDocument(bytes.subarray(0, cut), {path: 'cut.docx'}).then(() => undefined, (error: Error) => error))
    )
    expect(errors.map((error) => error?.name)).toEqual(['EmptyDocumentError', ...Array.from({length: 15}, () => 'CorruptDocumentError')])
    expect(errors[0]).toBeInstanceOf(EmptyDocumentError)
    for (const error of errors.slice(1)) {
      expect(error).toBeInstanceOf(CorruptDocumentError)
      expect(error?.message).toMatch(/^Cannot read `cut\.docx`: expected a Word document/)
    }
  })

  it('a PDF whose text layer is garbage gives a valid report with no findings', async () => {
    const {report, messages} = await parseReportDocument(await garbagePdf(), {path: 'garbage.pdf'})
    expect(schema.validateInspectionReport(report).success).toBe(true)
    expect([report.findings, report.grades, messages]).toEqual([[], [], []])
  })
})
