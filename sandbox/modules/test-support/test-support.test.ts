import { consent, startTestSandbox, type TestSandbox } from '../../testing/harness'

describe('test mode', () => {
  let t: TestSandbox
  beforeAll(async () => {
    t = await startTestSandbox()
  })
  afterAll(() => t.close())

  it('resets: every user, session and record is gone, the seed is back', async () => {
    const c = await t.login()
    await c.post('/consents', { kind: 'PRIVACY', version: '1.0', granted: true })
    expect((await t.anon.post('/test/reset')).status).toBe(204)
    expect((await c.get('/identity')).status).toBe(401)
    const fresh = await t.login()
    expect((await fresh.get('/markets/MK01')).status).toBe(200)
    expect((await fresh.get('/consents')).body).toEqual([])
  })

  it('pins today and releases it', async () => {
    expect((await t.anon.post('/test/clock', { today: '2030-02-28' })).body).toEqual({ today: '2030-02-28', overridden: true })
    expect(t.sandbox.deps.clock.today()).toBe('2030-02-28')
    const released = await t.anon.post('/test/clock', { today: null })
    expect(released.body.overridden).toBe(false)
    expect(released.body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it.each([{ today: '2030-02-30' }, { today: '20300228' }, {}])('rejects the clock body %j', async (body) => {
    expect((await t.anon.post('/test/clock', body)).status).toBe(400)
  })

  it('a reset clears the pinned today', async () => {
    await t.anon.post('/test/clock', { today: '2030-02-28' })
    await t.anon.post('/test/reset')
    expect(t.sandbox.deps.clock.isOverridden()).toBe(false)
  })
})

describe('demo mode', () => {
  let t: TestSandbox
  beforeAll(async () => {
    t = await startTestSandbox({ mode: 'demo' })
  })
  afterAll(() => t.close())

  it.each([
    ['/test/reset', undefined],
    ['/test/clock', { today: '2030-01-01' }],
    ['/test/clock', { bad: true }],
  ])('answers 404 NOT_FOUND for %s', async (p, body) => {
    const res = await t.anon.post(p, body)
    expect(res.status).toBe(404)
    expect(res.body.code).toBe('NOT_FOUND')
  })

  it('still returns demo SMS codes', async () => {
    const c = await t.login()
    await consent(c, 'PRIVACY')
    expect((await c.post('/auth/sms', { mobile: '13812345678' })).body.demoCode).toMatch(/^\d{6}$/)
  })
})
