import type {CommandSpec, ParsedArgs} from './args.js'
import type {Context} from './context.js'

/** A command module: its spec for `--help` and what it does; loaded only when it runs. */
export interface Command {
  spec: CommandSpec
  /** Resolves to the exit code. */
  run: (args: ParsedArgs, context: Context) => Promise<number>
}

/**
 * Every command, with the one-line summary `scrutiny --help` shows and a lazy loader. An `isolated`
 * command reads documents, so it runs in a worker thread whose heap is capped (`parse` has its own pool).
 */
export const commands: Record<string, {summary: string; load: () => Promise<Command>; isolated?: boolean}> = {
  lint: {summary: 'check a section 55 response against the statute and its report', load: () => import('./commands/lint.js'), isolated: true},
  parse: {summary: 'turn reports or responses into JSON, JSONL or CSV', load: () => import('./commands/parse.js')},
  register: {summary: 'collect reports, responses and their links in a SQLite register', load: () => import('./commands/register.js')},
  validate: {summary: 'check JSON documents against the schema', load: () => import('./commands/validate.js'), isolated: true},
  schema: {summary: 'write the JSON Schema files', load: () => import('./commands/schema.js')},
  deadline: {summary: 'the last permitted day for a response, and days left', load: () => import('./commands/deadline.js')},
  draft: {summary: 'write a draft section 55 response (Word or Markdown) from a report', load: () => import('./commands/draft.js')}
}
