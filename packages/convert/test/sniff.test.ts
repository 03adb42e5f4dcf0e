import {describe, expect, test} from 'vitest'
import {sniffDocumentFormat} from '../src/lib/sniff.js'
import {fixture} from './helpers.js'

describe('sniffDocumentFormat', () => {
  test('by content, whatever the name', () => {
    expect(sniffDocumentFormat(fixture('docx/warwickshire-pcc-response-west-midlands-soc-2024.docx'), 'response.pdf')).toBe('docx')
    expect(sniffDocumentFormat(fixture('pdf/peel-2018-essex.pdf'), 'report.docx')).toBe('pdf')
    expect(sniffDocumentFormat(new TextEncoder().encode('\n\n%PDF-1.4\n'))).toBe('pdf')
  })

  test('by extension when the content does not tell', () => {
    expect(sniffDocumentFormat(fixture('docx/truncated.docx'), 'draft.DOCX')).toBe('docx')
    expect(sniffDocumentFormat(new Uint8Array([1, 2, 3]), 'scan.pdf')).toBe('pdf')
    expect(sniffDocumentFormat(fixture('docx/truncated.docx'))).toBeUndefined()
    expect(sniffDocumentFormat(new TextEncoder().encode('Areas for improvement'), 'notes.txt')).toBeUndefined()
  })

  test('a long run of % without PDF is not a PDF', () => {
    expect(sniffDocumentFormat(new TextEncoder().encode('%'.repeat(1_000_000)))).toBeUndefined()
  })
})
