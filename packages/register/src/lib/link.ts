import type {Finding, InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import {normaliseName} from '@scrutiny/schema/internal'
import {normaliseText} from '@scrutiny/parser'
import {answersOf, lintResponse} from './adapter.js'
import type {Register} from './open.js'
import {beginsWith, textSimilarity, wordContainment, wordSet} from './similarity.js'
import type {DocumentStore} from './store.js'

/** Two findings whose word sets are at least this alike are the same finding restated. */
export const restatementThreshold = 0.6
/** Two copies of the same day state the same finding when this share of the shorter's words is in the longer. */
export const copyThreshold = 0.8

interface ReportRow {
  id: number
  title: string
  url: string | null
  published_on: string | null
}

const titleKey = (title: string) => normaliseName(title)

/** The reports a response answers, by URL, else by title (and date when both give one), best score first. */
function reportsFor(response: StatutoryResponse, byUrl: Map<string, ReportRow[]>, byTitle: Map<string, ReportRow[]>) {
  const url = response.report.url
  if (url && byUrl.has(url)) return byUrl.get(url)!.map((report) => ({report, method: 'url', score: 1}))
  const title = response.report.title
  if (!title) return []
  const date = response.report.publishedOn
  return (byTitle.get(titleKey(title)) ?? []).flatMap((report) => {
    if (date && report.published_on && date !== report.published_on) return []
    return [{report, method: 'title', score: date && report.published_on ? 1 : 0.9}]
  })
}

function group<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const value = key(row)
    if (value === null) continue
    const list = groups.get(value)
    if (list) list.push(row)
    else groups.set(value, [row])
  }
  return groups
}

/**
 * Re-make the links of some responses: to the reports they answer, from their passages to the
 * findings, and the linter's verdict (with the deadline) against the best-linked report.
 */
export function linkResponses(db: Register, store: DocumentStore, responseIds: Iterable<number>): void {
  const reports = db.prepare("SELECT id, title, url, published_on FROM documents WHERE type = 'report' AND title IS NOT NULL").all() as ReportRow[]
  const byUrl = group(reports, (report) => report.url)
  const byTitle = group(reports, (report) => titleKey(report.title))
  const model = db.prepare('SELECT model FROM documents WHERE id = ?').pluck()
  const findingIds = db.prepare('SELECT finding_id, id FROM findings WHERE document_id = ?').raw()
  const passageIds = db.prepare('SELECT ordinal, id FROM passages WHERE document_id = ?').raw()
  const clear = [
    db.prepare('DELETE FROM response_reports WHERE response_id = ?'),
    db.prepare('DELETE FROM passage_findings WHERE passage_id IN (SELECT id FROM passages WHERE document_id = ?)'),
    db.prepare("DELETE FROM messages WHERE document_id = ? AND stage = 'lint'")
  ]
  const linkReport = db.prepare('INSERT INTO response_reports (response_id, report_id, method, score) VALUES (?, ?, ?, ?)')
  const linkPassage = db.prepare('INSERT OR IGNORE INTO passage_findings (passage_id, finding_id, stance, method, score, best) VALUES (?, ?, ?, ?, ?, ?)')
  const deadline = db.prepare('UPDATE responses SET last_permitted_day = ?, days_late = ? WHERE document_id = ?')

  for (const responseId of responseIds) {
    // A response replaced later in the same run has a new id; the old one is gone.
    const stored = model.get(responseId) as string | undefined
    if (stored === undefined) continue
    const response = JSON.parse(stored) as StatutoryResponse
    for (const statement of clear) statement.run(responseId)
    const passages = new Map(passageIds.all(responseId) as Array<[number, number]>)
    let answered: InspectionReport | undefined
    for (const {report, method, score} of reportsFor(response, byUrl, byTitle)) {
      linkReport.run(responseId, report.id, method, score)
      const document = JSON.parse(model.get(report.id) as string) as InspectionReport
      if (!answered || document.findings.length > answered.findings.length) answered = document
      const ids = new Map(findingIds.all(report.id) as Array<[string, number]>)
      const findings = new Map<string, Finding>(document.findings.map((finding) => [finding.id, finding]))
      for (const answer of answersOf(response, document.findings)) {
        const passage = response.findingResponses[answer.passage]!
        const finding = findings.get(answer.findingId)!
        const similarity = answer.matchedBy === 'number' ? 1 : textSimilarity(passage.finding.quote ?? passage.text, finding.text)
        linkPassage.run(passages.get(answer.passage), ids.get(answer.findingId), passage.stance, answer.matchedBy, similarity, answer.best ? 1 : 0)
      }
    }
    const verdict = lintResponse(response, answered)
    store.putMessages(responseId, 'lint', verdict.messages)
    deadline.run(verdict.lastPermittedDay ?? null, verdict.daysLate ?? null, responseId)
  }
}

