import mammoth from 'mammoth'
import {describe, expect, it} from 'vitest'
import {toMdast} from '@scrutiny/parser'
import type {InspectionReport} from '@scrutiny/schema'
import {UnknownBodyError, draftResponse, draftToDocx, draftToMarkdown} from '../src/index.js'
import {fill, inlineText, lintDocument, repositoryFile, seedReport} from './helpers.js'

const draft = draftResponse(seedReport, {body: 'warwickshire'})
const placeholderCount = 21

describe('draftResponse on the seed report', () => {
  it('resolves the body as at the report and states the citation and the last permitted day', () => {
    expect(draft.body.localPolicingBody).toEqual({
      kind: 'pcc',
      name: 'Police and Crime Commissioner for Warwickshire',
      from: '2012-11-22',
      source: 'https://www.legislation.gov.uk/uksi/2012/2892/made/data.html',
      status: 'verified',
      note: 'Art. 2: PRSRA 2011 Part 1 and Schedule 1 (police and crime commissioners) in force 22 November 2012.'
    })
    expect(draft.citation).toBe('section 55(5), (5A) and (6) of the Police Act 1996')
    expect(draft.lastPermittedDay).toBe('2024-07-08')
  })

  it('lists the seven areas for improvement in order, and leaves innovative practice out', () => {
    expect(draft.findings.answered.map((finding) => `${finding.number} ${finding.subject}`)).toEqual([
      '1 West Midlands region',
      '1 Regional Organised Crime Unit for the West Midlands (ROCUWM)',
      '2 Regional Organised Crime Unit for the West Midlands (ROCUWM)',
      '1 Warwickshire Police',
      '2 Warwickshire Police',
      '3 Warwickshire Police',
      '4 Warwickshire Police'
    ])
    expect(draft.findings.forNoting).toEqual([])
  })

  it('writes the heading block, the three parts, each finding verbatim with its placeholders, the copies and the signature', async () => {
    await expect(draftToMarkdown(draft)).toMatchFileSnapshot('__snapshots__/seed-draft.md')
  })

  it('resolves the body by any of its names', () => {
    for (const name of ['Police and Crime Commissioner for Warwickshire', 'Warwickshire Police', 'warwickshire']) {
      expect(draftResponse(seedReport, {body: name}).body.id).toBe('warwickshire')
    }
  })

  it('refuses a body the reference data does not know, naming it and the day', () => {
    expect(() => draftResponse(seedReport, {body: 'Gotham City Police'})).toThrow(
      new UnknownBodyError('Gotham City Police', '2024-05-14')
    )
    expect(() => draftResponse(seedReport, {body: 'Gotham City Police'})).toThrow(
      'Cannot draft a response for "Gotham City Police": expected the name of a local policing body or force, or a reference id such as "warwickshire", with a local policing body on 2024-05-14'
    )
  })
})

