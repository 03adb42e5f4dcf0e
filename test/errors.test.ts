// One error base class across the packages (issue 12): every error a package exports is a
// `ScrutinyError`, with a stable `code` for programs and the file's `path` when there is one.
import {ScrutinyError} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'

const packages = {
  schema: () => import('@scrutiny/schema'),
  parser: () => import('@scrutiny/parser'),
  linter: () => import('@scrutiny/linter'),
  convert: () => import('@scrutiny/convert'),
  word: () => import('@scrutiny/word'),
  register: () => import('@scrutiny/register'),
  cli: () => import('@scrutiny/cli')
}

/** The exported classes whose instances are errors. */
function errorClasses(module: Record<string, unknown>): Array<[string, Function]> {
  return Object.entries(module).filter(
    (entry): entry is [string, Function] => typeof entry[1] === 'function' && entry[1].prototype instanceof Error
  )
}

describe.each(Object.keys(packages) as Array<keyof typeof packages>)('@scrutiny/%s', (name) => {
  it('exports only errors that are ScrutinyErrors', async () => {
    const classes = errorClasses(await packages[name]())
    expect(classes.length).toBeGreaterThan(0)
    expect(classes.filter(([, error]) => error !== ScrutinyError && !(error.prototype instanceof ScrutinyError)).map(([id]) => id)).toEqual([])
  })
})

it('gives the Word and register errors a code and the file path', async () => {
  const {EncryptedDocxError, UnknownBodyError} = await import('@scrutiny/word')
  const {RegisterFileError, RegisterInputError} = await import('@scrutiny/register')
  const errors = [
    new EncryptedDocxError('draft.docx'),
    new UnknownBodyError('Gotham'),
    new RegisterFileError('register.sqlite', 'unexpected register of layout 0, expected layout 1'),
    new RegisterInputError('notes.json', 'unexpected JSON, expected a report or a response')
  ]
  expect(errors.map((error) => [error instanceof ScrutinyError, error.code, error.path])).toEqual([
    [true, 'encrypted-docx', 'draft.docx'],
    [true, 'unknown-body', undefined],
    [true, 'register-file', 'register.sqlite'],
    [true, 'register-input', 'notes.json']
  ])
  expect(errors[2]!.message).toBe('register.sqlite: unexpected register of layout 0, expected layout 1')
})
