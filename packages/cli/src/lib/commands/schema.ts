import {mkdir, writeFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import type {CommandSpec, ParsedArgs} from '../args.js'
import {stringOption} from '../args.js'
import type {Context} from '../context.js'
import {toFileError} from '../read.js'

export const spec: CommandSpec = {
  name: 'schema',
  summary:
    'Write the JSON Schema (draft 2020-12) of both documents, inspection-report.schema.json and statutory-response.schema.json, generated from @scrutiny/schema.',
  usage: 'scrutiny schema [--out <dir>]',
  options: {
    out: {type: 'string', value: '<dir>', description: 'folder to write into, created if missing (default: the current folder)'}
  },
  positionals: {min: 0, max: 0, name: 'arguments'},
  examples: ['scrutiny schema --out schemas']
}

export async function run(args: ParsedArgs, context: Context): Promise<number> {
  const {documentSchemas, toJsonSchema} = await import('@scrutiny/schema')
  const out = stringOption(args, 'out') ?? '.'
  const folder = resolve(context.cwd, out)
  try {
    await mkdir(folder, {recursive: true})
  } catch (error) {
    throw toFileError(out, error, 'a folder that can be created')
  }
  for (const name of Object.keys(documentSchemas) as Array<keyof typeof documentSchemas>) {
    const path = join(out, `${name}.schema.json`)
    try {
      await writeFile(resolve(context.cwd, path), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`)
    } catch (error) {
      throw toFileError(path, error, 'a writable file')
    }
    context.stdout.write(`wrote ${path}\n`)
  }
  return 0
}
