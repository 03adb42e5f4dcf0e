import {describe, expect, it} from 'vitest'
import {textState} from '../src/lib/text-state.js'
import {check, constructed} from './helpers.js'

const outcome = (text: string, ruleId: string) => {
  const found = check(constructed(text).result, ruleId)
  return [found?.outcome, found?.messageId]
}

describe('first-person words that are not the body’s', () => {
  // gwent-womens-aid-domestic-abuse-2014-south-wales-argus (verbatim excerpt).
  const charities =
    'A POLICE watchdog report on police response to domestic abuse has been welcomed by those working with victims in Gwent.\n\n' +
    'The report released by HMIC yesterday found “significant concerns” regarding how the force responded to some victims of domestic abuse in Gwent.\n\n' +
    'Penny Chapman, deputy director at Torfaen Women’s Aid, said: “We met with the Police Protection Unit this week to offer our support with training police officers and to allow police to shadow our team to get a further insight into the complexity of domestic abuse.”\n\n' +
    'The report made 10 recommendations, including that Gwent should implement systems to identify repeat and vulnerable victims.\n'

  it('a quotation of someone named by a role that is no body’s (a charity’s director) is not the body’s comments', () => {
    expect(outcome(charities, 'lpb-comments')).toEqual(['not-met', 'missing'])
  })

  it('the same quotation by a commissioner named with the title stays the body’s comments', () => {
    const commissioner = charities.replace('Penny Chapman, deputy director at Torfaen Women’s Aid, said:', 'Jeff Cuthbert, Police and Crime Commissioner for Gwent, said:')
    expect(outcome(commissioner, 'lpb-comments')).toEqual(['met', 'found'])
  })

  // bedfordshire-mp-peel-effectiveness-2016-burt-column (verbatim excerpt).
  const column =
    'The bottom line, on your behalf, is that your MP cannot be in any way comfortable with the outcome of the report. However measured, Bedfordshire cannot have a force rated as it is, and I, and my MP colleagues, must do all we can to ensure that is improved.\n\n' +
    'So we are calling them in to see us, with Kathryne Holloway the PCC, on your behalf. We are determined see the reputation of our force raised to where you deserve it to be.\n'

  it('a Member of Parliament writing (“your MP cannot be …”) is another voice: not the body’s comments', () => {
    expect(textState(column).otherVoice).toBe('your MP cannot')
    expect(outcome(column, 'lpb-comments')).toEqual(['not-met', 'other-voice'])
  })

  it('“write to your MP” in a commissioner’s statement names no writer', () => {
    expect(textState('I welcome the report. If you have concerns, write to your MP or to me.\n').otherVoice).toBeUndefined()
  })
})

describe('a letter read whole: its signature and the letters page’s footer are not a cut', () => {
  // durham-pcvc-peel-effectiveness-2016-guardian-letter (verbatim ending).
  const letter =
    'As a result of cuts since 2010, Durham has lost 375 officers, or 25%. And overall the service has lost 32,000 officers. HMIC’s report shows that the government needs to realise that enough is enough.\n\n' +
    'Ron Hogg\n\nPolice, crime and victims’ commissioner for County Durham and Darlington\n\n' +
    '• Join the debate – email guardian.letters@theguardian.com\n\n• Read more Guardian letters – click here to visit gu.com/letters\n'

  it('the writer’s office under the name, in the paper’s house style, ends the letter', () => {
    expect(textState(letter).cutOff).toBe(false)
  })

  it('a line of prose in lower case after a name is still a cut', () => {
    expect(textState('Ron Hogg\n\nPolice officers in the county have been praised for their work with the local commun').cutOff).toBe(true)
  })
})
