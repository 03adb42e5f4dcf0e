import {readFileSync} from 'node:fs'
import {parseReport} from '@scrutiny/parser'
import {findFireService} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {lint, reportText} from '../src/index.js'
import {parseSeed, seedReport} from './helpers.js'

/** A real report from fixtures/corpus/reports, parsed after its header. */
function corpusReport(name: string) {
  const raw = readFileSync(new URL(`../../../fixtures/corpus/reports/${name}`, import.meta.url), 'utf8')
  return parseReport(raw.slice(raw.indexOf('\n---\n') + 5), {path: name}).report
}

describe('a response to a fire and rescue report', () => {
  const {response, file} = parseSeed()

  it.each(['frs-avon-coc-revisit-2024-01.txt', 'frs-2021-shropshire.txt'])(
    '%s: says section 55 is not the duty, and checks nothing else',
    (name) => {
      const report = corpusReport(name)
      const {messages, deadline} = lint(response, {report, file, preset: 'strict'})
      expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['fire-report-not-section-55', false]])
      expect(deadline).toBeUndefined()
    }
  )

  it('says why there is no deadline: not that the report predates the limit, but that section 55 does not cover it', () => {
    const report = corpusReport('frs-avon-coc-revisit-2024-01.txt')
    const result = lint(response, {report, file, preset: 'strict'})
    expect([result.dates.report?.date, result.deadline, result.noDeadline]).toEqual(['2024-01-19', undefined, 'outside-section-55'])
    expect(reportText({file, result, response})).toContain(
      'The report was published on 19 January 2024. It is not a report section 55 covers, so no 56-day deadline applies.'
    )
    expect(lint(response, {report: seedReport, file}).noDeadline).toBeUndefined()
  })

  it('resolves the service the report inspects to its id and authority on the day of publication', () => {
    const report = corpusReport('frs-avon-coc-revisit-2024-01.txt')
    const subject = report.subjects[0]
    expect(subject).toMatchObject({name: 'Avon Fire and Rescue Service', kind: 'fire-and-rescue-service'})
    const service = findFireService(subject?.name ?? '', report.publishedOn)
    expect(service?.id).toBe('avon')
    expect(service?.authority).toMatchObject({kind: 'combined-fire-authority', name: 'Avon Fire Authority'})
  })
})

describe('a response to a national report', () => {
  const {response, file} = parseSeed()

  it('points to the guidance on force reports with the same findings (info)', () => {
    const {messages} = lint(response, {report: {...seedReport, kind: 'thematic'}, file})
    const guidance = messages.filter((message) => message.ruleId === 'national-report-guidance')
    expect(guidance).toHaveLength(1)
    expect(guidance[0]?.fatal).toBeUndefined()
    expect(guidance[0]?.note).toContain('hmic-pccs-and-the-mopac')
  })

  it('says nothing of it for the seed, a regional report', () => {
    const {messages} = lint(response, {report: seedReport, file})
    expect(messages.map((message) => message.ruleId)).not.toContain('national-report-guidance')
  })
})
