/**
 * Loans (借据) as the borrower sees them on the sandbox's today: what is outstanding, the next due
 * instalment, what is overdue (with penalty interest), the schedule and the records.
 */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { compareDates, daysBetween, overdueSummary, remainingSchedule, type Installment, type LoanState, type RepaymentMethod } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { last4 } from '../cards/service'
import { planRepayment } from './plan'

/** An unpaid instalment reads DUE when its due date is at most this many days away. */
export const DUE_SOON_DAYS = 7

export const LOAN_MESSAGES = {
  notFound: '未找到该借据',
} as const

export interface LoanRow {
  id: string
  user_id: string
  line_id: string
  bound_card_id: string
  principal_fen: number
  outstanding_fen: number
  method: RepaymentMethod
  term_months: number
  annual_rate_bps: number
  start_date: string
  maturity_date: string
  state_json: string
  contract_version: string
  created_at: string
  settled_at: string | null
}

export function stateOf(row: LoanRow): LoanState {
  return JSON.parse(row.state_json) as LoanState
}

/** The caller's loan (404 LOAN_NOT_FOUND for anyone else's). */
export function loanOf(deps: SandboxDeps, userId: string, loanId: string): LoanRow {
  const row = deps.db.prepare('SELECT * FROM loans WHERE id = ? AND user_id = ?').get(loanId, userId) as LoanRow | undefined
  if (!row) throw new SandboxError(404, 'LOAN_NOT_FOUND', LOAN_MESSAGES.notFound)
  return row
}

type InstalmentStatus = 'PAID' | 'DUE' | 'OVERDUE' | 'UPCOMING'

/** OVERDUE after its due date; DUE when it is the next one and due within DUE_SOON_DAYS; else UPCOMING. */
function unpaidStatus(row: Installment, isNext: boolean, today: string): Exclude<InstalmentStatus, 'PAID'> {
  if (compareDates(row.dueDate, today) < 0) return 'OVERDUE'
  if (isNext && daysBetween(today, row.dueDate) <= DUE_SOON_DAYS) return 'DUE'
  return 'UPCOMING'
}

interface Unpaid {
  row: Installment
  status: Exclude<InstalmentStatus, 'PAID'>
}

function unpaidRows(state: LoanState, today: string): Unpaid[] {
  const rows = remainingSchedule(state)
  const nextIndex = rows.findIndex((r) => compareDates(r.dueDate, today) >= 0)
  return rows.map((row, i) => ({ row, status: unpaidStatus(row, i === nextIndex, today) }))
}

export function loanSummary(deps: SandboxDeps, row: LoanRow): Schemas['LoanSummary'] {
  const today = deps.clock.today()
  const state = stateOf(row)
  const settled = row.outstanding_fen === 0
  const overdue = settled ? null : overdueSummary(remainingSchedule(state), row.annual_rate_bps, today)
  const summary: Schemas['LoanSummary'] = {
    id: row.id,
    lineId: row.line_id,
    principalFen: row.principal_fen,
    outstandingPrincipalFen: row.outstanding_fen,
    method: row.method,
    termMonths: row.term_months,
    annualRateBps: row.annual_rate_bps,
    startDate: row.start_date,
    maturityDate: row.maturity_date,
    status: settled ? 'SETTLED' : overdue && overdue.overduePeriods.length > 0 ? 'OVERDUE' : 'ACTIVE',
    // What a full payoff today charges as interest besides overdue interest (interest to date).
    interestToDateFen: settled ? 0 : planRepayment(state, today, 'FULL').interestFen,
  }
  if (settled) summary.settledAt = row.settled_at ?? undefined
  const next = settled ? undefined : unpaidRows(state, today).find((u) => u.status !== 'OVERDUE')
  if (next) summary.nextDue = { dueDate: next.row.dueDate, amountFen: next.row.totalFen }
  if (overdue && overdue.overduePeriods.length > 0) {
    summary.overdue = {
      days: overdue.daysOverdue,
      principalFen: overdue.overduePrincipalFen,
      interestFen: overdue.overdueInterestFen,
      penaltyFen: overdue.penaltyFen,
    }
  }
  return summary
}

