import fc from 'fast-check'
import { addDays, daysBetween } from './dates'
import { accruedInterestFen, penaltyInterestFen } from './interest'
import {
  allocateRepayment,
  earlyRepayment,
  earlyRepaymentQuote,
  type LoanState,
  loanStateAfter,
  overdueSummary,
  remainingSchedule,
  type RepaymentDues,
  settleNextInstalment,
} from './repayment'
import { buildSchedule, equalInstallmentPaymentFen, equalPrincipalPartFen, type ScheduleInput, scheduleTotals } from './schedule'
import { scheduleInputArb } from './test-arbitraries'

const loan = (overrides: Partial<ScheduleInput> = {}): ScheduleInput => ({
  principalFen: 10_000_000,
  annualRateBps: 490,
  termMonths: 12,
  method: 'EQUAL_INSTALLMENT',
  startDate: '2026-01-15',
  ...overrides,
})

const dues = (penaltyFen: number, overdueInterestFen: number, interestDueFen: number, principalFen: number): RepaymentDues => ({
  penaltyFen,
  overdueInterestFen,
  interestDueFen,
  principalFen,
})

describe('allocateRepayment', () => {
  it.each([
    // amount, dues, expected [penalty, overdue interest, interest, principal, leftover]
    [0, dues(100, 200, 300, 400), [0, 0, 0, 0, 0]],
    [50, dues(100, 200, 300, 400), [50, 0, 0, 0, 0]],
    [150, dues(100, 200, 300, 400), [100, 50, 0, 0, 0]],
    [450, dues(100, 200, 300, 400), [100, 200, 150, 0, 0]],
    [900, dues(100, 200, 300, 400), [100, 200, 300, 300, 0]],
    [1000, dues(100, 200, 300, 400), [100, 200, 300, 400, 0]],
    [1234, dues(100, 200, 300, 400), [100, 200, 300, 400, 234]],
    [500, dues(0, 0, 300, 400), [0, 0, 300, 200, 0]],
    [500, dues(0, 0, 0, 0), [0, 0, 0, 0, 500]],
  ])('pays %i against %j in the statutory order', (amount, owed, [penaltyFen, overdueInterestFen, interestFen, principalFen, leftoverFen]) => {
    expect(allocateRepayment(amount, owed)).toEqual({ penaltyFen, overdueInterestFen, interestFen, principalFen, leftoverFen })
  })

  it('splits every amount exactly, never paying a class before the earlier ones are cleared', () => {
    const fen = fc.integer({ min: 0, max: 1_000_000_000 })
    fc.assert(
      fc.property(fen, fen, fen, fen, fen, (amount, a, b, c, d) => {
        const owed = dues(a, b, c, d)
        const got = allocateRepayment(amount, owed)
        const parts = [got.penaltyFen, got.overdueInterestFen, got.interestFen, got.principalFen]
        const due = [a, b, c, d]
        expect(parts.reduce((x, y) => x + y, 0) + got.leftoverFen).toBe(amount)
        parts.forEach((paid, i) => {
          expect(paid).toBeGreaterThanOrEqual(0)
          expect(paid).toBeLessThanOrEqual(due[i])
          if (paid > 0) expect(parts.slice(0, i)).toEqual(due.slice(0, i))
        })
        if (got.leftoverFen > 0) expect(parts).toEqual(due)
      }),
      { numRuns: 200 },
    )
  })

  it('rejects negative or fractional amounts', () => {
    expect(() => allocateRepayment(-1, dues(0, 0, 0, 0))).toThrow(RangeError)
    expect(() => allocateRepayment(1.5, dues(0, 0, 0, 0))).toThrow(RangeError)
    expect(() => allocateRepayment(1, dues(0, -1, 0, 0))).toThrow(RangeError)
  })
})

describe('overdueSummary', () => {
  const rows = buildSchedule(loan())

  it('counts instalments from the day after their due date, with penalty on principal at 1.5 ×', () => {
    // period 3 (due 2026-04-15) is 10 days late on 2026-04-25; period 4 is due 2026-05-15
    const summary = overdueSummary(rows.slice(2), 490, '2026-04-25')
    expect(summary).toEqual({
      overduePeriods: [3],
      overduePrincipalFen: rows[2].principalFen,
      overdueInterestFen: rows[2].interestFen,
      penaltyFen: penaltyInterestFen(rows[2].principalFen, 490, '2026-04-15', '2026-04-25'),
      daysOverdue: 10,
    })
    expect(summary.penaltyFen).toBe(1677) // 821,451 × 490 × 1.5 × 10 / 3,600,000 = 1,677.13
  })

  it('is empty on the due date itself', () => {
    expect(overdueSummary(rows.slice(2), 490, '2026-04-15')).toEqual({ overduePeriods: [], overduePrincipalFen: 0, overdueInterestFen: 0, penaltyFen: 0, daysOverdue: 0 })
  })

  it('adds several overdue periods, penalty from each due date', () => {
    const summary = overdueSummary(rows.slice(2), 490, '2026-06-01')
    expect(summary.overduePeriods).toEqual([3, 4])
    expect(summary.overduePrincipalFen).toBe(rows[2].principalFen + rows[3].principalFen)
    expect(summary.penaltyFen).toBe(
      penaltyInterestFen(rows[2].principalFen, 490, '2026-04-15', '2026-06-01') + penaltyInterestFen(rows[3].principalFen, 490, '2026-05-15', '2026-06-01'),
    )
    expect(summary.daysOverdue).toBe(47)
  })
})

