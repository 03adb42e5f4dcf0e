import {ScrutinyError} from '@scrutiny/schema'

/**
 * Base class of every error `@scrutiny/word` throws, a `ScrutinyError` (with `code` and, for a file,
 * `path`). The message names what failed, what was expected and the input (the file, when there is one).
 */
export class WordError extends ScrutinyError {
  override name = 'WordError'
}

/** `--body` names no force or local policing body known to the reference data (on that day). */
export class UnknownBodyError extends WordError {
  override name = 'UnknownBodyError'
  readonly body: string

  constructor(body: string, asAt?: string) {
    super(
      `Cannot draft a response for ${JSON.stringify(body)}: expected the name of a local policing body or force, or a reference id such as "warwickshire"${asAt ? `, with a local policing body on ${asAt}` : ''}`
    )
    this.body = body
  }
}

/** The `.docx` is encrypted with a password (an OLE compound file, not a zip), so it cannot be read or annotated. */
export class EncryptedDocxError extends WordError {
  override name = 'EncryptedDocxError'
  declare readonly path: string

  constructor(path?: string) {
    const name = path || '<input>'
    super(
      `Cannot read \`${name}\`: expected a Word document (.docx zip archive), but it is encrypted with a password; save an unprotected copy (File > Info > Protect Document) and try again`,
      name
    )
  }
}
