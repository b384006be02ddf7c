/**
 * Whole-village pre-credit (整村授信): the bank has pre-approved a line for each household on a
 * station's roster (seed.yaml villageRosters). The verified villager reads it, accepts the
 * VILLAGE_AGREEMENT and activates it: an ACTIVE CREDIT line opens at once, made by the credit-line
 * module, on the village product (channel VILLAGE). The loan ledger then draws and repays on it
 * like on any line.
 */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { addMonthsClamped } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { tx } from '../../db/database'
import { recordConsent } from '../consent/service'
import { createCreditLine, listCreditLines } from '../credit-line/service'
import { identityRow, sealContext } from '../identity/service'
import { requireVerifiedPerson } from '../tax/person'

export const AGREEMENT_KIND = 'VILLAGE_AGREEMENT' as const

export const PRE_CREDIT_MESSAGES = {
  notOnRoster: '您暂不在本村授信名单中，可正常申请或联系客户经理',
  alreadyActivated: '您的整村授信额度已激活，可直接用款',
} as const

interface HouseholdRow {
  id: number
  station_id: string
  station_name: string
  village: string
  amount_fen: number
  annual_rate_bps: number
  valid_months: number
}

interface ActivationRow {
  household_id: number
  user_id: string
  credit_line_id: string
  activated_at: string
}

/** The ID number of a fully verified user (mobile, ID and face), else null. */
function verifiedIdNumber(deps: SandboxDeps, userId: string): string | null {
  const row = identityRow(deps, userId)
  if (!row?.mobile_enc || !row.id_verified_at || !row.face_verified_at || !row.id_number_enc) return null
  return deps.vault.open(row.id_number_enc, sealContext.idNumber(userId))
}

function householdOf(deps: SandboxDeps, idNumber: string): HouseholdRow | undefined {
  return deps.db
    .prepare(
      `SELECT h.id, h.station_id, s.name AS station_name, s.village, h.amount_fen, h.annual_rate_bps, h.valid_months
       FROM village_households h JOIN stations s ON s.id = h.station_id WHERE h.id_number = ?`,
    )
    .get(idNumber) as HouseholdRow | undefined
}

function activationOf(deps: SandboxDeps, householdId: number): ActivationRow | undefined {
  return deps.db
    .prepare('SELECT household_id, user_id, credit_line_id, activated_at FROM village_activations WHERE household_id = ?')
    .get(householdId) as ActivationRow | undefined
}

function agreement(deps: SandboxDeps) {
  const doc = deps.documents.get(AGREEMENT_KIND)
  // The catalog is checked at start to hold every kind.
  if (!doc) throw new Error('no VILLAGE_AGREEMENT document')
  return doc
}

export function getPreCredit(deps: SandboxDeps, userId: string): Schemas['PreCredit'] {
  const idNumber = verifiedIdNumber(deps, userId)
  if (!idNumber) return { status: 'NOT_VERIFIED' }
  const household = householdOf(deps, idNumber)
  if (!household) return { status: 'NOT_ON_ROSTER' }
  const offer = {
    stationId: household.station_id,
    stationName: household.station_name,
    village: household.village,
    amountFen: household.amount_fen,
    annualRateBps: household.annual_rate_bps,
    validMonths: household.valid_months,
  }
  const activation = activationOf(deps, household.id)
  if (activation) {
    // Only the user who activated sees the line (an ID number is verified by one user at a time).
    const mine = activation.user_id === userId ? { creditLineId: activation.credit_line_id } : {}
    return { status: 'ACTIVATED', ...offer, ...mine, activatedAt: activation.activated_at }
  }
  const doc = agreement(deps)
  return { status: 'AVAILABLE', ...offer, agreement: { version: doc.version, title: doc.title, body: doc.body } }
}

function villageProductId(deps: SandboxDeps): string {
  const row = deps.db.prepare("SELECT id FROM products WHERE channel = 'VILLAGE' ORDER BY id LIMIT 1").get() as { id: string } | undefined
  // The seed check requires villageProduct whenever a roster has a household.
  if (!row) throw new Error('no village product in the seed')
  return row.id
}

/**
 * Checked in order: verified identity, face included (403 IDENTITY_REQUIRED); on a roster (403
 * NOT_ON_ROSTER); not activated (409 PRE_CREDIT_ALREADY_ACTIVATED); the agreement's current version
 * (409 CONSENT_VERSION_STALE, by recordConsent). Consent, line and activation commit together.
 */
export function activatePreCredit(deps: SandboxDeps, userId: string, req: Schemas['ActivatePreCreditRequest']): Schemas['CreditLine'] {
  const person = requireVerifiedPerson(deps, userId)
  const household = householdOf(deps, person.idNumber)
  if (!household) throw new SandboxError(403, 'NOT_ON_ROSTER', PRE_CREDIT_MESSAGES.notOnRoster)
  const lineId = tx(deps.db, () => {
    const activation = activationOf(deps, household.id)
    if (activation) {
      const details = activation.user_id === userId ? { creditLineId: activation.credit_line_id } : undefined
      throw new SandboxError(409, 'PRE_CREDIT_ALREADY_ACTIVATED', PRE_CREDIT_MESSAGES.alreadyActivated, details)
    }
    const consent = recordConsent(deps, userId, { kind: AGREEMENT_KIND, version: req.agreementVersion, granted: true })
    const today = deps.clock.today()
    const id = createCreditLine(deps, {
      userId,
      productId: villageProductId(deps),
      kind: 'CREDIT',
      totalFen: household.amount_fen,
      annualRateBps: household.annual_rate_bps,
      validFrom: today,
      validUntil: addMonthsClamped(today, household.valid_months),
      origin: 'VILLAGE_PRE_CREDIT',
    })
    deps.db
      .prepare(
        'INSERT INTO village_activations (household_id, user_id, credit_line_id, consent_id, agreement_version, activated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(household.id, userId, id, consent.id, consent.version, consent.recordedAt)
    return id
  })
  const line = listCreditLines(deps, userId).lines.find((l) => l.id === lineId)
  if (!line) throw new Error(`credit line ${lineId} vanished`)
  return line
}
