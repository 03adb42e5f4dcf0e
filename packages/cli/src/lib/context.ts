import type {Readable, Writable} from 'node:stream'

/** A stream the command writes to; `isTTY` decides colour and the progress bar. */
export type Output = Writable & {isTTY?: boolean; columns?: number}

/** What a command may touch outside its arguments, so tests and embedders can supply their own. */
export interface Context {
  stdin: Readable
  stdout: Output
  stderr: Output
  env: Record<string, string | undefined>
  cwd: string
  /** Print stacks with errors (`--debug`). */
  debug: boolean
}

/** The real process streams and environment. */
export function processContext(): Context {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    debug: false
  }
}

/**
 * Colour only on a terminal and never when `NO_COLOR` is set to a non-empty value
 * (https://no-color.org).
 */
export function useColor(stream: Output, env: Context['env']): boolean {
  return stream.isTTY === true && !env.NO_COLOR
}

/** Write a chunk and wait for the stream to drain when its buffer is full, so memory stays flat. */
export async function write(stream: Output, chunk: string): Promise<void> {
  if (stream.write(chunk)) return
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done)
      stream.off('error', done)
      if (error) reject(error)
      else resolve()
    }
    stream.on('drain', done)
    stream.on('error', done)
  })
}
