/**
 * Applications and their decision. Submitting checks the borrower's facts, records the two
 * letters (CREDIT_REPORT, DATA_USE) and computes the decision at once with the rules of
 * decision-rules.ts; the decision is revealed only DECISION_DELAY_SECONDS later (status PENDING
 * until `decide_at`), when the next read settles it and an approval opens its credit line.
 */
import crypto from 'node:crypto'
import type { ConsentKind, Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { isoAfter } from '../../core/clock'
import { addMonthsClamped, formatYuanShort } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { tx } from '../../db/database'
import { CONSENT_MESSAGES, recordConsent } from '../consent/service'
import { createCreditLine } from '../credit-line/service'
import { bankerById } from '../entry/service'
import { valuationOf } from '../property/service'
import { authorizationsOf } from '../tickets/service'
import { ageOf, requireVerifiedPerson } from '../tax/person'
import { latestTaxAuthorization } from '../tax/service'
import { decide, type DecisionInput } from './decision-rules'

export const DECISION_DELAY_SECONDS = 2
export const MIN_AMOUNT_FEN = 1_000_000 // 10,000 yuan
export const AMOUNT_STEP_FEN = 10_000 // 100 yuan
export const APPLICATION_CONSENTS: readonly ConsentKind[] = ['CREDIT_REPORT', 'DATA_USE']

export const APPLICATION_MESSAGES = {
  taxAuthRequired: '请先完成纳税授权',
  productNotFound: '未找到该贷款产品',
  valuationRequired: '请先完成房产评估，再申请房产增信额度',
  consentRequired: '请阅读并同意《个人征信查询授权书》和《数据使用授权书》',
  marketNotFound: '未找到该市场，二维码可能已失效',
  pending: '您有一笔申请正在审批中，请等待审批结果',
  notFound: '未找到该申请',
} as const

export function amountOutOfRangeMessage(minFen: number, maxFen: number): string {
  return `申请金额需在${formatYuanShort(minFen)}元至${formatYuanShort(maxFen)}元之间，且为100元的整数倍`
}

interface ProductRow {
  id: string
  name: string
  kind: Schemas['ProductKind']
  max_amount_fen: number
  min_rate_bps: number
}

interface ApplicationRow {
  id: string
  user_id: string
  product_id: string
  product_name: string
  amount_fen: number
  purpose: Schemas['ApplicationPurpose']
  market_id: string | null
  banker_id: string
  valuation_id: string | null
  status: Schemas['ApplicationStatus']
  submitted_at: string
  decide_at: string
  decided_at: string | null
  outcome: 'APPROVED' | 'DECLINED' | 'REFERRED'
  line_fen: number | null
  annual_rate_bps: number | null
  valid_from: string | null
  valid_until: string | null
  property_extra_fen: number | null
  reason_category: Schemas['DecisionReason'] | null
  message: string
  credit_line_id: string | null
  credit_report_consent_id: number
  data_use_consent_id: number
}

const SELECT_APPLICATION = `SELECT a.*, p.name AS product_name, l.id AS credit_line_id
  FROM applications a JOIN products p ON p.id = a.product_id LEFT JOIN credit_lines l ON l.application_id = a.id`

function consentsOf(deps: SandboxDeps, row: ApplicationRow): Schemas['ApplicationConsent'][] {
  const rows = deps.db
    .prepare('SELECT kind, version, recorded_at FROM consents WHERE id IN (?, ?) AND user_id = ? ORDER BY kind')
    .all(row.credit_report_consent_id, row.data_use_consent_id, row.user_id) as { kind: Schemas['ApplicationConsent']['kind']; version: string; recorded_at: string }[]
  return rows.map((c) => ({ kind: c.kind, version: c.version, recordedAt: c.recorded_at }))
}

function toApplication(deps: SandboxDeps, row: ApplicationRow, origin: string): Schemas['Application'] {
  const app: Schemas['Application'] = {
    id: row.id,
    status: row.status,
    productId: row.product_id,
    productName: row.product_name,
    amountFen: row.amount_fen,
    purpose: row.purpose,
    submittedAt: row.submitted_at,
    consents: consentsOf(deps, row),
  }
  if (row.market_id) app.marketId = row.market_id
  if (row.valuation_id) app.valuationId = row.valuation_id
  const authorizations = authorizationsOf(deps, row.id)
  if (authorizations.length) app.authorizations = authorizations
  if (row.status === 'PENDING') {
    app.decideAt = row.decide_at
    return app
  }
  app.decidedAt = row.decided_at ?? row.decide_at
  const decision: Schemas['ApplicationDecision'] = { message: row.message, banker: bankerById(deps, row.banker_id, origin) }
  if (row.line_fen !== null) decision.lineFen = row.line_fen
  if (row.annual_rate_bps !== null) decision.annualRateBps = row.annual_rate_bps
  if (row.valid_until !== null) decision.validUntil = row.valid_until
  if (row.property_extra_fen !== null) decision.propertyExtraFen = row.property_extra_fen
  if (row.reason_category !== null) decision.reasonCategory = row.reason_category
  app.decision = decision
  if (row.credit_line_id) app.creditLineId = row.credit_line_id
  return app
}

/** Reveals the user's decisions whose time has come; an approval opens its credit line. */
export function settleDueApplications(deps: SandboxDeps, userId: string): void {
  const due = deps.db
    .prepare("SELECT * FROM applications WHERE user_id = ? AND status = 'PENDING' AND decide_at <= ?")
    .all(userId, deps.clock.nowIso()) as ApplicationRow[]
  for (const row of due) {
    tx(deps.db, () => {
      const changed = deps.db
        .prepare("UPDATE applications SET status = outcome, decided_at = decide_at WHERE id = ? AND status = 'PENDING'")
        .run(row.id).changes
      if (changed === 0 || row.outcome !== 'APPROVED') return
      const product = deps.db.prepare('SELECT kind FROM products WHERE id = ?').get(row.product_id) as { kind: Schemas['ProductKind'] }
      createCreditLine(deps, {
        userId,
        productId: row.product_id,
        kind: product.kind,
        totalFen: row.line_fen!,
        annualRateBps: row.annual_rate_bps!,
        validFrom: row.valid_from!,
        validUntil: row.valid_until!,
        applicationId: row.id,
      })
    })
  }
}

function productOf(deps: SandboxDeps, productId: string): ProductRow {
  // Only products one applies for (not the village pre-credit product).
  const product = deps.db
    .prepare("SELECT id, name, kind, max_amount_fen, min_rate_bps FROM products WHERE id = ? AND channel = 'APPLY'")
    .get(productId) as ProductRow | undefined
  if (!product) throw new SandboxError(404, 'PRODUCT_NOT_FOUND', APPLICATION_MESSAGES.productNotFound)
  return product
}

function checkAmount(amountFen: number, product: ProductRow): void {
  if (amountFen < MIN_AMOUNT_FEN || amountFen > product.max_amount_fen || amountFen % AMOUNT_STEP_FEN !== 0) {
    throw new SandboxError(422, 'AMOUNT_OUT_OF_RANGE', amountOutOfRangeMessage(MIN_AMOUNT_FEN, product.max_amount_fen), {
      minFen: MIN_AMOUNT_FEN,
      maxFen: product.max_amount_fen,
      stepFen: AMOUNT_STEP_FEN,
    })
  }
}

/** Both letters, each in its current version: 403 CONSENT_REQUIRED when one is missing, else 409 CONSENT_VERSION_STALE. */
function checkConsents(deps: SandboxDeps, given: Schemas['ApplicationRequest']['consents']): void {
  const versionOf = new Map(given.map((c) => [c.kind as ConsentKind, c.version]))
  if (APPLICATION_CONSENTS.some((kind) => !versionOf.has(kind))) throw new SandboxError(403, 'CONSENT_REQUIRED', APPLICATION_MESSAGES.consentRequired)
  for (const kind of APPLICATION_CONSENTS) {
    const current = deps.documents.get(kind)?.version
    if (versionOf.get(kind) !== current) throw new SandboxError(409, 'CONSENT_VERSION_STALE', CONSENT_MESSAGES.versionStale, { kind, currentVersion: current })
  }
}

function pendingApplicationId(deps: SandboxDeps, userId: string): string | undefined {
  const row = deps.db.prepare("SELECT id FROM applications WHERE user_id = ? AND status = 'PENDING'").get(userId) as { id: string } | undefined
  return row?.id
}

/**
 * The banker who follows the application up: the one the code named when they serve its market,
 * else the market's default banker, else the default banker of the market the business trades in,
 * else the first banker.
 */
function followUpBanker(deps: SandboxDeps, req: Schemas['ApplicationRequest'], uscc: string): string {
  const known = (id: string | undefined) => (id ? (deps.db.prepare('SELECT id FROM bankers WHERE id = ?').get(id) as { id: string } | undefined)?.id : undefined)
  const marketDefault = (marketId: string | null | undefined) =>
    marketId ? (deps.db.prepare('SELECT default_banker_id AS id FROM markets WHERE id = ?').get(marketId) as { id: string } | undefined)?.id : undefined
  if (req.marketId) {
    const serves = req.bankerId && deps.db.prepare('SELECT 1 FROM market_bankers WHERE market_id = ? AND banker_id = ?').get(req.marketId, req.bankerId)
    return serves ? req.bankerId! : marketDefault(req.marketId)!
  }
  const businessMarket = (deps.db.prepare('SELECT market_id FROM registry_businesses WHERE uscc = ?').get(uscc) as { market_id: string | null } | undefined)?.market_id
  return (
    known(req.bankerId) ??
    marketDefault(businessMarket) ??
    (deps.db.prepare('SELECT id FROM bankers ORDER BY id LIMIT 1').get() as { id: string }).id
  )
}

function creditBureauOf(deps: SandboxDeps, idNumber: string): DecisionInput['creditBureau'] {
  const row = deps.db
    .prepare('SELECT current_overdue, overdue_episodes_24m, existing_debt_fen FROM credit_bureau WHERE id_number = ?')
    .get(idNumber) as { current_overdue: 0 | 1; overdue_episodes_24m: number; existing_debt_fen: number } | undefined
  return {
    currentOverdue: row?.current_overdue === 1,
    overdueEpisodes24m: row?.overdue_episodes_24m ?? 0,
    existingDebtFen: row?.existing_debt_fen ?? 0,
  }
}

/**
 * Checked in order: verified identity (403 IDENTITY_REQUIRED); a tax authorization (409
 * TAX_AUTH_REQUIRED); the product (404 PRODUCT_NOT_FOUND); the amount (422 AMOUNT_OUT_OF_RANGE);
 * for a PROPERTY product, a valuation of this borrower (422 VALUATION_REQUIRED); both letters
 * (403 CONSENT_REQUIRED, 409 CONSENT_VERSION_STALE); the market when named (404 MARKET_NOT_FOUND);
 * no other application pending (409 APPLICATION_PENDING with details.applicationId).
 */
export function submitApplication(deps: SandboxDeps, userId: string, req: Schemas['ApplicationRequest'], origin: string): Schemas['Application'] {
  const person = requireVerifiedPerson(deps, userId)
  settleDueApplications(deps, userId)
  const tax = latestTaxAuthorization(deps, userId)
  if (!tax) throw new SandboxError(409, 'TAX_AUTH_REQUIRED', APPLICATION_MESSAGES.taxAuthRequired)
  const product = productOf(deps, req.productId)
  checkAmount(req.amountFen, product)
  const valuation = product.kind === 'PROPERTY' && req.valuationId ? valuationOf(deps, userId, req.valuationId) : undefined
  if (product.kind === 'PROPERTY' && !valuation) throw new SandboxError(422, 'VALUATION_REQUIRED', APPLICATION_MESSAGES.valuationRequired)
  checkConsents(deps, req.consents)
  if (req.marketId && !deps.db.prepare('SELECT 1 FROM markets WHERE id = ?').get(req.marketId)) {
    throw new SandboxError(404, 'MARKET_NOT_FOUND', APPLICATION_MESSAGES.marketNotFound)
  }
  const pending = pendingApplicationId(deps, userId)
  if (pending) throw new SandboxError(409, 'APPLICATION_PENDING', APPLICATION_MESSAGES.pending, { applicationId: pending })

  const today = deps.clock.today()
  const creditMax = deps.db.prepare("SELECT MAX(max_amount_fen) AS max FROM products WHERE kind = 'CREDIT' AND channel = 'APPLY'").get() as { max: number | null }
  const input: DecisionInput = {
    age: ageOf(person, today),
    taxRating: tax.tax_rating,
    monthsInBusiness: tax.months_in_business,
    yearlySalesFen: tax.yearly_sales_fen,
    creditBureau: creditBureauOf(deps, person.idNumber),
    product: { kind: product.kind, maxAmountFen: product.max_amount_fen, minRateBps: product.min_rate_bps },
    creditProductMaxFen: creditMax.max ?? product.max_amount_fen,
    ...(valuation ? { propertyExtraFen: valuation.supported_extra_fen } : {}),
  }
  const decision = decide(input)
  const id = crypto.randomBytes(12).toString('base64url')
  tx(deps.db, () => {
    const consentIds = new Map(
      APPLICATION_CONSENTS.map((kind) => [kind, recordConsent(deps, userId, { kind, version: deps.documents.get(kind)!.version, granted: true }).id]),
    )
    // Submitted once the letters are signed.
    const now = deps.clock.now()
    deps.db
      .prepare(
        `INSERT INTO applications (id, user_id, product_id, amount_fen, purpose, market_id, banker_id, valuation_id,
           tax_authorization_id, credit_report_consent_id, data_use_consent_id, status, submitted_at, decide_at, outcome,
           line_fen, annual_rate_bps, valid_from, valid_until, property_extra_fen, reason_category, message, decision_input)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        userId,
        product.id,
        req.amountFen,
        req.purpose,
        req.marketId ?? null,
        followUpBanker(deps, req, tax.uscc),
        valuation?.id ?? null,
        tax.id,
        consentIds.get('CREDIT_REPORT'),
        consentIds.get('DATA_USE'),
        now.toISOString(),
        isoAfter(now, DECISION_DELAY_SECONDS),
        decision.outcome,
        decision.lineFen ?? null,
        decision.annualRateBps ?? null,
        decision.validMonths ? today : null,
        decision.validMonths ? addMonthsClamped(today, decision.validMonths) : null,
        decision.propertyExtraFen ?? null,
        decision.reasonCategory ?? null,
        decision.message,
        JSON.stringify(input),
      )
  })
  return getApplication(deps, userId, id, origin)
}

export function getApplication(deps: SandboxDeps, userId: string, applicationId: string, origin: string): Schemas['Application'] {
  settleDueApplications(deps, userId)
  const row = deps.db.prepare(`${SELECT_APPLICATION} WHERE a.id = ? AND a.user_id = ?`).get(applicationId, userId) as ApplicationRow | undefined
  if (!row) throw new SandboxError(404, 'APPLICATION_NOT_FOUND', APPLICATION_MESSAGES.notFound)
  return toApplication(deps, row, origin)
}

/** Every product of the bank one applies for (CREDIT first). */
export function listProducts(deps: SandboxDeps): Schemas['ProductList'] {
  const rows = deps.db
    .prepare("SELECT id, name, kind, max_amount_fen, min_rate_bps, max_term_months, summary FROM products WHERE channel = 'APPLY' ORDER BY kind = 'CREDIT' DESC, id")
    .all() as (ProductRow & { max_term_months: number; summary: string })[]
  return {
    products: rows.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      maxAmountFen: p.max_amount_fen,
      minRateBps: p.min_rate_bps,
      maxTermMonths: p.max_term_months,
      summary: p.summary,
    })),
  }
}

/** The user's applications, newest first. */
export function listApplications(deps: SandboxDeps, userId: string, origin: string): Schemas['ApplicationList'] {
  settleDueApplications(deps, userId)
  const rows = deps.db
    .prepare(`${SELECT_APPLICATION} WHERE a.user_id = ? ORDER BY a.submitted_at DESC, a.rowid DESC`)
    .all(userId) as ApplicationRow[]
  return { applications: rows.map((r) => toApplication(deps, r, origin)) }
}
