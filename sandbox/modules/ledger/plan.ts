/**
 * How a repayment on a given day applies to a loan, computed with the domain's loan math only
 * (src/domain): no interest or allocation arithmetic of its own beyond adding the domain's parts.
 *
 * On `today`:
 * 1. Every instalment due on or before today must be paid first (what is overdue, with its
 *    penalty interest, and the one due today): `overdueSummary` prices the overdue ones,
 *    `settleNextInstalment` settles each as scheduled.
 * 2. What the kind asks for beyond that:
 *    - INSTALMENT: when nothing was due, the next instalment as scheduled (DAILY: the payoff,
 *      since its interest runs by the day); otherwise nothing more.
 *    - PARTIAL: the rest of the amount repays early (`earlyRepayment`: interest to date first, then
 *      principal; the remaining schedule is recomputed keeping the term).
 *    - FULL: the payoff (`earlyRepaymentQuote`: interest to date + principal, no penalty).
 * The parts follow the statutory order: penalty, overdue interest, interest due, principal.
 */
import {
  compareDates,
  earlyRepayment,
  earlyRepaymentQuote,
  overdueSummary,
  remainingSchedule,
  settleNextInstalment,
  type Installment,
  type LoanState,
} from '../../core/domain'
import { formatYuan } from '../../core/domain'
import { SandboxError } from '../../core/errors'

export type RepaymentKind = 'INSTALMENT' | 'PARTIAL' | 'FULL'

export interface RepaymentPlan {
  amountFen: number
  penaltyFen: number
  overdueInterestFen: number
  interestFen: number
  principalFen: number
  remainingPrincipalFen: number
  /** Instalments settled by this repayment, as they stood when paid. */
  settled: Installment[]
  /** The loan afterwards. */
  state: LoanState
}

export const REPAYMENT_MESSAGES = {
  settled: '该借据已结清，无需还款',
  amountRequired: '请输入还款金额',
  belowDue: (fen: number) => `当前有到期或逾期应还款${formatYuan(fen)}元，本次还款金额不能少于该金额`,
  belowInterest: (fen: number) => `还款金额不足以支付截至今日的利息${formatYuan(fen)}元`,
  abovePayoff: (fen: number) => `还款金额超过全部应还${formatYuan(fen)}元，请选择“全部结清”`,
} as const

function invalidAmount(message: string): SandboxError {
  return new SandboxError(422, 'REPAYMENT_AMOUNT_INVALID', message)
}

/** The date an early repayment runs to: today, or later when interest was already settled past it. */
function earlyDate(state: LoanState, today: string): string {
  return compareDates(today, state.interestFromDate) < 0 ? state.interestFromDate : today
}

function isSettled(state: LoanState): boolean {
  return state.principalFen === 0 || state.dueDates.length === 0
}

/** The repayment `kind` (with `amountFen` for PARTIAL) on `today`; throws 422 when it cannot apply. */
export function planRepayment(state: LoanState, today: string, kind: RepaymentKind, amountFen?: number): RepaymentPlan {
  if (isSettled(state)) throw new SandboxError(409, 'LOAN_SETTLED', REPAYMENT_MESSAGES.settled)
  const rows = remainingSchedule(state)
  const overdue = overdueSummary(rows, state.annualRateBps, today)
  const plan: RepaymentPlan = {
    amountFen: 0,
    penaltyFen: overdue.penaltyFen,
    overdueInterestFen: 0,
    interestFen: 0,
    principalFen: 0,
    remainingPrincipalFen: state.principalFen,
    settled: [],
    state,
  }
  // 1. Everything due on or before today.
  const dueCount = rows.filter((row) => compareDates(row.dueDate, today) <= 0).length
  for (let i = 0; i < dueCount; i++) {
    const next = settleNextInstalment(plan.state)
    plan.settled.push(next.instalment)
    plan.state = next.state
    if (compareDates(next.instalment.dueDate, today) < 0) plan.overdueInterestFen += next.instalment.interestFen
    else plan.interestFen += next.instalment.interestFen
    plan.principalFen += next.instalment.principalFen
  }
  const dueFen = plan.penaltyFen + plan.overdueInterestFen + plan.interestFen + plan.principalFen

  // 2. What the kind asks for beyond that.
  let extraFen = 0
  if (kind === 'FULL') {
    extraFen = isSettled(plan.state) ? 0 : earlyRepaymentQuote(plan.state, earlyDate(plan.state, today)).payoffFen
  } else if (kind === 'INSTALMENT') {
    if (dueFen === 0) {
      if (plan.state.method === 'DAILY') extraFen = earlyRepaymentQuote(plan.state, earlyDate(plan.state, today)).payoffFen
      else {
        const next = settleNextInstalment(plan.state)
        plan.settled.push(next.instalment)
        plan.state = next.state
        plan.interestFen += next.instalment.interestFen
        plan.principalFen += next.instalment.principalFen
      }
    }
  } else {
    if (amountFen === undefined) throw invalidAmount(REPAYMENT_MESSAGES.amountRequired)
    if (amountFen < dueFen) throw invalidAmount(REPAYMENT_MESSAGES.belowDue(dueFen))
    extraFen = amountFen - dueFen
    if (extraFen > 0) {
      if (isSettled(plan.state)) throw invalidAmount(REPAYMENT_MESSAGES.abovePayoff(dueFen))
      const quote = earlyRepaymentQuote(plan.state, earlyDate(plan.state, today))
      if (extraFen < quote.interestToDateFen) throw invalidAmount(REPAYMENT_MESSAGES.belowInterest(quote.interestToDateFen))
      if (extraFen > quote.payoffFen) throw invalidAmount(REPAYMENT_MESSAGES.abovePayoff(dueFen + quote.payoffFen))
    }
  }
  if (extraFen > 0) {
    const early = earlyRepayment(plan.state, { date: earlyDate(plan.state, today), amountFen: extraFen })
    plan.interestFen += early.interestPaidFen
    plan.principalFen += early.principalPaidFen
    plan.state = early.state
  }
  plan.amountFen = plan.penaltyFen + plan.overdueInterestFen + plan.interestFen + plan.principalFen
  plan.remainingPrincipalFen = plan.state.principalFen
  return plan
}
