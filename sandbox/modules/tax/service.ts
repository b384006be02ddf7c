/**
 * Tax authorization (纳税授权 / 银税互动): the borrower picks a business the registry links to them,
 * accepts the TAX_AUTH letter, and the bank fetches the tax bureau's figures. Each authorization
 * keeps the consent record (and so the exact letter version and time) it was given under.
 */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { validateUscc } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { tx } from '../../db/database'
import { getSetting, setSetting } from '../../db/settings'
import { CONSENT_MESSAGES, recordConsent } from '../consent/service'
import { requireVerifiedPerson } from './person'

export const TAX_MESSAGES = {
  businessNotFound: '未查询到该企业，请核对统一社会信用代码',
  businessNotLinked: '该企业与您的身份信息不关联，需由经营者或法定代表人本人授权',
  businessDeregistered: '该企业已注销，无法授权',
  serviceUnavailable: '税务数据服务暂时不可用，请稍后重试',
  profileNotFound: '您还没有完成纳税授权，请先授权查询纳税信息',
} as const

const SERVICE_DOWN_KEY = 'tax.serviceDown'

interface BusinessRow {
  uscc: string
  name: string
  kind: Schemas['TaxBusiness']['kind']
  id_number: string
  role: Schemas['TaxBusiness']['role']
  status: Schemas['TaxBusiness']['status']
  registered_on: string
}

export interface TaxAuthorizationRow {
  id: number
  user_id: string
  uscc: string
  business_name: string
  months_in_business: number
  yearly_sales_fen: number
  tax_paid_fen: number
  tax_rating: Schemas['TaxRating']
  consent_id: number
  consent_version: string
  fetched_at: string
}

/** Whole calendar months from `from` to `to` (YYYY-MM-DD): 2023-10-01 → 2026-12-01 is 38. */
export function wholeMonthsBetween(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)))
  return Math.max(0, to.slice(8) < from.slice(8) ? months - 1 : months)
}

function toBusiness(row: BusinessRow): Schemas['TaxBusiness'] {
  return { uscc: row.uscc, name: row.name, kind: row.kind, role: row.role, status: row.status, registeredOn: row.registered_on }
}

function toProfile(row: TaxAuthorizationRow): Schemas['TaxProfile'] {
  return {
    uscc: row.uscc,
    businessName: row.business_name,
    monthsInBusiness: row.months_in_business,
    yearlySalesFen: row.yearly_sales_fen,
    taxPaidFen: row.tax_paid_fen,
    taxRating: row.tax_rating,
    fetchedAt: row.fetched_at,
    consentVersion: row.consent_version,
  }
}

/** The businesses the registry links to the verified person: active ones first, newest first. */
export function listTaxBusinesses(deps: SandboxDeps, userId: string): Schemas['TaxBusinessList'] {
  const person = requireVerifiedPerson(deps, userId)
  const rows = deps.db
    .prepare(
      `SELECT uscc, name, kind, id_number, role, status, registered_on FROM registry_businesses
       WHERE id_number = ? ORDER BY status = 'ACTIVE' DESC, registered_on DESC, uscc`,
    )
    .all(person.idNumber) as BusinessRow[]
  return { businesses: rows.map(toBusiness) }
}

export function isTaxServiceAvailable(deps: SandboxDeps): boolean {
  return getSetting(deps.db, SERVICE_DOWN_KEY) === null
}

/** Test mode: simulate the tax bureau's data service being down (cleared by a reset). */
export function setTaxServiceAvailable(deps: SandboxDeps, available: boolean): void {
  setSetting(deps.db, SERVICE_DOWN_KEY, available ? null : 'down')
  deps.log(`[test] tax service ${available ? 'available' : 'unavailable'}`)
}

