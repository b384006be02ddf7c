/**
 * The seed of issue 4 (seed.yaml `businesses`, `taxRecords`, `creditBureau`, `communities`,
 * `properties`): the business registry, the tax bureau, the credit bureau and the property
 * registry the sandbox bank consults. Read and checked by load-seed.ts, written by apply-seed.ts.
 */
import type { Db } from '../../db/database'
import { validateUscc } from '../../core/domain'
import type { Reader, SeedPerson } from '../../seed/load-seed'

export type BusinessKind = 'INDIVIDUAL' | 'COMPANY'
export type BusinessRole = 'OPERATOR' | 'LEGAL_REP'
export type BusinessStatus = 'ACTIVE' | 'DEREGISTERED'
export type TaxRating = 'A' | 'B' | 'M' | 'C' | 'D'
export type PropertyOwner = 'SELF' | 'SPOUSE'

export interface SeedBusiness {
  uscc: string
  name: string
  kind: BusinessKind
  /** The registry person (P01...) linked to it. */
  person: string
  role: BusinessRole
  status: BusinessStatus
  registeredOn: string
  market?: string
}

export interface SeedTaxRecord {
  uscc: string
  rating: TaxRating
  /** Sales of the last 12 months. */
  yearlySalesFen: number
  /** Tax paid in the last 12 months. */
  taxPaidFen: number
}

export interface SeedCreditRecord {
  person: string
  currentOverdue: boolean
  overdueEpisodes24m: number
  existingDebtFen: number
}

export interface SeedCommunity {
  id: string
  name: string
  district: string
  unitPriceFenPerSqm: number
  buildings: { name: string; units: string[] }[]
}

export interface SeedProperty {
  certificateNumber: string
  community: string
  building: string
  unit: string
  areaSqm: number
  /** The registry person who is the owner, or whose spouse is. */
  person: string
  owner: PropertyOwner
  existingMortgageFen: number
  pledgedElsewhere: boolean
}

export interface LendingSeed {
  businesses: SeedBusiness[]
  taxRecords: SeedTaxRecord[]
  creditBureau: SeedCreditRecord[]
  communities: SeedCommunity[]
  properties: SeedProperty[]
}

export const LENDING_SEED_KEYS = ['businesses', 'taxRecords', 'creditBureau', 'communities', 'properties'] as const

type Obj = Record<string, unknown>

const ENTITY_ID = /^[A-Z0-9]{1,8}$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const PERSON_ID = /^P\d{2}$/

function bool(r: Reader, o: Obj, key: string, at: string): boolean {
  if (typeof o[key] !== 'boolean') {
    if (o[key] !== undefined) r.problem(`${at}.${key}`, 'must be true or false')
    return false
  }
  return o[key] as boolean
}

function area(r: Reader, o: Obj, at: string): number {
  const v = o.areaSqm
  if (typeof v !== 'number' || !(v > 0) || Math.round(v * 100) !== v * 100) {
    if (v !== undefined) r.problem(`${at}.areaSqm`, 'must be a positive number of square metres with at most 2 decimals')
    return 0
  }
  return v
}

function readBusinesses(r: Reader, value: unknown): SeedBusiness[] {
  return r.list(value ?? [], 'businesses').flatMap((item, i) => {
    const at = `businesses[${i}]`
    const o = r.object(item, at, { required: ['uscc', 'name', 'kind', 'person', 'role', 'status', 'registeredOn'], optional: ['market', 'note'] })
    if (!o) return []
    const uscc = r.text(o, 'uscc', at)
    const check = validateUscc(uscc)
    if (uscc && !check.ok) r.problem(`${at}.uscc`, check.message)
    const market = r.optionalText(o, 'market', at)
    if (market !== undefined && !ENTITY_ID.test(market)) r.problem(`${at}.market`, `must be an id matching ${ENTITY_ID}`)
    return [
      {
        uscc,
        name: r.text(o, 'name', at),
        kind: r.oneOf(o, 'kind', at, ['INDIVIDUAL', 'COMPANY'] as const),
        person: r.text(o, 'person', at, PERSON_ID),
        role: r.oneOf(o, 'role', at, ['OPERATOR', 'LEGAL_REP'] as const),
        status: r.oneOf(o, 'status', at, ['ACTIVE', 'DEREGISTERED'] as const),
        registeredOn: r.text(o, 'registeredOn', at, ISO_DATE),
        ...(market !== undefined ? { market } : {}),
      },
    ]
  })
}

