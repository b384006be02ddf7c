/**
 * The schema, as one ordered list of migrations. A database records the versions it has applied in
 * `schema_version`; opening it applies the rest, each in its own transaction. Never edit a shipped
 * migration: append a new one (later journeys add tax, applications, the loan ledger, tickets...).
 */
import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'journey 1: reference data, users, sessions, consents, identity',
    sql: `
      -- Reference data, loaded from sandbox/seed/seed.yaml.
      CREATE TABLE bankers (
        id     TEXT PRIMARY KEY,
        name   TEXT NOT NULL,
        title  TEXT NOT NULL,
        branch TEXT NOT NULL,
        phone  TEXT NOT NULL,
        photo  TEXT NOT NULL            -- path under sandbox/seed/assets, served at /assets/...
      );
      CREATE TABLE products (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('CREDIT', 'PROPERTY')),
        max_amount_fen  INTEGER NOT NULL CHECK (max_amount_fen > 0),
        min_rate_bps    INTEGER NOT NULL CHECK (min_rate_bps > 0),
        max_term_months INTEGER NOT NULL CHECK (max_term_months > 0),
        summary         TEXT NOT NULL
      );
      CREATE TABLE markets (
        id                TEXT PRIMARY KEY,
        name              TEXT NOT NULL,
        grid              TEXT NOT NULL,
        district          TEXT NOT NULL,
        address           TEXT NOT NULL,
        default_banker_id TEXT NOT NULL REFERENCES bankers (id)
      );
      CREATE TABLE market_products (
        market_id  TEXT NOT NULL REFERENCES markets (id),
        product_id TEXT NOT NULL REFERENCES products (id),
        position   INTEGER NOT NULL,
        PRIMARY KEY (market_id, product_id)
      );
      CREATE TABLE market_bankers (
        market_id TEXT NOT NULL REFERENCES markets (id),
        banker_id TEXT NOT NULL REFERENCES bankers (id),
        PRIMARY KEY (market_id, banker_id)
      );
      CREATE TABLE stations (
        id        TEXT PRIMARY KEY,
        name      TEXT NOT NULL,
        village   TEXT NOT NULL,
        address   TEXT NOT NULL,
        hours     TEXT NOT NULL,
        banker_id TEXT NOT NULL REFERENCES bankers (id)
      );
      -- The "public security registry" the bank checks IDs against (demo people, not real ones).
      CREATE TABLE registry_people (
        id_number  TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        gender     TEXT NOT NULL CHECK (gender IN ('M', 'F'))
      );
      -- Sample ID card images the sandbox "OCR" recognizes, by the SHA-256 of their bytes.
      CREATE TABLE id_card_samples (
        sha256    TEXT PRIMARY KEY,
        id_number TEXT NOT NULL REFERENCES registry_people (id_number),
        file      TEXT NOT NULL
      );
      -- Every version of every consent text ever shown; a version's text never changes.
      CREATE TABLE consent_documents (
        kind           TEXT NOT NULL,
        version        TEXT NOT NULL,
        title          TEXT NOT NULL,
        body           TEXT NOT NULL,
        body_sha256    TEXT NOT NULL,
        required       INTEGER NOT NULL CHECK (required IN (0, 1)),
        effective_date TEXT NOT NULL,
        PRIMARY KEY (kind, version)
      );

      -- Borrowers and their sessions.
      CREATE TABLE users (
        id         TEXT PRIMARY KEY,
        openid     TEXT NOT NULL UNIQUE,
        channel    TEXT NOT NULL CHECK (channel IN ('weapp', 'h5')),
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_sha256 TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users (id),
        created_at   TEXT NOT NULL,
        expires_at   TEXT NOT NULL,
        revoked_at   TEXT
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE TABLE sms_codes (
        id              INTEGER PRIMARY KEY,
        user_id         TEXT NOT NULL REFERENCES users (id),
        mobile_mac      TEXT NOT NULL,
        code_mac        TEXT NOT NULL,
        sent_at         TEXT NOT NULL,
        expires_at      TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        used_at         TEXT
      );
      CREATE INDEX sms_codes_by_mobile ON sms_codes (mobile_mac, sent_at);
      CREATE INDEX sms_codes_by_user ON sms_codes (user_id, mobile_mac, id);

      -- Consents: an append-only record of what each borrower agreed to, and when.
      CREATE TABLE consents (
        id          INTEGER PRIMARY KEY,
        user_id     TEXT NOT NULL REFERENCES users (id),
        kind        TEXT NOT NULL,
        version     TEXT NOT NULL,
        granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
        recorded_at TEXT NOT NULL,
        FOREIGN KEY (kind, version) REFERENCES consent_documents (kind, version)
      );
      CREATE INDEX consents_by_user ON consents (user_id, kind, id);

      -- Real-name verification. Personal data is sealed (AES-256-GCM); *_mac columns are HMACs for lookups.
      CREATE TABLE identities (
        user_id          TEXT PRIMARY KEY REFERENCES users (id),
        mobile_enc       TEXT,
        mobile_mac       TEXT,
        mobile_bound_at  TEXT,
        name_enc         TEXT,
        id_number_enc    TEXT,
        id_number_mac    TEXT UNIQUE,
        id_verified_at   TEXT,
        face_verified_at TEXT
      );
      CREATE TABLE id_check_failures (
        id            INTEGER PRIMARY KEY,
        user_id       TEXT NOT NULL REFERENCES users (id),
        business_date TEXT NOT NULL,
        code          TEXT NOT NULL,
        created_at    TEXT NOT NULL
      );
      CREATE INDEX id_check_failures_by_user ON id_check_failures (user_id, business_date);
      CREATE TABLE face_verifications (
        id            TEXT PRIMARY KEY,
        user_id       TEXT NOT NULL REFERENCES users (id),
        id_number_mac TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('PENDING', 'PASSED', 'FAILED', 'EXPIRED')),
        created_at    TEXT NOT NULL,
        expires_at    TEXT NOT NULL,
        completed_at  TEXT
      );
      CREATE INDEX face_verifications_by_user ON face_verifications (user_id);

      -- Cross-cutting.
      CREATE TABLE idempotency_keys (
        user_id        TEXT NOT NULL REFERENCES users (id),
        key            TEXT NOT NULL,
        request_sha256 TEXT NOT NULL,
        status         INTEGER NOT NULL,
        body           TEXT,
        created_at     TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
      );
      CREATE TABLE sandbox_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
]

function ensureVersionTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
}

function currentVersion(db: Database.Database): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null }
  return row.v ?? 0
}

/** Applies every migration newer than the database; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  ensureVersionTable(db)
  const from = currentVersion(db)
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0)
  if (from > latest) {
    throw new Error(`the database is at schema version ${from}, newer than this sandbox (${latest}); use a newer sandbox or --reset`)
  }
  const applied: number[] = []
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= from) continue
    db.transaction(() => {
      db.exec(m.sql)
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString())
    })()
    applied.push(m.version)
  }
  return applied
}
