import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, scrutiny} from './helpers.js'

const seed = 'fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt'
const seedReport = 'examples/seed-report.json'
const late = 'fixtures/corpus/responses/westmercia-pcc-police-performance-getting-a-grip-2023-letter'
const gold = (slug: string) => JSON.parse(readFileSync(join(root, `${slug}.gold.json`), 'utf8')) as {reportPublished: string; withinDeadline: boolean}

describe('scrutiny lint', () => {
  it('passes the seed response with its report (exit 0, no errors)', async () => {
    const result = await scrutiny(['lint', seed, '--report', seedReport, '--format', 'json'])
    expect(result.code).toBe(0)
    const [file] = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{severity: string}>; deadline: unknown}>
    expect(file!.path).toBe(seed)
    expect(file!.messages).toEqual([])
    expect(file!.deadline).toEqual({lastPermittedDay: '2024-07-08'})
  })

  it('fails a late response (exit 1) naming published-within-56-days', async () => {
    const {reportPublished, withinDeadline} = gold(late)
    expect(withinDeadline).toBe(false)
    const result = await scrutiny(['lint', `${late}.txt`, '--report-published', reportPublished])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error .*published-within-56-days/)
  })

  it('writes valid SARIF 2.1.0', async () => {
    const {reportPublished} = gold(late)
    const result = await scrutiny(['lint', `${late}.txt`, '--report-published', reportPublished, '--format', 'sarif'])
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-(?:schema-)?2\.1\.0/)
    const [run] = log.runs
    const ruleIds = run.tool.driver.rules.map((rule: {id: string}) => rule.id)
    for (const item of run.results) {
      expect(ruleIds[item.ruleIndex]).toBe(item.ruleId)
      expect(['error', 'warning', 'note']).toContain(item.level)
      expect(item.locations[0].physicalLocation.artifactLocation.uri).toBe(`${late}.txt`)
    }
    expect(run.results.find((item: {ruleId: string}) => item.ruleId === 'published-within-56-days')?.level).toBe('error')
  })

  it('prints the plain-English text report and GitHub annotations', async () => {
    const text = await scrutiny(['lint', seed, '--report', seedReport, '--format', 'text'])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('8 July 2024')
    const {reportPublished} = gold(late)
    const github = await scrutiny(['lint', `${late}.txt`, '--report-published', reportPublished, '--format', 'github'])
    expect(github.stdout).toMatch(new RegExp(`^::error file=${late}\\.txt,.*title=published-within-56-days::`, 'm'))
  })

  it('accepts the report as text and as a `scrutiny parse` record', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scrutiny-cli-'))
    const record = join(folder, 'report.json')
    writeFileSync(record, JSON.stringify({file: 'report.txt', report: JSON.parse(readFileSync(join(root, seedReport), 'utf8')), messages: []}))
    const fromRecord = await scrutiny(['lint', seed, '--report', record, '--format', 'json'])
    const fromDocument = await scrutiny(['lint', seed, '--report', seedReport, '--format', 'json'])
    expect(fromRecord.code).toBe(0)
    expect(fromRecord.stdout).toBe(fromDocument.stdout)
  })

  it.each([
    [['lint', 'fixtures/seed/missing.txt'], /^scrutiny: fixtures\/seed\/missing\.txt: no such file, expected a readable file\n$/],
    [['lint', 'packages/cli/test/fixtures/corrupt.txt'], /^scrutiny: Cannot read packages\/cli\/test\/fixtures\/corrupt\.txt: expected text .*found binary data[^\n]*\n$/],
    [['lint', seed, '--report-published', '2024-02-30'], /^scrutiny: Invalid --report-published date "2024-02-30": expected a calendar date written YYYY-MM-DD, such as "2024-05-14"\n$/],
    [['lint', seed, '--report', 'packages/cli/test/fixtures/README.md.json'], /^scrutiny: packages\/cli\/test\/fixtures\/README\.md\.json: no such file, expected a readable file\n$/],
    [['lint', seed, '--preset', 'lenient'], /^scrutiny: Unexpected `--preset lenient`, expected one of `recommended`, `strict` \(usage: .*\)\n$/]
  ])('exits 2 with a one-line message: %j', async (args, stderr) => {
    const result = await scrutiny(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(stderr)
  })

  it('reads a config file and rejects an unknown rule in it with exit 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scrutiny-cli-'))
    const config = join(folder, '.scrutinyrc.json')
    writeFileSync(config, JSON.stringify({rules: {'published-within-56-days': 'off'}}))
    const {reportPublished} = gold(late)
    const off = await scrutiny(['lint', `${late}.txt`, '--report-published', reportPublished, '--config', config, '--format', 'json'])
    const [file] = JSON.parse(off.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(file!.messages.map((message) => message.ruleId)).not.toContain('published-within-56-days')
    writeFileSync(config, JSON.stringify({rules: {'no-such-rule': 'off'}}))
    const bad = await scrutiny(['lint', seed, '--config', config])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^scrutiny: \/.*\.scrutinyrc\.json: Invalid config .*no-such-rule[^\n]*\n$/)
  })

  it('uses the nearest .scrutinyrc.json above the response when --config is not given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scrutiny-cli-'))
    mkdirSync(join(folder, 'drafts'))
    const response = join(folder, 'drafts', 'response.txt')
    copyFileSync(join(root, `${late}.txt`), response)
    const {reportPublished} = gold(late)
    const args = ['lint', response, '--report-published', reportPublished, '--format', 'json']
    const before = JSON.parse((await scrutiny(args)).stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(before[0]!.messages.map((message) => message.ruleId)).toContain('published-within-56-days')
    writeFileSync(join(folder, '.scrutinyrc.json'), JSON.stringify({rules: {'published-within-56-days': 'off'}}))
    const after = JSON.parse((await scrutiny(args)).stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(after[0]!.messages.map((message) => message.ruleId)).not.toContain('published-within-56-days')
  })
})