describe('the local policing body of the day, each kind', () => {
  const dated = (publishedOn: string, findings: InspectionReport['findings'] = []): InspectionReport => ({...seedReport, publishedOn, findings})
  it.each([
    ['greater-manchester', '2017-05-01', 'Police and Crime Commissioner for Greater Manchester'],
    ['greater-manchester', '2018-03-01', 'Mayor of Greater Manchester'],
    ['essex', '2019-01-10', 'Police, Fire and Crime Commissioner for Essex'],
    ['metropolitan', '2023-06-01', 'Mayor’s Office for Policing and Crime'],
    ['city-of-london', '2023-06-01', 'Common Council of the City of London']
  ])('%s on %s: %s, its three parts found by their headings', async (body, publishedOn, name) => {
    const report = dated(publishedOn)
    const written = draftResponse(report, {body})
    expect(written.body.localPolicingBody.name.replace("'", '’')).toBe(name)
    const {response} = await lintDocument(draftToMarkdown(written), report, 'strict')
    expect([response.lpbComments?.detectedBy, response.chiefOfficerComments?.detectedBy, response.responseToChiefOfficer?.detectedBy]).toEqual([
      'heading',
      'heading',
      'heading'
    ])
  })

  it('cites only s.55(5) and (6) for a report before 2 May 2017, with no 56-day limit and the copy to the Home Secretary only', () => {
    const written = draftResponse(dated('2016-03-02'), {body: 'warwickshire'})
    expect(written.citation).toBe('section 55(5) and (6) of the Police Act 1996')
    expect(written.lastPermittedDay).toBeUndefined()
    expect(draftToMarkdown(written)).toContain('A copy of this response is sent to the Home Secretary (section 55(6)).')
  })

  it('cites (5B) when the report has a recommendation, and lists recommendations to other bodies apart', () => {
    const recommendation = (id: string, kind: 'force' | 'home-office', name: string) => ({
      kind: 'recommendation' as const,
      id,
      number: id.slice(-1),
      text: `By 1 April 2025, ${name} should review its vetting.`,
      section: ['Recommendations'],
      addressees: [{kind, name}],
      position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}
    })
    const report = dated('2024-05-14', [recommendation('recommendation-1', 'force', 'Warwickshire Police'), recommendation('recommendation-2', 'home-office', 'the Home Office')])
    const written = draftResponse(report, {body: 'warwickshire'})
    expect(written.citation).toBe('section 55(5), (5A), (5B) and (6) of the Police Act 1996')
    expect(written.findings.answered.map((finding) => finding.id)).toEqual(['recommendation-1'])
    expect(written.findings.forNoting.map((finding) => finding.id)).toEqual(['recommendation-2'])
    const headings = written.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))
    expect(headings).toEqual([
      'Comments of the Police and Crime Commissioner for Warwickshire',
      'Causes of concern, recommendations and areas for improvement',
      'Recommendation 1',
      'Recommendations to other bodies, for noting',
      'Recommendation 2: to the Home Office',
      'Comments of the Chief Constable of Warwickshire Police',
      'Response of the Police and Crime Commissioner for Warwickshire to the Chief Constable’s comments'
    ])
  })

  it('says so when the report has no findings', async () => {
    const report = dated('2024-05-14')
    const markdown = draftToMarkdown(draftResponse(report, {body: 'warwickshire'}))
    expect(markdown).toContain(
      'The report makes no recommendations, causes of concern or areas for improvement, so there is no action to explain under section 55(5B).'
    )
    const {messages} = await lintDocument(markdown, report, 'strict')
    expect(messages.map((message) => message.ruleId)).toEqual(Array(7).fill('placeholders-filled'))
  })
})

describe('draftToMarkdown', () => {
  it('escapes the report’s text, so Markdown reads each finding back verbatim', async () => {
    const text = '1. Forces should *urgently* review [1] the <b>custody_record</b> `flags` \\ and #tags.'
    const report: InspectionReport = {
      ...seedReport,
      findings: [{kind: 'area-for-improvement', id: 'afi-1', number: '1', text, section: [], position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}}]
    }
    const {tree} = toMdast(draftToMarkdown(draftResponse(report, {body: 'warwickshire'})), {format: 'markdown'})
    const quote = tree.children.find((node) => node.type === 'blockquote')
    type Node = {type: string; value?: string; children?: Node[]}
    const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('')
    expect(textOf(quote as Node)).toBe(text)
  })
})

describe('a draft with its placeholders left', () => {
  it.each(['markdown', 'docx'] as const)('lints (%s) with one message per placeholder and nothing else, under both presets', async (format) => {
    const document = format === 'docx' ? await draftToDocx(draft) : draftToMarkdown(draft)
    for (const preset of ['recommended', 'strict'] as const) {
      const {messages} = await lintDocument(document, seedReport, preset)
      expect(messages.map((message) => message.ruleId)).toEqual(Array(placeholderCount).fill('placeholders-filled'))
      expect(messages[0]?.reason).toBe(
        'Unexpected placeholder “[Insert the Police and Crime Commissioner’s comments on the report]”, expected the Police and Crime Commissioner’s comments on the report'
      )
      expect(messages.at(-1)?.reason).toBe('Unexpected placeholder “[Insert the date of the response]”, expected the date of the response')
    }
  })
})

