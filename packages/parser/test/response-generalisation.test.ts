import {readFileSync} from 'node:fs'
import {validateStatutoryResponse} from '@scrutiny/schema'
import type {PartKind, ResponsePart, StatutoryResponse} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// Layouts of section 55 responses that the real corpus lacks: Markdown headings, the genre's many part
// headings, report references in italics or quotes, "Date:" lines and signature blocks without a comma.
const fixtures = new URL('../../../fixtures/constructed/', import.meta.url)
const markdown = readFileSync(new URL('response-markdown-constructed.md', fixtures), 'utf8')
const gold = JSON.parse(readFileSync(new URL('response-markdown-constructed.gold.json', fixtures), 'utf8'))
// The same response as plain text: no comment, no `#` or `*` markup, bare-line headings.
const text = markdown
  .replace(/^<!--[^]*?-->\n+/, '')
  .replace(/^#{1,6} /gm, '')
  .replaceAll('*', '')

const keyOf: Record<PartKind, 'lpbComments' | 'chiefOfficerComments' | 'responseToChiefOfficer'> = {
  'lpb-comments': 'lpbComments',
  'chief-officer-comments': 'chiefOfficerComments',
  'response-to-chief-officer': 'responseToChiefOfficer'
}

/** The part must be its verbatim source slice, from its heading to the last sentence given. */
function expectPart(source: string, part: ResponsePart | undefined, heading: string, lastSentence: string): void {
  expect(part?.heading).toBe(heading)
  expect(part?.detectedBy).toBe('heading')
  const start = source.indexOf(heading)
  const end = source.indexOf(lastSentence, start) + lastSentence.length
  expect(part?.text).toBe(source.slice(start, end))
  expect(part?.position.start.offset).toBe(start)
  expect(part?.position.end.offset).toBe(end)
  expect(part?.position.start.line).toBe(source.slice(0, start).split('\n').length)
}

describe.each([
  ['Markdown', 'response.md', markdown],
  ['plain text', 'response.txt', text]
])('parseResponse: a constructed response as %s', (_format, path, source) => {
  const {response, messages} = parseResponse(source, {path})

  it('is a valid StatutoryResponse with no parser messages', () => {
    expect(validateStatutoryResponse(response).success).toBe(true)
    expect(messages).toEqual([])
  })

  it('finds the three parts by their headings, each a verbatim slice, the signature left out', () => {
    expectPart(source, response.lpbComments, gold.parts.lpbComments, 'through the Police and Crime Panel.')
    expectPart(source, response.chiefOfficerComments, gold.parts.chiefOfficerComments, 'offender management unit."')
    expectPart(source, response.responseToChiefOfficer, gold.parts.responseToChiefOfficer, 'hold him to account for delivery.')
    expect(response.responseToChiefOfficer?.text).not.toContain('Marc Jones')
  })

  it('reads the report title and publication date from "HMICFRS published <title> on <date>"', () => {
    const {position, ...report} = response.report
    expect(report).toEqual({
      title: gold.reportTitle,
      publishedOn: gold.reportPublished,
      publishedOnAsWritten: '12 March 2025'
    })
    expect(source.slice(position?.start.offset, position?.end.offset)).toBe(gold.reportTitle)
  })

  it('reads the response date from the "Date:" line and the signatory from the closing block', () => {
    expect(response.date).toBe(gold.responseDate)
    expect(response.respondent).toEqual({
      name: gold.respondent,
      kind: 'pcc',
      forceId: 'lincolnshire',
      signatory: gold.signedBy
    })
  })

  it('keeps the answers to recommendations 1 and 2 in the body’s comments', () => {
    expect(response.findingResponses.map((entry) => [entry.finding.number, entry.part, entry.stance])).toEqual([
      ['1', 'lpb-comments', 'action-proposed'],
      ['2', 'lpb-comments', 'action-proposed']
    ])
  })
})

/** A short response with the three part headings given, as Markdown headings or bare lines. */
function threeParts(headings: Record<PartKind, string>, markdownHeadings: boolean): string {
  const heading = (line: string) => (markdownHeadings ? `## ${line}` : line)
  return [
    heading('Response to the HMICFRS inspection'),
    'HMICFRS published its report on 12 March 2025. This is my response.',
    heading(headings['lpb-comments']),
    'I welcome the report and I will monitor the action plan at my accountability board.',
    heading(headings['chief-officer-comments']),
    'We accept the findings and we have recruited more officers to the unit.',
    heading(headings['response-to-chief-officer']),
    'I am reassured by this answer and will hold the force to account.',
    ''
  ].join('\n\n')
}

const defaults: Record<PartKind, string> = {
  'lpb-comments': 'Commissioner’s comments',
  'chief-officer-comments': 'Chief Constable’s comments',
  'response-to-chief-officer': 'Commissioner’s response to the Chief Constable’s comments'
}

const wordings: Array<[PartKind, string]> = [
  ['lpb-comments', 'PCC comments'],
  ['lpb-comments', 'Police and Crime Commissioner’s response'],
  ['lpb-comments', "Commissioner's comments"],
  ['lpb-comments', 'Deputy Mayor’s comments'],
  ['lpb-comments', 'Commissioner’s reply'],
  ['lpb-comments', '1. Police and Crime Commissioner’s Comments'],
  ['lpb-comments', 'Part 1: PCC response'],
  ['lpb-comments', 'Response from the Police and Crime Commissioner'],
  ['lpb-comments', 'Police, Fire and Crime Commissioner’s response'],
  ['lpb-comments', 'Comments of the Police and Crime Commissioner for Lincolnshire'],
  ['lpb-comments', 'Police and Crime Commissioner for Lincolnshire’s comments'],
  ['lpb-comments', 'Deputy Mayor for Policing and Crime’s response'],
  ['chief-officer-comments', 'Chief Constable’s response'],
  ['chief-officer-comments', 'Comments from the Chief Constable'],
  ['chief-officer-comments', 'Force response'],
  ['chief-officer-comments', 'Chief Officer’s comments'],
  ['chief-officer-comments', 'The Commissioner of Police’s response'],
  ['chief-officer-comments', '2. Chief Constable’s Comments'],
  ['chief-officer-comments', 'Response from the Chief Constable'],
  ['chief-officer-comments', 'Chief Constable’s reply'],
  ['chief-officer-comments', 'Lincolnshire Police response'],
  ['chief-officer-comments', 'Temporary Chief Constable’s comments'],
  ['chief-officer-comments', 'Commissioner of Police of the Metropolis’s comments'],
  ['response-to-chief-officer', 'PCC response to the Chief Constable’s comments'],
  ['response-to-chief-officer', 'Response to the Chief Constable’s comments'],
  ['response-to-chief-officer', '3. Police and Crime Commissioner’s response to the Chief Constable'],
  ['response-to-chief-officer', 'Commissioner’s reply to the Chief Constable'],
  ['response-to-chief-officer', 'Comments from the PCC on the Chief Constable’s response'],
  ['response-to-chief-officer', 'Deputy Mayor’s response to the Commissioner’s comments'],
  ['response-to-chief-officer', 'PCC’s comments on the force response']
]

describe('parseResponse: the genre’s part headings', () => {
  for (const markdownHeadings of [true, false]) {
    it.each(wordings)(`%s: "%s" ${markdownHeadings ? 'as a Markdown heading' : 'as a bare line'}`, (kind, wording) => {
      const source = threeParts({...defaults, [kind]: wording}, markdownHeadings)
      const {response} = parseResponse(source, {path: markdownHeadings ? 'response.md' : 'response.txt'})
      for (const other of Object.keys(keyOf) as PartKind[]) {
        const key = keyOf[other]
        const part = response[key]
        // The plain-text reader takes "2. X" for a numbered item, whose text starts after the number.
        const heading = other === kind ? (markdownHeadings ? wording : wording.replace(/^\d\. /, '')) : defaults[other]
        expect(part?.heading, key).toBe(heading)
        expect(part?.detectedBy, key).toBe('heading')
        expect(source.slice(part?.position.start.offset, part?.position.end.offset), key).toBe(part?.text)
      }
    })
  }
})

describe('parseResponse: prose that only starts like a part heading', () => {
  it.each(['Force response times to emergency calls have improved.', 'We welcome the Commissioner’s comments.', 'Police response'.toLowerCase() + ' is good.'])(
    '%s',
    (sentence) => {
      const source = `I welcome the report and I will monitor progress.\n\n${sentence}\n\nI will report to the panel.\n`
      const {response} = parseResponse(source, {path: 'response.txt'})
      expect(response.chiefOfficerComments).toBeUndefined()
      expect(response.lpbComments).toMatchObject({detectedBy: 'voice', text: source.trim()})
    }
  )
})

const title = 'PEEL 2023–2025: An inspection of Lincolnshire Police'

describe('parseResponse: how responses name the report and its date', () => {
  const cases: Array<[string, Partial<StatutoryResponse['report']>]> = [
    [`HMICFRS published *${title}* on 12 March 2025.`, {title, publishedOn: '2025-03-12', publishedOnAsWritten: '12 March 2025'}],
    [`HMICFRS published ${title} on 12 March 2025.`, {title, publishedOn: '2025-03-12', publishedOnAsWritten: '12 March 2025'}],
    [
      `His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published “${title}” on the 12th of March 2025.`,
      {title, publishedOn: '2025-03-12', publishedOnAsWritten: '12th of March 2025'}
    ],
    [`I welcome the HMICFRS report, ‘${title}’, published on 12 March 2025.`, {title, publishedOn: '2025-03-12', publishedOnAsWritten: '12 March 2025'}],
    [`This is my response to the report titled ${title}, published on 12 March 2025.`, {title, publishedOn: '2025-03-12', publishedOnAsWritten: '12 March 2025'}],
    [`The report titled _${title}_ was published on 12 March 2025.`, {title, publishedOn: '2025-03-12', publishedOnAsWritten: '12 March 2025'}],
    [`In its report ${title} (published 12 March 2025), HMICFRS found that the force must improve.`, {title, publishedOn: '2025-03-12', publishedOnAsWritten: '12 March 2025'}]
  ]
  it.each(cases)('%s', (sentence, expected) => {
    for (const path of ['response.md', 'response.txt']) {
      const {response} = parseResponse(`${sentence}\n\nI welcome the report and will monitor progress.\n`, {path})
      const {position, ...report} = response.report
      expect(report, path).toEqual(expected)
      // The passage that names the report is the title, wherever its marks put it.
      expect(sentence.slice(position?.start.offset, position?.end.offset), path).toBe(title)
    }
  })

  it('does not take another publication for the report', () => {
    const {response} = parseResponse('The force published its Violence Against Women and Girls Strategy on 3 June 2024.\n\nI welcome this.\n', {
      path: 'response.txt'
    })
    expect(response.report).toEqual({})
  })
})

describe('parseResponse: response dates and signature blocks', () => {
  const body = 'HMICFRS published its report on 12 March 2025.\n\nI welcome the report and I will monitor progress.\n\n'
  const signatory = {name: 'Marc Jones', role: 'Police and Crime Commissioner for Lincolnshire'}
  const cases: Array<[string, string]> = [
    ['a "Date:" line at the top', `Date: 1 May 2025\n\n${body}Marc Jones\nPolice and Crime Commissioner for Lincolnshire\n`],
    ['a bold "Date:" line at the top', `**Date:** 1 May 2025\n\n${body}Marc Jones\nPolice and Crime Commissioner for Lincolnshire\n`],
    ['a date line under the signature', `${body}Marc Jones\nPolice and Crime Commissioner for Lincolnshire\n1 May 2025\n`],
    ['a signature and date in separate paragraphs', `${body}Marc Jones\n\nPolice and Crime Commissioner for Lincolnshire\n\n1 May 2025\n`],
    ['a "Date:" line under the signature', `${body}Marc Jones\nPolice and Crime Commissioner for Lincolnshire\nDate: 1 May 2025\n`],
    ['a "Name, Title" signature and a date', `${body}Marc Jones, Police and Crime Commissioner for Lincolnshire\n\n1 May 2025\n`]
  ]
  it.each(cases)('%s', (_name, source) => {
    for (const path of ['response.md', 'response.txt']) {
      const {response} = parseResponse(source, {path})
      expect(response.date, path).toBe('2025-05-01')
      expect(response.respondent?.signatory, path).toEqual(signatory)
      expect(response.lpbComments?.text, path).toBe('I welcome the report and I will monitor progress.')
    }
  })
})
