import {expect, it} from 'vitest'

it('exposes exactly the documented public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'BinaryInputError',
    'EmptyInputError',
    'InputError',
    'MarkdownTooDenseError',
    'NestingTooDeepError',
    'UnsupportedFormatError',
    'formatFromExtension',
    'normaliseText',
    'parseReport',
    'parseResponse',
    'remarkScrutinyReport',
    'reportFromTree',
    'responseFromTree',
    'sniffFormat',
    'textToMdast',
    'toMdast'
  ])
})
