import {Worker} from 'node:worker_threads'
import {documentThreadLimits, threadFailure, timeLimitFailure} from './isolate.js'

interface Slot<Task, Result> {
  worker: Worker
  job?: Job<Task, Result>
  timer?: NodeJS.Timeout
}

interface Job<Task, Result> {
  task: Task
  resolve: (result: Result) => void
}

export interface PoolOptions<Task, Result> {
  /** Worker threads to start. */
  size: number
  /** A task that runs longer is abandoned: its worker is replaced and `onFailure` answers it. */
  timeoutMs: number
  /** The result for a task whose worker crashed or timed out. */
  onFailure: (task: Task, reason: string) => Result
}

/**
 * A fixed set of worker threads running one task each at a time. A worker that crashes or hangs
 * is replaced, and its task resolves through `onFailure`, so one bad file cannot stop a batch.
 *
 * @example
 *   const pool = new WorkerPool(new URL('./worker.js', import.meta.url), {size: 4, timeoutMs: 60_000, onFailure})
 *   const result = await pool.run(task)
 *   await pool.close()
 */
export class WorkerPool<Task, Result> {
  readonly #url: URL
  readonly #options: PoolOptions<Task, Result>
  readonly #slots: Array<Slot<Task, Result>> = []
  readonly #queue: Array<Job<Task, Result>> = []

  constructor(url: URL, options: PoolOptions<Task, Result>) {
    this.#url = url
    this.#options = options
    for (let index = 0; index < options.size; index++) this.#slots.push(this.#start())
  }

  /** Queue a task; resolves with its result, never rejects. */
  run(task: Task): Promise<Result> {
    return new Promise((resolve) => {
      this.#queue.push({task, resolve})
      this.#pump()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()))
  }

  #start(): Slot<Task, Result> {
    const slot: Slot<Task, Result> = {worker: new Worker(this.#url, {resourceLimits: documentThreadLimits})}
    slot.worker.on('message', (result: Result) => this.#finish(slot, result))
    slot.worker.on('error', (error) => this.#fail(slot, threadFailure(error)))
    slot.worker.on('exit', (code) => this.#fail(slot, `worker exited with code ${code}`))
    return slot
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (slot.job) continue
      const job = this.#queue.shift()
      if (!job) return
      slot.job = job
      slot.timer = setTimeout(() => this.#fail(slot, timeLimitFailure(this.#options.timeoutMs)), this.#options.timeoutMs)
      slot.worker.postMessage(job.task)
    }
  }

  #finish(slot: Slot<Task, Result>, result: Result): void {
    clearTimeout(slot.timer)
    const job = slot.job
    slot.job = undefined
    job?.resolve(result)
    this.#pump()
  }

  /** Answer the slot's task with a failure and put a fresh worker in its place. */
  #fail(slot: Slot<Task, Result>, reason: string): void {
    const job = slot.job
    if (!job) return
    clearTimeout(slot.timer)
    slot.job = undefined
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    const index = this.#slots.indexOf(slot)
    if (index !== -1) this.#slots[index] = this.#start()
    job.resolve(this.#options.onFailure(job.task, reason))
    this.#pump()
  }
}
