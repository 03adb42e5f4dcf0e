import {readFileSync} from 'node:fs'
import {parseResponse} from '@scrutiny/parser'
import {assertInspectionReport, assertStatutoryResponse} from '@scrutiny/schema'
import type {Finding, InspectionReport} from '@scrutiny/schema'
import {lint} from '../src/index.js'

const fixtures = new URL('../../../fixtures/', import.meta.url)
export const seedPath = new URL('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', fixtures)
export const seedText = readFileSync(seedPath, 'utf8')
export const seedReport = assertInspectionReport(
  JSON.parse(readFileSync(new URL('../../../examples/seed-report.json', import.meta.url), 'utf8'))
)
export const seedResponseJson = assertStatutoryResponse(
  JSON.parse(readFileSync(new URL('../../../examples/seed-response.json', import.meta.url), 'utf8'))
)

/** The seed parsed from its text, with its VFile. */
export function parseSeed() {
  return parseResponse(seedText, {path: 'warwickshire-pcc-response-west-midlands-soc-2024.txt'})
}

/** A corpus file's text after its header (up to the first `---` line) and the header fields. */
export function readCorpus(name: string): {header: Record<string, string>; text: string} {
  const raw = readFileSync(new URL(`corpus/responses/${name}`, fixtures), 'utf8')
  const split = raw.indexOf('\n---\n')
  const header: Record<string, string> = {}
  for (const line of raw.slice(0, split).split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) header[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return {header, text: raw.slice(split + 5)}
}

/** Options of `lint` a test may give besides the file (dates, a report). */
type LintOptions = Omit<Parameters<typeof lint>[1] & object, 'file'>

/** A corpus response parsed and linted as a new user would (strict preset, no dates given). */
export function read(name: string) {
  return parsedAndLinted(readCorpus(name).text, name)
}

/** Constructed response text parsed and linted as `read` does, with any other options of `lint`. */
export function constructed(text: string, options: LintOptions = {}) {
  return parsedAndLinted(text, 'constructed.txt', options)
}

function parsedAndLinted(text: string, path: string, options: LintOptions = {}) {
  const {response, file} = parseResponse(text, {path})
  return {response, result: lint(response, {file, preset: 'strict', ...options})}
}

/** The outcome of one rule's check in a lint result. */
export const check = (result: ReturnType<typeof lint>, ruleId: string) => result.checks.find((entry) => entry.ruleId === ruleId)

export interface RuleExample {
  config: {valid: boolean; reason?: string; options?: {reportPublishedOn?: string; publishedOn?: string; asAt?: string; findings?: Finding[]; report?: InspectionReport}}
  text: string
}

/** The `@example` blocks of a rule's doc comment: a JSON line, a blank line, then response text. */
export function ruleExamples(id: string): RuleExample[] {
  const source = readFileSync(new URL(`../src/lib/rules/${id}.ts`, import.meta.url), 'utf8')
  // The doc comment of the rule itself: the last one before its `export const`.
  const exported = source.indexOf('export const')
  const start = source.lastIndexOf('/**', exported)
  const comment = source.slice(start, source.indexOf('*/', start))
  return comment
    .split('@example')
    .slice(1)
    .map((chunk) => {
      const lines = chunk.split('\n').map((line) => line.replace(/^\s*\* ?/, '').replace(/^ {2}/, ''))
      const body = lines.slice(1).join('\n').trim()
      const [config, ...text] = body.split('\n')
      return {config: JSON.parse(config ?? '{}') as RuleExample['config'], text: text.join('\n').trim()}
    })
}

