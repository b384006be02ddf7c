import fc from 'fast-check'
import { addMonthsClamped, daysBetween } from './dates'
import {
  buildSchedule,
  equalInstallmentPaymentFen,
  equalPrincipalPartFen,
  type Installment,
  type RepaymentMethod,
  REPAYMENT_METHODS,
  type ScheduleInput,
  scheduleTotals,
} from './schedule'
import { scheduleInputArb } from './test-arbitraries'

const loan = (overrides: Partial<ScheduleInput> = {}): ScheduleInput => ({
  principalFen: 10_000_000, // 100,000 yuan
  annualRateBps: 490,
  termMonths: 12,
  method: 'EQUAL_INSTALLMENT',
  startDate: '2026-01-15',
  ...overrides,
})

/** round(n / d) half up in BigInt: the reference for every rounding in the schedule. */
const roundDiv = (n: bigint, d: bigint): number => Number((BigInt(2) * n + d) / (BigInt(2) * d))

/**
 * Problems with the invariants every schedule must hold, whatever the method (an empty list when
 * well formed). Collected without `expect` per row: 360 rows × 200 runs would be slow.
 */
function scheduleProblems(input: ScheduleInput, rows: Installment[]): string[] {
  const problems: string[] = []
  const expectedLength = input.method === 'DAILY' ? 1 : input.termMonths
  if (rows.length !== expectedLength) problems.push(`${rows.length} rows, expected ${expectedLength}`)
  let remaining = input.principalFen
  rows.forEach((row, i) => {
    const values = [row.principalFen, row.interestFen, row.totalFen, row.remainingFen]
    if (row.period !== i + 1) problems.push(`row ${i}: period ${row.period}`)
    if (!values.every((v) => Number.isSafeInteger(v) && v >= 0)) problems.push(`row ${i}: ${JSON.stringify(row)}`)
    if (row.totalFen !== row.principalFen + row.interestFen) problems.push(`row ${i}: total is not principal + interest`)
    if (row.remainingFen !== remaining - row.principalFen) problems.push(`row ${i}: remaining does not follow`)
    remaining = row.remainingFen
  })
  if (remaining !== 0) problems.push(`remaining ends at ${remaining}`)
  if (scheduleTotals(rows).principalFen !== input.principalFen) problems.push('principal parts do not sum to the principal')
  return problems
}

function expectWellFormed(input: ScheduleInput, rows: Installment[]): void {
  expect(scheduleProblems(input, rows)).toEqual([])
}

