/**
 * Credit lines (授信额度): created by an approved application or an activated village pre-credit
 * (整村授信, modules/village); drawn and restored by the loan
 * ledger, which changes `used_fen` only through {@link adjustLineUsage}.
 *
 * A line is ACTIVE from valid_from to valid_until inclusive (on the sandbox's today), EXPIRED after;
 * an expired line has nothing available.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'

export interface CreditLineRow {
  id: string
  user_id: string
  product_id: string
  kind: Schemas['ProductKind']
  total_fen: number
  used_fen: number
  annual_rate_bps: number
  valid_from: string
  valid_until: string
  /** Null for a line from a village pre-credit. */
  application_id: string | null
  created_at: string
  origin: CreditLineOrigin
}

/** What opened the line. */
export type CreditLineOrigin = 'APPLICATION' | 'VILLAGE_PRE_CREDIT'

export type NewCreditLine = {
  userId: string
  productId: string
  kind: Schemas['ProductKind']
  totalFen: number
  annualRateBps: number
  validFrom: string
  validUntil: string
} & ({ origin?: 'APPLICATION'; applicationId: string } | { origin: 'VILLAGE_PRE_CREDIT'; applicationId?: undefined })

/**
 * Creates a line with nothing used (called inside the transaction that reveals an approval, or
 * that activates a village pre-credit).
 */
export function createCreditLine(deps: SandboxDeps, line: NewCreditLine): string {
  const id = crypto.randomBytes(12).toString('base64url')
  deps.db
    .prepare(
      `INSERT INTO credit_lines (id, user_id, product_id, kind, total_fen, used_fen, annual_rate_bps, valid_from, valid_until,
         application_id, created_at, origin)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      line.userId,
      line.productId,
      line.kind,
      line.totalFen,
      line.annualRateBps,
      line.validFrom,
      line.validUntil,
      line.applicationId ?? null,
      deps.clock.nowIso(),
      line.origin ?? 'APPLICATION',
    )
  return id
}

export function lineStatus(row: Pick<CreditLineRow, 'valid_from' | 'valid_until'>, today: string): Schemas['CreditLineStatus'] {
  return today > row.valid_until ? 'EXPIRED' : 'ACTIVE'
}

/** The user's line (undefined for anyone else's). */
export function creditLineOf(deps: SandboxDeps, userId: string, lineId: string): CreditLineRow | undefined {
  return deps.db.prepare('SELECT * FROM credit_lines WHERE id = ? AND user_id = ?').get(lineId, userId) as CreditLineRow | undefined
}

/**
 * The only way `used_fen` changes: + to draw, − to restore on repayment. Refuses (RangeError, and
 * changes nothing) to go below 0 or above the line's total; whether the line may be drawn now
 * (ACTIVE, the borrower's) is the caller's rule. Returns the line after the change.
 */
export function adjustLineUsage(deps: SandboxDeps, lineId: string, deltaFen: number): CreditLineRow {
  if (!Number.isSafeInteger(deltaFen)) throw new RangeError(`deltaFen must be an integer number of fen, got ${deltaFen}`)
  const changed = deps.db
    .prepare('UPDATE credit_lines SET used_fen = used_fen + ? WHERE id = ? AND used_fen + ? >= 0 AND used_fen + ? <= total_fen')
    .run(deltaFen, lineId, deltaFen, deltaFen).changes
  const row = deps.db.prepare('SELECT * FROM credit_lines WHERE id = ?').get(lineId) as CreditLineRow | undefined
  if (!row) throw new RangeError(`no credit line ${lineId}`)
  if (changed === 0) {
    throw new RangeError(`credit line ${lineId}: used ${row.used_fen} + ${deltaFen} fen would leave 0..${row.total_fen}`)
  }
  return row
}

function toCreditLine(row: CreditLineRow & { product_name: string }, today: string): Schemas['CreditLine'] {
  const status = lineStatus(row, today)
  return {
    id: row.id,
    productId: row.product_id,
    productName: row.product_name,
    kind: row.kind,
    totalFen: row.total_fen,
    availableFen: status === 'ACTIVE' ? row.total_fen - row.used_fen : 0,
    usedFen: row.used_fen,
    annualRateBps: row.annual_rate_bps,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    status,
  }
}

/** The user's lines, newest first. (Settle due applications first: see application/service.ts.) */
export function listCreditLines(deps: SandboxDeps, userId: string): Schemas['CreditLineList'] {
  const rows = deps.db
    .prepare(
      `SELECT l.*, p.name AS product_name FROM credit_lines l JOIN products p ON p.id = l.product_id
       WHERE l.user_id = ? ORDER BY l.created_at DESC, l.rowid DESC`,
    )
    .all(userId) as (CreditLineRow & { product_name: string })[]
  const today = deps.clock.today()
  return { lines: rows.map((r) => toCreditLine(r, today)) }
}
