import {strToU8, unzipSync, zipSync} from 'fflate'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, test} from 'vitest'
import {
  CorruptDocumentError,
  DocumentTooDeepError,
  EmptyDocumentError,
  EncryptedPdfError,
  NoTextLayerError,
  TooManyPagesError,
  UnknownFormatError,
  ZipBombError
} from '../src/lib/errors.js'
import {readDocument} from '../src/lib/read-document.js'
import {docxArchive, documentXml, zipArchive} from '../../../test/adversarial/generators.mjs'
import {fixture, flatText} from './helpers.js'

// pdfkit is CommonJS (`export =`); it makes the 1,000-page PDF in memory.
const PDFDocument = createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit')
const seedDocx = 'docx/warwickshire-pcc-response-west-midlands-soc-2024.docx'

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('Expected a rejection')
}

/** A PDF of `pages` pages with one line each, made in memory. */
function manyPages(pages: number): Promise<Uint8Array> {
  const pdf = new PDFDocument({size: 'A4', autoFirstPage: false})
  const chunks: Uint8Array[] = []
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const done = new Promise((resolve) => pdf.on('end', resolve))
  for (let page = 1; page <= pages; page++) pdf.addPage().text(`Paragraph ${page} of the report.`)
  pdf.end()
  return done.then(() => new Uint8Array(Buffer.concat(chunks)))
}

