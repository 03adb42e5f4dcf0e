import {writeFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {CommandSpec, ParsedArgs} from '../args.js'
import {stringOption} from '../args.js'
import type {Context} from '../context.js'
import {UsageError} from '../errors.js'
import {toFileError} from '../read.js'
import {readReport} from './lint.js'

export const spec: CommandSpec = {
  name: 'draft',
  summary:
    "Write a draft section 55 response to a report: the heading block (report, local policing body, citation, last permitted day), the three parts of s.55(5) as headings, every cause of concern, recommendation and area for improvement with `[Insert …]` placeholders, the s.55(6) copies and a signature block. `scrutiny lint` reports each placeholder left.",
  usage: 'scrutiny draft <report> --body <name or id> [--out response.docx|response.md] [--as-at <date>]',
  options: {
    body: {
      type: 'string',
      value: '<name or id>',
      description: 'the local policing body or its force: a name ("Police and Crime Commissioner for Warwickshire") or a reference id ("warwickshire")'
    },
    out: {type: 'string', short: 'o', value: '<file>', description: 'write a Word document (.docx) or Markdown (.md) here (default: Markdown on standard output)'},
    'as-at': {type: 'string', value: '<date>', description: 'the day to find the local policing body on when the report has no publication date'}
  },
  positionals: {min: 1, max: 1, name: 'report file: text, Markdown, HTML, Word, PDF, or JSON from `scrutiny parse`'},
  examples: ['scrutiny draft examples/seed-report.json --body warwickshire --out response.docx']
}

export async function run(args: ParsedArgs, context: Context): Promise<number> {
  const body = stringOption(args, 'body')
  if (body === undefined) throw new UsageError('Missing `--body`, expected the local policing body or force to draft for, e.g. `--body warwickshire` (see `scrutiny draft --help`)')
  const out = stringOption(args, 'out')
  if (out !== undefined && !/\.(?:docx|md)$/i.test(out)) {
    throw new UsageError(`Unexpected \`--out ${out}\`, expected a file name ending .docx (Word) or .md (Markdown)`)
  }
  const asAt = stringOption(args, 'as-at')
  const {toDayNumber} = await import('@scrutiny/schema')
  if (asAt !== undefined) toDayNumber(asAt, '--as-at date')
  const word = await import('@scrutiny/word')
  const report = await readReport(args.positionals[0]!, context)
  const draft = word.draftResponse(report, {body, ...(asAt ? {asAt} : {})})
  // The draft quotes the report: on standard output its control characters are made visible; a
  // file written with --out keeps them, as the report has them.
  const {escapeControl} = await import('@scrutiny/linter')
  if (out === undefined) {
    context.stdout.write(escapeControl(word.draftToMarkdown(draft)))
    return 0
  }
  const content = /\.docx$/i.test(out) ? await word.draftToDocx(draft) : word.draftToMarkdown(draft)
  try {
    await writeFile(resolve(context.cwd, out), content)
  } catch (error) {
    throw toFileError(out, error, 'a writable file')
  }
  const placeholders = draft.blocks.flatMap((block) => (block.type === 'paragraph' ? block.content : [])).filter((inline) => typeof inline !== 'string').length
  context.stderr.write(
    escapeControl(`Wrote ${out}: a draft response of the ${draft.body.localPolicingBody.name} to “${report.title}”, ${draft.findings.answered.length + draft.findings.forNoting.length} finding(s), ${placeholders} placeholder(s) to fill${draft.lastPermittedDay ? `; the last day to publish is ${draft.lastPermittedDay}` : ''}.\n`)
  )
  return 0
}
