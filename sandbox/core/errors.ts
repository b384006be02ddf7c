/**
 * The one error type of the sandbox. Services throw `SandboxError(status, code, message)`; the error
 * middleware turns it into the contract's `Error` body. Messages are Simplified Chinese and shown to
 * the borrower as is, so they never contain personal data.
 */
import type { ErrorCode } from './contract-types'

export type ErrorDetails = Record<string, unknown>

export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message)
    this.name = 'SandboxError'
  }
}

/** A response the sandbox produced does not match openapi.yaml: a sandbox bug, never the client's. */
export class ContractViolationError extends Error {
  constructor(
    readonly operation: string,
    readonly violations: string,
  ) {
    super(`response of ${operation} violates the contract: ${violations}`)
    this.name = 'ContractViolationError'
  }
}

/** Messages used by more than one module. */
export const MESSAGES = {
  unauthorized: '登录已过期，请重新进入',
  validation: '请求参数有误，请检查后重试',
  notFound: '请求的服务不存在',
  methodNotAllowed: '请求方式不正确',
  payloadTooLarge: '上传内容过大，图片请不要超过4MB',
  unsupportedMediaType: '请求格式不正确',
  internal: '系统繁忙，请稍后再试',
  contractViolation: '服务暂时不可用，请稍后再试',
  idempotencyKeyReused: '重复的请求编号，请刷新后重试',
} as const
