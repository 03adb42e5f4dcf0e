/**
 * The base of every error the @scrutiny packages throw: a message that names the failure, what was
 * expected and the file; a stable `code` for programs; the file's `path` when there is one.
 *
 * @example
 *   try { lint(response, {asAt: '1 July'}) } catch (error) {
 *     if (error instanceof ScrutinyError) console.error(error.code) // 'invalid-date'
 *   }
 */
export class ScrutinyError extends Error {
  override name = 'ScrutinyError'
  /** The file the error is about, when there is one. */
  readonly path?: string

  constructor(message: string, path?: string) {
    super(message)
    if (path !== undefined) this.path = path
  }

  /** The class name in kebab case without "Error": `InvalidDateError` is `invalid-date`. */
  get code(): string {
    return this.name
      .replace(/Error$/, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
  }
}

/** Thrown when a value is not the ISO date (`YYYY-MM-DD`) a function expects; echoes the input. */
export class InvalidDateError extends ScrutinyError {
  override name = 'InvalidDateError'
  readonly input: unknown

  constructor(input: unknown, what = 'date') {
    super(`Invalid ${what} ${JSON.stringify(input)}: expected a calendar date written YYYY-MM-DD, such as "2024-05-14"`)
    this.input = input
  }
}
