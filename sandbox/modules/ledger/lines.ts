/**
 * The ledger's view of a credit line (issue 4 owns the credit_lines table and its service): the
 * few facts a draw needs, read in one place so that a change of the table touches only this file.
 * Usage is changed only through the credit-line module's `adjustLineUsage`.
 */
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'
import { adjustLineUsage, creditLineOf, lineStatus, type CreditLineRow } from '../credit-line/service'

export { adjustLineUsage }

export type LineKind = 'CREDIT' | 'PROPERTY'

export interface LineFacts {
  id: string
  userId: string
  kind: LineKind
  limitFen: number
  usedFen: number
  annualRateBps: number
  active: boolean
  expiresOn: string | null
}

export const LINE_MESSAGES = {
  notFound: '未找到该额度',
  notActive: '该额度当前不可用（未生效、已冻结或已到期），请联系客户经理',
} as const

function toFacts(row: CreditLineRow, today: string): LineFacts {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    limitFen: row.total_fen,
    usedFen: row.used_fen,
    annualRateBps: row.annual_rate_bps,
    active: today >= row.valid_from && lineStatus(row, today) === 'ACTIVE',
    expiresOn: row.valid_until,
  }
}

/** The caller's line (404 LINE_NOT_FOUND for anyone else's). */
export function lineOf(deps: SandboxDeps, userId: string, lineId: string): LineFacts {
  const row = creditLineOf(deps, userId, lineId)
  if (!row) throw new SandboxError(404, 'LINE_NOT_FOUND', LINE_MESSAGES.notFound)
  return toFacts(row, deps.clock.today())
}

/** Every line (of one user), for the ledger check. */
export function allLines(deps: SandboxDeps, userId?: string): LineFacts[] {
  const rows = (
    userId === undefined
      ? deps.db.prepare('SELECT * FROM credit_lines').all()
      : deps.db.prepare('SELECT * FROM credit_lines WHERE user_id = ?').all(userId)
  ) as CreditLineRow[]
  const today = deps.clock.today()
  return rows.map((row) => toFacts(row, today))
}

/** Active and not past its expiry on `today` (409 LINE_NOT_ACTIVE otherwise). */
export function requireUsableLine(line: LineFacts, today: string): void {
  if (!line.active || (line.expiresOn !== null && line.expiresOn < today)) {
    throw new SandboxError(409, 'LINE_NOT_ACTIVE', LINE_MESSAGES.notActive)
  }
}
