import {copyFileSync, mkdirSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {describe, expect, it} from 'vitest'
import {root, scrutiny} from './helpers.js'

const essex = ['peel-2016-essex-effectiveness.txt', 'peel-2017-essex.txt', 'peel-2018-essex.txt']

/** A folder `pages/` with the Essex PEEL pages and the corrupt fixture. */
function batch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'scrutiny-register-cli-'))
  mkdirSync(join(folder, 'pages'))
  for (const name of essex) copyFileSync(join(root, 'fixtures/corpus/reports', name), join(folder, 'pages', name))
  return folder
}

const summaryLine = /^Registered (\d+) files? in [\d.]+ s on \d+ workers? into register\.sqlite: (.*)$/

describe('scrutiny register', () => {
  it('registers a folder, links the restated finding, and skips every file on a second run', async () => {
    const folder = batch()
    const first = await scrutiny(['register', 'pages', '--db', 'register.sqlite', '--jobs', '2'], {cwd: folder})
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('')
    expect(first.stderr.trim()).toMatch(summaryLine)
    expect(summaryLine.exec(first.stderr.trim())!.slice(1)).toEqual(['3', '3 added, 0 replaced, 0 unchanged, 0 failed; links: 0 response-report, 0 passage-finding, 2 restatement'])

    const db = new Database(join(folder, 'register.sqlite'), {readonly: true})
    expect(db.prepare("SELECT path, latest_status, latest_status_path FROM open_findings WHERE subject = 'essex' ORDER BY published_on, finding_id").all()).toEqual([
      // The 2016 area for improvement, restated as a finding in 2017 and as history in 2018 ("still waiting"): one open finding.
      {path: 'pages/peel-2016-essex-effectiveness.txt', latest_status: 'not', latest_status_path: 'pages/peel-2018-essex.txt'},
      {path: 'pages/peel-2018-essex.txt', latest_status: null, latest_status_path: null},
      {path: 'pages/peel-2018-essex.txt', latest_status: null, latest_status_path: null}
    ])
    db.close()

    const second = await scrutiny(['register', 'pages', '--db', 'register.sqlite'], {cwd: folder})
    expect(second.code).toBe(0)
    expect(summaryLine.exec(second.stderr.trim())!.slice(1)).toEqual(['3', '0 added, 0 replaced, 3 unchanged, 0 failed; links: 0 response-report, 0 passage-finding, 2 restatement'])
  })

  it('reports a corrupt file on one line, registers the rest and exits 2', async () => {
    const folder = batch()
    copyFileSync(new URL('fixtures/corrupt.txt', import.meta.url), join(folder, 'pages', 'corrupt.txt'))
    const result = await scrutiny(['register', 'pages', '--db', 'register.sqlite'], {cwd: folder})
    expect(result.code).toBe(2)
    const [failure, summary] = result.stderr.split('\n')
    expect(failure).toMatch(/^scrutiny: Cannot read pages\/corrupt\.txt: expected text .*found binary data/)
    expect(summaryLine.exec(summary!)!.slice(1)).toEqual(['4', '3 added, 0 replaced, 0 unchanged, 1 failed; links: 0 response-report, 0 passage-finding, 2 restatement'])
  })

  it('refuses a missing --db, standard input and a register of an older layout, each on one line', async () => {
    const folder = batch()
    expect(await scrutiny(['register', 'pages'], {cwd: folder})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scrutiny: Missing `--db <file>`, expected the register to write (see `scrutiny register --help`)\n'
    })
    expect((await scrutiny(['register', '-', '--db', 'register.sqlite'], {cwd: folder})).stderr).toBe(
      'scrutiny: Unexpected `-`, expected files: the register names every document by its path (see `scrutiny register --help`)\n'
    )
    const old = new Database(join(folder, 'old.sqlite'))
    old.exec("CREATE TABLE register_info (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO register_info VALUES ('layout', 'scrutiny-register')")
    old.close()
    expect(await scrutiny(['register', 'pages', '--db', 'old.sqlite'], {cwd: folder})).toEqual({
      code: 2,
      stdout: '',
      stderr: `scrutiny: ${join(folder, 'old.sqlite')}: unexpected register of layout 0 (an older Scrutiny), expected layout 3; its rows all come from the documents, so delete the file and run \`scrutiny register\` again to rebuild it\n`
    })
  })

  it('reads Word and PDF files through @scrutiny/convert', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scrutiny-register-cli-'))
    const files = ['fixtures/docx/warwickshire-pcc-response-west-midlands-soc-2024.docx', 'fixtures/pdf/peel-2018-essex.pdf']
    const db = join(folder, 'register.sqlite')
    const result = await scrutiny(['register', ...files, '--db', db])
    expect(result.code).toBe(0)
    const register = new Database(db, {readonly: true})
    expect(register.prepare('SELECT d.path, d.type, (SELECT count(*) FROM findings f WHERE f.document_id = d.id) AS findings, (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passages FROM documents d ORDER BY d.id').all()).toEqual([
      {path: files[0], type: 'response', findings: 0, passages: 20},
      {path: files[1], type: 'report', findings: 2, passages: 0}
    ])
    register.close()
  })
})
