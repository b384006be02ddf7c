/**
 * The one API client. Every request of the app goes through here: base URL from env, the session's
 * bearer token (renewed once on 401), a timeout, retries for safe requests (GETs, and writes that
 * carry an idempotency key), and the error envelope unwrapped into data or an `ApiError`.
 * Components never call `Taro.request` themselves.
 */
import Taro from '@tarojs/taro'
import { env } from '@/config/env'
import { ApiError, CLIENT_MESSAGES } from './errors'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface RequestOptions {
  method?: HttpMethod
  query?: Record<string, string | number | undefined>
  body?: unknown
  /** Makes a write safe to retry: the server returns the first result for a repeated key. */
  idempotencyKey?: string
  timeoutMs?: number
  /** false for the login call itself. */
  auth?: boolean
  /** Extra attempts after the first for retryable failures (default 2 where retrying is safe). */
  retries?: number
}

/** How the client obtains and renews the session token; provided by the session store. */
export interface AuthHooks {
  /** The current token: from memory, from secure storage, or from a fresh login. */
  current(): Promise<string>
  /** Drops the current token and logs in again. */
  renew(): Promise<string>
}

export const API_PREFIX = '/api/v1'
const DEFAULT_TIMEOUT_MS = 15_000

let authHooks: AuthHooks | null = null

export function configureAuth(hooks: AuthHooks | null): void {
  authHooks = hooks
}

interface RawResponse {
  status: number
  data: unknown
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return `${env.apiBase}${API_PREFIX}${path}${params.length ? `?${params.join('&')}` : ''}`
}

function headersFor(token: string | null, idempotencyKey?: string): Record<string, string> {
  const header: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  if (idempotencyKey) header['Idempotency-Key'] = idempotencyKey
  return header
}

function transportError(e: unknown): ApiError {
  const text = String((e as { errMsg?: string } | null)?.errMsg ?? e)
  return /timeout|超时/i.test(text)
    ? new ApiError('TIMEOUT', CLIENT_MESSAGES.TIMEOUT)
    : new ApiError('NETWORK', CLIENT_MESSAGES.NETWORK)
}

/** The server's error body is `{ code, message, details? }` (the contract's `Error` schema). */
export function toApiError(status: number, data: unknown): ApiError {
  const body = (typeof data === 'string' ? safeJson(data) : data) as
    | { code?: unknown; message?: unknown; details?: unknown }
    | null
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    const details = typeof body.details === 'object' && body.details ? (body.details as Record<string, unknown>) : undefined
    return new ApiError(body.code, body.message, status, details)
  }
  return new ApiError('BAD_RESPONSE', CLIENT_MESSAGES.BAD_RESPONSE, status)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** 400 ms, 1.2 s, 3.6 s … between retries. */
export function backoffMs(attempt: number): number {
  return 400 * 3 ** (attempt - 1)
}

async function send(path: string, opts: RequestOptions, token: string | null): Promise<RawResponse> {
  try {
    const res = await Taro.request({
      url: buildUrl(path, opts.query),
      method: opts.method ?? 'GET',
      data: opts.body as Record<string, unknown> | undefined,
      header: headersFor(token, opts.idempotencyKey),
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      dataType: 'json',
    })
    return { status: res.statusCode, data: res.data }
  } catch (e) {
    throw transportError(e)
  }
}

/** Sends once, renewing the session and resending once if the server says it expired. */
async function sendAuthenticated(path: string, opts: RequestOptions): Promise<RawResponse> {
  const useAuth = opts.auth !== false && authHooks !== null
  const first = await send(path, opts, useAuth ? await authHooks!.current() : null)
  if (first.status !== 401 || !useAuth) return first
  const token = await authHooks!.renew()
  return send(path, opts, token)
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET'
  const safeToRetry = method === 'GET' || Boolean(opts.idempotencyKey)
  const attempts = 1 + (safeToRetry ? (opts.retries ?? 2) : 0)
  for (let attempt = 1; ; attempt++) {
    let error: ApiError
    try {
      const res = await sendAuthenticated(path, { ...opts, method })
      if (res.status >= 200 && res.status < 300) return (res.data === '' ? undefined : res.data) as T
      error = toApiError(res.status, res.data)
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      error = e
    }
    if (!error.retryable || error.status === 429 || attempt >= attempts) throw error
    await sleep(backoffMs(attempt))
  }
}

/** Uploads one local file (a chosen photo) as multipart field `name`. */
export async function upload<T>(path: string, filePath: string, name: string): Promise<T> {
  const token = authHooks ? await authHooks.current() : null
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({
      url: buildUrl(path),
      filePath,
      name,
      header: token ? { Authorization: `Bearer ${token}` } : {},
      timeout: 30_000,
    })
  } catch (e) {
    throw transportError(e)
  }
  const data = typeof res.data === 'string' ? safeJson(res.data) : res.data
  if (res.statusCode >= 200 && res.statusCode < 300 && data !== null) return data as T
  throw toApiError(res.statusCode, data)
}

export const api = {
  get: <T>(path: string, opts: Omit<RequestOptions, 'method' | 'body'> = {}) => request<T>(path, { ...opts, method: 'GET' }),
  post: <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<T>(path, { ...opts, method: 'POST', body }),
  del: <T>(path: string, opts: Omit<RequestOptions, 'method' | 'body'> = {}) => request<T>(path, { ...opts, method: 'DELETE' }),
  upload,
}
