import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'ConvertError',
    'CorruptDocumentError',
    'EmptyDocumentError',
    'EncryptedPdfError',
    'NoTextLayerError',
    'TooManyPagesError',
    'UnknownFormatError',
    'ZipBombError',
    'checkZip',
    'defaultMaxCompressionRatio',
    'defaultMaxPages',
    'defaultMaxUncompressedBytes',
    'inflateEntry',
    'parseReportDocument',
    'parseResponseDocument',
    'readDocument',
    'sniffDocumentFormat'
  ])
})
