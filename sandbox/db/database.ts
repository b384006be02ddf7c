/**
 * Opens the sandbox database: a file (state survives restarts), WAL journal, foreign keys on,
 * migrated to the latest schema. better-sqlite3 is synchronous, so a request's reads and writes
 * never interleave with another request's.
 */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './migrations'

export type Db = Database.Database

export function openDatabase(dbPath: string): Db {
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true })
  const db = new Database(dbPath)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

/** Runs `fn` in a transaction (a savepoint when nested): all of its writes land, or none. */
export function tx<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)()
}

/** Every application table (all but the migration bookkeeping), for resets. */
function dataTables(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'`,
    )
    .all() as { name: string }[]
  return rows.map((r) => r.name)
}

/** Deletes every row of every application table, keeping the schema. */
export function wipeDatabase(db: Db): void {
  tx(db, () => {
    // Deleting in any order is fine: foreign keys are checked at commit, when all tables are empty.
    db.pragma('defer_foreign_keys = ON')
    for (const table of dataTables(db)) db.prepare(`DELETE FROM "${table}"`).run()
  })
}
