import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {check} from '../src/lib/check.js'
import {NoTemplateError, NotWordResponseError, commentedResponse, responseTemplate, templateBody} from '../src/lib/word.js'
import {repoRoot} from './harness.js'

const fixture = (path: string) => new Uint8Array(readFileSync(join(repoRoot, 'fixtures', path)))
const seedDocx = fixture('docx/warwickshire-pcc-response-west-midlands-soc-2024.docx')
const report = {name: 'regional-soc-west-midlands-2024.txt', bytes: fixture('corpus/reports/regional-soc-west-midlands-2024.txt')}

describe('the Word downloads', () => {
  it('offers a template for the body that responds, and the Word response with its comments', async () => {
    const outcome = await check({response: {name: 'seed.docx', bytes: seedDocx}, report, reportPublishedOn: '2024-05-14', publication: {kind: 'as-dated'}, preset: 'strict'})
    expect(templateBody(outcome)).toBe('warwickshire')
    const template = await responseTemplate(outcome)
    expect(template.name).toBe('warwickshire-response-draft.docx')
    expect(strFromU8(unzipSync(template.bytes)['word/document.xml']!)).toContain('Comments of the Police and Crime Commissioner for Warwickshire')

    const commented = await commentedResponse(outcome)
    expect(commented.name).toBe('seed-with-comments.docx')
    const comments = strFromU8(unzipSync(commented.bytes)['word/comments.xml']!)
    expect(comments.match(/w:author="Scrutiny"/g)).toHaveLength(outcome.lint.messages.length)
  })

  it('explains when there is no report to build a template from, or no Word file to comment on', async () => {
    const seedText = {name: 'seed.txt', bytes: fixture('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt')}
    const outcome = await check({response: seedText, reportPublishedOn: '2024-05-14', publication: {kind: 'as-dated'}})
    expect(templateBody(outcome)).toBeUndefined()
    await expect(responseTemplate(outcome)).rejects.toThrow(new NoTemplateError('report', 'Cannot write a template: expected a report file, but none was checked'))
    await expect(commentedResponse(outcome)).rejects.toThrow(new NotWordResponseError('seed.txt', 'Cannot add comments to seed.txt: expected a Word document (.docx)'))
  })
})

describe('errors', () => {
  it("every error the page raises is a ScrutinyError, with a code, and the file's path when it is about a file", async () => {
    const {ScrutinyError} = await import('@scrutiny/schema')
    const {CheckTimeoutError, FileTooLargeError, InvalidFieldDateError, MissingResponseError} = await import('../src/lib/index.js')
    const errors = [
      new FileTooLargeError('big.pdf', 30 * 1024 * 1024, 20 * 1024 * 1024),
      new CheckTimeoutError('slow.docx', 20_000),
      new NotWordResponseError('seed.txt', 'Cannot add comments to seed.txt: expected a Word document (.docx)'),
      new InvalidFieldDateError('Report publication date', '2024-02-30'),
      new MissingResponseError(),
      new NoTemplateError('report', 'Cannot write a template: expected a report file, but none was checked')
    ]
    expect(errors.map((error) => [error instanceof ScrutinyError, error.code, error.path])).toEqual([
      [true, 'file-too-large', 'big.pdf'],
      [true, 'check-timeout', 'slow.docx'],
      [true, 'not-word-response', 'seed.txt'],
      [true, 'invalid-field-date', undefined],
      [true, 'missing-response', undefined],
      [true, 'no-template', undefined]
    ])
  })
})
