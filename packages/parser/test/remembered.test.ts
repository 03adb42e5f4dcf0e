import {describe, expect, it} from 'vitest'
import {areaList} from '../src/lib/report/framework-areas.js'
import {forgetRemembered, rememberedPerDocument} from '../src/lib/report/remembered.js'
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

  it('gives a remembered list of areas as it first read it', () => {
    const phrase = 'responding to the public and recording data about crime'
    expect(areaList(phrase)).toEqual(['responding to the public', 'recording data about crime'])
    expect(areaList(phrase)).toEqual(['responding to the public', 'recording data about crime'])
    forgetRemembered()
    expect(areaList(phrase)).toEqual(['responding to the public', 'recording data about crime'])
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
