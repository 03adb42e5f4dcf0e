import {Inflate} from 'fflate'
import {CorruptDocumentError, ZipBombError} from '../errors.js'

/** Limits on what a `.docx` (a zip archive) may inflate to; checked before anything is inflated. */
export interface ZipLimits {
  /** Cap on the declared uncompressed size of all entries together, in bytes. */
  maxUncompressedBytes: number
  /** Cap on an entry's uncompressed/compressed ratio (entries over 1 MiB only). */
  maxCompressionRatio: number
}

/** One entry of the central directory. */
export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

/** What the pre-check found: the entry list and the inflated text of the XML parts we read ourselves. */
export interface CheckedZip {
  entries: ZipEntry[]
  /** Inflated `.xml`/`.rels` parts by name, each verified to inflate to its declared size. */
  parts: Map<string, Uint8Array>
}

const expected = 'a Word document (.docx zip archive)'
const endOfCentralDirectory = 0x06054b50
const centralDirectoryHeader = 0x02014b50
const localFileHeader = 0x04034b50
// Small entries legitimately compress very well (runs of XML whitespace), and cannot be bombs.
const ratioCheckedFrom = 1024 * 1024
const inflateChunk = 16 * 1024

/**
 * Read the zip central directory, refuse archives whose declared sizes exceed `limits`, then inflate
 * the XML parts chunk by chunk, stopping as soon as one inflates past its declared size (a lying
 * directory). Images and other binary parts are never inflated.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits, path?: string): CheckedZip {
  const entries = readCentralDirectory(bytes, path)
  let total = 0
  for (const entry of entries) {
    total += entry.uncompressedSize
    if (total > limits.maxUncompressedBytes) {
      throw new ZipBombError(
        path,
        `its entries declare ${formatBytes(total)} or more uncompressed, over the cap of ${formatBytes(limits.maxUncompressedBytes)}`
      )
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
    if (entry.uncompressedSize > ratioCheckedFrom && ratio > limits.maxCompressionRatio) {
      throw new ZipBombError(
        path,
        `entry \`${entry.name}\` declares ${formatBytes(entry.uncompressedSize)} from ${formatBytes(entry.compressedSize)} (ratio ${Math.round(ratio)}:1, over the cap of ${limits.maxCompressionRatio}:1)`
      )
    }
  }

  const parts = new Map<string, Uint8Array>()
  for (const entry of entries) {
    if (/\.(xml|rels)$/i.test(entry.name)) parts.set(entry.name, inflateEntry(bytes, entry, path))
  }
  return {entries, parts}
}

/** The entries listed in the zip central directory; `CorruptDocumentError` when it is missing or damaged. */
export function readCentralDirectory(bytes: Uint8Array, path?: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at
      break
    }
  }
  if (end < 0) throw new CorruptDocumentError(path, expected, 'no zip end-of-central-directory record')

  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  const offset = view.getUint32(end + 16, true)
  if (count === 0xffff || offset === 0xffffffff) {
    throw new CorruptDocumentError(path, expected, 'a ZIP64 archive, which Word does not write')
  }
  if (offset + size > end) throw new CorruptDocumentError(path, expected, 'the central directory lies outside the file')

  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  let at = offset
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== centralDirectoryHeader) {
      throw new CorruptDocumentError(path, expected, `central directory entry ${index + 1} of ${count} is damaged`)
    }
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true)
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/**
 * Inflate one entry, chunk by chunk, stopping as soon as it inflates past its declared size (a
 * lying directory); run `checkZip` first so the declared sizes are within the limits.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, path?: string): Uint8Array {
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true) !== localFileHeader) {
    throw new CorruptDocumentError(path, expected, `the local header of \`${entry.name}\` is missing`)
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (data.length < entry.compressedSize) {
    throw new CorruptDocumentError(path, expected, `\`${entry.name}\` is cut short`)
  }
  if (entry.method === 0) return data
  if (entry.method !== 8) {
    throw new CorruptDocumentError(path, expected, `\`${entry.name}\` uses compression method ${entry.method}, not deflate`)
  }

  const output = new Uint8Array(entry.uncompressedSize)
  let written = 0
  let overflow = false
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > output.length) {
      overflow = true
      return
    }
    output.set(chunk, written)
    written += chunk.length
  })
  try {
    for (let offset = 0; offset < data.length && !overflow; offset += inflateChunk) {
      inflate.push(data.subarray(offset, offset + inflateChunk), offset + inflateChunk >= data.length)
    }
  } catch (error) {
    throw new CorruptDocumentError(path, expected, `\`${entry.name}\` does not inflate: ${(error as Error).message}`)
  }
  if (overflow) {
    throw new ZipBombError(path, `entry \`${entry.name}\` inflates past the ${formatBytes(entry.uncompressedSize)} its directory declares`)
  }
  if (written !== output.length) {
    throw new CorruptDocumentError(path, expected, `\`${entry.name}\` inflates to ${written} bytes, not the declared ${output.length}`)
  }
  return output
}

function formatBytes(count: number): string {
  return count >= 1024 * 1024 ? `${(count / 1024 / 1024).toFixed(1)} MiB` : `${count} bytes`
}
