import {join} from 'node:path'
import {expect, it} from 'vitest'
import {layoutVersion, openRegister, tablesSql, updateRegister, viewsSql} from '../src/index.js'
import type {Register} from '../src/index.js'
import {root, scratch, timeline} from './helpers.js'

/** Questions asked of the register built from `timeline`; their output in docs/register.md is real. */
const examples: Array<{title: string; sql: string}> = [
  {
    title: 'Which of Essex Police’s areas for improvement are still open, and what did later reports say?',
    sql: "SELECT path, published_on, substr(text, 1, 60) AS text, latest_status, latest_status_path\nFROM open_findings WHERE subject = 'essex'\nORDER BY published_on, finding_id"
  },
  {
    title: 'Which of Avon Fire and Rescue Service’s causes of concern are still open? (The mobilisation cause, closed in October 2024, is not; the May 2024 page prints no date, so it is not linked.)',
    sql: "SELECT path, finding_id, substr(text, 1, 60) AS text, latest_status\nFROM open_findings WHERE subject = 'avon' AND kind = 'cause-of-concern'\nORDER BY published_on, path, finding_id"
  },
  {
    title: 'What became of Avon’s cause of concern about its mobilisation system?',
    sql: "SELECT event, date, path, outcome, method, substr(text, 1, 50) AS text\nFROM finding_history\nWHERE finding_path = 'fixtures/corpus/reports/frs-avon-coc-revisit-2024-01-landing.txt' AND finding_id = 'history-2'\nORDER BY date, event <> 'published', path"
  },
  {
    title: 'Which later statements restate an earlier one for the same subject?',
    sql: 'SELECT earlier.path AS earlier, earlier.finding_id AS earlier_id, later.path AS later, later.finding_id AS later_id,\n  r.method, r.status, r.score\nFROM restatements r\nJOIN statements earlier ON earlier.finding = r.earlier_finding_id OR earlier.history = r.earlier_history_id\nJOIN statements later ON later.finding = r.finding_id OR later.history = r.history_id\nORDER BY later.published_on, r.id'
  },
  {
    title: 'Which report does each response answer?',
    sql: 'SELECT response.path AS response, report.path AS report, l.method, l.score\nFROM response_reports l\nJOIN documents response ON response.id = l.response_id\nJOIN documents report ON report.id = l.report_id\nORDER BY response.path, report.path'
  },
  {
    title: 'How did the Warwickshire response answer each finding of its report (the best passage, as in the coverage table)?',
    sql: "SELECT f.finding_id, p.part, pf.stance, pf.method, pf.score\nFROM passage_findings pf\nJOIN passages p ON p.id = pf.passage_id\nJOIN findings f ON f.id = pf.finding_id\nJOIN documents d ON d.id = f.document_id\nWHERE pf.best = 1 AND d.path = 'examples/seed-report.json'\nORDER BY f.id"
  },
  {
    title: 'Which findings has no response passage answered? (Every finding of the seed report is answered.)',
    sql: 'SELECT report_path, kind, text, response_paths FROM unanswered_findings\nORDER BY report_path, finding'
  },
  {
    title: 'Which responses were published after the last permitted day?',
    sql: 'SELECT response_path, date, last_permitted_day, days_late FROM late_responses\nORDER BY date'
  },
  {
    title: 'What became of the seed report’s fourth area for improvement?',
    sql: "SELECT event, date, path, outcome, substr(text, 1, 50) AS text\nFROM finding_history\nWHERE finding_path = 'examples/seed-report.json' AND finding_id = 'afi-4'\nORDER BY date, event DESC, outcome"
  }
]

const cell = (value: unknown) => (value === null ? 'NULL' : String(value).replace(/\|/g, '\\|').replace(/\s+/g, ' '))

function table(db: Register, sql: string): string[] {
  const statement = db.prepare(sql)
  const columns = statement.columns().map((column) => column.name)
  const rows = statement.raw().all() as unknown[][]
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...(rows.length === 0 ? [`| ${columns.map((_, index) => (index === 0 ? '(no rows)' : '')).join(' | ')} |`] : rows.map((row) => `| ${row.map(cell).join(' | ')} |`))
  ]
}

