import {Inflate} from 'fflate'
import {CorruptDocumentError, ZipBombError} from '../errors.js'

/** Limits on what a `.docx` (a zip archive) may inflate to; checked before anything is inflated. */
export interface ZipLimits {
  /** Cap on the declared uncompressed size of all entries together, in bytes. */
  maxUncompressedBytes: number
  /** Cap on an entry's uncompressed/compressed ratio (entries over 1 MiB only). */
  maxCompressionRatio: number
  /**
   * Cap on the declared size of the parts mammoth parses as XML (the main document, its styles,
   * numbering, notes and comments, and the relationships), in bytes: its document model takes
   * about 50 bytes of memory for each byte of XML.
   */
  maxXmlBytes: number
  /**
   * Cap on the number of entries (default 10,000). Word writes tens of parts, hundreds with many
   * images; each entry is inflated to check its size, with a fresh inflater and its buffers, so the
   * 65,535 empty entries a zip without ZIP64 can list took 20 s and 300 MB.
   */
  maxEntries?: number
}

/** The default `maxEntries`. */
export const defaultMaxEntries = 10_000

/** One entry of the central directory. */
export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

/** The parts mammoth reads, found through the package relationships as mammoth finds them. */
export interface WordParts {
  main: string
  numbering: string
}

/** What the pre-check found: the entry list, and the inflated text of the parts mammoth parses. */
export interface CheckedZip {
  entries: ZipEntry[]
  /** Inflated parts by name (the parsed parts and every `.rels`), each verified to inflate to its declared size. */
  parts: Map<string, Uint8Array>
  names: WordParts
}

const expected = 'a Word document (.docx zip archive)'
const endOfCentralDirectory = 0x06054b50
const centralDirectoryHeader = 0x02014b50
const localFileHeader = 0x04034b50
// Small entries legitimately compress very well (runs of XML whitespace), and cannot be bombs.
const ratioCheckedFrom = 1024 * 1024
// Deflate expands at most about 1032:1, so one chunk inflates to at most about 1 MiB before the size check.
const inflateChunk = 1024
const relationshipTypes = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
/** The parts of the main document that mammoth parses, each by relationship type, else `word/<type>.xml`. */
const relatedParts = ['comments', 'endnotes', 'footnotes', 'numbering', 'styles'] as const

/**
 * Read the zip central directory and refuse archives whose declared sizes exceed `limits`; find
 * the parts mammoth will parse (through the package relationships, as mammoth does) and refuse
 * them past `maxXmlBytes`; then inflate every entry chunk by chunk, stopping as soon as one
 * inflates past its declared size (a lying directory), so nothing mammoth later inflates can
 * exceed what was checked. Only the parsed parts and the relationships are kept.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits, path?: string): CheckedZip {
  const entries = readCentralDirectory(bytes, path)
  const maxEntries = limits.maxEntries ?? defaultMaxEntries
  if (entries.length > maxEntries) {
    throw new ZipBombError(path, `its directory lists ${entries.length} entries, over the cap of ${maxEntries} (Word writes tens, or hundreds with many images)`)
  }
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

  const byName = new Map<string, ZipEntry>()
  for (const entry of entries) {
    // Which of two same-named entries a reader takes is its own choice: the checks must see the one it reads.
    if (byName.has(entry.name)) throw new CorruptDocumentError(path, expected, `two entries are named \`${entry.name}\``)
    byName.set(entry.name, entry)
  }
  const parts = new Map<string, Uint8Array>()
  let parsedBytes = 0
  const keep = (name: string) => {
    const entry = byName.get(name)
    if (!entry || parts.has(name)) return
    parsedBytes += entry.uncompressedSize
    if (parsedBytes > limits.maxXmlBytes) {
      throw new ZipBombError(
        path,
        `its text parts (\`${name}\` and the parts before it) declare ${formatBytes(parsedBytes)} or more of XML, over the cap of ${formatBytes(limits.maxXmlBytes)} that keeps reading within 1 GiB of memory`
      )
    }
    parts.set(name, inflateBounded(bytes, entry, path, true)!)
  }
  for (const entry of entries) if (/\.rels$/i.test(entry.name)) keep(entry.name)
  keep('[Content_Types].xml')
  const names = findWordParts(parts, byName)
  keep(names.main)
  for (const type of relatedParts) keep(type === 'numbering' ? names.numbering : relatedPart(parts, byName, names.main, type))
  for (const entry of entries) if (!parts.has(entry.name)) inflateBounded(bytes, entry, path, false)
  return {entries, parts, names}
}

/** The main document (the package's `officeDocument` relationship) and its numbering part. */
function findWordParts(parts: Map<string, Uint8Array>, byName: Map<string, ZipEntry>): WordParts {
  const main = firstTarget(parts.get('_rels/.rels'), '', 'officeDocument', byName) ?? 'word/document.xml'
  return {main, numbering: relatedPart(parts, byName, main, 'numbering')}
}

