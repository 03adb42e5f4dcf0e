// Benchmark of the built `scrutiny` command (run `pnpm build` first, or `pnpm bench`):
// 1. start-up time of `scrutiny --version` (must stay under 150 ms);
// 2. `scrutiny parse` on a folder of 1,000 report texts generated from fixtures/corpus/reports,
//    with one worker and with one per core: files per second and peak memory (RSS).
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {builtCli, makeReportFolder, runNode} from './lib/cli.mjs'

const cli = builtCli()
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// 1. Start-up.
const runs = 20
const startup = []
for (let index = 0; index < runs; index++) {
  const started = performance.now()
  const result = spawnSync(process.execPath, [cli, '--version'])
  startup.push(performance.now() - started)
  if (result.status !== 0) throw new Error(`scrutiny --version failed: ${result.stderr}`)
}
const bare = []
for (let index = 0; index < runs; index++) {
  const started = performance.now()
  spawnSync(process.execPath, ['-e', '0'])
  bare.push(performance.now() - started)
}
console.log(`scrutiny --version: median ${median(startup).toFixed(0)} ms over ${runs} runs (bare \`node -e 0\`: ${median(bare).toFixed(0)} ms)`)

// 2. A folder of 1,000 reports, copied round-robin from the corpus.
const fileCount = 1000
const {folder, reports, bytes, sources} = makeReportFolder(fileCount)
console.log(`generated ${fileCount} reports (${(bytes / 1024 / 1024).toFixed(1)} MiB) from ${sources} corpus files`)

const cores = availableParallelism()
for (const jobs of [...new Set([1, cores])]) {
  const out = join(folder, `out-${jobs}.jsonl`)
  const {seconds, peakRssMb} = runNode([cli, 'parse', reports, '--format', 'jsonl', '--out', out, '--jobs', String(jobs)])
  const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).length
  const memory = peakRssMb === undefined ? 'peak RSS not measured' : `peak RSS ${peakRssMb.toFixed(0)} MiB`
  console.log(`parse, ${jobs} worker${jobs === 1 ? '' : 's'}: ${lines} records in ${seconds.toFixed(2)} s = ${(fileCount / seconds).toFixed(0)} files/s, ${memory}`)
}
rmSync(folder, {recursive: true, force: true})
