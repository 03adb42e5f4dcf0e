import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, scrutiny} from './helpers.js'

const seedReport = 'examples/seed-report.json'
const seedDocx = 'fixtures/docx/warwickshire-pcc-response-west-midlands-soc-2024.docx'

describe('scrutiny draft', () => {
  it('writes the Markdown draft to standard output', async () => {
    const result = await scrutiny(['draft', seedReport, '--body', 'Police and Crime Commissioner for Warwickshire'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(readFileSync(join(root, 'packages/word/test/__snapshots__/seed-draft.md'), 'utf8'))
  })

  it('writes a Word draft whose placeholders `scrutiny lint` then reports, one each (exit 1)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scrutiny-draft-')), 'response.docx')
    const result = await scrutiny(['draft', seedReport, '--body', 'warwickshire', '--out', out])
    expect(result).toMatchObject({code: 0, stdout: ''})
    expect(result.stderr).toBe(
      `Wrote ${out}: a draft response of the Police and Crime Commissioner for Warwickshire to “An inspection of the West Midlands regional response to serious and organised crime”, 7 finding(s), 21 placeholder(s) to fill; the last day to publish is 2024-07-08.\n`
    )
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
    const lint = await scrutiny(['lint', out, '--report', seedReport, '--format', 'json'])
    expect(lint.code).toBe(1)
    const [file] = JSON.parse(lint.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(file!.messages.map((message) => message.ruleId)).toEqual(Array(21).fill('placeholders-filled'))
  })

  it('drafts from a report’s text, for the body of the day, and the draft lints with only its placeholders', async () => {
    // The parser reads five findings here: the cause of concern's short statement is one of them
    // (this page's gold labels leave it out; see fixtures/corpus/reports' notes).
    const report = 'fixtures/corpus/reports/peel-2021-22-staffordshire-accelerated-coc.txt'
    const out = join(mkdtempSync(join(tmpdir(), 'scrutiny-draft-')), 'response.md')
    const result = await scrutiny(['draft', report, '--body', 'Staffordshire Police', '--out', out])
    expect(result.stderr).toBe(
      `Wrote ${out}: a draft response of the Police, Fire and Crime Commissioner for Staffordshire to “PEEL: Staffordshire Police cause of concern – Responding to vulnerable people”, 5 finding(s), 18 placeholder(s) to fill; the last day to publish is 2022-05-23.\n`
    )
    expect(readFileSync(out, 'utf8')).toContain('I publish this response under section 55(5), (5A), (5B) and (6) of the Police Act 1996.')
    const lint = await scrutiny(['lint', out, '--report', report, '--preset', 'strict', '--format', 'json'])
    const [file] = JSON.parse(lint.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(file!.messages.map((message) => message.ruleId)).toEqual(Array(18).fill('placeholders-filled'))
  })

  it.each([
    [['draft', seedReport], 'scrutiny: Missing `--body`, expected the local policing body or force to draft for, e.g. `--body warwickshire` (see `scrutiny draft --help`)\n'],
    [
      ['draft', seedReport, '--body', 'Gotham City Police'],
      'scrutiny: Cannot draft a response for "Gotham City Police": expected the name of a local policing body or force, or a reference id such as "warwickshire", with a local policing body on 2024-05-14\n'
    ],
    [['draft', seedReport, '--body', 'warwickshire', '--out', 'response.pdf'], 'scrutiny: Unexpected `--out response.pdf`, expected a file name ending .docx (Word) or .md (Markdown)\n']
  ])('refuses %j with exit 2 and one line', async (args, stderr) => {
    expect(await scrutiny(args)).toEqual({code: 2, stdout: '', stderr})
  })
})

describe('scrutiny lint --annotate', () => {
  // A password-protected .docx is an OLE compound file: its signature, then the encrypted package.
  const protectedDocx = join(mkdtempSync(join(tmpdir(), 'scrutiny-protected-')), 'protected.docx')
  writeFileSync(protectedDocx, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]))

  it('writes the Word response with each message as a comment by Scrutiny', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scrutiny-annotate-')), 'reviewed.docx')
    const result = await scrutiny(['lint', seedDocx, '--report', seedReport, '--preset', 'strict', '--annotate', out])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(`Wrote ${out}: 1 comment(s) by Scrutiny.\n`)
    const again = await scrutiny(['lint', out, '--report', seedReport, '--preset', 'strict'])
    expect(again.stdout.replace(out, seedDocx)).toBe(result.stdout)
  })

  it.each([
    [
      ['lint', 'fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', '--annotate', 'reviewed.docx'],
      'scrutiny: Unexpected `--annotate reviewed.docx` for `fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt`, expected a Word response (.docx) and a .docx file to write the comments to\n'
    ],
    [
      ['lint', protectedDocx, '--annotate', 'reviewed.docx'],
      `scrutiny: Cannot read \`${protectedDocx}\`: expected a Word document (.docx zip archive), but it is encrypted with a password; save an unprotected copy (File > Info > Protect Document) and try again\n`
    ],
    [
      ['lint', 'fixtures/docx/truncated.docx', '--annotate', 'reviewed.docx'],
      'scrutiny: Cannot read `fixtures/docx/truncated.docx`: expected a Word document (.docx zip archive), but it is truncated or corrupt (no zip end-of-central-directory record)\n'
    ]
  ])('refuses %j with exit 2 and one line', async (args, stderr) => {
    expect(await scrutiny(args)).toEqual({code: 2, stdout: '', stderr})
  })
})