describe('buildSchedule: published worked examples', () => {
  it('100,000 yuan, 4.9%, 12 months, equal instalments: 8,556.17 a month', () => {
    const rows = buildSchedule(loan())
    expect(rows.slice(0, 11).map((r) => r.totalFen)).toEqual(Array(11).fill(855_617))
    expect(rows[0]).toEqual({ period: 1, dueDate: '2026-02-15', principalFen: 814_784, interestFen: 40_833, totalFen: 855_617, remainingFen: 9_185_216 })
    expect(rows[11]).toEqual({ period: 12, dueDate: '2027-01-15', principalFen: 852_132, interestFen: 3480, totalFen: 855_612, remainingFen: 0 })
    expect(scheduleTotals(rows)).toEqual({ principalFen: 10_000_000, interestFen: 267_399, totalFen: 10_267_399 })
  })

  it('1,000,000 yuan, 4.9%, 30 years, equal instalments: 5,307.27 a month', () => {
    const rows = buildSchedule(loan({ principalFen: 100_000_000, termMonths: 360 }))
    expect(equalInstallmentPaymentFen(100_000_000, 490, 360)).toBe(530_727)
    expect(rows[0]).toMatchObject({ principalFen: 122_394, interestFen: 408_333, totalFen: 530_727 })
    expect(rows.slice(0, 359).every((r) => r.totalFen === 530_727)).toBe(true)
    expect(rows[359]).toMatchObject({ dueDate: '2056-01-15', remainingFen: 0 })
  })

  it('100,000 yuan, 4.9%, 12 months, equal principal: 8,333.33 principal, 408.33 first interest, 34.03 less a month', () => {
    const rows = buildSchedule(loan({ method: 'EQUAL_PRINCIPAL' }))
    expect(rows.slice(0, 11).every((r) => r.principalFen === 833_333)).toBe(true)
    expect(rows[11].principalFen).toBe(833_337)
    expect(rows[0]).toMatchObject({ interestFen: 40_833, totalFen: 874_166 })
    expect(rows[1]).toMatchObject({ interestFen: 37_431, totalFen: 870_764 })
    expect(rows[0].totalFen - rows[1].totalFen).toBe(3402)
    expect(scheduleTotals(rows).interestFen).toBe(265_417) // published: 2,654.17
  })

  it('1,000,000 yuan, 4.9%, 30 years, equal principal: 6,861.11 first month, 11.34 less each month', () => {
    const rows = buildSchedule(loan({ principalFen: 100_000_000, termMonths: 360, method: 'EQUAL_PRINCIPAL' }))
    expect(rows[0].totalFen).toBe(686_111)
    expect(rows[0].totalFen - rows[1].totalFen).toBe(1134)
    expect(rows[1].totalFen - rows[2].totalFen).toBe(1134)
    expect(rows[359]).toMatchObject({ principalFen: 277_698, remainingFen: 0 })
  })

  it('100,000 yuan, 4.9%, 12 months, interest monthly and principal at maturity', () => {
    const rows = buildSchedule(loan({ method: 'INTEREST_ONLY' }))
    expect(rows.slice(0, 11).every((r) => r.principalFen === 0 && r.interestFen === 40_833 && r.remainingFen === 10_000_000)).toBe(true)
    expect(rows[11]).toMatchObject({ principalFen: 10_000_000, interestFen: 40_833, totalFen: 10_040_833, remainingFen: 0 })
  })

  it('100,000 yuan, 4.35%, 3 months, by the day: 89 days from 2026-01-31 is 1,075.42', () => {
    const rows = buildSchedule(loan({ method: 'DAILY', annualRateBps: 435, termMonths: 3, startDate: '2026-01-31' }))
    // 10,000,000 × 435 × 89 / 3,600,000 = 107,541.67 → 107,542
    expect(rows).toEqual([{ period: 1, dueDate: '2026-04-30', principalFen: 10_000_000, interestFen: 107_542, totalFen: 10_107_542, remainingFen: 0 }])
  })
})

