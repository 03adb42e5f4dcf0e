// Benchmark @scrutiny/convert: a 100-page PDF report and a 30-page .docx response, to findings,
// with the share of time in the converter (bytes to mdast) and the parser (mdast to findings).
// Needs the built packages: `pnpm run build`, then `node scripts/bench-convert.mjs`.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {reportFromTree, responseFromTree} from '../packages/parser/dist/index.js'
import {readDocument} from '../packages/convert/dist/index.js'
import {makeDocx, makePdf} from './lib/documents.mjs'

const fixtures = new URL('../fixtures/', import.meta.url)
const body = (text) => text.slice(text.indexOf('\n---\n') + 5)
const report = body(readFileSync(new URL('corpus/reports/peel-2018-cleveland.txt', fixtures), 'utf8'))
const seed = readFileSync(new URL('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', fixtures), 'utf8')

async function measure(name, bytes, fromTree, runs = 5) {
  let convert = 0
  let parse = 0
  let findings = 0
  let pages = 0
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const {tree, file} = await readDocument(new Uint8Array(bytes), {path: name})
    const converted = performance.now()
    const result = fromTree(tree, file, {path: name})
    const parsed = performance.now()
    if (run > 0) {
      convert += converted - start
      parse += parsed - converted
    }
    findings = (result.report?.findings ?? result.response?.findingResponses ?? []).length
    pages = Math.max(...tree.children.map((node) => node.data?.page ?? node.data?.paragraph ?? 0))
  }
  const timed = runs - 1
  const total = (convert + parse) / timed
  console.log(
    `${name}: ${(bytes.length / 1024).toFixed(0)} KiB, last page/paragraph ${pages}, ${findings} findings: ` +
      `${total.toFixed(0)} ms (converter ${(convert / timed).toFixed(0)} ms = ${((100 * convert) / (convert + parse)).toFixed(0)}%, ` +
      `parser ${(parse / timed).toFixed(0)} ms = ${((100 * parse) / (convert + parse)).toFixed(0)}%), mean of ${timed} runs after a warm-up`
  )
}

const directory = mkdtempSync(join(tmpdir(), 'scrutiny-bench-convert-'))
try {
  const pdf = await makePdf(report, 100)
  const word = await makeDocx(seed, 5)
  writeFileSync(join(directory, 'report-100-pages.pdf'), pdf)
  writeFileSync(join(directory, 'response-30-pages.docx'), word)
  await measure('report-100-pages.pdf', pdf, reportFromTree)
  await measure('response-30-pages.docx', word, responseFromTree)
} finally {
  rmSync(directory, {recursive: true, force: true})
}
