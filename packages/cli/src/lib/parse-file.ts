import {type DocumentType, loadDocument, toPlainMessage} from './document.js'
import {readInput} from './read.js'
import {type RecordFormat, formatRecord} from './records.js'

/** One file for a parse worker; `bytes` is set for standard input, which only the main thread can read. */
export interface ParseTask {
  id: number
  path: string
  bytes?: Uint8Array
  as: DocumentType
  format: RecordFormat
  cwd: string
}

export type ParseResult =
  | {id: number; ok: true; output: string; findings: Record<string, number>; grades: number; restated: number; messages: number}
  | {id: number; ok: false; error: string; stack?: string}

/**
 * Read and parse one file and format its output, so the main thread only writes strings.
 * Never rejects: a failure becomes `{ok: false, error}` naming the file.
 */
export async function parseFile(task: ParseTask): Promise<ParseResult> {
  try {
    const bytes = task.bytes ?? (await readInput(task.path, {stdin: process.stdin, cwd: task.cwd}))
    const loaded = await loadDocument(task.path, bytes, task.as)
    const messages = loaded.messages.map(toPlainMessage)
    const findings: Record<string, number> = {}
    const kinds =
      loaded.type === 'report'
        ? loaded.document.findings.map((finding) => finding.kind)
        : loaded.document.findingResponses.map((answer) => answer.finding.kind ?? 'unmatched')
    for (const kind of kinds) findings[kind] = (findings[kind] ?? 0) + 1
    const grades = loaded.type === 'report' ? loaded.document.grades.length : 0
    const restated = loaded.type === 'report' ? (loaded.document.history?.length ?? 0) : 0
    return {id: task.id, ok: true, output: formatRecord(task.format, task.path, loaded, messages), findings, grades, restated, messages: messages.length}
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    // The parser's and the CLI's errors already name the file; anything else gets it here.
    const named = message.includes(task.path) ? message : `${task.path}: ${message}`
    return {id: task.id, ok: false, error: named, ...(error instanceof Error && error.stack ? {stack: error.stack} : {})}
  }
}
