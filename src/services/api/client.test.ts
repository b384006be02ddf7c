import { taroMock } from '../../../test/mocks/taro'
import { api, backoffMs, configureAuth } from './client'
import { ApiError } from './errors'

type Answer = { statusCode: number; data: unknown } | 'network-error'

/** Answers requests in order; records the headers each carried. */
function script(answers: Answer[]) {
  const headers: Record<string, string>[] = []
  taroMock.requestHandler = (opts) => {
    headers.push(opts.header ?? {})
    const next = answers.shift()
    if (!next) throw new Error('unexpected request')
    if (next === 'network-error') throw { errMsg: 'request:fail' }
    return next
  }
  return headers
}

describe('the API client', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] })
    configureAuth({ current: async () => 'token-1', renew: async () => 'token-2' })
  })
  afterEach(() => {
    jest.useRealTimers()
    configureAuth(null)
  })

  /** Runs a request while letting the retry timers elapse. */
  async function settle<T>(p: Promise<T>): Promise<T> {
    for (let i = 0; i < 10; i++) await jest.advanceTimersByTimeAsync(5000)
    return p
  }

  it('unwraps data and sends the bearer token', async () => {
    const headers = script([{ statusCode: 200, data: { ok: 1 } }])
    await expect(api.get('/identity')).resolves.toEqual({ ok: 1 })
    expect(headers[0].Authorization).toBe('Bearer token-1')
  })

  it('turns the error body into an ApiError with the server’s Chinese message', async () => {
    script([{ statusCode: 422, data: { code: 'NAME_MISMATCH', message: '姓名与身份证号码不一致' } }])
    const err = (await api.post('/identity/id', {}).catch((e) => e)) as ApiError
    expect(err).toBeInstanceOf(ApiError)
    expect(err.code).toBe('NAME_MISMATCH')
    expect(err.message).toBe('姓名与身份证号码不一致')
    expect(err.status).toBe(422)
  })

  it('renews the session once on 401 and resends with the new token', async () => {
    const headers = script([
      { statusCode: 401, data: { code: 'UNAUTHORIZED', message: '登录已过期' } },
      { statusCode: 200, data: { ok: 1 } },
    ])
    await expect(api.get('/identity')).resolves.toEqual({ ok: 1 })
    expect(headers.map((h) => h.Authorization)).toEqual(['Bearer token-1', 'Bearer token-2'])
  })

  it('retries a GET after a network failure and a 5xx', async () => {
    script(['network-error', { statusCode: 503, data: {} }, { statusCode: 200, data: { ok: 1 } }])
    await expect(settle(api.get('/markets/MK01'))).resolves.toEqual({ ok: 1 })
  })

  it('never retries a write without an idempotency key', async () => {
    script([{ statusCode: 503, data: {} }])
    const err = (await api.post('/identity/id', {}).catch((e) => e)) as ApiError
    expect(err.code).toBe('BAD_RESPONSE')
    expect(taroMock.requests).toHaveLength(1)
  })

  it('retries a write that carries an idempotency key, with the same key', async () => {
    const headers = script(['network-error', { statusCode: 201, data: { id: 1 } }])
    await expect(settle(api.post('/draws', {}, { idempotencyKey: 'k-1' }))).resolves.toEqual({ id: 1 })
    expect(headers.map((h) => h['Idempotency-Key'])).toEqual(['k-1', 'k-1'])
  })

  it('gives a network failure a Chinese message once retries are spent', async () => {
    script(['network-error', 'network-error', 'network-error'])
    const err = (await settle(api.get('/identity').catch((e) => e))) as ApiError
    expect(err.code).toBe('NETWORK')
    expect(err.message).toBe('网络不可用，请检查网络后重试')
  })

  it('backs off 0.4 s, 1.2 s, 3.6 s', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([400, 1200, 3600])
  })
})
