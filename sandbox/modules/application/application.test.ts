import { startTestSandbox, throughId, type Json, type TestClient, type TestSandbox } from '../../testing/harness'
import { adjustLineUsage } from '../credit-line/service'
import {
  applicationConsents,
  applyAndDecide,
  authorizeTax,
  BORROWERS,
  CERTIFICATES,
  LENDING_TODAY,
  newKey,
  submit,
  USCC,
  valueProperty,
  verifiedBorrower,
} from './journey'

let t: TestSandbox

/** Each block runs in its own sandbox: a person's ID binds to one borrower only. */
function ownSandbox(): void {
  beforeAll(async () => {
    t = await startTestSandbox()
  })
  afterAll(() => t.close())
}

describe('submitting: the checks, in order', () => {
  ownSandbox()
  let zhang: TestClient
  let consents: Json[]

  beforeAll(async () => {
    zhang = await verifiedBorrower(t, BORROWERS.zhang)
    consents = await applicationConsents(zhang)
  })

  it('403 IDENTITY_REQUIRED before real-name verification', async () => {
    const c = await t.login()
    await throughId(c, BORROWERS.leap)
    const res = await submit(c, { productId: 'CREDIT01', amountFen: 5_000_000 }, consents)
    expect([res.status, res.body.code]).toEqual([403, 'IDENTITY_REQUIRED'])
  })

  it('409 TAX_AUTH_REQUIRED before the tax authorization', async () => {
    const res = await submit(zhang, { productId: 'CREDIT01', amountFen: 5_000_000 }, consents)
    expect([res.status, res.body.code, res.body.message]).toEqual([409, 'TAX_AUTH_REQUIRED', '请先完成纳税授权'])
    await authorizeTax(zhang, USCC.zhang)
  })

  it('404 PRODUCT_NOT_FOUND for an unknown product', async () => {
    const res = await submit(zhang, { productId: 'NOPE01', amountFen: 5_000_000 }, consents)
    expect([res.status, res.body.code]).toEqual([404, 'PRODUCT_NOT_FOUND'])
  })

  it.each([
    ['CREDIT01', 999_900, '申请金额需在1万元至30万元之间，且为100元的整数倍'],
    ['CREDIT01', 30_010_000, '申请金额需在1万元至30万元之间，且为100元的整数倍'],
    ['CREDIT01', 5_000_050, '申请金额需在1万元至30万元之间，且为100元的整数倍'],
    ['PROP01', 100_010_000, '申请金额需在1万元至100万元之间，且为100元的整数倍'],
  ])('422 AMOUNT_OUT_OF_RANGE naming the range (%s, %d fen)', async (productId, amountFen, message) => {
    const res = await submit(zhang, { productId, amountFen }, consents)
    expect([res.status, res.body.code, res.body.message]).toEqual([422, 'AMOUNT_OUT_OF_RANGE', message])
    expect(res.body.details).toMatchObject({ minFen: 1_000_000, stepFen: 10_000 })
  })

  it('422 VALUATION_REQUIRED for a PROPERTY product without a valuation of this borrower', async () => {
    const wang = await verifiedBorrower(t, BORROWERS.wang)
    const theirs = await valueProperty(wang, CERTIFICATES.wangSpouse)
    for (const body of [{}, { valuationId: theirs }, { valuationId: 'AAAAAAAAAAAAAAAAAAAAAAAA' }]) {
      const res = await submit(zhang, { productId: 'PROP01', amountFen: 50_000_000, ...body }, consents)
      expect([res.status, res.body.code]).toEqual([422, 'VALUATION_REQUIRED'])
    }
  })

  it('403 CONSENT_REQUIRED without both letters; 409 CONSENT_VERSION_STALE for an old version', async () => {
    for (const given of [[], [consents[0]], [consents[1], consents[1]]]) {
      const res = await submit(zhang, { productId: 'CREDIT01', amountFen: 5_000_000 }, given)
      expect([res.status, res.body.code]).toEqual([403, 'CONSENT_REQUIRED'])
    }
    const stale = await submit(zhang, { productId: 'CREDIT01', amountFen: 5_000_000 }, [consents[0], { kind: 'DATA_USE', version: '0.9' }])
    expect([stale.status, stale.body.code, stale.body.details]).toEqual([409, 'CONSENT_VERSION_STALE', { kind: 'DATA_USE', currentVersion: '1.0' }])
  })

  it('404 MARKET_NOT_FOUND for an unknown market', async () => {
    const res = await submit(zhang, { productId: 'CREDIT01', amountFen: 5_000_000, marketId: 'MK99' }, consents)
    expect([res.status, res.body.code]).toEqual([404, 'MARKET_NOT_FOUND'])
  })

  it('400 without an Idempotency-Key, or with a purpose outside the list', async () => {
    const noKey = await zhang.post('/applications', { productId: 'CREDIT01', amountFen: 5_000_000, purpose: 'STOCK', consents })
    expect([noKey.status, noKey.body.code]).toEqual([400, 'VALIDATION_FAILED'])
    expect((await submit(zhang, { productId: 'CREDIT01', amountFen: 5_000_000, purpose: 'HOLIDAY' }, consents)).status).toBe(400)
  })

  it('records nothing when refused', async () => {
    expect((await zhang.get('/applications')).body).toEqual({ applications: [] })
    expect((await zhang.get('/consents')).body.filter((r: Json) => r.kind === 'CREDIT_REPORT' || r.kind === 'DATA_USE')).toEqual([])
  })
})

