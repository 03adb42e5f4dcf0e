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
    files: 11,
    added: 11,
    replaced: 0,
    unchanged: 0,
    failed: 0,
    links: {responseReports: 2, passageFindings: 20, restatements: 13}
  })
  db = openRegister(path)
  return () => db.close()
})

describe('documents', () => {
  it('names each document by path, with its type, kind, date and subjects', () => {
    expect(rows("SELECT path, type, kind, published_on FROM documents WHERE path LIKE '%essex%' OR path LIKE '%avon%' ORDER BY id")).toEqual([
      {path: essex[0], type: 'report', kind: 'peel', published_on: '2017-03-02'},
      {path: essex[1], type: 'report', kind: 'peel', published_on: '2018-03-22'},
      {path: essex[2], type: 'report', kind: 'peel', published_on: '2019-05-02'},
      {path: avon[0], type: 'report', kind: 'fire-and-rescue-revisit', published_on: '2024-01-19'},
      {path: avon[1], type: 'report', kind: 'fire-and-rescue-revisit', published_on: '2024-01-19'},
      // The stored copy of the May landing page prints no date: registered, but not linked.
      {path: avon[2], type: 'report', kind: 'fire-and-rescue-revisit', published_on: null},
      {path: avon[3], type: 'report', kind: 'fire-and-rescue-revisit', published_on: '2024-10-24'}
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
  it('restates the 2016 Essex area for improvement in 2017 (as a finding) and 2018 (as history, still waiting): one open finding', () => {
    expect(
      rows(
        "SELECT e.path AS earlier, f.finding_id AS earlier_id, l.path AS later, coalesce(h.item, lf.finding_id) AS later_id, r.method, r.status, r.score FROM restatements r JOIN findings f ON f.id = r.earlier_finding_id JOIN documents e ON e.id = f.document_id JOIN documents l ON l.id = r.later_document_id LEFT JOIN history h ON h.id = r.history_id LEFT JOIN findings lf ON lf.id = r.finding_id WHERE f.subject = 'essex' ORDER BY r.id"
      )
    ).toEqual([
      {earlier: essex[0], earlier_id: 'area-for-improvement-1', later: essex[1], later_id: 'area-for-improvement-1', method: 'restated-finding', status: 'not', score: 0.88},
      {earlier: essex[1], earlier_id: 'area-for-improvement-1', later: essex[2], later_id: 'history-1', method: 'history', status: 'not', score: 0.94}
    ])
    expect(rows("SELECT h.status_printed, h.status, h.line FROM history h JOIN documents d ON d.id = h.document_id WHERE d.path = ?", essex[2])).toEqual([
      {status_printed: 'We found that the force is still waiting the release of its preferred fix on the IT system – the Athena Partnership Problem Solving Solution (PPSS).', status: 'not', line: 81}
    ])
    expect(rows("SELECT path, finding_id, latest_status, latest_status_path FROM open_findings WHERE subject = 'essex' ORDER BY published_on, finding_id")).toEqual([
      {path: essex[0], finding_id: 'area-for-improvement-1', latest_status: 'not', latest_status_path: essex[2]},
      {path: essex[2], finding_id: 'area-for-improvement-1', latest_status: null, latest_status_path: null},
      {path: essex[2], finding_id: 'area-for-improvement-2', latest_status: null, latest_status_path: null}
    ])
    expect(rows("SELECT event, date, path, outcome, method FROM finding_history WHERE finding_path = ? AND finding_id = 'area-for-improvement-1' ORDER BY date", essex[0])).toEqual([
      {event: 'published', date: '2017-03-02', path: essex[0], outcome: null, method: null},
      {event: 'restated', date: '2018-03-22', path: essex[1], outcome: 'not', method: 'restated-finding'},
      {event: 'restated', date: '2019-05-02', path: essex[2], outcome: 'not', method: 'history'}
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
