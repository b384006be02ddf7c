/**
 * Validators for what borrowers type. Each trims surrounding spaces, never throws on any string
 * (nor on a non-string), and answers `{ ok: true }` or a short Simplified Chinese message shown
 * under the form field.
 *
 * - ID number (居民身份证号码, GB 11643): 17 digits + a digit or X (x accepted), a known province
 *   code, a real birth date from 1900-01-01 to today, ISO 7064 MOD 11-2 check digit.
 * - Unified social credit code (统一社会信用代码, GB 32100): 18 characters of 0-9A-HJ-NPQRTUWXY
 *   (upper case), MOD 31 check character.
 * - Bank card: 16 to 19 digits, Luhn check.
 * - Mobile: mainland mobile number, 11 digits starting 13–19.
 */
import { isIsoDate, todayInChina, type IsoDate } from './dates'

export type Validation = { ok: true } | { ok: false; message: string }

export const VALIDATION_MESSAGES = {
  idLength: '请输入18位身份证号码',
  idFormat: '身份证号码格式不正确',
  idRegion: '地区码不正确',
  idBirthDate: '出生日期不正确',
  idCheck: '身份证号码校验位不正确，请核对',
  usccLength: '统一社会信用代码应为18位',
  usccFormat: '统一社会信用代码格式不正确',
  usccCheck: '统一社会信用代码校验位不正确',
  bankCardLength: '银行卡号应为16至19位数字',
  bankCardCheck: '银行卡号不正确，请核对',
  mobileLength: '请输入11位手机号码',
  mobileFormat: '手机号码格式不正确',
} as const

const OK: Validation = { ok: true }
const fail = (message: string): Validation => ({ ok: false, message })

/** The trimmed string, or null when the value is not a string. */
function clean(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() : null
}

// ---------------------------------------------------------------------------------------------
// ID number

/**
 * Province-level codes of GB/T 2260 (the first two digits), plus 71 Taiwan, 81 Hong Kong,
 * 82 Macao, and 83 used by residence permits of Taiwan residents.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
])

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = '10X98765432'
const EARLIEST_BIRTH_DATE = '1900-01-01'

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK_CHARS[sum % 11]
}

/**
 * Validates a mainland ID number. `today` (`YYYY-MM-DD`, default: today in China) bounds the
 * birth date; an invalid `today` is a programmer error (RangeError). Adult age is a business
 * rule checked with the borrower, not here.
 */
export function validateIdNumber(value: string, today?: string): Validation {
  const v = clean(value)
  if (v === null || v.length !== 18) return fail(VALIDATION_MESSAGES.idLength)
  if (!/^\d{17}[\dXx]$/.test(v)) return fail(VALIDATION_MESSAGES.idFormat)
  if (!PROVINCE_CODES.has(v.slice(0, 2))) return fail(VALIDATION_MESSAGES.idRegion)
  const birth: IsoDate = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`
  if (today !== undefined && !isIsoDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got ${String(today)}`)
  const limit = today ?? todayInChina()
  if (!isIsoDate(birth) || birth < EARLIEST_BIRTH_DATE || birth > limit) return fail(VALIDATION_MESSAGES.idBirthDate)
  if (idNumberCheckChar(v) !== v[17].toUpperCase()) return fail(VALIDATION_MESSAGES.idCheck)
  return OK
}

// ---------------------------------------------------------------------------------------------
// Unified social credit code

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The GB 32100 check character of the first 17 characters of a credit code. */
export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]) * USCC_WEIGHTS[i]
  return USCC_CHARS[(31 - (sum % 31)) % 31]
}

/** Validates a unified social credit code (upper case, as printed on the business licence). */
export function validateUscc(value: string): Validation {
  const v = clean(value)
  if (v === null || v.length !== 18) return fail(VALIDATION_MESSAGES.usccLength)
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) return fail(VALIDATION_MESSAGES.usccFormat)
  if (usccCheckChar(v) !== v[17]) return fail(VALIDATION_MESSAGES.usccCheck)
  return OK
}

// ---------------------------------------------------------------------------------------------
// Bank card and mobile

/** True when a digit string passes the Luhn (mod 10) check. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** Validates a bank card number: 16 to 19 digits and the Luhn check. */
export function validateBankCard(value: string): Validation {
  const v = clean(value)
  if (v === null || !/^\d{16,19}$/.test(v)) return fail(VALIDATION_MESSAGES.bankCardLength)
  if (!luhnValid(v)) return fail(VALIDATION_MESSAGES.bankCardCheck)
  return OK
}

/** Validates a mainland mobile number: 11 digits, 1 then 3–9. */
export function validateMobile(value: string): Validation {
  const v = clean(value)
  if (v === null || !/^\d{11}$/.test(v)) return fail(VALIDATION_MESSAGES.mobileLength)
  if (!/^1[3-9]/.test(v)) return fail(VALIDATION_MESSAGES.mobileFormat)
  return OK
}
