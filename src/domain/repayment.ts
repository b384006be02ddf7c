/**
 * Repayments: how a payment is allocated, overdue amounts and penalty interest, and early
 * repayment (提前还款) with the remaining schedule recomputed keeping the term.
 *
 * A loan in progress is a {@link LoanState}: what is outstanding, the instalments still to come
 * (their original due dates), and the date interest has been settled to. It is derived from a
 * {@link ScheduleInput} with {@link loanStateAfter}, advanced by {@link settleNextInstalment} and
 * {@link earlyRepayment}, and laid out with {@link remainingSchedule}, which for an untouched
 * loan gives exactly the rows of {@link buildSchedule}.
 */
import { compareDates, daysBetween, type IsoDate } from './dates'
import { accruedInterestFen, penaltyInterestFen } from './interest'
import { assertInteger } from './money'
import {
  assertScheduleInput,
  buildRows,
  buildSchedule,
  type Installment,
  levelAmountFen,
  type RepaymentMethod,
  type ScheduleInput,
} from './schedule'

// ---------------------------------------------------------------------------------------------
// Allocation

/** What the borrower owes now, by allocation class. All fen, all ≥ 0. */
export interface RepaymentDues {
  /** Overdue penalty interest (罚息). */
  penaltyFen: number
  /** Interest of overdue instalments (逾期利息). */
  overdueInterestFen: number
  /** Interest currently due (应还利息), including interest to date on early repayment. */
  interestDueFen: number
  /** Principal payable now: overdue principal, the current instalment's, any prepayment. */
  principalFen: number
}

/** How a payment was split. The parts plus leftoverFen equal the amount paid. */
export interface RepaymentAllocation {
  penaltyFen: number
  overdueInterestFen: number
  interestFen: number
  principalFen: number
  /** What exceeded everything due (to be refunded or refused by the caller). */
  leftoverFen: number
}

/**
 * Allocates a payment in the statutory order: penalty interest, overdue interest, interest due,
 * principal; what is left over is returned as leftoverFen.
 */
export function allocateRepayment(amountFen: number, dues: RepaymentDues): RepaymentAllocation {
  assertInteger(amountFen, 'amountFen')
  assertInteger(dues.penaltyFen, 'dues.penaltyFen')
  assertInteger(dues.overdueInterestFen, 'dues.overdueInterestFen')
  assertInteger(dues.interestDueFen, 'dues.interestDueFen')
  assertInteger(dues.principalFen, 'dues.principalFen')
  let left = amountFen
  const take = (due: number): number => {
    const paid = Math.min(due, left)
    left -= paid
    return paid
  }
  const penaltyFen = take(dues.penaltyFen)
  const overdueInterestFen = take(dues.overdueInterestFen)
  const interestFen = take(dues.interestDueFen)
  const principalFen = take(dues.principalFen)
  return { penaltyFen, overdueInterestFen, interestFen, principalFen, leftoverFen: left }
}

// ---------------------------------------------------------------------------------------------
// Overdue

export interface OverdueSummary {
  /** Periods whose due date is before `asOf`. */
  overduePeriods: number[]
  overduePrincipalFen: number
  overdueInterestFen: number
  /** Penalty interest at 1.5 × the rate on each overdue principal part, from its due date. */
  penaltyFen: number
  /** Days since the earliest overdue due date (0 when nothing is overdue). */
  daysOverdue: number
}

/**
 * What is overdue on `asOf` among unpaid instalments: an instalment is overdue the day after
 * its due date. Penalty interest runs on overdue principal only (1.5 × the contract rate).
 */
