import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {afterAll, describe, expect, it} from 'vitest'
import {annotateDocx, draftResponse, draftToDocx} from '../src/index.js'
import {lintDocument, repositoryFile, seedReport} from './helpers.js'

// LibreOffice is the other real consumer of these files (CONTRIBUTING: `apt-get install -y
// libreoffice-writer-nogui`; CI installs it). Without it, these tests do not run.
const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], {stdio: 'ignore'}).status === 0)
const folder = mkdtempSync(join(tmpdir(), 'scrutiny-word-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Convert with headless LibreOffice (its own profile, so runs do not share state); the output's bytes. */
function convert(bytes: Uint8Array, name: string, format: 'pdf' | 'odt'): Uint8Array {
  const input = join(folder, name)
  writeFileSync(input, bytes)
  execFileSync(soffice!, [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', format, '--outdir', folder, input], {
    stdio: 'ignore',
    timeout: 120_000
  })
  return new Uint8Array(readFileSync(input.replace(/\.docx$/, `.${format}`)))
}

/** The comments (annotations) of an ODT, by author. */
function annotationAuthors(odt: Uint8Array): string[] {
  const content = strFromU8(unzipSync(odt)['content.xml']!)
  return [...content.matchAll(/<office:annotation\b[^>]*>[\s\S]*?<dc:creator>([^<]*)<\/dc:creator>/g)].map((match) => match[1]!)
}

describe.runIf(soffice)('LibreOffice opens what Scrutiny writes', () => {
  it('reads a draft’s headings as outline levels, and converts it to PDF', {timeout: 180_000}, async () => {
    const bytes = await draftToDocx(draftResponse(seedReport, {body: 'warwickshire'}))
    const content = strFromU8(unzipSync(convert(bytes, 'draft.docx', 'odt'))['content.xml']!)
    const levels = [...content.matchAll(/<text:h\b[^>]*text:outline-level="(\d)"/g)].map((match) => Number(match[1]))
    expect(levels).toEqual([1, 2, 3, 3, 3, 3, 3, 3, 3, 1, 1])
    expect(strFromU8(convert(bytes, 'draft.docx', 'pdf').subarray(0, 5))).toBe('%PDF-')
  })

  it.each([
    ['the seed response', 'seed.docx', async () => repositoryFile('fixtures/docx/warwickshire-pcc-response-west-midlands-soc-2024.docx')],
    ['a draft with placeholders', 'draft.docx', async () => draftToDocx(draftResponse(seedReport, {body: 'warwickshire'}))]
  ] as const)('keeps every comment of %s once annotated, and converts it to PDF', {timeout: 180_000}, async (_, name, load) => {
    const bytes = await load()
    const {messages} = await lintDocument(bytes, seedReport, 'strict')
    const annotated = await annotateDocx(bytes, messages, {date: '2024-07-01T09:00:00Z'})
    expect(annotationAuthors(convert(annotated, `annotated-${name}`, 'odt'))).toEqual(Array(messages.length).fill('Scrutiny'))
    expect(strFromU8(convert(annotated, `annotated-${name}`, 'pdf').subarray(0, 5))).toBe('%PDF-')
  })
})
