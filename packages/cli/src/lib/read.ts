import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {Readable} from 'node:stream'
import {FileError} from './errors.js'

/** Inputs larger than this are refused as soon as reading passes it, rather than read into memory (64 MiB). */
export const maxInputBytes = 64 * 1024 * 1024

/**
 * Read a file, or standard input for `-`, as bytes; every failure is a one-line `FileError`.
 *
 * @example
 *   await readInput('fixtures/seed/response.txt', context) // => Uint8Array
 *   await readInput('missing.txt', context) // throws FileError: missing.txt: no such file, expected a readable file
 */
export async function readInput(path: string, context: {stdin: Readable; cwd: string}): Promise<Uint8Array> {
  if (path === '-') return readStream(context.stdin)
  const absolute = resolve(context.cwd, path)
  try {
    if ((await stat(absolute)).isDirectory()) throw new FileError(path, 'is a folder, expected a file')
    // The size `stat` gives is 0 for devices, FIFOs and files still growing, so the limit is counted while reading.
    return await readStream(createReadStream(absolute), path)
  } catch (error) {
    throw toFileError(path, error)
  }
}

/** Describe a Node file-system error on one line, naming the file. */
export function toFileError(path: string, error: unknown, expected = 'a readable file'): FileError {
  if (error instanceof FileError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a folder'
          : error instanceof Error
            ? error.message
            : String(error)
  return new FileError(path, `${reason}, expected ${expected}`)
}

/** Read a stream to its end, refusing it (and stopping the stream) once it passes `maxInputBytes`. */
async function readStream(stream: Readable, path = '-'): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array)
    size += bytes.byteLength
    if (size > maxInputBytes) {
      stream.destroy()
      const what = path === '-' ? 'standard input is' : 'is'
      throw new FileError(path, `${what} more than ${maxInputBytes} bytes, expected at most ${maxInputBytes} bytes`)
    }
    chunks.push(bytes)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
