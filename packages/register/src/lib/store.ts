import type {InspectionReport, ReportSubject, SourceSpan, StatutoryResponse} from '@scrutiny/schema'
import {normaliseName} from '@scrutiny/schema/internal'
import type {ExtractedDocument, PlainMessage} from './adapter.js'
import type {Register} from './open.js'
import {progressStatus} from './status.js'

/**
 * The key a subject is joined on: its reference-data id, else the id of the report subject of the
 * same name, else the normalised name.
 */
export function subjectKey(name: string, id: string | undefined, subjects: readonly ReportSubject[] = []): string {
  if (id) return id
  const key = normaliseName(name)
  return subjects.find((subject) => normaliseName(subject.name) === key)?.referenceId ?? key
}

const spanColumns = (position: SourceSpan | undefined) =>
  position
    ? [position.start.line, position.start.column, position.end.line, position.end.column, position.start.offset ?? null, position.end.offset ?? null]
    : [null, null, null, null, null, null]

const section = (path: readonly string[]) => path.join(' > ')

/** Prepared statements of one register, made once. */
export class DocumentStore {
  readonly #db: Register
  readonly #statements

  constructor(db: Register) {
    this.#db = db
    const prepare = (sql: string) => db.prepare(sql)
    this.#statements = {
      hash: prepare('SELECT hash FROM documents WHERE path = ?').pluck(),
      subjects: prepare(
        'SELECT s.subject FROM subjects s JOIN documents d ON d.id = s.document_id WHERE d.path = :path UNION SELECT f.subject FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.path = :path AND f.subject IS NOT NULL'
      ).pluck(),
      answering: prepare('SELECT l.response_id FROM response_reports l JOIN documents d ON d.id = l.report_id WHERE d.path = ?').pluck(),
      remove: prepare('DELETE FROM documents WHERE path = ?'),
      document: prepare('INSERT INTO documents (path, hash, type, kind, title, published_on, url, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      subject: prepare('INSERT OR IGNORE INTO subjects (document_id, subject, name, kind) VALUES (?, ?, ?, ?)'),
      finding: prepare(
        'INSERT INTO findings (document_id, finding_id, kind, number, text, subject, subject_name, section, addressees, deadline, cause_of_concern, truncated, line, column, end_line, end_column, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      grade: prepare(
        'INSERT INTO grades (document_id, subject, subject_name, area, grade, quote, section, line, column, end_line, end_column, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      history: prepare(
        'INSERT INTO history (document_id, item, subject, kind, number, text, status_printed, status, addressees, deadline, section, line, column, end_line, end_column, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      response: prepare(
        'INSERT INTO responses (document_id, respondent, respondent_kind, signatory, date, publication_url, report_title, report_url, report_published_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      part: prepare(
        'INSERT OR IGNORE INTO response_parts (document_id, part, heading, text, line, column, end_line, end_column, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      passage: prepare(
        'INSERT INTO passages (document_id, ordinal, part, stance, finding_kind, finding_number, finding_quote, text, line, column, end_line, end_column, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      message: prepare(
        'INSERT INTO messages (document_id, stage, source, rule_id, severity, reason, line, column, url, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      )
    }
  }

  /** The content hash stored for a path, if the register has it. */
  hashOf(path: string): string | undefined {
    return this.#statements.hash.get(path) as string | undefined
  }

  /**
   * Replace the rows of one file in one transaction (a savepoint inside the run's): if anything
   * fails, the register keeps what it had for that file. Returns the new document id, the subjects
   * the file had or has (both gain or lose restatements) and the responses that answered its old
   * version (their links and verdicts were made against it).
   */
  put(path: string, hash: string, extracted: ExtractedDocument): {id: number; subjects: Set<string>; answering: number[]} {
    return this.#db.transaction(() => {
      const subjects = new Set(this.#statements.subjects.all({path}) as string[])
      const answering = this.#statements.answering.all(path) as number[]
      this.#statements.remove.run(path)
      const id =
        extracted.type === 'report' ? this.#putReport(path, hash, extracted.document) : this.#putResponse(path, hash, extracted.document)
      this.putMessages(id, 'parse', extracted.messages)
      for (const subject of this.#statements.subjects.all({path}) as string[]) subjects.add(subject)
      return {id, subjects, answering}
    })()
  }

  /** Add messages of a stage (`parse` or `lint`) to a document. */
  putMessages(id: number, stage: 'parse' | 'lint', messages: readonly PlainMessage[]): void {
    for (const m of messages) this.#statements.message.run(id, stage, m.source, m.ruleId, m.severity, m.reason, m.line, m.column, m.url, m.note)
  }

  #putReport(path: string, hash: string, report: InspectionReport): number {
    const s = this.#statements
    const id = Number(
      s.document.run(path, hash, 'report', report.kind, report.title, report.publishedOn ?? null, report.url ?? null, JSON.stringify(report)).lastInsertRowid
    )
    for (const subject of report.subjects) s.subject.run(id, subjectKey(subject.name, subject.referenceId), subject.name, subject.kind)
    const only = report.subjects.length === 1 ? report.subjects[0] : undefined
    for (const finding of report.findings) {
      const name = finding.subject ?? only?.name
      const key = finding.subject ? subjectKey(finding.subject, finding.subjectId, report.subjects) : only ? subjectKey(only.name, only.referenceId) : null
      const recommendation = finding.kind === 'recommendation' ? finding : undefined
      s.finding.run(
        id, finding.id, finding.kind, finding.number ?? null, finding.text, key, name ?? null, section(finding.section),
        recommendation ? JSON.stringify(recommendation.addressees) : null, recommendation?.deadline ?? null, recommendation?.causeOfConcern ?? null,
        finding.truncated ? 1 : 0, ...spanColumns(finding.position)
      )
    }
    for (const grade of report.grades) {
      s.grade.run(id, subjectKey(grade.subject, grade.subjectId, report.subjects), grade.subject, grade.area, grade.grade, grade.quote, section(grade.section), ...spanColumns(grade.position))
    }
    // History items name no subject of their own: they restate findings about the report's subject.
    const historySubject = only ? subjectKey(only.name, only.referenceId) : null
    report.history?.forEach((item, index) => {
      s.history.run(
        id, `history-${index + 1}`, historySubject, item.kind, item.number ?? null, item.text, item.status ?? null, progressStatus(item.status) ?? null,
        item.addressees ? JSON.stringify(item.addressees) : null, item.deadline ?? null, section(item.section), ...spanColumns(item.position)
      )
    })
    return id
  }

