// Benchmark inputs made from the real fixtures.
import {readFileSync, readdirSync} from 'node:fs'

const fixtures = new URL('../../fixtures/', import.meta.url)

/** Corpus files start with a header; the text starts after the first `---` line. */
export const body = (text) => text.slice(text.indexOf('\n---\n') + 5)

/** The seed response (the Warwickshire PCC's), as text. */
export const seedText = () => readFileSync(new URL('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', fixtures), 'utf8')

/** One corpus report's text, without its header. */
export const corpusReport = (name) => body(readFileSync(new URL(`corpus/reports/${name}`, fixtures), 'utf8'))

/**
 * A report of about `targetBytes`: every corpus report (segment lines removed) and the seed,
 * joined and repeated.
 */
export function corpusReportText(targetBytes) {
  const parts = corpusReportTexts()
  parts.push(seedText())
  const unit = parts.join('\n\n')
  return unit.repeat(Math.ceil(targetBytes / Buffer.byteLength(unit)))
}

/** Every corpus report's text (segment lines removed), one string a document, in name order. */
export function corpusReportTexts() {
  const reports = new URL('corpus/reports/', fixtures)
  return readdirSync(reports)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => body(readFileSync(new URL(name, reports), 'utf8')).replace(/^=== segment .*$/gm, ''))
}
