/**
 * The one place that loads pdf.js. The legacy build runs in Node 20 and in older browsers. With no
 * worker configured, the worker code is imported and runs on the calling thread (pdf.js's "fake
 * worker", which looks for `globalThis.pdfjsWorker`); a browser app that wants a real worker sets
 * `GlobalWorkerOptions.workerPort` (or `workerSrc`) from `pdfjs-dist/legacy/build/pdf.mjs` before
 * the first read, and that is used instead.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

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
  if (!options.workerPort && !options.workerSrc && !scope.pdfjsWorker) {
    scope.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  }
  return pdfjs
}
