/**
 * `Idempotency-Key` for writes: the client's retry of a write (after a timeout, say) gets the first
 * response again instead of acting twice, e.g. a second SMS send answered "too frequent", or a draw
 * paid out twice in later journeys.
 *
 * Applies only to operations that declare the header in openapi.yaml, for a signed-in user.
 * Stored per (user, key) for 24 hours with a hash of method, path and body; 2xx and 4xx responses
 * are kept (a retried wrong SMS code gets the same answer), 5xx are not (a retry may then succeed).
 */
import type { Request, RequestHandler, Response } from 'express'
import type { Clock } from './clock'
import type { Logger } from './request-log'
import type { Db } from '../db/database'
import { MESSAGES, SandboxError } from './errors'
import { sha256Hex } from './vault'

const HEADER = 'Idempotency-Key'
const KEEP_SECONDS = 24 * 60 * 60

interface StoredResponse {
  request_sha256: string
  status: number
  body: string | null
  created_at: string
}

interface OperationParameter {
  $ref?: string
  name?: string
  in?: string
}

/** Whether the matched contract operation declares the Idempotency-Key header. */
function declaresKey(req: Request): boolean {
  // express-openapi-validator attaches the matched operation as req.openapi.
  const openapi = (req as Request & { openapi?: { schema?: { parameters?: OperationParameter[] } } }).openapi
  const parameters = openapi?.schema?.parameters ?? []
  return parameters.some(
    (p) => p.$ref === '#/components/parameters/IdempotencyKey' || (p.in === 'header' && p.name?.toLowerCase() === HEADER.toLowerCase()),
  )
}

/** The hash a stored response is keyed with (method, path, body). */
export function requestHash(req: Request): string {
  return sha256Hex(JSON.stringify([req.method, req.originalUrl.split('?')[0], req.body ?? null]))
}

function replay(res: Response, stored: StoredResponse): void {
  res.set('Idempotent-Replayed', 'true').status(stored.status)
  if (stored.body === null) res.end()
  else res.json(JSON.parse(stored.body))
}

/** Remembers what the handler sends, and stores it once the response has gone out. */
function captureResponse(res: Response, onFinish: (status: number, body: unknown) => void): void {
  let captured: unknown
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    captured = body
    return send(body)
  }
  res.on('finish', () => onFinish(res.statusCode, captured))
}

/**
 * For handlers that move money: stores the response of the request's key in the caller's open
 * transaction, so the record commits (or rolls back) together with the movement, and returns the
 * response stored earlier for the same key when another request got there first. Returns null
 * when the request carries no key.
 */
export function storeIdempotentResponse(
  db: Db,
  clock: Clock,
  req: Request,
  res: Response,
  produce: () => { status: number; body: unknown },
): { status: number; body: unknown; replayed: boolean } {
  const key = req.get(HEADER)
  const userId = req.auth?.userId
  if (!key || !userId) return { ...produce(), replayed: false }
  const hash = requestHash(req)
  const stored = db.prepare('SELECT request_sha256, status, body FROM idempotency_keys WHERE user_id = ? AND key = ?').get(userId, key) as
    | Pick<StoredResponse, 'request_sha256' | 'status' | 'body'>
    | undefined
  if (stored) {
    if (stored.request_sha256 !== hash) throw new SandboxError(409, 'IDEMPOTENCY_KEY_REUSED', MESSAGES.idempotencyKeyReused)
    res.locals.idempotencyStored = true
    return { status: stored.status, body: stored.body === null ? undefined : JSON.parse(stored.body), replayed: true }
  }
  const produced = produce()
  db.prepare('INSERT INTO idempotency_keys (user_id, key, request_sha256, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    userId,
    key,
    hash,
    produced.status,
    produced.body === undefined ? null : JSON.stringify(produced.body),
    clock.nowIso(),
  )
  res.locals.idempotencyStored = true
  return { ...produced, replayed: false }
}

export function idempotency(db: Db, clock: Clock, log: Logger): RequestHandler {
  const find = db.prepare('SELECT request_sha256, status, body, created_at FROM idempotency_keys WHERE user_id = ? AND key = ?')
  const remove = db.prepare('DELETE FROM idempotency_keys WHERE user_id = ? AND key = ?')
  const insert = db.prepare(
    'INSERT OR REPLACE INTO idempotency_keys (user_id, key, request_sha256, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  return (req, res, next) => {
    const key = req.get(HEADER)
    const userId = req.auth?.userId
    if (!key || !userId || !declaresKey(req)) return next()
    const hash = requestHash(req)
    const stored = find.get(userId, key) as StoredResponse | undefined
    const fresh = stored && Date.parse(stored.created_at) > clock.now().getTime() - KEEP_SECONDS * 1000
    if (stored && !fresh) remove.run(userId, key)
    if (stored && fresh) {
      if (stored.request_sha256 !== hash) return next(new SandboxError(409, 'IDEMPOTENCY_KEY_REUSED', MESSAGES.idempotencyKeyReused))
      return replay(res, stored)
    }
    captureResponse(res, (status, body) => {
      // Money-moving handlers store their response inside their own transaction (storeIdempotentResponse).
      if (status >= 500 || res.locals.idempotencyStored === true) return
      try {
        insert.run(userId, key, hash, status, body === undefined ? null : JSON.stringify(body), clock.nowIso())
      } catch (e) {
        // The user may be gone (a test reset); the response has been sent either way.
        log(`[idempotency] not stored: ${(e as Error).message}`)
      }
    })
    next()
  }
}
