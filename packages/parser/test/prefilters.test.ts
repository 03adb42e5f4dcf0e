import {describe, expect, it} from 'vitest'
import {unwrapped} from '../src/lib/normalise/blocks.js'
import {causeOfConcernWording} from '../src/lib/report/patterns.js'

describe('prefilters', () => {
  it('answers what the searches for "ause of concern" and "auses of concern" answer, in one scan', () => {
    const texts = [
      'It remains a cause of concern.',
      'These address our main causes of concern.',
      'The causes of concern, and a new cause of concern.',
      'A Cause Of Concern in a title.',
      'An area of concern, and the because of concern clause.',
      'of concern',
      ''
    ]
    for (const text of texts) {
      expect(causeOfConcernWording(text)).toEqual({singular: text.includes('ause of concern'), plural: text.includes('auses of concern')})
    }
    expect(causeOfConcernWording('The causes of concern, and a new cause of concern.')).toEqual({singular: true, plural: true})
    expect(causeOfConcernWording('A Cause Of Concern in a title.')).toEqual({singular: false, plural: false})
  })

  it('reads each line break of a wrapped paragraph as as many spaces as it has characters', () => {
    expect(unwrapped('the force is\ngood;\r\nit is\radequate.', true)).toBe('the force is good;  it is adequate.')
    expect(unwrapped('the force is\ngood.', false)).toBe('the force is\ngood.')
    expect(unwrapped('no break', true)).toBe('no break')
  })
})
