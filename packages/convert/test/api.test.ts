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
    'checkZip',
    'defaultMaxCompressionRatio',
    'defaultMaxEntries',
    'defaultMaxPages',
    'defaultMaxUncompressedBytes',
    'defaultMaxXmlBytes',
    'inflateEntry',
    'parseReportDocument',
    'parseResponseDocument',
    'readDocument',
    'sniffDocumentFormat'
  ])
})
