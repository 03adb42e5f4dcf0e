import {EncryptedDocxError} from './errors.js'

// An OLE compound file: how Word stores a document encrypted with a password (the zip package is
// inside, encrypted), where an ordinary .docx is a zip starting `PK`.
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * Throw `EncryptedDocxError` for a password-protected Word document, which would otherwise be
 * reported as a damaged zip.
 *
 * @example assertNotEncrypted(bytes, 'draft.docx')
 */
export function assertNotEncrypted(bytes: Uint8Array, path?: string): void {
  if (compoundFileSignature.every((byte, index) => bytes[index] === byte)) throw new EncryptedDocxError(path)
}
