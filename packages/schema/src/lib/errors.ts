/** Thrown when a value is not the ISO date (`YYYY-MM-DD`) a function expects; echoes the input. */
export class InvalidDateError extends Error {
  override name = 'InvalidDateError'
  readonly input: unknown

  constructor(input: unknown, what = 'date') {
    super(`Invalid ${what} ${JSON.stringify(input)}: expected a calendar date written YYYY-MM-DD, such as "2024-05-14"`)
    this.input = input
  }
}
