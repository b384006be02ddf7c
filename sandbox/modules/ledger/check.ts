/**
 * The ledger's invariants, checked from the tables (tests run it after every money test; test mode
 * serves it as GET /test/ledger):
 * - every line: used = Σ outstanding principal of its loans;
 * - every loan: outstanding = principal − Σ principal repaid; its state agrees with it;
 * - every record: amount = principal + interest + overdue interest + penalty; a draw pays out
 *   exactly its principal;
 * - card side: Σ card credits − Σ card debits = Σ draws − Σ repayments, each record has exactly one
 *   card entry of its amount, and each card's balance = opening balance + credits − debits.
 */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { allLines } from './lines'

type Totals = Schemas['LedgerCheck']['totals']

function sum(deps: SandboxDeps, sql: string, ...params: unknown[]): number {
  return (deps.db.prepare(sql).get(...params) as { n: number | null }).n ?? 0
}

export function checkLedger(deps: SandboxDeps, userId?: string): Schemas['LedgerCheck'] {
  const violations: string[] = []
  const byUser = userId === undefined ? '' : ' AND r.user_id = ?'
  const args = userId === undefined ? [] : [userId]

  // Lines against their loans.
  for (const line of allLines(deps, userId)) {
    const outstanding = sum(deps, 'SELECT SUM(outstanding_fen) AS n FROM loans WHERE line_id = ?', line.id)
    if (line.usedFen !== outstanding) violations.push(`line ${line.id}: used ${line.usedFen} ≠ outstanding principal ${outstanding}`)
  }
  // Loans against their records and state.
  const loans = deps.db
    .prepare(`SELECT id, principal_fen, outstanding_fen, state_json FROM loans r WHERE 1 = 1${byUser}`)
    .all(...args) as { id: string; principal_fen: number; outstanding_fen: number; state_json: string }[]
  for (const loan of loans) {
    const repaid = sum(deps, "SELECT SUM(principal_fen) AS n FROM loan_records WHERE loan_id = ? AND kind = 'REPAYMENT'", loan.id)
    const drawn = sum(deps, "SELECT SUM(principal_fen) AS n FROM loan_records WHERE loan_id = ? AND kind = 'DRAW'", loan.id)
    if (drawn !== loan.principal_fen) violations.push(`loan ${loan.id}: drawn ${drawn} ≠ principal ${loan.principal_fen}`)
    if (loan.outstanding_fen !== loan.principal_fen - repaid) {
      violations.push(`loan ${loan.id}: outstanding ${loan.outstanding_fen} ≠ principal ${loan.principal_fen} − repaid ${repaid}`)
    }
    const state = JSON.parse(loan.state_json) as { principalFen: number }
    if (state.principalFen !== loan.outstanding_fen) violations.push(`loan ${loan.id}: state principal ${state.principalFen} ≠ outstanding ${loan.outstanding_fen}`)
  }
  // Records.
  const records = deps.db
    .prepare(
      `SELECT r.id, r.kind, r.amount_fen, r.principal_fen, r.interest_fen, r.overdue_interest_fen, r.penalty_fen,
              (SELECT COUNT(*) FROM card_entries e WHERE e.record_id = r.id) AS entries,
              (SELECT SUM(CASE e.direction WHEN 'CREDIT' THEN e.amount_fen ELSE -e.amount_fen END) FROM card_entries e WHERE e.record_id = r.id) AS card_fen
       FROM loan_records r WHERE 1 = 1${byUser}`,
    )
    .all(...args) as {
    id: string
    kind: 'DRAW' | 'REPAYMENT'
    amount_fen: number
    principal_fen: number
    interest_fen: number
    overdue_interest_fen: number
    penalty_fen: number
    entries: number
    card_fen: number | null
  }[]
  const totals: Totals = { drawsFen: 0, repaymentsFen: 0, cardCreditsFen: 0, cardDebitsFen: 0, outstandingPrincipalFen: 0, lineUsedFen: 0 }
  for (const r of records) {
    const parts = r.principal_fen + r.interest_fen + r.overdue_interest_fen + r.penalty_fen
    if (parts !== r.amount_fen) violations.push(`record ${r.id}: parts ${parts} ≠ amount ${r.amount_fen}`)
    if (r.kind === 'DRAW' && r.principal_fen !== r.amount_fen) violations.push(`draw ${r.id}: pays out ${r.amount_fen}, principal ${r.principal_fen}`)
    const expectedCard = r.kind === 'DRAW' ? r.amount_fen : -r.amount_fen
    if (r.entries !== 1 || r.card_fen !== expectedCard) violations.push(`record ${r.id}: ${r.entries} card entries for ${r.card_fen ?? 0}, expected one of ${expectedCard}`)
    if (r.kind === 'DRAW') totals.drawsFen += r.amount_fen
    else totals.repaymentsFen += r.amount_fen
  }
  const entries = deps.db
    .prepare(
      `SELECT e.direction, SUM(e.amount_fen) AS n FROM card_entries e JOIN loan_records r ON r.id = e.record_id WHERE 1 = 1${byUser} GROUP BY e.direction`,
    )
    .all(...args) as { direction: 'CREDIT' | 'DEBIT'; n: number }[]
  for (const e of entries) {
    if (e.direction === 'CREDIT') totals.cardCreditsFen = e.n
    else totals.cardDebitsFen = e.n
  }
  if (totals.cardCreditsFen - totals.cardDebitsFen !== totals.drawsFen - totals.repaymentsFen) {
    violations.push(
      `cards: credits ${totals.cardCreditsFen} − debits ${totals.cardDebitsFen} ≠ draws ${totals.drawsFen} − repayments ${totals.repaymentsFen}`,
    )
  }
  // Card balances (the whole registry; a card's movements may span users only in theory).
  const cards = deps.db
    .prepare(
      `SELECT d.id, d.opening_balance_fen, d.balance_fen,
              COALESCE((SELECT SUM(CASE e.direction WHEN 'CREDIT' THEN e.amount_fen ELSE -e.amount_fen END) FROM card_entries e WHERE e.debit_card_id = d.id), 0) AS moved
       FROM debit_cards d`,
    )
    .all() as { id: string; opening_balance_fen: number; balance_fen: number; moved: number }[]
  for (const c of cards) {
    if (c.balance_fen !== c.opening_balance_fen + c.moved) {
      violations.push(`card ${c.id}: balance ${c.balance_fen} ≠ opening ${c.opening_balance_fen} + movements ${c.moved}`)
    }
  }
  totals.outstandingPrincipalFen = loans.reduce((acc, l) => acc + l.outstanding_fen, 0)
  totals.lineUsedFen = allLines(deps, userId).reduce((acc, l) => acc + l.usedFen, 0)
  return { ok: violations.length === 0, violations, totals }
}
