/**
 * The annualized rate (年化利率) shown under PBOC announcement 〔2021〕No.3: the rate that covers
 * every cost the borrower pays, computed from the actual cash flows.
 *
 * - Instalment loans (monthly periods): the per-period internal rate of return (IRR) of the
 *   cash flows × 12 — the nominal annualized rate by IRR (内部收益率法, compounding within the
 *   year not counted). Months count as equal periods whatever their days.
 * - DAILY loans (one bullet repayment): simple interest, (interest + fees) / net amount received
 *   × 360 / days — shown with the note that it is computed as simple interest (单利).
 *
 * A fee-free loan comes out at its nominal rate; fees raise it. Rates here are floats (they are
 * not money); results are rounded to whole basis points.
 */
import { daysBetween } from './dates'
import { assertInteger, mulDivRound } from './money'
import { assertScheduleInput, buildSchedule, type ScheduleInput } from './schedule'

/** A cash flow from the borrower's side at the end of a period: negative received, positive paid. */
export type PeriodCashFlowsFen = readonly number[]

const IRR_TOLERANCE = 1e-13
const MAX_ITERATIONS = 200
const LOWEST_RATE = -0.5

/** Net present value of equally spaced flows at a per-period `rate` (Horner in 1 / (1 + rate)). */
export function netPresentValue(amounts: PeriodCashFlowsFen, rate: number): number {
  const v = 1 / (1 + rate)
  let acc = 0
  for (let k = amounts.length - 1; k >= 0; k--) acc = acc * v + amounts[k]
  return acc
}

/**
 * The per-period internal rate of return of equally spaced cash flows (`amounts[0]` at time 0),
 * found by bisection (robust, ~50 steps). Throws a RangeError when the flows have no sign change
 * or no rate between −50% and 10,000% a period.
 */
export function internalRateOfReturn(amounts: PeriodCashFlowsFen): number {
  if (amounts.length < 2 || amounts.some((a) => !Number.isFinite(a))) {
    throw new RangeError('internalRateOfReturn needs at least two finite cash flows')
  }
  let lo = LOWEST_RATE
  let hi = 1
  let fLo = netPresentValue(amounts, lo)
  let fHi = netPresentValue(amounts, hi)
  while (Math.sign(fLo) === Math.sign(fHi) && hi < 100) {
    lo = hi
    fLo = fHi
    hi *= 4
    fHi = netPresentValue(amounts, hi)
  }
  if (fLo === 0) return lo
  if (fHi === 0) return hi
  if (Math.sign(fLo) === Math.sign(fHi)) throw new RangeError('the cash flows have no internal rate of return')
  for (let i = 0; i < MAX_ITERATIONS && hi - lo > IRR_TOLERANCE; i++) {
    const mid = (lo + hi) / 2
    const fMid = netPresentValue(amounts, mid)
    if (fMid === 0) return mid
    if (Math.sign(fMid) === Math.sign(fLo)) {
      lo = mid
      fLo = fMid
    } else {
      hi = mid
    }
  }
  return (lo + hi) / 2
}

/**
 * The annualized rate, in basis points, of equally spaced cash flows: per-period IRR ×
 * `periodsPerYear` (12 for monthly instalments), rounded to the nearest basis point.
 */
export function annualizedRateBps(amounts: PeriodCashFlowsFen, periodsPerYear = 12): number {
  assertInteger(periodsPerYear, 'periodsPerYear', 1)
  return Math.round(internalRateOfReturn(amounts) * periodsPerYear * 10_000)
}

/** Costs a borrower pays besides interest. */
export interface LoanCosts {
  /** Deducted from the amount received, or paid on the start date (手续费、服务费). */
  upfrontFeeFen?: number
  /** Paid with every instalment (e.g. a monthly service fee). */
  perPeriodFeeFen?: number
}

/** How an annualized rate was computed, for the disclosure line next to it. */
export type AnnualizedRateBasis = 'IRR' | 'SIMPLE'

export interface AnnualizedRate {
  bps: number
  basis: AnnualizedRateBasis
}

/**
 * The annualized rate of a loan including its costs: IRR × 12 over the schedule for the
 * instalment methods, simple interest over the actual days for DAILY.
 */
export function loanAnnualizedRate(input: ScheduleInput, costs: LoanCosts = {}): AnnualizedRate {
  assertScheduleInput(input)
  const upfront = costs.upfrontFeeFen ?? 0
  const perPeriod = costs.perPeriodFeeFen ?? 0
  assertInteger(upfront, 'upfrontFeeFen', 0, input.principalFen - 1)
  assertInteger(perPeriod, 'perPeriodFeeFen')
  const schedule = buildSchedule(input)
  const netReceived = input.principalFen - upfront
  if (input.method === 'DAILY') {
    const [only] = schedule
    const days = daysBetween(input.startDate, only.dueDate)
    const cost = only.interestFen + upfront + perPeriod
    return { bps: mulDivRound([cost, 3_600_000], netReceived * days), basis: 'SIMPLE' }
  }
  const flows = [-netReceived, ...schedule.map((row) => row.totalFen + perPeriod)]
  return { bps: annualizedRateBps(flows, 12), basis: 'IRR' }
}