describe('submitting, waiting, and the credit line', () => {
  ownSandbox()
  let zhang: TestClient
  let consents: Json[]
  let first: Json
  const key = newKey('zhang-credit')

  beforeAll(async () => {
    zhang = await verifiedBorrower(t, BORROWERS.zhang)
    await authorizeTax(zhang, USCC.zhang)
    consents = await applicationConsents(zhang)
  })

  it('answers 201 PENDING with the time the decision will be revealed', async () => {
    const res = await submit(zhang, { productId: 'CREDIT01', amountFen: 5_000_000, purpose: 'STOCK', marketId: 'MK01', bankerId: 'BK02' }, consents, key)
    expect(res.status).toBe(201)
    first = res.body
    expect(first).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      status: 'PENDING',
      productId: 'CREDIT01',
      productName: '商e贷',
      amountFen: 5_000_000,
      purpose: 'STOCK',
      marketId: 'MK01',
      submittedAt: expect.any(String),
      decideAt: new Date(Date.parse(first.submittedAt) + 2000).toISOString(),
      consents: [
        { kind: 'CREDIT_REPORT', version: '1.0', recordedAt: expect.any(String) },
        { kind: 'DATA_USE', version: '1.0', recordedAt: expect.any(String) },
      ],
    })
    for (const c of first.consents) expect(Date.parse(c.recordedAt)).toBeLessThanOrEqual(Date.parse(first.submittedAt))
    const recorded = (await zhang.get('/consents')).body.map((r: Json) => [r.kind, r.version, r.granted])
    expect(recorded).toEqual(expect.arrayContaining([['CREDIT_REPORT', '1.0', true], ['DATA_USE', '1.0', true]]))
  })

  it('replays the same application for a retried submit, and refuses the key for another body', async () => {
    const retry = await submit(zhang, { productId: 'CREDIT01', amountFen: 5_000_000, purpose: 'STOCK', marketId: 'MK01', bankerId: 'BK02' }, consents, key)
    expect([retry.status, retry.body.id, retry.headers.get('idempotent-replayed')]).toEqual([201, first.id, 'true'])
    const other = await submit(zhang, { productId: 'CREDIT01', amountFen: 6_000_000, marketId: 'MK01' }, consents, key)
    expect([other.status, other.body.code]).toEqual([409, 'IDEMPOTENCY_KEY_REUSED'])
    expect((await zhang.get('/applications')).body.applications).toHaveLength(1)
  })

  it('allows one open application at a time (409 APPLICATION_PENDING)', async () => {
    const res = await submit(zhang, { productId: 'CREDIT01', amountFen: 6_000_000 }, consents)
    expect([res.status, res.body.code, res.body.details]).toEqual([409, 'APPLICATION_PENDING', { applicationId: first.id }])
  })

  it('stays PENDING, with no line, until 2 seconds have passed', async () => {
    t.advance(1.5)
    expect((await zhang.get(`/applications/${first.id}`)).body).toMatchObject({ status: 'PENDING', decideAt: first.decideAt })
    expect((await zhang.get('/credit-lines')).body).toEqual({ lines: [] })
  })

  it('then reveals the approval: the line the data supports, not the amount asked', async () => {
    t.advance(0.5)
    const res = await zhang.get(`/applications/${first.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'APPROVED', amountFen: 5_000_000, decidedAt: first.decideAt })
    expect(res.body.decideAt).toBeUndefined()
    expect(res.body.decision).toEqual({
      lineFen: 28_800_000,
      annualRateBps: 365,
      validUntil: '2027-12-01',
      message: '恭喜您，申请已通过！授信额度28.8万元，年化利率（单利）3.65%，额度有效期12个月，额度内随借随还。',
      banker: expect.objectContaining({ id: 'BK02', name: '陈浩', photoUrl: expect.stringMatching(/\/assets\/bankers\/BK02\.png$/) }),
    })
    const lines = (await zhang.get('/credit-lines')).body.lines
    expect(lines).toEqual([
      {
        id: res.body.creditLineId,
        productId: 'CREDIT01',
        productName: '商e贷',
        kind: 'CREDIT',
        totalFen: 28_800_000,
        availableFen: 28_800_000,
        usedFen: 0,
        annualRateBps: 365,
        validFrom: LENDING_TODAY,
        validUntil: '2027-12-01',
        status: 'ACTIVE',
      },
    ])
  })

  it('lists applications newest first; a PROPERTY application adds the flat (capped at 1,000,000 yuan)', async () => {
    const valuationId = await valueProperty(zhang, CERTIFICATES.zhang)
    const property = await applyAndDecide(t, zhang, { productId: 'PROP01', amountFen: 80_000_000, purpose: 'STORE', valuationId })
    expect(property).toMatchObject({ status: 'APPROVED', valuationId, productName: '抵押e贷' })
    expect(property.decision).toMatchObject({ lineFen: 100_000_000, annualRateBps: 345, propertyExtraFen: 71_200_000, validUntil: '2029-12-01' })
    const list = (await zhang.get('/applications')).body.applications
    expect(list.map((a: Json) => a.id)).toEqual([property.id, first.id])
    const lines = (await zhang.get('/credit-lines')).body.lines
    expect(lines.map((l: Json) => [l.kind, l.totalFen, l.annualRateBps, l.validUntil])).toEqual([
      ['PROPERTY', 100_000_000, 345, '2029-12-01'],
      ['CREDIT', 28_800_000, 365, '2027-12-01'],
    ])
  })

  it('changes used_fen only within 0..total, through adjustLineUsage', async () => {
    const [, credit] = (await zhang.get('/credit-lines')).body.lines
    const deps = t.sandbox.deps
    expect(adjustLineUsage(deps, credit.id, 1_000_000).used_fen).toBe(1_000_000)
    expect(() => adjustLineUsage(deps, credit.id, 27_800_001)).toThrow(RangeError)
    expect(() => adjustLineUsage(deps, credit.id, -1_000_001)).toThrow(RangeError)
    expect(() => adjustLineUsage(deps, credit.id, 0.5)).toThrow(RangeError)
    expect(() => adjustLineUsage(deps, 'no-such-line-000', 1)).toThrow(RangeError)
    const after = (await zhang.get('/credit-lines')).body.lines[1]
    expect([after.usedFen, after.availableFen]).toEqual([1_000_000, 27_800_000])
    expect(adjustLineUsage(deps, credit.id, -1_000_000).used_fen).toBe(0)
  })

  it('an expired line shows EXPIRED with nothing available', async () => {
    await t.anon.post('/test/clock', { today: '2027-12-02' })
    const lines = (await zhang.get('/credit-lines')).body.lines
    expect(lines.map((l: Json) => [l.kind, l.status, l.availableFen])).toEqual([
      ['PROPERTY', 'ACTIVE', 100_000_000],
      ['CREDIT', 'EXPIRED', 0],
    ])
    await t.anon.post('/test/clock', { today: LENDING_TODAY })
  })
})

describe('the seeded outcomes', () => {
  ownSandbox()
  it.each<[string, { name: string; idNumber: string }, string, Json]>([
    ['王建国 (B, 100,000 yuan debts)', BORROWERS.wang, USCC.wang, { status: 'APPROVED', decision: { lineFen: 20_000_000, annualRateBps: 415 } }],
    ['李秀英 (M)', BORROWERS.li, USCC.li, { status: 'APPROVED', decision: { lineFen: 7_200_000, annualRateBps: 465 } }],
    ['赵明 (rating D)', BORROWERS.zhao, USCC.zhao, { status: 'DECLINED', decision: { reasonCategory: 'TAX_RATING' } }],
    ['刘福生 (over 65)', BORROWERS.elder, USCC.liu, { status: 'REFERRED', decision: { reasonCategory: 'AGE' } }],
    ['吴海燕 (rating C)', BORROWERS.wu, USCC.wu, { status: 'REFERRED', decision: { reasonCategory: 'MANUAL_REVIEW' } }],
    ['郑大伟 (currently overdue)', BORROWERS.zheng, USCC.zheng, { status: 'DECLINED', decision: { reasonCategory: 'CREDIT_HISTORY' } }],
  ])('%s', async (_name, person, uscc, expected) => {
    const c = await verifiedBorrower(t, person)
    await authorizeTax(c, uscc)
    const app = await applyAndDecide(t, c, { productId: 'CREDIT01', amountFen: 10_000_000 })
    expect(app).toMatchObject(expected)
    expect(app.decision.banker).toEqual(expect.objectContaining({ id: expect.any(String), phone: expect.any(String) }))
    const lines = (await c.get('/credit-lines')).body.lines
    expect(lines).toHaveLength(expected.status === 'APPROVED' ? 1 : 0)
    if (expected.status !== 'APPROVED') {
      expect(app.decision.lineFen).toBeUndefined()
      expect(app.creditLineId).toBeUndefined()
    }
  })

  it("周强: 4 months in business is BUSINESS_AGE; his tea stall's line under 10,000 yuan is INSUFFICIENT_LINE", async () => {
    const c = await verifiedBorrower(t, BORROWERS.justAdult)
    await authorizeTax(c, USCC.zhouYoung)
    const young = await applyAndDecide(t, c, { productId: 'CREDIT01', amountFen: 2_000_000 })
    expect([young.status, young.decision.reasonCategory]).toEqual(['DECLINED', 'BUSINESS_AGE'])
    await authorizeTax(c, USCC.zhouTea)
    const tea = await applyAndDecide(t, c, { productId: 'CREDIT01', amountFen: 2_000_000 })
    expect([tea.status, tea.decision.reasonCategory]).toEqual(['DECLINED', 'INSUFFICIENT_LINE'])
    expect(tea.decision.message).toMatch(/^很抱歉，.*您可以联系客户经理了解其他融资方式。$/)
    expect(tea.decision.banker.id).toBe('BK02') // the default banker of 湖滨夜市, where the stall is
  })
})