// The seed's own passages, by how they begin, in the order of the draft's placeholders.
const seedText = new TextDecoder().decode(repositoryFile('fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt'))
const seedParagraphs = seedText.split(/\n\s*\n/).map((paragraph) => paragraph.trim())
function passage(...openings: string[]): string {
  return openings
    .map((opening) => {
      const found = seedParagraphs.find((paragraph) => paragraph.startsWith(opening))
      if (!found) throw new Error(`No paragraph of the seed starts ${JSON.stringify(opening)}`)
      return found
    })
    .join(' ')
}
const regionalChief = 'The ROCU remains an important regional collaboration for Warwickshire and therefore I also acknowledge the recommendations attributed to them.'
const regionalAction = passage('In respect of the Regional findings', 'Together with my other Police and Crime Commissioners')
const forceAction = passage('Progress will be scrutinised')
const seedFillers = [
  passage('I welcome the report and its findings', 'The foreword of the report'),
  regionalChief,
  regionalAction,
  regionalChief,
  regionalAction,
  regionalChief,
  regionalAction,
  passage('Our Analysis & Performance Department'),
  forceAction,
  passage('4Ps Plans are now embedded'),
  forceAction,
  passage('As the report highlights, our Senior Detectives Forum', 'We are now undertaking reviews'),
  forceAction,
  passage('The force now has a dedicated Civil Interventions Team', 'Proactive and robust action'),
  forceAction,
  // The seed does not record when the Chief Constable was invited: two days inside the period.
  '15 May 2024',
  '14 June 2024',
  passage('“I am grateful to HMICFRS', 'I am pleased that the report', 'Scrutiny of HMICFRS recommendations', 'The Force Liaison Officer'),
  passage('I note Chief Constable Tedds comments', 'Progress will be scrutinised'),
  'Philip Seccombe TD',
  '2 July 2024'
]

describe('round trip on the seed: the draft filled with the seed’s own passages', () => {
  const filled = fill(draft, seedFillers)

  it.each(['markdown', 'docx'] as const)('lints (%s) like the seed: clean under recommended, and clean under strict', async (format) => {
    const document = format === 'docx' ? await draftToDocx(filled) : draftToMarkdown(filled)
    const seed = await lintDocument(seedText, seedReport, 'recommended')
    const recommended = await lintDocument(document, seedReport, 'recommended')
    expect(recommended.messages.map(String)).toEqual(seed.messages.map(String))
    expect(recommended.messages).toEqual([])
    const strict = await lintDocument(document, seedReport, 'strict')
    expect(strict.messages.map(String)).toEqual([])
    expect(strict.coverage.filter((row) => row.kind === 'area-for-improvement').map((row) => row.answered)).toEqual(Array(7).fill(true))
    expect(strict.response.respondent?.signatory?.name).toBe('Philip Seccombe TD')
    expect(strict.response.date).toBe('2024-07-02')
  })
})

describe('draftToDocx', () => {
  it('uses Word’s Title, Heading 1-3 and Quote styles and numbers the three parts', async () => {
    const bytes = await draftToDocx(draft)
    const {unzipSync, strFromU8} = await import('fflate')
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!)
    const styles = [...document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((match) => match[1])
    expect(styles.filter((style) => style === 'Title')).toHaveLength(1)
    expect(styles.filter((style) => style === 'Heading1')).toHaveLength(3)
    expect(styles.filter((style) => style === 'Heading2')).toHaveLength(1)
    expect(styles.filter((style) => style === 'Heading3')).toHaveLength(7)
    expect(styles.filter((style) => style === 'Quote')).toHaveLength(7)
    expect(document.match(/<w:numPr>/g)).toHaveLength(3)
  })

  it('reads back in mammoth with the same text as the draft', async () => {
    const bytes = await draftToDocx(draft)
    const {value} = await mammoth.extractRawText({buffer: Buffer.from(bytes)})
    const expected = draft.blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.content) : block.text))
    expect(value.split('\n\n').filter((line) => line !== '')).toEqual(expected)
  })
})
