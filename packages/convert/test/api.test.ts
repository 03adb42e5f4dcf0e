import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'ConvertError',
    'CorruptDocumentError',
    'DocumentTooDeepError',
    'EmptyDocumentError',
    'EncryptedPdfError',
    'NoTextLayerError',
    'TooManyPagesError',
    'UnknownFormatError',
    'ZipBombError',
    'defaultMaxCompressionRatio',
    'defaultMaxEntries',
    'defaultMaxPages',
    'defaultMaxUncompressedBytes',
    'defaultMaxXmlBytes',
    'parseReportDocument',
    'parseResponseDocument',
    'readDocument',
    'sniffDocumentFormat'
  ])
})

test('internal helpers for the other @scrutiny packages, out of the public API', async () => {
  expect(Object.keys(await import('../src/internal.js')).sort()).toEqual(['checkZip', 'inflateEntry'])
})
