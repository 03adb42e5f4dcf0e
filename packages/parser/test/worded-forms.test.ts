import {readFileSync} from 'node:fs'
import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Worded findings in forms the thirty-ninth to forty-first sets brought to the tuned part: a
// recommendations register entry with no deadline, a news item's "areas where … need to improve.
// These include …", minutes quoting an area for improvement after a dash, and findings on a page
// whose only named body is the inspectorate. Short verbatim excerpts of tuned pages, with traps.

const fixtures = new URL('../../../fixtures/', import.meta.url)

/** A corpus page (tuned part) without its fixture header, segment separators blanked. */
function corpus(name: string): string {
  const raw = readFileSync(new URL(`corpus/reports/${name}.txt`, fixtures), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, '')
}

const read = (text: string) => parseReport(text, {format: 'text'})
const kindAndText = (finding: Finding) => [finding.kind, finding.text]

describe('a recommendations register entry', () => {
  const entry = [
    'Crime data integrity force reports (5255)',
    '',
    'PPU personnel should be provided with additional HOCR guidance to raise awareness of the requirements for AVI and the process for seeking advice on the submission of case papers.',
    '',
    '[on]18th November 2014 [status]awaiting-review[/status][/on][on]7th September 2016 [comment]',
    '',
    'The cause of concern giving rise to the recommendation is being considered as part of our rolling programme of Crime Data Integrity inspections. The status of this recommendation will be assessed when the force is inspected through the rolling programme.',
    ''
  ].join('\n')

  it('reads the demand right under the entry title, with no deadline, as the recommendation once the status log follows it', () => {
    expect(read(entry).report.findings.map(kindAndText)).toEqual([
      [
        'recommendation',
        'PPU personnel should be provided with additional HOCR guidance to raise awareness of the requirements for AVI and the process for seeking advice on the submission of case papers.'
      ]
    ])
    expect(read(corpus('crime-data-integrity-2014-register-cautions')).report.findings.map(kindAndText)).toEqual([
      [
        'recommendation',
        'The force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.'
      ]
    ])
  })

  it('reads nothing without the status log, and not the paragraphs elaborating an entry above its log', () => {
    expect(read(entry.slice(0, entry.indexOf('[on]'))).report.findings).toEqual([])
    // The entry's text is its first paragraph (read by its deadline); "Chief officers in each police force should …" only elaborates it.
    expect(read(corpus('thematic-domestic-abuse-2014-register')).report.findings.map(kindAndText)).toEqual([
      [
        'recommendation',
        'By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.'
      ]
    ])
  })
})

describe('areas the inspection identified as where a body needs to improve, listed after "These include"', () => {
  it('reads each gerund piece as an area for improvement of the body named first, the recommendation after it too', () => {
    const text = [
      'South East Organised Crime Unit criticised over collaboration and threat assessment',
      '',
      'The inspection identified several key areas where SEROCU and the regional forces need to improve. These include enhancing analytical capabilities to better understand SOC threats, improving the quality and consistency of 4P plans (which cover Pursue, Prevent, Protect, and Prepare strategies), and adopting a regional approach to managing these plans. The report also recommended identifying and promoting innovative practices within the unit.',
      ''
    ].join('\n')
    const {findings} = read(text).report
    expect(findings.map((finding) => [finding.kind, finding.text, finding.subjectId])).toEqual([
      ['area-for-improvement', 'enhancing analytical capabilities to better understand SOC threats', 'rocu-south-east'],
      ['area-for-improvement', 'improving the quality and consistency of 4P plans (which cover Pursue, Prevent, Protect, and Prepare strategies)', 'rocu-south-east'],
      ['area-for-improvement', 'adopting a regional approach to managing these plans', 'rocu-south-east'],
      ['recommendation', 'identifying and promoting innovative practices within the unit.', 'rocu-south-east']
    ])
    // A news copy printing a sentence a paragraph: the list opens the next one.
    const split = text.replace('need to improve. These include', 'need to improve.\n\nThese include')
    expect(read(split).report.findings.filter((finding) => finding.kind === 'area-for-improvement').map((finding) => finding.text)).toEqual([
      'enhancing analytical capabilities to better understand SOC threats',
      'improving the quality and consistency of 4P plans (which cover Pursue, Prevent, Protect, and Prepare strategies)',
      'adopting a regional approach to managing these plans'
    ])
  })

  it('reads nothing from the inspector’s own "there are areas where …", nor from grades listed after "These include"', () => {
    const summary =
      'I am satisfied with some aspects of the performance of West Sussex FRS in keeping people safe and secure from fires and other risks, but there are areas where the service needs to improve. These include making sure firefighters carry out enough prevention activity, doing more to reduce unwanted fire signals, and continuing to make sure staff behaviour aligns with organisational values.'
    expect(read(summary).report.findings).toEqual([])
    const grades =
      'The report, issued by His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS), identified areas in which Suffolk’s police force needs to improve.\n\nThese include an ‘inadequate’ rating for how the force responds to the public, and two ‘requires improvement’ ratings for protecting vulnerable people and managing offenders.'
    expect(read(grades).report.findings).toEqual([])
    // PEEL's graded areas are gerunds too.
    const areas = grades.replace(/These include .*$/, 'These include investigating crime, responding to the public and protecting vulnerable people.')
    expect(read(areas).report.findings).toEqual([])
  })
})

describe('minutes quoting an area for improvement after a dash, on a page naming only the inspectorate', () => {
  const minutes = [
    'The Committee received a report from the Chief Fire Officer regarding Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) Action Plan Report (Item 6 in the Minute Book).',
    '',
    'Officers highlighted the area for improvement as set out at page 14 of the agenda pack – ‘The Service should ensure it gathers and records relevant and up-to-date risk information’.  It was explained that HMI felt that there was a lack of clarity around who was responsible for this information in the Service.',
    ''
  ].join('\n')

  it('reads the quotation as the area for improvement, placed under no body (the inspectorate is never the one found wanting), with a message', () => {
    const {report, messages} = read(minutes)
    expect(report.findings.map((finding) => [finding.kind, finding.text, finding.subject])).toEqual([
      ['area-for-improvement', 'The Service should ensure it gathers and records relevant and up-to-date risk information', undefined]
    ])
    expect(messages.map((message) => message.ruleId)).toContain('unknown-subject')
  })
})

describe('a quotation calling what it states a cause of concern, its speaker named sentences before', () => {
  it('keeps no finding and quotes the sentence in a cause-unread message, so nothing is lost; none for a sentence pointing back', () => {
    const text = [
      'It was also found that while Cambridgeshire Constabulary generally provides a good service in identifying vulnerable people and responds well to them, there is room for improvement.',
      '',
      'She said: “For example the response to the investigation and safeguarding of domestic abuse victims is a cause of concern to HMIC.',
      ''
    ].join('\n')
    const {report, messages} = read(text)
    expect(report.findings).toEqual([])
    expect(messages.filter((message) => message.ruleId === 'cause-unread').map((message) => [message.line, message.reason])).toEqual([
      [3, 'Unexpected sentence `She said: “For example the response to the investigation …` calling what it states a cause of concern, expected a cause of concern read from it']
    ])
    const pointingBack = read('She said: “This is a cause of concern to HMIC.').messages
    expect(pointingBack.filter((message) => message.ruleId === 'cause-unread')).toEqual([])
  })
})
