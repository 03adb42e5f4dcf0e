import {availableParallelism} from 'node:os'
import type {DocumentType, ExtractedDocument} from '@scrutiny/register'
import type {CommandSpec, ParsedArgs} from '../args.js'
import {positiveNumber, stringOption, timeLimitMs, workerOptions} from '../args.js'
import type {Context} from '../context.js'
import {UsageError} from '../errors.js'
import {expandInputs} from '../expand.js'
import type {ExtractResult, ExtractTask} from '../extract-file.js'
import {WorkerPool} from '../pool.js'
import {createProgress} from '../progress.js'

export const spec: CommandSpec = {
  name: 'register',
  summary:
    'Collect reports and responses in a SQLite register (a file sqlite3, DB Browser, Datasette, pandas and R open): documents, findings, grades, response passages and lint verdicts, linked across documents (a response to its report, a passage to the finding it answers, a later report to the earlier finding it restates). Folders are searched for .txt, .md, .html, .docx and .pdf files; .json files named or matched by a glob are read as documents of the Scrutiny schema. Files are parsed on worker threads; an unchanged file is skipped, a changed one replaces its rows, a file that fails is reported and leaves the register as it was for that file while the rest go in. Exits 2 when any file failed. The tables and views are described in docs/register.md.',
  usage: 'scrutiny register <files|folders|globs ...> --db <register.sqlite> [--as auto|report|response] [--jobs <n>]',
  options: {
    db: {type: 'string', value: '<file>', description: 'the register to create or update (required)'},
    as: {type: 'string', value: '<auto|report|response>', description: 'what the files are (default: auto, decided per file)', choices: ['auto', 'report', 'response']},
    ...workerOptions
  },
  positionals: {min: 1, max: Number.POSITIVE_INFINITY, name: 'file, folder or glob'},
  examples: [
    'scrutiny register fixtures/corpus/reports fixtures/corpus/responses fixtures/seed examples/seed-report.json --db register.sqlite',
    "sqlite3 register.sqlite \"SELECT subject, kind, text, path FROM open_findings WHERE subject = 'essex'\""
  ]
}

export async function run(args: ParsedArgs, context: Context): Promise<number> {
  const started = performance.now()
  const db = stringOption(args, 'db')
  if (db === undefined) throw new UsageError(`Missing \`--db <file>\`, expected the register to write (see \`scrutiny register --help\`)`)
  if (args.positionals.includes('-')) throw new UsageError('Unexpected `-`, expected files: the register names every document by its path (see `scrutiny register --help`)')
  const as = (stringOption(args, 'as') ?? 'auto') as DocumentType | 'auto'
  const timeoutMs = timeLimitMs(args, spec)
  const files = [...new Set(await expandInputs(args.positionals, context.cwd))]
  const jobs = Math.min(Math.floor(positiveNumber(args, 'jobs', availableParallelism(), spec)), files.length)
  const {updateRegister} = await import('@scrutiny/register')

  // Started on the first changed file, so a run over unchanged files starts no threads.
  let pool: WorkerPool<ExtractTask, ExtractResult> | undefined
  let id = 0
  const extract = async (path: string, bytes: Uint8Array): Promise<ExtractedDocument> => {
    pool ??= new WorkerPool<ExtractTask, ExtractResult>(new URL('./register-worker.js', import.meta.url), {
      size: jobs,
      timeoutMs,
      onFailure: (task, reason) => ({id: task.id, ok: false, error: `${task.path}: ${reason}`})
    })
    const result = await pool.run({id: id++, path, bytes, as})
    if (!result.ok) throw new Error(result.error)
    return JSON.parse(result.extracted) as ExtractedDocument
  }
  // Failures name files found on disk and quote documents: their control characters are made visible.
  const {escapeControl} = await import('@scrutiny/linter')
  const progress = createProgress(context.stderr, files.length)
  let summary
  try {
    summary = await updateRegister(files, {
      db,
      cwd: context.cwd,
      extract,
      // Responses take several times longer to parse than reports: a deep window keeps workers busy
      // while the file at its head is still being parsed.
      concurrency: jobs * 16,
      onFile(outcome) {
        progress.tick(outcome.status === 'failed')
        if (outcome.status === 'failed') progress.print(`scrutiny: ${escapeControl(outcome.error)}`)
      }
    })
  } finally {
    progress.done()
    await pool?.close()
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const {links} = summary
  context.stderr.write(
    `Registered ${files.length} file${files.length === 1 ? '' : 's'} in ${seconds} s on ${jobs} worker${jobs === 1 ? '' : 's'} into ${escapeControl(db)}: ${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed} failed; links: ${links.responseReports} response-report, ${links.passageFindings} passage-finding, ${links.restatements} restatement\n`
  )
  return summary.failed > 0 ? 2 : 0
}
