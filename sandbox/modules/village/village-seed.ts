/**
 * The seed of issue 6 (seed.yaml `villageProduct`, `villageRosters`): the product of whole-village
 * pre-credit lines (整村授信), and each station's roster of households with their pre-approved
 * amount, rate and validity. Read and checked by load-seed.ts, written by apply-seed.ts.
 */
import type { Db } from '../../db/database'
import type { Reader, SeedPerson, SeedStation } from '../../seed/load-seed'
import { parseStationHours } from './hours'

export interface SeedVillageProduct {
  id: string
  name: string
  maxAmountFen: number
  minRateBps: number
  maxTermMonths: number
  summary: string
}

export interface SeedHousehold {
  /** The registry person (P06...) the household's line is for. */
  person: string
  amountFen: number
  annualRateBps: number
  validMonths: number
}

export interface SeedRoster {
  station: string
  households: SeedHousehold[]
}

export interface VillageSeed {
  product: SeedVillageProduct | null
  rosters: SeedRoster[]
}

export const VILLAGE_SEED_KEYS = ['villageProduct', 'villageRosters'] as const

const ENTITY_ID = /^[A-Z0-9]{1,8}$/
const PERSON_ID = /^P\d{2}$/

function readProduct(r: Reader, value: unknown): SeedVillageProduct | null {
  if (value === undefined) return null
  const at = 'villageProduct'
  const o = r.object(value, at, { required: ['id', 'name', 'maxAmountFen', 'minRateBps', 'maxTermMonths', 'summary'] })
  if (!o) return null
  return {
    id: r.text(o, 'id', at, ENTITY_ID),
    name: r.text(o, 'name', at),
    maxAmountFen: r.int(o, 'maxAmountFen', at, 1),
    minRateBps: r.int(o, 'minRateBps', at, 1),
    maxTermMonths: r.int(o, 'maxTermMonths', at, 1),
    summary: r.text(o, 'summary', at),
  }
}

function readRosters(r: Reader, value: unknown): SeedRoster[] {
  return r.list(value ?? [], 'villageRosters').flatMap((item, i) => {
    const at = `villageRosters[${i}]`
    const o = r.object(item, at, { required: ['station', 'households'] })
    if (!o) return []
    const households = r.list(o.households, `${at}.households`).flatMap((h, j) => {
      const hat = `${at}.households[${j}]`
      const ho = r.object(h, hat, { required: ['person', 'amountFen', 'annualRateBps', 'validMonths'], optional: ['note'] })
      if (!ho) return []
      return [
        {
          person: r.text(ho, 'person', hat, PERSON_ID),
          amountFen: r.int(ho, 'amountFen', hat, 1),
          annualRateBps: r.int(ho, 'annualRateBps', hat, 1),
          validMonths: r.int(ho, 'validMonths', hat, 1),
        },
      ]
    })
    return [{ station: r.text(o, 'station', at, ENTITY_ID), households }]
  })
}

/** Reads the village keys of the seed's top level and checks them against the people and stations. */
export function readVillageSeed(r: Reader, root: Record<string, unknown>, people: SeedPerson[], stations: SeedStation[]): VillageSeed {
  const seed = { product: readProduct(r, root.villageProduct), rosters: readRosters(r, root.villageRosters) }
  const personIds = new Set(people.map((p) => p.id))
  const stationIds = new Set(stations.map((s) => s.id))
  const seen = new Set<string>()
  const rostered = new Set<string>()
  seed.rosters.forEach((roster, i) => {
    const at = `villageRosters[${i}]`
    if (roster.station && !stationIds.has(roster.station)) r.problem(`${at}.station`, `unknown station "${roster.station}"`)
    if (seen.has(roster.station)) r.problem(`${at}.station`, `a second roster of "${roster.station}"`)
    seen.add(roster.station)
    roster.households.forEach((h, j) => {
      const hat = `${at}.households[${j}]`
      if (h.person && !personIds.has(h.person)) r.problem(`${hat}.person`, `unknown registry person "${h.person}"`)
      if (rostered.has(h.person)) r.problem(`${hat}.person`, `"${h.person}" is on a roster already`)
      rostered.add(h.person)
      if (seed.product && h.amountFen > seed.product.maxAmountFen) r.problem(`${hat}.amountFen`, `exceeds villageProduct.maxAmountFen`)
    })
  })
  if (seed.rosters.some((roster) => roster.households.length > 0) && !seed.product) r.problem('villageProduct', 'missing (the rosters need it)')
  // Visit slots are derived from each station's opening hours.
  stations.forEach((s, i) => {
    if (s.hours && !parseStationHours(s.hours)) r.problem(`stations[${i}].hours`, `"${s.hours}" must read like "每天 8:00–18:00" or "周一至周六 8:30–17:30"`)
  })
  return seed
}

/** Writes the village product (channel VILLAGE: not offered for applying) and the rosters. */
export function insertVillageSeed(db: Db, seed: VillageSeed, people: SeedPerson[]): void {
  const p = seed.product
  if (p) {
    db.prepare(
      `INSERT INTO products (id, name, kind, max_amount_fen, min_rate_bps, max_term_months, summary, channel)
       VALUES (?, ?, 'CREDIT', ?, ?, ?, ?, 'VILLAGE')`,
    ).run(p.id, p.name, p.maxAmountFen, p.minRateBps, p.maxTermMonths, p.summary)
  }
  const idNumberOf = new Map(people.map((person) => [person.id, person.idNumber]))
  const household = db.prepare(
    'INSERT INTO village_households (station_id, id_number, amount_fen, annual_rate_bps, valid_months) VALUES (?, ?, ?, ?, ?)',
  )
  for (const roster of seed.rosters) {
    for (const h of roster.households) household.run(roster.station, idNumberOf.get(h.person), h.amountFen, h.annualRateBps, h.validMonths)
  }
}
