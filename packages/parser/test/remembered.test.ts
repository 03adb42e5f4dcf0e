import {describe, expect, it} from 'vitest'
import {areaList, isQuestionWording, isReorderedAreaName} from '../src/lib/report/framework-areas.js'
import {gradeClauses} from '../src/lib/report/grade-clauses.js'
import {forgetRemembered, rememberedForLastText, rememberedPerDocument} from '../src/lib/report/remembered.js'
import {sentenceSpans} from '../src/lib/report/sentences.js'

describe('answers remembered while a document is read', () => {
  it('reads each text once until the answers are forgotten, undefined answers included', () => {
    const asked: string[] = []
    const lengthOf = rememberedPerDocument((text: string) => {
      asked.push(text)
      return text.startsWith('none') ? undefined : text.length
    })
    forgetRemembered()
    expect([lengthOf('investigating crime'), lengthOf('investigating crime'), lengthOf('none here'), lengthOf('none here')]).toEqual([19, 19, undefined, undefined])
    expect(asked).toEqual(['investigating crime', 'none here'])
    forgetRemembered()
    expect(lengthOf('investigating crime')).toBe(19)
    expect(asked).toEqual(['investigating crime', 'none here', 'investigating crime'])
  })

  it('answers again for the last text without a second scan, false answers included', () => {
    const asked: string[] = []
    const saysRecommend = rememberedForLastText((text) => {
      asked.push(text)
      return /recommend/i.test(text)
    })
    const lead = 'We make the following recommendations:'
    const prose = 'The force has improved how it records crime.'
    expect([saysRecommend(prose), saysRecommend(prose), saysRecommend(lead), saysRecommend(lead), saysRecommend(prose)]).toEqual([false, false, true, true, false])
    expect(asked).toEqual([prose, lead, prose])
  })

  it('gives a remembered list of areas as it first read it', () => {
    const phrase = 'responding to the public and recording data about crime'
    expect(areaList(phrase)).toEqual(['responding to the public', 'recording data about crime'])
    expect(areaList(phrase)).toEqual(['responding to the public', 'recording data about crime'])
    forgetRemembered()
    expect(areaList(phrase)).toEqual(['responding to the public', 'recording data about crime'])
  })

  it("answers whether a phrase is a question's wording or a reordered name the same when asked again", () => {
    // PEEL 2016's effectiveness question, and Good use of resources' alias in another order (a serial list's two readings).
    const question = 'preventing crime, tackling anti-social behaviour and keeping people safe'
    const reordered = 'value for money, strategic planning and organisational management'
    for (let round = 0; round < 2; round++) {
      expect([isQuestionWording(question), isQuestionWording(question), isQuestionWording('investigating crime and protecting vulnerable people')]).toEqual([true, true, false])
      expect([isReorderedAreaName(reordered), isReorderedAreaName(reordered), isReorderedAreaName('investigating crime')]).toEqual([true, true, false])
      forgetRemembered()
    }
  })

  it("gives a sentence's grade clauses as first read, one answer for the document", () => {
    // frs-2018-avon-effectiveness: a sentence a lead-in reader and the sentence reader both read.
    const sentence = 'Avon Fire and Rescue Service (FRS) is good at understanding the risk of fire and other emergencies.'
    const expected = [{subject: 'Avon Fire and Rescue Service', grade: 'good', area: 'understanding the risk of fire and other emergencies'}]
    const first = gradeClauses(sentence)
    expect(first).toEqual(expected)
    expect(gradeClauses(sentence)).toBe(first)
    forgetRemembered()
    expect(gradeClauses(sentence)).toEqual(expected)
  })

  it('splits the text asked last again into the same sentences', () => {
    const text = 'It is good. The force should improve.'
    expect(sentenceSpans(text)).toEqual([
      {start: 0, end: 11},
      {start: 12, end: 37}
    ])
    expect(sentenceSpans(text)).toBe(sentenceSpans(text))
    expect(sentenceSpans('One. Two.')).toEqual([
      {start: 0, end: 4},
      {start: 5, end: 9}
    ])
  })
})
