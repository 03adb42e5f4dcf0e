import {sameFindingText} from '@scrutiny/parser/internal'
import type {Finding} from '@scrutiny/schema'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findingsByQuote} from '../src/lib/quote-index.js'

const finding = (text: string, index: number): Finding => ({
  id: `area-for-improvement-${index + 1}`,
  kind: 'area-for-improvement',
  text,
  section: ['Areas for improvement'],
  position: {start: {line: index + 1, column: 1, offset: 0}, end: {line: index + 1, column: text.length + 1, offset: text.length}}
})

/** What `findingsByQuote` must answer: the first finding that is the same as the quote, compared with each. */
const firstSame = (findings: readonly Finding[], quote: string) => findings.find((each) => sameFindingText(each.text, quote))

// Few short words, so that quotes cut inside words, words that start or end others, and repeats are common.
const word = fc.constantFrom('a', 'b', 'ab', 'ba', 'abc', 'cab', 'bc', 'c1', '1', '12', 'force', 'forces', 'Force.')
const text = fc.array(word, {minLength: 1, maxLength: 7}).map((words) => words.join(' '))

describe('findingsByQuote', () => {
  it('finds the finding a comparison with every finding finds, for quotes cut anywhere, longer quotes and others', () => {
    fc.assert(
      fc.property(
        fc.array(text, {minLength: 1, maxLength: 12}),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('cut', 'around', 'other')), {maxLength: 12}),
        text,
        (texts, picks, other) => {
          const findings = texts.map(finding)
          const find = findingsByQuote(findings)
          for (const [which, from, length, shape] of picks) {
            const source = texts[which % texts.length]!
            const start = from % source.length
            const quote =
              shape === 'cut' ? source.slice(start, start + 1 + (length % source.length)) : shape === 'around' ? `${other} ${source} ${other}` : other
            expect(find(quote)?.id).toBe(firstSame(findings, quote)?.id)
          }
        }
      ),
      {numRuns: 2000}
    )
  })

  it('ties each of 2,000 near-identical quoted findings to its own, and a cut quote to the first holding it', () => {
    const texts = Array.from({length: 2000}, (_, index) => `The force should improve how it records crime in neighbourhood ${1000 + index}.`)
    const findings = texts.map(finding)
    const find = findingsByQuote(findings)
    expect(texts.map((each) => find(`“${each}”`)?.id)).toEqual(findings.map((each) => each.id))
    // "neighbourhood 1" starts neighbourhoods 1000 to 1999: the first is the one.
    expect(find('records crime in neighbourhood 1')?.id).toBe('area-for-improvement-1')
    expect(find('crime in neighbourhood 2999')?.id).toBe('area-for-improvement-2000')
    expect(find('in neighbourhood 3000')).toBeUndefined()
  })
})
