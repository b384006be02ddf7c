import { consent, startTestSandbox, TestClient, type TestSandbox } from '../../testing/harness'
import { demoMobileFor, SMS_CODE_TTL_SECONDS } from './phone-service'
import { openidFor, SESSION_TTL_SECONDS } from './service'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
beforeEach(async () => {
  await t.anon.post('/test/reset')
})
afterAll(() => t.close())

/** A borrower who has granted the privacy consent, so may give a mobile number. */
async function consented(code?: string, channel?: 'weapp' | 'h5'): Promise<TestClient & { userId: string }> {
  const c = await t.login(code, channel)
  await consent(c, 'PRIVACY')
  return c
}

describe('login', () => {
  it('gives a 43-character token, a 7-day expiry and a stable user per channel and code', async () => {
    const a = await t.anon.post('/auth/login', { channel: 'h5', code: 'device-A' })
    expect(a.status).toBe(200)
    expect(a.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const days = (Date.parse(a.body.expiresAt) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.99)
    expect(days).toBeLessThanOrEqual(7.01)
    const again = await t.anon.post('/auth/login', { channel: 'h5', code: 'device-A' })
    expect(again.body.userId).toBe(a.body.userId)
    expect(again.body.token).not.toBe(a.body.token)
    const weapp = await t.anon.post('/auth/login', { channel: 'weapp', code: 'device-A' })
    expect(weapp.body.userId).not.toBe(a.body.userId)
  })

  it('derives the openid as documented and stores only token hashes', async () => {
    expect(openidFor('weapp', 'abc')).toMatch(/^o[0-9a-f]{27}$/)
    const a = await t.anon.post('/auth/login', { channel: 'h5', code: 'device-B' })
    const stored = t.sandbox.db.prepare('SELECT token_sha256 FROM sessions').all() as { token_sha256: string }[]
    expect(stored.map((s) => s.token_sha256)).not.toContain(a.body.token)
    expect(stored[0].token_sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each([
    [{ channel: 'h5' }],
    [{ channel: 'alipay', code: 'x' }],
    [{ channel: 'h5', code: '' }],
    [{ channel: 'h5', code: 'x'.repeat(129) }],
    [{ channel: 'h5', code: 'x', extra: 1 }],
  ])('rejects %j with VALIDATION_FAILED', async (body) => {
    const res = await t.anon.post('/auth/login', body)
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('VALIDATION_FAILED')
  })
})

describe('sessions', () => {
  it.each([
    ['no token', undefined],
    ['an unknown token', 'A'.repeat(43)],
  ])('answers 401 UNAUTHORIZED with %s', async (_label, token) => {
    const res = await new TestClient(t.url, token).get('/identity')
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ code: 'UNAUTHORIZED', message: '登录已过期，请重新进入' })
  })

  it('ends on logout, for that token only', async () => {
    const c = await t.login('same-person')
    const other = await t.login('same-person')
    expect((await c.post('/auth/logout')).status).toBe(204)
    expect((await c.get('/identity')).status).toBe(401)
    expect((await other.get('/identity')).status).toBe(200)
  })

  it('expires after 7 days', async () => {
    const c = await t.login()
    t.advance(SESSION_TTL_SECONDS - 60)
    expect((await c.get('/identity')).status).toBe(200)
    t.advance(120)
    expect((await c.get('/identity')).status).toBe(401)
  })
})

describe('SMS codes', () => {
  it('sends a 6-digit code, logs it with the number masked, and binds the mobile', async () => {
    const c = await consented()
    const sent = await c.post('/auth/sms', { mobile: ' 13812345678 ' })
    expect(sent.status).toBe(200)
    expect(sent.body).toEqual({ sentAt: expect.any(String), resendAfterSeconds: 60, expiresInSeconds: 300, demoCode: expect.stringMatching(/^\d{6}$/) })
    expect(t.logs).toContain(`[sms] 138****5678 code ${sent.body.demoCode}`)
    expect(t.logs.join('\n')).not.toContain('13812345678')
    const bound = await c.post('/auth/phone', { mobile: '13812345678', smsCode: sent.body.demoCode })
    expect(bound.status).toBe(200)
    expect(bound.body).toMatchObject({ step: 'ID', privacyConsented: true, mobileMasked: '138****5678' })
  })

  it('will not send a code before the privacy consent (403 CONSENT_REQUIRED), and sends none', async () => {
    const c = await t.login()
    const logged = t.logs.length
    const res = await c.post('/auth/sms', { mobile: '13812345678' })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ code: 'CONSENT_REQUIRED', message: '请先阅读并同意《微贷通个人信息处理规则》' })
    expect(t.logs.slice(logged).filter((l) => l.startsWith('[sms]'))).toEqual([])
    await consent(c, 'PRIVACY')
    expect((await c.post('/auth/sms', { mobile: '13812345678' })).status).toBe(200) // no resend wait was started
  })

  it('will not bind a mobile by SMS before the privacy consent, nor after it is withdrawn', async () => {
    const early = await t.login()
    const before = await early.post('/auth/phone', { mobile: '13812345678', smsCode: '123456' })
    expect(before.status).toBe(403) // the consent is checked before the code
    expect(before.body).toEqual({ code: 'CONSENT_REQUIRED', message: '请先阅读并同意《微贷通个人信息处理规则》' })
    const c = await consented()
    const sent = await c.post('/auth/sms', { mobile: '13812345678' })
    await consent(c, 'PRIVACY', false)
    const res = await c.post('/auth/phone', { mobile: '13812345678', smsCode: sent.body.demoCode })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('CONSENT_REQUIRED')
    expect((await c.get('/identity')).body).toEqual({ step: 'CONSENT', privacyConsented: false, faceConsented: false, faceVerified: false, verified: false })
    await consent(c, 'PRIVACY')
    expect((await c.post('/auth/phone', { mobile: '13812345678', smsCode: sent.body.demoCode })).status).toBe(200) // the code was not used up
  })

  it('a fresh borrower is at CONSENT, and at PHONE once the privacy consent is given', async () => {
    const c = await t.login()
    expect((await c.get('/identity')).body).toEqual({ step: 'CONSENT', privacyConsented: false, faceConsented: false, faceVerified: false, verified: false })
    await consent(c, 'PRIVACY')
    expect((await c.get('/identity')).body).toEqual({ step: 'PHONE', privacyConsented: true, faceConsented: false, faceVerified: false, verified: false })
  })

  it('refuses a second send to the same number within 60 s, for anyone', async () => {
    const a = await consented()
    const b = await consented()
    await a.post('/auth/sms', { mobile: '13812345678' })
    const again = await b.post('/auth/sms', { mobile: '13812345678' })
    expect(again.status).toBe(429)
    expect(again.body.code).toBe('SMS_TOO_FREQUENT')
    expect(again.body.details.retryAfterSeconds).toBeGreaterThan(0)
    expect(again.headers.get('retry-after')).toBe(String(again.body.details.retryAfterSeconds))
    expect((await b.post('/auth/sms', { mobile: '13912345678' })).status).toBe(200)
    t.advance(61)
    expect((await b.post('/auth/sms', { mobile: '13812345678' })).status).toBe(200)
  })

  it('rejects an invalid mobile with the domain validator message', async () => {
    const c = await consented()
    const res = await c.post('/auth/sms', { mobile: '1381234' })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ code: 'MOBILE_INVALID', message: '请输入11位手机号码' })
    expect((await c.post('/auth/sms', { mobile: '12812345678' })).body.message).toBe('手机号码格式不正确')
  })

  it('allows 5 wrong tries, then the code is void', async () => {
    const c = await consented()
    const sent = await c.post('/auth/sms', { mobile: '13812345678' })
    const wrong = sent.body.demoCode === '000000' ? '111111' : '000000'
    for (let remaining = 4; remaining >= 0; remaining--) {
      const res = await c.post('/auth/phone', { mobile: '13812345678', smsCode: wrong })
      expect(res.status).toBe(422)
      expect(res.body.code).toBe('SMS_CODE_INVALID')
      expect(res.body.details).toEqual({ remainingAttempts: remaining })
    }
    const right = await c.post('/auth/phone', { mobile: '13812345678', smsCode: sent.body.demoCode })
    expect(right.body.code).toBe('SMS_CODE_EXPIRED')
  })

  it('expires a code after 5 minutes and uses it only once', async () => {
    const c = await consented()
    const first = await c.post('/auth/sms', { mobile: '13812345678' })
    t.advance(SMS_CODE_TTL_SECONDS + 1)
    const late = await c.post('/auth/phone', { mobile: '13812345678', smsCode: first.body.demoCode })
    expect(late.body).toEqual({ code: 'SMS_CODE_EXPIRED', message: '验证码已失效，请重新获取' })
    const second = await c.post('/auth/sms', { mobile: '13812345678' })
    expect((await c.post('/auth/phone', { mobile: '13812345678', smsCode: second.body.demoCode })).status).toBe(200)
    expect((await c.post('/auth/phone', { mobile: '13812345678', smsCode: second.body.demoCode })).body.code).toBe('SMS_CODE_EXPIRED')
  })

  it('only accepts a code for the user it was sent to', async () => {
    const a = await consented()
    const b = await consented()
    const sent = await a.post('/auth/sms', { mobile: '13812345678' })
    const res = await b.post('/auth/phone', { mobile: '13812345678', smsCode: sent.body.demoCode })
    expect(res.body.code).toBe('SMS_CODE_EXPIRED')
  })
})

