import {Readable, Writable} from 'node:stream'
import {Worker, parentPort} from 'node:worker_threads'
import {commands} from './commands.js'
import type {Context, Output} from './context.js'
import {CliError} from './errors.js'
import {reportFailure} from './failure.js'
import {readInput} from './read.js'

/**
 * The heap a thread reading documents may use, in MiB. V8 stops the thread when its heap passes
 * this, and the command fails with one line instead of the process dying out of memory; with the
 * main thread, the input bytes and the young generation, the process stays under 1 GiB.
 */
export const maxHeapMb = 640

/** The `resourceLimits` of every thread that reads documents. */
export const documentThreadLimits = {maxOldGenerationSizeMb: maxHeapMb}

/** A command to run in a thread of its own: what it needs of the main thread's context. */
export interface IsolatedCommand {
  kind: 'command'
  name: string
  argv: string[]
  cwd: string
  env: Record<string, string | undefined>
  debug: boolean
  /** Standard input, read (within the input limit) by the main thread, which owns it. */
  stdin?: Uint8Array
  stdout: {isTTY: boolean; columns?: number}
  stderr: {isTTY: boolean; columns?: number}
}

type ThreadMessage = {stream: 'stdout' | 'stderr'; chunk: string} | {exitCode: number}

const terminal = (stream: Output) => ({isTTY: stream.isTTY === true, ...(stream.columns ? {columns: stream.columns} : {})})

/** Why a thread failed, in words: running out of its heap is named as such. */
export function threadFailure(error: Error & {code?: string}): string {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return `worker crashed: ${error.message}`
  return `needs more than the ${maxHeapMb} MiB of memory a document may use (the cap that keeps scrutiny under 1 GiB), expected a smaller document; split it, or save Markdown or HTML as plain text`
}

/** Why a thread was stopped at its time limit, in words. */
export function timeLimitFailure(timeoutMs: number): string {
  return `timed out after ${timeoutMs / 1000} s (the --timeout limit), expected a smaller or simpler document`
}

/** What `runIsolated` needs to know of the command: its time limit and the files it reads. */
export interface IsolatedLimits {
  timeoutMs: number
  /** The files named on the command line, for the one line a failure prints. */
  files: string[]
}

/**
 * Run a command that reads documents in a worker thread with a capped heap and a time limit,
 * relaying its output, so a document too large to hold or too slow to read ends the command with
 * exit 2 and one line, not the process.
 */
export async function runIsolated(name: string, argv: string[], context: Context, limits: IsolatedLimits): Promise<number> {
  const stdin = argv.includes('-') ? await readInput('-', context) : undefined
  const task: IsolatedCommand = {
    kind: 'command',
    name,
    argv,
    cwd: context.cwd,
    env: context.env,
    debug: context.debug,
    ...(stdin ? {stdin} : {}),
    stdout: terminal(context.stdout),
    stderr: terminal(context.stderr)
  }
  const worker = new Worker(new URL('./worker.js', import.meta.url), {resourceLimits: documentThreadLimits})
  let timer: NodeJS.Timeout | undefined
  const exitCode = await new Promise<number>((resolve) => {
    // The line names the files as given, so it is printed like every failure: control characters escaped.
    let failure: Promise<number> | undefined
    const fail = (reason: string) => {
      failure ??= reportFailure(new CliError(`${limits.files.join(', ') || name}: ${reason}`), context)
      void failure.then(resolve)
    }
    worker.on('message', (message: ThreadMessage) => {
      if ('exitCode' in message) resolve(message.exitCode)
      else context[message.stream].write(message.chunk)
    })
    worker.on('error', (error: Error & {code?: string}) => fail(threadFailure(error)))
    worker.on('exit', () => void (failure ?? Promise.resolve(2)).then(resolve))
    timer = setTimeout(() => fail(timeLimitFailure(limits.timeoutMs)), limits.timeoutMs)
    worker.postMessage(task)
  })
  clearTimeout(timer)
  worker.removeAllListeners()
  await worker.terminate()
  return exitCode
}

/** In the worker thread: run the command with streams that relay to the main thread. */
export async function runInThread(task: IsolatedCommand): Promise<void> {
  const relay = (stream: 'stdout' | 'stderr'): Output =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          parentPort?.postMessage({stream, chunk: String(chunk)} satisfies ThreadMessage)
          done()
        }
      }),
      task[stream]
    )
  const context: Context = {
    stdin: Readable.from(task.stdin ? [task.stdin] : []),
    stdout: relay('stdout'),
    stderr: relay('stderr'),
    env: task.env,
    cwd: task.cwd,
    debug: task.debug
  }
  let exitCode: number
  try {
    const command = await commands[task.name]!.load()
    const {parseCommandArgs} = await import('./args.js')
    exitCode = await command.run(parseCommandArgs(command.spec, task.argv), context)
  } catch (error) {
    exitCode = await reportFailure(error, context)
  }
  parentPort?.postMessage({exitCode} satisfies ThreadMessage)
}
