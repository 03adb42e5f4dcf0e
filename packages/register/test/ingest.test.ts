import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {describe, expect, it} from 'vitest'
import {RegisterFileError, layoutVersion, openRegister, updateRegister} from '../src/index.js'
import type {FileOutcome} from '../src/index.js'
import {essex, root, scratch, seedResponse} from './helpers.js'

/** A folder holding copies of the Essex pages, named as in fixtures, and a register beside them. */
function workspace() {
  const folder = scratch()
  mkdirSync(join(folder, 'pages'))
  const files = essex.map((file) => {
    const copy = join('pages', file.split('/').pop()!)
    copyFileSync(join(root, file), join(folder, copy))
    return copy
  })
  return {folder, files, db: join(folder, 'register.sqlite')}
}

const snapshot = (db: string) => {
  const register = openRegister(db)
  try {
    return {
      documents: register.prepare('SELECT path, hash FROM documents ORDER BY path').all(),
      findings: register.prepare('SELECT d.path, f.finding_id, f.text FROM findings f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.finding_id').all(),
      restatements: register.prepare('SELECT earlier_finding_id, earlier_history_id, finding_id, history_id, status FROM restatements').all()
    }
  } finally {
    register.close()
  }
}

describe('ingest', () => {
  it('skips unchanged files and leaves the register as it was', async () => {
    const {folder, files, db} = workspace()
    await updateRegister(files, {db, cwd: folder})
    const before = snapshot(db)
    const outcomes: FileOutcome[] = []
    const again = await updateRegister(files, {db, cwd: folder, onFile: (outcome) => outcomes.push(outcome)})
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(again).toMatchObject({added: 0, replaced: 0, unchanged: 3, failed: 0, links: {restatements: 2}})
    expect(snapshot(db)).toEqual(before)
  })

  it('replaces the rows of a changed file and re-makes its links', async () => {
    const {folder, files, db} = workspace()
    await updateRegister(files, {db, cwd: folder})
    // The 2017 page without its area for improvement: the 2018 page's history item (the 2017 area for
    // improvement, restated with the progress found) now continues the 2016 one directly.
    const page = join(folder, files[1]!)
    const text = readFileSync(page, 'utf8')
    const bullet = '- The force should evaluate and share effective practice routinely, both internally and with partners, to continually improve its approach to preventing crime and anti-social behaviour.\n'
    expect(text).toContain(bullet)
    writeFileSync(page, text.replace(bullet, ''))
    const summary = await updateRegister(files, {db, cwd: folder})
    expect(summary).toMatchObject({added: 0, replaced: 1, unchanged: 2, failed: 0, links: {restatements: 1}})
    const after = snapshot(db)
    expect(after.findings.map((row) => (row as {path: string}).path)).toEqual([files[0], files[2], files[2]])
    const register = openRegister(db)
    expect(
      register
        .prepare('SELECT e.path AS earlier, l.path AS later, r.method, r.status FROM restatements r JOIN findings f ON f.id = r.earlier_finding_id JOIN documents e ON e.id = f.document_id JOIN documents l ON l.id = r.later_document_id')
        .all()
    ).toEqual([{earlier: files[0], later: files[2], method: 'history', status: 'not'}])
    register.close()
  })

  it('re-links the responses of a changed report', async () => {
    const folder = scratch()
    copyFileSync(join(root, seedResponse), join(folder, 'response.txt'))
    const report = JSON.parse(readFileSync(join(root, 'examples/seed-report.json'), 'utf8')) as {findings: Array<{id: string}>}
    writeFileSync(join(folder, 'report.json'), JSON.stringify(report))
    const db = join(folder, 'register.sqlite')
    expect((await updateRegister(['report.json', 'response.txt'], {db, cwd: folder})).links).toEqual({responseReports: 1, passageFindings: 20, restatements: 0})
    // The report without its last area for improvement (answered by three passages).
    writeFileSync(join(folder, 'report.json'), JSON.stringify({...report, findings: report.findings.filter((finding) => finding.id !== 'afi-7')}))
    const summary = await updateRegister(['report.json', 'response.txt'], {db, cwd: folder})
    expect(summary).toMatchObject({replaced: 1, unchanged: 1, links: {responseReports: 1, passageFindings: 17, restatements: 0}})
  })

  it('reports a file that fails, keeps what the register had for it, and takes the rest', async () => {
    const {folder, files, db} = workspace()
    await updateRegister(files.slice(0, 2), {db, cwd: folder})
    const before = snapshot(db)
    writeFileSync(join(folder, files[1]!), new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0]))
    const outcomes: FileOutcome[] = []
    const summary = await updateRegister([...files, 'pages/missing.txt'], {db, cwd: folder, onFile: (outcome) => outcomes.push(outcome)})
    expect(summary).toMatchObject({files: 4, added: 1, replaced: 0, unchanged: 1, failed: 2})
    expect(outcomes[1]).toEqual({path: files[1], status: 'failed', error: expect.stringMatching(/^Cannot read pages\/peel-2017-essex\.txt: expected text .*, found binary data/)})
    expect(outcomes[3]).toEqual({path: 'pages/missing.txt', status: 'failed', error: 'pages/missing.txt: no such file, expected a readable file'})
    const after = snapshot(db)
    expect(after.documents.slice(0, 2)).toEqual(before.documents)
    expect(after.findings.filter((row) => (row as {path: string}).path === files[1])).toEqual(before.findings.filter((row) => (row as {path: string}).path === files[1]))
  })
})

describe('layout', () => {
  it('creates a new register with the layout version in user_version', () => {
    const path = join(scratch(), 'new.sqlite')
    openRegister(path).close()
    const db = new Database(path)
    expect(db.pragma('user_version', {simple: true})).toBe(layoutVersion)
    expect(db.prepare('SELECT key, value FROM register_info').all()).toEqual([{key: 'layout', value: 'scrutiny-register'}])
    db.close()
  })

  it('refuses a register of an older layout and leaves it untouched', () => {
    const path = join(scratch(), 'old.sqlite')
    const old = new Database(path)
    old.exec("CREATE TABLE register_info (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO register_info VALUES ('layout', 'scrutiny-register'); CREATE TABLE documents (path TEXT)")
    old.close()
    const before = readFileSync(path)
    expect(() => openRegister(path)).toThrow(
      new RegisterFileError(path, 'unexpected register of layout 0 (an older Scrutiny), expected layout 3; its rows all come from the documents, so delete the file and run `scrutiny register` again to rebuild it')
    )
    expect(readFileSync(path)).toEqual(before)
  })

  it('refuses a newer register, another program’s database and a file that is not SQLite', () => {
    const folder = scratch()
    const newer = join(folder, 'newer.sqlite')
    openRegister(newer).close()
    const db = new Database(newer)
    db.pragma(`user_version = ${layoutVersion + 1}`)
    db.close()
    expect(() => openRegister(newer)).toThrow(`${newer}: unexpected register of layout 4 (a newer Scrutiny), expected layout 3; upgrade Scrutiny to use it`)

    const other = join(folder, 'other.sqlite')
    const foreign = new Database(other)
    foreign.exec('CREATE TABLE notes (text TEXT)')
    foreign.close()
    expect(() => openRegister(other)).toThrow(`${other}: unexpected SQLite database with 1 table(s) of another program, expected an empty file or a Scrutiny register`)

    const text = join(folder, 'notes.txt')
    writeFileSync(text, 'These are notes, not a database.\n'.repeat(200))
    expect(() => openRegister(text)).toThrow(`${text}: cannot open (file is not a database), expected a writable SQLite file or a new path`)
  })
})
