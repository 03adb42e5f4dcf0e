import type {Block} from '../blocks.js'
import {ConvertError, CorruptDocumentError, EncryptedPdfError, NoTextLayerError, TooManyPagesError} from '../errors.js'
import type {Notice} from '../notice.js'
import {dropRunningLines, readingOrder, toFragments, type Fragment, type TextItem} from './layout.js'
import {linesToBlocks} from './paragraphs.js'
import {leaseWorker, loadPdfjs} from './pdfjs.js'

const expected = 'a PDF document'

/** Read a PDF's text layer into blocks; at most `maxPages` pages, or a `TooManyPagesError`. */
export async function readPdf(bytes: Uint8Array, maxPages: number, path?: string): Promise<{blocks: Block[]; notices: Notice[]}> {
  const pdfjs = await loadPdfjs()
  const lease = await leaseWorker(pdfjs)
  try {
    const task = pdfjs.getDocument({
      // A plain copy: pdf.js detaches the buffer it is given, and refuses Node's Buffer subclass.
      data: new Uint8Array(bytes),
      ...(lease.worker ? {worker: lease.worker} : {}),
      useWasm: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      disableAutoFetch: true,
      disableStream: true,
      enableXfa: false,
      verbosity: 0
    })
    try {
      return await Promise.race([readTask(task, maxPages, path), lease.failed])
    } catch (error) {
      if (error instanceof ConvertError) throw error
      throw new CorruptDocumentError(path, expected, `${(error as Error).name}: ${(error as Error).message}`)
    } finally {
      // Destroys the document too; a failure to clean up (or a dead thread) must not hide the result or the error.
      await Promise.race([task.destroy(), lease.failed]).catch(() => {})
    }
  } finally {
    lease.release()
  }
}

type LoadingTask = ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>

async function readTask(task: LoadingTask, maxPages: number, path: string | undefined): Promise<{blocks: Block[]; notices: Notice[]}> {
  let document: Awaited<LoadingTask['promise']>
  try {
    document = await task.promise
  } catch (error) {
    const {name, message} = error as Error
    if (name === 'PasswordException') throw new EncryptedPdfError(path)
    throw new CorruptDocumentError(path, expected, `${name}: ${message}`)
  }

  if (document.numPages > maxPages) throw new TooManyPagesError(path, document.numPages, maxPages)
  const pages: Array<{fragments: Fragment[]; height: number; bottom: number; left: number; width: number}> = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const [left, bottom, right, top] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const items = content.items.filter((item): item is TextItem & typeof item => 'str' in item)
    pages.push({fragments: toFragments(items, number), height: top - bottom, bottom, left, width: right - left})
    page.cleanup()
  }
  if (pages.every((page) => page.fragments.length === 0)) throw new NoTextLayerError(path, pages.length)

  const {pages: kept, dropped} = dropRunningLines(pages)
  const lines = kept.flatMap((fragments, index) => readingOrder(fragments, pages[index]!.left, pages[index]!.width))
  const notices: Notice[] = []
  const numbers = pages.flatMap((page, index) => (page.fragments.length === 0 ? [index + 1] : []))
  if (numbers.length > 0) {
    notices.push({
      ruleId: 'pdf-no-text',
      values: {pages: numbers.length === 1 ? 'page' : 'pages', numbers: numbers.join(', ')}
    })
  }
  if (dropped > 0) {
    notices.push({ruleId: 'pdf-running-lines', values: {count: String(dropped)}})
  }
  return {blocks: linesToBlocks(lines), notices}
}
