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
 * Decode bytes as text: a UTF-8 or UTF-16 byte order mark decides the encoding; otherwise UTF-8,
 * falling back to Windows-1252 (old Word exports) when the bytes are not valid UTF-8.
 *
 * @example decodeBytes(new TextEncoder().encode('Cause of concern'), 'letter.txt').text // 'Cause of concern'
 * @throws {EmptyInputError} for no bytes or only whitespace.
 * @throws {BinaryInputError} for binary data.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) throw new EmptyInputError(fileName, 'no bytes')
  const encoding = bomEncoding(bytes)
  let text: string
  if (encoding) {
    text = new TextDecoder(encoding).decode(bytes)
  } else {
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    } catch {
      return checkText({text: decodeWindows1252(bytes), encoding: 'windows-1252'}, fileName, () => hexHead(bytes))
    }
  }
  return checkText({text, encoding: encoding ?? 'utf-8'}, fileName, () => hexHead(bytes))
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

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const chunkSize = 8192
  for (let start = 0; start < bytes.length; start += chunkSize) {
    let chunk = ''
    const end = Math.min(bytes.length, start + chunkSize)
    for (let index = start; index < end; index++) {
      const byte = bytes[index]!
      chunk += byte >= 0x80 && byte <= 0x9f ? windows1252High.charAt(byte - 0x80) : String.fromCharCode(byte)
    }
    chunks.push(chunk)
  }
  return chunks.join('')
}

function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** `head` echoes the input as it was given: bytes for bytes, characters for a string. */
function checkText(decoded: Decoded, fileName: string, head: () => string): Decoded {
  const {text} = decoded
  if (text.trim() === '') {
    throw new EmptyInputError(fileName, text === '' ? 'no characters' : `only whitespace (${text.length} characters)`)
  }
  const sample = text.slice(0, sniffLength)
  const nul = sample.indexOf('\u0000')
  if (nul !== -1) throw new BinaryInputError(fileName, `a NUL character at offset ${nul}`, head())
  const controls = sample.match(controlCharacter)?.length ?? 0
  // Text has almost no control characters; binary data decoded as Windows-1252 has many.
  if (controls > sample.length / 10) {
    throw new BinaryInputError(fileName, `${controls} control characters in the first ${sample.length}`, head())
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
