import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { taroMock } from '../../../test/mocks/taro'
import { useMoneyOperation } from './hooks/use-money-operation'
import { pendingOf, reconcilePending, resetPendingOperations, sendOperation, startOperation, usePendingOperations } from './pending.store'
import type { DrawRequest } from './api'

const STORAGE_KEY = 'wdt.money-operations'
const body: DrawRequest = { lineId: 'L1', amountFen: 500_000, termMonths: 3, method: 'DAILY', cardId: 'C1', contractVersion: '1.0', smsCode: '123456' }
const draw = { id: 'D1', loanId: 'LN1', status: 'SUCCEEDED', amountFen: 500_000, cardLast4: '1234', createdAt: '2026-11-23T08:00:00.000Z' }

type Answer = { statusCode: number; data: unknown } | 'drop'

/** The bank's /draws: answers in order, records each key and whether the op was stored first. */
function bank(answers: Answer[]) {
  const seen: { key?: string; storedFirst: boolean }[] = []
  taroMock.requestHandler = ({ url, method, header }) => {
    if (!(url.endsWith('/draws') && method === 'POST')) throw new Error(`unexpected ${method} ${url}`)
    const key = header?.['Idempotency-Key']
    const stored = String(Taro.getStorageSync(STORAGE_KEY) ?? '')
    seen.push({ key, storedFirst: !!key && stored.includes(key) })
    const next = answers.shift()
    if (!next) throw new Error('unexpected request')
    if (next === 'drop') throw { errMsg: 'request:fail timeout' }
    return next
  }
  return seen
}

async function settle<T>(p: Promise<T>): Promise<T> {
  for (let i = 0; i < 10; i++) await jest.advanceTimersByTimeAsync(5000)
  return p
}

describe('pending money operations', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] })
    resetPendingOperations()
  })
  afterEach(() => jest.useRealTimers())

  it('is written to storage, with its key, before the request is sent; success replaces it by the result', async () => {
    const seen = bank([{ statusCode: 201, data: draw }])
    const op = startOperation('draw', body)
    const outcome = await sendOperation(op)
    expect(outcome.status).toBe('done')
    expect(seen).toEqual([{ key: op.key, storedFirst: true }])
    expect(pendingOf()).toHaveLength(0)
    expect(usePendingOperations.getState().completed[0]).toMatchObject({ kind: 'draw', key: op.key, result: draw })
  })

  it('reuses the pending key for the same confirmation (a double tap, a retry)', () => {
    const a = startOperation('draw', body)
    const b = startOperation('draw', { ...body })
    const c = startOperation('draw', { ...body, amountFen: 600_000 })
    expect(b.key).toBe(a.key)
    expect(c.key).not.toBe(a.key)
  })

  it('keeps the operation and its key after lost answers; reconciling after a relaunch resends that key and clears it', async () => {
    const seen = bank(['drop', { statusCode: 500, data: { code: 'INTERNAL_ERROR', message: '系统繁忙' } }, 'drop'])
    const op = startOperation('draw', body)
    const outcome = await settle(sendOperation(op))
    expect(outcome.status).toBe('unknown')
    expect(seen.map((s) => s.key)).toEqual([op.key, op.key, op.key])
    expect(pendingOf()).toEqual([op])

    // The app is closed: memory is gone, storage stays. Reopened, the store reads it back.
    const saved = Taro.getStorageSync(STORAGE_KEY)
    usePendingOperations.setState({ pending: [], completed: [] })
    Taro.setStorageSync(STORAGE_KEY, saved)
    await usePendingOperations.persist.rehydrate()
    expect(pendingOf().map((p) => p.key)).toEqual([op.key])

    const replay = bank([{ statusCode: 201, data: draw }])
    const outcomes = await settle(reconcilePending())
    expect(outcomes.map((o) => o.status)).toEqual(['done'])
    expect(replay).toEqual([{ key: op.key, storedFirst: true }])
    expect(pendingOf()).toHaveLength(0)
    expect(usePendingOperations.getState().completed[0].key).toBe(op.key)
  })

  it('drops the operation when the bank refuses that exact request (a 4xx): a corrected one gets a new key', async () => {
    bank([{ statusCode: 422, data: { code: 'SMS_CODE_INVALID', message: '验证码不正确' } }])
    const op = startOperation('draw', body)
    const outcome = await sendOperation(op)
    expect(outcome.status).toBe('refused')
    expect(pendingOf()).toHaveLength(0)
    expect(startOperation('draw', { ...body, smsCode: '654321' }).key).not.toBe(op.key)
  })
})

function ConfirmButton({ onDone }: { onDone: (key: string) => void }) {
  const op = useMoneyOperation('draw', { onDone: (o) => onDone(o.op.key), onRefused: jest.fn() })
  return (
    <button id="confirm" onClick={() => op.submit(body)}>
      {op.phase}
    </button>
  )
}

describe('useMoneyOperation', () => {
  beforeEach(() => resetPendingOperations())

  it('ignores a double tap: one pending operation, one request, one result', async () => {
    const seen = bank([{ statusCode: 201, data: draw }])
    const onDone = jest.fn()
    const { container } = render(<ConfirmButton onDone={onDone} />)
    const button = container.querySelector('#confirm')!
    await act(async () => {
      fireEvent.click(button)
      fireEvent.click(button)
    })
    await act(async () => undefined)
    expect(seen).toHaveLength(1)
    expect(onDone).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledWith(seen[0].key)
  })
})
