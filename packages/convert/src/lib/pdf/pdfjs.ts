/**
 * The one place that loads pdf.js. The legacy build runs in Node 20 and in older browsers.
 *
 * In Node, pdf.js runs in a worker thread of its own (one per process, started on the first read and
 * not keeping the process alive): pdf.js's worker code leaves some of its own promises unawaited when
 * a file is corrupt (a page-tree prefetch that fails while loading is abandoned), and on the calling
 * thread those surface as unhandled rejections in the host process, after `readDocument` has already
 * rejected with a typed error. In the thread they are dropped; the real error still reaches the caller.
 *
 * Elsewhere (a browser), with no worker configured the worker code is imported and runs on the
 * calling thread (pdf.js's "fake worker", which looks for `globalThis.pdfjsWorker`); a browser app
 * that wants a real worker sets `GlobalWorkerOptions.workerPort` (or `workerSrc`) from
 * `pdfjs-dist/legacy/build/pdf.mjs` before the first read, and that is used instead.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfWorker = InstanceType<Pdfjs['PDFWorker']>
type PdfWorkerOptions = NonNullable<Parameters<Pdfjs['PDFWorker']['create']>[0]>

let loading: Promise<Pdfjs> | undefined

/** Load pdf.js once (lazily, so reading only `.docx` never pays for it). */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load()
  return loading
}

async function load(): Promise<Pdfjs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const options = pdfjs.GlobalWorkerOptions
  const scope = globalThis as {pdfjsWorker?: unknown}
  if (!isNode() && !options.workerPort && !options.workerSrc && !scope.pdfjsWorker) {
    scope.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  }
  return pdfjs
}

function isNode(): boolean {
  const scope = globalThis as {process?: {versions?: {node?: unknown}}}
  return typeof scope.process?.versions?.node === 'string'
}

/** A pdf.js worker lent for one read: `release` when done with it; `failed` rejects if its thread dies. */
export interface WorkerLease {
  worker?: PdfWorker
  failed: Promise<never>
  release(): void
}

interface NodeWorker {
  worker: PdfWorker
  failed: Promise<never>
  /** Keep the process alive for one more read, until the function returned is called. */
  hold(): () => void
}

let thread: Promise<NodeWorker | undefined> | undefined

// Runs in the thread (CommonJS, evaluated): pdf.js's worker on the port it is given.
const threadCode = `const {workerData} = require('node:worker_threads')
process.on('unhandledRejection', () => {})
import(workerData.url).then(({WorkerMessageHandler}) => WorkerMessageHandler.initializeFromPort(workerData.port))`

/**
 * The worker to read one PDF with: in Node the shared pdf.js thread (referenced while any read is in
 * progress, so the process waits for it), else none (pdf.js's own choice, see above).
 */
export async function leaseWorker(pdfjs: Pdfjs): Promise<WorkerLease> {
  const never = new Promise<never>(() => {})
  if (!isNode() || pdfjs.GlobalWorkerOptions.workerPort) return {failed: never, release() {}}
  thread ??= startThread(pdfjs)
  const started = await thread
  if (!started) return {failed: never, release() {}}
  return {worker: started.worker, failed: started.failed, release: started.hold()}
}

async function startThread(pdfjs: Pdfjs): Promise<NodeWorker | undefined> {
  let threads: typeof import('node:worker_threads')
  let url: string
  try {
    threads = await nodeModule<typeof import('node:worker_threads')>('node:worker_threads')
    url = await workerUrl()
  } catch {
    // No threads here (or pdf.js not where Node looks): pdf.js's fake worker, on this thread.
    return undefined
  }
  const {port1, port2} = new threads.MessageChannel()
  const worker = new threads.Worker(threadCode, {
    eval: true,
    workerData: {url, port: port2},
    transferList: [port2]
  })
  const failed = new Promise<never>((_, reject) => {
    const fail = (error: unknown) => {
      // A later read starts a fresh thread; this one's pending reads reject.
      thread = undefined
      port1.close()
      reject(error instanceof Error ? error : new Error(`The pdf.js worker thread stopped (${String(error)})`))
    }
    worker.once('error', fail)
    worker.once('exit', (code) => fail(`exit code ${code}`))
  })
  failed.catch(() => {})
  worker.unref()
  port1.unref()
  let reads = 0
  return {
    worker: pdfjs.PDFWorker.create({port: port1 as unknown as NonNullable<PdfWorkerOptions['port']>, verbosity: 0}),
    failed,
    hold() {
      if (reads++ === 0) {
        worker.ref()
        port1.ref()
      }
      let held = true
      return () => {
        if (!held) return
        held = false
        if (--reads > 0) return
        worker.unref()
        port1.unref()
      }
    }
  }
}

/** Where pdf.js's worker module is, resolved from this package as `import()` here would resolve it. */
async function workerUrl(): Promise<string> {
  const {createRequire} = await nodeModule<typeof import('node:module')>('node:module')
  const {pathToFileURL} = await nodeModule<typeof import('node:url')>('node:url')
  return pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href
}

/** A Node built-in, imported by a name bundlers leave alone: browser builds never load it. */
function nodeModule<T>(name: string): Promise<T> {
  return import(/* @vite-ignore */ name) as Promise<T>
}
