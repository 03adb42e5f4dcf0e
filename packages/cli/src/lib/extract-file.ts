import type {DocumentType} from '@scrutiny/register'
import {loadReadDocument} from './document.js'

/** One file for a register worker: its bytes are read (and hashed) on the main thread. */
export interface ExtractTask {
  id: number
  path: string
  bytes: Uint8Array
  as: DocumentType | 'auto'
}

/** `extracted` is the `ExtractedDocument` as JSON: a string crosses to the main thread far faster than the objects. */
export type ExtractResult = {id: number; ok: true; extracted: string} | {id: number; ok: false; error: string}

/** Parse one file for the register; never rejects: a failure becomes `{ok: false, error}` naming the file. */
export async function extractFile(task: ExtractTask): Promise<ExtractResult> {
  try {
    const {extractDocument} = await import('@scrutiny/register')
    const extracted = await extractDocument(task.path, task.bytes, {
      as: task.as,
      readTree: async (bytes, options) => (await loadReadDocument(task.path))(bytes, options)
    })
    return {id: task.id, ok: true, extracted: JSON.stringify(extracted)}
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    return {id: task.id, ok: false, error: message.includes(task.path) ? message : `${task.path}: ${message}`}
  }
}
