// Issue 16's hostile files, made in code, with what each must produce. Nothing is timed: where the
// issue is time, the work is counted (characters an `indexOf` scans, calls of the stance and
// normalising functions) and held to a multiple of the input; `pnpm bench` times them growing.
import {readFileSync} from 'node:fs'
import {CorruptDocumentError, ZipBombError, readDocument} from '@scrutiny/convert'
import {escapeControl, link, lint, reportGithub, reportJson, reportSarif, reportStylish, reportText} from '@scrutiny/linter'
import {parseReport, parseResponse} from '@scrutiny/parser'
import type {InspectionReport} from '@scrutiny/schema'
import {describe, expect, it, vi} from 'vitest'
import {deriveListNumbers} from '../../packages/convert/src/lib/docx/numbering.js'
import {readingOrder} from '../../packages/convert/src/lib/pdf/layout.js'
import {
  disguisedMainPart,
  docxArchive,
  duplicateMainPart,
  generalMentionsOfEveryAfi,
  longDocumentXml,
  longNameBeforeTitle,
  lyingImage,
  nearIdenticalFindings,
  recommendationsInARow,
  referenceThenSpaces,
  repeatedGradeParagraph,
  terminalEscapes,
  unclosedParagraphProperties
} from './generators.mjs'

const counted = vi.hoisted(() => ({stance: 0, normalise: 0, comparisons: 0, paraphrase: 0}))
vi.mock('../../packages/parser/src/lib/response/match.js', async (load) => {
  const actual = await load<typeof import('../../packages/parser/src/lib/response/match.js')>()
  return {
    ...actual,
    sameFindingText: (left: string, right: string) => (counted.comparisons++, actual.sameFindingText(left, right)),
    sameFlatText: (left: string, right: string) => (counted.comparisons++, actual.sameFlatText(left, right)),
    paraphraseScore: (wanted: ReadonlySet<string>, words: ReadonlySet<string>) => (counted.paraphrase++, actual.paraphraseScore(wanted, words))
  }
})
vi.mock('../../packages/parser/src/lib/response/stance.js', async (load) => {
  const actual = await load<typeof import('../../packages/parser/src/lib/response/stance.js')>()
  return {...actual, stanceOf: (text: string) => (counted.stance++, actual.stanceOf(text))}
})
vi.mock('@scrutiny/schema/internal', async (load) => {
  const actual = await load<typeof import('@scrutiny/schema/internal')>()
  return {...actual, normaliseName: (text: string) => (counted.normalise++, actual.normaliseName(text))}
})

const large = {timeout: 180_000}
/** Control characters a terminal acts on; tab and line feed are allowed. */
const terminalControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

describe('1. regular expressions over document text', () => {
  it('"Recommendation" and a million spaces or tabs is no quoted finding', large, () => {
    for (const space of [' ', '\t']) {
      const {response, messages} = parseResponse(referenceThenSpaces(1, space), {format: 'text'})
      expect(response.findingResponses).toEqual([])
      expect(messages.map((message) => message.ruleId)).toEqual([])
    }
  })

  it('a million-letter word before "PCC" is not taken for the area', large, () => {
    const {response} = parseResponse(longNameBeforeTitle(), {format: 'text'})
    expect(response.respondent?.name).toBe('Police and Crime Commissioner for Warwickshire')
  })
})

describe('2. every entry is inflated within its declared size', () => {
  it('a main part that is a non-XML entry declaring 1,000 bytes', async () => {
    const error = await readDocument(disguisedMainPart(), {path: 'disguised.docx'}).catch((caught: Error) => caught)
    expect(error).toBeInstanceOf(ZipBombError)
    expect((error as Error).message).toMatch(/^Cannot read `disguised\.docx`: .*entry `word\/document\.bin` inflates past the 1000 bytes its directory declares/)
  })

  it('an image declaring 1,000 bytes that inflates to 64 MB', async () => {
    await expect(readDocument(lyingImage(), {path: 'image.docx'})).rejects.toThrow(/entry `word\/media\/image1\.png` inflates past the 1000 bytes/)
  })

  it('two entries with the name of the main part', async () => {
    const error = await readDocument(duplicateMainPart(), {path: 'twice.docx'}).catch((caught: Error) => caught)
    expect(error).toBeInstanceOf(CorruptDocumentError)
    expect((error as Error).message).toMatch(/two entries are named `word\/document\.xml`/)
  })
})