  #putResponse(path: string, hash: string, response: StatutoryResponse): number {
    const s = this.#statements
    const date = response.publication?.date ?? response.date ?? null
    const id = Number(
      s.document.run(path, hash, 'response', response.respondent?.kind ?? null, response.report.title ?? null, date, response.publication?.url ?? null, JSON.stringify(response)).lastInsertRowid
    )
    const force = response.respondent?.forceId ?? response.chiefOfficer?.forceId
    if (force) s.subject.run(id, force, response.respondent?.name ?? force, 'force')
    s.response.run(
      id, response.respondent?.name ?? null, response.respondent?.kind ?? null, response.respondent?.signatory?.name ?? null, date,
      response.publication?.url ?? null, response.report.title ?? null, response.report.url ?? null, response.report.publishedOn ?? null
    )
    const parts = [
      ['lpb-comments', response.lpbComments],
      ['chief-officer-comments', response.chiefOfficerComments],
      ['response-to-chief-officer', response.responseToChiefOfficer]
    ] as const
    for (const [part, value] of parts) if (value) s.part.run(id, part, value.heading ?? null, value.text, ...spanColumns(value.position))
    response.findingResponses.forEach((answer, ordinal) => {
      s.passage.run(
        id, ordinal, answer.part ?? null, answer.stance, answer.finding.kind ?? null, answer.finding.number ?? null, answer.finding.quote ?? null,
        answer.text, ...spanColumns(answer.position)
      )
    })
    return id
  }
}
