import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readDocument} from '@scrutiny/convert'
import {lint} from '@scrutiny/linter'
import type {PresetName} from '@scrutiny/linter'
import {parseResponse, responseFromTree} from '@scrutiny/parser'
import type {InspectionReport} from '@scrutiny/schema'
import type {ResponseDraft} from '../src/index.js'
import {placeholderText} from '../src/lib/draft/placeholder.js'
import type {Inline} from '../src/lib/draft/placeholder.js'

/** A paragraph's runs as plain text, placeholders written out: what Word shows. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => (typeof inline === 'string' ? inline : placeholderText(inline))).join('')
}

/** A file of the repository, by its path from the root. */
export function repositoryFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url))))
}

/** The seed's report, as `scrutiny parse` wrote it. */
export const seedReport = JSON.parse(new TextDecoder().decode(repositoryFile('examples/seed-report.json'))) as InspectionReport

/** Lint a Word or Markdown response against `report`, as `scrutiny lint` does. */
export async function lintDocument(document: Uint8Array | string, report: InspectionReport, preset: PresetName) {
  if (typeof document === 'string') {
    const {response, file} = parseResponse(document, {path: 'draft.md'})
    return {response, ...lint(response, {report, preset, file})}
  }
  const {tree, file} = await readDocument(document, {path: 'draft.docx'})
  const {response} = responseFromTree(tree, file, {path: 'draft.docx'})
  return {response, ...lint(response, {report, preset, file})}
}

/** The draft with its placeholders, in order, replaced by `fillers`. */
export function fill(draft: ResponseDraft, fillers: readonly string[]): ResponseDraft {
  let next = 0
  const blocks = draft.blocks.map((block) =>
    block.type === 'paragraph'
      ? {...block, content: block.content.map((inline) => (typeof inline === 'string' ? inline : fillers[next++]!))}
      : block
  )
  if (next !== fillers.length) throw new Error(`Expected ${next} fillers, got ${fillers.length}`)
  return {...draft, blocks}
}
