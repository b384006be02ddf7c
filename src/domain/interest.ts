/**
 * Interest by the day and by the month, in exact integer arithmetic, rounded half up to the fen.
 *
 * - Daily (随借随还 按日计息): principal × annual rate / 360 per calendar day:
 *   round(P · bps · days / 3,600,000).
 * - Monthly (instalment schedules): principal × annual rate / 12: round(P · bps / 120,000).
 * - Overdue penalty interest (罚息): 1.5 × the contract rate on overdue principal, by the day:
 *   round(P · bps · 3 · days / 7,200,000).
 */
import { daysBetween, type IsoDate } from './dates'
import { assertInteger, assertRateBps, mulDivRound } from './money'

/** Divisor of a day's interest: 10,000 bps per unit × 360 days. */
export const DAILY_INTEREST_DIVISOR = 3_600_000
/** Divisor of a month's interest: 10,000 bps per unit × 12 months. */
export const MONTHLY_INTEREST_DIVISOR = 120_000
/** Penalty interest is 1.5 × the rate: × 3 over twice the daily divisor. */
export const PENALTY_RATE_NUMERATOR = 3
export const PENALTY_INTEREST_DIVISOR = 7_200_000

/**
 * Interest on `principalFen` at `annualRateBps` over the actual calendar days from `fromDate`
 * to `toDate` (0 days → 0), rounded once, half up: round(P · bps · days / 3,600,000).
 * A principal of 0 accrues 0. Throws a RangeError on bad arguments or `toDate < fromDate`.
 */
export function accruedInterestFen(principalFen: number, annualRateBps: number, fromDate: IsoDate, toDate: IsoDate): number {
  assertInteger(principalFen, 'principalFen')
  assertRateBps(annualRateBps)
  const days = daysBetween(fromDate, toDate)
  return mulDivRound([principalFen, annualRateBps, days], DAILY_INTEREST_DIVISOR)
}

/** Interest over a whole number of days (no dates): round(P · bps · days / 3,600,000). */
export function interestForDaysFen(principalFen: number, annualRateBps: number, days: number): number {
  assertInteger(principalFen, 'principalFen')
  assertRateBps(annualRateBps)
  assertInteger(days, 'days')
  return mulDivRound([principalFen, annualRateBps, days], DAILY_INTEREST_DIVISOR)
}

/** One month's interest for an instalment schedule: round(P · bps / 120,000). */
export function monthlyInterestFen(principalFen: number, annualRateBps: number): number {
  assertInteger(principalFen, 'principalFen')
  assertRateBps(annualRateBps)
  return mulDivRound([principalFen, annualRateBps], MONTHLY_INTEREST_DIVISOR)
}

/**
 * Overdue penalty interest (罚息) on overdue principal at 1.5 × the contract rate, by the day
 * from the due date (`fromDate`) to `toDate`: round(P · bps · 3 · days / 7,200,000).
 */
export function penaltyInterestFen(overduePrincipalFen: number, annualRateBps: number, fromDate: IsoDate, toDate: IsoDate): number {
  assertInteger(overduePrincipalFen, 'overduePrincipalFen')
  assertRateBps(annualRateBps)
  const days = daysBetween(fromDate, toDate)
  return mulDivRound([overduePrincipalFen, annualRateBps, PENALTY_RATE_NUMERATOR, days], PENALTY_INTEREST_DIVISOR)
}
