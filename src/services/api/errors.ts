/** Error codes the client itself produces (the server's come from the contract). */
export type ClientErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_RESPONSE'

/**
 * The one error type of every request. `message` is Chinese and safe to show as is; `code` lets a
 * screen react to a specific case (e.g. NAME_MISMATCH at the name field).
 */
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  readonly details?: Record<string, unknown>

  constructor(code: string, message: string, status = 0, details?: Record<string, unknown>) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.details = details
  }

  /** A network failure, a timeout or a 5xx: the same request may succeed later. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429
  }
}

export const CLIENT_MESSAGES: Record<ClientErrorCode, string> = {
  NETWORK: '网络不可用，请检查网络后重试',
  TIMEOUT: '请求超时，请稍后重试',
  BAD_RESPONSE: '服务暂时不可用，请稍后重试',
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** A message for any thrown value, for toasts. */
export function messageOf(e: unknown): string {
  if (isApiError(e)) return e.message
  return CLIENT_MESSAGES.BAD_RESPONSE
}
