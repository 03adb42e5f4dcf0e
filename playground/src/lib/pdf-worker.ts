import {GlobalWorkerOptions} from 'pdfjs-dist/legacy/build/pdf.mjs'
// Bundled into the page as a blob worker: pdf.js never fetches its worker from anywhere.
import PdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?worker&inline'

/**
 * Give pdf.js (the same build `@scrutiny/convert` loads) a real worker, created on the first PDF,
 * so a long report is read off the main thread. A page opened from `file://` has an opaque origin,
 * from which Chromium will not start a module worker; there pdf.js runs on the page's own thread
 * (its "fake worker", which `@scrutiny/convert` sets up when no worker is configured).
 */
export function ensurePdfWorker(location: Pick<Location, 'protocol'>): void {
  if (location.protocol === 'file:') return
  GlobalWorkerOptions.workerPort ??= new PdfWorker()
}
