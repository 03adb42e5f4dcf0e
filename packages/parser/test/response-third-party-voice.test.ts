import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// News copy and releases quote speakers who are neither the local policing body nor the chief officer:
// an inspector, a councillor, a minister. Their first-person words are theirs, so the body's voice is
// looked for elsewhere. Real tuned texts first, then constructed text in the shape of unlabelled news
// pages (a councillor's quoted reaction, its second paragraph opening with a quotation mark).
const fixtures = new URL('../../../fixtures/corpus/responses/', import.meta.url)

function corpus(name: string): string {
  const raw = readFileSync(new URL(`${name}.txt`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

describe('parseResponse: a third party’s quoted words are not the body’s voice', () => {
  it.each([
    // “Her Majesty’s Inspector of Constabulary Andy Cooke said: “I congratulate West Yorkshire Police …”
    'westyorkshire-peel-2021-22-police-professional',
    // “HMI chief Zoë Billingham said: “I continue to be very concerned …”
    'bedfordshire-peel-2016-biggleswade-today'
  ])('%s: an inspector’s quotation gives no body’s comments', (name) => {
    expect(parseResponse(corpus(name)).response.lpbComments).toBeUndefined()
  })

  it('an inspector’s quotation over several paragraphs, then the commissioner’s: the body’s part opens at the commissioner', () => {
    // “Zoë Billingham, of Her Majesty’s Inspector of Constabulary which introduced the report, said: “…”,
    // three paragraphs opening “, then “Bedfordshire’s police and crime commissioner Olly Martins said: “…”.
    const {response} = parseResponse(corpus('bedfordshire-pcc-peel-2014-comet'))
    expect(response.lpbComments?.text.slice(0, 65)).toBe('Bedfordshire’s police and crime commissioner Olly Martins said: “')
  })

  it('an inspector named by the bare title (“Inspector Zoe Billingham added: “I am very pleased …”) is not the body', () => {
    const {response} = parseResponse(corpus('kent-pcc-peel-effectiveness-2016-kentnews'))
    expect(response.lpbComments?.text.slice(0, 66)).toBe('Mr Scott, whose main job is to hold the police to account, added t')
  })

  it('the chief officer quoted after the inspector is still the chief’s part', () => {
    const {response} = parseResponse(corpus('bedfordshire-peel-2016-biggleswade-today'))
    expect(response.chiefOfficerComments?.text.slice(0, 55)).toBe('Bedfordshire Police Chief Constable Jon Boutcher said: ')
  })

  it('a panel member’s quoted reaction before the commissioner’s words: the body’s part opens at the commissioner', () => {
    // “Cllr Burford responded: “Twice the commissioner has said …”, then “PCC Nelson said …”.
    const {response} = parseResponse(corpus('gloucestershire-pcc-peel-2021-22-forester-panel'))
    expect(response.lpbComments?.text.slice(0, 58)).toBe('PCC Nelson said the extent of the report was unexpected as')
  })

  // Constructed, in the shape of local news copy on a commissioner and a report.
  const councillor =
    'Councillors reject call for commissioner to resign\n\nThe call came after the inspectorate’s latest report into the force.\n\n' +
    'Commenting, Councillor Jo Bloggs said: “Whilst the news is welcome, we no longer have confidence in the commissioner.\n\n' +
    '“I will be asking the panel to look again.”'

  it('a councillor’s quotation and its next paragraph are the councillor’s (constructed)', () => {
    expect(parseResponse(councillor).response.lpbComments).toBeUndefined()
  })

  it('the commissioner quoted after the councillor gives the body’s comments (constructed)', () => {
    const text = `${councillor}\n\nPolice and Crime Commissioner Sam Smith said: “I welcome the report and I will hold the Chief Constable to account.”`
    expect(parseResponse(text).response.lpbComments?.text).toBe(
      'Police and Crime Commissioner Sam Smith said: “I welcome the report and I will hold the Chief Constable to account.”'
    )
  })

  it('a pronoun’s lead-in after the inspectors were last named is theirs (constructed)', () => {
    const text =
      'HM Inspector of Constabulary Jo Bloggs claim “little improvement” has been made in the force’s custody suites.\n\n' +
      'However, the inspectors recognised that the force is eager to make improvements.\n\n' +
      'They added: “We found committed staff and a strong culture of wanting to improve.”'
    expect(parseResponse(text).response.lpbComments).toBeUndefined()
  })

  it('a pronoun’s lead-in after the commissioner was last named is the commissioner’s (constructed)', () => {
    const text =
      'HM Inspector of Constabulary Jo Bloggs said: “We found committed staff.”\n\n' +
      'Police and Crime Commissioner Sam Smith said the report was fair.\n\n' +
      'He added: “I will hold the Chief Constable to account.”'
    expect(parseResponse(text).response.lpbComments?.text).toContain('He added: “I will hold the Chief Constable to account.”')
  })

  it('a councillor who is the commissioner speaks as the body (constructed)', () => {
    const text =
      'The commissioner has defended the report on the force.\n\n' +
      'Councillor Jo Bloggs, PCC for Anyshire, stated the inspection came at a time of unprecedented demand.\n\n' +
      'Cllr Bloggs added: “I will hold the Chief Constable to account for the improvements.”'
    expect(parseResponse(text).response.lpbComments?.text).toContain('Cllr Bloggs added: “I will hold')
  })

  it('a pronoun’s lead-in after a member of parliament was reported is the member’s (constructed)', () => {
    const text =
      'Candidates have responded to the force’s latest inspection report.\n\n' +
      'Former Anytown South MP Dr Jo Bloggs said nothing was more important than protecting children.\n\n' +
      'He added: “This report shows that the force is improving, but we have some way to go.”'
    expect(parseResponse(text).response.lpbComments).toBeUndefined()
  })

  it('a panel’s chair quoted is not the body (constructed)', () => {
    const text = 'The panel met to discuss the inspection.\n\nChair of the Police and Crime Panel Jo Bloggs said: “We will ask the commissioner for a plan.”'
    expect(parseResponse(text).response.lpbComments).toBeUndefined()
  })

  it('a minister’s quotation is the minister’s (constructed)', () => {
    const text = 'The force has been placed in special measures.\n\nPolicing Minister Jo Bloggs said: “I expect the force to get the basics right.”'
    expect(parseResponse(text).response.lpbComments).toBeUndefined()
  })
})
