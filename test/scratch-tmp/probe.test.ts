import {readFileSync} from 'node:fs'
import {lint} from '@scrutiny/linter'
import {parseResponse} from '@scrutiny/parser'
import {it} from 'vitest'
import {responseQuotingEveryAfiTwice} from '../adversarial/generators.mjs'
const seedReport = JSON.parse(readFileSync(new URL('../../examples/seed-report.json', import.meta.url), 'utf8'))
it('probe', () => {
  const text = responseQuotingEveryAfiTwice(seedReport)
  const parsed = parseResponse(text, {format: 'text', report: seedReport})
  console.log(JSON.stringify(parsed.response.parts?.map?.((p: any) => [p.kind, p.heading]) ?? Object.keys(parsed.response)))
  for (const r of parsed.response.findingResponses) console.log(r.finding.findingId, r.finding.matchedBy, r.stance, r.part, r.position.start.line, r.text.slice(0, 60))
  const {coverage} = lint(parsed.response, {file: parsed.file, report: seedReport, preset: 'strict'})
  for (const row of coverage) console.log(JSON.stringify(row))
})
