import {describe, expect, it} from 'vitest'
import {lint, summariseDeadline} from '../src/index.js'
import {parseSeed, seedReport} from './helpers.js'

describe('summariseDeadline facts', () => {
  const {response, file} = parseSeed()

  it('gives the dates the linter used in words, for the list beside the sentence', () => {
    expect(summariseDeadline(lint(response, {file, report: seedReport})).facts).toEqual([
      {term: 'Report published', value: '14 May 2024'},
      {term: 'Last permitted day', value: '8 July 2024'}
    ])
  })

  it('adds the days late, or the days left for a draft, counted by the linter', () => {
    expect(summariseDeadline(lint(response, {file, report: seedReport, publishedOn: '2024-07-10'})).facts.at(-1)).toEqual({term: 'Days late', value: '2 days'})
    expect(summariseDeadline(lint(response, {file, report: seedReport, asAt: '2024-07-07'})).facts.at(-1)).toEqual({term: 'Days left', value: '1 day'})
  })

  it('has no facts where no date is known', () => {
    expect(summariseDeadline({dates: {}, checks: []}).facts).toEqual([])
  })
})
