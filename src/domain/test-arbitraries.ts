/**
 * fast-check arbitraries shared by the domain's tests (not part of the public API).
 */
import fc from 'fast-check'
import type { RepaymentMethod, ScheduleInput } from './schedule'

/** Any real date from 1950 to 2099, as YYYY-MM-DD. */
export const isoDateArb = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

export const methodArb = fc.constantFrom<RepaymentMethod>('EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY', 'DAILY')

/** Principal from 1 fen to 10^11 fen, biased to both tiny and realistic amounts. */
export const principalArb = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.integer({ min: 1000, max: 100_000_000 }),
  fc.integer({ min: 1, max: 100_000_000_000 }),
)

export const rateArb = fc.oneof(fc.constantFrom(1, 3600), fc.integer({ min: 1, max: 3600 }))
export const termArb = fc.oneof(fc.constantFrom(1, 360), fc.integer({ min: 1, max: 360 }))

export const scheduleInputArb: fc.Arbitrary<ScheduleInput> = fc.record({
  principalFen: principalArb,
  annualRateBps: rateArb,
  termMonths: termArb,
  method: methodArb,
  startDate: isoDateArb,
})
