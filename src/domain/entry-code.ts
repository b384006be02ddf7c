/**
 * Entry codes: what a scanned code tells the app about where the borrower came from.
 *
 * Field format (the same in both carriers), at most 32 legal scene characters:
 *
 *   m=<marketId>[&b=<bankerId>]&c=<check>   market board / stall sign (with its banker)
 *   s=<stationId>&c=<check>                  village service station plate (惠农通)
 *   a=<ticket>&c=<check>                     credit-report authorization pushed by a banker
 *
 * marketId, stationId and bankerId are 1–8 characters of [A-Z0-9]; a ticket is 8–20 of
 * [A-Za-z0-9]. `<check>` is two lower-case base-36 characters of a polynomial hash (× 31, mod
 * 1296) over everything before `&c=`: any single changed character or swapped neighbours, and
 * in practice any truncation, is detected. It guards against damage and casual edits, not
 * forgery; tickets are verified by the server.
 *
 * Carriers:
 * - mini-program code (wxacode.getUnlimited): `scene` = the fields, delivered URL-encoded as
 *   `query.scene`;
 * - ordinary QR code: `${ENTRY_URL_BASE}?<fields>`, delivered encoded as `query.q`.
 *
 * {@link parseEntry} never throws: anything malformed, over-long, of unknown kind, tampered or
 * truncated becomes `{ kind: 'invalid', reason }` with a toast-sized Chinese reason.
 */

export type EntryContext =
  | { kind: 'market'; marketId: string; bankerId?: string }
  | { kind: 'station'; stationId: string }
  | { kind: 'authorization'; ticket: string }
  | { kind: 'direct' }
  | { kind: 'invalid'; reason: string }

/** The contexts a code can carry. */
export type EncodableEntryContext = Extract<EntryContext, { kind: 'market' | 'station' | 'authorization' }>

/** What Taro's launch/show options give us (only the parts we read). */
export interface LaunchOptionsLike {
  query?: Record<string, string | undefined>
  scene?: number
}

/** The URL printed in ordinary QR codes (bound to the mini-program); fields go in its query. */
export const ENTRY_URL_BASE = 'https://wdt.sandbox-bank.cn/e'
const ENTRY_URL_HOST = 'wdt.sandbox-bank.cn'
const ENTRY_URL_PATH = '/e'

/** A mini-program code's scene: at most 32 characters. */
export const SCENE_MAX_LENGTH = 32

/** Launch scene values meaning a code was scanned (QR: 1011–1013; mini-program code: 1047–1049). */
export const SCAN_LAUNCH_SCENES: readonly number[] = [1011, 1012, 1013, 1047, 1048, 1049]

/** Reasons of invalid entries, one per class of error. */
export const ENTRY_INVALID_REASONS = {
  /** Not one of our codes: malformed, over-long, unknown kind, foreign URL. */
  unrecognized: '无法识别该二维码，请重新扫码',
  /** Ours but damaged: check missing, truncated or not matching. */
  damaged: '二维码已损坏或被篡改',
  /** A code was scanned but carried nothing. */
  empty: '二维码内容为空，请重新扫码',
} as const

const SCENE_CHARSET = /^[0-9A-Za-z!#$&'()*+,\/:;=?@\-._~]*$/
const ID_PATTERN = /^[A-Z0-9]{1,8}$/
const TICKET_PATTERN = /^[A-Za-z0-9]{8,20}$/
const CHECK_MODULUS = 36 * 36

const MARKET_BODY = /^m=([A-Z0-9]{1,8})(?:&b=([A-Z0-9]{1,8}))?$/
const STATION_BODY = /^s=([A-Z0-9]{1,8})$/
const AUTHORIZATION_BODY = /^a=([A-Za-z0-9]{8,20})$/
const WITH_CHECK = /^(.*)&c=([0-9a-z]{2})$/

/** Two base-36 characters of a polynomial hash of `body`. */
export function entryCheck(body: string): string {
  let h = 0
  for (let i = 0; i < body.length; i++) h = (h * 31 + body.charCodeAt(i)) % CHECK_MODULUS
  return h.toString(36).padStart(2, '0')
}

function invalid(reason: string): EntryContext {
  return { kind: 'invalid', reason }
}

/** True for a context that names a place or an authorization (not direct, not invalid). */
export function isEncodableEntry(ctx: EntryContext): ctx is EncodableEntryContext {
  return ctx.kind === 'market' || ctx.kind === 'station' || ctx.kind === 'authorization'
}

/** True unless the entry is invalid. */
export function isValidEntry(ctx: EntryContext): ctx is Exclude<EntryContext, { kind: 'invalid' }> {
  return ctx.kind !== 'invalid'
}

function requireId(value: unknown, name: string, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new RangeError(`${name} must match ${pattern.source}, got ${String(value)}`)
  }
  return value
}

