import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, scrutiny} from './helpers.js'

const temp = () => mkdtempSync(join(tmpdir(), 'scrutiny-cli-'))

describe('scrutiny deadline', () => {
  it('gives the last permitted day and the days left (seed: report published 14 May 2024)', async () => {
    expect(await scrutiny(['deadline', '2024-05-14', '--as-at', '2024-07-02'])).toEqual({
      code: 0,
      stdout: [
        'Report published:   2024-05-14 (day 1 of 56)',
        'Last permitted day: 2024-07-08 (day 56)',
        'As at 2024-07-02:   day 50 of 56, 6 days left',
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  it('counts a response on day 57 as late by one day (West Mercia, Getting a grip)', async () => {
    const result = await scrutiny(['deadline', '2023-07-07', '--as-at', '2023-09-01', '--format', 'json'])
    expect(JSON.parse(result.stdout)).toEqual({
      reportPublishedOn: '2023-07-07',
      lastPermittedDay: '2023-08-31',
      asAt: '2023-09-01',
      dayOfPeriod: 57,
      daysLeft: -1
    })
    const text = await scrutiny(['deadline', '2023-07-07', '--as-at', '2023-09-01'])
    expect(text.stdout).toContain('As at 2023-09-01:   day 57 of 56, late by 1 day\n')
  })

  it('says there is no 56-day limit before the Policing and Crime Act 2017 came into force', async () => {
    const result = await scrutiny(['deadline', '2014-09-15', '--as-at', '2015-08-27'])
    expect(result.stdout).toBe('Report published:   2014-09-15\nNo 56-day limit: s.55(5A) applies to reports published from 2017-05-02.\n')
  })

  it.each([
    [['deadline', '14/05/2024'], 'scrutiny: Invalid report publication date "14/05/2024": expected a calendar date written YYYY-MM-DD, such as "2024-05-14"\n'],
    [['deadline', '2024-05-14', '--as-at', '2024-02-30'], 'scrutiny: Invalid --as-at date "2024-02-30": expected a calendar date written YYYY-MM-DD, such as "2024-05-14"\n']
  ])('rejects a bad date with one line and exit 2: %j', async (args, stderr) => {
    expect(await scrutiny(args)).toEqual({code: 2, stdout: '', stderr})
  })
})

describe('scrutiny schema', () => {
  it('writes both JSON Schema files, byte-identical to the published ones', async () => {
    const out = temp()
    const result = await scrutiny(['schema', '--out', join(out, 'nested')])
    expect(result.code).toBe(0)
    for (const name of ['inspection-report', 'statutory-response']) {
      expect(readFileSync(join(out, 'nested', `${name}.schema.json`), 'utf8')).toBe(
        readFileSync(join(root, 'packages/schema/json', `${name}.schema.json`), 'utf8')
      )
    }
    expect(result.stdout).toBe(`wrote ${join(out, 'nested', 'inspection-report.schema.json')}\nwrote ${join(out, 'nested', 'statutory-response.schema.json')}\n`)
  })

  it('fails with exit 2 when the folder cannot be created', async () => {
    const out = temp()
    writeFileSync(join(out, 'file'), 'x')
    const result = await scrutiny(['schema', '--out', join(out, 'file', 'sub')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^scrutiny: .*file\/sub: .*, expected a folder that can be created\n$/)
  })
})

describe('scrutiny validate', () => {
  it('accepts the seed documents, telling report from response by their fields', async () => {
    expect(await scrutiny(['validate', 'examples/seed-report.json', 'examples/seed-response.json'])).toEqual({
      code: 0,
      stdout: 'examples/seed-report.json: valid inspection report\nexamples/seed-response.json: valid statutory response\n',
      stderr: ''
    })
  })

  it('lists every problem of an invalid document as `file: path: message` and exits 1', async () => {
    const report = JSON.parse(readFileSync(join(root, 'examples/seed-report.json'), 'utf8'))
    report.findings[1].kind = 'observation'
    delete report.title
    const file = join(temp(), 'broken.json')
    writeFileSync(file, JSON.stringify(report))
    const result = await scrutiny(['validate', file])
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')).toEqual([
      `${file}: invalid inspection report, 2 issue(s)`,
      `${file}: title: Invalid input: expected string, received undefined`,
      `${file}: findings[1].kind: Invalid discriminator value. Expected 'cause-of-concern' | 'recommendation' | 'area-for-improvement' | 'innovative-practice' | 'promising-practice'`,
      ''
    ])
  })

  it('reads standard input and checks JSON lines one document a line', async () => {
    const report = readFileSync(join(root, 'examples/seed-report.json'), 'utf8')
    const lines = `${JSON.stringify(JSON.parse(report))}\n{"findings": []}\n`
    const result = await scrutiny(['validate', '-'], {input: lines})
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['-:1: valid inspection report', '-:2: invalid inspection report, 5 issue(s)'])
  })

  it('reports a file that is not JSON with exit 2 and still checks the others', async () => {
    const file = join(temp(), 'notes.json')
    writeFileSync(file, 'not json at all')
    const result = await scrutiny(['validate', file, 'examples/seed-response.json'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('examples/seed-response.json: valid statutory response\n')
    expect(result.stderr).toMatch(new RegExp(`^scrutiny: ${file}: not JSON \\(.*\\), expected a JSON document or JSON lines\\n$`))
  })

  it('asks for --as when a document is neither kind', async () => {
    const result = await scrutiny(['validate', '-'], {input: '{"title": "x"}'})
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scrutiny: -: cannot tell the document type, expected `findings` (a report) or `findingResponses` (a response), or pass --as\n'
    })
  })
})