/** A statement of a finding as the restatement threads compare it. */
interface Statement {
  finding: number | null
  history: number | null
  kind: string
  words: Set<string>
  /** The normalised, lower-case text: one statement may be the beginning of another. */
  key: string
  document: number
  date: string
}

/** The statements of one finding over time, linked in date order: a later one is compared with the latest (`head`). */
interface Thread {
  kind: string
  head: Statement
}

/** Word similarity of two statements, or 1 when one is the beginning of the other (a statement cut off, or given in short). */
function restatementScore(later: Statement, earlier: Statement): number {
  return beginsWith(later.key, earlier.key) ? 1 : textSimilarity(later.words, earlier.words)
}

/** A copy of the same day may give a statement in short: the share of the shorter's words in the longer. */
function copyScore(a: Statement, b: Statement): number {
  return beginsWith(a.key, b.key) ? 1 : wordContainment(a.words, b.words)
}

/**
 * Re-make the restatement links of one subject. Its dated reports are read in date order (by path
 * on the same day), and each statement of a finding (a history item, then a finding) either
 * continues the thread of the earlier statement it restates (the link goes to that thread's latest
 * statement, so a chain 2016 → 2017 → 2018 links year to year) or starts a thread. A history item
 * links with the status it prints; a finding listed again links with status not; a statement in
 * another document of the same day (a landing page and its letter) links as a copy.
 */
export function linkRestatements(db: Register, subject: string): void {
  db.prepare(
    'DELETE FROM restatements WHERE earlier_finding_id IN (SELECT id FROM findings WHERE subject = :subject) OR earlier_history_id IN (SELECT id FROM history WHERE subject = :subject)'
  ).run({subject})
  const reports = db
    .prepare(
      "SELECT d.id, d.published_on AS date FROM documents d JOIN subjects s ON s.document_id = d.id WHERE s.subject = ? AND d.type = 'report' AND d.published_on IS NOT NULL ORDER BY d.published_on, d.path"
    )
    .all(subject) as Array<{id: number; date: string}>
  const statements = db.prepare(
    // History first: what a report restates is older than what it finds.
    'SELECT NULL AS finding, id AS history, kind, text, status, 0 AS part FROM history WHERE document_id = :document AND subject = :subject UNION ALL SELECT id, NULL, kind, text, NULL, 1 FROM findings WHERE document_id = :document AND subject = :subject ORDER BY part, history, finding'
  )
  const insert = db.prepare(
    'INSERT INTO restatements (earlier_finding_id, earlier_history_id, later_document_id, history_id, finding_id, status, method, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const threads: Thread[] = []
  const bestThread = (statement: Statement) => {
    let best: {thread: Thread; score: number; copy: boolean} | undefined
    for (const thread of threads) {
      if (thread.kind !== statement.kind || thread.head.document === statement.document || thread.head.date > statement.date) continue
      const copy = thread.head.date === statement.date
      const score = copy ? copyScore(statement, thread.head) : restatementScore(statement, thread.head)
      if (score >= (copy ? copyThreshold : restatementThreshold) && score > (best?.score ?? 0)) best = {thread, score, copy}
    }
    return best
  }
  for (const report of reports) {
    const rows = statements.all({document: report.id, subject}) as Array<{finding: number | null; history: number | null; kind: string; text: string; status: string | null}>
    for (const row of rows) {
      const key = normaliseText(row.text).toLowerCase()
      const statement: Statement = {finding: row.finding, history: row.history, kind: row.kind, words: wordSet(row.text), key, document: report.id, date: report.date}
      const match = bestThread(statement)
      if (!match) {
        threads.push({kind: row.kind, head: statement})
        continue
      }
      const {head} = match.thread
      const [method, status] = match.copy ? ['copy', null] : row.history !== null ? ['history', row.status] : ['restated-finding', 'not']
      insert.run(head.finding, head.history, report.id, row.history, row.finding, status, method, match.score)
      match.thread.head = statement
    }
  }
}