export function overdueSummary(unpaid: readonly Installment[], annualRateBps: number, asOf: IsoDate): OverdueSummary {
  const summary: OverdueSummary = { overduePeriods: [], overduePrincipalFen: 0, overdueInterestFen: 0, penaltyFen: 0, daysOverdue: 0 }
  for (const row of unpaid) {
    if (compareDates(row.dueDate, asOf) >= 0) continue
    summary.overduePeriods.push(row.period)
    summary.overduePrincipalFen += row.principalFen
    summary.overdueInterestFen += row.interestFen
    summary.penaltyFen += penaltyInterestFen(row.principalFen, annualRateBps, row.dueDate, asOf)
    const days = daysBetween(row.dueDate, asOf)
    if (days > summary.daysOverdue) summary.daysOverdue = days
  }
  return summary
}

// ---------------------------------------------------------------------------------------------
// Loan state

/** A loan in progress: what remains and when. Produced by the functions below, never by hand. */
export interface LoanState {
  method: RepaymentMethod
  annualRateBps: number
  /** Principal outstanding. 0 once the loan is settled (nothing more can be repaid early). */
  principalFen: number
  /** The level amount in force: payment (等额本息) or principal part (等额本金); else 0. */
  levelFen: number
  /** Period number of the next instalment. */
  nextPeriod: number
  /** Due dates of the instalments still to come (the original dates). Empty once settled. */
  dueDates: IsoDate[]
  /** Start of the current period: the start date or the last due date paid. */
  periodStartDate: IsoDate
  /** Interest is settled up to this date (≥ periodStartDate; later after an early repayment). */
  interestFromDate: IsoDate
}

/** The state of a loan once its first `paidPeriods` instalments (of its schedule) are paid. */
export function loanStateAfter(input: ScheduleInput, paidPeriods = 0): LoanState {
  assertScheduleInput(input)
  const schedule = buildSchedule(input)
  assertInteger(paidPeriods, 'paidPeriods', 0, schedule.length)
  const periods = schedule.length
  const periodStartDate = paidPeriods === 0 ? input.startDate : schedule[paidPeriods - 1].dueDate
  return {
    method: input.method,
    annualRateBps: input.annualRateBps,
    principalFen: paidPeriods === 0 ? input.principalFen : schedule[paidPeriods - 1].remainingFen,
    levelFen: levelAmountFen(input.method, input.principalFen, input.annualRateBps, periods),
    nextPeriod: paidPeriods + 1,
    dueDates: schedule.slice(paidPeriods).map((row) => row.dueDate),
    periodStartDate,
    interestFromDate: periodStartDate,
  }
}

/**
 * The instalments still to come (none once the last due date is paid or the loan is paid off
 * early). The first row's interest is a full month's unless interest was
 * settled mid-period (early repayment) or the loan is DAILY: then it runs by the day from
 * `interestFromDate` to its due date.
 */
export function remainingSchedule(state: LoanState): Installment[] {
  if (state.dueDates.length === 0) return []
  const byTheDay = state.method === 'DAILY' || state.interestFromDate !== state.periodStartDate
  return buildRows({
    method: state.method,
    annualRateBps: state.annualRateBps,
    principalFen: state.principalFen,
    levelFen: state.levelFen,
    dueDates: state.dueDates,
    firstPeriod: state.nextPeriod,
    firstInterestFen: byTheDay
      ? accruedInterestFen(state.principalFen, state.annualRateBps, state.interestFromDate, state.dueDates[0])
      : undefined,
  })
}

