import {ScrutinyError} from '@scrutiny/schema'

/** An error about one file, a `ScrutinyError` with its `code` and `path`: the message starts with the path. */
class FileNamedError extends ScrutinyError {
  declare readonly path: string

  constructor(path: string, message: string) {
    super(`${path}: ${message}`, path)
  }
}

/**
 * A register file this version cannot use: not SQLite, another program's database, or a register
 * of an older or newer layout. The message names the file, what was found and what was expected.
 *
 * @example
 *   throw new RegisterFileError('register.sqlite', 'unexpected register of layout 0 (an older Scrutiny), expected layout 1; …')
 */
export class RegisterFileError extends FileNamedError {
  override name = 'RegisterFileError'
}

/** A document the register cannot read: an unsupported format, or JSON that is neither a report nor a response. */
export class RegisterInputError extends FileNamedError {
  override name = 'RegisterInputError'
}
