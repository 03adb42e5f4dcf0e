import {createWriteStream} from 'node:fs'
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import type {CommandSpec, ParsedArgs} from '../args.js'
import {positiveNumber, stringOption, timeLimitMs, workerOptions} from '../args.js'
import type {Context, Output} from '../context.js'
import {write} from '../context.js'
import type {DocumentType} from '../document.js'
import {expandInputs} from '../expand.js'
import type {ParseResult, ParseTask} from '../parse-file.js'
import {WorkerPool} from '../pool.js'
import {createProgress} from '../progress.js'
import {readInput, toFileError} from '../read.js'
import {type RecordFormat, csvHeader} from '../records.js'

export const spec: CommandSpec = {
  name: 'parse',
  summary:
    'Parse inspection reports (or responses) into the Scrutiny document model. Folders are searched for .txt, .md, .html, .docx and .pdf files; files are parsed on worker threads and written in the order given, one record per file ({file, report, messages}), or one CSV row per finding and per grade. A file that fails is reported and the rest are still written; a summary closes the run on stderr. Exits 2 when any file failed.',
  usage: 'scrutiny parse <files|folders|globs ...> [--as report|response] [--format json|jsonl|csv] [--out <file>] [--jobs <n>]',
  options: {
    as: {type: 'string', value: '<report|response>', description: 'what the files are (default: report)', choices: ['report', 'response']},
    format: {type: 'string', value: '<json|jsonl|csv>', description: 'output format (default: json)', choices: ['json', 'jsonl', 'csv']},
    out: {type: 'string', short: 'o', value: '<file>', description: 'write to this file instead of standard output'},
    ...workerOptions
  },
  positionals: {min: 1, max: Number.POSITIVE_INFINITY, name: 'file, folder or glob (or - for standard input)'},
  examples: [
    'scrutiny parse fixtures/corpus/reports --format csv --out findings.csv',
    "scrutiny parse 'reports/**/*.html' --format jsonl > reports.jsonl"
  ]
}

async function openOutput(out: string | undefined, context: Context): Promise<Output> {
  if (out === undefined) return context.stdout
  const stream = createWriteStream(resolve(context.cwd, out))
  await new Promise<void>((ready, fail) => {
    stream.once('open', () => ready())
    stream.once('error', (error) => fail(toFileError(out, error, 'a writable file')))
  })
  return stream
}

async function closeOutput(stream: Output, context: Context): Promise<void> {
  if (stream === context.stdout) return
  await new Promise<void>((done, fail) => {
    stream.once('error', fail)
    stream.end(() => done())
  })
}

export async function run(args: ParsedArgs, context: Context): Promise<number> {
  const started = performance.now()
  const as = (stringOption(args, 'as') ?? 'report') as DocumentType
  const format = (stringOption(args, 'format') ?? 'json') as RecordFormat
  const timeoutMs = timeLimitMs(args, spec)
  const files = await expandInputs(args.positionals, context.cwd)
  const jobs = Math.min(Math.floor(positiveNumber(args, 'jobs', availableParallelism(), spec)), files.length)
  // Standard input belongs to this thread, so it is read here and handed to a worker as bytes.
  const stdin = files.includes('-') ? await readInput('-', context) : undefined
  const output = await openOutput(stringOption(args, 'out'), context)
  // Errors name files and quote documents: their control characters are made visible.
  const {escapeControl} = await import('@scrutiny/linter')

  const pool = new WorkerPool<ParseTask, ParseResult>(new URL('./worker.js', import.meta.url), {
    size: jobs,
    timeoutMs,
    onFailure: (task, reason) => ({id: task.id, ok: false, error: `${task.path}: ${reason}`})
  })
  const progress = createProgress(context.stderr, files.length)
  const findings: Record<string, number> = {}
  let grades = 0
  let restated = 0
  let failed = 0
  let messages = 0
  let written = 0

  // Results are written in input order; at most `window` files are in flight or waiting to be
  // written, so memory does not grow with the number of files.
  const window = jobs * 4
  const pending: Array<Promise<ParseResult>> = []
  let next = 0
  const submit = () => {
    const path = files[next]!
    pending.push(pool.run({id: next, path, as, format, cwd: context.cwd, ...(path === '-' && stdin ? {bytes: stdin} : {})}))
    next++
  }

  try {
    if (format === 'csv') await write(output, csvHeader)
    if (format === 'json') await write(output, '[\n')
    while (next < files.length || pending.length > 0) {
      while (next < files.length && pending.length < window) submit()
      const result = await pending.shift()!
      progress.tick(!result.ok)
      if (!result.ok) {
        failed++
        progress.print(`scrutiny: ${escapeControl(result.error)}`)
        if (context.debug && result.stack) progress.print(escapeControl(result.stack))
        continue
      }
      messages += result.messages
      grades += result.grades
      restated += result.restated
      for (const [kind, count] of Object.entries(result.findings)) findings[kind] = (findings[kind] ?? 0) + count
      await write(output, format === 'json' ? `${written > 0 ? ',\n' : ''}${result.output}` : result.output)
      written++
    }
    if (format === 'json') await write(output, `${written > 0 ? '\n' : ''}]\n`)
  } finally {
    progress.done()
    await pool.close()
    await closeOutput(output, context)
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const kinds = Object.entries(findings)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${count} ${kind}`)
  const noun = as === 'report' ? 'findings' : 'passages answering findings'
  context.stderr.write(
    `Parsed ${files.length} file${files.length === 1 ? '' : 's'} in ${seconds} s on ${jobs} worker${jobs === 1 ? '' : 's'}: ${written} written, ${failed} failed; ${noun}: ${kinds.length > 0 ? kinds.join(', ') : 'none'}; ${as === 'report' ? `grades: ${grades}; restated from earlier inspections: ${restated}; ` : ''}${messages} parser message${messages === 1 ? '' : 's'}\n`
  )
  return failed > 0 ? 2 : 0
}
