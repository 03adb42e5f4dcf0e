import type fc from 'fast-check'
import type * as convert from '@scrutiny/convert'
import type * as linter from '@scrutiny/linter'
import type * as parser from '@scrutiny/parser'
import type * as schema from '@scrutiny/schema'
import type {Fixtures} from './fixtures.mjs'

export interface Modules {
  fc: typeof fc
  schema: typeof schema
  parser: typeof parser
  linter: typeof linter
  convert: typeof convert
}

export interface NamedProperty {
  name: string
  /** How many cases CI runs (with a fixed seed). */
  runs: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tuple of generated values differs per property
  property: fc.IAsyncProperty<any>
}

export type PropertyGroups = Record<'parseReport' | 'parseResponse' | 'lint' | 'convert', NamedProperty[]>

export function defineProperties(modules: Modules, fixtures: Fixtures): PropertyGroups
