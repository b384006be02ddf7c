/**
 * Binding the borrower's mobile number: by an SMS code (H5), or by the code of WeChat's
 * getPhoneNumber button (weapp).
 *
 * SMS codes: 6 digits, valid 5 minutes, at most 5 wrong tries, one send per number per 60 s. The
 * sandbox "sends" by printing `[sms] 138****5678 code 123456` to its log and, in demo and test
 * mode, returns the code as demoCode. Numbers and codes are stored only as HMACs.
 */
import crypto from 'node:crypto'
import type { IdentityStatus, Schemas } from '../../core/contract-types'
import { revealsDemoSecrets, type SandboxDeps } from '../../core/deps'
import { maskMobile, validateMobile } from '../../core/domain'
import { isoAfter } from '../../core/clock'
import { SandboxError } from '../../core/errors'
import { sha256Hex } from '../../core/vault'
import { requirePrivacyConsent } from '../consent/service'
import { bindMobile, identityStatus } from '../identity/service'
import { openidOf } from './service'

export const SMS_CODE_TTL_SECONDS = 5 * 60
export const SMS_RESEND_SECONDS = 60
export const SMS_MAX_FAILED_ATTEMPTS = 5

export const PHONE_MESSAGES = {
  tooFrequent: (seconds: number) => `验证码发送过于频繁，请${seconds}秒后再试`,
  codeExpired: '验证码已失效，请重新获取',
  codeInvalid: (remaining: number) => (remaining > 0 ? `验证码不正确，还可以再试${remaining}次` : '验证码不正确，请重新获取'),
} as const

interface SmsRow {
  id: number
  code_mac: string
  expires_at: string
  failed_attempts: number
}

function normalizedMobile(raw: string): string {
  const mobile = raw.trim()
  const check = validateMobile(mobile)
  if (!check.ok) throw new SandboxError(422, 'MOBILE_INVALID', check.message)
  return mobile
}

function codeMac(deps: SandboxDeps, userId: string, mobile: string, code: string): string {
  return deps.vault.mac('sms-code', `${userId}:${mobile}:${code}`)
}

function secondsUntilResend(deps: SandboxDeps, mobileMac: string): number {
  const last = deps.db
    .prepare('SELECT sent_at FROM sms_codes WHERE mobile_mac = ? ORDER BY sent_at DESC LIMIT 1')
    .get(mobileMac) as { sent_at: string } | undefined
  if (!last) return 0
  const elapsedMs = deps.clock.now().getTime() - Date.parse(last.sent_at)
  return Math.max(0, Math.ceil((SMS_RESEND_SECONDS * 1000 - elapsedMs) / 1000))
}

export function sendSmsCode(deps: SandboxDeps, userId: string, rawMobile: string): Schemas['SmsSent'] {
  // The mobile number is personal information: only after the privacy consent (PIPL art. 13–14).
  requirePrivacyConsent(deps, userId)
  const mobile = normalizedMobile(rawMobile)
  const mobileMac = deps.vault.mac('mobile', mobile)
  const wait = secondsUntilResend(deps, mobileMac)
  if (wait > 0) throw new SandboxError(429, 'SMS_TOO_FREQUENT', PHONE_MESSAGES.tooFrequent(wait), { retryAfterSeconds: wait })
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
  const now = deps.clock.now()
  deps.db
    .prepare('INSERT INTO sms_codes (user_id, mobile_mac, code_mac, sent_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    .run(userId, mobileMac, codeMac(deps, userId, mobile, code), now.toISOString(), isoAfter(now, SMS_CODE_TTL_SECONDS))
  deps.log(`[sms] ${maskMobile(mobile)} code ${code}`)
  const sent: Schemas['SmsSent'] = { sentAt: now.toISOString(), resendAfterSeconds: SMS_RESEND_SECONDS, expiresInSeconds: SMS_CODE_TTL_SECONDS }
  if (revealsDemoSecrets(deps.mode)) sent.demoCode = code
  return sent
}

/** Checks the latest code sent to this user for this number; a wrong code uses up one try. */
function consumeSmsCode(deps: SandboxDeps, userId: string, mobile: string, code: string): void {
  const row = deps.db
    .prepare(
      `SELECT id, code_mac, expires_at, failed_attempts FROM sms_codes
       WHERE user_id = ? AND mobile_mac = ? AND used_at IS NULL ORDER BY id DESC LIMIT 1`,
    )
    .get(userId, deps.vault.mac('mobile', mobile)) as SmsRow | undefined
  const expired = !row || Date.parse(row.expires_at) <= deps.clock.now().getTime() || row.failed_attempts >= SMS_MAX_FAILED_ATTEMPTS
  if (!row || expired) throw new SandboxError(422, 'SMS_CODE_EXPIRED', PHONE_MESSAGES.codeExpired)
  if (!crypto.timingSafeEqual(Buffer.from(row.code_mac), Buffer.from(codeMac(deps, userId, mobile, code)))) {
    deps.db.prepare('UPDATE sms_codes SET failed_attempts = failed_attempts + 1 WHERE id = ?').run(row.id)
    const remaining = SMS_MAX_FAILED_ATTEMPTS - row.failed_attempts - 1
    throw new SandboxError(422, 'SMS_CODE_INVALID', PHONE_MESSAGES.codeInvalid(remaining), { remainingAttempts: remaining })
  }
  deps.db.prepare('UPDATE sms_codes SET used_at = ? WHERE id = ?').run(deps.clock.nowIso(), row.id)
}

export function bindPhoneBySms(deps: SandboxDeps, userId: string, input: Schemas['PhoneBySms']): IdentityStatus {
  requirePrivacyConsent(deps, userId)
  const mobile = normalizedMobile(input.mobile)
  consumeSmsCode(deps, userId, mobile, input.smsCode)
  bindMobile(deps, userId, mobile)
  return identityStatus(deps, userId)
}

/**
 * The sandbox's stand-in for WeChat's phone-number exchange: any code gives the user's demo
 * mobile, '139' + 8 digits of sha256('phone:' + openid), the same for every code of the same user.
 */
export function demoMobileFor(openid: string): string {
  // 12 hex digits (48 bits) stay an exact JavaScript number.
  const digits = parseInt(sha256Hex(`phone:${openid}`).slice(0, 12), 16) % 100_000_000
  return '139' + String(digits).padStart(8, '0')
}

export function bindPhoneByWeapp(deps: SandboxDeps, userId: string): IdentityStatus {
  requirePrivacyConsent(deps, userId)
  bindMobile(deps, userId, demoMobileFor(openidOf(deps, userId)))
  return identityStatus(deps, userId)
}
