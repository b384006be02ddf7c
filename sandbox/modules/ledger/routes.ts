import type { Request, Response } from 'express'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'
import { bodyOf, paramOf, userIdOf, type Route } from '../../core/http'
import { storeIdempotentResponse } from '../../core/idempotency'
import { tx } from '../../db/database'
import { beforeHandling } from '../faults/service'
import { createDraw, quoteDraw } from './draws'
import { listDues, listLoans, loanDetail } from './loans'
import { createRepayment, quoteRepayment } from './repayments'
import { countWrongDrawCode, sendDrawCode, WrongDrawCode } from './sms'

export const IDEMPOTENCY_MESSAGES = {
  keyRequired: '请求缺少幂等编号（Idempotency-Key），请刷新后重试',
} as const

/**
 * A write that moves money: needs an Idempotency-Key; the movement and the stored response commit
 * in one transaction (a retry after a lost response replays it); test-mode faults apply.
 */
async function moveMoney(deps: SandboxDeps, req: Request, res: Response, operationId: string, act: () => unknown): Promise<void> {
  if (!req.get('Idempotency-Key')) throw new SandboxError(400, 'IDEMPOTENCY_KEY_REQUIRED', IDEMPOTENCY_MESSAGES.keyRequired)
  const { dropAfterCommit } = await beforeHandling(deps, operationId)
  let result: { status: number; body: unknown; replayed: boolean }
  try {
    result = tx(deps.db, () => storeIdempotentResponse(deps.db, deps.clock, req, res, () => ({ status: 201, body: act() })))
  } catch (e) {
    // A wrong code uses up a try even though the draw's transaction rolled back.
    if (e instanceof WrongDrawCode) countWrongDrawCode(deps, e)
    throw e
  }
  if (dropAfterCommit) {
    deps.log(`[test] ${operationId} committed; dropping the connection without a response`)
    req.socket.destroy()
    return
  }
  if (result.replayed) res.set('Idempotent-Replayed', 'true')
  res.status(result.status).json(result.body)
}

export function ledgerRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'post',
      path: '/draws/sms',
      operationId: 'sendDrawCode',
      handle: (req, res) => {
        res.json(sendDrawCode(deps, userIdOf(req)))
      },
    },
    {
      method: 'post',
      path: '/draws/quote',
      operationId: 'quoteDraw',
      handle: (req, res) => {
        res.json(quoteDraw(deps, userIdOf(req), bodyOf<Schemas['DrawQuoteRequest']>(req)))
      },
    },
    {
      method: 'post',
      path: '/draws',
      operationId: 'createDraw',
      handle: async (req, res) => {
        const userId = userIdOf(req)
        await moveMoney(deps, req, res, 'createDraw', () => createDraw(deps, userId, bodyOf<Schemas['DrawRequest']>(req)))
      },
    },
    {
      method: 'get',
      path: '/loans',
      operationId: 'listLoans',
      handle: (req, res) => {
        res.json(listLoans(deps, userIdOf(req)))
      },
    },
    {
      method: 'get',
      path: '/loans/{loanId}',
      operationId: 'getLoan',
      handle: (req, res) => {
        res.json(loanDetail(deps, userIdOf(req), paramOf(req, 'loanId')))
      },
    },
    {
      method: 'post',
      path: '/repayments/quote',
      operationId: 'quoteRepayment',
      handle: (req, res) => {
        res.json(quoteRepayment(deps, userIdOf(req), bodyOf<Schemas['RepaymentQuoteRequest']>(req)))
      },
    },
    {
      method: 'post',
      path: '/repayments',
      operationId: 'createRepayment',
      handle: async (req, res) => {
        const userId = userIdOf(req)
        await moveMoney(deps, req, res, 'createRepayment', () => createRepayment(deps, userId, bodyOf<Schemas['RepaymentRequest']>(req)))
      },
    },
    {
      method: 'get',
      path: '/dues',
      operationId: 'listDues',
      handle: (req, res) => {
        res.json(listDues(deps, userIdOf(req)))
      },
    },
  ]
}