describe('bad input gives a typed error naming the file', () => {
  test('empty bytes', async () => {
    const error = await rejection(readDocument(new Uint8Array(0), {path: 'response.docx'}))
    expect(error).toBeInstanceOf(EmptyDocumentError)
    expect(error.message).toBe('Cannot read `response.docx`: expected a Word (.docx) or PDF document, but the file is empty (0 bytes)')
  })

  test('bytes that are neither format, without a telling extension', async () => {
    const error = await rejection(readDocument(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0]), {path: 'report'}))
    expect(error).toBeInstanceOf(UnknownFormatError)
    expect(error.message).toBe(
      'Cannot read `report`: expected a Word document (a zip starting `PK` with word/document.xml, or a .docx name) or a PDF (starting `%PDF-`), but the file starts `.ELF....` (7f 45 4c 46 02 01 01 00)'
    )
  })

  test('a truncated .docx', async () => {
    const error = await rejection(readDocument(fixture('docx/truncated.docx'), {path: 'truncated.docx'}))
    expect(error).toBeInstanceOf(CorruptDocumentError)
    expect(error.message).toBe(
      'Cannot read `truncated.docx`: expected a Word document (.docx zip archive), but it is truncated or corrupt (no zip end-of-central-directory record)'
    )
  })

  test('a zip bomb is refused before inflating, by its declared ratio', async () => {
    const error = await rejection(readDocument(fixture('docx/zip-bomb.docx'), {path: 'zip-bomb.docx'}))
    expect(error).toBeInstanceOf(ZipBombError)
    expect(error.message).toMatch(
      /^Cannot read `zip-bomb\.docx`: expected a Word document of ordinary size, but entry `word\/document\.xml` declares 16\.0 MiB from 16\d{3} bytes \(ratio 10\d\d:1, over the cap of 100:1\); refused before inflating it/
    )
  })

  test('a zip bomb is refused by the total cap', async () => {
    const error = await rejection(readDocument(fixture(seedDocx), {path: 'seed.docx', maxUncompressedBytes: 10_000}))
    expect(error).toBeInstanceOf(ZipBombError)
    expect(error.message).toContain('or more uncompressed, over the cap of 10000 bytes')
  })

  test('an archive of 20,000 entries is refused before any is inflated (65,534 took 20 s to check)', async () => {
    const main = {name: 'word/document.xml', data: strToU8(documentXml(['The force should improve.']))}
    const empty = Array.from({length: 19_999}, (_, index) => ({name: `word/media/${index}.bin`, data: new Uint8Array(0)}))
    const bytes = new Uint8Array(zipArchive([main, ...empty]))
    const error = await rejection(readDocument(bytes, {path: 'many.docx'}))
    expect(error).toBeInstanceOf(ZipBombError)
    expect(error.message).toBe(
      'Cannot read `many.docx`: expected a Word document of ordinary size, but its directory lists 20000 entries, over the cap of 10000 (Word writes tens, or hundreds with many images); refused before inflating it (raise `maxUncompressedBytes`, `maxCompressionRatio`, `maxXmlBytes` or `maxEntries` if the file is trusted)'
    )
  })

  test('a zip whose directory lies about a size is stopped as soon as it inflates past it', async () => {
    const bytes = fixture(seedDocx).slice()
    const view = new DataView(bytes.buffer)
    // Find word/document.xml in the central directory and halve its declared size.
    const name = strToU8('word/document.xml')
    for (let at = 0; at < bytes.length - 46; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue
      const nameLength = view.getUint16(at + 28, true)
      if (nameLength === name.length && name.every((byte, index) => bytes[at + 46 + index] === byte)) {
        view.setUint32(at + 24, Math.floor(view.getUint32(at + 24, true) / 2), true)
      }
    }
    const error = await rejection(readDocument(bytes, {path: 'lying.docx'}))
    expect(error).toBeInstanceOf(ZipBombError)
    expect(error.message).toMatch(/entry `word\/document\.xml` inflates past the \d+ bytes its directory declares/)
  })

  test('macros and external links are ignored, never run or fetched, with messages', async () => {
    const parts = unzipSync(fixture(seedDocx))
    parts['word/vbaProject.bin'] = strToU8('Attribute VB_Name = "ThisDocument"')
    parts['word/_rels/document.xml.rels'] = strToU8(
      new TextDecoder()
        .decode(parts['word/_rels/document.xml.rels'])
        .replace(
          '</Relationships>',
          '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://example.invalid/track.png" TargetMode="External"/></Relationships>'
        )
    )
    const {messages, tree} = await readDocument(zipSync(parts), {path: 'macros.docm'})
    expect(messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['docx-macros', false, 'Unexpected macros (VBA project) in the document, expected none: ignored, never run'],
      ['docx-external-links', undefined, 'Unexpected 1 external link (hyperlinks, linked images or templates), expected none to follow: ignored, never fetched']
    ])
    expect(flatText(tree)).toBe(flatText((await readDocument(fixture(seedDocx))).tree))
  })

  test('an encrypted PDF', async () => {
    const error = await rejection(readDocument(fixture('pdf/encrypted.pdf'), {path: 'encrypted.pdf'}))
    expect(error).toBeInstanceOf(EncryptedPdfError)
    expect(error.message).toBe(
      'Cannot read `encrypted.pdf`: expected a PDF whose text can be read, but it is encrypted with a password; save an unprotected copy and try again'
    )
  })

  test('a PDF of scanned images only', async () => {
    const error = await rejection(readDocument(fixture('pdf/scanned-images-only.pdf'), {path: 'scan.pdf'}))
    expect(error).toBeInstanceOf(NoTextLayerError)
    expect(error.message).toBe(
      'Cannot read `scan.pdf`: expected a PDF with a text layer, but none of its 2 pages has any text (scanned images?), so there is nothing to check; run it through OCR first'
    )
  })

  test('a Word document whose tables nest thousands deep: a named error, not a stack overflow or "corrupt"', async () => {
    const depth = 5_000
    const nested = `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>The force should improve.</w:t></w:r></w:p>${'<w:p/></w:tc></w:tr></w:tbl>'.repeat(depth)}`
    const error = await rejection(readDocument(new Uint8Array(docxArchive(documentXml([nested]))), {path: 'deep.docx'}))
    expect(error).toBeInstanceOf(DocumentTooDeepError)
    expect(error.message).toBe(
      'Cannot read `deep.docx`: expected a Word document (.docx) with word/document.xml, its tables and lists nested a few levels deep, but they nest too deep to read'
    )
  })

  test('a truncated PDF', async () => {
    const bytes = fixture('pdf/peel-2018-essex.pdf')
    const error = await rejection(readDocument(bytes.subarray(0, 600), {path: 'cut.pdf'}))
    expect(error).toBeInstanceOf(CorruptDocumentError)
    expect(error.message).toMatch(/^Cannot read `cut\.pdf`: expected a PDF document, but it is truncated or corrupt \(/)
  })

  test('a corrupt PDF that pdf.js half-loads rejects once, with no stray rejection from pdf.js', async () => {
    // See fixtures/README.md: pdf.js abandons a rejected page-tree prefetch while failing to load it.
    const bytes = new Uint8Array(readFileSync(new URL('fixtures/xref-prefetch-rejection.pdf', import.meta.url)))
    const stray: unknown[] = []
    const listen = (reason: unknown) => stray.push(reason)
    process.on('unhandledRejection', listen)
    try {
      const error = await rejection(readDocument(bytes, {path: 'mutated.pdf'}))
      expect(error).toBeInstanceOf(CorruptDocumentError)
      expect(error.message).toMatch(/^Cannot read `mutated\.pdf`: expected a PDF document, but it is truncated or corrupt \(/)
      // Unhandled rejections are reported after the microtask queue drains: give them a few turns.
      await new Promise((resolve) => setTimeout(resolve, 100))
    } finally {
      process.off('unhandledRejection', listen)
    }
    expect(stray.map(String)).toEqual([])
  })

  test('a 1,000-page PDF is refused over the page limit before any page is read', async () => {
    const bytes = await manyPages(1000)
    const error = await rejection(readDocument(bytes, {path: 'huge.pdf'}))
    expect(error).toBeInstanceOf(TooManyPagesError)
    expect(error.message).toBe('Cannot read `huge.pdf`: expected at most 500 pages (`maxPages`), but the PDF has 1000')
    const small = await readDocument(bytes, {path: 'huge.pdf', maxPages: 1000})
    expect(small.tree.children.length).toBe(1000)
  })
})
