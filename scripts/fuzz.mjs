// `pnpm fuzz`: the property tests of test/properties, on the built packages, with a random seed
// and many more cases than CI runs. Prints the seed and the counterexample of any failure, so
// `node scripts/fuzz.mjs --seed <seed>` reproduces it.
//
// Options: --seed <n> (default: random), --times <n> (CI's runs × n, default 20),
//          --only <parseReport|parseResponse|lint|convert>.
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {loadFixtures} from '../test/properties/fixtures.mjs'
import {defineProperties} from '../test/properties/properties.mjs'

const {values} = parseArgs({options: {seed: {type: 'string'}, times: {type: 'string', default: '20'}, only: {type: 'string'}}})
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed)
const times = Number(values.times)
if (!Number.isInteger(seed) || !Number.isInteger(times) || times < 1) {
  throw new TypeError(`Unexpected --seed ${values.seed} or --times ${values.times}, expected whole numbers`)
}

const load = (name) => import(new URL(`../packages/${name}/dist/index.js`, import.meta.url).href)
const [schema, parser, linter, convert] = await Promise.all(['schema', 'parser', 'linter', 'convert'].map(load))
const groups = defineProperties({fc, schema, parser, linter, convert}, loadFixtures())
const selected = values.only ? {[values.only]: groups[values.only]} : groups
if (values.only && !groups[values.only]) throw new TypeError(`Unexpected --only ${values.only}, expected one of ${Object.keys(groups).join(', ')}`)

console.log(`fuzz: seed ${seed}, ${times}× the CI runs`)
let failures = 0
let current = ''
// A promise rejected inside a library and never awaited escapes every try/catch: report it
// against the property that was running instead of letting it end the process.
process.on('unhandledRejection', (reason) => {
  failures++
  console.log(`✗ ${current}: unhandled rejection ${reason?.stack ?? reason}`)
})
for (const [group, properties] of Object.entries(selected)) {
  for (const {name, runs, property} of properties) {
    current = `${group}: ${name}`
    const started = performance.now()
    const details = await fc.check(property, {seed, numRuns: runs * times})
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    if (details.failed) {
      failures++
      console.log(`✗ ${current} (${seconds} s)\n${fc.defaultReportMessage(details)}\n`)
    } else {
      console.log(`✓ ${current}: ${details.numRuns} cases (${seconds} s)`)
    }
  }
}
console.log(failures === 0 ? `fuzz: no failure (seed ${seed})` : `fuzz: ${failures} failing propert${failures === 1 ? 'y' : 'ies'}; reproduce with \`node scripts/fuzz.mjs --seed ${seed}\``)
process.exitCode = failures === 0 ? 0 : 1
