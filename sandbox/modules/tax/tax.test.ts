import { validateUscc } from '../../core/domain'
import { startTestSandbox, throughId, type TestClient, type TestSandbox } from '../../testing/harness'
import { BORROWERS, currentVersion, LENDING_TODAY, USCC, verifiedBorrower } from '../application/journey'
import { wholeMonthsBetween } from './service'

let t: TestSandbox
let zhang: TestClient & { userId: string }
let version: string

beforeAll(async () => {
  t = await startTestSandbox()
  zhang = await verifiedBorrower(t, BORROWERS.zhang)
  version = await currentVersion(zhang, 'TAX_AUTH')
})
afterAll(() => t.close())

const authorize = (c: TestClient, uscc: string, consentVersion = version) => c.post('/tax/authorizations', { uscc, consentVersion })

describe('the TAX_AUTH letter', () => {
  it('is served in full, version 1.0, required', async () => {
    const doc = await zhang.get('/consents/documents/TAX_AUTH')
    expect(doc.body).toMatchObject({ kind: 'TAX_AUTH', version: '1.0', title: '纳税信息查询授权书', required: true })
    expect(doc.body.body).toMatch(/授权查询的信息范围[\s\S]*授权用途[\s\S]*授权期限[\s\S]*撤回授权/)
  })
})

describe('before real-name verification', () => {
  it('every tax operation is 403 IDENTITY_REQUIRED', async () => {
    const c = await t.login()
    await throughId(c, BORROWERS.zheng) // ID verified, no face yet
    for (const res of [await c.get('/tax/businesses'), await authorize(c, USCC.zheng), await c.get('/tax/profile')]) {
      expect([res.status, res.body.code, res.body.message]).toEqual([403, 'IDENTITY_REQUIRED', '请先完成实名认证'])
    }
  })
})

describe('GET /tax/businesses', () => {
  it("lists the person's businesses, active first", async () => {
    const res = await zhang.get('/tax/businesses')
    expect(res.status).toBe(200)
    expect(res.body.businesses).toEqual([
      { uscc: USCC.zhang, name: '城南区丽华蔬菜经营部', kind: 'INDIVIDUAL', role: 'OPERATOR', status: 'ACTIVE', registeredOn: '2023-09-26' },
      { uscc: USCC.zhangClosed, name: '城南区丽华水果店', kind: 'INDIVIDUAL', role: 'OPERATOR', status: 'DEREGISTERED', registeredOn: '2019-05-10' },
    ])
  })

  it("shows a company's legal representative their company", async () => {
    const wang = await verifiedBorrower(t, BORROWERS.wang)
    expect((await wang.get('/tax/businesses')).body.businesses).toEqual([expect.objectContaining({ uscc: USCC.wang, kind: 'COMPANY', role: 'LEGAL_REP' })])
  })

  it('is an empty list for a person without businesses', async () => {
    const sun = await verifiedBorrower(t, BORROWERS.leap)
    expect((await sun.get('/tax/businesses')).body).toEqual({ businesses: [] })
  })
})

