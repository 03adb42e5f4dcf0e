import * as convert from '@scrutiny/convert'
import * as linter from '@scrutiny/linter'
import * as parser from '@scrutiny/parser'
import * as schema from '@scrutiny/schema'
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {loadFixtures} from './fixtures.mjs'
import {defineProperties} from './properties.mjs'
import type {PropertyGroups} from './properties.d.mts'

/** CI runs every property with this seed, so a failure reproduces; `pnpm fuzz` uses random seeds. */
export const ciSeed = 42

const groups = defineProperties({fc, schema, parser, linter, convert}, loadFixtures())

/** Register the properties of one group as tests, each run `runs` times from the fixed seed. */
export function describeProperties(group: keyof PropertyGroups): void {
  describe(`${group}: properties`, () => {
    for (const {name, runs, property} of groups[group]) {
      it(name, async () => {
        await fc.assert(property, {seed: ciSeed, numRuns: runs})
      })
    }
  })
}
