/**
 * The register's layout: one SQL script, the single source of the tables and views (docs/register.md
 * is generated from it). Bump `layoutVersion` whenever it changes: a register of another layout is
 * refused, never mixed (see `openRegister`).
 */
export const layoutVersion = 1

/** Stored in `register_info` so that a register is told apart from any other SQLite file. */
export const layoutName = 'scrutiny-register'

const position = `
  line INTEGER, column INTEGER, end_line INTEGER, end_column INTEGER, start_offset INTEGER, end_offset INTEGER`

/** Tables: what the documents say. Every row cascades from its document, so a changed file is replaced whole. */
export const tablesSql = `
-- What this file is: {layout: 'scrutiny-register'} (the layout version is PRAGMA user_version).
CREATE TABLE register_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per file ingested. type: report or response; kind: the report's family (peel, revisit,
-- regional, …) or the respondent's kind (pcc, pfcc, mayor, …); published_on: a report's day of
-- publication or a response's date; hash: SHA-256 of the file's bytes; model: the parsed document
-- as JSON of the Scrutiny schema.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('report', 'response')),
  kind TEXT,
  title TEXT,
  published_on TEXT,
  url TEXT,
  model TEXT NOT NULL
);

-- Who a document is about: a report's subjects; the force whose body wrote a response.
-- subject: the reference-data id (e.g. essex) or else the normalised name.
CREATE TABLE subjects (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (document_id, subject)
);

-- The findings of a report. finding_id: its id within the document (afi-1, recommendation-2);
-- section: the heading path joined with ' > '; addressees: JSON; positions are 1-based lines and
-- columns and 0-based offsets into the file.
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  finding_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  number TEXT,
  text TEXT NOT NULL,
  subject TEXT,
  subject_name TEXT,
  section TEXT NOT NULL,
  addressees TEXT,
  deadline TEXT,
  cause_of_concern TEXT,
  truncated INTEGER NOT NULL DEFAULT 0,${position},
  UNIQUE (document_id, finding_id)
);

-- The graded judgements of a report.
CREATE TABLE grades (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  subject TEXT,
  subject_name TEXT NOT NULL,
  area TEXT NOT NULL,
  grade TEXT NOT NULL,
  quote TEXT NOT NULL,
  section TEXT NOT NULL,${position}
);

-- Earlier findings a report restates (its history), with the status as printed and normalised
-- (discharged, addressed, partly, not; NULL when the wording says none of these).
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  number TEXT,
  text TEXT NOT NULL,
  status_printed TEXT,
  status TEXT CHECK (status IN ('discharged', 'addressed', 'partly', 'not')),
  section TEXT NOT NULL,${position}
);

-- A response: who wrote it, when, the report it cites, and (from the linter, once linked) the last
-- permitted day of section 55(5A) and how many days late it was published.
CREATE TABLE responses (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  respondent TEXT,
  respondent_kind TEXT,
  signatory TEXT,
  date TEXT,
  publication_url TEXT,
  report_title TEXT,
  report_url TEXT,
  report_published_on TEXT,
  last_permitted_day TEXT,
  days_late INTEGER
);

-- The parts of a response: lpb-comments, chief-officer-comments, response-to-chief-officer.
CREATE TABLE response_parts (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  part TEXT NOT NULL,
  heading TEXT,
  text TEXT NOT NULL,${position},
  PRIMARY KEY (document_id, part)
);

-- Passages of a response that answer a finding, as the response refers to it (kind, number, quote).
CREATE TABLE passages (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  part TEXT,
  stance TEXT NOT NULL,
  finding_kind TEXT,
  finding_number TEXT,
  finding_quote TEXT,
  text TEXT NOT NULL,${position}
);

-- Messages about a document: stage parse (the parser's) or lint (the linter's verdict on a response,
-- made against its linked report).
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('parse', 'lint')),
  source TEXT,
  rule_id TEXT,
  severity TEXT NOT NULL,
  reason TEXT NOT NULL,
  line INTEGER,
  column INTEGER,
  url TEXT,
  note TEXT
);

-- Link: a response to the report it answers. method: url (the response links the report's URL) or
-- title (same title, after normalising case, quotes and dashes); score 1 when the report date the
-- response gives agrees too, 0.9 when either date is unknown.
CREATE TABLE response_reports (
  response_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  report_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (response_id, report_id)
);

-- Link: a passage to the finding it answers, by the linter's coverage table. method: how the
-- passage refers to it (quote, number, paraphrase); score: word similarity of the quoted finding to
-- the finding (1 for a number); best: the passage the coverage table reports for the finding.
CREATE TABLE passage_findings (
  passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
  finding_id INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
  stance TEXT NOT NULL,
  method TEXT NOT NULL,
  score REAL NOT NULL,
  best INTEGER NOT NULL,
  PRIMARY KEY (passage_id, finding_id)
);

-- Link: a later report restating an earlier finding for the same subject. method: history (an item
-- of the later report's history, status as it prints it) or restated-finding (the later report lists
-- the same finding again, so it is not closed: status not); score: word similarity of the texts.
CREATE TABLE restatements (
  id INTEGER PRIMARY KEY,
  earlier_finding_id INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
  later_document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  history_id INTEGER REFERENCES history (id) ON DELETE CASCADE,
  finding_id INTEGER REFERENCES findings (id) ON DELETE CASCADE,
  status TEXT CHECK (status IN ('discharged', 'addressed', 'partly', 'not')),
  method TEXT NOT NULL,
  score REAL NOT NULL
);

-- Every column that references another row is indexed: a changed file deletes its rows by cascade.
CREATE INDEX findings_document ON findings (document_id);
CREATE INDEX grades_document ON grades (document_id);
CREATE INDEX history_document ON history (document_id);
CREATE INDEX messages_document ON messages (document_id);
CREATE INDEX restatements_history ON restatements (history_id);
CREATE INDEX restatements_finding ON restatements (finding_id);
CREATE INDEX findings_subject ON findings (subject);
CREATE INDEX subjects_subject ON subjects (subject);
CREATE INDEX passages_document ON passages (document_id);
CREATE INDEX passage_findings_finding ON passage_findings (finding_id);
CREATE INDEX response_reports_report ON response_reports (report_id);
CREATE INDEX restatements_earlier ON restatements (earlier_finding_id);
CREATE INDEX restatements_later ON restatements (later_document_id);
`

