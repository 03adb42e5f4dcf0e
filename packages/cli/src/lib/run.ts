import {createRequire} from 'node:module'
import {commands} from './commands.js'
import {type Context, processContext} from './context.js'
import {CliError} from './errors.js'
import {reportFailure} from './failure.js'

/** The version in `package.json`, read by self-reference so it works from `src/` and `dist/`. */
function version(): string {
  return (createRequire(import.meta.url)('@scrutiny/cli/package.json') as {version: string}).version
}

const help = () =>
  [
    'Usage: scrutiny <command> [options]',
    '',
    'Check and parse the documents of police inspection in England and Wales.',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, {summary}]) => `  ${name.padEnd(9)} ${summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also `scrutiny <command> --help`)',
    '  -v, --version  print the version',
    '      --debug    print the stack trace of an unexpected error',
    '',
    'Example:',
    '  scrutiny deadline 2024-05-14 --as-at 2024-07-02',
    ''
  ].join('\n')

/**
 * Run the `scrutiny` command with `argv` (without `node` and the script) and resolve to the exit
 * code: 0 success, 1 problems found in a document, 2 the command could not do its job.
 * Failures are printed on one line to `stderr` (with the stack under `--debug`); never throws.
 *
 * @example
 *   process.exitCode = await run(['deadline', '2024-05-14', '--as-at', '2024-07-02'])
 *   // prints: Last permitted day: 2024-07-08 ... and resolves to 0
 */
export async function run(argv: string[], context: Context = processContext()): Promise<number> {
  const debug = argv.includes('--debug')
  const scoped = {...context, debug: context.debug || debug}
  try {
    const [name, ...rest] = argv
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      ;(name === undefined ? scoped.stderr : scoped.stdout).write(help())
      return name === undefined ? 2 : 0
    }
    if (name === '--version' || name === '-v') {
      scoped.stdout.write(`${version()}\n`)
      return 0
    }
    const entry = Object.hasOwn(commands, name) ? commands[name] : undefined
    if (!entry) {
      throw new CliError(`Unexpected command \`${name}\`, expected one of ${Object.keys(commands).map((known) => `\`${known}\``).join(', ')} (see \`scrutiny --help\`)`)
    }
    const command = await entry.load()
    const {parseCommandArgs, helpText, timeLimitMs} = await import('./args.js')
    const args = parseCommandArgs(command.spec, rest)
    if (args.values.help) {
      scoped.stdout.write(helpText(command.spec))
      return 0
    }
    if (entry.isolated) {
      const {runIsolated} = await import('./isolate.js')
      return await runIsolated(name, rest, scoped, {timeoutMs: timeLimitMs(args, command.spec), files: args.positionals})
    }
    return await command.run(args, scoped)
  } catch (error) {
    return await reportFailure(error, scoped)
  }
}
