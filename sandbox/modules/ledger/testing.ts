/**
 * Test helpers of the ledger: a verified borrower with a bound card and a credit line. The line is
 * inserted directly (the way issue 4's approval would create it), so the ledger tests do not
 * depend on the application journey.
 */
import crypto from 'node:crypto'
import { verifyFully, type Json, type TestClient, type TestSandbox } from '../../testing/harness'
import { checkLedger } from './check'

export const CARDS = {
  /** 张丽华 (P01), 50,000 yuan. */
  zhang: '6228920100123456788',
  /** 张丽华 (P01), 2,000 yuan. */
  zhang2: '6217003120004567894',
  /** 王建国 (P02), 30,000 yuan. */
  wang: '6230581000076543218',
  /** 李秀英 (P03), 50 yuan. */
  li: '6228480012345678903',
  /** 赵明 (P04): nobody else may bind it. */
  zhao: '6212261000112233449',
  /** Passes the Luhn check, unknown to the registry. */
  unknown: '4111111111111111',
} as const

export interface LineSpec {
  kind?: 'CREDIT' | 'PROPERTY'
  totalFen?: number
  annualRateBps?: number
  validFrom?: string
  validUntil?: string
}

export function insertLine(t: TestSandbox, userId: string, spec: LineSpec = {}): string {
  const db = t.sandbox.db
  const id = crypto.randomBytes(12).toString('base64url')
  const kind = spec.kind ?? 'CREDIT'
  // The line stands in for an approved application, which this test does not create.
  db.pragma('foreign_keys = OFF')
  try {
    db.prepare(
      `INSERT INTO credit_lines (id, user_id, product_id, kind, total_fen, used_fen, annual_rate_bps, valid_from, valid_until, application_id, created_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      userId,
      kind === 'CREDIT' ? 'CREDIT01' : 'PROP01',
      kind,
      spec.totalFen ?? 30_000_000,
      spec.annualRateBps ?? 365,
      spec.validFrom ?? '2026-01-01',
      spec.validUntil ?? '2027-12-31',
      `test-${id}`,
      new Date().toISOString(),
    )
  } finally {
    db.pragma('foreign_keys = ON')
  }
  return id
}

export function usedFen(t: TestSandbox, lineId: string): number {
  return (t.sandbox.db.prepare('SELECT used_fen AS n FROM credit_lines WHERE id = ?').get(lineId) as { n: number }).n
}

export function balanceFen(t: TestSandbox, cardNumber: string): number {
  return (t.sandbox.db.prepare('SELECT balance_fen AS n FROM debit_cards WHERE card_number = ?').get(cardNumber) as { n: number }).n
}

export function loanCount(t: TestSandbox, userId: string): number {
  return (t.sandbox.db.prepare('SELECT COUNT(*) AS n FROM loans WHERE user_id = ?').get(userId) as { n: number }).n
}

export function expectLedgerClean(t: TestSandbox): void {
  const result = checkLedger(t.sandbox.deps)
  expect(result.violations).toEqual([])
  expect(result.ok).toBe(true)
}

export type Borrower = TestClient & { userId: string; lineId: string; cardId: string }

/** A verified borrower with a bound card and a line. */
export async function borrower(
  t: TestSandbox,
  person: { name: string; idNumber: string },
  cardNumber: string,
  line: LineSpec = {},
): Promise<Borrower> {
  const c = await t.login()
  await verifyFully(c, person)
  const card = await c.post('/cards', { cardNumber })
  if (card.status !== 201) throw new Error(`card: ${card.status} ${JSON.stringify(card.body)}`)
  return Object.assign(c, { lineId: insertLine(t, c.userId, line), cardId: card.body.id as string })
}

let keys = 0
export function newKey(): string {
  return `test-key-${process.pid}-${++keys}-${crypto.randomBytes(4).toString('hex')}`
}

/** A draw confirmed with a fresh SMS code. */
export async function draw(
  t: TestSandbox,
  c: Borrower,
  terms: { amountFen: number; termMonths?: number; method?: string },
  key = newKey(),
): Promise<{ status: number; body: Json; key: string; request: Record<string, unknown> }> {
  // One code a minute: move the real clock past the resend wait.
  t.advance(61)
  const sms = await c.post('/draws/sms')
  if (sms.status !== 200) throw new Error(`draw sms: ${sms.status} ${JSON.stringify(sms.body)}`)
  const request = {
    lineId: c.lineId,
    amountFen: terms.amountFen,
    termMonths: terms.termMonths ?? 6,
    method: terms.method ?? 'INTEREST_ONLY',
    cardId: c.cardId,
    contractVersion: '1.0',
    smsCode: sms.body.demoCode,
  }
  const res = await c.post('/draws', request, { 'Idempotency-Key': key })
  return { status: res.status, body: res.body, key, request }
}
