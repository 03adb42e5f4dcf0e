import {describe, expect, it} from 'vitest'
import {lint, reportGithub, reportJson, reportSarif, reportStylish, reportText, rules} from '../src/index.js'
import {parseResponse} from '@scrutiny/parser'
import {parseSeed, seedReport} from './helpers.js'

function seedEntry() {
  const {response, file} = parseSeed()
  return {file, response, result: lint(response, {file, report: seedReport, preset: 'strict'})}
}

describe('reporters on the seed (strict)', () => {
  it('stylish', () => {
    expect(reportStylish(seedEntry())).toBe(
      "warwickshire-pcc-response-west-midlands-soc-2024.txt\n9:428-9:464 warning Unexpected citation of section 55(1), the inspectors' duty to publish, expected the body's duties in section 55(4)-(6) cites-section-55 scrutiny\n\n⚠ 1 warning"
    )
  })

  it('stylish and github mark a check that cannot tell, which is otherwise a warning like a duty not met', () => {
    const {response, file} = parseResponse("Dear Home Secretary,\n\nI welcome the above report. The chief constable's comments are attached.\n", {path: 'letter.txt'})
    const entry = {file, response, result: lint(response, {file})}
    const lines = (report: string) => report.split('\n').filter((line) => line.includes('copies-sent') || line.includes('report-identified'))
    expect(lines(reportStylish(entry)).map((line) => line.replace(/ +/g, ' ').trim())).toEqual([
      'warning Unexpected response without a copy to the inspectors of constabulary, expected it to say it is sent to HMICFRS and the Secretary of State (s.55(6)) copies-sent scrutiny',
      'warning Unexpected reference to the report as “the above report” without its title, expected its title or link (s.55(4)-(5)) (cannot tell) report-identified scrutiny'
    ])
    expect(lines(reportGithub(entry)).map((line) => line.slice(0, line.indexOf('::', 2)))).toEqual([
      '::warning file=letter.txt,title=copies-sent',
      '::warning file=letter.txt,title=report-identified (cannot tell)'
    ])
  })

  it('json', () => {
    const [file] = JSON.parse(reportJson(seedEntry()))
    expect(file.messages[0]).toMatchObject({ruleId: 'cites-section-55', severity: 'warning', actual: '55(1)'})
    expect(file.coverage).toHaveLength(9)
    expect(file.deadline).toEqual({lastPermittedDay: '2024-07-08'})
    expect(file.messages[0]).toMatchObject({
      outcome: 'not-met',
      plain: "The response cites section 55(1) (the inspectors' duty to publish) rather than the body's own duties in section 55(4)-(6).",
      fix: 'Cite section 55(5) of the Police Act 1996.'
    })
    expect(file.dates).toEqual({report: {date: '2024-05-14', precision: 'day', from: 'report'}, response: {date: '2024-07-02', precision: 'day', from: 'text'}})
    expect(file.checks.find((check: {ruleId: string}) => check.ruleId === 'report-identified')).toMatchObject({
      outcome: 'met',
      messageId: 'named',
      plain: 'The response names the report: “An inspection of the West Midlands regional response to serious and organised crime”.'
    })
  })

  it('sarif 2.1.0 with helpUri for every rule', () => {
    const log = JSON.parse(reportSarif(seedEntry()))
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].tool.driver.rules).toHaveLength(rules.length)
    expect(log.runs[0].tool.driver.rules[13]).toMatchObject({
      id: 'cites-section-55',
      helpUri: 'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#cites-section-55'
    })
    expect(log.runs[0].results).toEqual([
      {
        ruleId: 'cites-section-55',
        ruleIndex: 13,
        level: 'warning',
        message: {
          text: "Unexpected citation of section 55(1), the inspectors' duty to publish, expected the body's duties in section 55(4)-(6)"
        },
        properties: {outcome: 'not-met'},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: 'warwickshire-pcc-response-west-midlands-soc-2024.txt'},
              region: {startLine: 9, startColumn: 428, endLine: 9, endColumn: 464}
            }
          }
        ]
      }
    ])
  })

  it('github workflow commands', () => {
    expect(reportGithub(seedEntry())).toBe(
      "::warning file=warwickshire-pcc-response-west-midlands-soc-2024.txt,line=9,col=428,endLine=9,endColumn=464,title=cites-section-55::Unexpected citation of section 55(1), the inspectors' duty to publish, expected the body's duties in section 55(4)-(6)"
    )
  })

  it('text: names the section, quotes the passage, prints the deadline and the coverage', () => {
    const text = reportText(seedEntry())
    expect(text.split('\n').slice(0, 12)).toEqual([
      'Response: warwickshire-pcc-response-west-midlands-soc-2024.txt',
      '',
      'The last permitted day is 8 July 2024 (day 56, counting 14 May 2024, when the report was published, as day 1). Published on 2 July 2024: day 50, in time with 6 days to spare.',
      '',
      'Found 1: 0 to fix, 1 to check, 0 suggestion(s).',
      '',
      "Should check: The response cites section 55(1) (the inspectors' duty to publish) rather than the body's own duties in section 55(4)-(6).",
      '  Where: the opening',
      '  The passage: “Section 55(1) of the Police Act 1996”',
      '  What to do: Cite section 55(5) of the Police Act 1996.',
      '  Why: Saying that this is the response under section 55 tells readers what it is and which duties it meets. (Police Act 1996 s.55(4)-(6); section55.md §8 GP-CITE-S55)',
      '  More: https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#cites-section-55'
    ])
    expect(text).toContain(
      "Checks:\n- Met: The body's own comments are there. “1. Local Policing Body’s Comments. I welcome the report and its findings and thank HMICFRS for its …”"
    )
    expect(text).toContain('- Not met: The response cites section 55(1)')
    expect(text).toContain('Findings of the report (7 of 9 answered):')
    expect(text).toContain(
      "- Area for improvement 1: “The Regional Organised Crime Unit for the West Midlands and its constituent forces should improve how they work togethe…”\n    Answered in the body's response to the chief officer (action proposed): “In respect of the Regional findings from the inspection and the two AFI’s identified, a Regional SOC Board is responsib…”"
    )
  })
})

describe('SARIF names the file with a URI reference', () => {
  it('percent-encodes each segment of the path, so `#`, `?`, `%` and spaces stay part of the name', () => {
    const entry = seedEntry()
    entry.file.path = 'drafts/response #2?v=1 100%.txt'
    const log = JSON.parse(reportSarif(entry))
    const uri: string = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri
    expect(uri).toBe('drafts/response%20%232%3Fv%3D1%20100%25.txt')
    expect(decodeURIComponent(uri)).toBe('drafts/response #2?v=1 100%.txt')
  })
})