/** Each statement of a script with the comment above it: `-- …` lines, then SQL up to `;`. */
function statements(script: string): Array<{name: string; comment: string; sql: string}> {
  return script
    .trim()
    .split(/;\n\s*\n/)
    .map((chunk) => {
      const lines = chunk.trim().split('\n')
      const comment = lines.filter((line) => line.startsWith('--')).map((line) => line.slice(3)).join(' ')
      const sql = `${lines.filter((line) => !line.startsWith('--')).join('\n').replace(/;$/, '')};`
      return {name: /^CREATE (?:TABLE|VIEW|INDEX) (\w+)/.exec(sql)?.[1] ?? '', comment, sql}
    })
}

/** docs/register.md: the layout from the DDL in src/lib/layout.ts and the examples run on the fixtures. */
function renderRegisterDocs(db: Register): string {
  const lines = [
    '# The register',
    '',
    '<!-- Generated from packages/register/src/lib/layout.ts and the fixtures by `npx vitest run -u packages/register/test/docs.test.ts`; do not edit. -->',
    '',
    '`scrutiny register <files, folders, globs> --db register.sqlite` (or `updateRegister` of `@scrutiny/register`) reads reports and responses into one SQLite file that opens in `sqlite3`, DB Browser for SQLite, Datasette, pandas (`pd.read_sql`) and R (`RSQLite`). Every row names its document by the path given on the command line, so the views read without joins.',
    '',
    `- **Layout version ${layoutVersion}**, kept in \`PRAGMA user_version\`; \`register_info\` says the file is a Scrutiny register. A register of another layout, or any other database, is refused with a message saying so and is not written to. Every row comes from the documents, so the way to a new layout is to delete the file and register the documents again.`,
    '- **Incremental**: a file is skipped when its SHA-256 is the one stored; a changed file replaces all its rows at once, in a savepoint of its own (every table cascades from `documents`; a commit every 256 files); a file that fails to read or parse is reported and leaves the register as it was for that file. Files not named in a run stay in the register.',
    '- **Links** are made after the files are stored, for the documents the run changed: a response to the report it cites (by URL, else by title and date); each response passage to the findings it answers (the linter’s coverage table decides, so `scrutiny lint` agrees); a later statement of a finding to the earlier one it restates for the same subject: a later report’s finding or history item (last year’s areas for improvement, the causes of concern and recommendations a revisit letter quotes, with the status it prints) to an earlier report’s finding or history item of the same kind, by word similarity of at least 0.6 or one text being the beginning of the other, to the latest statement of the finding so that a chain links year to year; another copy of the same day (a landing page and its letter) links as a `copy` when 0.8 of the shorter statement’s words are in the longer. Reports without a date are stored but not linked. Each link records its `method` and `score`; `restatement_chains` follows the chains, so a status given two reports later still closes the first statement.',
    '- **Lint verdicts** of each response are made against its best-linked report (the one with most findings), with the section 55(5A) deadline.',
    '- **Saved copies**: a text file that opens with a provenance header (`source:`, then `title:` or `respondent:`, `published:` … and a line `---`, the format of `fixtures/corpus`) is a report (`title:`) or a response (`respondent:`), and a report takes its title, URL and date from it. The header and `=== segment` lines are blanked, not removed, so positions still point into the file.',
    '',
    '## Tables',
    ''
  ]
  for (const {name, comment, sql} of statements(tablesSql).filter((statement) => statement.sql.startsWith('CREATE TABLE'))) {
    lines.push(`### ${name}`, '', comment, '', '```sql', sql, '```', '')
  }
  const indexes = statements(tablesSql).filter((statement) => statement.sql.startsWith('CREATE INDEX'))
  lines.push('### Indexes', '', ...indexes.map((statement) => statement.comment), '', '```sql', ...indexes.flatMap((statement) => statement.sql.split('\n')), '```', '', '## Views', '')
  for (const {name, comment, sql} of statements(viewsSql)) lines.push(`### ${name}`, '', comment, '', '```sql', sql, '```', '')
  lines.push(
    '## Example queries',
    '',
    `The register of these files (\`scrutiny register ${timeline.join(' ')} --db register.sqlite\`), asked with \`sqlite3 register.sqlite\`:`,
    ''
  )
  for (const {title, sql} of examples) lines.push(`### ${title}`, '', '```sql', `${sql};`, '```', '', ...table(db, sql), '')
  return `${lines.join('\n').trimEnd()}\n`
}

it('docs/register.md is generated from the layout and real queries over the fixtures', async () => {
  const path = join(scratch(), 'register.sqlite')
  await updateRegister(timeline, {db: path, cwd: root})
  const db = openRegister(path)
  try {
    await expect(renderRegisterDocs(db)).toMatchFileSnapshot('../../../docs/register.md')
  } finally {
    db.close()
  }
})
