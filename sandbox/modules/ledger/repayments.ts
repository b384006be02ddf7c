/**
 * Repayments (还款): the quote and the repayment itself, in one transaction: the card debit, the
 * allocation (plan.ts, src/domain), the loan's new state, the line restored by the principal
 * repaid (credit-line adjustLineUsage), and the ledger records.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'
import { activeCardOf, last4 } from '../cards/service'
import { adjustLineUsage } from './lines'
import { loanOf, loanSummary, stateOf } from './loans'
import { planRepayment, type RepaymentPlan } from './plan'

export const BALANCE_MESSAGES = {
  insufficient: '银行卡余额不足，请存入资金后再试',
} as const

function planFor(deps: SandboxDeps, userId: string, req: Schemas['RepaymentQuoteRequest']): { plan: RepaymentPlan; loanId: string } {
  const loan = loanOf(deps, userId, req.loanId)
  return { plan: planRepayment(stateOf(loan), deps.clock.today(), req.kind, req.amountFen), loanId: loan.id }
}

function quoteOf(plan: RepaymentPlan): Schemas['RepaymentQuote'] {
  return {
    amountFen: plan.amountFen,
    penaltyFen: plan.penaltyFen,
    overdueInterestFen: plan.overdueInterestFen,
    interestFen: plan.interestFen,
    principalFen: plan.principalFen,
    remainingPrincipalFen: plan.remainingPrincipalFen,
  }
}

export function quoteRepayment(deps: SandboxDeps, userId: string, req: Schemas['RepaymentQuoteRequest']): Schemas['RepaymentQuote'] {
  return quoteOf(planFor(deps, userId, req).plan)
}

/** Repays and moves the money; runs inside the caller's transaction. */
export function createRepayment(deps: SandboxDeps, userId: string, req: Schemas['RepaymentRequest']): Schemas['Repayment'] {
  const loan = loanOf(deps, userId, req.loanId)
  const card = activeCardOf(deps, userId, req.cardId)
  const { plan } = planFor(deps, userId, req)
  if (card.balance_fen < plan.amountFen) {
    throw new SandboxError(422, 'INSUFFICIENT_BALANCE', BALANCE_MESSAGES.insufficient, { amountFen: plan.amountFen })
  }
  const now = deps.clock.nowIso()
  const today = deps.clock.today()
  const settled = plan.remainingPrincipalFen === 0
  deps.db
    .prepare('UPDATE loans SET outstanding_fen = ?, state_json = ?, settled_at = ? WHERE id = ? AND user_id = ?')
    .run(plan.remainingPrincipalFen, JSON.stringify(plan.state), settled ? now : null, loan.id, userId)
  const paid = deps.db.prepare(
    'INSERT INTO loan_paid_instalments (loan_id, period, due_date, principal_fen, interest_fen, remaining_fen, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  for (const row of plan.settled) paid.run(loan.id, row.period, row.dueDate, row.principalFen, row.interestFen, row.remainingFen, now)
  if (plan.principalFen > 0) adjustLineUsage(deps, loan.line_id, -plan.principalFen)
  const id = crypto.randomUUID()
  deps.db
    .prepare(
      `INSERT INTO loan_records (id, user_id, loan_id, kind, business_date, amount_fen, principal_fen, interest_fen, overdue_interest_fen,
         penalty_fen, bound_card_id, created_at)
       VALUES (?, ?, ?, 'REPAYMENT', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, userId, loan.id, today, plan.amountFen, plan.principalFen, plan.interestFen, plan.overdueInterestFen, plan.penaltyFen, card.id, now)
  deps.db.prepare('UPDATE debit_cards SET balance_fen = balance_fen - ? WHERE id = ?').run(plan.amountFen, card.debit_card_id)
  deps.db
    .prepare("INSERT INTO card_entries (debit_card_id, record_id, direction, amount_fen, created_at) VALUES (?, ?, 'DEBIT', ?, ?)")
    .run(card.debit_card_id, id, plan.amountFen, now)
  deps.log(`[ledger] repayment ${id} loan ${loan.id} ${plan.amountFen} fen from card *${last4(card.card_number)}`)
  return {
    id,
    loanId: loan.id,
    ...quoteOf(plan),
    loanStatus: loanSummary(deps, loanOf(deps, userId, loan.id)).status,
    cardLast4: last4(card.card_number),
    at: now,
  }
}
