import {isoDay} from '@scrutiny/parser/internal'

/** What a provenance header says about the document below it. */
export interface Provenance {
  /** A header names a report by `title:` and a response by `respondent:`. */
  type?: 'report' | 'response'
  title?: string
  url?: string
  publishedOn?: string
}

// `key: value` lines up to a line `---`, starting with `source:` (the format of fixtures/corpus, and
// of any copy saved with where it came from). Bounded so a long file is never scanned for it.
const headerLine = /^[a-z_]+:[^\n]*$/
const maxHeaderLines = 20
const segmentLine = /^=== segment [^\n]*$/gm
// "2 March 2017", "2nd March, 2017": the day is checked by the parser's date reader (no 31 February).
const writtenDate = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9}),? (\d{4})\b/

/** The same text with everything but line breaks blanked, so positions still point into the file. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ')

function isoDate(written: string | undefined): string | undefined {
  const match = written === undefined ? null : writtenDate.exec(written)
  return match ? isoDay(match[1]!, match[2]!, match[3]!) : undefined
}

/**
 * Split a saved copy into its provenance header and the published text. The header (`source:`,
 * `title:`, `published:` … then `---`) and `=== segment` separator lines are not document text, so
 * they are blanked in place: positions of findings and passages stay those of the file.
 *
 * @example
 *   readProvenance('source: https://…\ntitle: Essex PEEL 2016\npublished: 2 March 2017\n---\nEssex PEEL 2016…')
 *   // => {text: '   …\nEssex PEEL 2016…', provenance: {title: 'Essex PEEL 2016', url: 'https://…', publishedOn: '2017-03-02'}}
 */
export function readProvenance(text: string): {text: string; provenance: Provenance} {
  if (!text.startsWith('source:')) return {text, provenance: {}}
  const lines = text.split('\n', maxHeaderLines + 1)
  const end = lines.indexOf('---')
  if (end === -1 || !lines.slice(0, end).every((line) => headerLine.test(line))) return {text, provenance: {}}
  const fields = new Map(lines.slice(0, end).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]))
  const headerLength = lines.slice(0, end + 1).join('\n').length
  const body = text.slice(headerLength).replace(segmentLine, blank)
  const title = fields.get('title')
  const url = fields.get('source')
  const publishedOn = isoDate(fields.get('published'))
  const type = fields.has('respondent') ? 'response' : title ? 'report' : undefined
  return {
    text: blank(text.slice(0, headerLength)) + body,
    provenance: {...(type ? {type} : {}), ...(title ? {title} : {}), ...(url ? {url} : {}), ...(publishedOn ? {publishedOn} : {})}
  }
}
