import {expect, it} from 'vitest'

it('exposes exactly the documented public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['CliError', 'FileError', 'UnsupportedFormatError', 'UsageError', 'run'])
})
