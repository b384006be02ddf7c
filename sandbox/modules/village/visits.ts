/**
 * Visits at a village service station (到站办理预约): hourly slots of the next 5 days, cut from the
 * station's opening hours, 3 places a slot. Any signed-in user may book; the station's banker
 * calls back. A slot's id names it: `<stationId>-<YYYYMMDD>-<HHMM>`.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { addDays, type IsoDate } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { tx } from '../../db/database'
import { ENTRY_MESSAGES } from '../entry/service'
import { parseStationHours } from './hours'

/** Visits a slot holds. */
export const SLOT_CAPACITY = 3
/** Slots are offered for the days after today, up to this many. */
export const BOOKING_DAYS = 5
/** The first and last start hours of the day's slots (09:00–10:00 … 16:00–17:00). */
export const FIRST_SLOT_HOUR = 9
export const LAST_SLOT_HOUR = 16

export const VISIT_MESSAGES = {
  slotNotFound: '该时段不可预约，请重新选择时间',
  slotFull: '该时段已约满，请选择其他时间',
  alreadyBooked: '您已预约该时段，无需重复预约',
  visitNotFound: '未找到该预约',
  notCancellable: '预约日期已过，无法取消',
} as const

interface StationRow {
  id: string
  name: string
  hours: string
}

interface VisitRow {
  id: string
  user_id: string
  station_id: string
  station_name: string
  visit_date: string
  start_time: string
  end_time: string
  note: string | null
  status: Schemas['VisitStatus']
  created_at: string
}

interface Slot {
  id: string
  date: IsoDate
  startTime: string
  endTime: string
}

function stationOf(deps: SandboxDeps, stationId: string): StationRow {
  const row = deps.db.prepare('SELECT id, name, hours FROM stations WHERE id = ?').get(stationId) as StationRow | undefined
  if (!row) throw new SandboxError(404, 'STATION_NOT_FOUND', ENTRY_MESSAGES.stationNotFound)
  return row
}

const hhmm = (hour: number) => `${String(hour).padStart(2, '0')}:00`

function slotId(stationId: string, date: string, startTime: string): string {
  return `${stationId}-${date.replace(/-/g, '')}-${startTime.replace(':', '')}`
}

/** The slots of the station's next BOOKING_DAYS days (none on days it is closed). */
function slotsOf(deps: SandboxDeps, station: StationRow): Slot[] {
  const hours = parseStationHours(station.hours)
  // The seed check guarantees the hours read; a station without readable hours offers no slots.
  if (!hours) return []
  const today = deps.clock.today()
  const slots: Slot[] = []
  for (let d = 1; d <= BOOKING_DAYS; d++) {
    const date = addDays(today, d)
    if (!hours.days.has(new Date(`${date}T00:00:00Z`).getUTCDay())) continue
    for (let h = FIRST_SLOT_HOUR; h <= LAST_SLOT_HOUR; h++) {
      if (h * 60 < hours.opens || (h + 1) * 60 > hours.closes) continue
      slots.push({ id: slotId(station.id, date, hhmm(h)), date, startTime: hhmm(h), endTime: hhmm(h + 1) })
    }
  }
  return slots
}

function bookedCount(deps: SandboxDeps, stationId: string, date: string, startTime: string): number {
  const row = deps.db
    .prepare("SELECT COUNT(*) AS n FROM station_visits WHERE station_id = ? AND visit_date = ? AND start_time = ? AND status = 'BOOKED'")
    .get(stationId, date, startTime) as { n: number }
  return row.n
}

export function listStationSlots(deps: SandboxDeps, stationId: string): Schemas['SlotList'] {
  const station = stationOf(deps, stationId)
  return {
    slots: slotsOf(deps, station).map((s) => ({ ...s, available: bookedCount(deps, station.id, s.date, s.startTime) < SLOT_CAPACITY })),
  }
}

const SELECT_VISIT = `SELECT v.*, s.name AS station_name FROM station_visits v JOIN stations s ON s.id = v.station_id`

function toVisit(row: VisitRow): Schemas['Visit'] {
  const visit: Schemas['Visit'] = {
    id: row.id,
    stationId: row.station_id,
    stationName: row.station_name,
    date: row.visit_date,
    startTime: row.start_time,
    endTime: row.end_time,
    status: row.status,
    createdAt: row.created_at,
  }
  if (row.note) visit.note = row.note
  return visit
}

function visitOf(deps: SandboxDeps, userId: string, visitId: string): VisitRow | undefined {
  return deps.db.prepare(`${SELECT_VISIT} WHERE v.id = ? AND v.user_id = ?`).get(visitId, userId) as VisitRow | undefined
}

/**
 * Checked in order: the station (404 STATION_NOT_FOUND), the slot among the station's current
 * slots (404 SLOT_NOT_FOUND), not booked by the caller already (409 VISIT_ALREADY_BOOKED), a place
 * left (409 SLOT_FULL).
 */
export function bookVisit(deps: SandboxDeps, userId: string, stationId: string, req: Schemas['VisitRequest']): Schemas['Visit'] {
  const station = stationOf(deps, stationId)
  const slot = slotsOf(deps, station).find((s) => s.id === req.slotId)
  if (!slot) throw new SandboxError(404, 'SLOT_NOT_FOUND', VISIT_MESSAGES.slotNotFound)
  const id = crypto.randomBytes(12).toString('base64url')
  tx(deps.db, () => {
    const mine = deps.db
      .prepare("SELECT id FROM station_visits WHERE user_id = ? AND station_id = ? AND visit_date = ? AND start_time = ? AND status = 'BOOKED'")
      .get(userId, station.id, slot.date, slot.startTime) as { id: string } | undefined
    if (mine) throw new SandboxError(409, 'VISIT_ALREADY_BOOKED', VISIT_MESSAGES.alreadyBooked, { visitId: mine.id })
    if (bookedCount(deps, station.id, slot.date, slot.startTime) >= SLOT_CAPACITY) {
      throw new SandboxError(409, 'SLOT_FULL', VISIT_MESSAGES.slotFull)
    }
    const note = req.note?.trim()
    deps.db
      .prepare(
        `INSERT INTO station_visits (id, user_id, station_id, visit_date, start_time, end_time, note, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?)`,
      )
      .run(id, userId, station.id, slot.date, slot.startTime, slot.endTime, note ? note : null, deps.clock.nowIso())
  })
  return toVisit(visitOf(deps, userId, id)!)
}

/** The caller's visits, in time order of the visit. */
export function listVisits(deps: SandboxDeps, userId: string): Schemas['VisitList'] {
  const rows = deps.db
    .prepare(`${SELECT_VISIT} WHERE v.user_id = ? ORDER BY v.visit_date, v.start_time, v.created_at, v.rowid`)
    .all(userId) as VisitRow[]
  return { visits: rows.map(toVisit) }
}

/** Cancels the caller's visit (404 VISIT_NOT_FOUND for anyone else's; 409 once its day has passed). */
export function cancelVisit(deps: SandboxDeps, userId: string, visitId: string): void {
  const visit = visitOf(deps, userId, visitId)
  if (!visit) throw new SandboxError(404, 'VISIT_NOT_FOUND', VISIT_MESSAGES.visitNotFound)
  if (visit.status === 'CANCELLED') return
  if (visit.visit_date < deps.clock.today()) throw new SandboxError(409, 'VISIT_NOT_CANCELLABLE', VISIT_MESSAGES.notCancellable)
  deps.db
    .prepare("UPDATE station_visits SET status = 'CANCELLED', cancelled_at = ? WHERE id = ? AND user_id = ?")
    .run(deps.clock.nowIso(), visitId, userId)
}
