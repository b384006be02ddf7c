/**
 * The one place errors become HTTP responses, always in the contract's `Error` shape:
 * SandboxError as thrown; express-openapi-validator's request errors as VALIDATION_FAILED,
 * UNAUTHORIZED, NOT_FOUND...; a response that broke the contract as 500 CONTRACT_VIOLATION (and a
 * log line); anything else as 500 INTERNAL_ERROR (and a log line).
 */
import type { ErrorRequestHandler, Request } from 'express'
import type { ErrorCode, Schemas } from './contract-types'
import { ContractViolationError, MESSAGES, SandboxError } from './errors'
import type { Logger } from './request-log'

interface Mapped {
  status: number
  body: Schemas['Error']
  /** Logged (without any body) when set. */
  logLine?: string
}

/** An error of express-openapi-validator (HttpError) or of body-parser. */
interface HttpLikeError {
  status?: number
  statusCode?: number
  type?: string
  errors?: { path?: string; message?: string }[]
}

const BY_STATUS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'VALIDATION_FAILED', message: MESSAGES.validation },
  401: { code: 'UNAUTHORIZED', message: MESSAGES.unauthorized },
  404: { code: 'NOT_FOUND', message: MESSAGES.notFound },
  405: { code: 'METHOD_NOT_ALLOWED', message: MESSAGES.methodNotAllowed },
  413: { code: 'PAYLOAD_TOO_LARGE', message: MESSAGES.payloadTooLarge },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: MESSAGES.unsupportedMediaType },
}

function isHttpLike(err: unknown): err is HttpLikeError {
  if (typeof err !== 'object' || err === null) return false
  const e = err as HttpLikeError
  return typeof e.status === 'number' || typeof e.statusCode === 'number'
}

function validationDetails(err: HttpLikeError): Schemas['Error']['details'] {
  const errors = (err.errors ?? []).map((e) => ({ path: e.path ?? '', message: e.message ?? '' }))
  return errors.length ? { errors } : undefined
}

function mapHttpLike(err: HttpLikeError, req: Request): Mapped {
  const status = err.status ?? err.statusCode ?? 500
  const known = BY_STATUS[status]
  if (!known) {
    return {
      status: 500,
      body: { code: 'INTERNAL_ERROR', message: MESSAGES.internal },
      logLine: `[error] ${req.method} ${req.path} ${status}: ${String((err as Error).message)}`,
    }
  }
  const details = status === 400 ? validationDetails(err) : undefined
  return { status, body: { code: known.code, message: known.message, ...(details ? { details } : {}) } }
}

export function mapError(err: unknown, req: Request): Mapped {
  if (err instanceof SandboxError) {
    const body: Schemas['Error'] = { code: err.code, message: err.message }
    if (err.details) body.details = err.details
    return { status: err.status, body }
  }
  if (err instanceof ContractViolationError) {
    return {
      status: 500,
      body: { code: 'CONTRACT_VIOLATION', message: MESSAGES.contractViolation },
      logLine: `[contract] ${req.method} ${req.path}: ${err.message}`,
    }
  }
  if (isHttpLike(err)) return mapHttpLike(err, req)
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err)
  return {
    status: 500,
    body: { code: 'INTERNAL_ERROR', message: MESSAGES.internal },
    logLine: `[error] ${req.method} ${req.path}: ${text}`,
  }
}

export function errorMiddleware(log: Logger): ErrorRequestHandler {
  // Express recognizes error middleware by its four parameters, so `_next` must stay.
  return (err, req, res, _next) => {
    const mapped = mapError(err, req)
    if (mapped.logLine) log(mapped.logLine)
    if (res.headersSent) return
    if (mapped.status === 429 && typeof mapped.body.details?.retryAfterSeconds === 'number') {
      res.set('Retry-After', String(mapped.body.details.retryAfterSeconds))
    }
    res.status(mapped.status).json(mapped.body)
  }
}
