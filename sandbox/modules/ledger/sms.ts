/**
 * Draw confirmation codes: 6 digits sent to the borrower's bound mobile, valid 5 minutes, 5 tries,
 * one send a minute. Printed to the sandbox log with the number masked; `demoCode` in demo and
 * test mode. Stored only as an HMAC.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import { isoAfter } from '../../core/clock'
import { revealsDemoSecrets, type SandboxDeps } from '../../core/deps'
import { maskMobile } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { PHONE_MESSAGES, SMS_CODE_TTL_SECONDS, SMS_MAX_FAILED_ATTEMPTS, SMS_RESEND_SECONDS } from '../auth/phone-service'
import { identityRow, sealContext } from '../identity/service'
import { verifiedIdNumber } from '../cards/service'

function codeMac(deps: SandboxDeps, userId: string, code: string): string {
  return deps.vault.mac('draw-sms-code', `${userId}:${code}`)
}

export function sendDrawCode(deps: SandboxDeps, userId: string): Schemas['SmsSent'] {
  verifiedIdNumber(deps, userId)
  const row = identityRow(deps, userId)
  const mobile = row?.mobile_enc ? deps.vault.open(row.mobile_enc, sealContext.mobile(userId)) : ''
  const last = deps.db.prepare('SELECT sent_at FROM draw_sms_codes WHERE user_id = ? ORDER BY id DESC LIMIT 1').get(userId) as
    | { sent_at: string }
    | undefined
  const now = deps.clock.now()
  if (last) {
    const wait = Math.ceil((SMS_RESEND_SECONDS * 1000 - (now.getTime() - Date.parse(last.sent_at))) / 1000)
    if (wait > 0) throw new SandboxError(429, 'SMS_TOO_FREQUENT', PHONE_MESSAGES.tooFrequent(wait), { retryAfterSeconds: wait })
  }
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
  deps.db
    .prepare('INSERT INTO draw_sms_codes (user_id, code_mac, sent_at, expires_at) VALUES (?, ?, ?, ?)')
    .run(userId, codeMac(deps, userId, code), now.toISOString(), isoAfter(now, SMS_CODE_TTL_SECONDS))
  deps.log(`[sms] ${maskMobile(mobile)} draw code ${code}`)
  const sent: Schemas['SmsSent'] = { sentAt: now.toISOString(), resendAfterSeconds: SMS_RESEND_SECONDS, expiresInSeconds: SMS_CODE_TTL_SECONDS }
  if (revealsDemoSecrets(deps.mode)) sent.demoCode = code
  return sent
}

/** A wrong code, to be counted after the draw's transaction rolled back. */
export class WrongDrawCode extends SandboxError {
  constructor(
    readonly codeId: number,
    remaining: number,
  ) {
    super(422, 'SMS_CODE_INVALID', PHONE_MESSAGES.codeInvalid(remaining), { remainingAttempts: remaining })
  }
}

/** Checks and uses up the latest code (call inside the draw's transaction). */
export function consumeDrawCode(deps: SandboxDeps, userId: string, code: string): void {
  const row = deps.db
    .prepare('SELECT id, code_mac, expires_at, failed_attempts FROM draw_sms_codes WHERE user_id = ? AND used_at IS NULL ORDER BY id DESC LIMIT 1')
    .get(userId) as { id: number; code_mac: string; expires_at: string; failed_attempts: number } | undefined
  if (!row || Date.parse(row.expires_at) <= deps.clock.now().getTime() || row.failed_attempts >= SMS_MAX_FAILED_ATTEMPTS) {
    throw new SandboxError(422, 'SMS_CODE_EXPIRED', PHONE_MESSAGES.codeExpired)
  }
  if (!crypto.timingSafeEqual(Buffer.from(row.code_mac), Buffer.from(codeMac(deps, userId, code)))) {
    throw new WrongDrawCode(row.id, SMS_MAX_FAILED_ATTEMPTS - row.failed_attempts - 1)
  }
  deps.db.prepare('UPDATE draw_sms_codes SET used_at = ? WHERE id = ?').run(deps.clock.nowIso(), row.id)
}

export function countWrongDrawCode(deps: SandboxDeps, error: WrongDrawCode): void {
  deps.db.prepare('UPDATE draw_sms_codes SET failed_attempts = failed_attempts + 1 WHERE id = ?').run(error.codeId)
}
