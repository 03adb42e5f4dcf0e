import Database from 'better-sqlite3'
import {RegisterFileError} from './errors.js'
import {layoutName, layoutVersion, tablesSql, viewsSql} from './layout.js'

export type Register = Database.Database

const rebuild = 'its rows all come from the documents, so delete the file and run `scrutiny register` again to rebuild it'

function check(db: Register, path: string): void {
  const version = db.pragma('user_version', {simple: true}) as number
  const tables = db.prepare("SELECT count(*) AS count FROM sqlite_master WHERE type = 'table'").get() as {count: number}
  if (version === 0 && tables.count === 0) {
    db.transaction(() => {
      db.exec(tablesSql)
      db.exec(viewsSql)
      db.prepare('INSERT INTO register_info (key, value) VALUES (?, ?)').run('layout', layoutName)
      db.pragma(`user_version = ${layoutVersion}`)
    })()
    return
  }
  const named = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'register_info'").get()
    ? (db.prepare("SELECT value FROM register_info WHERE key = 'layout'").get() as {value: string} | undefined)?.value
    : undefined
  if (named !== layoutName) {
    throw new RegisterFileError(path, `unexpected SQLite database with ${tables.count} table(s) of another program, expected an empty file or a Scrutiny register`)
  }
  if (version < layoutVersion) {
    throw new RegisterFileError(path, `unexpected register of layout ${version} (an older Scrutiny), expected layout ${layoutVersion}; ${rebuild}`)
  }
  if (version > layoutVersion) {
    throw new RegisterFileError(path, `unexpected register of layout ${version} (a newer Scrutiny), expected layout ${layoutVersion}; upgrade Scrutiny to use it`)
  }
}

/**
 * Open (or create) a register file. A new file gets the current layout; a register of another
 * layout, or any other database, is refused with a `RegisterFileError`, never written to.
 *
 * @example
 *   const db = openRegister('register.sqlite')
 *   db.prepare('SELECT * FROM open_findings WHERE subject = ?').all('essex')
 *   db.close()
 */
export function openRegister(path: string): Register {
  let db: Register | undefined
  try {
    db = new Database(path)
    db.pragma('foreign_keys = ON')
    // Checked before anything is set: even choosing the journal mode writes to the file.
    check(db, path)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    return db
  } catch (error) {
    db?.close()
    if (error instanceof RegisterFileError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new RegisterFileError(path, `cannot open (${reason}), expected a writable SQLite file or a new path`)
  }
}
