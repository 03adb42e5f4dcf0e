import {execFile} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {promisify} from 'node:util'
import {publint} from 'publint'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const packagesDir = new URL('../packages/', import.meta.url)
const packageNames = readdirSync(packagesDir)

describe.each(packageNames)('packages/%s', (name) => {
  it('passes publint with no messages', async () => {
    const {messages} = await publint({pkgDir: new URL(name, packagesDir).pathname, strict: true, pack: 'npm'})
    expect(messages).toEqual([])
  })
})

it('the built @scrutiny/schema imports in plain Node ESM', async () => {
  const script = [
    "import {InspectionReport, forces, responseDeadline} from '@scrutiny/schema'",
    "import reportSchema from '@scrutiny/schema/inspection-report.schema.json' with {type: 'json'}",
    "console.log(typeof InspectionReport.parse, forces.length, responseDeadline('2024-05-14'), reportSchema.$ref)"
  ].join('\n')
  const {stdout} = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: new URL('../examples/', import.meta.url)
  })
  expect(stdout).toBe('function 43 2024-07-08 #/$defs/InspectionReport\n')
})

// The cores run in browsers too (the playground bundles them): reading files is the CLI's job.
it.each(['schema', 'parser', 'linter', 'word'])('the built @scrutiny/%s imports no Node built-in', (name) => {
  const dist = new URL(`${name}/dist/`, packagesDir)
  const builtins = new Set(builtinModules.flatMap((module) => [module, `node:${module}`]))
  const imported = readdirSync(dist)
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => [...readFileSync(new URL(file, dist), 'utf8').matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)])
    .map((match) => match[1] ?? match[2])
  expect(imported.length).toBeGreaterThan(0)
  expect(imported.filter((specifier) => builtins.has(specifier!))).toEqual([])
})
