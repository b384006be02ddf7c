/**
 * Draws (用款): the trial calculation and the draw itself. A draw moves money exactly once, in one
 * transaction: the contract consent, the loan and its schedule (src/domain buildSchedule), the
 * line's usage (credit-line adjustLineUsage), the card credit and the ledger records.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { buildSchedule, formatYuan, loanAnnualizedRate, loanStateAfter, scheduleTotals, type RepaymentMethod } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { activeCardOf, last4 } from '../cards/service'
import { adjustLineUsage, lineOf, requireUsableLine, type LineFacts, type LineKind } from './lines'
import { consumeDrawCode } from './sms'

/** 1,000 yuan: the smallest draw. */
export const MIN_DRAW_FEN = 100_000
/** Draws are whole hundreds of yuan. */
export const DRAW_STEP_FEN = 10_000
/**
 * Above 200,000 yuan a real bank would ask for a face check instead of an SMS code. The sandbox
 * keeps SMS for every amount; this constant documents the threshold for the day it does not.
 */
export const FACE_CONFIRMATION_ABOVE_FEN = 20_000_000

export const METHODS_BY_LINE_KIND: Readonly<Record<LineKind, readonly RepaymentMethod[]>> = {
  CREDIT: ['DAILY', 'INTEREST_ONLY'],
  PROPERTY: ['DAILY', 'INTEREST_ONLY', 'EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL'],
}

export const MAX_TERM_BY_LINE_KIND: Readonly<Record<LineKind, number>> = { CREDIT: 12, PROPERTY: 36 }

export const DRAW_MESSAGES = {
  belowMinimum: `单笔用款金额不能低于${formatYuan(MIN_DRAW_FEN)}元`,
  notStep: `用款金额须为${formatYuan(DRAW_STEP_FEN)}元的整数倍`,
  aboveAvailable: (availableFen: number) => `用款金额不能超过可用额度${formatYuan(availableFen)}元`,
  methodNotAllowed: (kind: LineKind) => (kind === 'CREDIT' ? '信用额度仅支持“随借随还”和“按月付息到期还本”' : '该额度不支持此还款方式'),
  termNotAllowed: (max: number) => `借款期限须为1至${max}个月`,
  contractStale: '借款合同已更新，请重新阅读后再确认',
} as const

export interface DrawTerms {
  lineId: string
  amountFen: number
  termMonths: number
  method: RepaymentMethod
}

/** The line and the checked terms (422/409 with the rule that failed). */
export function checkDrawTerms(deps: SandboxDeps, userId: string, terms: DrawTerms): LineFacts {
  const line = lineOf(deps, userId, terms.lineId)
  requireUsableLine(line, deps.clock.today())
  if (!METHODS_BY_LINE_KIND[line.kind].includes(terms.method)) {
    throw new SandboxError(422, 'METHOD_NOT_ALLOWED', DRAW_MESSAGES.methodNotAllowed(line.kind), { allowed: METHODS_BY_LINE_KIND[line.kind] })
  }
  const maxTerm = MAX_TERM_BY_LINE_KIND[line.kind]
  if (terms.termMonths < 1 || terms.termMonths > maxTerm) {
    throw new SandboxError(422, 'TERM_NOT_ALLOWED', DRAW_MESSAGES.termNotAllowed(maxTerm), { minTermMonths: 1, maxTermMonths: maxTerm })
  }
  const availableFen = Math.max(0, line.limitFen - line.usedFen)
  const amount = terms.amountFen
  if (amount < MIN_DRAW_FEN) throw new SandboxError(422, 'DRAW_AMOUNT_INVALID', DRAW_MESSAGES.belowMinimum, { minAmountFen: MIN_DRAW_FEN })
  if (amount % DRAW_STEP_FEN !== 0) throw new SandboxError(422, 'DRAW_AMOUNT_INVALID', DRAW_MESSAGES.notStep, { stepFen: DRAW_STEP_FEN })
  if (amount > availableFen) {
    throw new SandboxError(422, 'DRAW_AMOUNT_INVALID', DRAW_MESSAGES.aboveAvailable(availableFen), { availableFen })
  }
  return line
}

