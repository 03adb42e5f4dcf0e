/// <reference path="./lib/types.ts" />
/// <reference path="./lib/pdf/pdfjs-worker.d.ts" />
export {
  ConvertError,
  CorruptDocumentError,
  DocumentTooDeepError,
  EmptyDocumentError,
  EncryptedPdfError,
  NoTextLayerError,
  TooManyPagesError,
  UnknownFormatError,
  ZipBombError
} from './lib/errors.js'
export {
  defaultMaxCompressionRatio,
  defaultMaxEntries,
  defaultMaxPages,
  defaultMaxUncompressedBytes,
  defaultMaxXmlBytes,
  readDocument
} from './lib/read-document.js'
export {parseReportDocument, parseResponseDocument} from './lib/parse-document.js'
export type {ReadDocumentOptions, ReadDocumentResult} from './lib/read-document.js'
export {sniffDocumentFormat} from './lib/sniff.js'
export type {DocumentFormat} from './lib/sniff.js'
