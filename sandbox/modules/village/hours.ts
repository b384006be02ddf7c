/**
 * A station's opening hours as printed on its plate (`Station.hours`, e.g. "每天 8:00–18:00",
 * "周一至周六 8:30–17:30"), read into the days and times the visit slots are cut from.
 */

export interface StationHours {
  /** Days open, 0 = Sunday … 6 = Saturday (as Date.getUTCDay). */
  days: ReadonlySet<number>
  /** Minutes after midnight. */
  opens: number
  closes: number
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 }
const HOURS = /^(每天|周([一二三四五六日天])至周([一二三四五六日天]))\s*(\d{1,2}):(\d{2})\s*[–—~-]\s*(\d{1,2}):(\d{2})$/

function minutes(h: string, m: string): number | null {
  const hh = Number(h)
  const mm = Number(m)
  return hh <= 24 && mm < 60 ? hh * 60 + mm : null
}

/** The hours, or null when the text does not read as hours (the seed check reports it). */
export function parseStationHours(text: string): StationHours | null {
  const match = HOURS.exec(text.trim())
  if (!match) return null
  const opens = minutes(match[4], match[5])
  const closes = minutes(match[6], match[7])
  if (opens === null || closes === null || opens >= closes) return null
  const days = new Set<number>()
  if (match[1] === '每天') for (let d = 0; d < 7; d++) days.add(d)
  else {
    // Monday-based order, so that 周一至周日 covers the week.
    const from = (WEEKDAYS[match[2]] + 6) % 7
    const to = (WEEKDAYS[match[3]] + 6) % 7
    if (from > to) return null
    for (let d = from; d <= to; d++) days.add((d + 1) % 7)
  }
  return { days, opens, closes }
}
