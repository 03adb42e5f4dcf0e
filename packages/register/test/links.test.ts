import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {openRegister, updateRegister} from '../src/index.js'
import type {Register} from '../src/index.js'
import {avon, essex, lateLetter, root, scratch, seedReports, seedResponse, timeline} from './helpers.js'

let db: Register
const rows = (sql: string, ...parameters: unknown[]) => db.prepare(sql).all(...parameters)

beforeAll(async () => {
  const path = join(scratch(), 'register.sqlite')
  const summary = await updateRegister(timeline, {db: path, cwd: root})
  expect(summary).toEqual({
    files: 8,
    added: 8,
    replaced: 0,
    unchanged: 0,
    failed: 0,
    links: {responseReports: 2, passageFindings: 20, restatements: 1}
  })
  db = openRegister(path)
  return () => db.close()
})

describe('documents', () => {
  it('names each document by path, with its type, kind, date and subjects', () => {
    expect(rows("SELECT path, type, kind, published_on FROM documents WHERE path LIKE '%essex%' OR path = ? ORDER BY id", avon)).toEqual([
      {path: essex[0], type: 'report', kind: 'peel', published_on: '2017-03-02'},
      {path: essex[1], type: 'report', kind: 'peel', published_on: '2018-03-22'},
      {path: essex[2], type: 'report', kind: 'peel', published_on: '2019-05-02'},
      {path: avon, type: 'report', kind: 'fire-and-rescue-revisit', published_on: '2024-01-19'}
    ])
    expect(rows('SELECT s.subject FROM subjects s JOIN documents d ON d.id = s.document_id WHERE d.path = ?', seedReports[0]).map((row) => (row as {subject: string}).subject)).toEqual([
      'rocu-west-midlands',
      'staffordshire',
      'warwickshire',
      'west-mercia',
      'west-midlands'
    ])
  })

  it('keeps findings with their quotes and positions in the file', () => {
    const findings = rows(
      'SELECT f.finding_id, f.kind, f.subject, f.text, f.line, f.column, f.end_line, f.end_column, f.start_offset, f.end_offset FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.path = ?',
      essex[2]
    ) as Array<{text: string; start_offset: number; end_offset: number}>
    expect(findings.map(({text: _text, ...finding}) => finding)).toEqual([
      {finding_id: 'area-for-improvement-1', kind: 'area-for-improvement', subject: 'essex', line: 95, column: 3, end_line: 95, end_column: 217, start_offset: 6715, end_offset: 6929},
      {finding_id: 'area-for-improvement-2', kind: 'area-for-improvement', subject: 'essex', line: 96, column: 3, end_line: 96, end_column: 213, start_offset: 6932, end_offset: 7142}
    ])
    // Positions point into the file as saved, provenance header included.
    const source = readFileSync(join(root, essex[2]!), 'utf8')
    for (const finding of findings) expect(source.slice(finding.start_offset, finding.end_offset)).toBe(finding.text)
  })
})

