import Database from 'better-sqlite3'
import { migrate, MIGRATIONS } from '../../db/migrations'

describe('migration 4 (issue 6) on a database of migration 3', () => {
  it('keeps every credit line (origin APPLICATION) and lets a line exist without an application', () => {
    // Foreign keys off: the line below refers to a user, product and application this test does not make.
    const db = new Database(':memory:')
    db.pragma('foreign_keys = OFF')
    migrate(db, MIGRATIONS.filter((m) => m.version <= 3))
    db.prepare(
      `INSERT INTO credit_lines (id, user_id, product_id, kind, total_fen, used_fen, annual_rate_bps, valid_from, valid_until, application_id, created_at)
       VALUES ('L1', 'U1', 'CREDIT01', 'CREDIT', 100, 40, 365, '2026-01-01', '2027-01-01', 'A1', '2026-01-01T00:00:00.000Z')`,
    ).run()

    expect(migrate(db)).toEqual([4])
    expect(db.prepare('SELECT id, used_fen, application_id, origin FROM credit_lines').all()).toEqual([
      { id: 'L1', used_fen: 40, application_id: 'A1', origin: 'APPLICATION' },
    ])
    const insert = db.prepare(
      `INSERT INTO credit_lines (id, user_id, product_id, kind, total_fen, annual_rate_bps, valid_from, valid_until, application_id, created_at, origin)
       VALUES (?, 'U1', 'CREDIT01', 'CREDIT', 100, 435, '2026-01-01', '2027-01-01', ?, '2026-01-01T00:00:00.000Z', ?)`,
    )
    // A village line has no application; an application line needs one.
    expect(() => insert.run('L2', null, 'VILLAGE_PRE_CREDIT')).not.toThrow()
    expect(() => insert.run('L3', null, 'APPLICATION')).toThrow(/CHECK constraint/)
    expect(() => insert.run('L4', 'A4', 'VILLAGE_PRE_CREDIT')).toThrow(/CHECK constraint/)
    db.prepare("INSERT INTO products (id, name, kind, max_amount_fen, min_rate_bps, max_term_months, summary) VALUES ('P1', 'p', 'CREDIT', 1, 1, 1, 's')").run()
    expect(db.prepare('SELECT channel FROM products').all()).toEqual([{ channel: 'APPLY' }])
    db.close()
  })
})
