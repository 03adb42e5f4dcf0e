import {describe, expect, it} from 'vitest'
import {lastSentenceSpan, sentenceSpans} from '../src/lib/report/sentences.js'

describe('sentence spans', () => {
  it('splits at a mark, closing quotes or brackets, whitespace and a capital, digit, quote or bracket', () => {
    const text = '  The force is ‘good’. It should improve (by 2025.) “Next” comes. 3 areas: e.g. this?'
    expect(sentenceSpans(text).map(({start, end}) => text.slice(start, end))).toEqual([
      'The force is ‘good’.',
      'It should improve (by 2025.)',
      '“Next” comes.',
      '3 areas: e.g. this?'
    ])
  })

  it('finds the last sentence from the end, as the whole split does', () => {
    const texts = [
      'It is good. The force should make sure:',
      'It is good.  \n',
      '. Lead-in:',
      'No mark at all',
      'Ends with a mark. "Quoted." ',
      'Abbreviation e.g. stays inside: –',
      ' \n\t',
      ''
    ]
    for (const text of texts) expect(lastSentenceSpan(text)).toEqual(sentenceSpans(text).at(-1))
    expect(lastSentenceSpan('It is good. The force should make sure:')).toEqual({start: 12, end: 39})
    expect(lastSentenceSpan(' \n\t')).toBeUndefined()
  })
})