describe('links', () => {
  it('restates the 2016 Essex area for improvement in 2017, and leaves both open', () => {
    expect(rows('SELECT e.path AS earlier, l.path AS later, r.method, r.status, r.score FROM restatements r JOIN findings f ON f.id = r.earlier_finding_id JOIN documents e ON e.id = f.document_id JOIN documents l ON l.id = r.later_document_id')).toEqual([
      {earlier: essex[0], later: essex[1], method: 'restated-finding', status: 'not', score: 0.88}
    ])
    expect(rows("SELECT path, finding_id, latest_status, latest_status_path FROM open_findings WHERE subject = 'essex'")).toEqual([
      {path: essex[0], finding_id: 'area-for-improvement-1', latest_status: 'not', latest_status_path: essex[1]},
      {path: essex[1], finding_id: 'area-for-improvement-1', latest_status: null, latest_status_path: null},
      {path: essex[2], finding_id: 'area-for-improvement-1', latest_status: null, latest_status_path: null},
      {path: essex[2], finding_id: 'area-for-improvement-2', latest_status: null, latest_status_path: null}
    ])
  })

  it('keeps the Avon revisit letter’s causes of concern and recommendations open for the service', () => {
    expect(rows("SELECT finding_id FROM open_findings WHERE subject = 'avon'").map((row) => (row as {finding_id: string}).finding_id)).toEqual([
      'cause-of-concern-1',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `recommendation-${n}`),
      'cause-of-concern-2'
    ])
  })

  it('links the seed response to both copies of its report by title and date', () => {
    expect(rows('SELECT r.path AS report, l.method, l.score FROM response_reports l JOIN documents r ON r.id = l.report_id ORDER BY r.path')).toEqual([
      {report: seedReports[1], method: 'title', score: 1},
      {report: seedReports[0], method: 'title', score: 1}
    ])
  })

  it('links each passage to the finding it answers, with the coverage table’s stance', () => {
    const best = rows(
      "SELECT f.finding_id, p.part, pf.stance, pf.method FROM passage_findings pf JOIN passages p ON p.id = pf.passage_id JOIN findings f ON f.id = pf.finding_id WHERE pf.best = 1 ORDER BY f.id"
    )
    expect(best).toEqual([
      {finding_id: 'afi-1', part: 'response-to-chief-officer', stance: 'action-proposed', method: 'paraphrase'},
      {finding_id: 'innovative-practice-1', part: 'lpb-comments', stance: 'noted', method: 'quote'},
      {finding_id: 'innovative-practice-2', part: 'lpb-comments', stance: 'noted', method: 'quote'},
      {finding_id: 'afi-2', part: 'response-to-chief-officer', stance: 'action-proposed', method: 'paraphrase'},
      {finding_id: 'afi-3', part: 'response-to-chief-officer', stance: 'action-proposed', method: 'paraphrase'},
      {finding_id: 'afi-4', part: 'chief-officer-comments', stance: 'action-taken', method: 'quote'},
      {finding_id: 'afi-5', part: 'chief-officer-comments', stance: 'action-taken', method: 'quote'},
      {finding_id: 'afi-6', part: 'chief-officer-comments', stance: 'action-taken', method: 'quote'},
      {finding_id: 'afi-7', part: 'chief-officer-comments', stance: 'action-taken', method: 'quote'}
    ])
    expect(rows('SELECT * FROM unanswered_findings')).toEqual([])
  })

  it('tells the history of one finding: published, then each answer', () => {
    expect(
      rows("SELECT event, date, path, outcome FROM finding_history WHERE finding_path = ? AND finding_id = 'afi-4' ORDER BY date, event DESC, outcome", seedReports[1])
    ).toEqual([
      {event: 'published', date: '2024-05-14', path: seedReports[1], outcome: null},
      {event: 'answered', date: '2024-07-02', path: seedResponse, outcome: 'action-proposed'},
      {event: 'answered', date: '2024-07-02', path: seedResponse, outcome: 'action-taken'},
      {event: 'answered', date: '2024-07-02', path: seedResponse, outcome: 'noted'}
    ])
  })

  it('lists the response published on day 57 as late, with the linter’s verdict', () => {
    expect(rows('SELECT response_path, date, last_permitted_day, days_late FROM late_responses')).toEqual([
      {response_path: lateLetter, date: '2023-09-01', last_permitted_day: '2023-08-31', days_late: 1}
    ])
    expect(rows("SELECT m.rule_id, m.severity FROM messages m JOIN documents d ON d.id = m.document_id WHERE m.stage = 'lint' AND d.path = ? AND m.severity = 'error'", lateLetter)).toEqual([
      // The letter names its report in its subject line (gold `namesReport`), so only lateness is an error.
      {rule_id: 'published-within-56-days', severity: 'error'}
    ])
    expect(rows("SELECT count(*) AS count FROM messages m JOIN documents d ON d.id = m.document_id WHERE m.stage = 'lint' AND d.path = ?", seedResponse)).toEqual([{count: 0}])
  })
})
