/**
 * The sandbox's notion of time, in one place.
 *
 * - `today()` is the business date (Asia/Shanghai): the age check and every date-based rule of
 *   later journeys (interest days, due dates) use it. Test mode can pin it (`POST /test/clock`); the
 *   pin is stored in the database, so it survives a restart and is cleared by a reset.
 * - `now()` is the real instant, for expiries of tokens, SMS codes, face checks and authorization
 *   tickets. Test mode can move it forward (`POST /test/clock` `advanceSeconds`); the offset is
 *   stored like the pin and cleared by a reset.
 */
import type { Db } from '../db/database'
import { getSetting, setSetting } from '../db/settings'
import { isIsoDate, todayInChina, type IsoDate } from './domain'

const TODAY_KEY = 'clock.today'
const OFFSET_KEY = 'clock.offsetSeconds'

export interface Clock {
  now(): Date
  /** The ISO timestamp of now, as stored in the database. */
  nowIso(): string
  today(): IsoDate
  isOverridden(): boolean
  /** Pins today to a date, or back to the real date with null. */
  setToday(today: IsoDate | null): void
  /** Moves now (and, unless pinned, today) forward by `seconds` (test mode). */
  advance(seconds: number): void
}

export function createClock(db: Db, realNow: () => Date = () => new Date()): Clock {
  const pinned = (): IsoDate | null => getSetting(db, TODAY_KEY)
  const offsetSeconds = (): number => Number(getSetting(db, OFFSET_KEY) ?? 0)
  const now = (): Date => {
    const offset = offsetSeconds()
    const real = realNow()
    return offset ? new Date(real.getTime() + offset * 1000) : real
  }
  return {
    now,
    nowIso: () => now().toISOString(),
    today: () => pinned() ?? todayInChina(now()),
    isOverridden: () => pinned() !== null,
    setToday(today) {
      if (today !== null && !isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`)
      setSetting(db, TODAY_KEY, today)
    },
    advance(seconds) {
      if (!Number.isSafeInteger(seconds) || seconds < 0) throw new RangeError(`seconds must be a whole number >= 0, got ${seconds}`)
      setSetting(db, OFFSET_KEY, String(offsetSeconds() + seconds))
    },
  }
}

/** An ISO timestamp `seconds` after `from`. */
export function isoAfter(from: Date, seconds: number): string {
  return new Date(from.getTime() + seconds * 1000).toISOString()
}
