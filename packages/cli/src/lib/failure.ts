import type {Context} from './context.js'
import {CliError} from './errors.js'

/**
 * Print a failure as `scrutiny: message` on one line (plus the stack with `--debug`). Messages name
 * files and quote documents, so their control characters are made visible; the linter that does
 * it is loaded only now, to keep it out of start-up.
 */
export async function reportFailure(error: unknown, context: Pick<Context, 'stderr' | 'debug'>): Promise<number> {
  const {escapeControl} = await import('@scrutiny/linter')
  const expected = error instanceof CliError || isNamedError(error)
  const message = error instanceof Error ? error.message : String(error)
  const firstLine = escapeControl(message.split('\n')[0] ?? '')
  const hint = expected || context.debug ? '' : ' (run again with --debug for the stack trace)'
  context.stderr.write(`scrutiny: ${expected ? '' : 'Unexpected error: '}${firstLine}${hint}\n`)
  if (context.debug && error instanceof Error && error.stack) context.stderr.write(`${escapeControl(error.stack)}\n`)
  return error instanceof CliError ? error.exitCode : 2
}

const builtinErrors = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'AggregateError'])

/**
 * The packages throw named `Error` subclasses (`EmptyInputError`, `InvalidDateError`,
 * `ConfigError`, …) whose message already says what failed and what was expected; a built-in
 * error is a bug, so it gets the `--debug` hint.
 */
function isNamedError(error: unknown): boolean {
  return error instanceof Error && !builtinErrors.has(error.name)
}
