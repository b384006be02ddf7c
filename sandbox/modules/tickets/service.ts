/**
 * Remote authorization tickets (远程授权): a banker asks an applicant's spouse or guarantor to
 * authorize a credit-report query (征信业管理条例 art. 18: the person's own written consent for an
 * agreed purpose). The banker's system creates the ticket (here `POST /test/tickets`, test mode,
 * and `npm start`'s demo ticket); the person scans its code, verifies by face and signs the
 * CREDIT_REPORT letter. Single use, valid 24 hours (the sandbox's real-time clock).
 *
 * The person asked is kept only as an HMAC of name and ID number (compared with the signer's
 * verified identity) and a masked name: the ticket row never holds either in the clear, and
 * nothing here logs them.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { isoAfter } from '../../core/clock'
import { encodeEntryScene, maskName, validateIdNumber } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { tx } from '../../db/database'
import { recordConsent } from '../consent/service'
import { identityRow, sealContext } from '../identity/service'
import { requireVerifiedPerson } from '../tax/person'

export const TICKET_LENGTH = 16
export const TICKET_VALID_SECONDS = 24 * 60 * 60
const TICKET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const TICKET_PATTERN = /^[A-Za-z0-9]{16}$/
const MAC_PURPOSE = 'ticket-person'

/** Without an application: the demo applicant (P02 王建国) and his banker (BK03). */
export const DEMO_APPLICANT_NAME = '王建国'
export const DEMO_BANKER_ID = 'BK03'
/** Whom `npm start`'s demo ticket asks: 吴海燕 (P09), as 王建国's spouse. */
export const DEMO_TICKET_PERSON = { name: '吴海燕', idNumber: '320105198812010123' } as const

export const DEFAULT_PURPOSES: Record<Schemas['TicketRole'], string> = {
  SPOUSE: '您的配偶向银行申请经营贷款。为核实家庭收入和负债情况，银行需查询您的个人信用报告，仅用于审核该笔贷款申请及贷后管理。',
  GUARANTOR: '您同意为该笔经营贷款提供担保。银行需查询您的个人信用报告，仅用于审核您的担保资格及贷后管理。',
}

export const TICKET_MESSAGES = {
  notFound: '未找到该授权邀请，二维码可能已失效',
  expired: '该授权邀请已过期，请联系客户经理重新发送',
  used: '该授权邀请已完成，无需重复操作',
  notYours: '该授权邀请不是发给您的，请核对后再试',
  applicationNotFound: '未找到该申请',
} as const

interface TicketRow {
  ticket: string
  application_id: string | null
  applicant_name_masked: string
  banker_id: string
  role: Schemas['TicketRole']
  purpose: string
  person_mac: string
  person_name_masked: string
  created_at: string
  expires_at: string
  signed_at: string | null
  signer_user_id: string | null
  document_version: string | null
}

function normalizeName(name: string): string {
  return name.replace(/\s+/g, '')
}

function personMac(deps: SandboxDeps, name: string, idNumber: string): string {
  return deps.vault.mac(MAC_PURPOSE, `${normalizeName(name)}\0${idNumber.trim().toUpperCase()}`)
}

function newTicket(): string {
  let ticket = ''
  for (let i = 0; i < TICKET_LENGTH; i++) ticket += TICKET_ALPHABET[crypto.randomInt(TICKET_ALPHABET.length)]
  return ticket
}

function isExpired(deps: SandboxDeps, row: TicketRow): boolean {
  return deps.clock.now().getTime() >= Date.parse(row.expires_at)
}

/** The ticket (404 TICKET_NOT_FOUND for anything unknown, altered or malformed). */
function ticketRow(deps: SandboxDeps, ticket: string): TicketRow {
  const row = TICKET_PATTERN.test(ticket)
    ? (deps.db.prepare('SELECT * FROM authorization_tickets WHERE ticket = ?').get(ticket) as TicketRow | undefined)
    : undefined
  if (!row) throw new SandboxError(404, 'TICKET_NOT_FOUND', TICKET_MESSAGES.notFound)
  return row
}

function nameOfUser(deps: SandboxDeps, userId: string): string | null {
  const row = identityRow(deps, userId)
  return row?.name_enc ? deps.vault.open(row.name_enc, sealContext.name(userId)) : null
}

interface NewTicket {
  applicationId?: string
  name: string
  idNumber: string
  role: Schemas['TicketRole']
  purpose?: string
}

/**
 * What the banker's system does: a ticket for the person named, about an application (its
 * borrower, banker, product and amount) or, without one, the demo applicant. 404
 * APPLICATION_NOT_FOUND; 422 ID_INVALID for an ID number failing GB 11643.
 */
