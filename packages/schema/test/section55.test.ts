import {describe, expect, it} from 'vitest'
import {
  InvalidDateError,
  dayOfResponsePeriod,
  responseDeadline,
  section55Duties
} from '../src/index.js'

describe('responseDeadline', () => {
  it.each([
    ['2024-05-14', '2024-07-08'],
    ['2025-03-01', '2025-04-25'],
    // month, year and leap-day edges
    ['2024-01-05', '2024-02-29'],
    ['2023-01-05', '2023-03-01'],
    ['2024-11-15', '2025-01-09'],
    ['2023-12-31', '2024-02-24'],
    ['2017-05-02', '2017-06-26']
  ])('gives publication + 55 days: %s → %s', (published, lastDay) => {
    expect(responseDeadline(published)).toBe(lastDay)
  })

  it('counts the day of publication as day 1 and the last permitted day as day 56', () => {
    expect(dayOfResponsePeriod('2024-05-14', '2024-05-14')).toBe(1)
    expect(dayOfResponsePeriod('2024-05-14', '2024-07-08')).toBe(56)
    expect(dayOfResponsePeriod('2024-05-14', '2024-07-09')).toBe(57)
  })

  it.each(['2024-02-30', '14 May 2024', '2024-5-14', '', '2023-02-29'])('rejects %j with InvalidDateError', (input) => {
    expect(() => responseDeadline(input)).toThrow(InvalidDateError)
    expect(() => responseDeadline(input)).toThrow(
      `Invalid report publication date ${JSON.stringify(input)}: expected a calendar date written YYYY-MM-DD, such as "2024-05-14"`
    )
  })
})

describe('section55Duties', () => {
  it('applies the 2017 duties from 2 May 2017, not the day before', () => {
    expect(section55Duties('2017-05-01')).toEqual({
      inviteChiefOfficer: true,
      publishComments: true,
      publishWithin56Days: false,
      explainRecommendations: false,
      copyToInspectors: false,
      copyToSecretaryOfState: true
    })
    expect(section55Duties('2017-05-02')).toEqual({
      inviteChiefOfficer: true,
      publishComments: true,
      publishWithin56Days: true,
      explainRecommendations: true,
      copyToInspectors: true,
      copyToSecretaryOfState: true,
      lastPermittedDay: '2017-06-26'
    })
  })
})
