import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { startTestSandbox, tempDbPath, TestClient, PEOPLE, verifyFully } from '../testing/harness'
import { openDatabase, tx, wipeDatabase } from './database'
import { migrate, MIGRATIONS } from './migrations'

describe('openDatabase', () => {
  it('uses WAL and foreign keys, and applies every migration once', () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const versions = db.prepare('SELECT version FROM schema_version').all()
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })))
    expect(migrate(db)).toEqual([])
    db.close()
  })

  it('refuses a database newer than the code', () => {
    const file = tempDbPath()
    openDatabase(file).close()
    const raw = new Database(file)
    raw.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (999, ?, ?)').run('future', new Date().toISOString())
    raw.close()
    expect(() => openDatabase(file)).toThrow(/schema version 999, newer than this sandbox/)
  })

  it('applies a later migration on top, in order', () => {
    const db = openDatabase(tempDbPath())
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'later journey', sql: 'CREATE TABLE later (id INTEGER PRIMARY KEY)' }]
    expect(migrate(db, next)).toEqual([MIGRATIONS.length + 1])
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'later'").get()).toEqual({ name: 'later' })
    db.close()
  })

  it('tx rolls back every write when the function throws', () => {
    const db = openDatabase(tempDbPath())
    expect(() =>
      tx(db, () => {
        db.prepare("INSERT INTO sandbox_settings (key, value) VALUES ('a', '1')").run()
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(db.prepare('SELECT COUNT(*) AS n FROM sandbox_settings').get()).toEqual({ n: 0 })
    db.close()
  })

  it('enforces foreign keys, and wipes every table despite them', () => {
    const db = openDatabase(tempDbPath())
    expect(() => db.prepare("INSERT INTO sessions (token_sha256, user_id, created_at, expires_at) VALUES ('t', 'nobody', 'x', 'y')").run()).toThrow(/FOREIGN KEY/)
    db.prepare("INSERT INTO users (id, openid, channel, created_at) VALUES ('u', 'o', 'h5', 'now')").run()
    db.prepare("INSERT INTO sessions (token_sha256, user_id, created_at, expires_at) VALUES ('t', 'u', 'x', 'y')").run()
    wipeDatabase(db)
    expect(db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_version').get()).toEqual({ n: MIGRATIONS.length })
    db.close()
  })
})

describe('state across a restart', () => {
  it('keeps users, sessions and the verified identity, and creates the key file once', async () => {
    const dbPath = tempDbPath()
    const first = await startTestSandbox({ dbPath })
    const c = await first.login('restart-me')
    await first.anon.post('/test/clock', { today: '2026-03-01' })
    await verifyFully(c, { name: PEOPLE.zhang.name, idNumber: PEOPLE.zhang.idNumber })
    await first.close()
    const keyFile = path.join(path.dirname(dbPath), 'sandbox.key')
    const key = fs.readFileSync(keyFile, 'utf8')
    expect(key.trim()).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(keyFile).mode & 0o077).toBe(0)

    const second = await startTestSandbox({ dbPath })
    const again = new TestClient(second.url, c.token)
    expect((await again.get('/identity')).body).toMatchObject({ step: 'DONE', verified: true, nameMasked: '**华' })
    expect(second.logs.some((l) => l.startsWith('[seed] loaded'))).toBe(false)
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(key)
    await second.close()
  })

  it('reset: true wipes and reseeds', async () => {
    const dbPath = tempDbPath()
    const first = await startTestSandbox({ dbPath })
    const c = await first.login()
    await first.close()
    const second = await startTestSandbox({ dbPath, reset: true })
    expect((await new TestClient(second.url, c.token).get('/identity')).status).toBe(401)
    expect(second.logs.some((l) => l.startsWith('[seed] loaded'))).toBe(true)
    await second.close()
  })
})
