import * as schema from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {normaliseText, parseReport} from '../src/index.js'

// The same scoring as `pnpm eval` (scripts/eval-reports.mjs), run on the source, so a regression in
// extraction fails here. Loaded by URL: the script is plain JavaScript outside the TypeScript project.
const evalScript = new URL('../../../scripts/eval-reports.mjs', import.meta.url).href
const {scoreReports, totals} = await import(evalScript)
const scores: Array<{name: string; set: string; negative: boolean; findings: number}> = scoreReports({parseReport, normaliseText, schema})
const figures = (set: string) =>
  (totals(scores.filter((fixture) => fixture.set === set)) as Array<{type: string; gold: number; predicted: number; matched: number; subjectAgrees: number; subjectScored: number}>).map(
    (row) => [row.type, row.gold, row.predicted, row.matched, `${row.subjectAgrees}/${row.subjectScored}`]
  )

describe('accuracy against the gold labels', () => {
  it('scores the real documents (corpus reports and the seed): [type, gold, found, matched, subjects agreeing]', () => {
    expect(figures('real')).toEqual([
      ['causes of concern', 4, 4, 4, '0/0'],
      ['recommendations', 10, 10, 10, '0/0'],
      ['areas for improvement', 13, 13, 13, '13/13'],
      ['innovative practice', 2, 2, 2, '0/0'],
      ['promising practice', 0, 0, 0, '0/0'],
      ['grades', 33, 32, 32, '0/0']
    ])
  })

  it('scores the constructed documents apart', () => {
    expect(figures('constructed')).toEqual([
      ['causes of concern', 6, 6, 6, '0/0'],
      ['recommendations', 15, 15, 15, '0/0'],
      ['areas for improvement', 10, 10, 10, '10/10'],
      ['innovative practice', 4, 4, 4, '0/0'],
      ['promising practice', 2, 2, 2, '0/0'],
      ['grades', 18, 18, 18, '0/0']
    ])
  })

  it('extracts no finding from the negative documents', () => {
    const negatives = scores.filter((fixture) => fixture.negative)
    expect(negatives.map((fixture) => [fixture.name, fixture.findings])).toEqual([
      ['child-protection-derbyshire-2022.txt', 0],
      ['custody-cleveland-2011.txt', 0],
      ['peel-2021-22-cleveland.txt', 0],
      ['regional-soc-south-east-2024.txt', 0]
    ])
  })
})
