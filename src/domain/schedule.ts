/**
 * Repayment schedules (还款计划) for the four repayment methods.
 *
 * Conventions (fixed by the product contract):
 * - Due date of period k = start date + k calendar months, clamped to the month's last day.
 * - Monthly interest = round(remaining principal · bps / 120,000), half up.
 * - EQUAL_INSTALLMENT (等额本息): payment = P·r·(1+r)^n / ((1+r)^n − 1) with r = bps / 120,000,
 *   computed exactly over rationals and rounded half up; principal = payment − interest; the last
 *   period pays all remaining principal plus its interest.
 * - EQUAL_PRINCIPAL (等额本金): principal round(P / n) a period, the remainder in the last.
 * - INTEREST_ONLY (按月付息到期还本): interest every month, all principal in the last period.
 * - DAILY (随借随还): one period due at start + term; interest by the actual days, rate / 360.
 *
 * A period's principal never exceeds what remains, so no part is ever negative and the parts
 * always sum to the principal. The clamp only bites in degenerate cases: a few fen over many
 * periods, or rates near 36% over decades, where the rounded payment's sub-fen error compounds
 * at the loan's rate and clears the principal before the last period (later periods are 0).
 */
import { addMonthsClamped, assertIsoDate, type IsoDate } from './dates'
import { accruedInterestFen, MONTHLY_INTEREST_DIVISOR, monthlyInterestFen } from './interest'
import { assertInteger, assertRateBps, divRoundHalfUpBig, mulDivRound, powBig, toSafeNumber } from './money'

export type RepaymentMethod = 'EQUAL_INSTALLMENT' | 'EQUAL_PRINCIPAL' | 'INTEREST_ONLY' | 'DAILY'

export const REPAYMENT_METHODS: readonly RepaymentMethod[] = ['EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY', 'DAILY']

/** Chinese names shown to borrowers. */
export const REPAYMENT_METHOD_LABELS: Readonly<Record<RepaymentMethod, string>> = {
  EQUAL_INSTALLMENT: '等额本息',
  EQUAL_PRINCIPAL: '等额本金',
  INTEREST_ONLY: '按月付息到期还本',
  DAILY: '随借随还',
}

export const MIN_TERM_MONTHS = 1
export const MAX_TERM_MONTHS = 360

export interface ScheduleInput {
  /** Amount lent, in fen (≥ 1). */
  principalFen: number
  /** Annual rate in basis points, 1 to 3600. */
  annualRateBps: number
  /** Term in months, 1 to 360. */
  termMonths: number
  method: RepaymentMethod
  /** Value date, `YYYY-MM-DD`. */
  startDate: IsoDate
}

export interface Installment {
  /** 1-based period number. */
  period: number
  dueDate: IsoDate
  principalFen: number
  interestFen: number
  /** principalFen + interestFen. */
  totalFen: number
  /** Principal left after this instalment is paid. */
  remainingFen: number
}

/** True when `value` is one of the four repayment methods. */
export function isRepaymentMethod(value: unknown): value is RepaymentMethod {
  return typeof value === 'string' && (REPAYMENT_METHODS as readonly string[]).includes(value)
}

/** Throws a RangeError describing the first invalid field of a schedule input. */
export function assertScheduleInput(input: ScheduleInput): void {
  if (typeof input !== 'object' || input === null) throw new RangeError('schedule input must be an object')
  assertInteger(input.principalFen, 'principalFen', 1)
  assertRateBps(input.annualRateBps)
  assertInteger(input.termMonths, 'termMonths', MIN_TERM_MONTHS, MAX_TERM_MONTHS)
  if (!isRepaymentMethod(input.method)) throw new RangeError(`method must be one of ${REPAYMENT_METHODS.join(', ')}, got ${String(input.method)}`)
  assertIsoDate(input.startDate, 'startDate')
}

/**
 * The level payment of an equal-instalment (等额本息) loan, exact and rounded half up:
 * round(P · bps · A^n / (120,000 · (A^n − B^n))) with A = 120,000 + bps and B = 120,000,
 * i.e. P·r·(1+r)^n / ((1+r)^n − 1) with r = bps / 120,000.
 */
export function equalInstallmentPaymentFen(principalFen: number, annualRateBps: number, periods: number): number {
  assertInteger(principalFen, 'principalFen')
  assertRateBps(annualRateBps)
  assertInteger(periods, 'periods', 1, MAX_TERM_MONTHS)
  const b = BigInt(MONTHLY_INTEREST_DIVISOR)
  const aPow = powBig(b + BigInt(annualRateBps), periods)
  const bPow = powBig(b, periods)
  const numerator = BigInt(principalFen) * BigInt(annualRateBps) * aPow
  const denominator = b * (aPow - bPow)
  return toSafeNumber(divRoundHalfUpBig(numerator, denominator))
}