export function createTicket(deps: SandboxDeps, req: NewTicket): Schemas['TestTicket'] {
  const idNumber = req.idNumber.trim().toUpperCase()
  const check = validateIdNumber(idNumber, deps.clock.today())
  if (!check.ok) throw new SandboxError(422, 'ID_INVALID', check.message)
  let applicantNameMasked = maskName(DEMO_APPLICANT_NAME)
  let bankerId = DEMO_BANKER_ID
  if (req.applicationId) {
    const app = deps.db.prepare('SELECT id, user_id, banker_id FROM applications WHERE id = ?').get(req.applicationId) as
      | { id: string; user_id: string; banker_id: string }
      | undefined
    if (!app) throw new SandboxError(404, 'APPLICATION_NOT_FOUND', TICKET_MESSAGES.applicationNotFound)
    const applicant = nameOfUser(deps, app.user_id)
    applicantNameMasked = applicant ? maskName(applicant) : '***'
    bankerId = app.banker_id
  } else if (!deps.db.prepare('SELECT 1 FROM bankers WHERE id = ?').get(bankerId)) {
    bankerId = (deps.db.prepare('SELECT id FROM bankers ORDER BY id LIMIT 1').get() as { id: string }).id
  }
  const ticket = newTicket()
  const now = deps.clock.now()
  const expiresAt = isoAfter(now, TICKET_VALID_SECONDS)
  deps.db
    .prepare(
      `INSERT INTO authorization_tickets (ticket, application_id, applicant_name_masked, banker_id, role, purpose, person_mac,
         person_name_masked, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ticket,
      req.applicationId ?? null,
      applicantNameMasked,
      bankerId,
      req.role,
      req.purpose?.trim() || DEFAULT_PURPOSES[req.role],
      personMac(deps, req.name, idNumber),
      maskName(normalizeName(req.name)),
      now.toISOString(),
      expiresAt,
    )
  return { ticket, scene: encodeEntryScene({ kind: 'authorization', ticket }), expiresAt }
}

function toTicket(deps: SandboxDeps, row: TicketRow, status: Schemas['TicketStatus']): Schemas['AuthorizationTicket'] {
  const banker = deps.db.prepare('SELECT name, branch FROM bankers WHERE id = ?').get(row.banker_id) as { name: string; branch: string }
  const doc = deps.documents.get('CREDIT_REPORT')
  if (!doc) throw new Error('no CREDIT_REPORT document')
  const result: Schemas['AuthorizationTicket'] = {
    ticket: row.ticket,
    status,
    role: row.role,
    purpose: row.purpose,
    requestedBy: { bankerName: banker.name, branch: banker.branch },
    applicant: { nameMasked: row.applicant_name_masked },
    expiresAt: row.expires_at,
    document: { kind: 'CREDIT_REPORT', version: doc.version, title: doc.title, body: doc.body },
  }
  if (row.application_id) {
    const app = deps.db
      .prepare('SELECT a.id, a.amount_fen, p.name AS product_name FROM applications a JOIN products p ON p.id = a.product_id WHERE a.id = ?')
      .get(row.application_id) as { id: string; amount_fen: number; product_name: string }
    result.application = { id: app.id, productName: app.product_name, amountFen: app.amount_fen }
  }
  if (row.signed_at) result.signedAt = row.signed_at
  return result
}

/**
 * An OPEN ticket, to anyone signed in holding the code; a USED one to its signer only (409
 * TICKET_USED for others); an expired unsigned one is 410 TICKET_EXPIRED.
 */
export function getTicket(deps: SandboxDeps, userId: string, ticket: string): Schemas['AuthorizationTicket'] {
  const row = ticketRow(deps, ticket)
  if (row.signed_at) {
    if (row.signer_user_id !== userId) throw new SandboxError(409, 'TICKET_USED', TICKET_MESSAGES.used)
    return toTicket(deps, row, 'USED')
  }
  if (isExpired(deps, row)) throw new SandboxError(410, 'TICKET_EXPIRED', TICKET_MESSAGES.expired, { expiresAt: row.expires_at })
  return toTicket(deps, row, 'OPEN')
}

function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/**
 * Checked in order: the ticket (404), not signed (409 TICKET_USED), not expired (410
 * TICKET_EXPIRED), the caller verified with face (403 IDENTITY_REQUIRED), the caller is the person
 * asked (403 TICKET_NOT_YOURS), the letter's current version (409 CONSENT_VERSION_STALE). The
 * signer's CREDIT_REPORT consent and the signature commit together.
 */
export function signTicket(deps: SandboxDeps, userId: string, ticket: string, req: Schemas['SignTicketRequest']): Schemas['TicketSignature'] {
  const row = ticketRow(deps, ticket)
  if (row.signed_at) throw new SandboxError(409, 'TICKET_USED', TICKET_MESSAGES.used)
  if (isExpired(deps, row)) throw new SandboxError(410, 'TICKET_EXPIRED', TICKET_MESSAGES.expired, { expiresAt: row.expires_at })
  const person = requireVerifiedPerson(deps, userId)
  const name = nameOfUser(deps, userId) ?? ''
  if (!sameMac(personMac(deps, name, person.idNumber), row.person_mac)) {
    throw new SandboxError(403, 'TICKET_NOT_YOURS', TICKET_MESSAGES.notYours)
  }
  return tx(deps.db, () => {
    const consent = recordConsent(deps, userId, { kind: 'CREDIT_REPORT', version: req.documentVersion, granted: true })
    const changed = deps.db
      .prepare(
        `UPDATE authorization_tickets SET signed_at = ?, signer_user_id = ?, consent_id = ?, document_version = ?
         WHERE ticket = ? AND signed_at IS NULL`,
      )
      .run(consent.recordedAt, userId, consent.id, consent.version, row.ticket).changes
    if (changed === 0) throw new SandboxError(409, 'TICKET_USED', TICKET_MESSAGES.used)
    return { ticket: row.ticket, signedAt: consent.recordedAt, documentVersion: consent.version }
  })
}

/** The signed authorizations of an application, oldest first (shown to its applicant). */
export function authorizationsOf(deps: SandboxDeps, applicationId: string): Schemas['ApplicationAuthorization'][] {
  const rows = deps.db
    .prepare(
      `SELECT role, person_name_masked, signed_at FROM authorization_tickets
       WHERE application_id = ? AND signed_at IS NOT NULL ORDER BY signed_at, rowid`,
    )
    .all(applicationId) as { role: Schemas['TicketRole']; person_name_masked: string; signed_at: string }[]
  return rows.map((r) => ({ role: r.role, nameMasked: r.person_name_masked, signedAt: r.signed_at }))
}
