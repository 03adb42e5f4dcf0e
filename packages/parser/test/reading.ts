import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {textToMdast} from '../src/index.js'
import type {ReaderFactory} from '../src/lib/report/context.js'
import {reportBlocks} from '../src/lib/report/blocks.js'
import {ReportReading} from '../src/lib/report/read-report.js'

// Helpers of the reader tests: a corpus page as the readers see it, read by some readers only.

const fixtures = new URL('../../../fixtures/', import.meta.url)

/** A corpus page (tuned part) without its fixture header, segment separators blanked. */
export function corpus(name: string): {text: string; title: string} {
  const raw = readFileSync(new URL(`corpus/reports/${name}.txt`, fixtures), 'utf8')
  const title = /^title:\s*(.*)$/m.exec(raw)![1]!
  return {text: raw.slice(raw.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, ''), title}
}

/** Read plain text with the given layout readers only, over the context parseReport gives them all. */
export function readWith(readers: ReaderFactory[], text: string, title?: string) {
  const file = new VFile({value: text})
  const reading = new ReportReading(file, text, readers, {...(title ? {title} : {}), plainText: true})
  reportBlocks(textToMdast(text), text, 'text', (block) => reading.add(block))
  return reading.finish()
}
