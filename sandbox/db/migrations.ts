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
  {
    version: 2,
    name: 'journey 5: debit cards, draws, loans, repayments, the ledger',
    sql: `
      -- The bank's registry of debit cards (seed.yaml debitCards): who holds each, and its balance.
      CREATE TABLE debit_cards (
        id                  TEXT PRIMARY KEY,
        card_number         TEXT NOT NULL UNIQUE,
        bank_name           TEXT NOT NULL,
        holder_id_number    TEXT NOT NULL REFERENCES registry_people (id_number),
        opening_balance_fen INTEGER NOT NULL CHECK (opening_balance_fen >= 0),
        balance_fen         INTEGER NOT NULL CHECK (balance_fen >= 0)
      );
      -- A borrower's bound receiving / repayment cards; unbinding keeps the row (loans refer to it).
      CREATE TABLE bound_cards (
        id            TEXT PRIMARY KEY,
        user_id       TEXT NOT NULL REFERENCES users (id),
        debit_card_id TEXT NOT NULL REFERENCES debit_cards (id),
        bound_at      TEXT NOT NULL,
        unbound_at    TEXT
      );
      CREATE INDEX bound_cards_by_user ON bound_cards (user_id);
      CREATE UNIQUE INDEX bound_cards_active ON bound_cards (debit_card_id) WHERE unbound_at IS NULL;
      -- Draw confirmation codes (sent to the borrower's bound mobile).
      CREATE TABLE draw_sms_codes (
        id              INTEGER PRIMARY KEY,
        user_id         TEXT NOT NULL REFERENCES users (id),
        code_mac        TEXT NOT NULL,
        sent_at         TEXT NOT NULL,
        expires_at      TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        used_at         TEXT
      );
      CREATE INDEX draw_sms_codes_by_user ON draw_sms_codes (user_id, id);
      -- Loans (借据). state_json is the domain's LoanState (what remains and when).
      CREATE TABLE loans (
        id               TEXT PRIMARY KEY,
        user_id          TEXT NOT NULL REFERENCES users (id),
        line_id          TEXT NOT NULL,
        bound_card_id    TEXT NOT NULL REFERENCES bound_cards (id),
        principal_fen    INTEGER NOT NULL CHECK (principal_fen > 0),
        outstanding_fen  INTEGER NOT NULL CHECK (outstanding_fen >= 0),
        method           TEXT NOT NULL CHECK (method IN ('EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY', 'DAILY')),
        term_months      INTEGER NOT NULL CHECK (term_months > 0),
        annual_rate_bps  INTEGER NOT NULL CHECK (annual_rate_bps > 0),
        start_date       TEXT NOT NULL,
        maturity_date    TEXT NOT NULL,
        state_json       TEXT NOT NULL,
        contract_version TEXT NOT NULL,
        consent_id       INTEGER NOT NULL REFERENCES consents (id),
        created_at       TEXT NOT NULL,
        settled_at       TEXT
      );
      CREATE INDEX loans_by_user ON loans (user_id);
      CREATE INDEX loans_by_line ON loans (line_id);
      -- Instalments paid, as they were when paid (the rest is derived from state_json).
      CREATE TABLE loan_paid_instalments (
        loan_id       TEXT NOT NULL REFERENCES loans (id),
        period        INTEGER NOT NULL,
        due_date      TEXT NOT NULL,
        principal_fen INTEGER NOT NULL,
        interest_fen  INTEGER NOT NULL,
        remaining_fen INTEGER NOT NULL,
        paid_at       TEXT NOT NULL,
        PRIMARY KEY (loan_id, period)
      );
      -- Every money movement of a loan: the draw and each repayment, split by what it paid.
      CREATE TABLE loan_records (
        id                   TEXT PRIMARY KEY,
        user_id              TEXT NOT NULL REFERENCES users (id),
        loan_id              TEXT NOT NULL REFERENCES loans (id),
        kind                 TEXT NOT NULL CHECK (kind IN ('DRAW', 'REPAYMENT')),
        business_date        TEXT NOT NULL,
        amount_fen           INTEGER NOT NULL CHECK (amount_fen > 0),
        principal_fen        INTEGER NOT NULL CHECK (principal_fen >= 0),
        interest_fen         INTEGER NOT NULL CHECK (interest_fen >= 0),
        overdue_interest_fen INTEGER NOT NULL CHECK (overdue_interest_fen >= 0),
        penalty_fen          INTEGER NOT NULL CHECK (penalty_fen >= 0),
        bound_card_id        TEXT NOT NULL REFERENCES bound_cards (id),
        created_at           TEXT NOT NULL
      );
      CREATE INDEX loan_records_by_loan ON loan_records (loan_id, created_at);
      CREATE INDEX loan_records_by_user ON loan_records (user_id);
      -- The card side of every movement: CREDIT (money to the card) or DEBIT (money from it).
      CREATE TABLE card_entries (
        id            INTEGER PRIMARY KEY,
        debit_card_id TEXT NOT NULL REFERENCES debit_cards (id),
        record_id     TEXT NOT NULL REFERENCES loan_records (id),
        direction     TEXT NOT NULL CHECK (direction IN ('CREDIT', 'DEBIT')),
        amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
        created_at    TEXT NOT NULL
      );
      CREATE INDEX card_entries_by_card ON card_entries (debit_card_id);
    `,
  },
  {
    version: 3,
    name: 'journey 4: businesses, tax authorization, property valuation, applications, credit lines',
    sql: `
      -- Reference data (seed.yaml businesses, taxRecords, creditBureau, communities, properties).
      -- The business registry: each business linked to the registry person who runs it.
      CREATE TABLE registry_businesses (
        uscc          TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('INDIVIDUAL', 'COMPANY')),
        id_number     TEXT NOT NULL REFERENCES registry_people (id_number),
        role          TEXT NOT NULL CHECK (role IN ('OPERATOR', 'LEGAL_REP')),
        status        TEXT NOT NULL CHECK (status IN ('ACTIVE', 'DEREGISTERED')),
        registered_on TEXT NOT NULL,
        market_id     TEXT REFERENCES markets (id)
      );
      CREATE INDEX registry_businesses_by_person ON registry_businesses (id_number);
      -- The tax bureau's figures per business (last 12 months).
      CREATE TABLE tax_records (
        uscc             TEXT PRIMARY KEY REFERENCES registry_businesses (uscc),
        rating           TEXT NOT NULL CHECK (rating IN ('A', 'B', 'M', 'C', 'D')),
        yearly_sales_fen INTEGER NOT NULL CHECK (yearly_sales_fen >= 0),
        tax_paid_fen     INTEGER NOT NULL CHECK (tax_paid_fen >= 0)
      );
      -- The credit bureau (征信): a person without a row has no record (no debts, no overdue).
      CREATE TABLE credit_bureau (
        id_number            TEXT PRIMARY KEY REFERENCES registry_people (id_number),
        current_overdue      INTEGER NOT NULL CHECK (current_overdue IN (0, 1)),
        overdue_episodes_24m INTEGER NOT NULL CHECK (overdue_episodes_24m >= 0),
        existing_debt_fen    INTEGER NOT NULL CHECK (existing_debt_fen >= 0)
      );
      CREATE TABLE communities (
        id                     TEXT PRIMARY KEY,
        name                   TEXT NOT NULL,
        district               TEXT NOT NULL,
        unit_price_fen_per_sqm INTEGER NOT NULL CHECK (unit_price_fen_per_sqm > 0),
        position               INTEGER NOT NULL
      );
      CREATE TABLE community_units (
        community_id TEXT NOT NULL REFERENCES communities (id),
        building     TEXT NOT NULL,
        unit         TEXT NOT NULL,
        position     INTEGER NOT NULL,
        PRIMARY KEY (community_id, building, unit)
      );
      -- The property registry (不动产登记): owner is the linked person or their spouse.
      CREATE TABLE registry_properties (
        certificate_number    TEXT PRIMARY KEY,
        community_id          TEXT NOT NULL,
        building              TEXT NOT NULL,
        unit                  TEXT NOT NULL,
        area_centi_sqm        INTEGER NOT NULL CHECK (area_centi_sqm > 0),
        id_number             TEXT NOT NULL REFERENCES registry_people (id_number),
        owner                 TEXT NOT NULL CHECK (owner IN ('SELF', 'SPOUSE')),
        existing_mortgage_fen INTEGER NOT NULL CHECK (existing_mortgage_fen >= 0),
        pledged_elsewhere     INTEGER NOT NULL CHECK (pledged_elsewhere IN (0, 1)),
        UNIQUE (community_id, building, unit),
        FOREIGN KEY (community_id, building, unit) REFERENCES community_units (community_id, building, unit)
      );
      -- Tax authorizations: what was fetched, under which consent record (kind TAX_AUTH).
      CREATE TABLE tax_authorizations (
        id                 INTEGER PRIMARY KEY,
        user_id            TEXT NOT NULL REFERENCES users (id),
        uscc               TEXT NOT NULL REFERENCES registry_businesses (uscc),
        business_name      TEXT NOT NULL,
        months_in_business INTEGER NOT NULL CHECK (months_in_business >= 0),
        yearly_sales_fen   INTEGER NOT NULL CHECK (yearly_sales_fen >= 0),
        tax_paid_fen       INTEGER NOT NULL CHECK (tax_paid_fen >= 0),
        tax_rating         TEXT NOT NULL CHECK (tax_rating IN ('A', 'B', 'M', 'C', 'D')),
        consent_id         INTEGER NOT NULL REFERENCES consents (id),
        consent_version    TEXT NOT NULL,
        fetched_at         TEXT NOT NULL
      );
      CREATE INDEX tax_authorizations_by_user ON tax_authorizations (user_id, id);
      CREATE TABLE property_valuations (
        id                    TEXT PRIMARY KEY,
        user_id               TEXT NOT NULL REFERENCES users (id),
        certificate_number    TEXT NOT NULL REFERENCES registry_properties (certificate_number),
        address               TEXT NOT NULL,
        area_centi_sqm        INTEGER NOT NULL CHECK (area_centi_sqm > 0),
        owner                 TEXT NOT NULL CHECK (owner IN ('SELF', 'SPOUSE')),
        value_fen             INTEGER NOT NULL CHECK (value_fen > 0),
        range_low_fen         INTEGER NOT NULL,
        range_high_fen        INTEGER NOT NULL,
        valuation_date        TEXT NOT NULL,
        existing_mortgage_fen INTEGER NOT NULL CHECK (existing_mortgage_fen >= 0),
        supported_extra_fen   INTEGER NOT NULL CHECK (supported_extra_fen > 0),
        created_at            TEXT NOT NULL
      );
      CREATE INDEX property_valuations_by_user ON property_valuations (user_id);
      -- Applications. The decision is computed at submit and revealed at decide_at (status PENDING
      -- until then); the exact consent records (and so versions) it was submitted under are kept.
      CREATE TABLE applications (
        id                       TEXT PRIMARY KEY,
        user_id                  TEXT NOT NULL REFERENCES users (id),
        product_id               TEXT NOT NULL REFERENCES products (id),
        amount_fen               INTEGER NOT NULL CHECK (amount_fen > 0),
        purpose                  TEXT NOT NULL CHECK (purpose IN ('STOCK', 'EQUIPMENT', 'STORE', 'WORKING_CAPITAL', 'OTHER')),
        market_id                TEXT REFERENCES markets (id),
        banker_id                TEXT NOT NULL REFERENCES bankers (id),
        valuation_id             TEXT REFERENCES property_valuations (id),
        tax_authorization_id     INTEGER NOT NULL REFERENCES tax_authorizations (id),
        credit_report_consent_id INTEGER NOT NULL REFERENCES consents (id),
        data_use_consent_id      INTEGER NOT NULL REFERENCES consents (id),
        status                   TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'REFERRED')),
        submitted_at             TEXT NOT NULL,
        decide_at                TEXT NOT NULL,
        decided_at               TEXT,
        outcome                  TEXT NOT NULL CHECK (outcome IN ('APPROVED', 'DECLINED', 'REFERRED')),
        line_fen                 INTEGER,
        annual_rate_bps          INTEGER,
        valid_from               TEXT,
        valid_until              TEXT,
        property_extra_fen       INTEGER,
        reason_category          TEXT,
        message                  TEXT NOT NULL,
        decision_input           TEXT NOT NULL      -- JSON: the facts the rules saw, for audit
      );
      CREATE INDEX applications_by_user ON applications (user_id, submitted_at);
      CREATE UNIQUE INDEX applications_one_pending ON applications (user_id) WHERE status = 'PENDING';
      -- Credit lines. used_fen changes only through credit-line/service.ts adjustLineUsage.
      CREATE TABLE credit_lines (
        id              TEXT PRIMARY KEY,
        user_id         TEXT NOT NULL REFERENCES users (id),
        product_id      TEXT NOT NULL REFERENCES products (id),
        kind            TEXT NOT NULL CHECK (kind IN ('CREDIT', 'PROPERTY')),
        total_fen       INTEGER NOT NULL CHECK (total_fen > 0),
        used_fen        INTEGER NOT NULL DEFAULT 0 CHECK (used_fen >= 0 AND used_fen <= total_fen),
        annual_rate_bps INTEGER NOT NULL CHECK (annual_rate_bps > 0),
        valid_from      TEXT NOT NULL,
        valid_until     TEXT NOT NULL,
        application_id  TEXT NOT NULL UNIQUE REFERENCES applications (id),
        created_at      TEXT NOT NULL
      );
      CREATE INDEX credit_lines_by_user ON credit_lines (user_id);
    `,
  },
  {
    version: 4,
    name: 'issue 6: station visits, whole-village pre-credit, remote authorization tickets',
    sql: `
      -- Products only a channel other than applying gives (the village pre-credit product).
      ALTER TABLE products ADD COLUMN channel TEXT NOT NULL DEFAULT 'APPLY' CHECK (channel IN ('APPLY', 'VILLAGE'));

      -- A credit line now comes from an approved application or an activated village pre-credit
      -- (no application). SQLite cannot drop NOT NULL in place: rebuild the table (nothing refers to it).
      CREATE TABLE credit_lines_v4 (
        id              TEXT PRIMARY KEY,
        user_id         TEXT NOT NULL REFERENCES users (id),
        product_id      TEXT NOT NULL REFERENCES products (id),
        kind            TEXT NOT NULL CHECK (kind IN ('CREDIT', 'PROPERTY')),
        total_fen       INTEGER NOT NULL CHECK (total_fen > 0),
        used_fen        INTEGER NOT NULL DEFAULT 0 CHECK (used_fen >= 0 AND used_fen <= total_fen),
        annual_rate_bps INTEGER NOT NULL CHECK (annual_rate_bps > 0),
        valid_from      TEXT NOT NULL,
        valid_until     TEXT NOT NULL,
        application_id  TEXT UNIQUE REFERENCES applications (id),
        created_at      TEXT NOT NULL,
        origin          TEXT NOT NULL DEFAULT 'APPLICATION' CHECK (origin IN ('APPLICATION', 'VILLAGE_PRE_CREDIT')),
        CHECK ((origin = 'APPLICATION') = (application_id IS NOT NULL))
      );
      INSERT INTO credit_lines_v4 (id, user_id, product_id, kind, total_fen, used_fen, annual_rate_bps, valid_from, valid_until, application_id, created_at, origin)
        SELECT id, user_id, product_id, kind, total_fen, used_fen, annual_rate_bps, valid_from, valid_until, application_id, created_at, 'APPLICATION'
        FROM credit_lines;
      DROP TABLE credit_lines;
      ALTER TABLE credit_lines_v4 RENAME TO credit_lines;
      CREATE INDEX credit_lines_by_user ON credit_lines (user_id);

      -- Visits booked at a village service station, by slot (date and start time); 3 a slot.
      CREATE TABLE station_visits (
        id           TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users (id),
        station_id   TEXT NOT NULL REFERENCES stations (id),
        visit_date   TEXT NOT NULL,
        start_time   TEXT NOT NULL,
        end_time     TEXT NOT NULL,
        note         TEXT,
        status       TEXT NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED')),
        created_at   TEXT NOT NULL,
        cancelled_at TEXT
      );
      CREATE INDEX station_visits_by_slot ON station_visits (station_id, visit_date, start_time, status);
      CREATE INDEX station_visits_by_user ON station_visits (user_id);
      CREATE UNIQUE INDEX station_visits_once_per_slot ON station_visits (user_id, station_id, visit_date, start_time) WHERE status = 'BOOKED';

      -- Whole-village pre-credit (整村授信): each station's roster of households (seed.yaml
      -- villageRosters), by the registry person, and the activations.
      CREATE TABLE village_households (
        id              INTEGER PRIMARY KEY,
        station_id      TEXT NOT NULL REFERENCES stations (id),
        id_number       TEXT NOT NULL UNIQUE REFERENCES registry_people (id_number),
        amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
        annual_rate_bps INTEGER NOT NULL CHECK (annual_rate_bps > 0),
        valid_months    INTEGER NOT NULL CHECK (valid_months > 0)
      );
      CREATE TABLE village_activations (
        household_id      INTEGER PRIMARY KEY REFERENCES village_households (id),
        user_id           TEXT NOT NULL REFERENCES users (id),
        credit_line_id    TEXT NOT NULL UNIQUE REFERENCES credit_lines (id),
        consent_id        INTEGER NOT NULL REFERENCES consents (id),
        agreement_version TEXT NOT NULL,
        activated_at      TEXT NOT NULL
      );
      CREATE INDEX village_activations_by_user ON village_activations (user_id);

      -- Remote authorization tickets: the person asked is kept only as an HMAC of name and ID
      -- number (compared with the signer's verified identity) and a masked name.
      CREATE TABLE authorization_tickets (
        ticket               TEXT PRIMARY KEY,
        application_id       TEXT REFERENCES applications (id),
        applicant_name_masked TEXT NOT NULL,
        banker_id            TEXT NOT NULL REFERENCES bankers (id),
        role                 TEXT NOT NULL CHECK (role IN ('SPOUSE', 'GUARANTOR')),
        purpose              TEXT NOT NULL,
        person_mac           TEXT NOT NULL,
        person_name_masked   TEXT NOT NULL,
        created_at           TEXT NOT NULL,
        expires_at           TEXT NOT NULL,
        signed_at            TEXT,
        signer_user_id       TEXT REFERENCES users (id),
        consent_id           INTEGER REFERENCES consents (id),
        document_version     TEXT
      );
      CREATE INDEX authorization_tickets_by_application ON authorization_tickets (application_id);
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
