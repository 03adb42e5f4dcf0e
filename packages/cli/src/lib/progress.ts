import type {Output} from './context.js'

export interface Progress {
  /** Count one finished file. */
  tick: (failed: boolean) => void
  /** Print a line above the bar (a failure as it happens). */
  print: (line: string) => void
  /** Erase the bar so the summary starts on a clean line. */
  done: () => void
}
const redrawMs = 80

/**
 * A one-line progress bar on `stream`, redrawn at most every 80 ms; a no-op unless `stream` is a
 * terminal, so logs and pipes stay clean.
 *
 * @example
 *   const progress = createProgress(process.stderr, files.length)
 *   progress.tick(false)
 *   progress.done()
 */
export function createProgress(stream: Output, total: number): Progress {
  if (stream.isTTY !== true) return {tick() {}, print: (line) => stream.write(`${line}\n`), done() {}}
  let finished = 0
  let failed = 0
  let drawnAt = 0
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40))
    const filled = Math.round((finished / total) * width)
    const failures = failed > 0 ? `, ${failed} failed` : ''
    stream.write(`\r\u001B[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${total} files${failures}`)
  }
  return {
    tick(fileFailed) {
      finished++
      if (fileFailed) failed++
      const now = Date.now()
      if (now - drawnAt >= redrawMs || finished === total) {
        drawnAt = now
        draw()
      }
    },
    print(line) {
      stream.write(`\r\u001B[K${line}\n`)
      draw()
    },
    done() {
      stream.write('\r\u001B[K')
    }
  }
}
