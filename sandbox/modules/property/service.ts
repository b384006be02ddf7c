/**
 * Property valuation (房产评估): the borrower names a property by its certificate number or by its
 * address and area; the bank checks the property registry (owned by the borrower or their spouse,
 * not pledged elsewhere) and values it automatically.
 *
 * The model: the community's unit price (fen per m²) × the area, a range of ±8%; the extra line
 * it supports is 70% of the value less the existing mortgage, rounded down to 1,000 yuan.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'
import { requireVerifiedPerson } from '../tax/person'

export const PROPERTY_MESSAGES = {
  notFound: '未查询到该房产，请核对不动产权证号或房屋地址',
  notOwned: '该房产不在您或配偶名下',
  pledged: '该房产已抵押给其他机构，暂不能用于增信',
  valueTooLow: '房产评估价值不足以提升额度',
} as const

export const LOAN_TO_VALUE_PERCENT = 70
export const RANGE_PERCENT = 8
export const EXTRA_STEP_FEN = 100_000 // 1,000 yuan

interface PropertyRow {
  certificate_number: string
  community_id: string
  building: string
  unit: string
  area_centi_sqm: number
  id_number: string
  owner: Schemas['PropertyOwner']
  existing_mortgage_fen: number
  pledged_elsewhere: 0 | 1
  community_name: string
  district: string
  unit_price_fen_per_sqm: number
}

export interface ValuationRow {
  id: string
  user_id: string
  certificate_number: string
  address: string
  area_centi_sqm: number
  owner: Schemas['PropertyOwner']
  value_fen: number
  range_low_fen: number
  range_high_fen: number
  valuation_date: string
  existing_mortgage_fen: number
  supported_extra_fen: number
  created_at: string
}

export interface ValuationFigures {
  valueFen: number
  rangeLowFen: number
  rangeHighFen: number
  supportedExtraFen: number
}

/** The valuation model (pure): area in hundredths of a square metre. */
export function valuationFigures(unitPriceFenPerSqm: number, areaCentiSqm: number, existingMortgageFen: number): ValuationFigures {
  const valueFen = Math.round((unitPriceFenPerSqm * areaCentiSqm) / 100)
  const lendable = Math.floor((valueFen * LOAN_TO_VALUE_PERCENT) / 100) - existingMortgageFen
  return {
    valueFen,
    rangeLowFen: Math.round((valueFen * (100 - RANGE_PERCENT)) / 100),
    rangeHighFen: Math.round((valueFen * (100 + RANGE_PERCENT)) / 100),
    supportedExtraFen: Math.max(0, Math.floor(lendable / EXTRA_STEP_FEN) * EXTRA_STEP_FEN),
  }
}

export function listCommunities(deps: SandboxDeps): Schemas['CommunityList'] {
  const communities = deps.db.prepare('SELECT id, name, district FROM communities ORDER BY position').all() as { id: string; name: string; district: string }[]
  const units = deps.db.prepare('SELECT community_id, building, unit FROM community_units ORDER BY community_id, position').all() as {
    community_id: string
    building: string
    unit: string
  }[]
  return {
    communities: communities.map((c) => {
      const buildings: Schemas['CommunityBuilding'][] = []
      for (const u of units.filter((x) => x.community_id === c.id)) {
        let building = buildings.find((b) => b.name === u.building)
        if (!building) buildings.push((building = { name: u.building, units: [] }))
        building.units.push(u.unit)
      }
      return { id: c.id, name: c.name, district: c.district, buildings }
    }),
  }
}

const SELECT_PROPERTY = `SELECT p.*, c.name AS community_name, c.district, c.unit_price_fen_per_sqm
  FROM registry_properties p JOIN communities c ON c.id = p.community_id`

/** Certificate numbers are compared without spaces and with half-width parentheses. */
export function normalizeCertificateNumber(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
}

