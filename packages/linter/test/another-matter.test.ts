import {describe, expect, it} from 'vitest'
import {textState} from '../src/lib/text-state.js'
import {check, constructed, read, readCorpus} from './helpers.js'

// News copy on another matter (a chief's retirement) whose headline and lead name no report, which
// mentions the inspection in a paragraph or two as the paper's background, and quotes the commissioner
// and the chief on that other matter: who speaks is settled, what about is not, so cannot tell.

describe('news of another matter that mentions the report as background', () => {
  it('is cannot tell for the body and the chief on the real article', () => {
    const {result} = read('northumbria-chief-retirement-2022-bbc-peel-mention.txt')
    expect(textState(readCorpus('northumbria-chief-retirement-2022-bbc-peel-mention.txt').text).aboutAnotherMatter).toBe(true)
    for (const rule of ['lpb-comments', 'chief-officer-comments']) {
      expect([check(result, rule)?.outcome, check(result, rule)?.messageId]).toEqual(['cannot-tell', 'cannot-tell'])
    }
    expect(check(result, 'lpb-comments')?.plain).toContain('the headline and the lead name no report, inspection or inspectorate')
  })

  it('still finds the comments where quoted words name the report', () => {
    const text = [
      'Northumbria Police chief announces retirement',
      '',
      'The chief constable of Northumbria Police has announced his retirement after 38 years with the force.',
      '',
      'His departure follows a report by the inspectorate of constabularies.',
      '',
      'Police and Crime Commissioner Kim McGuinness said: "I welcome the inspectorate\'s report and will hold the force to account."'
    ].join('\n')
    expect(textState(text).aboutAnotherMatter).toBe(false)
    expect(check(constructed(text).result, 'lpb-comments')?.outcome).not.toBe('cannot-tell')
  })

  it('is false where the headline names the report', () => {
    expect(textState('Inspection report on Northumbria Police published\n\nThe chief constable said it had been a privilege to serve the region for many years.').aboutAnotherMatter).toBe(false)
  })
})
