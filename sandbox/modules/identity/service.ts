/**
 * Real-name verification state: the bound mobile, the verified ID, the passed face check, and the
 * status the client shows. Personal data is stored sealed (see core/vault.ts); lookups use HMACs.
 */
import type { IdentityStatus, Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { maskIdNumber, maskMobile, maskName, validateIdNumber } from '../../core/domain'
import { SandboxError } from '../../core/errors'
import { hasCurrentConsent, requirePrivacyConsent } from '../consent/service'

export const MAX_ID_CHECK_FAILURES_PER_DAY = 5
export const ADULT_AGE = 18

export const IDENTITY_MESSAGES = {
  underage: '未满18周岁，暂不能办理',
  personNotFound: '未能核验身份，请核对身份证号码',
  nameMismatch: '姓名与身份证号码不一致',
  idInUse: '该身份证已被其他微信账号使用，如有疑问请联系客户经理',
  idCheckLocked: '今日身份核验失败次数过多，请明天再试或到网点办理',
  identityLocked: '您已完成实名认证，如需更换身份信息请到网点办理',
} as const

export interface IdentityRow {
  user_id: string
  mobile_enc: string | null
  mobile_mac: string | null
  mobile_bound_at: string | null
  name_enc: string | null
  id_number_enc: string | null
  id_number_mac: string | null
  id_verified_at: string | null
  face_verified_at: string | null
}

/** Associated data binding each sealed column to its row. */
export const sealContext = {
  mobile: (userId: string) => `identities.mobile:${userId}`,
  name: (userId: string) => `identities.name:${userId}`,
  idNumber: (userId: string) => `identities.id_number:${userId}`,
}

export function identityRow(deps: SandboxDeps, userId: string): IdentityRow | undefined {
  return deps.db.prepare('SELECT * FROM identities WHERE user_id = ?').get(userId) as IdentityRow | undefined
}

function ensureIdentityRow(deps: SandboxDeps, userId: string): void {
  deps.db.prepare('INSERT OR IGNORE INTO identities (user_id) VALUES (?)').run(userId)
}

function latestOf(...instants: (string | null)[]): string | undefined {
  return instants.filter((t): t is string => t !== null).sort().pop()
}

function stepOf(row: IdentityRow | undefined, privacyConsented: boolean): Schemas['IdentityStep'] {
  // PIPL: consent comes before any personal information is collected, the mobile number included.
  if (!privacyConsented) return 'CONSENT'
  if (!row?.mobile_enc) return 'PHONE'
  if (!row.id_verified_at) return 'ID'
  if (!row.face_verified_at) return 'FACE'
  return 'DONE'
}

export function identityStatus(deps: SandboxDeps, userId: string): IdentityStatus {
  const row = identityRow(deps, userId)
  const privacyConsented = hasCurrentConsent(deps, userId, 'PRIVACY')
  const status: IdentityStatus = {
    step: stepOf(row, privacyConsented),
    privacyConsented,
    faceConsented: hasCurrentConsent(deps, userId, 'FACE'),
    faceVerified: Boolean(row?.face_verified_at),
    verified: Boolean(row?.mobile_enc && row.id_verified_at && row.face_verified_at),
  }
  if (row?.mobile_enc) status.mobileMasked = maskMobile(deps.vault.open(row.mobile_enc, sealContext.mobile(userId)))
  if (row?.name_enc) status.nameMasked = maskName(deps.vault.open(row.name_enc, sealContext.name(userId)))
  if (row?.id_number_enc) status.idNumberMasked = maskIdNumber(deps.vault.open(row.id_number_enc, sealContext.idNumber(userId)))
  if (status.verified && row) status.verifiedAt = latestOf(row.mobile_bound_at, row.id_verified_at, row.face_verified_at)
  return status
}

/** Binds (or replaces) the user's mobile number; the caller has proven it owns the number. */
export function bindMobile(deps: SandboxDeps, userId: string, mobile: string): void {
  ensureIdentityRow(deps, userId)
  deps.db
    .prepare('UPDATE identities SET mobile_enc = ?, mobile_mac = ?, mobile_bound_at = ? WHERE user_id = ?')
    .run(deps.vault.seal(mobile, sealContext.mobile(userId)), deps.vault.mac('mobile', mobile), deps.clock.nowIso(), userId)
}

// ---------------------------------------------------------------------------------------------
// ID check

/** Whole years from `birthDate` to `today` (both YYYY-MM-DD); a 29 February birthday falls on 1 March. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years
}

function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
}

function failuresToday(deps: SandboxDeps, userId: string): number {
  const row = deps.db
    .prepare('SELECT COUNT(*) AS n FROM id_check_failures WHERE user_id = ? AND business_date = ?')
    .get(userId, deps.clock.today()) as { n: number }
  return row.n
}

/** Records a failed registry check, then throws its error (the record must survive the throw). */
function failCheck(deps: SandboxDeps, userId: string, error: SandboxError): never {
  deps.db
    .prepare('INSERT INTO id_check_failures (user_id, business_date, code, created_at) VALUES (?, ?, ?, ?)')
    .run(userId, deps.clock.today(), error.code, deps.clock.nowIso())
  throw error
}

function normalizeName(name: string): string {
  return name.replace(/\s+/g, '')
}

function checkFormatAndAge(deps: SandboxDeps, idNumber: string): void {
  const today = deps.clock.today()
  const format = validateIdNumber(idNumber, today)
  if (!format.ok) throw new SandboxError(422, 'ID_INVALID', format.message)
  if (ageOn(birthDateOf(idNumber), today) < ADULT_AGE) throw new SandboxError(422, 'UNDERAGE', IDENTITY_MESSAGES.underage)
}

function checkRegistry(deps: SandboxDeps, userId: string, name: string, idNumber: string, idMac: string): void {
  const person = deps.db.prepare('SELECT name FROM registry_people WHERE id_number = ?').get(idNumber) as { name: string } | undefined
  if (!person) failCheck(deps, userId, new SandboxError(422, 'PERSON_NOT_FOUND', IDENTITY_MESSAGES.personNotFound))
  if (normalizeName(person.name) !== name) failCheck(deps, userId, new SandboxError(422, 'NAME_MISMATCH', IDENTITY_MESSAGES.nameMismatch))
  const holder = deps.db.prepare('SELECT user_id FROM identities WHERE id_number_mac = ?').get(idMac) as { user_id: string } | undefined
  if (holder && holder.user_id !== userId) failCheck(deps, userId, new SandboxError(409, 'ID_IN_USE', IDENTITY_MESSAGES.idInUse))
}

function storeVerifiedId(deps: SandboxDeps, userId: string, name: string, idNumber: string, idMac: string): void {
  ensureIdentityRow(deps, userId)
  const previous = identityRow(deps, userId)?.id_number_mac
  deps.db
    .prepare('UPDATE identities SET name_enc = ?, id_number_enc = ?, id_number_mac = ?, id_verified_at = ? WHERE user_id = ?')
    .run(deps.vault.seal(name, sealContext.name(userId)), deps.vault.seal(idNumber, sealContext.idNumber(userId)), idMac, deps.clock.nowIso(), userId)
  if (previous !== idMac) {
    // Face checks opened for another ID can no longer verify this one.
    deps.db.prepare("UPDATE face_verifications SET status = 'EXPIRED' WHERE user_id = ? AND status = 'PENDING'").run(userId)
  }
}

/** Checks name and ID number against the registry and binds them to the user. */
export function submitIdCard(deps: SandboxDeps, userId: string, input: Schemas['IdSubmission']): IdentityStatus {
  requirePrivacyConsent(deps, userId)
  if (identityRow(deps, userId)?.face_verified_at) throw new SandboxError(409, 'IDENTITY_LOCKED', IDENTITY_MESSAGES.identityLocked)
  if (failuresToday(deps, userId) >= MAX_ID_CHECK_FAILURES_PER_DAY) {
    throw new SandboxError(429, 'ID_CHECK_LOCKED', IDENTITY_MESSAGES.idCheckLocked, { limitPerDay: MAX_ID_CHECK_FAILURES_PER_DAY })
  }
  const idNumber = input.idNumber.trim().toUpperCase()
  const name = normalizeName(input.name)
  checkFormatAndAge(deps, idNumber)
  const idMac = deps.vault.mac('id-number', idNumber)
  checkRegistry(deps, userId, name, idNumber, idMac)
  storeVerifiedId(deps, userId, name, idNumber, idMac)
  return identityStatus(deps, userId)
}
