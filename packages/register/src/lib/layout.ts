/**
 * The register's layout: one SQL script, the single source of the tables and views (docs/register.md
 * is generated from it). Bump `layoutVersion` whenever it changes: a register of another layout is
 * refused, never mixed (see `openRegister`).
 */
export const layoutVersion = 3

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

-- Earlier findings a report restates (its history: last year's areas for improvement, the causes
-- of concern and recommendations a revisit letter quotes), with the status as printed and
-- normalised (discharged, addressed, partly, not; NULL when the wording says none of these).
-- item: history-1, history-2 … in the document's order; subject: the report's subject when it has
-- one (a report about several leaves it NULL: the item is not linked); addressees (JSON) and
-- deadline: a restated recommendation's, when the report gives them.
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  item TEXT NOT NULL,
  subject TEXT,
  kind TEXT NOT NULL,
  number TEXT,
  text TEXT NOT NULL,
  status_printed TEXT,
  status TEXT CHECK (status IN ('discharged', 'addressed', 'partly', 'not')),
  addressees TEXT,
  deadline TEXT,
  section TEXT NOT NULL,${position},
  UNIQUE (document_id, item)
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

-- Link: a later statement of a finding restating an earlier one for the same subject. The earlier
-- statement is a finding or a history item (a revisit letter restates causes of concern whose first
-- report may not be in the register); the later one is a history item (history_id) or a finding
-- (finding_id). method: history (status as the later report prints it), restated-finding (the later
-- report lists the same finding again, so it is not closed: status not) or copy (another copy of
-- the same publication, of the same day: a landing page and its letter; no status); score: word
-- similarity of the texts, 1 when one is the beginning of the other (a statement cut off or given
-- in short), and for a copy the share of the shorter text's words in the longer.
CREATE TABLE restatements (
  id INTEGER PRIMARY KEY,
  earlier_finding_id INTEGER REFERENCES findings (id) ON DELETE CASCADE,
  earlier_history_id INTEGER REFERENCES history (id) ON DELETE CASCADE,
  later_document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  history_id INTEGER REFERENCES history (id) ON DELETE CASCADE,
  finding_id INTEGER REFERENCES findings (id) ON DELETE CASCADE,
  status TEXT CHECK (status IN ('discharged', 'addressed', 'partly', 'not')),
  method TEXT NOT NULL CHECK (method IN ('history', 'restated-finding', 'copy')),
  score REAL NOT NULL,
  CHECK ((earlier_finding_id IS NULL) <> (earlier_history_id IS NULL)),
  CHECK ((history_id IS NULL) <> (finding_id IS NULL))
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
CREATE INDEX restatements_earlier_history ON restatements (earlier_history_id);
CREATE INDEX history_subject ON history (subject);
CREATE INDEX restatements_later ON restatements (later_document_id);
`

/** Views: the questions the register answers, each row naming its documents by path. */
export const viewsSql = `
-- Every statement of a finding, one row each: a report's own findings (finding: findings.id) and
-- the earlier findings it restates (history: history.id). finding_id: the id within the document
-- (afi-1, or history-1 for a history item); status: a history item's own status.
CREATE VIEW statements AS
SELECT f.id AS finding, NULL AS history, d.path, d.published_on, f.subject, f.kind, f.number, f.text, f.finding_id, NULL AS status, f.document_id
FROM findings f JOIN documents d ON d.id = f.document_id
UNION ALL
SELECT NULL, h.id, d.path, d.published_on, h.subject, h.kind, h.number, h.text, h.item, h.status, h.document_id
FROM history h JOIN documents d ON d.id = h.document_id;

-- Each statement with every later statement restating it, directly (depth 1) or along a chain
-- (2016 → 2017 → 2018: depth 2), with the status, method and score of that link and the later
-- statement's document.
CREATE VIEW restatement_chains AS
WITH RECURSIVE chain (earlier_finding, earlier_history, later_finding, later_history, depth, status, method, score, document_id) AS (
  SELECT earlier_finding_id, earlier_history_id, finding_id, history_id, 1, status, method, score, later_document_id FROM restatements
  UNION ALL
  SELECT chain.earlier_finding, chain.earlier_history, r.finding_id, r.history_id, chain.depth + 1, r.status, r.method, r.score, r.later_document_id
  FROM chain JOIN restatements r ON r.earlier_finding_id = chain.later_finding OR r.earlier_history_id = chain.later_history
)
SELECT chain.earlier_finding, chain.earlier_history, chain.later_finding, chain.later_history, chain.depth, chain.status, chain.method, chain.score,
  d.path, d.published_on
FROM chain JOIN documents d ON d.id = chain.document_id;

-- Findings (causes of concern, recommendations, areas for improvement) still open, one row per
-- finding at its first statement in the register (a later statement restating it is not listed
-- again): none of its later statements, nor its own status, says discharged or addressed.
-- latest_status: the last status given along its chain, with the document that gave it.
CREATE VIEW open_findings AS
WITH latest AS (
  -- node: findings.id, or minus history.id: one key to join on.
  SELECT coalesce(earlier_finding, -earlier_history) AS node, status, path,
    row_number() OVER (PARTITION BY earlier_finding, earlier_history ORDER BY published_on DESC, depth DESC) AS rank
  FROM restatement_chains WHERE status IS NOT NULL
),
closed AS (SELECT earlier_finding, earlier_history FROM restatement_chains WHERE status IN ('discharged', 'addressed'))
SELECT s.subject, s.kind, s.number, s.text, s.path, s.published_on,
  coalesce(latest.status, s.status) AS latest_status, CASE WHEN latest.status IS NOT NULL THEN latest.path WHEN s.status IS NOT NULL THEN s.path END AS latest_status_path,
  s.finding_id, s.finding, s.history
FROM statements s
  LEFT JOIN latest ON latest.rank = 1 AND latest.node = coalesce(s.finding, -s.history)
WHERE s.kind IN ('cause-of-concern', 'recommendation', 'area-for-improvement')
  AND coalesce(s.status, '') NOT IN ('discharged', 'addressed')
  AND NOT EXISTS (SELECT 1 FROM restatements r WHERE r.finding_id = s.finding OR r.history_id = s.history)
  AND coalesce(s.finding, 0) NOT IN (SELECT earlier_finding FROM closed WHERE earlier_finding IS NOT NULL)
  AND coalesce(s.history, 0) NOT IN (SELECT earlier_history FROM closed WHERE earlier_history IS NOT NULL);

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

-- Everything that happened to a finding, one event per row: published (with a history item's own
-- status), answered (a response passage, with its stance and how it refers to the finding) and
-- restated (each later statement along its chain, with its status and the link's method: history,
-- restated-finding or copy). Select one with WHERE finding_path = 'report.txt' AND finding_id =
-- 'afi-1' (or 'history-1'), ordered by date.
CREATE VIEW finding_history AS
SELECT s.finding, s.history, s.path AS finding_path, s.finding_id, 'published' AS event, s.published_on AS date,
  s.path AS path, s.status AS outcome, NULL AS method, s.text
FROM statements s
UNION ALL
SELECT f.id, NULL, d.path, f.finding_id, 'answered', coalesce(rd.published_on, r.date), rd.path, pf.stance, pf.method, p.text
FROM passage_findings pf JOIN passages p ON p.id = pf.passage_id JOIN findings f ON f.id = pf.finding_id
  JOIN documents d ON d.id = f.document_id JOIN documents rd ON rd.id = p.document_id
  JOIN responses r ON r.document_id = rd.id
UNION ALL
SELECT f.id, NULL, d.path, f.finding_id, 'restated', c.published_on, c.path, c.status, c.method, coalesce(h.text, lf.text)
FROM restatement_chains c JOIN findings f ON f.id = c.earlier_finding JOIN documents d ON d.id = f.document_id
  LEFT JOIN history h ON h.id = c.later_history LEFT JOIN findings lf ON lf.id = c.later_finding
UNION ALL
SELECT NULL, e.id, d.path, e.item, 'restated', c.published_on, c.path, c.status, c.method, coalesce(h.text, lf.text)
FROM restatement_chains c JOIN history e ON e.id = c.earlier_history JOIN documents d ON d.id = e.document_id
  LEFT JOIN history h ON h.id = c.later_history LEFT JOIN findings lf ON lf.id = c.later_finding;
`
