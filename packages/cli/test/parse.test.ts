import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {type InspectionReport, validateInspectionReport} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {root, scrutiny} from './helpers.js'

const reportsFolder = 'fixtures/corpus/reports'
const reportFiles = readdirSync(join(root, reportsFolder))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(reportsFolder, name))

interface ParseRecord {
  file: string
  report: InspectionReport
  messages: Array<{ruleId: string | null; severity: string; reason: string}>
}

const records = (jsonl: string): ParseRecord[] =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ParseRecord)

/** A small RFC 4180 reader (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') (field += '"'), index++
      else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') quoted = true
    else if (character === ',') row.push(field), (field = '')
    else if (character === '\r' && text[index + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), index++
    else field += character
  }
  return rows
}

describe('scrutiny parse', () => {
  it('writes one JSON line per report of a folder, in file order, each a valid report with verbatim findings', async () => {
    const result = await scrutiny(['parse', reportsFolder, '--format', 'jsonl'])
    expect(result.code).toBe(0)
    const parsed = records(result.stdout)
    expect(parsed.map((record) => record.file)).toEqual(reportFiles)
    for (const record of parsed) {
      expect(validateInspectionReport(record.report).success).toBe(true)
      const text = readFileSync(join(root, record.file), 'utf8')
      for (const finding of record.report.findings) {
        expect(text.slice(finding.position.start.offset, finding.position.end.offset)).toBe(finding.text)
      }
    }
    const findings = parsed.reduce((sum, record) => sum + record.report.findings.length, 0)
    expect(result.stderr).toMatch(new RegExp(`^Parsed ${reportFiles.length} files in [\\d.]+ s on \\d workers?: ${reportFiles.length} written, 0 failed; findings: `))
    const counted = [...result.stderr.matchAll(/(\d+) (?:cause-of-concern|recommendation|area-for-improvement|innovative-practice|promising-practice)/g)]
    expect(counted.reduce((sum, match) => sum + Number(match[1]), 0)).toBe(findings)
    // Not a terminal: no progress bar, no colour.
    expect(result.stderr).not.toMatch(/[\r\u001B]/)
  })

  it('writes CSV with a header and one row per finding, per grade and per restated finding, in document order, matching the JSON records', async () => {
    const [csv, jsonl] = await Promise.all([
      scrutiny(['parse', reportsFolder, '--format', 'csv']),
      scrutiny(['parse', reportsFolder, '--format', 'jsonl'])
    ])
    expect(csv.code).toBe(0)
    const [header, ...rows] = readCsv(csv.stdout)
    expect(header).toEqual(['document', 'title', 'date', 'subject', 'kind', 'number', 'text', 'finding', 'line', 'column', 'area', 'grade', 'restated', 'status'])
    const parsed = records(jsonl.stdout)
    const findingRows = parsed.flatMap((record) =>
      record.report.findings.map((finding) => [record.file, record.report.title, finding.id, finding.kind, finding.text])
    )
    expect(rows.filter((row) => row[4] !== 'grade' && row[12] !== 'yes').map((row) => [row[0], row[1], row[7], row[4], row[6]])).toEqual(findingRows)
    const restatedRows = parsed.flatMap((record) =>
      (record.report.history ?? []).map((item) => [record.file, item.kind, item.text, String(item.position.start.line), item.status ?? ''])
    )
    expect(restatedRows.length).toBeGreaterThan(100)
    expect(rows.filter((row) => row[12] === 'yes').map((row) => [row[0], row[4], row[6], row[8], row[13]])).toEqual(restatedRows)
    const gradeRows = parsed.flatMap((record) =>
      record.report.grades.map((grade) => [record.file, grade.subject, grade.quote, String(grade.position.start.line), grade.area, grade.grade])
    )
    expect(rows.filter((row) => row[4] === 'grade').map((row) => [row[0], row[3], row[6], row[8], row[10], row[11]])).toEqual(gradeRows)
    // Each document's rows run in the order its lines do.
    const lines = (file: string) => rows.filter((row) => row[0] === file).map((row) => Number(row[8]))
    for (const file of reportFiles) expect(lines(file)).toEqual([...lines(file)].sort((a, b) => a - b))
    // The summary counts the grades too.
    const grades = parsed.reduce((sum, record) => sum + record.report.grades.length, 0)
    const restated = parsed.reduce((sum, record) => sum + (record.report.history?.length ?? 0), 0)
    expect(csv.stderr).toContain(`; grades: ${grades}; restated from earlier inspections: ${restated}; `)
  })

  it('writes a revisit letter’s restated cause of concern and recommendations, which are not this letter’s findings', async () => {
    const file = 'fixtures/corpus/reports/coc-revisit-buckinghamshire-frs-2023-02.txt'
    const result = await scrutiny(['parse', file, '--format', 'csv'])
    const [, ...rows] = readCsv(result.stdout)
    // Before, the letter gave no row: it has no finding of its own, only the 2021 cause of concern's
    // recommendations it reports progress on.
    expect(rows.map((row) => [row[3], row[4], row[7], row[8], row[12]])).toEqual(
      rows.map((row) => ['Buckinghamshire Fire and Rescue Service', 'recommendation', '', row[8], 'yes'])
    )
    expect(rows.map((row) => row[6]).slice(0, 2)).toEqual([
      'an effective system to define the levels of risk in the community;',
      'a revised prevention strategy that clearly prioritises the people most at risk giving focus and direction to specialist teams; and'
    ])
    expect(rows).toHaveLength(8)
    expect(result.stderr).toContain('findings: none; grades: 0; restated from earlier inspections: 8; ')
  })

  it('writes the grades of a fire pillar page before its area for improvement, as the page has them', async () => {
    const file = 'fixtures/corpus/reports/frs-2021-cumbria-efficiency.txt'
    const [, ...rows] = readCsv((await scrutiny(['parse', file, '--format', 'csv'])).stdout)
    // "… overall efficiency is inadequate." (line 18), the question's bare "Requires improvement" (line
    // 31), then the two areas for improvement of its list (the second cut off on this copy).
    expect(rows.map((row) => [row[4], row[8], row[10], row[11]])).toEqual([
      ['grade', '18', 'overall efficiency', 'inadequate'],
      ['grade', '31', 'How well is the FRS making best use of its resources?', 'requires-improvement'],
      ['area-for-improvement', '43', '', ''],
      ['area-for-improvement', '44', '', '']
    ])
  })

  it('takes a saved web page’s <title> as its title, which names whose grades they are', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scrutiny-cli-'))
    // A real service page's words (it never prints its own name), saved with its page title.
    const raw = readFileSync(join(root, reportsFolder, 'frs-2023-25-nottinghamshire-service-page.txt'), 'utf8')
    const lines = raw.slice(raw.indexOf('\n---\n') + 5).split('\n').filter((line) => line.trim() !== '' && !line.startsWith('=== segment'))
    const body = lines.map((line) => (line.startsWith('- ') ? `<ul><li>${line.slice(2)}</li></ul>` : `<p>${line}</p>`)).join('\n')
    writeFileSync(join(folder, 'page.html'), `<!doctype html><html><head><title>HMICFRS | Nottinghamshire Fire and Rescue Service</title></head><body>\n${body}\n</body></html>`)
    const [record] = records((await scrutiny(['parse', 'page.html', '--format', 'jsonl'], {cwd: folder})).stdout)
    expect(record!.report.title).toBe('HMICFRS | Nottinghamshire Fire and Rescue Service')
    expect(new Set(record!.report.grades.map((grade) => grade.subjectId))).toEqual(new Set(['nottinghamshire']))
  })

  it('writes a JSON array to --out, one record per input', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scrutiny-cli-')), 'reports.json')
    const result = await scrutiny(['parse', reportFiles[0]!, reportFiles[1]!, '--out', out, '--jobs', '1'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    const written = JSON.parse(readFileSync(out, 'utf8')) as ParseRecord[]
    expect(written.map((record) => record.file)).toEqual([reportFiles[0], reportFiles[1]])
  })

  it('reports a corrupt file with its error and still writes the others', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scrutiny-cli-'))
    mkdirSync(join(folder, 'batch'))
    for (const file of reportFiles.slice(0, 2)) copyFileSync(join(root, file), join(folder, 'batch', file.split('/').pop()!))
    copyFileSync(new URL('fixtures/corrupt.txt', import.meta.url), join(folder, 'batch', 'corrupt.txt'))
    const result = await scrutiny(['parse', 'batch', '--format', 'jsonl'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(records(result.stdout).map((record) => record.file)).toEqual(
      reportFiles.slice(0, 2).map((file) => join('batch', file.split('/').pop()!))
    )
    const [failure, summary] = result.stderr.split('\n')
    expect(failure).toMatch(/^scrutiny: Cannot read batch\/corrupt\.txt: expected text .*found binary data/)
    expect(summary).toMatch(/^Parsed 3 files in [\d.]+ s on \d+ workers?: 2 written, 1 failed; /)
  })

  it('reads standard input for `-`', async () => {
    const text = readFileSync(join(root, reportFiles[0]!))
    const result = await scrutiny(['parse', '-', '--format', 'jsonl'], {input: text})
    expect(result.code).toBe(0)
    const [stdin] = records(result.stdout)
    const [fromFile] = records((await scrutiny(['parse', reportFiles[0]!, '--format', 'jsonl'])).stdout)
    expect(stdin!.file).toBe('-')
    expect(stdin!.report.findings.map((finding) => finding.text)).toEqual(fromFile!.report.findings.map((finding) => finding.text))
  })

  it('stops before starting when a path does not exist or a glob matches nothing', async () => {
    expect(await scrutiny(['parse', 'fixtures/nope.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scrutiny: fixtures/nope.txt: no such file, expected a file, a folder or a glob\n'
    })
    expect(await scrutiny(['parse', 'fixtures/**/*.rtf'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scrutiny: fixtures/**/*.rtf: matches no files, expected a glob that matches documents\n'
    })
  })

  it('survives adversarial input: a 2 MB line without breaks parses or fails cleanly', async () => {
    const result = await scrutiny(['parse', '-', '--format', 'jsonl', '--timeout', '20'], {input: `Areas for improvement ${'a'.repeat(2_000_000)}`})
    expect(result.code).toBe(0)
    expect(records(result.stdout)).toHaveLength(1)
  })

  it('reads Word files through @scrutiny/convert and reports the truncated and the zip-bomb ones', async () => {
    const result = await scrutiny(['parse', 'fixtures/docx/*.docx', '--as', 'response', '--format', 'jsonl'])
    expect(result.code).toBe(2)
    expect(result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).file)).toEqual([
      'fixtures/docx/warwickshire-pcc-response-west-midlands-soc-2024.docx',
      'fixtures/docx/westmercia-pcc-revisit-service-to-victims-2023-letter.docx'
    ])
    const failures = result.stderr.split('\n').filter((line) => line.startsWith('scrutiny: '))
    expect(failures).toHaveLength(2)
    expect(failures[0]).toMatch(/^scrutiny: Cannot read `fixtures\/docx\/truncated\.docx`: .*truncated or corrupt/)
    expect(failures[1]).toMatch(/^scrutiny: Cannot read `fixtures\/docx\/zip-bomb\.docx`: .*refused before inflating/)
  })
})
