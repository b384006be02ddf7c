/**
 * Money in the loan domain: integer fen (1 yuan = 100 fen), integer basis points for rates
 * (435 bps = 4.35% a year), exact integer arithmetic with round half up, and the Chinese
 * display and input formats.
 *
 * Exactness: a product such as principal × bps × days can exceed 2^53, so {@link mulDivRound}
 * multiplies in plain numbers only while every partial product is a safe integer (exact), and
 * falls back to BigInt otherwise. Results are always exact integers. BigInt values are built with
 * `BigInt(n)` (no `123n` literals, no `**`) so the code survives the mini-program's transpiler.
 */

/** 1 yuan in fen. */
export const FEN_PER_YUAN = 100
/** The largest amount a user may type: 1,000,000,000 yuan (10^11 fen). */
export const MAX_AMOUNT_FEN = 100_000_000_000
/** Lowest and highest accepted annual rates, in basis points (0.01% to 36%). */
export const MIN_RATE_BPS = 1
export const MAX_RATE_BPS = 3600

const BIG_0 = BigInt(0)
const BIG_1 = BigInt(1)
const BIG_2 = BigInt(2)

/** Throws a RangeError unless `value` is a safe integer ≥ `min` (fen amounts, counts). */
export function assertInteger(value: unknown, name: string, min = 0, max = Number.MAX_SAFE_INTEGER): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`)
  }
}

/** Throws a RangeError unless `bps` is an integer annual rate from 1 to 3600 basis points. */
export function assertRateBps(bps: unknown, name = 'annualRateBps'): asserts bps is number {
  assertInteger(bps, name, MIN_RATE_BPS, MAX_RATE_BPS)
}

/** Converts an exact BigInt result back to a number, refusing anything beyond 2^53. */
export function toSafeNumber(value: bigint): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw new RangeError(`result ${value.toString()} exceeds the safe integer range`)
  return n
}

/** floor(num / den) rounded half up, for num ≥ 0 and den > 0: floor((2·num + den) / (2·den)). */
export function divRoundHalfUpBig(num: bigint, den: bigint): bigint {
  if (den <= BIG_0 || num < BIG_0) throw new RangeError('divRoundHalfUpBig expects num ≥ 0 and den > 0')
  return (BIG_2 * num + den) / (BIG_2 * den)
}

/** base^exponent for BigInt by repeated squaring (exponent ≥ 0). */
export function powBig(base: bigint, exponent: number): bigint {
  let result = BIG_1
  let b = base
  let e = exponent
  while (e > 0) {
    if (e & 1) result *= b
    e >>= 1
    if (e > 0) b *= b
  }
  return result
}

/**
 * round(f1 · f2 · … / den), half up, exactly, for non-negative integer factors and a positive
 * integer divisor. Uses exact number arithmetic while the product stays a safe integer
 * (`%` and division of an exact multiple are exact), BigInt beyond that.
 */
export function mulDivRound(factors: readonly number[], den: number): number {
  let product = 1
  let safe = true
  for (const f of factors) {
    product *= f
    if (!Number.isSafeInteger(product)) {
      safe = false
      break
    }
  }
  if (safe && Number.isSafeInteger(2 * den)) {
    const remainder = product % den
    const quotient = (product - remainder) / den
    return 2 * remainder >= den ? quotient + 1 : quotient
  }
  let big = BIG_1
  for (const f of factors) big *= BigInt(f)
  return toSafeNumber(divRoundHalfUpBig(big, BigInt(den)))
}

/** Same as {@link mulDivRound} but always in BigInt (reference implementation for tests). */
export function mulDivRoundBig(factors: readonly number[], den: number): number {
  let big = BIG_1
  for (const f of factors) big *= BigInt(f)
  return toSafeNumber(divRoundHalfUpBig(big, BigInt(den)))
}

// ---------------------------------------------------------------------------------------------
// Display

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Fen as yuan with thousands separators and two decimals: 855617 → '8,556.17', -5 → '-0.05'. */
export function formatYuan(fen: number): string {
  assertInteger(fen, 'fen', -Number.MAX_SAFE_INTEGER)
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / FEN_PER_YUAN)
  const cents = abs - yuan * FEN_PER_YUAN
  return `${fen < 0 ? '-' : ''}${groupThousands(String(yuan))}.${String(cents).padStart(2, '0')}`
}

/** 10,000 yuan in fen: the threshold of the 万 display. */
const WAN_FEN = 1_000_000

/**
 * A short amount for limits: 10,000 yuan and more in 万 with at most two decimals, truncated
 * (a limit is never shown larger than it is) and without trailing zeros: 80万, 12.5万, 8.05万;
 * smaller amounts as {@link formatYuan}.
 */
export function formatYuanShort(fen: number): string {
  assertInteger(fen, 'fen', -Number.MAX_SAFE_INTEGER)
  const abs = Math.abs(fen)
  if (abs < WAN_FEN) return formatYuan(fen)
  const hundredthsOfWan = Math.floor(abs / (WAN_FEN / 100)) // 1 unit = 100 yuan
  const whole = Math.floor(hundredthsOfWan / 100)
  const decimals = String(hundredthsOfWan - whole * 100).padStart(2, '0').replace(/0+$/, '')
  return `${fen < 0 ? '-' : ''}${groupThousands(String(whole))}${decimals ? `.${decimals}` : ''}万`
}

/** An annual rate in basis points as a percentage with two decimals: 435 → '4.35%', 360 → '3.60%'. */
export function formatRate(bps: number): string {
  assertInteger(bps, 'bps')
  const whole = Math.floor(bps / 100)
  return `${whole}.${String(bps - whole * 100).padStart(2, '0')}%`
}

// ---------------------------------------------------------------------------------------------
// Input

/** Result of parsing a typed amount: fen, or a short Chinese message for the form field. */
export type AmountParseResult = { ok: true; fen: number } | { ok: false; message: string }

export const AMOUNT_MESSAGES = {
  empty: '请输入金额',
  invalid: '请输入正确的金额',
  negative: '金额不能为负数',
  tooManyDecimals: '金额最多两位小数',
  tooLarge: '金额过大',
} as const

/** Full-width digits, comma, dot and minus to their ASCII forms. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E\uFF0D]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  )
}

const INTEGER_PART = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/

/**
 * Parses an amount the user typed, in yuan, into fen. Accepts '1000', '1,000', '1000.5',
 * '.5', '1000.', full-width '１０００', an optional leading ¥/￥ and a trailing 元, surrounding
 * spaces. Commas must group thousands. Zero is accepted (minimums are the caller's rule).
 * Never throws.
 */
export function parseAmountToFen(text: unknown): AmountParseResult {
  if (typeof text !== 'string') return { ok: false, message: AMOUNT_MESSAGES.empty }
  let s = toHalfWidth(text).trim()
  if (s === '') return { ok: false, message: AMOUNT_MESSAGES.empty }
  let negative = false
  if (s.startsWith('-')) {
    negative = true
    s = s.slice(1).trim()
  }
  s = s.replace(/^[\u00A5\uFFE5]\s*/, '').replace(/\s*元$/, '')
  const dot = s.indexOf('.')
  const intPart = dot === -1 ? s : s.slice(0, dot)
  const fracPart = dot === -1 ? '' : s.slice(dot + 1)
  const intOk = intPart === '' ? dot !== -1 && fracPart !== '' : INTEGER_PART.test(intPart)
  if (!intOk || !/^\d*$/.test(fracPart) || (intPart === '' && fracPart === '')) {
    return { ok: false, message: AMOUNT_MESSAGES.invalid }
  }
  if (negative) return { ok: false, message: AMOUNT_MESSAGES.negative }
  if (fracPart.length > 2) return { ok: false, message: AMOUNT_MESSAGES.tooManyDecimals }
  const digits = intPart.replace(/,/g, '').replace(/^0+(?=\d)/, '')
  // More than 12 integer digits is past any limit; check before converting to keep it exact.
  if (digits.length > 12) return { ok: false, message: AMOUNT_MESSAGES.tooLarge }
  const fen = Number(digits || '0') * FEN_PER_YUAN + Number(fracPart.padEnd(2, '0'))
  if (fen > MAX_AMOUNT_FEN) return { ok: false, message: AMOUNT_MESSAGES.tooLarge }
  return { ok: true, fen }
}
