import {expect, it} from 'vitest'

it('exports exactly the public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'ConfigError',
    'ScrutinyConfig',
    'coverage',
    'deadlineStatus',
    'disabledRules',
    'escapeControl',
    'lint',
    'parseConfig',
    'reportGithub',
    'reportJson',
    'reportSarif',
    'reportStylish',
    'reportText',
    'rules'
  ])
})
