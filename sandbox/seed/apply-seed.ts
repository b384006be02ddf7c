/**
 * Writes the seed into the database: reference data (products, bankers, markets, stations), the
 * registry and its sample card images (by SHA-256), and the consent texts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { tx, wipeDatabase, type Db } from '../db/database'
import { getSetting, setSetting } from '../db/settings'
import { sha256Hex } from '../core/vault'
import type { ConsentCatalog } from './load-documents'
import { ASSETS_DIR, type Seed } from './load-seed'
import { insertLendingSeed } from '../modules/application/lending-seed'
import { insertVillageSeed } from '../modules/village/village-seed'

const FINGERPRINT_KEY = 'seed.fingerprint'

function insertReferenceData(db: Db, seed: Seed): void {
  const banker = db.prepare('INSERT INTO bankers (id, name, title, branch, phone, photo) VALUES (?, ?, ?, ?, ?, ?)')
  for (const b of seed.bankers) banker.run(b.id, b.name, b.title, b.branch, b.phone, b.photo)
  const product = db.prepare(
    'INSERT INTO products (id, name, kind, max_amount_fen, min_rate_bps, max_term_months, summary) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  for (const p of seed.products) product.run(p.id, p.name, p.kind, p.maxAmountFen, p.minRateBps, p.maxTermMonths, p.summary)
  const market = db.prepare('INSERT INTO markets (id, name, grid, district, address, default_banker_id) VALUES (?, ?, ?, ?, ?, ?)')
  const marketProduct = db.prepare('INSERT INTO market_products (market_id, product_id, position) VALUES (?, ?, ?)')
  const marketBanker = db.prepare('INSERT INTO market_bankers (market_id, banker_id) VALUES (?, ?)')
  for (const m of seed.markets) {
    market.run(m.id, m.name, m.grid, m.district, m.address, m.banker)
    m.products.forEach((p, i) => marketProduct.run(m.id, p, i))
    for (const b of m.bankers) marketBanker.run(m.id, b)
  }
  const station = db.prepare('INSERT INTO stations (id, name, village, address, hours, banker_id) VALUES (?, ?, ?, ?, ?, ?)')
  for (const s of seed.stations) station.run(s.id, s.name, s.village, s.address, s.hours, s.banker)
}

function insertDebitCards(db: Db, seed: Seed): void {
  const idNumberOf = new Map(seed.registry.people.map((p) => [p.id, p.idNumber]))
  const card = db.prepare(
    'INSERT INTO debit_cards (id, card_number, bank_name, holder_id_number, opening_balance_fen, balance_fen) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const c of seed.debitCards) card.run(c.id, c.cardNumber, c.bankName, idNumberOf.get(c.holder), c.balanceFen, c.balanceFen)
}

function insertRegistry(db: Db, seed: Seed, assetsDir: string): void {
  const person = db.prepare('INSERT INTO registry_people (id_number, name, birth_date, gender) VALUES (?, ?, ?, ?)')
  const card = db.prepare('INSERT INTO id_card_samples (sha256, id_number, file) VALUES (?, ?, ?)')
  for (const p of seed.registry.people) {
    person.run(p.idNumber, p.name, p.birthDate, p.gender)
    if (p.cardImage) card.run(sha256Hex(fs.readFileSync(path.join(assetsDir, p.cardImage))), p.idNumber, p.cardImage)
  }
}

/**
 * Adds the current version of each consent text. A version already stored with a different text
 * is refused: what a borrower agreed to must stay provable (电子签名法 art. 14).
 */
export function syncConsentDocuments(db: Db, catalog: ConsentCatalog): void {
  const find = db.prepare('SELECT body_sha256 FROM consent_documents WHERE kind = ? AND version = ?')
  const insert = db.prepare(
    `INSERT INTO consent_documents (kind, version, title, body, body_sha256, required, effective_date)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  tx(db, () => {
    for (const doc of catalog.values()) {
      const stored = find.get(doc.kind, doc.version) as { body_sha256: string } | undefined
      if (!stored) insert.run(doc.kind, doc.version, doc.title, doc.body, doc.bodySha256, doc.required ? 1 : 0, doc.effectiveDate)
      else if (stored.body_sha256 !== doc.bodySha256) {
        throw new Error(
          `consent document ${doc.kind} version ${doc.version} changed since it was stored: bump its version (or --reset the demo database)`,
        )
      }
    }
  })
}

/** Seeds an empty database (or, with `reset`, wipes and reseeds). Returns what it did. */
export function seedDatabase(
  db: Db,
  seed: Seed,
  catalog: ConsentCatalog,
  opts: { reset?: boolean; assetsDir?: string } = {},
): 'seeded' | 'kept' {
  if (opts.reset) wipeDatabase(db)
  const fingerprint = getSetting(db, FINGERPRINT_KEY)
  if (fingerprint === null) {
    tx(db, () => {
      insertReferenceData(db, seed)
      insertRegistry(db, seed, opts.assetsDir ?? ASSETS_DIR)
      insertDebitCards(db, seed)
      insertLendingSeed(db, seed.lending, seed.registry.people)
      insertVillageSeed(db, seed.village, seed.registry.people)
      setSetting(db, FINGERPRINT_KEY, seed.fingerprint)
    })
  }
  syncConsentDocuments(db, catalog)
  return fingerprint === null ? 'seeded' : 'kept'
}

/** Whether the database was seeded from another version of seed.yaml. */
export function seedIsStale(db: Db, seed: Seed): boolean {
  const fingerprint = getSetting(db, FINGERPRINT_KEY)
  return fingerprint !== null && fingerprint !== seed.fingerprint
}