function relatedPart(parts: Map<string, Uint8Array>, byName: Map<string, ZipEntry>, main: string, type: string): string {
  const slash = main.lastIndexOf('/')
  const folder = main.slice(0, slash + 1)
  const relationships = parts.get(`${folder}_rels/${main.slice(slash + 1)}.rels`)
  return firstTarget(relationships, folder, type, byName) ?? `word/${type}.xml`
}

/** The first target of a relationship of `type` that names an entry, resolved against `folder`. */
function firstTarget(relationships: Uint8Array | undefined, folder: string, type: string, byName: Map<string, ZipEntry>): string | undefined {
  if (!relationships) return undefined
  const xml = new TextDecoder().decode(relationships)
  const wanted = `Type="${relationshipTypes}${type}"`
  for (let at = xml.indexOf('<Relationship '); at >= 0; at = xml.indexOf('<Relationship ', at + 1)) {
    const end = xml.indexOf('>', at)
    if (end < 0) return undefined
    const tag = xml.slice(at, end)
    if (!tag.includes(wanted)) continue
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1]
    const name = target === undefined ? undefined : resolvePath(folder, target)
    if (name !== undefined && byName.has(name)) return name
  }
  return undefined
}

/** A relationship target as a zip entry name: relative to `folder`, or from the root with a leading `/`. */
function resolvePath(folder: string, target: string): string {
  const segments: string[] = []
  for (const segment of (target.startsWith('/') ? target : folder + target).split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  return segments.join('/')
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
 * Inflate an entry, never past its declared size; with `keep`, into a buffer of that size (returned),
 * else only counted, so verifying a large image holds no memory.
 */
function inflateBounded(bytes: Uint8Array, entry: ZipEntry, path: string | undefined, keep: boolean): Uint8Array | undefined {
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
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) {
      throw new CorruptDocumentError(path, expected, `\`${entry.name}\` is stored uncompressed but declares two sizes`)
    }
    return keep ? data : undefined
  }
  if (entry.method !== 8) {
    throw new CorruptDocumentError(path, expected, `\`${entry.name}\` uses compression method ${entry.method}, not deflate`)
  }

  const output = keep ? new Uint8Array(entry.uncompressedSize) : undefined
  let written = 0
  let overflow = false
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > entry.uncompressedSize) {
      overflow = true
      return
    }
    output?.set(chunk, written)
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
  if (written !== entry.uncompressedSize) {
    throw new CorruptDocumentError(path, expected, `\`${entry.name}\` inflates to ${written} bytes, not the declared ${entry.uncompressedSize}`)
  }
  return output
}

/**
 * Inflate one entry, never past its declared size (a lying directory); run `checkZip` first so the
 * declared sizes are within the limits.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, path?: string): Uint8Array {
  return inflateBounded(bytes, entry, path, true)!
}

function formatBytes(count: number): string {
  return count >= 1024 * 1024 ? `${(count / 1024 / 1024).toFixed(1)} MiB` : `${count} bytes`
}
