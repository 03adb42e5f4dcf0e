import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {openRegister, progressStatus, updateRegister} from '../src/index.js'
import type {Register} from '../src/index.js'
import {avon, root, scratch} from './helpers.js'

it('normalises printed statuses to discharged, addressed, partly or not', () => {
  expect(
    ['Discharged', 'Addressed', 'partly addressed', 'Not addressed', 'problems remain', 'still waiting', 'This has resulted in the closure of the cause of concern.', 'under review'].map(
      progressStatus
    )
  ).toEqual(['discharged', 'addressed', 'partly', 'not', 'not', 'not', 'addressed', undefined])
})

// `scrutiny register fixtures/corpus/reports/frs-avon* --db register.sqlite`: the fire service's
// causes of concern of August 2023, restated by its revisit letters of January and October 2024.
describe('the Avon revisit letters of 2024', () => {
  let db: Register
  const rows = (sql: string, ...parameters: unknown[]) => db.prepare(sql).all(...parameters)
  const [januaryPage, january, may, october] = avon as [string, string, string, string]

  beforeAll(async () => {
    const path = join(scratch(), 'register.sqlite')
    expect((await updateRegister(avon, {db: path, cwd: root})).links).toEqual({responseReports: 0, passageFindings: 0, restatements: 11})
    db = openRegister(path)
    return () => db.close()
  })

  it('keeps the causes of concern and recommendations the letters quote as history, with the October closure as printed', () => {
    expect(rows("SELECT d.path, count(*) AS items, sum(h.kind = 'cause-of-concern') AS causes FROM history h JOIN documents d ON d.id = h.document_id GROUP BY d.id ORDER BY d.id")).toEqual([
      {path: januaryPage, items: 2, causes: 2},
      {path: january, items: 9, causes: 2},
      {path: may, items: 1, causes: 1},
      {path: october, items: 11, causes: 4}
    ])
    expect(rows('SELECT count(*) AS findings FROM findings')).toEqual([{findings: 0}])
    expect(rows("SELECT h.item, substr(h.text, 1, 34) AS text, h.status_printed, h.status FROM history h JOIN documents d ON d.id = h.document_id WHERE d.path = ? AND h.kind = 'cause-of-concern'", october)).toEqual([
      {item: 'history-1', text: 'The service’s mobilisation system,', status_printed: 'This has resulted in the closure of the accelerated cause of concern about the mobilisation system.', status: 'addressed'},
      {item: 'history-2', text: 'Prevention activity isn’t a suffic', status_printed: null, status: null},
      {item: 'history-3', text: 'The service has shown an intent to', status_printed: null, status: null},
      {item: 'history-4', text: 'The service still doesn’t have an ', status_printed: null, status: null}
    ])
  })

  it('links the October letter’s restated causes of concern to the January letter’s, and the January landing page to its letter as a copy', () => {
    expect(
      rows(
        "SELECT e.path AS earlier, eh.item AS earlier_id, l.path AS later, h.item AS later_id, h.kind, r.method, r.status, r.score FROM restatements r JOIN history eh ON eh.id = r.earlier_history_id JOIN documents e ON e.id = eh.document_id JOIN documents l ON l.id = r.later_document_id JOIN history h ON h.id = r.history_id WHERE h.kind = 'cause-of-concern' ORDER BY r.id"
      )
    ).toEqual([
      {earlier: januaryPage, earlier_id: 'history-1', later: january, later_id: 'history-1', kind: 'cause-of-concern', method: 'copy', status: null, score: 0.92},
      // The letter's copy of the mobilisation cause is cut off ("The service’s mobilisation syste"): the beginning of the October one.
      {earlier: januaryPage, earlier_id: 'history-2', later: january, later_id: 'history-9', kind: 'cause-of-concern', method: 'copy', status: null, score: 1},
      {earlier: january, earlier_id: 'history-9', later: october, later_id: 'history-1', kind: 'cause-of-concern', method: 'history', status: 'addressed', score: 1},
      {earlier: january, earlier_id: 'history-1', later: october, later_id: 'history-4', kind: 'cause-of-concern', method: 'history', status: null, score: 1}
    ])
    // Each of the seven recommendations of the risk information cause, January to October.
    expect(rows("SELECT eh.item AS earlier_id, h.item AS later_id, r.score FROM restatements r JOIN history eh ON eh.id = r.earlier_history_id JOIN history h ON h.id = r.history_id WHERE h.kind = 'recommendation' ORDER BY r.id")).toEqual([
      {earlier_id: 'history-2', later_id: 'history-5', score: 1},
      {earlier_id: 'history-3', later_id: 'history-6', score: 0.96},
      {earlier_id: 'history-4', later_id: 'history-7', score: 0.93},
      {earlier_id: 'history-5', later_id: 'history-8', score: 1},
      {earlier_id: 'history-6', later_id: 'history-9', score: 1},
      {earlier_id: 'history-7', later_id: 'history-10', score: 1},
      // "fire co", cut off in October, is the beginning of "fire control has access to …".
      {earlier_id: 'history-8', later_id: 'history-11', score: 1}
    ])
  })

  it('stores a restated recommendation’s deadline and addressees, and none for a cause', () => {
    expect(rows("SELECT h.item, h.kind, h.deadline, h.addressees FROM history h JOIN documents d ON d.id = h.document_id WHERE d.path = ? AND h.item IN ('history-1', 'history-2', 'history-3')", january)).toEqual([
      {item: 'history-1', kind: 'cause-of-concern', deadline: null, addressees: null},
      {item: 'history-2', kind: 'recommendation', deadline: '2023-09-19', addressees: '[{"kind":"fire-and-rescue-service","name":"the service"}]'},
      {item: 'history-3', kind: 'recommendation', deadline: '2023-09-19', addressees: '[{"kind":"fire-and-rescue-service","name":"The service"}]'}
    ])
  })

  it('tells the mobilisation cause’s history: stated in January, copied, closed in October', () => {
    expect(rows("SELECT event, date, path, outcome, method FROM finding_history WHERE finding_path = ? AND finding_id = 'history-2' ORDER BY date, event <> 'published', path", januaryPage)).toEqual([
      {event: 'published', date: '2024-01-19', path: januaryPage, outcome: null, method: null},
      {event: 'restated', date: '2024-01-19', path: january, outcome: null, method: 'copy'},
      {event: 'restated', date: '2024-10-24', path: october, outcome: 'addressed', method: 'history'}
    ])
  })

  it('lists the open causes of concern and recommendations once each; the mobilisation cause is closed', () => {
    expect(rows("SELECT path, finding_id, kind, substr(text, 1, 34) AS text, latest_status FROM open_findings WHERE subject = 'avon' AND kind = 'cause-of-concern' ORDER BY published_on, path, finding_id")).toEqual([
      // The undated May page cannot be placed in time, so its statement of the mobilisation cause stays apart.
      {path: may, finding_id: 'history-1', kind: 'cause-of-concern', text: 'The service’s mobilisation system,', latest_status: null},
      {path: januaryPage, finding_id: 'history-1', kind: 'cause-of-concern', text: 'The service doesn’t have an effect', latest_status: null},
      {path: october, finding_id: 'history-2', kind: 'cause-of-concern', text: 'Prevention activity isn’t a suffic', latest_status: null},
      {path: october, finding_id: 'history-3', kind: 'cause-of-concern', text: 'The service has shown an intent to', latest_status: null}
    ])
    expect(rows("SELECT count(*) AS open FROM open_findings WHERE subject = 'avon' AND kind = 'recommendation'")).toEqual([{open: 7}])
  })
})
