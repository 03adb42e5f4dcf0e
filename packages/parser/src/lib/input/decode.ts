import {BinaryInputError, EmptyInputError} from './errors.js'

/** How many leading characters are inspected to tell text from binary data. */
const sniffLength = 8192

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
const controlCharacter = /[\u0000-\u0008\u000E-\u001F]/g

/** Whether bytes were decoded as declared or fell back to Windows-1252. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface Decoded {
  text: string
  encoding: Encoding
}

/**
 * Decode bytes as text: a UTF-8 or UTF-16 byte order mark decides the encoding, and so does the
 * pattern of NUL bytes of UTF-16 saved without one; otherwise UTF-8, falling back to Windows-1252
 * (old Word exports) for the bytes that are not valid UTF-8, so a UTF-8 file with a pasted
 * Windows-1252 passage keeps both.
 *
 * @example decodeBytes(new TextEncoder().encode('Cause of concern'), 'letter.txt').text // 'Cause of concern'
 * @throws {EmptyInputError} for no bytes or only whitespace.
 * @throws {BinaryInputError} for binary data.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) throw new EmptyInputError(fileName, 'no bytes')
  const encoding = bomEncoding(bytes) ?? utf16WithoutBom(bytes)
  let text: string
  if (encoding) {
    text = new TextDecoder(encoding).decode(bytes)
  } else {
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    } catch {
      return checkText({text: decodeUtf8OrWindows1252(bytes), encoding: 'windows-1252'}, fileName, () => hexHead(bytes), () => binaryFormat(bytes))
    }
  }
  return checkText({text, encoding: encoding ?? 'utf-8'}, fileName, () => hexHead(bytes), () => binaryFormat(bytes))
}

/**
 * Check a string is usable text: not empty, not binary; a leading byte order mark is dropped.
 *
 * @throws {EmptyInputError}
 * @throws {BinaryInputError}
 */
export function decodeString(value: string, fileName: string): Decoded {
  const text = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
  return checkText({text, encoding: 'utf-8'}, fileName, () => hexHead(text))
}

// Windows-1252 bytes 0x80-0x9F (curly quotes, dashes, the euro sign...); the rest match Latin-1.
// Written out because some runtimes decode the label `windows-1252` as Latin-1.
const windows1252High =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Each valid UTF-8 sequence as its character, each other byte as its Windows-1252 character: a
 * Windows-1252 file (whose high bytes almost never form UTF-8 sequences) reads as Windows-1252, and
 * a UTF-8 file with a few foreign bytes keeps its UTF-8 characters. One pass.
 */
function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  let chunk = ''
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const length = byte < 0x80 ? 1 : utf8SequenceLength(bytes, index)
    if (length > 1) {
      chunk += String.fromCodePoint(codePoint(bytes, index, length))
    } else {
      chunk += byte >= 0x80 && byte <= 0x9f ? windows1252High.charAt(byte - 0x80) : String.fromCharCode(byte)
    }
    index += Math.max(length, 1)
    if (chunk.length >= 8192) {
      chunks.push(chunk)
      chunk = ''
    }
  }
  chunks.push(chunk)
  return chunks.join('')
}

/** The code point of the well-formed UTF-8 sequence of `length` bytes at `index`. */
function codePoint(bytes: Uint8Array, index: number, length: number): number {
  let code = bytes[index]! & (0xff >> (length + 1))
  for (let next = index + 1; next < index + length; next++) code = (code << 6) | (bytes[next]! & 0x3f)
  return code
}

/** The length of the well-formed UTF-8 sequence of 2 to 4 bytes starting at `index`, or 0 (RFC 3629's table). */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
  if (length === 0 || index + length > bytes.length) return 0
  // The second byte's range excludes overlong forms, UTF-16 surrogates and code points past U+10FFFF.
  const second = bytes[index + 1]!
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
  if (second < low || second > high) return 0
  for (let next = index + 2; next < index + length; next++) {
    if (bytes[next]! < 0x80 || bytes[next]! > 0xbf) return 0
  }
  return length
}

function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * UTF-16 saved without a byte order mark: text in the Latin script puts a NUL in every other byte,
 * the odd ones for little-endian, the even ones for big-endian, and almost none in the others.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const sample = Math.min(bytes.length, sniffLength) & ~1
  if (sample < 4) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNuls++
    if (bytes[index + 1] === 0) oddNuls++
  }
  const pairs = sample / 2
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le'
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be'
  return undefined
}

/** What binary data given as text is, when its first bytes tell: a PDF or a zip archive (a Word document?). */
function binaryFormat(bytes: Uint8Array): string {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF, which @scrutiny/convert reads, not text; '
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive such as a Word document, which @scrutiny/convert reads, not text; '
  return ''
}

/** `head` echoes the input as it was given: bytes for bytes, characters for a string. */
function checkText(decoded: Decoded, fileName: string, head: () => string, format: () => string = () => ''): Decoded {
  const {text} = decoded
  if (text.trim() === '') {
    throw new EmptyInputError(fileName, text === '' ? 'no characters' : `only whitespace (${text.length} characters)`)
  }
  const sample = text.slice(0, sniffLength)
  const nul = sample.indexOf('\u0000')
  if (nul !== -1) throw new BinaryInputError(fileName, `${format()}a NUL character at offset ${nul}`, head())
  const controls = sample.match(controlCharacter)?.length ?? 0
  // Text has almost no control characters; binary data decoded as Windows-1252 has many.
  if (controls > sample.length / 10) {
    throw new BinaryInputError(fileName, `${format()}${controls} control characters in the first ${sample.length}`, head())
  }
  return decoded
}

function hexHead(input: string | Uint8Array): string {
  const codes: string[] = []
  for (let index = 0; index < Math.min(input.length, 8); index++) {
    const code = typeof input === 'string' ? input.charCodeAt(index) : input[index]!
    codes.push(code.toString(16).padStart(2, '0'))
  }
  return codes.join(' ')
}