/**
 * Checked in order: verified identity (403 IDENTITY_REQUIRED); the code's format and check
 * character (422 USCC_INVALID); the current letter version (409 CONSENT_VERSION_STALE); known to
 * the registry (404 BUSINESS_NOT_FOUND); linked to this person (403 BUSINESS_NOT_LINKED); not
 * deregistered (422 BUSINESS_DEREGISTERED); the tax service is up (503 TAX_SERVICE_UNAVAILABLE).
 * Then the consent and the fetched figures are recorded together.
 */
export function authorizeTax(deps: SandboxDeps, userId: string, req: Schemas['TaxAuthorizationRequest']): Schemas['TaxProfile'] {
  const person = requireVerifiedPerson(deps, userId)
  const uscc = req.uscc.trim().toUpperCase()
  const format = validateUscc(uscc)
  if (!format.ok) throw new SandboxError(422, 'USCC_INVALID', format.message)
  const letter = deps.documents.get('TAX_AUTH')
  if (!letter) throw new Error('no consent document of kind TAX_AUTH')
  if (req.consentVersion !== letter.version) {
    throw new SandboxError(409, 'CONSENT_VERSION_STALE', CONSENT_MESSAGES.versionStale, { kind: 'TAX_AUTH', currentVersion: letter.version })
  }
  const business = deps.db
    .prepare('SELECT uscc, name, kind, id_number, role, status, registered_on FROM registry_businesses WHERE uscc = ?')
    .get(uscc) as BusinessRow | undefined
  if (!business) throw new SandboxError(404, 'BUSINESS_NOT_FOUND', TAX_MESSAGES.businessNotFound)
  if (business.id_number !== person.idNumber) throw new SandboxError(403, 'BUSINESS_NOT_LINKED', TAX_MESSAGES.businessNotLinked)
  if (business.status === 'DEREGISTERED') throw new SandboxError(422, 'BUSINESS_DEREGISTERED', TAX_MESSAGES.businessDeregistered)
  if (!isTaxServiceAvailable(deps)) throw new SandboxError(503, 'TAX_SERVICE_UNAVAILABLE', TAX_MESSAGES.serviceUnavailable)
  const record = deps.db.prepare('SELECT rating, yearly_sales_fen, tax_paid_fen FROM tax_records WHERE uscc = ?').get(uscc) as
    | { rating: Schemas['TaxRating']; yearly_sales_fen: number; tax_paid_fen: number }
    | undefined
  // The seed loader requires a tax record for every active business.
  if (!record) throw new Error(`no tax record for ${uscc}`)
  const id = tx(deps.db, () => {
    const consent = recordConsent(deps, userId, { kind: 'TAX_AUTH', version: req.consentVersion, granted: true })
    return deps.db
      .prepare(
        `INSERT INTO tax_authorizations (user_id, uscc, business_name, months_in_business, yearly_sales_fen, tax_paid_fen,
           tax_rating, consent_id, consent_version, fetched_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        userId,
        uscc,
        business.name,
        wholeMonthsBetween(business.registered_on, deps.clock.today()),
        record.yearly_sales_fen,
        record.tax_paid_fen,
        record.rating,
        consent.id,
        consent.version,
        consent.recordedAt,
      ).lastInsertRowid
  })
  const row = deps.db.prepare('SELECT * FROM tax_authorizations WHERE id = ? AND user_id = ?').get(id, userId) as TaxAuthorizationRow
  return toProfile(row)
}

/** The user's latest authorization, if any. */
export function latestTaxAuthorization(deps: SandboxDeps, userId: string): TaxAuthorizationRow | undefined {
  return deps.db.prepare('SELECT * FROM tax_authorizations WHERE user_id = ? ORDER BY id DESC LIMIT 1').get(userId) as TaxAuthorizationRow | undefined
}

export function getTaxProfile(deps: SandboxDeps, userId: string): Schemas['TaxProfile'] {
  requireVerifiedPerson(deps, userId)
  const row = latestTaxAuthorization(deps, userId)
  if (!row) throw new SandboxError(404, 'TAX_PROFILE_NOT_FOUND', TAX_MESSAGES.profileNotFound)
  return toProfile(row)
}
