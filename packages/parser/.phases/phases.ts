import {toMdast} from '../src/lib/input/to-mdast.js'
import {normaliseBlocks} from '../src/lib/report/normalise.js'
import {walkBlocks} from '../src/lib/report/blocks.js'
import {ReportReading} from '../src/lib/report/read-report.js'
import {reportReaders} from '../src/lib/report/readers/index.js'
import {reportFromTree} from '../src/lib/report/report-from-tree.js'
export function phases(text: string) {
  const t0 = performance.now()
  const {tree, file} = toMdast(text, {format: 'text'})
  const t1 = performance.now()
  let n = 0
  walkBlocks(tree, text, 'text', () => { n++ })
  const t2 = performance.now()
  let m = 0
  normaliseBlocks(tree, text, 'text', () => { m++ })
  const t3 = performance.now()
  const r0 = new ReportReading(file, text, [], {plainText: true})
  normaliseBlocks(tree, text, 'text', (b) => r0.add(b))
  r0.finish()
  const t4 = performance.now()
  const times: Record<string, number> = {tree: t1 - t0, walk: t2 - t1, normalise: t3 - t2, noReaders: t4 - t3}
  for (const reader of reportReaders) {
    const {file: f} = toMdast(text, {format: 'text'})
    const s = performance.now()
    const r = new ReportReading(f, text, [reader], {plainText: true})
    normaliseBlocks(tree, text, 'text', (b) => r.add(b))
    r.finish()
    times[reader.name] = performance.now() - s - (t4 - t3)
  }
  const {file: f2} = toMdast(text, {format: 'text'})
  const s = performance.now(); reportFromTree(tree, f2, {format: 'text'}); times.all = performance.now() - s
  return {times, blocks: n, normalised: m}
}
export function only(text: string, names: string[]) {
  const {tree, file} = toMdast(text, {format: 'text'})
  const r = new ReportReading(file, text, reportReaders.filter((x) => names.includes(x.name)), {plainText: true})
  return () => { const rr = new ReportReading(file, text, reportReaders.filter((x) => names.includes(x.name)), {plainText: true}); normaliseBlocks(tree, text, 'text', (b) => rr.add(b)); rr.finish() }
}