function findProperty(deps: SandboxDeps, req: Schemas['PropertyValuationRequest']): { property: PropertyRow; areaCentiSqm: number } {
  if ('certificateNumber' in req) {
    const property = deps.db.prepare(`${SELECT_PROPERTY} WHERE p.certificate_number = ?`).get(normalizeCertificateNumber(req.certificateNumber)) as
      | PropertyRow
      | undefined
    if (!property) throw new SandboxError(404, 'PROPERTY_NOT_FOUND', PROPERTY_MESSAGES.notFound)
    return { property, areaCentiSqm: property.area_centi_sqm }
  }
  const property = deps.db
    .prepare(`${SELECT_PROPERTY} WHERE p.community_id = ? AND p.building = ? AND p.unit = ?`)
    .get(req.communityId, req.building.trim(), req.unit.trim()) as PropertyRow | undefined
  if (!property) throw new SandboxError(404, 'PROPERTY_NOT_FOUND', PROPERTY_MESSAGES.notFound)
  // By address the borrower states the area (as on the certificate); the model values that.
  return { property, areaCentiSqm: Math.round(req.areaSqm * 100) }
}

function toValuation(row: ValuationRow): Schemas['PropertyValuation'] {
  return {
    id: row.id,
    address: row.address,
    areaSqm: row.area_centi_sqm / 100,
    owner: row.owner,
    valueFen: row.value_fen,
    rangeLowFen: row.range_low_fen,
    rangeHighFen: row.range_high_fen,
    valuationDate: row.valuation_date,
    existingMortgageFen: row.existing_mortgage_fen,
    supportedExtraFen: row.supported_extra_fen,
    spouseAuthorizationRequired: row.owner === 'SPOUSE',
  }
}

/**
 * Checked in order: verified identity (403 IDENTITY_REQUIRED); in the registry (404
 * PROPERTY_NOT_FOUND); owned by the borrower or their spouse (403 PROPERTY_NOT_OWNED); not pledged
 * to another institution (409 PROPERTY_PLEDGED); supports some extra line (422 PROPERTY_VALUE_TOO_LOW).
 */
export function createValuation(deps: SandboxDeps, userId: string, req: Schemas['PropertyValuationRequest']): Schemas['PropertyValuation'] {
  const person = requireVerifiedPerson(deps, userId)
  const { property, areaCentiSqm } = findProperty(deps, req)
  if (property.id_number !== person.idNumber) throw new SandboxError(403, 'PROPERTY_NOT_OWNED', PROPERTY_MESSAGES.notOwned)
  if (property.pledged_elsewhere === 1) throw new SandboxError(409, 'PROPERTY_PLEDGED', PROPERTY_MESSAGES.pledged)
  const figures = valuationFigures(property.unit_price_fen_per_sqm, areaCentiSqm, property.existing_mortgage_fen)
  if (figures.supportedExtraFen === 0) {
    throw new SandboxError(422, 'PROPERTY_VALUE_TOO_LOW', PROPERTY_MESSAGES.valueTooLow, { valueFen: figures.valueFen })
  }
  const id = crypto.randomBytes(12).toString('base64url')
  deps.db
    .prepare(
      `INSERT INTO property_valuations (id, user_id, certificate_number, address, area_centi_sqm, owner, value_fen, range_low_fen,
         range_high_fen, valuation_date, existing_mortgage_fen, supported_extra_fen, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      userId,
      property.certificate_number,
      `${property.district}${property.community_name}${property.building}${property.unit}`,
      areaCentiSqm,
      property.owner,
      figures.valueFen,
      figures.rangeLowFen,
      figures.rangeHighFen,
      deps.clock.today(),
      property.existing_mortgage_fen,
      figures.supportedExtraFen,
      deps.clock.nowIso(),
    )
  return toValuation(valuationOf(deps, userId, id)!)
}

/** The user's valuation (undefined for anyone else's). */
export function valuationOf(deps: SandboxDeps, userId: string, valuationId: string): ValuationRow | undefined {
  return deps.db.prepare('SELECT * FROM property_valuations WHERE id = ? AND user_id = ?').get(valuationId, userId) as ValuationRow | undefined
}
