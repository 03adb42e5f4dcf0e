import type {CommandSpec, ParsedArgs} from '../args.js'
import {stringOption, timeoutOption} from '../args.js'
import {painter} from '../color.js'
import type {Context} from '../context.js'
import {CliError, FileError} from '../errors.js'
import {readInput} from '../read.js'
import {reportFailure} from '../failure.js'

export const spec: CommandSpec = {
  name: 'validate',
  summary:
    'Check JSON documents against the schema of an inspection report or a statutory response and print every problem as `file: path: message`. A file may hold one document, an array of them, JSON lines, or the records `scrutiny parse` writes. Exits 1 when a document is invalid.',
  usage: 'scrutiny validate <json ...> [--as report|response] [--timeout <seconds>]',
  options: {
    as: {
      type: 'string',
      value: '<report|response>',
      description: 'the document type (default: a document with `findings` is a report, with `findingResponses` a response)',
      choices: ['report', 'response']
    },
    timeout: timeoutOption
  },
  positionals: {min: 1, max: Number.POSITIVE_INFINITY, name: 'JSON file (or - for standard input)'},
  examples: ['scrutiny validate examples/seed-report.json examples/seed-response.json']
}

type DocumentType = 'report' | 'response'

/** One document to check and the label that names it in messages (`file`, `file[2]`, `file:3`). */
interface Entry {
  label: string
  value: unknown
}

/** The documents a JSON or JSON-lines text holds; `scrutiny parse` records are unwrapped. */
function entries(path: string, text: string): Entry[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const lines = text.split('\n').filter((line) => line.trim() !== '')
    if (lines.length < 2) throw notJson(path, error)
    return lines.map((line, index) => {
      try {
        return {label: `${path}:${index + 1}`, value: JSON.parse(line)}
      } catch (lineError) {
        throw notJson(`${path}:${index + 1}`, lineError)
      }
    })
  }
  return Array.isArray(value) ? value.map((item, index) => ({label: `${path}[${index}]`, value: item})) : [{label: path, value}]
}

function notJson(label: string, error: unknown): FileError {
  const reason = error instanceof Error ? error.message : String(error)
  return new FileError(label, `not JSON (${reason}), expected a JSON document or JSON lines`)
}

/** A `scrutiny parse` record holds the document under `report` or `response`. */
function unwrap(value: unknown): {value: unknown; type?: DocumentType} {
  if (value && typeof value === 'object' && 'file' in value) {
    if ('report' in value) return {value: value.report, type: 'report'}
    if ('response' in value) return {value: value.response, type: 'response'}
  }
  return {value}
}

function sniff(value: unknown): DocumentType | undefined {
  if (value && typeof value === 'object') {
    if ('findings' in value) return 'report'
    if ('findingResponses' in value) return 'response'
  }
  return undefined
}

export async function run(args: ParsedArgs, context: Context): Promise<number> {
  const {validateInspectionReport, validateStatutoryResponse} = await import('@scrutiny/schema')
  // Labels name files found on disk, and issue paths the document's own keys: printed escaped.
  const {escapeControl} = await import('@scrutiny/linter')
  const forced = stringOption(args, 'as') as DocumentType | undefined
  const paint = painter(context.stdout, context.env)
  let exitCode = 0
  for (const path of args.positionals) {
    try {
      const bytes = await readInput(path, context)
      const text = new TextDecoder().decode(bytes)
      if (text.trim() === '') throw new FileError(path, 'is empty, expected a JSON document')
      for (const entry of entries(path, text)) {
        const {value, type: wrapped} = unwrap(entry.value)
        const type = forced ?? wrapped ?? sniff(value)
        if (!type) {
          throw new CliError(
            `${entry.label}: cannot tell the document type, expected \`findings\` (a report) or \`findingResponses\` (a response), or pass --as`
          )
        }
        const result = type === 'report' ? validateInspectionReport(value) : validateStatutoryResponse(value)
        const name = type === 'report' ? 'inspection report' : 'statutory response'
        const label = escapeControl(entry.label)
        if (result.success) {
          context.stdout.write(`${label}: ${paint('green', `valid ${name}`)}\n`)
          continue
        }
        exitCode = Math.max(exitCode, 1)
        context.stdout.write(`${label}: ${paint('red', `invalid ${name}`)}, ${result.issues.length} issue(s)\n`)
        for (const issue of result.issues) context.stdout.write(`${label}: ${escapeControl(`${issue.path}: ${issue.message}`)}\n`)
      }
    } catch (error) {
      // One unreadable file is reported and the others are still checked.
      exitCode = Math.max(exitCode, await reportFailure(error, context))
    }
  }
  return exitCode
}
