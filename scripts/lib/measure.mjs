// Timing helpers: every figure is a median of several runs, reported with its spread.
import {cpus, totalmem} from 'node:os'

/** Sort ascending, without changing the input. */
const sorted = (values) => [...values].sort((a, b) => a - b)

/** Median (the lower middle for an even count) and the min–max spread of `values`. */
export function summarise(values) {
  const order = sorted(values)
  return {median: order[Math.floor((order.length - 1) / 2)], min: order[0], max: order.at(-1), runs: order.length}
}

/** Time `run` (sync or async) `runs` times after `warmup` untimed calls; milliseconds. */
export async function time(run, {runs = 5, warmup = 1} = {}) {
  for (let index = 0; index < warmup; index++) await run()
  const times = []
  for (let index = 0; index < runs; index++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  return summarise(times)
}

/** The machine, for the table header. */
export function machine() {
  return `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}`
}
