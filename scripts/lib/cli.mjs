// Running the built `scrutiny` command in benchmarks.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The built CLI entry; throws if `pnpm build` has not run. */
export function builtCli() {
  const cli = join(root, 'packages/cli/dist/cli.js')
  if (!existsSync(cli)) throw new Error(`Missing ${cli}: expected a built CLI, run \`pnpm build\` first`)
  return cli
}

/** A temporary folder of `fileCount` report texts copied round-robin from fixtures/corpus/reports. */
export function makeReportFolder(fileCount) {
  const fixtures = join(root, 'fixtures/corpus/reports')
  const sources = readdirSync(fixtures).filter((name) => name.endsWith('.txt'))
  const folder = mkdtempSync(join(tmpdir(), 'scrutiny-bench-'))
  const reports = join(folder, 'reports')
  mkdirSync(reports)
  let bytes = 0
  for (let index = 0; index < fileCount; index++) {
    const text = readFileSync(join(fixtures, sources[index % sources.length]))
    bytes += text.byteLength
    writeFileSync(join(reports, `report-${String(index).padStart(4, '0')}.txt`), text)
  }
  return {folder, reports, bytes, sources: sources.length}
}

// GNU time reports the peak resident set of the process, worker threads included.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Run node with `args`; wall time in seconds, and peak RSS in MiB and CPU seconds when GNU time is there. */
export function runNode(args) {
  const started = performance.now()
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', 'peak-rss-kb %M cpu-seconds %U %S', process.execPath, ...args], {encoding: 'utf8'})
    : spawnSync(process.execPath, args, {encoding: 'utf8'})
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`)
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr)
  const cpu = /cpu-seconds ([\d.]+) ([\d.]+)/.exec(result.stderr)
  return {
    seconds,
    peakRssMb: peak ? Number(peak[1]) / 1024 : undefined,
    // User plus system time of every thread: what the run cost the machine, however busy it was.
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    stdout: result.stdout,
    stderr: result.stderr
  }
}
