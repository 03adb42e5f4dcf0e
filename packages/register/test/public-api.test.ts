import {expect, it} from 'vitest'
import * as register from '../src/index.js'

it('exposes exactly the documented public API', () => {
  expect(Object.keys(register).sort()).toEqual([
    'RegisterFileError',
    'RegisterInputError',
    'extractDocument',
    'layoutName',
    'layoutVersion',
    'openRegister',
    'progressStatus',
    'progressStatuses',
    'tablesSql',
    'updateRegister',
    'viewsSql'
  ])
})