describe('the weapp phone code', () => {
  it('maps any code to the same demo mobile for the same user', async () => {
    const c = await consented('wx-user', 'weapp')
    const first = await c.post('/auth/phone', { phoneCode: 'code-1' })
    const second = await c.post('/auth/phone', { phoneCode: 'code-2' })
    const expected = demoMobileFor(openidFor('weapp', 'wx-user'))
    expect(expected).toMatch(/^139\d{8}$/)
    expect(first.body.mobileMasked).toBe(`139****${expected.slice(-4)}`)
    expect(second.body.mobileMasked).toBe(first.body.mobileMasked)
    expect(first.body).toMatchObject({ step: 'ID', privacyConsented: true })
  })

  it('will not bind before the privacy consent (403 CONSENT_REQUIRED)', async () => {
    const c = await t.login('wx-early', 'weapp')
    const res = await c.post('/auth/phone', { phoneCode: 'code-1' })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ code: 'CONSENT_REQUIRED', message: '请先阅读并同意《微贷通个人信息处理规则》' })
    expect((await c.get('/identity')).body.mobileMasked).toBeUndefined()
    expect(t.sandbox.db.prepare('SELECT COUNT(*) AS n FROM identities WHERE mobile_enc IS NOT NULL').get()).toEqual({ n: 0 })
  })

  it('rejects a body that mixes both forms', async () => {
    const c = await t.login()
    const res = await c.post('/auth/phone', { phoneCode: 'x', mobile: '13812345678', smsCode: '123456' })
    expect(res.status).toBe(400)
  })
})