/** The fields string `kind=id…&c=check` of a context. Throws a RangeError on bad ids or kinds. */
function encodeFields(ctx: EntryContext): string {
  let body: string
  switch (ctx.kind) {
    case 'market':
      body = `m=${requireId(ctx.marketId, 'marketId', ID_PATTERN)}`
      if (ctx.bankerId !== undefined) body += `&b=${requireId(ctx.bankerId, 'bankerId', ID_PATTERN)}`
      break
    case 'station':
      body = `s=${requireId(ctx.stationId, 'stationId', ID_PATTERN)}`
      break
    case 'authorization':
      body = `a=${requireId(ctx.ticket, 'ticket', TICKET_PATTERN)}`
      break
    default:
      throw new RangeError(`an entry of kind ${ctx.kind} cannot be encoded`)
  }
  return `${body}&c=${entryCheck(body)}`
}

/**
 * The `scene` of a mini-program code for a context: at most 32 legal scene characters, e.g.
 * `m=MK01&b=BK07&c=5v`. Throws a RangeError for `direct`/`invalid` or ids out of format.
 */
export function encodeEntryScene(ctx: EntryContext): string {
  return encodeFields(ctx)
}

/** The URL of an ordinary QR code for a context: `${ENTRY_URL_BASE}?<fields>`. */
export function encodeEntryUrl(ctx: EntryContext): string {
  return `${ENTRY_URL_BASE}?${encodeFields(ctx)}`
}

/** Parses a fields string (already decoded) into a context; invalid with a reason otherwise. */
export function parseEntryFields(fields: string): EntryContext {
  if (fields.length > SCENE_MAX_LENGTH || !SCENE_CHARSET.test(fields) || !/^[msa]=/.test(fields)) {
    return invalid(ENTRY_INVALID_REASONS.unrecognized)
  }
  const checked = WITH_CHECK.exec(fields)
  if (!checked || entryCheck(checked[1]) !== checked[2]) return invalid(ENTRY_INVALID_REASONS.damaged)
  const body = checked[1]
  const market = MARKET_BODY.exec(body)
  if (market) return market[2] === undefined ? { kind: 'market', marketId: market[1] } : { kind: 'market', marketId: market[1], bankerId: market[2] }
  const station = STATION_BODY.exec(body)
  if (station) return { kind: 'station', stationId: station[1] }
  const authorization = AUTHORIZATION_BODY.exec(body)
  if (authorization) return { kind: 'authorization', ticket: authorization[1] }
  return invalid(ENTRY_INVALID_REASONS.unrecognized)
}

/** decodeURIComponent, or null when the text is malformed. */
function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** The fields string of one of our QR URLs, or null when the URL is not ours. */
function fieldsOfEntryUrl(url: string): string | null {
  const match = /^https:\/\/([^/?#]*)([^?#]*)\?([^#]*)(?:#.*)?$/i.exec(url)
  if (!match || match[1].toLowerCase() !== ENTRY_URL_HOST || match[2] !== ENTRY_URL_PATH) return null
  return match[3]
}

/** A carrier's value when present: a non-empty string, `undefined` when absent, null when not a string. */
function carrier(query: Record<string, unknown>, key: string): string | undefined | null {
  if (!Object.prototype.hasOwnProperty.call(query, key)) return undefined
  const value = query[key]
  if (value === undefined || value === null || value === '') return undefined
  return typeof value === 'string' ? value : null
}

function isScanLaunch(scene: unknown): boolean {
  const n = typeof scene === 'string' && /^\d{4}$/.test(scene) ? Number(scene) : scene
  return typeof n === 'number' && SCAN_LAUNCH_SCENES.includes(n)
}

function parseLaunch(launch: unknown): EntryContext {
  if (typeof launch !== 'object' || launch === null) return { kind: 'direct' }
  const { query, scene } = launch as { query?: unknown; scene?: unknown }
  const q: Record<string, unknown> = typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {}
  const sceneValue = carrier(q, 'scene')
  if (sceneValue === null) return invalid(ENTRY_INVALID_REASONS.unrecognized)
  if (sceneValue !== undefined) {
    const fields = decodeOnce(sceneValue)
    return fields === null ? invalid(ENTRY_INVALID_REASONS.unrecognized) : parseEntryFields(fields)
  }
  const qValue = carrier(q, 'q')
  if (qValue === null) return invalid(ENTRY_INVALID_REASONS.unrecognized)
  if (qValue !== undefined) {
    const url = decodeOnce(qValue)
    const fields = url === null ? null : fieldsOfEntryUrl(url)
    return fields === null ? invalid(ENTRY_INVALID_REASONS.unrecognized) : parseEntryFields(fields)
  }
  return isScanLaunch(scene) ? invalid(ENTRY_INVALID_REASONS.empty) : { kind: 'direct' }
}

/**
 * The entry context of a launch (Taro `useLaunch`/`getLaunchOptionsSync()` options or a page's
 * router params wrapped as `{ query }`): `query.scene` first, then `query.q`; with neither, a
 * scan launch scene means an empty code, anything else a direct open. Never throws.
 */
export function parseEntry(launch: LaunchOptionsLike): EntryContext {
  try {
    return parseLaunch(launch)
  } catch {
    return invalid(ENTRY_INVALID_REASONS.unrecognized)
  }
}
