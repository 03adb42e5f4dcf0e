import {expect, it} from 'vitest'

it('exposes the core of the page, for the page and its tests', async () => {
  expect(Object.keys(await import('../src/lib/index.js')).sort()).toEqual([
    'CheckTimeoutError',
    'FileTooLargeError',
    'InvalidFieldDateError',
    'MissingResponseError',
    'PlaygroundInputError',
    'check',
    'maxSourceBytes',
    'readSource',
    'renderResults',
    'resultsJson',
    'sourceFromFile',
    'summarise'
  ])
})