describe('POST /tax/authorizations: errors', () => {
  it('404 TAX_PROFILE_NOT_FOUND before any authorization', async () => {
    const res = await zhang.get('/tax/profile')
    expect([res.status, res.body.code]).toEqual([404, 'TAX_PROFILE_NOT_FOUND'])
  })

  it.each([
    ['a wrong check character', '92320106MA1XK3R57F'],
    ['a short code', '92320106MA1XK3R5'],
    ['letters not used in codes', '92320106MA1XK3R5IO'],
  ])('422 USCC_INVALID with the domain message for %s', async (_name, uscc) => {
    const res = await authorize(zhang, uscc)
    expect([res.status, res.body.code]).toEqual([422, 'USCC_INVALID'])
    const check = validateUscc(uscc)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(res.body.message).toBe(check.message)
  })

  it('409 CONSENT_VERSION_STALE for a letter version that is not current', async () => {
    const res = await authorize(zhang, USCC.zhang, '0.9')
    expect([res.status, res.body.code, res.body.details]).toEqual([409, 'CONSENT_VERSION_STALE', { kind: 'TAX_AUTH', currentVersion: '1.0' }])
  })

  it('404 BUSINESS_NOT_FOUND for a valid code the registry does not know', async () => {
    const res = await authorize(zhang, USCC.nobody)
    expect([res.status, res.body.code, res.body.message]).toEqual([404, 'BUSINESS_NOT_FOUND', '未查询到该企业，请核对统一社会信用代码'])
  })

  it("403 BUSINESS_NOT_LINKED for someone else's business", async () => {
    const res = await authorize(zhang, USCC.wang)
    expect([res.status, res.body.code, res.body.message]).toEqual([403, 'BUSINESS_NOT_LINKED', '该企业与您的身份信息不关联，需由经营者或法定代表人本人授权'])
  })

  it('422 BUSINESS_DEREGISTERED for a deregistered business', async () => {
    const res = await authorize(zhang, USCC.zhangClosed)
    expect([res.status, res.body.code, res.body.message]).toEqual([422, 'BUSINESS_DEREGISTERED', '该企业已注销，无法授权'])
  })

  it('503 TAX_SERVICE_UNAVAILABLE while the tax bureau is down, and works again after', async () => {
    expect((await t.anon.post('/test/tax-service', { available: false })).status).toBe(204)
    const down = await authorize(zhang, USCC.zhang)
    expect([down.status, down.body.code, down.body.message]).toEqual([503, 'TAX_SERVICE_UNAVAILABLE', '税务数据服务暂时不可用，请稍后重试'])
    expect((await zhang.get('/tax/profile')).status).toBe(404)
    expect((await t.anon.post('/test/tax-service', { available: true })).status).toBe(204)
    expect((await authorize(zhang, USCC.zhang)).status).toBe(201)
  })

  it('records no consent when the authorization fails', async () => {
    const c = await verifiedBorrower(t, BORROWERS.li)
    await authorize(c, USCC.wang)
    await authorize(c, USCC.li, '0.9')
    expect((await c.get('/consents')).body.filter((r: { kind: string }) => r.kind === 'TAX_AUTH')).toEqual([])
  })

  it('400 for a body outside the contract', async () => {
    expect((await zhang.post('/tax/authorizations', { uscc: USCC.zhang })).status).toBe(400)
    expect((await zhang.post('/tax/authorizations', { uscc: USCC.zhang, consentVersion: 'v1' })).status).toBe(400)
    expect((await t.anon.post('/test/tax-service', { available: 'no' })).status).toBe(400)
  })
})

describe('POST /tax/authorizations: success', () => {
  it('fetches the tax data and records the TAX_AUTH consent (version and time)', async () => {
    const c = zhang
    const res = await authorize(c, ` ${USCC.zhang.toLowerCase()} `)
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      uscc: USCC.zhang,
      businessName: '城南区丽华蔬菜经营部',
      monthsInBusiness: 38,
      yearlySalesFen: 96_000_000,
      taxPaidFen: 2_880_000,
      taxRating: 'A',
      fetchedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      consentVersion: '1.0',
    })
    const consents = (await c.get('/consents')).body
    expect(consents[0]).toEqual({ id: expect.any(Number), kind: 'TAX_AUTH', version: '1.0', granted: true, recordedAt: res.body.fetchedAt })
    expect((await c.get('/tax/profile')).body).toEqual(res.body)
  })

  it('the profile is the latest authorization', async () => {
    const zhou = await verifiedBorrower(t, BORROWERS.justAdult)
    await authorize(zhou, USCC.zhouYoung)
    const tea = await authorize(zhou, USCC.zhouTea)
    expect(tea.body).toMatchObject({ businessName: '湖滨区周强奶茶摊', monthsInBusiness: 10, taxRating: 'M', yearlySalesFen: 6_000_000 })
    expect((await zhou.get('/tax/profile')).body.uscc).toBe(USCC.zhouTea)
  })

  it('counts whole months in business on the sandbox today', () => {
    expect(wholeMonthsBetween('2023-09-26', LENDING_TODAY)).toBe(38)
    expect(wholeMonthsBetween('2023-09-01', LENDING_TODAY)).toBe(39)
    expect(wholeMonthsBetween('2026-11-30', LENDING_TODAY)).toBe(0)
    expect(wholeMonthsBetween('2027-01-01', LENDING_TODAY)).toBe(0)
  })
})

describe('test mode only', () => {
  it('POST /test/tax-service is 404 in demo mode, and a reset brings the service back', async () => {
    const demo = await startTestSandbox({ mode: 'demo' })
    try {
      expect((await demo.anon.post('/test/tax-service', { available: false })).status).toBe(404)
    } finally {
      await demo.close()
    }
    await t.anon.post('/test/tax-service', { available: false })
    await t.anon.post('/test/reset')
    const c = await verifiedBorrower(t, BORROWERS.zhang)
    expect((await authorize(c, USCC.zhang)).status).toBe(201)
  })
})
