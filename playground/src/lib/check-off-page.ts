import type {CheckInput} from './check.js'
import CheckWorker from './check-worker.js?worker&inline'
import {checkForPage} from './check-reply.js'
import type {CheckReply} from './check-reply.js'
import {CheckTimeoutError} from './errors.js'

/** How long a check may run before the page stops it (60 s, as `scrutiny parse --timeout`). */
export const checkTimeLimitMs = 60_000

/**
 * Check in a worker, stopped after `timeLimitMs`. A page opened from `file://` has an opaque
 * origin, from which Chromium starts no module worker: there the check runs on the page's thread.
 *
 * @throws {CheckTimeoutError} when the check takes longer than the limit; the check's own errors otherwise.
 */
export async function checkOffPage(input: CheckInput, location: Pick<Location, 'protocol'>, timeLimitMs = checkTimeLimitMs): Promise<Extract<CheckReply, {ok: true}>> {
  const reply = location.protocol === 'file:' ? await checkForPage(input) : await inWorker(input, timeLimitMs)
  if (reply.ok) return reply
  throw Object.assign(new Error(reply.message), {name: reply.name})
}

function inWorker(input: CheckInput, timeLimitMs: number): Promise<CheckReply> {
  const worker = new CheckWorker()
  return new Promise<CheckReply>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CheckTimeoutError(input.response.name, timeLimitMs)), timeLimitMs)
    worker.addEventListener('message', (event: MessageEvent<CheckReply | {ok?: undefined}>) => {
      // pdf.js, bundled into the worker, announces itself on the same channel: only replies count.
      if (typeof event.data?.ok !== 'boolean') return
      clearTimeout(timer)
      resolve(event.data as CheckReply)
    })
    worker.addEventListener('error', (event) => {
      clearTimeout(timer)
      reject(new Error(`Cannot check ${input.response.name}: ${event.message || 'the checking worker failed'}`))
    })
    worker.postMessage(input)
  }).finally(() => worker.terminate())
}
