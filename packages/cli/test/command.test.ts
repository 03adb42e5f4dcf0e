import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {type Context, run} from '../src/index.js'
import {scrutiny} from './helpers.js'

/** An in-process context whose streams are collected; `isTTY` stands in for a terminal. */
function fakeContext(options: {isTTY?: boolean; env?: Record<string, string>} = {}) {
  const collect = () => {
    const stream = Object.assign(new PassThrough(), {isTTY: options.isTTY ?? false, text: ''})
    stream.on('data', (chunk: Buffer) => (stream.text += chunk.toString()))
    return stream
  }
  const stdout = collect()
  const stderr = collect()
  const context: Context = {stdin: new PassThrough(), stdout, stderr, env: options.env ?? {}, cwd: process.cwd(), debug: false}
  return {context, stdout, stderr}
}

describe('the command skeleton', () => {
  it('prints the package version', async () => {
    const {version} = (await import('../package.json', {with: {type: 'json'}})).default
    const result = await scrutiny(['--version'])
    expect(result).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it.each(['lint', 'parse', 'register', 'validate', 'schema', 'deadline', 'draft'])('`%s --help` shows usage and an example', async (name) => {
    const result = await scrutiny([name, '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`^Usage: scrutiny ${name} `))
    expect(result.stdout).toMatch(/\nExample:\n {2}scrutiny /)
  })

  it('lists every command under --help, and prints it to stderr with exit 2 when no command is given', async () => {
    const help = await scrutiny(['--help'])
    expect(help.code).toBe(0)
    const commands = help.stdout.split('Commands:\n')[1]!.split('\n\n')[0]!
    expect(commands.match(/^ {2}[a-z]+/gm)).toEqual(['  lint', '  parse', '  register', '  validate', '  schema', '  deadline', '  draft'])
    const bare = await scrutiny([])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toBe(help.stdout)
  })

  it('rejects an unknown command and an unknown option with one line and exit 2', async () => {
    expect(await scrutiny(['lnt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scrutiny: Unexpected command `lnt`, expected one of `lint`, `parse`, `register`, `validate`, `schema`, `deadline`, `draft` (see `scrutiny --help`)\n'
    })
    const option = await scrutiny(['deadline', '2024-05-14', '--fast'])
    expect(option.code).toBe(2)
    expect(option.stderr).toBe(
      "scrutiny: Unknown option '--fast' (usage: scrutiny deadline <report-published-date> [--as-at <date>] [--format text|json]; see `scrutiny deadline --help`)\n"
    )
  })

  it('rejects a value outside an option’s choices', async () => {
    const result = await scrutiny(['deadline', '2024-05-14', '--format', 'xml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^scrutiny: Unexpected `--format xml`, expected one of `text`, `json` \(usage: .*\)\n$/)
  })

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const args = ['deadline', '2024-05-14', '--as-at', '2024-07-02']
    const terminal = fakeContext({isTTY: true})
    expect(await run(args, terminal.context)).toBe(0)
    expect(terminal.stdout.text).toContain('\u001B[33m6 days left\u001B[39m')
    const noColor = fakeContext({isTTY: true, env: {NO_COLOR: '1'}})
    await run(args, noColor.context)
    const pipe = fakeContext({isTTY: false})
    await run(args, pipe.context)
    expect(noColor.stdout.text).toBe(pipe.stdout.text)
    expect(pipe.stdout.text).not.toContain('\u001B[')
  })

  it('prints the stack of a failure only with --debug', async () => {
    const plain = await scrutiny(['deadline', '2024-02-30'])
    expect(plain.stderr.split('\n')).toHaveLength(2)
    const debug = await scrutiny(['deadline', '2024-02-30', '--debug'])
    expect(debug.code).toBe(2)
    expect(debug.stderr).toMatch(/^scrutiny: Invalid report publication date "2024-02-30".*\nInvalidDateError: .*\n {4}at /)
  })
})
