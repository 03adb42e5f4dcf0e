import type {Finding, InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import {normaliseName} from '@scrutiny/schema/internal'
import {answersOf, lintResponse} from './adapter.js'
import type {Register} from './open.js'
import {textSimilarity, wordSet} from './similarity.js'
import type {DocumentStore} from './store.js'

/** Two findings whose word sets are at least this alike are the same finding restated. */
export const restatementThreshold = 0.6

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

interface Thread {
  kind: string
  words: Set<string>
  head: number
  date: string
}

/**
 * Re-make the restatement links of one subject. Its dated reports are read in date order, and each
 * finding either continues the thread of the earlier finding it restates (the link goes to that
 * thread's latest finding, so a chain 2016 → 2017 → 2018 links year to year) or starts a thread.
 * A history item links to the thread it restates with the status it prints.
 */
export function linkRestatements(db: Register, subject: string): void {
  db.prepare('DELETE FROM restatements WHERE earlier_finding_id IN (SELECT id FROM findings WHERE subject = ?)').run(subject)
  const reports = db
    .prepare(
      "SELECT d.id, d.published_on AS date FROM documents d JOIN subjects s ON s.document_id = d.id WHERE s.subject = ? AND d.type = 'report' AND d.published_on IS NOT NULL ORDER BY d.published_on, d.path"
    )
    .all(subject) as Array<{id: number; date: string}>
  const findings = db.prepare('SELECT id, kind, text FROM findings WHERE document_id = ? AND subject = ? ORDER BY id')
  const history = db.prepare('SELECT id, kind, text, status FROM history WHERE document_id = ? ORDER BY id')
  const insert = db.prepare(
    'INSERT INTO restatements (earlier_finding_id, later_document_id, history_id, finding_id, status, method, score) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  const threads: Thread[] = []
  const bestThread = (kind: string, words: Set<string>, before: string) => {
    let best: {thread: Thread; score: number} | undefined
    for (const thread of threads) {
      if (thread.kind !== kind || thread.date >= before) continue
      const score = textSimilarity(words, thread.words)
      if (score >= restatementThreshold && score > (best?.score ?? 0)) best = {thread, score}
    }
    return best
  }
  for (const report of reports) {
    for (const item of history.all(report.id) as Array<{id: number; kind: string; text: string; status: string | null}>) {
      const match = bestThread(item.kind, wordSet(item.text), report.date)
      if (match) insert.run(match.thread.head, report.id, item.id, null, item.status, 'history', match.score)
    }
    for (const finding of findings.all(report.id, subject) as Array<{id: number; kind: string; text: string}>) {
      const words = wordSet(finding.text)
      const match = bestThread(finding.kind, words, report.date)
      if (!match) {
        threads.push({kind: finding.kind, words, head: finding.id, date: report.date})
        continue
      }
      insert.run(match.thread.head, report.id, null, finding.id, 'not', 'restated-finding', match.score)
      Object.assign(match.thread, {words, head: finding.id, date: report.date})
    }
  }
}
