import {ScrutinyError} from '@scrutiny/schema'

/**
 * Base of the errors the page itself raises about its input; the message names the file or field and
 * what was expected. A ScrutinyError like every other package's, so one `catch` with `code` serves the
 * page and the packages; `path` is set when the subject is a file (not a form field).
 */
export class PlaygroundInputError extends ScrutinyError {
  override name = 'PlaygroundInputError'
  /** The file or form field the error is about. */
  readonly subject: string

  constructor(subject: string, message: string, isFile = false) {
    super(message, isFile ? subject : undefined)
    this.subject = subject
  }
}

/** The file is larger than the page reads into memory. */
export class FileTooLargeError extends PlaygroundInputError {
  override name = 'FileTooLargeError'

  constructor(fileName: string, bytes: number, maxBytes: number) {
    super(
      fileName,
      `Cannot read ${fileName}: expected at most ${maxBytes / 1024 / 1024} MiB, found ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
      true
    )
  }
}

/** A date field holds something other than a real `YYYY-MM-DD` date. */
export class InvalidFieldDateError extends PlaygroundInputError {
  override name = 'InvalidFieldDateError'

  constructor(field: string, value: string) {
    super(field, `Unexpected ${field.toLowerCase()} \`${value}\`, expected a real date such as 2024-05-14`)
  }
}

/** No response was given: neither a file nor pasted text. */
export class MissingResponseError extends PlaygroundInputError {
  override name = 'MissingResponseError'

  constructor() {
    super('response', 'Unexpected empty response, expected a response file (.docx, .md, .txt, .html) or pasted text')
  }
}

/** The check ran past the page's time limit and was stopped. */
export class CheckTimeoutError extends PlaygroundInputError {
  override name = 'CheckTimeoutError'

  constructor(fileName: string, limitMs: number) {
    super(
      fileName,
      `Cannot check ${fileName}: expected it to be read within ${limitMs / 1000} s, but it took longer and was stopped; try the file as plain text, or the \`scrutiny\` command`,
      true
    )
  }
}
