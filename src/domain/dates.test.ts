import fc from 'fast-check'
import {
  addDays,
  addMonthsClamped,
  assertIsoDate,
  compareDates,
  dayjs,
  daysBetween,
  daysInMonth,
  formatDateCn,
  isIsoDate,
  todayInChina,
} from './dates'

/** Any real date from 1900 to 2199, as YYYY-MM-DD. */
const isoDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('isIsoDate', () => {
  it.each([
    ['2026-01-05', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-1-05', false],
    ['2026-01-05T00:00:00Z', false],
    [' 2026-01-05', false],
    ['0999-01-01', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })

  it('rejects non-strings', () => {
    expect(isIsoDate(20260105)).toBe(false)
    expect(isIsoDate(null)).toBe(false)
    expect(() => assertIsoDate('2026-02-30', 'startDate')).toThrow(RangeError)
    expect(() => assertIsoDate('2026-02-30', 'startDate')).toThrow(/startDate/)
  })
})

describe('addMonthsClamped', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-01-31', 13, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-01-15', 360, '2056-01-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected)
  })

  it('adds from the original date, never chained (day 31 comes back after February)', () => {
    const dates = [1, 2, 3, 4].map((k) => addMonthsClamped('2026-01-31', k))
    expect(dates).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'])
  })

  it('agrees with dayjs month arithmetic', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -24, max: 360 }), (date, months) => {
        expect(addMonthsClamped(date, months)).toBe(dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD'))
      }),
      { numRuns: 200 },
    )
  })

  it('rejects bad input', () => {
    expect(() => addMonthsClamped('2026-02-30', 1)).toThrow(RangeError)
    expect(() => addMonthsClamped('2026-01-31', 1.5)).toThrow(RangeError)
    expect(() => addMonthsClamped('9999-12-01', 1)).toThrow(RangeError)
  })
})

describe('daysBetween and addDays', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-28', '2026-03-30', 2], // across the European DST change: no zone effects
    ['2026-01-31', '2026-04-30', 89],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days)
    expect(addDays(from, days)).toBe(to)
  })

  it('throws when the dates are in the wrong order', () => {
    expect(() => daysBetween('2026-01-02', '2026-01-01')).toThrow(RangeError)
  })

  it('agrees with dayjs and round-trips through addDays', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 0, max: 20_000 }), (from, days) => {
        const to = addDays(from, days)
        expect(daysBetween(from, to)).toBe(days)
        expect(dayjs.utc(to).diff(dayjs.utc(from), 'day')).toBe(days)
      }),
      { numRuns: 200 },
    )
  })
})

describe('small helpers', () => {
  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days)
  })

  it('compares dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1)
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0)
    expect(compareDates('2026-10-02', '2026-09-30')).toBe(1)
  })

  it.each([
    ['2026-01-05', '2026年1月5日'],
    ['2026-12-31', '2026年12月31日'],
    ['2000-10-01', '2000年10月1日'],
  ])('formatDateCn(%s) = %s', (date, text) => {
    expect(formatDateCn(date)).toBe(text)
  })

  it('knows today in China whatever the device zone', () => {
    expect(todayInChina(new Date('2026-01-04T16:30:00Z'))).toBe('2026-01-05')
    expect(todayInChina(new Date('2026-01-04T15:59:59Z'))).toBe('2026-01-04')
    expect(isIsoDate(todayInChina())).toBe(true)
  })
})