describe('buildSchedule: edge cases', () => {
  it('due dates clamp to month ends and are not chained', () => {
    const rows = buildSchedule(loan({ startDate: '2026-01-31', termMonths: 5 }))
    expect(rows.map((r) => r.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30'])
  })

  it('leap years: 2028-02-29 exists, 2029-02-29 does not', () => {
    expect(buildSchedule(loan({ startDate: '2028-01-31', termMonths: 2 })).map((r) => r.dueDate)).toEqual(['2028-02-29', '2028-03-31'])
    expect(buildSchedule(loan({ startDate: '2028-02-29', termMonths: 12 }))[11].dueDate).toBe('2029-02-28')
    const daily = buildSchedule(loan({ method: 'DAILY', startDate: '2028-02-01', termMonths: 1 }))
    expect(daily[0]).toMatchObject({ dueDate: '2028-03-01', interestFen: Math.round((10_000_000 * 490 * 29) / 3_600_000) })
  })

  it.each(REPAYMENT_METHODS.map((m) => [m]))('%s over 1 month pays principal plus one period of interest', (method) => {
    const input = loan({ method: method as RepaymentMethod, termMonths: 1 })
    const rows = buildSchedule(input)
    expectWellFormed(input, rows)
    const expectedInterest = method === 'DAILY' ? Math.round((10_000_000 * 490 * 31) / 3_600_000) : 40_833
    expect(rows).toEqual([{ period: 1, dueDate: '2026-02-15', principalFen: 10_000_000, interestFen: expectedInterest, totalFen: 10_000_000 + expectedInterest, remainingFen: 0 }])
  })

  it.each([
    ['EQUAL_INSTALLMENT', 1],
    ['EQUAL_INSTALLMENT', 3600],
    ['EQUAL_PRINCIPAL', 1],
    ['EQUAL_PRINCIPAL', 3600],
    ['INTEREST_ONLY', 1],
    ['INTEREST_ONLY', 3600],
    ['DAILY', 1],
    ['DAILY', 3600],
  ])('%s at %i bps over 360 months is well formed', (method, bps) => {
    const input = loan({ method: method as RepaymentMethod, annualRateBps: bps, termMonths: 360, principalFen: 123_456_789 })
    expectWellFormed(input, buildSchedule(input))
  })

  it('1 bps: 100,000 yuan earns 0.83 yuan a month', () => {
    expect(buildSchedule(loan({ annualRateBps: 1, method: 'INTEREST_ONLY' }))[0].interestFen).toBe(83)
    // 10,000,000 × r × (1 + r)^12 / ((1 + r)^12 − 1), r = 1 / 120,000: 833,378.47…
    expect(equalInstallmentPaymentFen(10_000_000, 1, 12)).toBe(833_378)
  })

  it('3600 bps: 3% a month', () => {
    expect(buildSchedule(loan({ annualRateBps: 3600, method: 'INTEREST_ONLY' }))[0].interestFen).toBe(300_000)
    // 10,000,000 × 0.03 × 1.03^12 / (1.03^12 − 1) = 1,004,620.85…
    expect(equalInstallmentPaymentFen(10_000_000, 3600, 12)).toBe(1_004_621)
  })

  it('a principal of a few fen over many periods never goes negative', () => {
    for (const method of REPAYMENT_METHODS) {
      for (const principalFen of [1, 2, 3, 7, 359, 4000]) {
        const input = loan({ method, principalFen, termMonths: 360, annualRateBps: 3600 })
        expectWellFormed(input, buildSchedule(input))
      }
    }
    // 4 fen over 6 months: round(4/6) = 1 a month until nothing remains
    expect(buildSchedule(loan({ method: 'EQUAL_PRINCIPAL', principalFen: 4, termMonths: 6 })).map((r) => r.principalFen)).toEqual([1, 1, 1, 1, 0, 0])
  })

  it.each<[string, Partial<ScheduleInput>]>([
    ['zero principal', { principalFen: 0 }],
    ['negative principal', { principalFen: -100 }],
    ['fractional principal', { principalFen: 100.5 }],
    ['unsafe principal', { principalFen: 2 ** 53 }],
    ['0 bps', { annualRateBps: 0 }],
    ['3601 bps', { annualRateBps: 3601 }],
    ['fractional bps', { annualRateBps: 4.35 }],
    ['0 months', { termMonths: 0 }],
    ['361 months', { termMonths: 361 }],
    ['unknown method', { method: 'BALLOON' as RepaymentMethod }],
    ['bad date', { startDate: '2026-02-30' }],
    ['date with time', { startDate: '2026-02-01T00:00' }],
  ])('rejects %s with a RangeError', (_name, overrides) => {
    expect(() => buildSchedule(loan(overrides))).toThrow(RangeError)
  })
})

describe('buildSchedule: properties', () => {
  it('principal parts sum to the principal, nothing is negative, remaining falls to 0', () => {
    fc.assert(
      fc.property(scheduleInputArb, (input) => {
        expectWellFormed(input, buildSchedule(input))
      }),
      { numRuns: 200 },
    )
  })

  it('follows the conventions row by row (checked in BigInt)', () => {
    fc.assert(
      fc.property(scheduleInputArb, (input) => {
        const rows = buildSchedule(input)
        const bps = BigInt(input.annualRateBps)
        const n = rows.length
        if (input.method === 'DAILY') {
          const days = BigInt(daysBetween(input.startDate, rows[0].dueDate))
          expect(rows[0].dueDate).toBe(addMonthsClamped(input.startDate, input.termMonths))
          expect(rows[0].interestFen).toBe(roundDiv(BigInt(input.principalFen) * bps * days, BigInt(3_600_000)))
          return
        }
        const payment = equalInstallmentPaymentFen(input.principalFen, input.annualRateBps, n)
        const part = equalPrincipalPartFen(input.principalFen, n)
        let before = input.principalFen
        const expected = rows.map((_row, i) => {
          const interestFen = roundDiv(BigInt(before) * bps, BigInt(120_000))
          let principalFen = 0
          if (i === n - 1) principalFen = before
          else if (input.method === 'EQUAL_INSTALLMENT') principalFen = Math.min(payment - interestFen, before)
          else if (input.method === 'EQUAL_PRINCIPAL') principalFen = Math.min(part, before)
          before -= principalFen
          const dueDate = addMonthsClamped(input.startDate, i + 1)
          return { period: i + 1, dueDate, principalFen, interestFen, totalFen: principalFen + interestFen, remainingFen: before }
        })
        expect(rows).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('the equal-instalment payment is the exact annuity rounded half up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: 1, max: 360 }),
        (p, bps, n) => {
          const payment = BigInt(equalInstallmentPaymentFen(p, bps, n))
          // exact payment = num / den; |payment − num/den| ≤ 1/2, with halves going up
          const a = BigInt(120_000 + bps)
          const b = BigInt(120_000)
          let aPow = BigInt(1)
          let bPow = BigInt(1)
          for (let i = 0; i < n; i++) {
            aPow *= a
            bPow *= b
          }
          const num = BigInt(p) * BigInt(bps) * aPow
          const den = b * (aPow - bPow)
          const twice = BigInt(2) * (payment * den - num)
          expect(twice >= -den && twice < den).toBe(true)
          // and close to the floating-point formula
          const r = bps / 120_000
          const float = (p * r * (1 + r) ** n) / ((1 + r) ** n - 1)
          expect(Math.abs(Number(payment) - float)).toBeLessThanOrEqual(0.5 + float * 1e-9)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('equal instalments pay the same every period but the last (rates up to 24%)', () => {
    fc.assert(
      fc.property(scheduleInputArb, (raw) => {
        const input: ScheduleInput = {
          ...raw,
          method: 'EQUAL_INSTALLMENT',
          principalFen: Math.max(raw.principalFen, 10_000_000),
          annualRateBps: Math.min(raw.annualRateBps, 2400),
        }
        const rows = buildSchedule(input)
        const payment = equalInstallmentPaymentFen(input.principalFen, input.annualRateBps, input.termMonths)
        expect(rows.slice(0, -1).every((r) => r.totalFen === payment)).toBe(true)
        // Rounding (≤ 1 fen a period between payment and interest) compounds at the loan's rate.
        const r = input.annualRateBps / 120_000
        const bound = ((1 + r) ** input.termMonths - 1) / r + 1
        expect(Math.abs(rows[rows.length - 1].totalFen - payment)).toBeLessThanOrEqual(bound)
      }),
      { numRuns: 200 },
    )
  })
})

describe('buildSchedule: the rounded payment at extreme rates', () => {
  it('at ~36% over 30 years the payment rounding compounds and repays the loan a period early', () => {
    // payment 299,091 fen is rounded up by a fraction of a fen; at 3% a month for 360 months that
    // overpays enough to clear the principal in period 359. The principal part is clamped to what
    // remains, and the last period pays nothing rather than a negative amount.
    const rows = buildSchedule(loan({ annualRateBps: 3589, termMonths: 360, startDate: '1969-12-31' }))
    expect(rows[357]).toMatchObject({ totalFen: 299_091, remainingFen: 161_906 })
    expect(rows[358]).toEqual({ period: 359, dueDate: '1999-11-30', principalFen: 161_906, interestFen: 4842, totalFen: 166_748, remainingFen: 0 })
    expect(rows[359]).toEqual({ period: 360, dueDate: '1999-12-31', principalFen: 0, interestFen: 0, totalFen: 0, remainingFen: 0 })
  })
})