export function listLoans(deps: SandboxDeps, userId: string): Schemas['LoanList'] {
  const rows = deps.db.prepare('SELECT * FROM loans WHERE user_id = ? ORDER BY created_at DESC, id').all(userId) as LoanRow[]
  return { loans: rows.map((row) => loanSummary(deps, row)) }
}

interface PaidRow {
  period: number
  due_date: string
  principal_fen: number
  interest_fen: number
  remaining_fen: number
}

interface RecordRow {
  id: string
  kind: 'DRAW' | 'REPAYMENT'
  created_at: string
  business_date: string
  amount_fen: number
  principal_fen: number
  interest_fen: number
  overdue_interest_fen: number
  penalty_fen: number
  card_number: string
}

export function loanDetail(deps: SandboxDeps, userId: string, loanId: string): Schemas['LoanDetail'] {
  const row = loanOf(deps, userId, loanId)
  const today = deps.clock.today()
  const paid = deps.db
    .prepare('SELECT period, due_date, principal_fen, interest_fen, remaining_fen FROM loan_paid_instalments WHERE loan_id = ? ORDER BY period')
    .all(loanId) as PaidRow[]
  const schedule: Schemas['LoanInstalment'][] = paid.map((p) => ({
    period: p.period,
    dueDate: p.due_date,
    principalFen: p.principal_fen,
    interestFen: p.interest_fen,
    totalFen: p.principal_fen + p.interest_fen,
    remainingFen: p.remaining_fen,
    status: 'PAID',
    paidFen: p.principal_fen + p.interest_fen,
  }))
  if (row.outstanding_fen > 0) {
    for (const u of unpaidRows(stateOf(row), today)) schedule.push({ ...u.row, status: u.status, paidFen: 0 })
  }
  const records = deps.db
    .prepare(
      `SELECT r.id, r.kind, r.created_at, r.business_date, r.amount_fen, r.principal_fen, r.interest_fen, r.overdue_interest_fen,
              r.penalty_fen, d.card_number
       FROM loan_records r JOIN bound_cards b ON b.id = r.bound_card_id JOIN debit_cards d ON d.id = b.debit_card_id
       WHERE r.loan_id = ? AND r.user_id = ? ORDER BY r.created_at, r.kind, r.id`,
    )
    .all(loanId, userId) as RecordRow[]
  return {
    ...loanSummary(deps, row),
    schedule,
    records: records.map((r) => ({
      id: r.id,
      kind: r.kind,
      at: r.created_at,
      businessDate: r.business_date,
      amountFen: r.amount_fen,
      principalFen: r.principal_fen,
      // Interest of any kind (overdue interest included); penalty apart.
      interestFen: r.interest_fen + r.overdue_interest_fen,
      penaltyFen: r.penalty_fen,
      cardLast4: last4(r.card_number),
    })),
  }
}

/** Overdue instalments and the next one of every outstanding loan of the user, soonest first. */
export function listDues(deps: SandboxDeps, userId: string): Schemas['DueList'] {
  const today = deps.clock.today()
  const rows = deps.db.prepare('SELECT * FROM loans WHERE user_id = ? AND outstanding_fen > 0').all(userId) as LoanRow[]
  const dues: Schemas['Due'][] = []
  for (const loan of rows) {
    const unpaid = unpaidRows(stateOf(loan), today)
    for (const u of unpaid.filter((x) => x.status === 'OVERDUE')) {
      const penalty = overdueSummary([u.row], loan.annual_rate_bps, today).penaltyFen
      dues.push({ loanId: loan.id, period: u.row.period, dueDate: u.row.dueDate, amountFen: u.row.totalFen + penalty, status: 'OVERDUE' })
    }
    const next = unpaid.find((x) => x.status !== 'OVERDUE')
    if (next) dues.push({ loanId: loan.id, period: next.row.period, dueDate: next.row.dueDate, amountFen: next.row.totalFen, status: next.status })
  }
  dues.sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.loanId.localeCompare(b.loanId) || a.period - b.period)
  return { dues }
}

