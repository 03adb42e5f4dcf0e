import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {extractDocument, openRegister, progressStatus, updateRegister} from '../src/index.js'
import {essex, root, scratch} from './helpers.js'

it('normalises printed statuses to discharged, addressed, partly or not', () => {
  expect(['Discharged', 'Addressed', 'partly addressed', 'Not addressed', 'problems remain', 'still waiting', 'under review'].map(progressStatus)).toEqual([
    'discharged',
    'addressed',
    'partly',
    'not',
    'not',
    'not',
    undefined
  ])
})

// The 2018 Essex page restates the 2017 area for improvement in its text ("Essex Police had an area
// for improvement in our 2017 effectiveness inspection. This was that …") and says the force "is
// still waiting" for its fix. The parser does not yet read such history; the page's own parse plus
// that item, quoted and placed from the file, stands for a parser that does.
it('links a later report’s history item to the finding it restates, with its status', async () => {
  const folder = scratch()
  for (const file of essex.slice(0, 2)) copyFileSync(join(root, file), join(folder, file.split('/').pop()!))
  const bytes = readFileSync(join(root, essex[2]!))
  const extracted = await extractDocument(essex[2]!, bytes)
  if (extracted.type !== 'report') throw new Error('expected the 2018 page to read as a report')
  const source = bytes.toString('utf8')
  const restated = 'the force should evaluate and share effective practice routinely, both internally and with partner organisations, to continually improve its approach to preventing crime and anti-social behaviour.'
  const start = source.indexOf(restated)
  expect(start).toBeGreaterThan(0)
  const line = source.slice(0, start).split('\n').length
  const column = start - source.lastIndexOf('\n', start)
  const history = {
    kind: 'area-for-improvement',
    text: restated,
    status: 'still waiting',
    section: [],
    position: {start: {line, column, offset: start}, end: {line, column: column + restated.length, offset: start + restated.length}}
  }
  writeFileSync(join(folder, 'peel-2018-essex.json'), JSON.stringify({...extracted.document, history: [history]}))

  const db = join(folder, 'register.sqlite')
  const files = ['peel-2016-essex-effectiveness.txt', 'peel-2017-essex.txt', 'peel-2018-essex.json']
  expect((await updateRegister(files, {db, cwd: folder})).links.restatements).toBe(2)
  const register = openRegister(db)
  expect(
    register
      .prepare('SELECT e.path AS earlier, l.path AS later, r.method, r.status, r.score, h.status_printed FROM restatements r JOIN findings f ON f.id = r.earlier_finding_id JOIN documents e ON e.id = f.document_id JOIN documents l ON l.id = r.later_document_id LEFT JOIN history h ON h.id = r.history_id ORDER BY r.id')
      .all()
  ).toEqual([
    {earlier: files[0], later: files[1], method: 'restated-finding', status: 'not', score: 0.88, status_printed: null},
    {earlier: files[1], later: files[2], method: 'history', status: 'not', score: 0.94, status_printed: 'still waiting'}
  ])
  expect(register.prepare("SELECT path, latest_status, latest_status_path FROM open_findings WHERE subject = 'essex' ORDER BY published_on, finding_id").all()).toEqual([
    {path: files[0], latest_status: 'not', latest_status_path: files[1]},
    {path: files[1], latest_status: 'not', latest_status_path: files[2]},
    {path: files[2], latest_status: null, latest_status_path: null},
    {path: files[2], latest_status: null, latest_status_path: null}
  ])
  register.close()
})