describe('3. limits the process can hold', () => {
  it('an honest 100 MiB document.xml is refused by its declared size, naming the cap and why', async () => {
    const error = await readDocument(docxArchive(longDocumentXml(100 * 2 ** 20)), {path: 'long.docx'}).catch((caught: Error) => caught)
    expect(error).toBeInstanceOf(ZipBombError)
    expect((error as Error).message).toMatch(
      /^Cannot read `long\.docx`: expected a Word document of ordinary size, but its text parts \(`word\/document\.xml` and the parts before it\) declare 10\d\.\d MiB or more of XML, over the cap of 8\.0 MiB that keeps reading within 1 GiB of memory/
    )
  })

  it('the same document under the cap is read', async () => {
    const {tree} = await readDocument(docxArchive(longDocumentXml(2 ** 20)), {path: 'fits.docx'})
    expect(tree.children.length).toBeGreaterThan(5000)
  })
})

describe('4. scans linear in the document', () => {
  it('the numbering pass scans the XML about once, however many paragraphs leave their properties open', () => {
    const count = 20_000
    const xml = `<w:body>${'<w:p><w:pPr><w:numPr><w:numId w:val="1"/>'.repeat(count)}</w:pPr></w:body>`
    let scanned = 0
    const indexOf = String.prototype.indexOf
    const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from = 0) {
      const found = indexOf.call(this, search, from)
      scanned += (found < 0 ? this.length : found) - from
      return found
    })
    try {
      // Only the last paragraph's properties close (at the end): it alone is numbered.
      expect(deriveListNumbers(xml, undefined)).toEqual([1])
    } finally {
      spy.mockRestore()
    }
    expect(scanned).toBeLessThan(4 * xml.length)
  })

  it('the numbering pass still numbers ordinary paragraphs', () => {
    const paragraph = (id: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`
    expect(deriveListNumbers(`<w:body>${paragraph('1')}<w:p><w:r/></w:p>${paragraph('1')}${paragraph('2')}</w:body>`, undefined)).toEqual([1, 2, 1])
  })

  it('a .docx of unclosed paragraph properties is a typed error', large, async () => {
    await expect(readDocument(unclosedParagraphProperties(), {path: 'unclosed.docx'})).rejects.toBeInstanceOf(CorruptDocumentError)
  })

  it('recommendations quoted in a row: each passage is judged a constant number of times', large, () => {
    const text = recommendationsInARow()
    counted.stance = 0
    const {response, file} = parseResponse(text, {format: 'text'})
    const blocks = text.split('\n\n').length
    expect(counted.stance).toBeLessThan(8 * blocks)
    expect(response.findingResponses).toHaveLength(4000)
    expect(response.findingResponses.filter((answer) => answer.stance === 'action-proposed')).toHaveLength(4000)
    counted.normalise = 0
    const {coverage} = lint(response, {file})
    expect(coverage).toHaveLength(4000)
    // Each quote is normalised a bounded number of times, not once per pair of quotes.
    expect(counted.normalise).toBeLessThan(8 * response.findingResponses.length)
  })

  it('general mentions of every quoted finding: comparisons grow with the copies, not their square', () => {
    const report = JSON.parse(readFileSync(new URL('../../examples/seed-report.json', import.meta.url), 'utf8')) as InspectionReport
    const run = (copies: number) => {
      counted.comparisons = 0
      const {response, file} = parseResponse(generalMentionsOfEveryAfi(report, copies), {format: 'text'})
      const {coverage, unmatched} = link(response, {report, file})
      return {comparisons: counted.comparisons, answers: response.findingResponses, coverage, unmatched}
    }
    const small = run(16)
    const large = run(64)
    // The seed report has 7 areas for improvement; each copy quotes them all and mentions them twice.
    expect(small.answers).toHaveLength(7 * 16 + 7)
    expect(large.answers).toHaveLength(7 * 64 + 7)
    // The first mention answers each finding once for the section name every copy shares; later
    // mentions repeat it.
    expect(large.answers.filter((answer) => answer.finding.matchedBy === 'paraphrase')).toHaveLength(7)
    // The linter's link ties every reference to its finding: none is left unmatched, every AFI answered.
    expect(large.unmatched).toEqual([])
    expect(large.coverage.filter((row) => row.kind === 'area-for-improvement' && row.answered)).toHaveLength(7)
    // Each distinct quote is compared with the report's findings that can be the same, and with its
    // section's answered ones, once: the same count at 16 and 64 copies (54 when each quote was
    // compared with every finding before its own; 729 and 2,649 when every mention compared every
    // earlier quote with every answered one).
    expect(large.comparisons).toBe(small.comparisons)
    expect(large.comparisons).toBe(22)
  })

  it('a PDF page of a million text items is laid out, not "corrupt"', () => {
    const fragments = Array.from({length: 1_000_000}, (_, index) => ({
      text: 'x',
      x0: index % 2 === 0 ? 60 : 320,
      x1: index % 2 === 0 ? 280 : 540,
      y: 800 - (Math.floor(index / 2) % 700),
      size: 10,
      page: 1
    }))
    const lines = readingOrder(fragments, 50, 500)
    expect(lines).toHaveLength(1_000_000)
    expect(new Set(lines.map((line) => line.column))).toEqual(new Set([1, 2]))
  })
})

/** A lint entry with one message whose reason quotes `quote`. */
function entryQuoting(quote: string) {
  const {file} = parseResponse(`The passage: ${quote}\n`, {format: 'text', path: `response${terminalEscapes}.txt`})
  const message = file.message(`Unexpected finding “${quote}” with no answer, expected one`, {
    ruleId: 'recommendations-explained',
    source: 'scrutiny',
    place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 10, offset: 9}}
  })
  const linted = Object.assign(message, {messageId: 'missing', outcome: 'not-met' as const, plain: `The finding “${quote}” has no answer.`})
  return {file, result: {messages: [linted], checks: [], coverage: [], dates: {}}}
}

describe('4a. a report of many findings answered by paraphrase', () => {
  it('each finding is scored against the passages sharing its rarest words, not against every passage', () => {
    // 1,000 areas for improvement, each with three words of its own (letters: content words are
    // letters and digits), and a response paraphrasing each in its own paragraph.
    const count = 1000
    const own = (index: number) => ['alpha', 'bravo', 'charlie'].map((word) => `${word}${String.fromCharCode(97 + (index % 26), 97 + Math.floor(index / 26) % 26, 97 + Math.floor(index / 676))}`).join(' ')
    const items = Array.from({length: count}, (_, index) => `• The force should improve how it records ${own(index)} offences.`)
    const {report} = parseReport(`Cleveland Police\n\nAreas for improvement\n\n${items.join('\n')}\n`, {format: 'text'})
    const paragraphs = Array.from({length: count}, (_, index) => `We now record ${own(index)} offences better.`)
    const {response, file} = parseResponse(`Police and Crime Commissioner for Cleveland\n\n${paragraphs.join('\n\n')}\n`, {format: 'text', path: 'response.txt'})
    counted.paraphrase = 0
    const {coverage} = link(response, {report, file})
    expect([report.findings.length, coverage.filter((row) => row.quote !== undefined).length]).toEqual([count, count])
    // Every passage for every finding would be a million scores.
    expect(counted.paraphrase).toBeLessThan(4 * count)
  })
})

describe('4c. thousands of near-identical findings, each answered', () => {
  // The findings differ only in a number; each paragraph answers one. Scoring every passage sharing a
  // word with a finding, and comparing each quote with every finding before its own, was quadratic.
  const count = 4000
  it.each(['paraphrase', 'quote'] as const)('answered by %s: each finding tied to its own paragraph, with work linear in the findings', (answer) => {
    const texts = nearIdenticalFindings(count, answer)
    const {report} = parseReport(texts.report, {format: 'text'})
    const {response, file} = parseResponse(texts.response, {format: 'text', path: 'response.txt'})
    counted.paraphrase = 0
    counted.comparisons = 0
    const {coverage, unmatched} = link(response, {report, file})
    expect(report.findings).toHaveLength(count)
    expect(unmatched).toEqual([])
    // Area for improvement n is about neighbourhood 999 + n.
    const own = (row: (typeof coverage)[number]) => Number(/neighbourhood (\d+)/.exec(row.quote ?? '')?.[1]) === 999 + Number(row.findingId?.split('-').at(-1))
    expect(coverage.filter((row) => row.matchedBy === answer && own(row))).toHaveLength(count)
    // Every passage for every finding, or every quote against every finding before it, would be millions.
    expect(counted.paraphrase).toBeLessThan(2 * count)
    expect(counted.comparisons).toBeLessThan(2 * count)
  })
})

describe('4b. a paragraph repeated', () => {
  // Sized so that the quadratic version (each grade stem compared the paragraph with its equal copy,
  // character by character) takes minutes and fails on the timeout; the linear one reads it at once.
  it('two copies of an 8 MB paragraph of grade words: no grade, no finding, within the test timeout', () => {
    const {report, messages} = parseReport(repeatedGradeParagraph(), {format: 'text'})
    expect([report.grades, report.findings, messages]).toEqual([[], [], []])
  })
})

describe('5 and 6. what reporters print', () => {
  it('stylish clips a reason that quotes a 140 KB finding, so the table stays narrow', () => {
    const output = reportStylish(entryQuoting('The force should improve. '.repeat(5400)))
    expect(output.split('\n').every((line) => line.length < 700)).toBe(true)
    expect(output).toContain('…')
  })

  it.each([
    ['stylish', (entry: ReturnType<typeof entryQuoting>) => reportStylish(entry)],
    ['text', (entry: ReturnType<typeof entryQuoting>) => reportText(entry)],
    ['github', (entry: ReturnType<typeof entryQuoting>) => reportGithub(entry)]
  ])('%s prints no control character of the document, shown escaped instead', (_, report) => {
    const output = report(entryQuoting(terminalEscapes))
    expect(output).not.toMatch(terminalControl)
    expect(output).toContain('\\x1B]8;;https://attacker.example/\\x07link')
  })

  it.each([
    ['json', (entry: ReturnType<typeof entryQuoting>) => reportJson(entry)],
    ['sarif', (entry: ReturnType<typeof entryQuoting>) => reportSarif(entry)]
  ])('%s escapes every control character of the document as \\u, and reads back the same text', (_, report) => {
    const output = report(entryQuoting(terminalEscapes))
    expect(output).not.toMatch(terminalControl)
    expect(output).toContain('\\r overwrite \\u009b1m \\u0007')
    expect(output).toContain('\\u001b]8;;https://attacker.example/\\u0007link')
    // The file name and the message keep the document's characters once parsed (SARIF's file is a
    // URI, each character of the name percent-encoded, read back by `decodeURIComponent`).
    const parsed = JSON.parse(output) as Array<{path: string}> | {runs: Array<{results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    const name = Array.isArray(parsed) ? parsed[0]!.path : decodeURIComponent(parsed.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri)
    expect(name).toBe(`response${terminalEscapes}.txt`)
    expect(JSON.stringify(JSON.parse(output))).toContain(JSON.stringify(`Unexpected finding “${terminalEscapes}” with no answer, expected one`).slice(1, -1))
  })

  it('stylish in colour adds only its own colour codes', () => {
    const output = reportStylish(entryQuoting(terminalEscapes), {color: true})
    const sequences = new Set(output.match(/\u001B[^m]*m?/g))
    expect([...sequences].every((sequence) => /^\u001B\[\d+m$/.test(sequence))).toBe(true)
  })

  it('escapeControl keeps tab and line feed, and makes every other control character visible', () => {
    expect(escapeControl('a\tb\nc\u0000\u001B[2J\r\u007F\u0085\u009B')).toBe('a\tb\nc\\x00\\x1B[2J\\x0D\\x7F\\x85\\x9B')
  })

  it('escapeControl makes bidirectional embeddings, overrides and isolates visible, and keeps marks', () => {
    expect(escapeControl('\u202Atxt.exe\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069 \u200F\u200E')).toBe(
      '\\u202Atxt.exe\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069 \u200F\u200E'
    )
  })
})

describe('8. dependencies', () => {
  it('mammoth is at least 1.12.3, which fixed its ReDoS on unterminated strings', () => {
    const manifest = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {version: string; dependencies: Record<string, string>}
    expect(manifest('../../packages/convert/package.json').dependencies.mammoth).toBe('^1.12.3')
    const [major, minor, patch] = manifest('../../packages/convert/node_modules/mammoth/package.json').version.split('.').map(Number)
    expect(major! > 1 || (major === 1 && (minor! > 12 || (minor === 12 && patch! >= 3)))).toBe(true)
  })
})