function readTaxRecords(r: Reader, value: unknown): SeedTaxRecord[] {
  return r.list(value ?? [], 'taxRecords').flatMap((item, i) => {
    const at = `taxRecords[${i}]`
    const o = r.object(item, at, { required: ['uscc', 'rating', 'yearlySalesFen', 'taxPaidFen'], optional: ['note'] })
    if (!o) return []
    return [
      {
        uscc: r.text(o, 'uscc', at),
        rating: r.oneOf(o, 'rating', at, ['A', 'B', 'M', 'C', 'D'] as const),
        yearlySalesFen: r.int(o, 'yearlySalesFen', at, 0),
        taxPaidFen: r.int(o, 'taxPaidFen', at, 0),
      },
    ]
  })
}

function readCreditBureau(r: Reader, value: unknown): SeedCreditRecord[] {
  return r.list(value ?? [], 'creditBureau').flatMap((item, i) => {
    const at = `creditBureau[${i}]`
    const o = r.object(item, at, { required: ['person', 'currentOverdue', 'overdueEpisodes24m', 'existingDebtFen'], optional: ['note'] })
    if (!o) return []
    return [
      {
        person: r.text(o, 'person', at, PERSON_ID),
        currentOverdue: bool(r, o, 'currentOverdue', at),
        overdueEpisodes24m: r.int(o, 'overdueEpisodes24m', at, 0),
        existingDebtFen: r.int(o, 'existingDebtFen', at, 0),
      },
    ]
  })
}

function readCommunities(r: Reader, value: unknown): SeedCommunity[] {
  return r.list(value ?? [], 'communities').flatMap((item, i) => {
    const at = `communities[${i}]`
    const o = r.object(item, at, { required: ['id', 'name', 'district', 'unitPriceFenPerSqm', 'buildings'] })
    if (!o) return []
    const buildings = r.list(o.buildings, `${at}.buildings`).flatMap((b, j) => {
      const bat = `${at}.buildings[${j}]`
      const bo = r.object(b, bat, { required: ['name', 'units'] })
      if (!bo) return []
      const units = r.list(bo.units, `${bat}.units`).map((u, k) => {
        if (typeof u !== 'string' || !u.trim()) r.problem(`${bat}.units[${k}]`, 'must be a non-empty string')
        return String(u)
      })
      if (units.length === 0) r.problem(`${bat}.units`, 'must list at least one unit')
      return [{ name: r.text(bo, 'name', bat), units }]
    })
    return [
      {
        id: r.text(o, 'id', at, ENTITY_ID),
        name: r.text(o, 'name', at),
        district: r.text(o, 'district', at),
        unitPriceFenPerSqm: r.int(o, 'unitPriceFenPerSqm', at, 1),
        buildings,
      },
    ]
  })
}

function readProperties(r: Reader, value: unknown): SeedProperty[] {
  return r.list(value ?? [], 'properties').flatMap((item, i) => {
    const at = `properties[${i}]`
    const o = r.object(item, at, {
      required: ['certificateNumber', 'community', 'building', 'unit', 'areaSqm', 'person', 'owner', 'existingMortgageFen', 'pledgedElsewhere'],
      optional: ['note'],
    })
    if (!o) return []
    return [
      {
        certificateNumber: r.text(o, 'certificateNumber', at),
        community: r.text(o, 'community', at, ENTITY_ID),
        building: r.text(o, 'building', at),
        unit: r.text(o, 'unit', at),
        areaSqm: area(r, o, at),
        person: r.text(o, 'person', at, PERSON_ID),
        owner: r.oneOf(o, 'owner', at, ['SELF', 'SPOUSE'] as const),
        existingMortgageFen: r.int(o, 'existingMortgageFen', at, 0),
        pledgedElsewhere: bool(r, o, 'pledgedElsewhere', at),
      },
    ]
  })
}

function checkUnique(r: Reader, what: string, values: string[]): void {
  const seen = new Set<string>()
  for (const v of values) {
    if (seen.has(v)) r.problem(what, `duplicate "${v}"`)
    seen.add(v)
  }
}

