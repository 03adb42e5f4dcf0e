// Issue 16 at the command line: hostile and careless files end in exit 0, 1 or 2 with one clear
// line, within the input limit and the capped heap of the thread that reads them.
import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {docxArchive, documentXml, longDocumentXml, terminalEscapes} from '../../../test/adversarial/generators.mjs'
import {root, scrutiny} from './helpers.js'

const large = {timeout: 120_000}
const folder = () => mkdtempSync(join(tmpdir(), 'scrutiny-hostile-'))
const response = 'Police and Crime Commissioner for Warwickshire\n\nI have asked the Chief Constable to act, and will monitor progress.\n'

describe('input read with a byte limit, whatever the file is', () => {
  it('a device that never ends (/dev/zero) is refused once it passes 64 MiB', large, async () => {
    expect(await scrutiny(['lint', '/dev/zero'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scrutiny: /dev/zero: is more than 67108864 bytes, expected at most 67108864 bytes\n'
    })
  })

  it('a FIFO fed without end is refused the same way', large, async () => {
    const fifo = join(folder(), 'fifo')
    await new Promise((resolve, reject) => spawn('mkfifo', [fifo]).on('close', resolve).on('error', reject))
    // The writer stops when the reader closes the pipe.
    const writer = spawn('sh', ['-c', `cat /dev/zero > ${fifo}`])
    const run = await scrutiny(['lint', fifo])
    writer.kill()
    expect([run.code, run.stderr]).toEqual([2, `scrutiny: ${fifo}: is more than 67108864 bytes, expected at most 67108864 bytes\n`])
  })
})

describe('documents too large to hold', () => {
  it('an honest .docx with a 100 MiB document.xml: exit 2 and one line naming the cap', large, async () => {
    const path = join(folder(), 'long.docx')
    writeFileSync(path, docxArchive(longDocumentXml(100 * 2 ** 20)))
    const run = await scrutiny(['lint', path])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^scrutiny: Cannot read `.*long\.docx`: .*over the cap of 8\.0 MiB that keeps reading within 1 GiB of memory[^\n]*\n$/)
  })

  it('Markdown whose syntax tree outgrows the capped heap: exit 2 and one line, not a crash', large, async () => {
    const path = join(folder(), 'dense.md')
    writeFileSync(path, `${response}\n${'a\n\n'.repeat(1_000_000)}`)
    // This test is about memory: a time limit above the CLI's 60 s default keeps a loaded machine from
    // turning it into a timeout.
    const run = await scrutiny(['lint', path, '--timeout', '170'])
    expect([run.code, run.stdout]).toEqual([2, ''])
    expect(run.stderr).toBe(
      `scrutiny: ${path}: needs more than the 640 MiB of memory a document may use (the cap that keeps scrutiny under 1 GiB), expected a smaller document; split it, or save Markdown or HTML as plain text\n`
    )
  })
})

describe('a time limit for every command that reads documents', () => {
  const stopped = (path: string, seconds: string) =>
    `scrutiny: ${path}: timed out after ${seconds} s (the --timeout limit), expected a smaller or simpler document\n`

  it('lint stops a response that takes longer than --timeout: exit 2 and one line naming the file and the limit', large, async () => {
    const path = join(folder(), 'should.txt')
    // "should " a million times: seconds of parsing (see the adversarial benchmark).
    writeFileSync(path, 'should '.repeat(1_000_000))
    expect(await scrutiny(['lint', path, '--timeout', '0.05'])).toEqual({code: 2, stdout: '', stderr: stopped(path, '0.05')})
  })

  it('validate stops the same way', large, async () => {
    const path = join(folder(), 'reports.json')
    const report = readFileSync(join(root, 'examples/seed-report.json'), 'utf8')
    writeFileSync(path, `[${Array.from({length: 2000}, () => report).join(',')}]`)
    expect(await scrutiny(['validate', path, '--timeout', '0.05'])).toEqual({code: 2, stdout: '', stderr: stopped(path, '0.05')})
  })

  it('a time limit that is not a positive number is a usage error', async () => {
    const run = await scrutiny(['validate', 'examples/seed-report.json', '--timeout', '0'])
    expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, 'scrutiny: Unexpected `--timeout 0`, expected a positive number (see `scrutiny validate --help`)'])
  })
})

