import {readFileSync} from 'node:fs'
import {lint} from '@scrutiny/linter'
import {parseReport, parseResponse} from '@scrutiny/parser'
import type {InspectionReport} from '@scrutiny/schema'
import {describe, expect, test} from 'vitest'
import {parseReportDocument, parseResponseDocument} from '../src/lib/parse-document.js'
import {corpusText, fixture} from './helpers.js'

const seedName = 'warwickshire-pcc-response-west-midlands-soc-2024'
const report = JSON.parse(readFileSync(new URL('../../../examples/seed-report.json', import.meta.url), 'utf8')) as InspectionReport

/** A value with positions dropped and whitespace normalised: what must not depend on the input format. */
function comparable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\s\u00A0]+/g, ' ').trim()
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'position' && key !== 'place')
        .map(([key, item]) => [key, comparable(item)])
    )
  }
  return value
}

function verdicts(result: ReturnType<typeof lint>) {
  return result.messages.map((message) => [message.ruleId, message.fatal, message.reason]).sort()
}

describe('the seed linted as .docx and as .pdf gives the verdicts and coverage of the plain text', async () => {
  const fromText = parseResponse(corpusText(`seed/${seedName}.txt`), {path: `${seedName}.txt`})
  const expected = lint(fromText.response, {report})

  for (const format of ['docx', 'pdf'] as const) {
    test(format, async () => {
      const {response} = await parseResponseDocument(fixture(`${format}/${seedName}.${format}`), {path: `${seedName}.${format}`})
      const result = lint(response, {report})
      expect(verdicts(result)).toEqual(verdicts(expected))
      expect(comparable(result.coverage)).toEqual(comparable(expected.coverage))
      expect(comparable(response.findingResponses)).toEqual(comparable(fromText.response.findingResponses))
    })
  }
})

test('a report parsed from its .pdf has the findings and grades it has from its text', async () => {
  const options = {publishedOn: '2019-05-02'}
  const fromText = parseReport(corpusText('corpus/reports/peel-2018-essex.txt'), {...options, path: 'peel-2018-essex.txt'})
  const fromPdf = await parseReportDocument(fixture('pdf/peel-2018-essex.pdf'), {...options, path: 'peel-2018-essex.pdf'})
  expect(fromText.report.findings.length).toBeGreaterThan(0)
  // The PDF typesets page titles one heading level up, so the heading path may start with one more
  // heading; the nearest heading, and everything else, is the same.
  const withoutPath = ({section, ...rest}: {section: string[]}) => ({...rest, heading: section.at(-1)})
  expect(comparable(fromPdf.report.findings.map(withoutPath))).toEqual(comparable(fromText.report.findings.map(withoutPath)))
  expect(comparable(fromPdf.report.grades.map(withoutPath))).toEqual(comparable(fromText.report.grades.map(withoutPath)))
  for (const finding of fromPdf.report.findings) expect(finding.position.page).toBeGreaterThanOrEqual(1)
})
