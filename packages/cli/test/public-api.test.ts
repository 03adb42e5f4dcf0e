import {expect, it} from 'vitest'

it('exposes exactly the documented public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['CliError', 'FileError', 'UnsupportedFormatError', 'UsageError', 'run'])
})

it('throws errors that share the packages\' base class: a code, and the path of a file', async () => {
  const {CliError, FileError, UnsupportedFormatError, UsageError} = await import('../src/index.js')
  const {ScrutinyError} = await import('@scrutiny/schema')
  const missing = new FileError('missing.txt', 'Unexpected missing file, expected a readable file')
  expect(missing).toBeInstanceOf(ScrutinyError)
  expect([missing.code, missing.path, missing.message, missing.exitCode]).toEqual([
    'file',
    'missing.txt',
    'missing.txt: Unexpected missing file, expected a readable file',
    2
  ])
  expect(new UnsupportedFormatError('a.odt', 'Unexpected format').code).toBe('unsupported-format')
  const usage = new UsageError('Unexpected option `--fast`')
  expect([usage instanceof CliError, usage instanceof ScrutinyError, usage.code, usage.path]).toEqual([true, true, 'usage', undefined])
})
