import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {RegisterInputError, extractDocument} from '../src/index.js'
import {readProvenance} from '../src/lib/provenance.js'
import {essex, root} from './helpers.js'

const read = (file: string) => new Uint8Array(readFileSync(join(root, file)))
/** The published text alone: the provenance header cut off, as a document found in the wild. */
const withoutHeader = (file: string) => {
  const text = readFileSync(join(root, file), 'utf8')
  return new TextEncoder().encode(text.slice(text.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, ''))
}

it('takes a saved copy’s title, URL and date from its provenance header', async () => {
  const extracted = await extractDocument(essex[0]!, read(essex[0]!))
  expect(extracted.type).toBe('report')
  if (extracted.type !== 'report') return
  expect([extracted.document.title, extracted.document.url, extracted.document.publishedOn]).toEqual([
    'Essex PEEL 2016 – Effectiveness (HMICFRS web assessment page; findings of PEEL: Police effectiveness 2016 – Essex Police)',
    'https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/essex/effectiveness/',
    '2017-03-02'
  ])
})

it('reads a provenance header’s date with the parser’s date reader: ordinals, a comma, no impossible day', () => {
  const published = (date: string) => readProvenance(`source: https://example.org/r\ntitle: A report\npublished: ${date}\n---\nText.\n`).provenance.publishedOn
  expect(['2 March 2017', '2nd March, 2017', '31 February 2017', '2 Marchember 2017'].map(published)).toEqual(['2017-03-02', '2017-03-02', undefined, undefined])
})

it('tells responses from reports by what the parsers find when there is no header', async () => {
  const files = [
    'fixtures/corpus/responses/kent-pcc-peel-2018-19-letter.txt',
    'fixtures/corpus/responses/westmercia-pcc-police-performance-getting-a-grip-2023-letter.txt',
    'fixtures/corpus/responses/surrey-pcc-custody-inspection-2022.txt',
    'fixtures/corpus/reports/peel-2018-cleveland.txt',
    'fixtures/corpus/reports/frs-avon-coc-revisit-2024-01.txt',
    essex[1]!
  ]
  const types = await Promise.all(files.map(async (file) => (await extractDocument(file, withoutHeader(file))).type))
  expect(types).toEqual(['response', 'response', 'response', 'report', 'report', 'report'])
})

it('refuses JSON that is not a Scrutiny document, and Word without a reader, naming the file', async () => {
  await expect(extractDocument('notes.json', new TextEncoder().encode('{"title": "notes"}'))).rejects.toThrow(
    new RegisterInputError('notes.json', 'unexpected JSON that is neither an inspection report nor a statutory response, expected a document of the Scrutiny schema (see `scrutiny validate`)')
  )
  await expect(extractDocument('response.docx', new Uint8Array([80, 75, 3, 4]))).rejects.toThrow(
    'response.docx: unsupported format: reading Word and PDF needs a tree reader such as @scrutiny/convert, expected a text, Markdown, HTML or JSON file'
  )
})
