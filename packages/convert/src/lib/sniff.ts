import {readCentralDirectory} from './docx/zip.js'

/** The document formats `@scrutiny/convert` reads. */
export type DocumentFormat = 'docx' | 'pdf'

/**
 * Tell a Word document from a PDF by content, then by extension: a zip archive (`PK\3\4`) whose
 * central directory lists `word/document.xml` is `.docx`; `%PDF-` in the first kilobyte is PDF
 * (some producers put junk before it). Otherwise the extension of `path` decides (`.docx`, `.docm`,
 * `.pdf`); `undefined` when neither tells.
 *
 * @example
 *   sniffDocumentFormat(new TextEncoder().encode('%PDF-1.7\n…')) // 'pdf'
 *   sniffDocumentFormat(new Uint8Array([1, 2]), 'response.docx') // 'docx'
 */
export function sniffDocumentFormat(bytes: Uint8Array, path?: string): DocumentFormat | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 && isWordArchive(bytes)) return 'docx'
  if (startsPdf(bytes)) return 'pdf'
  const extension = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase()
  if (extension === 'docx' || extension === 'docm') return 'docx'
  if (extension === 'pdf') return 'pdf'
  return undefined
}

function isWordArchive(bytes: Uint8Array): boolean {
  try {
    return readCentralDirectory(bytes).some((entry) => entry.name === 'word/document.xml')
  } catch {
    return false
  }
}

function startsPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024)
  for (let at = head.indexOf(0x25); at >= 0 && at + 5 <= head.length; at = head.indexOf(0x25, at + 1)) {
    if (head[at + 1] === 0x50 && head[at + 2] === 0x44 && head[at + 3] === 0x46 && head[at + 4] === 0x2d) return true
  }
  return false
}