function contractDocument(deps: SandboxDeps): Schemas['DrawQuote']['contract'] {
  const doc = deps.documents.get('LOAN_CONTRACT')
  if (!doc) throw new Error('no LOAN_CONTRACT document')
  return { version: doc.version, title: doc.title, body: doc.body }
}

export function quoteDraw(deps: SandboxDeps, userId: string, terms: DrawTerms): Schemas['DrawQuote'] {
  const line = checkDrawTerms(deps, userId, terms)
  const input = { principalFen: terms.amountFen, annualRateBps: line.annualRateBps, termMonths: terms.termMonths, method: terms.method, startDate: deps.clock.today() }
  const schedule = buildSchedule(input)
  return {
    lineId: line.id,
    amountFen: terms.amountFen,
    termMonths: terms.termMonths,
    method: terms.method,
    startDate: input.startDate,
    schedule,
    totalInterestFen: scheduleTotals(schedule).interestFen,
    annualRateBps: line.annualRateBps,
    apr: loanAnnualizedRate(input),
    firstDueDate: schedule[0].dueDate,
    contract: contractDocument(deps),
  }
}

/** Creates the loan and moves the money; runs inside the caller's transaction. */
export function createDraw(deps: SandboxDeps, userId: string, req: Schemas['DrawRequest']): Schemas['Draw'] {
  const line = checkDrawTerms(deps, userId, req)
  const card = activeCardOf(deps, userId, req.cardId)
  const contract = contractDocument(deps)
  if (req.contractVersion !== contract.version) {
    throw new SandboxError(409, 'CONSENT_VERSION_STALE', DRAW_MESSAGES.contractStale, { currentVersion: contract.version })
  }
  consumeDrawCode(deps, userId, req.smsCode)
  const now = deps.clock.nowIso()
  const today = deps.clock.today()
  const consent = deps.db
    .prepare('INSERT INTO consents (user_id, kind, version, granted, recorded_at) VALUES (?, ?, ?, 1, ?)')
    .run(userId, 'LOAN_CONTRACT', contract.version, now)
  const input = { principalFen: req.amountFen, annualRateBps: line.annualRateBps, termMonths: req.termMonths, method: req.method, startDate: today }
  const schedule = buildSchedule(input)
  const loanId = crypto.randomUUID()
  deps.db
    .prepare(
      `INSERT INTO loans (id, user_id, line_id, bound_card_id, principal_fen, outstanding_fen, method, term_months, annual_rate_bps,
         start_date, maturity_date, state_json, contract_version, consent_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      loanId,
      userId,
      line.id,
      card.id,
      req.amountFen,
      req.amountFen,
      req.method,
      req.termMonths,
      line.annualRateBps,
      today,
      schedule[schedule.length - 1].dueDate,
      JSON.stringify(loanStateAfter(input)),
      contract.version,
      consent.lastInsertRowid,
      now,
    )
  adjustLineUsage(deps, line.id, req.amountFen)
  const drawId = crypto.randomUUID()
  deps.db
    .prepare(
      `INSERT INTO loan_records (id, user_id, loan_id, kind, business_date, amount_fen, principal_fen, interest_fen, overdue_interest_fen,
         penalty_fen, bound_card_id, created_at)
       VALUES (?, ?, ?, 'DRAW', ?, ?, ?, 0, 0, 0, ?, ?)`,
    )
    .run(drawId, userId, loanId, today, req.amountFen, req.amountFen, card.id, now)
  deps.db.prepare('UPDATE debit_cards SET balance_fen = balance_fen + ? WHERE id = ?').run(req.amountFen, card.debit_card_id)
  deps.db
    .prepare("INSERT INTO card_entries (debit_card_id, record_id, direction, amount_fen, created_at) VALUES (?, ?, 'CREDIT', ?, ?)")
    .run(card.debit_card_id, drawId, req.amountFen, now)
  deps.log(`[ledger] draw ${drawId} loan ${loanId} ${req.amountFen} fen to card *${last4(card.card_number)}`)
  return { id: drawId, loanId, status: 'SUCCEEDED', amountFen: req.amountFen, cardLast4: last4(card.card_number), createdAt: now }
}