/** The principal part of each equal-principal (等额本金) period: round(P / n), half up. */
export function equalPrincipalPartFen(principalFen: number, periods: number): number {
  assertInteger(principalFen, 'principalFen')
  assertInteger(periods, 'periods', 1, MAX_TERM_MONTHS)
  return mulDivRound([principalFen], periods)
}

/**
 * The level amount a method keeps constant over `periods`: the payment for EQUAL_INSTALLMENT,
 * the principal part for EQUAL_PRINCIPAL, 0 for the others.
 */
export function levelAmountFen(method: RepaymentMethod, principalFen: number, annualRateBps: number, periods: number): number {
  switch (method) {
    case 'EQUAL_INSTALLMENT':
      return equalInstallmentPaymentFen(principalFen, annualRateBps, periods)
    case 'EQUAL_PRINCIPAL':
      return equalPrincipalPartFen(principalFen, periods)
    default:
      return 0
  }
}

/** What {@link buildRows} needs to lay out the instalments still to come. */
export interface RowsSpec {
  method: RepaymentMethod
  annualRateBps: number
  /** Principal outstanding before the first of these rows. */
  principalFen: number
  /** {@link levelAmountFen} in force (payment or principal part). */
  levelFen: number
  /** Due dates of the rows, in order (at least one). */
  dueDates: readonly IsoDate[]
  /** Period number of the first row. */
  firstPeriod: number
  /**
   * Interest of the first row when it is not a full month's (DAILY loans; a period cut by an
   * early repayment). The principal split still follows the method's monthly rule.
   */
  firstInterestFen?: number
}

/** The principal part of one row under the method's rule, never more than what remains. */
function principalPart(spec: RowsSpec, remaining: number, monthlyInterest: number, isLast: boolean): number {
  if (isLast) return remaining
  switch (spec.method) {
    case 'EQUAL_INSTALLMENT':
      return Math.min(Math.max(spec.levelFen - monthlyInterest, 0), remaining)
    case 'EQUAL_PRINCIPAL':
      return Math.min(spec.levelFen, remaining)
    default:
      return 0
  }
}

/** Lays out instalments from an outstanding principal (shared by schedules and early repayment). */
export function buildRows(spec: RowsSpec): Installment[] {
  const rows: Installment[] = []
  let remaining = spec.principalFen
  const last = spec.dueDates.length - 1
  for (let i = 0; i <= last; i++) {
    const monthly = spec.method === 'DAILY' ? 0 : monthlyInterestFen(remaining, spec.annualRateBps)
    const interestFen = i === 0 && spec.firstInterestFen !== undefined ? spec.firstInterestFen : monthly
    const principalFen = principalPart(spec, remaining, monthly, i === last)
    remaining -= principalFen
    rows.push({
      period: spec.firstPeriod + i,
      dueDate: spec.dueDates[i],
      principalFen,
      interestFen,
      totalFen: principalFen + interestFen,
      remainingFen: remaining,
    })
  }
  return rows
}

/** Due dates of a schedule: start + k months for k = 1..n (DAILY: the single maturity date). */
export function scheduleDueDates(method: RepaymentMethod, startDate: IsoDate, termMonths: number): IsoDate[] {
  if (method === 'DAILY') return [addMonthsClamped(startDate, termMonths)]
  const dates: IsoDate[] = []
  for (let k = 1; k <= termMonths; k++) dates.push(addMonthsClamped(startDate, k))
  return dates
}

/**
 * The full repayment schedule of a loan. Throws a RangeError on invalid input (a programmer
 * error: validate user input first).
 */
export function buildSchedule(input: ScheduleInput): Installment[] {
  assertScheduleInput(input)
  const { principalFen, annualRateBps, termMonths, method, startDate } = input
  const dueDates = scheduleDueDates(method, startDate, termMonths)
  const periods = dueDates.length
  return buildRows({
    method,
    annualRateBps,
    principalFen,
    levelFen: levelAmountFen(method, principalFen, annualRateBps, periods),
    dueDates,
    firstPeriod: 1,
    firstInterestFen: method === 'DAILY' ? accruedInterestFen(principalFen, annualRateBps, startDate, dueDates[0]) : undefined,
  })
}

/** Sums of a schedule: principal, interest and everything paid. */
export interface ScheduleTotals {
  principalFen: number
  interestFen: number
  totalFen: number
}

/** Totals of a list of instalments (for the trial calculation: 总利息, 还款总额). */
export function scheduleTotals(rows: readonly Installment[]): ScheduleTotals {
  let principalFen = 0
  let interestFen = 0
  for (const row of rows) {
    principalFen += row.principalFen
    interestFen += row.interestFen
  }
  return { principalFen, interestFen, totalFen: principalFen + interestFen }
}
