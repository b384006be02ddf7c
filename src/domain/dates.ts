/**
 * Calendar dates for the loan domain.
 *
 * Dates are plain `YYYY-MM-DD` strings (a calendar day, no time, no zone). All arithmetic
 * here is done on UTC day numbers, so the machine's time zone never matters. dayjs is set up
 * once in this module (utc plugin) and re-exported for the rest of the app; the domain itself
 * only needs it to know what "today" is in China.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** The configured dayjs (utc plugin loaded). Import it from here, never from 'dayjs' directly. */
export { dayjs }

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MIN_YEAR = 1000
const MAX_YEAR = 9999
/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_UTC_OFFSET_MINUTES = 8 * 60

interface YearMonthDay {
  year: number
  month: number // 1..12
  day: number // 1..31
}

/** Number of days in a month (month 1..12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Parses `YYYY-MM-DD` into its parts, or returns null when it is not a real calendar date. */
function parseParts(value: unknown): YearMonthDay | null {
  if (typeof value !== 'string') return null
  const match = ISO_DATE.exec(value)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (years 1000–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseParts(value) !== null
}

/** Parses a date or throws a RangeError naming the offending argument. */
function requireParts(value: unknown, name: string): YearMonthDay {
  const parts = parseParts(value)
  if (!parts) throw new RangeError(`${name} must be a real date written YYYY-MM-DD, got ${String(value)}`)
  return parts
}

/** Throws a RangeError unless `value` is a valid `YYYY-MM-DD` date. */
export function assertIsoDate(value: unknown, name = 'date'): asserts value is IsoDate {
  requireParts(value, name)
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

function formatParts({ year, month, day }: YearMonthDay): IsoDate {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`date out of range: year ${year}`)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** Day number since 1970-01-01 (UTC), exact for every supported date. */
function toDayNumber({ year, month, day }: YearMonthDay): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

function fromDayNumber(dayNumber: number): YearMonthDay {
  const d = new Date(dayNumber * MS_PER_DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/**
 * `date` plus `months` calendar months, clamped to the last day of the target month:
 * 2026-01-31 + 1 → 2026-02-28, + 2 → 2026-03-31. Always add from the original date
 * (never chain), so the day of month is not lost after a short month.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireParts(date, 'date')
  if (!Number.isSafeInteger(months)) throw new RangeError(`months must be an integer, got ${months}`)
  const monthIndex = year * 12 + (month - 1) + months
  const targetYear = Math.floor(monthIndex / 12)
  const targetMonth = monthIndex - targetYear * 12 + 1
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) throw new RangeError(`date out of range: ${date} + ${months} months`)
  return formatParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  })
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const parts = requireParts(date, 'date')
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`)
  return formatParts(fromDayNumber(toDayNumber(parts) + days))
}

/**
 * Calendar days from `fromDate` to `toDate` (0 when equal). Interest runs over these days.
 * Throws a RangeError when `toDate` is before `fromDate`.
 */
export function daysBetween(fromDate: IsoDate, toDate: IsoDate): number {
  const days = toDayNumber(requireParts(toDate, 'toDate')) - toDayNumber(requireParts(fromDate, 'fromDate'))
  if (days < 0) throw new RangeError(`toDate ${toDate} is before fromDate ${fromDate}`)
  return days
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (valid dates compare as strings). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a, 'a')
  assertIsoDate(b, 'b')
  return a < b ? -1 : a > b ? 1 : 0
}

/** Today's date in China (UTC+8), whatever the device's zone; `now` is injectable for tests. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return dayjs(now).utc().utcOffset(CHINA_UTC_OFFSET_MINUTES).format('YYYY-MM-DD')
}

/** A date the Chinese way, without leading zeros: '2026-01-05' → '2026年1月5日'. */
export function formatDateCn(date: IsoDate): string {
  const { year, month, day } = requireParts(date, 'date')
  return `${year}年${month}月${day}日`
}
