import fc from 'fast-check'
import { addDays } from './dates'
import { accruedInterestFen, interestForDaysFen, monthlyInterestFen, penaltyInterestFen } from './interest'
import { isoDateArb, principalArb, rateArb } from './test-arbitraries'

const roundDiv = (n: bigint, d: bigint): number => Number((BigInt(2) * n + d) / (BigInt(2) * d))

describe('accruedInterestFen', () => {
  it.each([
    // principal, bps, from, to, interest: round(P · bps · days / 3,600,000)
    [10_000_000, 435, '2026-01-01', '2026-01-02', 1208], // 1,208.33
    [10_000_000, 435, '2026-01-01', '2026-01-31', 36_250], // 30 days
    [10_000_000, 435, '2026-01-01', '2027-01-01', 441_042], // 365 days: 4,410.4166…
    [10_000_000, 435, '2028-01-01', '2029-01-01', 442_250], // 366 days, leap year
    [10_000_000, 435, '2026-01-01', '2026-01-01', 0],
    [1000, 1800, '2026-01-01', '2026-01-02', 1], // exactly 0.5 rounds up
    [1_799_999, 1, '2026-01-01', '2026-01-02', 0], // 0.4999… rounds down
    [0, 3600, '2026-01-01', '2027-01-01', 0],
    [100_000_000_000, 3600, '2000-01-01', '2100-01-01', 3_652_500_000_000], // 36,525 days; past 2^53 mid-way
  ])('%i fen at %i bps from %s to %s: %i fen', (p, bps, from, to, expected) => {
    expect(accruedInterestFen(p, bps, from, to)).toBe(expected)
  })

  it('equals the BigInt reference for any principal, rate and period', () => {
    fc.assert(
      fc.property(principalArb, rateArb, isoDateArb, fc.integer({ min: 0, max: 40_000 }), (p, bps, from, days) => {
        const to = addDays(from, days)
        expect(accruedInterestFen(p, bps, from, to)).toBe(roundDiv(BigInt(p) * BigInt(bps) * BigInt(days), BigInt(3_600_000)))
        expect(interestForDaysFen(p, bps, days)).toBe(accruedInterestFen(p, bps, from, to))
      }),
      { numRuns: 200 },
    )
  })

  it('is additive over a split period within a fen of rounding', () => {
    fc.assert(
      fc.property(principalArb, rateArb, isoDateArb, fc.nat(400), fc.nat(400), (p, bps, from, d1, d2) => {
        const mid = addDays(from, d1)
        const to = addDays(mid, d2)
        const whole = accruedInterestFen(p, bps, from, to)
        const split = accruedInterestFen(p, bps, from, mid) + accruedInterestFen(p, bps, mid, to)
        expect(Math.abs(whole - split)).toBeLessThanOrEqual(1)
      }),
      { numRuns: 200 },
    )
  })

  it.each<[string, () => number]>([
    ['reversed dates', () => accruedInterestFen(100, 435, '2026-01-02', '2026-01-01')],
    ['negative principal', () => accruedInterestFen(-1, 435, '2026-01-01', '2026-01-02')],
    ['fractional principal', () => accruedInterestFen(0.5, 435, '2026-01-01', '2026-01-02')],
    ['rate 0', () => accruedInterestFen(100, 0, '2026-01-01', '2026-01-02')],
    ['rate 3601', () => accruedInterestFen(100, 3601, '2026-01-01', '2026-01-02')],
    ['bad date', () => accruedInterestFen(100, 435, '2026-02-30', '2026-03-02')],
  ])('rejects %s with a RangeError', (_name, call) => {
    expect(call).toThrow(RangeError)
  })
})

describe('monthly and penalty interest', () => {
  it.each([
    [10_000_000, 490, 40_833],
    [100_000_000, 490, 408_333],
    [10_000_000, 3600, 300_000],
    [10_000_000, 1, 83],
    [60_000, 1, 1], // 0.5 rounds up
    [59_999, 1, 0],
  ])('a month on %i fen at %i bps is %i fen', (p, bps, expected) => {
    expect(monthlyInterestFen(p, bps)).toBe(expected)
  })

  it.each([
    // overdue principal, bps, from (due date), to, penalty: round(P · bps · 1.5 · days / 3,600,000)
    [833_333, 490, '2026-02-15', '2026-02-25', 1701], // 1,701.38…
    [10_000_000, 435, '2026-01-01', '2026-01-02', 1813], // 1.5 × 1,208.33 = 1,812.5 → up
    [10_000_000, 435, '2026-01-01', '2026-01-01', 0],
    [100_000_000_000, 3600, '2026-01-01', '2126-01-01', 5_478_600_000_000], // 36,524 days,
  ])('penalty on %i fen at %i bps from %s to %s: %i fen', (p, bps, from, to, expected) => {
    expect(penaltyInterestFen(p, bps, from, to)).toBe(expected)
  })

  it('penalty interest is 1.5 × the daily interest, exactly rounded', () => {
    fc.assert(
      fc.property(principalArb, rateArb, isoDateArb, fc.nat(3000), (p, bps, from, days) => {
        const to = addDays(from, days)
        expect(penaltyInterestFen(p, bps, from, to)).toBe(roundDiv(BigInt(p) * BigInt(bps) * BigInt(3 * days), BigInt(7_200_000)))
        expect(penaltyInterestFen(p, bps, from, to)).toBeGreaterThanOrEqual(accruedInterestFen(p, bps, from, to))
      }),
      { numRuns: 200 },
    )
  })
})
