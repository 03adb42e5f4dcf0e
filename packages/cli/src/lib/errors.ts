import {ScrutinyError} from '@scrutiny/schema'

/**
 * An error the command reports on one line and exits with code 2: bad arguments, a missing or
 * unreadable file, an unsupported format, an invalid date. A `ScrutinyError` like those of the other
 * packages: a `code` (`cli`, `usage`, `file`, `unsupported-format`) and, for a file, its `path`.
 *
 * @example
 *   throw new CliError('Unexpected option `--fast`, expected one of `--as-at`, `--format`')
 */
export class CliError extends ScrutinyError {
  override name = 'CliError'
  /** The process exit code: 2 for every failure that is not a finding about a document. */
  readonly exitCode = 2
}

/** Thrown for arguments the command does not accept; the message ends with how to get help. */
export class UsageError extends CliError {
  override name = 'UsageError'
}

/** Thrown when an input file is missing, unreadable, a folder, or too large. */
export class FileError extends CliError {
  override name = 'FileError'
  /** The path as the user gave it (`-` for standard input). */
  declare readonly path: string

  constructor(path: string, message: string) {
    super(`${path}: ${message}`, path)
  }
}

/** Thrown when a file's format cannot be read (for example `.docx` without `@scrutiny/convert`). */
export class UnsupportedFormatError extends FileError {
  override name = 'UnsupportedFormatError'
}
