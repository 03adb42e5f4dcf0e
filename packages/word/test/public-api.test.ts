import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'EncryptedDocxError',
    'UnknownBodyError',
    'WordError',
    'annotateDocx',
    'assertNotEncrypted',
    'commentAuthor',
    'draftResponse',
    'draftToDocx',
    'draftToMarkdown'
  ])
})
