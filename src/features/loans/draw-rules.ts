/**
 * The draw's rules as the borrower meets them at the form: the amount (at least 1,000 yuan, whole
 * hundreds, at most what is available), and the terms and methods a line allows. The bank checks
 * the same rules again; these only give the message at the field before anything is sent.
 */
import { formatYuan, parseAmountToFen, type RepaymentMethod } from '@/domain'

/** 1,000 yuan. */
export const MIN_DRAW_FEN = 100_000
/** Draws are whole hundreds of yuan. */
export const DRAW_STEP_FEN = 10_000

export type LineKind = 'CREDIT' | 'PROPERTY'

export const METHODS_BY_LINE_KIND: Readonly<Record<LineKind, readonly RepaymentMethod[]>> = {
  CREDIT: ['DAILY', 'INTEREST_ONLY'],
  PROPERTY: ['DAILY', 'INTEREST_ONLY', 'EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL'],
}

export const TERMS_BY_LINE_KIND: Readonly<Record<LineKind, readonly number[]>> = {
  CREDIT: [1, 3, 6, 12],
  PROPERTY: [1, 3, 6, 12, 24, 36],
}

export const DRAW_AMOUNT_MESSAGES = {
  belowMinimum: `单笔用款金额不能低于${formatYuan(MIN_DRAW_FEN)}元`,
  notStep: '用款金额须为100元的整数倍',
  aboveAvailable: (availableFen: number) => `用款金额不能超过可用额度${formatYuan(availableFen)}元`,
} as const

export type DrawAmountCheck = { ok: true; fen: number } | { ok: false; message: string }

/** The typed amount in fen, or the message to show at the amount field. */
export function checkDrawAmount(text: string, availableFen: number): DrawAmountCheck {
  const parsed = parseAmountToFen(text)
  if (!parsed.ok) return parsed
  if (parsed.fen < MIN_DRAW_FEN) return { ok: false, message: DRAW_AMOUNT_MESSAGES.belowMinimum }
  if (parsed.fen % DRAW_STEP_FEN !== 0) return { ok: false, message: DRAW_AMOUNT_MESSAGES.notStep }
  if (parsed.fen > availableFen) return { ok: false, message: DRAW_AMOUNT_MESSAGES.aboveAvailable(availableFen) }
  return parsed
}

export function methodsFor(kind: LineKind): readonly RepaymentMethod[] {
  return METHODS_BY_LINE_KIND[kind] ?? METHODS_BY_LINE_KIND.CREDIT
}

export function termsFor(kind: LineKind): readonly number[] {
  return TERMS_BY_LINE_KIND[kind] ?? TERMS_BY_LINE_KIND.CREDIT
}

/** What a method means for the borrower, in one line under its name. */
export const METHOD_HINTS: Readonly<Record<RepaymentMethod, string>> = {
  DAILY: '按日计息，到期一次还本付息，可随时提前还款',
  INTEREST_ONLY: '每月付息，到期归还本金',
  EQUAL_INSTALLMENT: '每月还款额相同',
  EQUAL_PRINCIPAL: '每月归还相同本金，利息逐月减少',
}