/** Pays the next instalment as scheduled: returns it and the state after it. */
export function settleNextInstalment(state: LoanState): { instalment: Installment; state: LoanState } {
  const [instalment] = remainingSchedule(state)
  if (!instalment) throw new RangeError('the loan is already settled')
  return {
    instalment,
    state: {
      ...state,
      principalFen: instalment.remainingFen,
      nextPeriod: state.nextPeriod + 1,
      dueDates: state.dueDates.slice(1),
      periodStartDate: instalment.dueDate,
      interestFromDate: instalment.dueDate,
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Early repayment

export interface EarlyRepaymentQuote {
  date: IsoDate
  /** Interest from the settled date to `date`, by the day (rate / 360). */
  interestToDateFen: number
  /** Principal outstanding before the repayment. */
  outstandingPrincipalFen: number
  /** What settles the loan today: interest to date + principal. */
  payoffFen: number
}

/** Checks an early repayment date: not before interest was settled, before the next due date. */
function assertEarlyDate(state: LoanState, date: IsoDate): void {
  if (state.principalFen === 0 || state.dueDates.length === 0) throw new RangeError('the loan is already settled')
  if (compareDates(date, state.interestFromDate) < 0) {
    throw new RangeError(`date ${date} is before interest was settled (${state.interestFromDate})`)
  }
  if (compareDates(date, state.dueDates[0]) >= 0) {
    throw new RangeError(`the instalment due ${state.dueDates[0]} must be paid before an early repayment on ${date}`)
  }
}

/** Interest to date and the payoff amount of a loan on `date` (for the repay page). */
export function earlyRepaymentQuote(state: LoanState, date: IsoDate): EarlyRepaymentQuote {
  assertEarlyDate(state, date)
  const interestToDateFen = accruedInterestFen(state.principalFen, state.annualRateBps, state.interestFromDate, date)
  return { date, interestToDateFen, outstandingPrincipalFen: state.principalFen, payoffFen: interestToDateFen + state.principalFen }
}

export interface EarlyRepaymentResult extends EarlyRepaymentQuote {
  /** Paid towards interest (= interestToDateFen). */
  interestPaidFen: number
  /** Paid towards principal. */
  principalPaidFen: number
  /** What exceeded the payoff amount (not taken). */
  leftoverFen: number
  /** Principal outstanding afterwards. */
  remainingPrincipalFen: number
  /** True when the loan is fully repaid. */
  settled: boolean
  /** The state afterwards. */
  state: LoanState
  /** The recomputed instalments still to come: same method, same due dates (term kept). */
  schedule: Installment[]
}

/**
 * Repays `amountFen` early on `date` (no penalty, 提前还款无违约金): interest by the day up to
 * `date` first, then principal; anything beyond the payoff is left over. The remaining schedule
 * is recomputed keeping the term: same method and rate, the remaining principal over the
 * remaining periods and their original due dates. Throws a RangeError when `amountFen` does not
 * cover the interest to date, or the date is outside the current period (an instalment due on or
 * before `date` must be paid first).
 */
export function earlyRepayment(state: LoanState, request: { date: IsoDate; amountFen: number }): EarlyRepaymentResult {
  const quote = earlyRepaymentQuote(state, request.date)
  assertInteger(request.amountFen, 'amountFen')
  if (request.amountFen < quote.interestToDateFen) {
    throw new RangeError(`amountFen ${request.amountFen} does not cover the interest to date (${quote.interestToDateFen} fen)`)
  }
  const afterInterest = request.amountFen - quote.interestToDateFen
  const principalPaidFen = Math.min(afterInterest, state.principalFen)
  const remainingPrincipalFen = state.principalFen - principalPaidFen
  const settled = remainingPrincipalFen === 0
  const next: LoanState = {
    ...state,
    principalFen: remainingPrincipalFen,
    // Keep the term: the level amount is recomputed over the remaining periods (unchanged when
    // no principal was repaid, so paying only the interest changes nothing else).
    levelFen: settled
      ? 0
      : principalPaidFen === 0
        ? state.levelFen
        : levelAmountFen(state.method, remainingPrincipalFen, state.annualRateBps, state.dueDates.length),
    dueDates: settled ? [] : state.dueDates.slice(),
    interestFromDate: request.date,
  }
  return {
    ...quote,
    interestPaidFen: quote.interestToDateFen,
    principalPaidFen,
    leftoverFen: afterInterest - principalPaidFen,
    remainingPrincipalFen,
    settled,
    state: next,
    schedule: remainingSchedule(next),
  }
}