describe('what the command says', () => {
  it('reports the converter’s warnings (macros) with the rules’ messages', async () => {
    const path = join(folder(), 'macros.docx')
    const xml = documentXml(response.trim().split('\n\n'))
    writeFileSync(path, docxArchive(xml, {extra: [{name: 'word/vbaProject.bin', data: new TextEncoder().encode('macro')}]}))
    const run = await scrutiny(['lint', path, '--format', 'json'])
    const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; source: string}>}>
    expect(file!.messages[0]).toMatchObject({ruleId: 'docx-macros', source: 'scrutiny-convert'})
  })

  it('names a config found above the response’s folder on standard error', async () => {
    const top = folder()
    mkdirSync(join(top, 'drafts'))
    writeFileSync(join(top, 'drafts', 'response.txt'), response)
    writeFileSync(join(top, '.scrutinyrc.json'), JSON.stringify({rules: {'lpb-comments': 'off'}}))
    const run = await scrutiny(['lint', join(top, 'drafts', 'response.txt')])
    expect(run.stderr).toBe(`scrutiny: using ${join(top, '.scrutinyrc.json')}, found above the response's folder (pass --config to choose another)\n`)
    // In the response's own folder it goes without saying.
    writeFileSync(join(top, 'drafts', '.scrutinyrc.json'), '{}')
    expect((await scrutiny(['lint', join(top, 'drafts', 'response.txt')])).stderr).toBe('')
  })

  it.each([
    ['nested 100,000 deep', `{"rules":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'objects or arrays nested more than 16 levels deep'],
    ['with rules.__proto__', '{"rules": {"__proto__": "off"}}', 'rules.__proto__: Unexpected rule id `__proto__`, expected a rule id such as `copies-sent`']
  ])('a config %s is reported in one line with exit 2', async (_, json, problem) => {
    const top = folder()
    writeFileSync(join(top, 'response.txt'), response)
    writeFileSync(join(top, 'config.json'), json)
    const run = await scrutiny(['lint', join(top, 'response.txt'), '--config', join(top, 'config.json')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(new RegExp(`^scrutiny: Invalid config .*config\\.json: ${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; expected JSON[^\\n]*\\n$`))
  })

  it('a file name with control characters is printed escaped', async () => {
    const run = await scrutiny(['lint', 'missing\u001B[2J.txt'])
    expect(run.stderr).toBe('scrutiny: missing\\x1B[2J.txt: no such file, expected a readable file\n')
  })
})

describe('no command prints a control character of a file name or a document raw', () => {
  // What a terminal acts on: C0 but tab and line feed, DEL, C1, and the bidirectional overrides.
  const terminalControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
  // A file name cannot hold `/`: its OSC 8 link has none.
  const hostileName = 'name\u001B[2J\u001B]8;;attacker.example\u0007\u202Etxt.exe'
  const report = `Inspection of Cleveland Police ${terminalEscapes}\n\nAreas for improvement\n\nThe force should improve how it records crime ${terminalEscapes}.\n`
  const hostileFolder = () => {
    const top = folder()
    writeFileSync(join(top, `${hostileName}.txt`), report)
    writeFileSync(join(top, `${hostileName}-binary.txt`), new Uint8Array([0, 1, 2, 3]))
    writeFileSync(join(top, `${hostileName}.json`), readFileSync(join(root, 'examples/seed-report.json'), 'utf8').replace('"schemaVersion"', '"schemaVersion": 1, "x"'))
    return top
  }

  it.each([
    ['parse (its failures)', (top: string) => ['parse', top, '--as', 'report', '--format', 'csv']],
    ['register (its failures and the summary)', (top: string) => ['register', join(top, '*.txt'), '--db', join(top, `${hostileName}.sqlite`)]],
    ['validate (file labels and issues)', (top: string) => ['validate', join(top, `${hostileName}.json`)]],
    ['lint stopped at its time limit', (top: string) => ['lint', join(top, `${hostileName}.txt`), '--timeout', '0.001']],
    ['draft to standard output', (top: string) => ['draft', join(top, `${hostileName}.txt`), '--body', 'cleveland']],
    ['draft to a file (the line it prints)', (top: string) => ['draft', join(top, `${hostileName}.txt`), '--body', 'cleveland', '--out', join(top, `${hostileName}.md`)]]
  ])('%s', large, async (_, args) => {
    const run = await scrutiny(args(hostileFolder()))
    expect((run.stdout + run.stderr).replaceAll('\r\n', '\n')).not.toMatch(terminalControl)
    // Each prints the file name, the document, or both, shown escaped (Markdown escapes the `[`).
    expect(run.stdout + run.stderr).toMatch(/\\x1B\\?\[2J/)
    expect(run.stdout + run.stderr).toContain('\\u202Etxt.exe')
  })

  it.each(['json', 'jsonl', 'csv'])('parse --format %s writes the document’s control characters escaped', large, async (format) => {
    const top = hostileFolder()
    const run = await scrutiny(['parse', join(top, `${hostileName}.txt`), '--as', 'report', '--format', format])
    // CSV ends its records with CR LF, as RFC 4180 has it.
    expect(run.stdout.replaceAll('\r\n', '\n')).not.toMatch(terminalControl)
    if (format === 'csv') {
      expect(run.stdout).toContain('records crime \\x1B[31mred\\x1B[0m')
      return
    }
    // JSON escapes them as \u, so the text reads back the same.
    const record = JSON.parse(format === 'json' ? run.stdout : run.stdout.split('\n')[0]!) as Array<{report: {findings: Array<{text: string}>}}> | {report: {findings: Array<{text: string}>}}
    const {report: parsed} = Array.isArray(record) ? record[0]! : record
    expect(parsed.findings[0]!.text).toBe(`The force should improve how it records crime ${terminalEscapes}.`)
  })
})

describe('a file whose name says text but whose bytes are a PDF or a Word document', () => {
  it.each([
    ['a PDF named .txt', 'fixtures/pdf/warwickshire-pcc-response-west-midlands-soc-2024.pdf', 'response.txt'],
    ['a Word document named .md', 'fixtures/docx/warwickshire-pcc-response-west-midlands-soc-2024.docx', 'response.md']
  ])('%s is read by the converter, as its content says', large, async (_, fixture, name) => {
    const path = join(folder(), name)
    writeFileSync(path, readFileSync(join(root, fixture)))
    const [misnamed, named] = await Promise.all([
      scrutiny(['lint', path, '--report', 'examples/seed-report.json', '--format', 'json']),
      scrutiny(['lint', fixture, '--report', 'examples/seed-report.json', '--format', 'json'])
    ])
    const rules = (run: {stdout: string}) => (JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0]!.messages.map((message) => message.ruleId)
    expect([misnamed.code, misnamed.stderr]).toEqual([named.code, ''])
    expect(rules(misnamed)).toEqual(rules(named))
  })
})
