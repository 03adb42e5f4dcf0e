import {writeFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import type {InspectionReport} from '@scrutiny/schema'
import type {CommandSpec, ParsedArgs} from '../args.js'
import {stringOption, timeoutOption} from '../args.js'
import type {Context} from '../context.js'
import {useColor} from '../context.js'
import {loadDocument} from '../document.js'
import {FileError, UsageError} from '../errors.js'
import {findConfig} from '../find-config.js'
import {readInput, toFileError} from '../read.js'

export const spec: CommandSpec = {
  name: 'lint',
  summary:
    'Check a section 55 response (text, Markdown, HTML, or Word/PDF with @scrutiny/convert) against the Police Act 1996 and, with --report, against the findings of the report it answers. Exits 1 when there are errors.',
  usage:
    'scrutiny lint <response> [--report <file>] [--report-published <date>] [--published <date>] [--as-at <date>] [--preset recommended|strict] [--config <file>] [--format stylish|text|json|sarif|github] [--annotate <reviewed.docx>] [--timeout <seconds>]',
  options: {
    report: {type: 'string', value: '<file>', description: 'the report answered: its text, or its JSON from `scrutiny parse`'},
    'report-published': {type: 'string', value: '<date>', description: 'the day the report was published (day 1 of the 56)'},
    published: {type: 'string', value: '<date>', description: 'the day the response was published (default: the date it states)'},
    'as-at': {type: 'string', value: '<date>', description: 'today, for a draft not yet published'},
    preset: {type: 'string', value: '<name>', description: 'recommended (the statute) or strict (adds good practice)', choices: ['recommended', 'strict']},
    config: {
      type: 'string',
      value: '<file>',
      description: 'a .scrutinyrc.json with a preset and rule severities (default: the nearest .scrutinyrc.json above the response)'
    },
    format: {
      type: 'string',
      value: '<name>',
      description: 'stylish (default), text (a plain-English report), json, sarif or github',
      choices: ['stylish', 'text', 'json', 'sarif', 'github']
    },
    annotate: {
      type: 'string',
      value: '<file.docx>',
      description: 'for a Word response: also write a copy with every message as a Word comment by "Scrutiny" on its passage'
    },
    timeout: timeoutOption
  },
  positionals: {min: 1, max: 1, name: 'response file (or - for standard input)'},
  examples: [
    'scrutiny lint fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt --report examples/seed-report.json --format text',
    'scrutiny lint fixtures/docx/warwickshire-pcc-response-west-midlands-soc-2024.docx --report examples/seed-report.json --annotate reviewed.docx'
  ]
}

/** The report to lint against (or draft from): JSON (a document or a `scrutiny parse` record) or a text to parse. */
export async function readReport(path: string, context: Context): Promise<InspectionReport> {
  const bytes = await readInput(path, context)
  if (!/\.json$/i.test(path)) return (await loadDocument(path, bytes, 'report')).document
  const {validateInspectionReport} = await import('@scrutiny/schema')
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(bytes))
  } catch (error) {
    throw new FileError(path, `not JSON (${(error as Error).message}), expected an inspection report`)
  }
  const document = value && typeof value === 'object' && 'file' in value && 'report' in value ? value.report : value
  const result = validateInspectionReport(document)
  if (result.success) return result.data
  const [first] = result.issues
  throw new FileError(
    path,
    `not a valid inspection report (${first?.path}: ${first?.message}; ${result.issues.length} issue(s), see \`scrutiny validate\`)`
  )
}

export async function run(args: ParsedArgs, context: Context): Promise<number> {
  const {toDayNumber} = await import('@scrutiny/schema')
  const dates: Record<string, string | undefined> = {}
  for (const name of ['report-published', 'published', 'as-at']) {
    const value = stringOption(args, name)
    if (value !== undefined) toDayNumber(value, `--${name} date`)
    dates[name] = value
  }
  const linter = await import('@scrutiny/linter')
  const path = args.positionals[0]!
  const annotate = stringOption(args, 'annotate')
  const isWord = /\.docx$/i.test(path)
  if (annotate !== undefined && (!isWord || !/\.docx$/i.test(annotate))) {
    throw new UsageError(
      `Unexpected \`--annotate ${annotate}\` for \`${path}\`, expected a Word response (.docx) and a .docx file to write the comments to`
    )
  }
  const given = stringOption(args, 'config')
  const configPath = given ?? (await findConfig(path, context.cwd))
  const folder = path === '-' ? resolve(context.cwd) : dirname(resolve(context.cwd, path))
  if (!given && configPath && dirname(configPath) !== folder) {
    // A config above the response's folder can switch rules off: say which one applies.
    context.stderr.write(`scrutiny: using ${linter.escapeControl(configPath)}, found above the response's folder (pass --config to choose another)\n`)
  }
  const config = configPath
    ? linter.parseConfig(new TextDecoder().decode(await readInput(configPath, context)), configPath)
    : undefined
  const reportPath = stringOption(args, 'report')
  const report = reportPath ? await readReport(reportPath, context) : undefined

  const bytes = await readInput(path, context)
  // A password-protected .docx is not a zip: say so rather than that the zip is damaged.
  if (isWord) (await import('@scrutiny/word')).assertNotEncrypted(bytes, path)
  const loaded = await loadDocument(path, bytes, 'response')
  const preset = stringOption(args, 'preset') as 'recommended' | 'strict' | undefined
  const lint = (options: Parameters<typeof linter.lint>[1]) => {
    try {
      return linter.lint(loaded.document, options)
    } catch (error) {
      // `lint` checks rule ids against its rules; the message should name the config file.
      if (configPath && error instanceof linter.ConfigError) throw new FileError(configPath, error.message)
      throw error
    }
  }
  const result = lint({
    ...(report ? {report} : {}),
    ...(dates['report-published'] ? {reportPublishedOn: dates['report-published']} : {}),
    ...(dates.published ? {publishedOn: dates.published} : {}),
    ...(dates['as-at'] ? {asAt: dates['as-at']} : {}),
    ...(preset ? {preset} : {}),
    ...(config ? {config} : {}),
    file: loaded.file
  })
  // The converter's warnings (macros, external links) are reported with the rules' messages.
  // They carry no rule's outcome: each asks a person to look (cannot tell), in its own words.
  const converted = loaded.messages
    .filter((message) => message.source === 'scrutiny-convert')
    .map((message) => Object.assign(message, {messageId: message.ruleId ?? 'converter', outcome: 'cannot-tell' as const, plain: message.reason}))
  const entry = {file: loaded.file, result: {...result, messages: [...converted, ...result.messages]}, response: loaded.document}
  const format = stringOption(args, 'format') ?? 'stylish'
  const output =
    format === 'text'
      ? linter.reportText(entry)
      : format === 'json'
        ? linter.reportJson(entry)
        : format === 'sarif'
          ? linter.reportSarif(entry)
          : format === 'github'
            ? linter.reportGithub(entry)
            : linter.reportStylish(entry, {color: useColor(context.stdout, context.env)})
  context.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`)
  if (annotate !== undefined) {
    const {annotateDocx} = await import('@scrutiny/word')
    const annotated = await annotateDocx(bytes, result.messages, {path})
    try {
      await writeFile(resolve(context.cwd, annotate), annotated)
    } catch (error) {
      throw toFileError(annotate, error, 'a writable file')
    }
    context.stderr.write(`Wrote ${linter.escapeControl(annotate)}: ${result.messages.length} comment(s) by Scrutiny.\n`)
  }
  return result.messages.some((message) => message.fatal === true) ? 1 : 0
}
