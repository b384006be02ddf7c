import fc from 'fast-check'
import { annualizedRateBps, internalRateOfReturn, loanAnnualizedRate, netPresentValue } from './apr'
import { REPAYMENT_METHODS, type RepaymentMethod, type ScheduleInput } from './schedule'
import { scheduleInputArb } from './test-arbitraries'

const loan = (overrides: Partial<ScheduleInput> = {}): ScheduleInput => ({
  principalFen: 10_000_000,
  annualRateBps: 490,
  termMonths: 12,
  method: 'EQUAL_INSTALLMENT',
  startDate: '2026-01-15',
  ...overrides,
})

describe('internalRateOfReturn', () => {
  it.each([
    [[-100, 110], 0.1],
    [[-1000, 0, 1210], 0.1],
    [[-1000, 100, 100, 1100], 0.1],
    [[-100, 100], 0],
    [[-100, 50], -0.5],
  ])('IRR of %j is %d', (flows, rate) => {
    expect(internalRateOfReturn(flows)).toBeCloseTo(rate, 10)
  })

  it('zeroes the net present value', () => {
    const flows = [-10_000_000, ...Array(12).fill(855_617)]
    expect(Math.abs(netPresentValue(flows, internalRateOfReturn(flows)))).toBeLessThan(1e-3)
  })

  it.each([[[100, 110]], [[-100, -10]], [[-100]], [[]], [[-100, Number.NaN]]])('rejects %j', (flows) => {
    expect(() => internalRateOfReturn(flows)).toThrow(RangeError)
  })

  it('annualizes monthly IRR × 12 in basis points', () => {
    // 1% a month → 12.00% a year nominal
    expect(annualizedRateBps([-10_000, 10_100])).toBe(1200)
    expect(annualizedRateBps([-10_000, 10_100], 1)).toBe(100)
  })
})

describe('loanAnnualizedRate (PBOC 〔2021〕No.3)', () => {
  it.each(REPAYMENT_METHODS.map((m) => [m]))('a fee-free %s loan shows its nominal rate', (method) => {
    for (const [principalFen, annualRateBps, termMonths] of [
      [10_000_000, 490, 12],
      [100_000_000, 490, 360],
      [5_000_000, 1825, 6],
      [1_000_000, 3600, 36],
      [80_000_000, 1, 24],
    ]) {
      const input = loan({ method: method as RepaymentMethod, principalFen, annualRateBps, termMonths })
      expect(loanAnnualizedRate(input)).toEqual({ bps: annualRateBps, basis: method === 'DAILY' ? 'SIMPLE' : 'IRR' })
    }
  })

  it('fee-free loans of 10,000 yuan or more always show their nominal rate', () => {
    fc.assert(
      fc.property(scheduleInputArb, (raw) => {
        const input = { ...raw, principalFen: Math.max(raw.principalFen, 1_000_000) }
        expect(loanAnnualizedRate(input).bps).toBe(input.annualRateBps)
      }),
      { numRuns: 200 },
    )
  })

  it('an upfront fee of 1,000 yuan raises 4.90% on 100,000 yuan over 12 months to 6.78%', () => {
    expect(loanAnnualizedRate(loan(), { upfrontFeeFen: 100_000 })).toEqual({ bps: 678, basis: 'IRR' })
  })

  it('a monthly fee raises it too; on a DAILY loan the fee counts as simple interest', () => {
    expect(loanAnnualizedRate(loan(), { perPeriodFeeFen: 10_000 }).bps).toBeGreaterThan(490)
    // 100,000 yuan for 89 days at 4.35%: interest 1,075.42 + fee 500 on 99,500 received
    // (1,575.42 / 99,500) × 360 / 89 = 6.40%
    const daily = loan({ method: 'DAILY', annualRateBps: 435, termMonths: 3, startDate: '2026-01-31' })
    expect(loanAnnualizedRate(daily, { upfrontFeeFen: 50_000 })).toEqual({ bps: 640, basis: 'SIMPLE' })
  })

  it('any fee raises the rate, and more fee raises it more', () => {
    fc.assert(
      fc.property(scheduleInputArb, fc.integer({ min: 1, max: 1000 }), (raw, feePerMille) => {
        const input = { ...raw, principalFen: Math.max(raw.principalFen, 1_000_000) }
        const fee = Math.floor((input.principalFen * feePerMille) / 10_000) // 0.01% to 10%
        const none = loanAnnualizedRate(input).bps
        const some = loanAnnualizedRate(input, { upfrontFeeFen: fee }).bps
        const more = loanAnnualizedRate(input, { upfrontFeeFen: fee * 2 }).bps
        expect(some).toBeGreaterThanOrEqual(none)
        expect(more).toBeGreaterThanOrEqual(some)
        if (feePerMille >= 100) expect(more).toBeGreaterThan(none) // a 2% fee always shows
      }),
      { numRuns: 200 },
    )
  })

  it('rejects a fee that swallows the whole principal', () => {
    expect(() => loanAnnualizedRate(loan(), { upfrontFeeFen: 10_000_000 })).toThrow(RangeError)
    expect(() => loanAnnualizedRate(loan(), { perPeriodFeeFen: -1 })).toThrow(RangeError)
  })
})
