/**
 * Receiving / repayment cards (收款卡、还款卡): the borrower binds a debit card in their own name,
 * checked against the bank's card registry (seed.yaml debitCards). The full number is never
 * returned: only the bank, the last four digits and the masked number (JR/T 0171-2020).
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { maskBankCard, validateBankCard } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { identityRow, identityStatus, sealContext } from '../identity/service'

export const CARD_MESSAGES = {
  identityRequired: '请先完成实名认证',
  notFound: '未查询到该银行卡，请核对卡号',
  holderMismatch: '该银行卡户名与您的身份不一致，请使用本人名下的借记卡',
  alreadyBound: '该银行卡已绑定，无需重复添加',
  inUse: '该银行卡是未结清借据的还款卡，结清后才能解绑',
  boundNotFound: '未找到该银行卡',
} as const

export interface BoundCardRow {
  id: string
  user_id: string
  debit_card_id: string
  bound_at: string
  unbound_at: string | null
  card_number: string
  bank_name: string
  balance_fen: number
}

const SELECT_BOUND = `SELECT b.id, b.user_id, b.debit_card_id, b.bound_at, b.unbound_at, d.card_number, d.bank_name, d.balance_fen
  FROM bound_cards b JOIN debit_cards d ON d.id = b.debit_card_id`

export function last4(cardNumber: string): string {
  return cardNumber.slice(-4)
}

export function toBoundCard(row: BoundCardRow): Schemas['BoundCard'] {
  return { id: row.id, bankName: row.bank_name, last4: last4(row.card_number), maskedNumber: maskBankCard(row.card_number), boundAt: row.bound_at }
}

/** The ID number of a fully verified borrower (403 IDENTITY_REQUIRED otherwise). */
export function verifiedIdNumber(deps: SandboxDeps, userId: string): string {
  const row = identityRow(deps, userId)
  if (!identityStatus(deps, userId).verified || !row?.id_number_enc) {
    throw new SandboxError(403, 'IDENTITY_REQUIRED', CARD_MESSAGES.identityRequired)
  }
  return deps.vault.open(row.id_number_enc, sealContext.idNumber(userId))
}

/** A card the user has bound and not unbound (404 CARD_NOT_FOUND otherwise, also for others' cards). */
export function activeCardOf(deps: SandboxDeps, userId: string, cardId: string): BoundCardRow {
  const row = deps.db.prepare(`${SELECT_BOUND} WHERE b.id = ? AND b.user_id = ? AND b.unbound_at IS NULL`).get(cardId, userId) as
    | BoundCardRow
    | undefined
  if (!row) throw new SandboxError(404, 'CARD_NOT_FOUND', CARD_MESSAGES.boundNotFound)
  return row
}

/** Any card the user ever bound (records keep referring to unbound cards). */
export function boundCardById(deps: SandboxDeps, cardId: string): BoundCardRow {
  const row = deps.db.prepare(`${SELECT_BOUND} WHERE b.id = ?`).get(cardId) as BoundCardRow | undefined
  if (!row) throw new Error(`bound card ${cardId} is missing`)
  return row
}

export function listCards(deps: SandboxDeps, userId: string): Schemas['CardList'] {
  const rows = deps.db.prepare(`${SELECT_BOUND} WHERE b.user_id = ? AND b.unbound_at IS NULL ORDER BY b.bound_at, b.id`).all(userId) as BoundCardRow[]
  return { cards: rows.map(toBoundCard) }
}

export function bindCard(deps: SandboxDeps, userId: string, rawNumber: string): Schemas['BoundCard'] {
  const idNumber = verifiedIdNumber(deps, userId)
  const cardNumber = rawNumber.replace(/\s+/g, '')
  const check = validateBankCard(cardNumber)
  if (!check.ok) throw new SandboxError(422, 'CARD_INVALID', check.message)
  const card = deps.db.prepare('SELECT id, holder_id_number FROM debit_cards WHERE card_number = ?').get(cardNumber) as
    | { id: string; holder_id_number: string }
    | undefined
  if (!card) throw new SandboxError(404, 'CARD_NOT_FOUND', CARD_MESSAGES.notFound)
  if (card.holder_id_number !== idNumber) throw new SandboxError(403, 'CARD_HOLDER_MISMATCH', CARD_MESSAGES.holderMismatch)
  const bound = deps.db.prepare('SELECT id FROM bound_cards WHERE debit_card_id = ? AND unbound_at IS NULL').get(card.id)
  if (bound) throw new SandboxError(409, 'CARD_ALREADY_BOUND', CARD_MESSAGES.alreadyBound)
  const id = crypto.randomUUID()
  deps.db
    .prepare('INSERT INTO bound_cards (id, user_id, debit_card_id, bound_at) VALUES (?, ?, ?, ?)')
    .run(id, userId, card.id, deps.clock.nowIso())
  return toBoundCard(activeCardOf(deps, userId, id))
}

export function unbindCard(deps: SandboxDeps, userId: string, cardId: string): void {
  activeCardOf(deps, userId, cardId)
  const inUse = deps.db.prepare('SELECT 1 FROM loans WHERE bound_card_id = ? AND outstanding_fen > 0 LIMIT 1').get(cardId)
  if (inUse) throw new SandboxError(409, 'CARD_IN_USE', CARD_MESSAGES.inUse)
  deps.db.prepare('UPDATE bound_cards SET unbound_at = ? WHERE id = ? AND user_id = ?').run(deps.clock.nowIso(), cardId, userId)
}
