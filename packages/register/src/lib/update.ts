import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {normaliseName} from '@scrutiny/schema/internal'
import {type DocumentType, type ExtractedDocument, type TreeReader, extractDocument} from './adapter.js'
import {linkResponses, linkRestatements} from './link.js'
import {type Register, openRegister} from './open.js'
import {RegisterInputError} from './errors.js'
import {DocumentStore} from './store.js'

/** What became of one file. */
export type FileOutcome =
  | {path: string; status: 'added' | 'replaced' | 'unchanged'}
  | {path: string; status: 'failed'; error: string}

export interface RegisterOptions {
  /** The register file; created when missing. */
  db: string
  /** Resolves relative paths (default: the process's working directory). Paths are stored as given. */
  cwd?: string
  /** What the files are (default: decided per file). */
  as?: DocumentType | 'auto'
  /** Reads Word and PDF files (e.g. `@scrutiny/convert`'s `readDocument`). */
  readTree?: TreeReader
  /** Parse elsewhere, e.g. on worker threads (default: `extractDocument` in this thread). Rejections fail the file. */
  extract?: (path: string, bytes: Uint8Array) => Promise<ExtractedDocument>
  /** Files read and parsed at once (default 1; raise it when `extract` runs elsewhere). */
  concurrency?: number
  /** Called for each file, in input order, as it is done. */
  onFile?: (outcome: FileOutcome) => void
}

export interface RegisterSummary {
  files: number
  added: number
  replaced: number
  unchanged: number
  failed: number
  /** Rows of each link table after the run. */
  links: {responseReports: number; passageFindings: number; restatements: number}
}

/** Larger files are refused rather than read into memory (64 MiB, as `scrutiny parse`). */
const maxInputBytes = 64 * 1024 * 1024

/** Files stored between two commits. */
const filesPerCommit = 256

type Prepared =
  | {path: string; status: 'unchanged'}
  | {path: string; status: 'parsed'; hash: string; extracted: ExtractedDocument}
  | {path: string; status: 'failed'; error: string}

/** One line naming the file: what failed and what was expected. */
function describe(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return `${path}: no such file, expected a readable file`
  if (code === 'EISDIR') return `${path}: is a folder, expected a file`
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied, expected a readable file`
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  return message.includes(path) ? message : `${path}: ${message}`
}


/**
 * Responses to re-link: the changed ones, those that answered a changed report's old version, and
 * those citing a changed report.
 */
function responsesToLink(db: Register, changedResponses: Set<number>, changedReports: Set<number>): Set<number> {
  const ids = new Set(changedResponses)
  if (changedReports.size === 0) return ids
  const titles = new Set<string>()
  const urls = new Set<string>()
  const report = db.prepare('SELECT title, url FROM documents WHERE id = ?')
  for (const id of changedReports) {
    const row = report.get(id) as {title: string | null; url: string | null}
    if (row.title) titles.add(normaliseName(row.title))
    if (row.url) urls.add(row.url)
  }
  const cited = db.prepare('SELECT document_id, report_title, report_url FROM responses').all() as Array<{document_id: number; report_title: string | null; report_url: string | null}>
  for (const row of cited) {
    if ((row.report_url && urls.has(row.report_url)) || (row.report_title && titles.has(normaliseName(row.report_title)))) ids.add(row.document_id)
  }
  return ids
}

/**
 * Ingest files into a register and re-make the links they touch. Incremental and idempotent: an
 * unchanged file (same SHA-256) is skipped, a changed one replaces its rows in a savepoint, a
 * failed one is reported through `onFile` and leaves the register as it was for that file.
 *
 * @example
 *   const summary = await updateRegister(['fixtures/corpus/reports/peel-2017-essex.txt'], {db: 'register.sqlite'})
 *   summary.added // => 1
 * @throws {RegisterFileError} when `db` is not a register of this layout.
 */
export async function updateRegister(paths: readonly string[], options: RegisterOptions): Promise<RegisterSummary> {
  // A file named twice (a folder and a glob over it) is registered once.
  const files = [...new Set(paths)]
  const cwd = options.cwd ?? process.cwd()
  const extract = options.extract ?? ((path: string, bytes: Uint8Array) => extractDocument(path, bytes, {...(options.as ? {as: options.as} : {}), ...(options.readTree ? {readTree: options.readTree} : {})}))
  const db = openRegister(resolve(cwd, options.db))
  try {
    const store = new DocumentStore(db)
    const summary: RegisterSummary = {files: files.length, added: 0, replaced: 0, unchanged: 0, failed: 0, links: {responseReports: 0, passageFindings: 0, restatements: 0}}
    const changedReports = new Set<number>()
    const changedResponses = new Set<number>()
    const subjects = new Set<string>()

    const prepare = async (path: string): Promise<Prepared> => {
      try {
        // Small files read synchronously cost a fraction of an asynchronous read's round trips.
        const absolute = resolve(cwd, path)
        const {size} = statSync(absolute)
        if (size > maxInputBytes) throw new RegisterInputError(path, `is ${size} bytes, expected at most ${maxInputBytes} bytes`)
        const bytes = new Uint8Array(readFileSync(absolute))
        const hash = createHash('sha256').update(bytes).digest('hex')
        if (store.hashOf(path) === hash) return {path, status: 'unchanged'}
        return {path, status: 'parsed', hash, extracted: await extract(path, bytes)}
      } catch (error) {
        return {path, status: 'failed', error: describe(path, error)}
      }
    }
    const finish = (prepared: Prepared): FileOutcome => {
      if (prepared.status !== 'parsed') return prepared
      try {
        const existed = store.hashOf(prepared.path) !== undefined
        const stored = store.put(prepared.path, prepared.hash, prepared.extracted)
        for (const subject of stored.subjects) subjects.add(subject)
        for (const response of stored.answering) changedResponses.add(response)
        const id = stored.id
        ;(prepared.extracted.type === 'report' ? changedReports : changedResponses).add(id)
        return {path: prepared.path, status: existed ? 'replaced' : 'added'}
      } catch (error) {
        return {path: prepared.path, status: 'failed', error: describe(prepared.path, error)}
      }
    }

    // Files are prepared `concurrency` at a time and stored in input order, so memory stays flat.
    // Each file is a savepoint inside a transaction committed every `filesPerCommit` files: a file
    // that fails still rolls back alone, without the cost of a commit per file.
    const window = Math.max(1, options.concurrency ?? 1)
    const pending: Array<Promise<Prepared>> = []
    let next = 0
    let stored = 0
    db.exec('BEGIN')
    try {
      while (next < files.length || pending.length > 0) {
        while (next < files.length && pending.length < window) pending.push(prepare(files[next++]!))
        const outcome = finish(await pending.shift()!)
        summary[outcome.status]++
        options.onFile?.(outcome)
        if (++stored % filesPerCommit === 0) db.exec('COMMIT; BEGIN')
      }
    } finally {
      db.exec('COMMIT')
    }

    if (changedReports.size + changedResponses.size > 0) {
      db.transaction(() => {
        linkResponses(db, store, responsesToLink(db, changedResponses, changedReports))
        for (const subject of subjects) linkRestatements(db, subject)
      })()
    }
    const count = (table: string) => (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number)
    summary.links = {responseReports: count('response_reports'), passageFindings: count('passage_findings'), restatements: count('restatements')}
    return summary
  } finally {
    db.close()
  }
}
