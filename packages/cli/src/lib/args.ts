import {parseArgs} from 'node:util'
import {UsageError} from './errors.js'

/** One option of a command, as `node:util` `parseArgs` takes it plus what `--help` prints. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  /** The placeholder shown in help, e.g. `<date>`. */
  value?: string
  description: string
  /** The accepted values of a string option. */
  choices?: readonly string[]
  multiple?: boolean
}

/** What a command accepts and how `--help` describes it. */
export interface CommandSpec {
  name: string
  summary: string
  usage: string
  options: Record<string, OptionSpec>
  /** Fewest and most positional arguments (`Infinity` for any number). */
  positionals: {min: number; max: number; name: string}
  /** Shell lines shown under "Example"; each a real invocation. */
  examples: string[]
}

/** Options every command accepts. */
export const commonOptions: Record<string, OptionSpec> = {
  help: {type: 'boolean', short: 'h', description: 'show this help'},
  debug: {type: 'boolean', description: 'print the stack trace of an unexpected error'}
}

/** The time limit of every command that reads documents on a worker thread, in seconds. */
export const defaultTimeoutSeconds = 60

/** `--timeout`, which every command reading documents on a worker thread accepts. */
export const timeoutOption: OptionSpec = {
  type: 'string',
  value: '<seconds>',
  description: `give up on a file after this long (default: ${defaultTimeoutSeconds})`
}

/** The `--timeout` a command was given, in milliseconds. */
export function timeLimitMs(args: ParsedArgs, spec: CommandSpec): number {
  return positiveNumber(args, 'timeout', defaultTimeoutSeconds, spec) * 1000
}

/** Options of the commands that parse files on worker threads (`parse`, `register`). */
export const workerOptions: Record<'jobs' | 'timeout', OptionSpec> = {
  jobs: {type: 'string', short: 'j', value: '<n>', description: 'worker threads (default: one per core)'},
  timeout: timeoutOption
}

export type ParsedArgs = {values: Record<string, string | string[] | boolean | undefined>; positionals: string[]}

/**
 * Parse a command's arguments strictly, turning every `parseArgs` failure into a one-line
 * `UsageError` that points at `--help`.
 *
 * @example
 *   parseCommandArgs(deadlineSpec, ['2024-05-14', '--as-at', '2024-07-02'])
 *   // => {values: {'as-at': '2024-07-02'}, positionals: ['2024-05-14']}
 */
export function parseCommandArgs(spec: CommandSpec, argv: string[]): ParsedArgs {
  const options = {...commonOptions, ...spec.options}
  let parsed: ParsedArgs
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(options).map(([name, option]) => [
          name,
          {type: option.type, ...(option.short ? {short: option.short} : {}), ...(option.multiple ? {multiple: true} : {})}
        ])
      ),
      allowPositionals: true,
      strict: true
    }) as ParsedArgs
  } catch (error) {
    // `parseArgs` messages run on with advice about `--`; the first sentence is the failure.
    const reason = error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message) : String(error)
    throw usage(spec, reason)
  }
  if (parsed.values.help) return parsed
  for (const [name, option] of Object.entries(options)) {
    const value = parsed.values[name]
    if (option.choices && typeof value === 'string' && !option.choices.includes(value)) {
      throw usage(spec, `Unexpected \`--${name} ${value}\`, expected one of ${option.choices.map((choice) => `\`${choice}\``).join(', ')}`)
    }
  }
  const count = parsed.positionals.length
  if (count < spec.positionals.min) throw usage(spec, `Missing ${spec.positionals.name}`)
  if (count > spec.positionals.max) {
    throw usage(spec, `Unexpected argument \`${parsed.positionals[spec.positionals.max]}\`, expected at most ${spec.positionals.max} ${spec.positionals.name}`)
  }
  return parsed
}

function usage(spec: CommandSpec, reason: string): UsageError {
  return new UsageError(`${reason} (usage: ${spec.usage}; see \`scrutiny ${spec.name} --help\`)`)
}

/** The text `scrutiny <command> --help` prints. */
export function helpText(spec: CommandSpec): string {
  const options = {...spec.options, ...commonOptions}
  const labels = Object.entries(options).map(([name, option]) => {
    const short = option.short ? `-${option.short}, ` : '    '
    return [`${short}--${name}${option.value ? ` ${option.value}` : ''}`, option.description] as const
  })
  const width = Math.max(...labels.map(([label]) => label.length))
  return [
    `Usage: ${spec.usage}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...labels.map(([label, description]) => `  ${label.padEnd(width)}  ${description}`),
    '',
    'Example:',
    ...spec.examples.map((example) => `  ${example}`),
    ''
  ].join('\n')
}

/** Read a string option that `parseArgs` already checked. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name]
  return typeof value === 'string' ? value : undefined
}

/** Read a numeric option that must be positive, e.g. `--jobs 4`; `fallback` when it is not given. */
export function positiveNumber(args: ParsedArgs, name: string, fallback: number, spec: CommandSpec): number {
  const raw = stringOption(args, name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`Unexpected \`--${name} ${raw}\`, expected a positive number (see \`scrutiny ${spec.name} --help\`)`)
  }
  return value
}