describe('loan state', () => {
  it('an untouched loan lays out exactly its schedule, at every point of it', () => {
    fc.assert(
      fc.property(scheduleInputArb, fc.nat(360), (input, k) => {
        const schedule = buildSchedule(input)
        const paid = k % (schedule.length + 1)
        expect(remainingSchedule(loanStateAfter(input, paid))).toEqual(schedule.slice(paid))
      }),
      { numRuns: 150 },
    )
  })

  it('paying instalments one by one reaches the same states', () => {
    const input = loan({ startDate: '2026-01-31' })
    let state = loanStateAfter(input)
    const schedule = buildSchedule(input)
    for (let k = 0; k < schedule.length; k++) {
      const { instalment, state: next } = settleNextInstalment(state)
      expect(instalment).toEqual(schedule[k])
      state = next
      if (k < schedule.length - 1) expect(state).toEqual(loanStateAfter(input, k + 1))
    }
    expect(state.principalFen).toBe(0)
    expect(remainingSchedule(state)).toEqual([])
    expect(() => settleNextInstalment(state)).toThrow(RangeError)
  })
})

describe('earlyRepayment', () => {
  // 100,000 yuan, 4.9%, 12 equal instalments from 2026-01-15; three paid, next due 2026-05-15.
  const state = loanStateAfter(loan(), 3)

  it('quotes interest by the day to the repayment date and the payoff', () => {
    // 7,545,654 × 490 × 20 / 3,600,000 = 20,541.4
    expect(earlyRepaymentQuote(state, '2026-05-05')).toEqual({
      date: '2026-05-05',
      interestToDateFen: 20_541,
      outstandingPrincipalFen: 7_545_654,
      payoffFen: 7_566_195,
    })
    expect(earlyRepaymentQuote(state, '2026-04-15').interestToDateFen).toBe(0)
  })

  it('a partial repayment pays interest to date, then principal, and keeps the term', () => {
    const result = earlyRepayment(state, { date: '2026-05-05', amountFen: 5_000_000 })
    expect(result).toMatchObject({
      interestPaidFen: 20_541,
      principalPaidFen: 4_979_459,
      leftoverFen: 0,
      remainingPrincipalFen: 2_566_195,
      settled: false,
    })
    const { schedule } = result
    expect(schedule.map((r) => r.dueDate)).toEqual(state.dueDates)
    expect(schedule.map((r) => r.period)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(scheduleTotals(schedule).principalFen).toBe(2_566_195)
    // the new level payment over the 9 remaining periods
    const payment = equalInstallmentPaymentFen(2_566_195, 490, 9)
    expect(payment).toBe(290_986)
    expect(schedule.slice(1, -1).every((r) => r.totalFen === payment)).toBe(true)
    // the first period's interest runs only from the repayment date (already paid before it)
    expect(schedule[0].interestFen).toBe(accruedInterestFen(2_566_195, 490, '2026-05-05', '2026-05-15'))
    expect(schedule[0].principalFen).toBe(payment - 10_479) // the monthly split: round(2,566,195 × 490 / 120,000)
  })

  it('a payoff settles the loan and returns the excess', () => {
    const result = earlyRepayment(state, { date: '2026-05-05', amountFen: 8_000_000 })
    expect(result).toMatchObject({ principalPaidFen: 7_545_654, interestPaidFen: 20_541, leftoverFen: 433_805, remainingPrincipalFen: 0, settled: true, schedule: [] })
    expect(result.state.dueDates).toEqual([])
    expect(() => earlyRepaymentQuote(result.state, '2026-05-06')).toThrow(RangeError)
  })

  it('paying only the interest to date changes nothing but the settled date', () => {
    const result = earlyRepayment(state, { date: '2026-05-05', amountFen: 20_541 })
    expect(result.principalPaidFen).toBe(0)
    expect(result.state.levelFen).toBe(state.levelFen)
    const before = remainingSchedule(state)
    expect(result.schedule.slice(1)).toEqual(before.slice(1))
    expect(result.schedule[0].interestFen + 20_541 - before[0].interestFen).toBeLessThanOrEqual(1 + accruedInterestFen(state.principalFen, 490, '2026-04-15', '2026-05-15') - before[0].interestFen)
  })

  it('a DAILY loan (随借随还) pays interest to the day and the rest accrues to maturity', () => {
    const daily = loanStateAfter(loan({ method: 'DAILY', termMonths: 6, annualRateBps: 1825 }))
    const result = earlyRepayment(daily, { date: '2026-03-01', amountFen: 3_000_000 })
    // 45 days: 10,000,000 × 1825 × 45 / 3,600,000 = 228,125
    expect(result).toMatchObject({ interestPaidFen: 228_125, principalPaidFen: 2_771_875, remainingPrincipalFen: 7_228_125 })
    expect(result.schedule).toEqual([
      {
        period: 1,
        dueDate: '2026-07-15',
        principalFen: 7_228_125,
        interestFen: accruedInterestFen(7_228_125, 1825, '2026-03-01', '2026-07-15'),
        totalFen: 7_228_125 + accruedInterestFen(7_228_125, 1825, '2026-03-01', '2026-07-15'),
        remainingFen: 0,
      },
    ])
    // a second repayment later accrues from the first one's date
    expect(earlyRepaymentQuote(result.state, '2026-03-11').interestToDateFen).toBe(accruedInterestFen(7_228_125, 1825, '2026-03-01', '2026-03-11'))
  })

  it('equal principal keeps its structure over the remaining periods', () => {
    const ep = loanStateAfter(loan({ method: 'EQUAL_PRINCIPAL' }), 2)
    const result = earlyRepayment(ep, { date: '2026-03-20', amountFen: 3_000_000 })
    const part = equalPrincipalPartFen(result.remainingPrincipalFen, 10)
    expect(result.schedule).toHaveLength(10)
    expect(result.schedule.slice(0, -1).every((r) => r.principalFen === part)).toBe(true)
  })

  it.each<[string, () => unknown]>([
    ['an amount below the interest to date', () => earlyRepayment(state, { date: '2026-05-05', amountFen: 20_540 })],
    ['a date on the next due date', () => earlyRepayment(state, { date: '2026-05-15', amountFen: 5_000_000 })],
    ['a date after the next due date', () => earlyRepayment(state, { date: '2026-06-01', amountFen: 5_000_000 })],
    ['a date before interest was settled', () => earlyRepayment(state, { date: '2026-04-14', amountFen: 5_000_000 })],
    ['a fractional amount', () => earlyRepayment(state, { date: '2026-05-05', amountFen: 5_000_000.5 })],
  ])('rejects %s with a RangeError', (_name, call) => {
    expect(call).toThrow(RangeError)
  })

  it('properties: the split adds up, the term is kept, the new schedule is well formed', () => {
    fc.assert(
      fc.property(scheduleInputArb, fc.nat(360), fc.nat(40), fc.double({ min: 0, max: 1.2, noNaN: true }), (input, k, dayOffset, share) => {
        const schedule = buildSchedule(input)
        const paid = k % schedule.length
        const before: LoanState = loanStateAfter(input, paid)
        fc.pre(before.principalFen > 0) // a few fen over many periods can be repaid before the end
        const span = daysBetween(before.interestFromDate, before.dueDates[0])
        const date = addDays(before.interestFromDate, dayOffset % span)
        const quote = earlyRepaymentQuote(before, date)
        const amountFen = quote.interestToDateFen + Math.floor(before.principalFen * share)
        const result = earlyRepayment(before, { date, amountFen })
        expect(result.interestPaidFen + result.principalPaidFen + result.leftoverFen).toBe(amountFen)
        expect(result.principalPaidFen + result.remainingPrincipalFen).toBe(before.principalFen)
        expect(result.settled).toBe(result.remainingPrincipalFen === 0)
        if (result.settled) {
          expect(result.schedule).toEqual([])
          return
        }
        expect(result.leftoverFen).toBe(0)
        expect(result.schedule.map((r) => r.dueDate)).toEqual(before.dueDates)
        expect(scheduleTotals(result.schedule).principalFen).toBe(result.remainingPrincipalFen)
        expect(result.schedule.every((r) => r.principalFen >= 0 && r.interestFen >= 0 && r.totalFen === r.principalFen + r.interestFen)).toBe(true)
        expect(result.schedule[result.schedule.length - 1].remainingFen).toBe(0)
      }),
      { numRuns: 200 },
    )
  })
})
