import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Recommendations and areas for improvement counted and then listed in one sentence, pieces parted
// by semicolons, as minutes, articles and news items summarise a report (seen on unlabelled pages
// of several publishers: committee minutes, trade news, a council's record).

const read = (text: string) => parseReport(text, {format: 'text'}).report
const ofKind = (findings: readonly Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind).map((finding) => finding.text)

describe('findings counted and listed in one sentence', () => {
  it('reads an earlier inspection’s counted areas for improvement as history, without the repeated “we said that” (tuned fixture excerpt)', () => {
    const report = read(corpus('peel-2018-bedfordshire-efficiency-detailed-findings').text)
    expect((report.history ?? []).map((finding) => [finding.kind, finding.text])).toEqual([
      ['area-for-improvement', 'the force should develop its understanding of demand, obtaining data from wider sources'],
      ['area-for-improvement', 'the force should ensure that its assessment of emerging and future demand is fully developed and regularly updated']
    ])
  })

  it('reads numbered recommendations in the shorthand of minutes, "<body> to <verb>" (constructed in the shape of committee minutes)', () => {
    const report = read(
      'HMICFRS report\n\nThe inspector ran through the report’s 3 recommendations – (i) Home Office to define the role of the service; (ii) Home Office and employers to consider reforming pay machinery; (iii) NFCC to produce a code of ethics.\n'
    )
    expect(ofKind(report.findings, 'recommendation')).toEqual([
      'Home Office to define the role of the service',
      'Home Office and employers to consider reforming pay machinery',
      'NFCC to produce a code of ethics'
    ])
  })

  it('reads counted areas for improvement listed after a colon as this report’s (constructed)', () => {
    const report = read('Force inspection\n\nInspectors identified two areas for improvement: the force should improve how it records crime; and it should make sure that victims are updated.\n')
    expect(ofKind(report.findings, 'area-for-improvement')).toEqual(['the force should improve how it records crime', 'it should make sure that victims are updated'])
  })

  it('trap: a count the pieces do not match, and pieces naming only topics, are none (constructed)', () => {
    const report = read(
      'Force inspection\n\nThe report made four recommendations – the force should improve call handling; the force should review its vetting.\n\nIt identified two areas for improvement: call handling; vetting.\n'
    )
    expect(report.findings).toEqual([])
  })
})
