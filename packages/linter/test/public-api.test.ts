import {expect, it} from 'vitest'

it('exports exactly the public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'ConfigError',
    'RuleError',
    'ScrutinyConfig',
    'coverage',
    'deadlineStatus',
    'defineRule',
    'disabledRules',
    'escapeControl',
    'link',
    'lint',
    'parseConfig',
    'presets',
    'reportGithub',
    'reportJson',
    'reportSarif',
    'reportStylish',
    'reportText',
    'ruleSpecs',
    'rules',
    'stringifyEscaped',
    'summariseDeadline'
  ])
})
