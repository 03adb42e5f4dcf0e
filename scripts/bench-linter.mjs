// Benchmark: parse the seed response and lint it with its report's findings; prints the median.
// Run: node scripts/bench-linter.mjs (after `pnpm build`).
import {readFileSync} from 'node:fs'
import {lint} from '../packages/linter/dist/index.js'
import {parseResponse} from '../packages/parser/dist/index.js'

const text = readFileSync(new URL('../fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', import.meta.url), 'utf8')
const report = JSON.parse(readFileSync(new URL('../examples/seed-report.json', import.meta.url), 'utf8'))
const path = 'warwickshire-pcc-response-west-midlands-soc-2024.txt'

const run = () => {
  const {response, file} = parseResponse(text, {path})
  return lint(response, {file, report, preset: 'strict'})
}
for (let index = 0; index < 20; index++) run()
const times = []
for (let index = 0; index < 200; index++) {
  const start = performance.now()
  run()
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]
console.log(`bench-linter: parse + lint the seed (strict, with report), median ${median.toFixed(2)} ms over ${times.length} runs (p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms)`)