/** Views: the questions the register answers, each row naming its documents by path. */
export const viewsSql = `
-- Findings (causes of concern, recommendations, areas for improvement) that no later report marks
-- discharged or addressed, per subject; latest_status is the last status a later report gave.
CREATE VIEW open_findings AS
WITH latest AS (
  SELECT r.earlier_finding_id, r.status, l.path,
    row_number() OVER (PARTITION BY r.earlier_finding_id ORDER BY l.published_on DESC, l.path DESC) AS rank
  FROM restatements r JOIN documents l ON l.id = r.later_document_id
)
SELECT f.subject, f.kind, f.number, f.text, d.path, d.published_on,
  latest.status AS latest_status, latest.path AS latest_status_path, f.finding_id, f.id AS finding
FROM findings f JOIN documents d ON d.id = f.document_id
  LEFT JOIN latest ON latest.earlier_finding_id = f.id AND latest.rank = 1
WHERE f.kind IN ('cause-of-concern', 'recommendation', 'area-for-improvement')
  AND NOT EXISTS (SELECT 1 FROM restatements r WHERE r.earlier_finding_id = f.id AND r.status IN ('discharged', 'addressed'));

-- Findings of a report that has responses in the register but that no passage of them answers.
CREATE VIEW unanswered_findings AS
SELECT d.path AS report_path, f.kind, f.number, f.text,
  (SELECT group_concat(p.path, ' | ') FROM response_reports rr JOIN documents p ON p.id = rr.response_id
    WHERE rr.report_id = d.id) AS response_paths,
  f.finding_id, f.id AS finding
FROM findings f JOIN documents d ON d.id = f.document_id
WHERE EXISTS (SELECT 1 FROM response_reports rr WHERE rr.report_id = d.id)
  AND NOT EXISTS (
    SELECT 1 FROM passage_findings pf JOIN passages p ON p.id = pf.passage_id
      JOIN response_reports rr ON rr.response_id = p.document_id AND rr.report_id = d.id
    WHERE pf.finding_id = f.id);

-- Responses published after the last permitted day of section 55(5A) (56 days from the report).
CREATE VIEW late_responses AS
SELECT d.path AS response_path, r.respondent, r.date, r.last_permitted_day, r.days_late,
  (SELECT group_concat(p.path, ' | ') FROM response_reports rr JOIN documents p ON p.id = rr.report_id
    WHERE rr.response_id = d.id) AS report_paths,
  coalesce(r.report_title, d.title) AS report_title
FROM responses r JOIN documents d ON d.id = r.document_id
WHERE r.days_late > 0;

-- Everything that happened to a finding, one event per row: published, answered (a response
-- passage, with its stance) and restated (a later report, with its status). Select one with
-- WHERE finding_path = 'report.txt' AND finding_id = 'afi-1', ordered by date.
CREATE VIEW finding_history AS
SELECT f.id AS finding, d.path AS finding_path, f.finding_id, 'published' AS event, d.published_on AS date,
  d.path AS path, NULL AS outcome, f.text
FROM findings f JOIN documents d ON d.id = f.document_id
UNION ALL
SELECT f.id, d.path, f.finding_id, 'answered', coalesce(rd.published_on, r.date), rd.path, pf.stance, p.text
FROM passage_findings pf JOIN passages p ON p.id = pf.passage_id JOIN findings f ON f.id = pf.finding_id
  JOIN documents d ON d.id = f.document_id JOIN documents rd ON rd.id = p.document_id
  JOIN responses r ON r.document_id = rd.id
UNION ALL
SELECT f.id, d.path, f.finding_id, 'restated', l.published_on, l.path, s.status, coalesce(h.text, lf.text)
FROM restatements s JOIN findings f ON f.id = s.earlier_finding_id JOIN documents d ON d.id = f.document_id
  JOIN documents l ON l.id = s.later_document_id
  LEFT JOIN history h ON h.id = s.history_id LEFT JOIN findings lf ON lf.id = s.finding_id;
`
