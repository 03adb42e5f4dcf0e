import {describe, expect, it} from 'vitest'
import {check, constructed} from './helpers.js'

// A third party's text (here a Member of Parliament's column, a short verbatim excerpt of a tuned text) that
// reports the chief constable's view in its own words holds the writer's account of that view, not the chief's
// comments: not met, as a text in another's voice; where it quotes the chief, the quotation is the chief's.
const column = [
  'The bottom line, on your behalf, is that your MP cannot be in any way comfortable with the outcome of the report.',
  'But secondly MPs also need to challenge the Chief Constable and HMI, who disagree on the professional aspects of the force, on their differing views. The Chief Constable believes the report is unfair, and certainly there is a history of poor reports on the Bedfordshire Force. HMI stands by her report.',
  'So we are calling them in to see us, with Kathryne Holloway the PCC, on your behalf.'
].join('\n\n')

const outcome = (text: string) => {
  const found = check(constructed(text).result, 'chief-officer-comments')
  return [found?.outcome, found?.messageId]
}

describe('the chief’s view reported in a third party’s words', () => {
  it('an MP’s column saying what the Chief Constable believes: not met, the text is another’s (real column)', () => {
    expect(outcome(column)).toEqual(['not-met', 'other-voice'])
  })

  it('the same column quoting the Chief Constable: the quotation is the chief’s comments', () => {
    const quoting = column.replace('The Chief Constable believes the report is unfair,', 'The Chief Constable said: “The report is unfair.” And')
    expect(outcome(quoting)).toEqual(['met', 'found'])
  })
})
