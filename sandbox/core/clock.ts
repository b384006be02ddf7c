/**
 * The sandbox's notion of time, in one place.
 *
 * - `today()` is the business date (Asia/Shanghai): the age check and every date-based rule of
 *   later journeys (interest days, due dates) use it. Test mode can pin it (`POST /test/clock`); the
 *   pin is stored in the database, so it survives a restart and is cleared by a reset.
 * - `now()` is the real instant, for expiries of tokens, SMS codes and face checks.
 */
import type { Db } from '../db/database'
import { getSetting, setSetting } from '../db/settings'
import { isIsoDate, todayInChina, type IsoDate } from './domain'

const TODAY_KEY = 'clock.today'

export interface Clock {
  now(): Date
  /** The ISO timestamp of now, as stored in the database. */
  nowIso(): string
  today(): IsoDate
  isOverridden(): boolean
  /** Pins today to a date, or back to the real date with null. */
  setToday(today: IsoDate | null): void
}

export function createClock(db: Db, realNow: () => Date = () => new Date()): Clock {
  const pinned = (): IsoDate | null => getSetting(db, TODAY_KEY)
  return {
    now: realNow,
    nowIso: () => realNow().toISOString(),
    today: () => pinned() ?? todayInChina(realNow()),
    isOverridden: () => pinned() !== null,
    setToday(today) {
      if (today !== null && !isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`)
      setSetting(db, TODAY_KEY, today)
    },
  }
}

/** An ISO timestamp `seconds` after `from`. */
export function isoAfter(from: Date, seconds: number): string {
  return new Date(from.getTime() + seconds * 1000).toISOString()
}
