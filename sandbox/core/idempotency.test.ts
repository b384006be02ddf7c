import { consent, startTestSandbox, type TestSandbox } from '../testing/harness'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
afterAll(() => t.close())

describe('Idempotency-Key', () => {
  it('replays the first response of a retried write instead of acting twice', async () => {
    const c = await t.login()
    await consent(c, 'PRIVACY') // the mobile number only after the privacy consent
    const headers = { 'Idempotency-Key': 'sms-retry-0001' }
    const first = await c.post('/auth/sms', { mobile: '13812345678' }, headers)
    const retry = await c.post('/auth/sms', { mobile: '13812345678' }, headers)
    expect(retry.status).toBe(200) // not 429 SMS_TOO_FREQUENT
    expect(retry.body).toEqual(first.body)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(t.logs.filter((l) => l.startsWith('[sms] 138****5678')).length).toBe(1)
  })

  it('replays 204 responses and 4xx answers too', async () => {
    const c = await t.login()
    const headers = { 'Idempotency-Key': 'stale-consent-01' }
    const first = await c.post('/consents', { kind: 'PRIVACY', version: '0.1', granted: true }, headers)
    const again = await c.post('/consents', { kind: 'PRIVACY', version: '0.1', granted: true }, headers)
    expect([first.status, again.status]).toEqual([409, 409])
    expect(again.body).toEqual(first.body)
  })

  it('refuses the same key for a different request', async () => {
    const c = await t.login()
    const headers = { 'Idempotency-Key': 'consent-key-0001' }
    await c.post('/consents', { kind: 'PRIVACY', version: '1.0', granted: true }, headers)
    const other = await c.post('/consents', { kind: 'PRIVACY', version: '1.0', granted: false }, headers)
    expect(other.status).toBe(409)
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED')
    expect((await c.get('/consents')).body).toHaveLength(1)
  })

  it('acts again once the key is older than 24 hours', async () => {
    const c = await t.login()
    const headers = { 'Idempotency-Key': 'old-key-000001' }
    const first = await c.post('/consents', { kind: 'FACE', version: '1.0', granted: true }, headers)
    t.advance(24 * 3600 + 1)
    const later = await c.post('/consents', { kind: 'FACE', version: '1.0', granted: true }, headers)
    expect(later.body.id).not.toBe(first.body.id)
  })

  it('rejects a malformed key', async () => {
    const c = await t.login()
    expect((await c.post('/consents', { kind: 'FACE', version: '1.0', granted: true }, { 'Idempotency-Key': 'short' })).status).toBe(400)
  })
})