/** Cross-references: people, markets, businesses, communities and their buildings and units. */
function checkLendingReferences(r: Reader, s: LendingSeed, people: SeedPerson[]): void {
  const personIds = new Set(people.map((p) => p.id))
  const businesses = new Map(s.businesses.map((b) => [b.uscc, b]))
  s.businesses.forEach((b, i) => {
    if (b.person && !personIds.has(b.person)) r.problem(`businesses[${i}].person`, `unknown registry person "${b.person}"`)
  })
  const taxed = new Set(s.taxRecords.map((t) => t.uscc))
  s.taxRecords.forEach((t, i) => businesses.has(t.uscc) || r.problem(`taxRecords[${i}].uscc`, `unknown business "${t.uscc}"`))
  s.businesses.forEach((b, i) => {
    if (b.status === 'ACTIVE' && !taxed.has(b.uscc)) r.problem(`businesses[${i}]`, `the active business "${b.uscc}" needs a taxRecords entry`)
  })
  s.creditBureau.forEach((c, i) => personIds.has(c.person) || r.problem(`creditBureau[${i}].person`, `unknown registry person "${c.person}"`))
  const communities = new Map(s.communities.map((c) => [c.id, c]))
  s.properties.forEach((p, i) => {
    const at = `properties[${i}]`
    if (p.person && !personIds.has(p.person)) r.problem(`${at}.person`, `unknown registry person "${p.person}"`)
    const community = communities.get(p.community)
    if (!community) return void r.problem(`${at}.community`, `unknown community "${p.community}"`)
    const building = community.buildings.find((b) => b.name === p.building)
    if (!building) return void r.problem(`${at}.building`, `"${p.building}" is not a building of ${p.community}`)
    if (!building.units.includes(p.unit)) r.problem(`${at}.unit`, `"${p.unit}" is not a unit of ${p.community} ${p.building}`)
  })
  checkUnique(r, 'businesses (uscc)', s.businesses.map((b) => b.uscc))
  checkUnique(r, 'taxRecords (uscc)', s.taxRecords.map((t) => t.uscc))
  checkUnique(r, 'creditBureau (person)', s.creditBureau.map((c) => c.person))
  checkUnique(r, 'communities', s.communities.map((c) => c.id))
  checkUnique(r, 'properties (certificateNumber)', s.properties.map((p) => p.certificateNumber))
  checkUnique(r, 'properties (address)', s.properties.map((p) => `${p.community} ${p.building} ${p.unit}`))
}

/** Reads and checks the issue 4 keys of the seed's top level (each may be absent: an empty list). */
export function readLendingSeed(r: Reader, root: Obj, people: SeedPerson[]): LendingSeed {
  const seed: LendingSeed = {
    businesses: readBusinesses(r, root.businesses),
    taxRecords: readTaxRecords(r, root.taxRecords),
    creditBureau: readCreditBureau(r, root.creditBureau),
    communities: readCommunities(r, root.communities),
    properties: readProperties(r, root.properties),
  }
  checkLendingReferences(r, seed, people)
  return seed
}

/** The markets businesses trade in must exist. */
export function checkLendingMarkets(r: Reader, seed: LendingSeed, marketIds: string[]): void {
  const markets = new Set(marketIds)
  seed.businesses.forEach((b, i) => {
    if (b.market !== undefined && !markets.has(b.market)) r.problem(`businesses[${i}].market`, `unknown market "${b.market}"`)
  })
}

/** Writes the issue 4 seed (inside the seeding transaction); people are keyed by ID number in the database. */
export function insertLendingSeed(db: Db, seed: LendingSeed, people: SeedPerson[]): void {
  const idNumberOf = new Map(people.map((p) => [p.id, p.idNumber]))
  const id = (person: string): string => {
    const idNumber = idNumberOf.get(person)
    if (!idNumber) throw new Error(`unknown registry person ${person}`)
    return idNumber
  }
  const business = db.prepare(
    `INSERT INTO registry_businesses (uscc, name, kind, id_number, role, status, registered_on, market_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const b of seed.businesses) business.run(b.uscc, b.name, b.kind, id(b.person), b.role, b.status, b.registeredOn, b.market ?? null)
  const tax = db.prepare('INSERT INTO tax_records (uscc, rating, yearly_sales_fen, tax_paid_fen) VALUES (?, ?, ?, ?)')
  for (const t of seed.taxRecords) tax.run(t.uscc, t.rating, t.yearlySalesFen, t.taxPaidFen)
  const bureau = db.prepare(
    'INSERT INTO credit_bureau (id_number, current_overdue, overdue_episodes_24m, existing_debt_fen) VALUES (?, ?, ?, ?)',
  )
  for (const c of seed.creditBureau) bureau.run(id(c.person), c.currentOverdue ? 1 : 0, c.overdueEpisodes24m, c.existingDebtFen)
  const community = db.prepare('INSERT INTO communities (id, name, district, unit_price_fen_per_sqm, position) VALUES (?, ?, ?, ?, ?)')
  const unit = db.prepare('INSERT INTO community_units (community_id, building, unit, position) VALUES (?, ?, ?, ?)')
  seed.communities.forEach((c, i) => {
    community.run(c.id, c.name, c.district, c.unitPriceFenPerSqm, i)
    let position = 0
    for (const b of c.buildings) for (const u of b.units) unit.run(c.id, b.name, u, position++)
  })
  const property = db.prepare(
    `INSERT INTO registry_properties (certificate_number, community_id, building, unit, area_centi_sqm, id_number, owner,
       existing_mortgage_fen, pledged_elsewhere)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const p of seed.properties) {
    property.run(p.certificateNumber, p.community, p.building, p.unit, Math.round(p.areaSqm * 100), id(p.person), p.owner, p.existingMortgageFen, p.pledgedElsewhere ? 1 : 0)
  }
}
