import fs from 'node:fs'
import { loadSeed, parseSeed, SEED_FILE, SeedError } from '../../seed/load-seed'
import { PEOPLE, startTestSandbox, throughId, verifyFully, type TestSandbox } from '../../testing/harness'
import { CARDS, draw, expectLedgerClean, newKey, type Borrower } from '../ledger/testing'

const TODAY = '2026-03-01'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
beforeEach(async () => {
  await t.anon.post('/test/clock', { today: TODAY })
})
afterAll(() => t.close())

/** One verified user per person (an ID number is verified by one user at a time). */
const byPerson = new Map<string, Awaited<ReturnType<TestSandbox['login']>>>()
async function verified(person: { name: string; idNumber: string }) {
  let c = byPerson.get(person.idNumber)
  if (!c) {
    c = await t.login(`pre-credit-${person.idNumber}`)
    await verifyFully(c, person)
    byPerson.set(person.idNumber, c)
  }
  return c
}

describe('GET /village/pre-credit', () => {
  it('is NOT_VERIFIED before real-name verification, face included', async () => {
    const c = await t.login()
    expect((await c.get('/village/pre-credit')).body).toEqual({ status: 'NOT_VERIFIED' })
    // ID checked, face not yet (郑大伟 stands in: the rostered people are verified fully below).
    await throughId(c, PEOPLE.zheng)
    expect((await c.get('/village/pre-credit')).body).toEqual({ status: 'NOT_VERIFIED' })
  })

  it('is NOT_ON_ROSTER for a verified borrower on no roster', async () => {
    const c = await verified(PEOPLE.zhang)
    expect((await c.get('/village/pre-credit')).body).toEqual({ status: 'NOT_ON_ROSTER' })
  })

  it.each([
    ['刘福生 (P06)', PEOPLE.elder, 'ST01', '桃园村惠农通服务站', '西郊镇桃园村', 5_000_000],
    ['孙桂兰 (P07)', PEOPLE.leap, 'ST01', '桃园村惠农通服务站', '西郊镇桃园村', 3_000_000],
    ['李秀英 (P03)', PEOPLE.li, 'ST02', '河口村惠农通服务站', '西郊镇河口村', 2_000_000],
  ])('is AVAILABLE for %s, with the agreement in full', async (_label, person, stationId, stationName, village, amountFen) => {
    const c = await verified(person)
    const res = await c.get('/village/pre-credit')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      status: 'AVAILABLE',
      stationId,
      stationName,
      village,
      amountFen,
      annualRateBps: 435,
      validMonths: 12,
      agreement: { version: '1.0', title: '整村授信借款额度协议', body: expect.stringContaining('年化利率') },
    })
    expect(res.body.agreement.body.length).toBeGreaterThan(500)
    expect((await c.get('/consents/documents/VILLAGE_AGREEMENT')).body).toMatchObject({ kind: 'VILLAGE_AGREEMENT', version: '1.0' })
  })
})

describe('POST /village/pre-credit/activate', () => {
  it('needs a verified identity including face: 403 IDENTITY_REQUIRED', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.wu)
    const res = await c.post('/village/pre-credit/activate', { agreementVersion: '1.0' })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('IDENTITY_REQUIRED')
  })

  it('refuses someone on no roster: 403 NOT_ON_ROSTER', async () => {
    const c = await verified(PEOPLE.wang)
    const res = await c.post('/village/pre-credit/activate', { agreementVersion: '1.0' })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ code: 'NOT_ON_ROSTER', message: '您暂不在本村授信名单中，可正常申请或联系客户经理' })
    expect((await c.get('/credit-lines')).body.lines).toEqual([])
  })

  it('refuses an agreement version that is not current: 409 CONSENT_VERSION_STALE, nothing opened', async () => {
    const c = await verified(PEOPLE.leap)
    const res = await c.post('/village/pre-credit/activate', { agreementVersion: '0.9' })
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ code: 'CONSENT_VERSION_STALE', details: { currentVersion: '1.0' } })
    expect((await c.get('/credit-lines')).body.lines).toEqual([])
    expect((await c.get('/village/pre-credit')).body.status).toBe('AVAILABLE')
  })

  it('opens an ACTIVE CREDIT line at once, records the consent, and only once', async () => {
    const c = await verified(PEOPLE.elder)
    const res = await c.post('/village/pre-credit/activate', { agreementVersion: '1.0' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16,}$/),
      productId: 'VILL01',
      productName: '惠农e贷',
      kind: 'CREDIT',
      totalFen: 5_000_000,
      availableFen: 5_000_000,
      usedFen: 0,
      annualRateBps: 435,
      validFrom: TODAY,
      validUntil: '2027-03-01',
      status: 'ACTIVE',
    })
    expect((await c.get('/credit-lines')).body.lines).toEqual([res.body])
    const consents = (await c.get('/consents')).body
    expect(consents[0]).toMatchObject({ kind: 'VILLAGE_AGREEMENT', version: '1.0', granted: true, recordedAt: expect.any(String) })

    const state = await c.get('/village/pre-credit')
    expect(state.body).toEqual({
      status: 'ACTIVATED',
      stationId: 'ST01',
      stationName: '桃园村惠农通服务站',
      village: '西郊镇桃园村',
      amountFen: 5_000_000,
      annualRateBps: 435,
      validMonths: 12,
      creditLineId: res.body.id,
      activatedAt: consents[0].recordedAt,
    })

    const again = await c.post('/village/pre-credit/activate', { agreementVersion: '1.0' })
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ code: 'PRE_CREDIT_ALREADY_ACTIVATED', message: '您的整村授信额度已激活，可直接用款', details: { creditLineId: res.body.id } })
    expect((await c.get('/credit-lines')).body.lines).toHaveLength(1)
  })

  it("leaves a neighbour's pre-credit untouched", async () => {
    const c = await verified(PEOPLE.leap)
    expect((await c.get('/village/pre-credit')).body).toMatchObject({ status: 'AVAILABLE', amountFen: 3_000_000 })
  })

  it('is not a product one applies for', async () => {
    const c = await t.login()
    const products = (await c.get('/products')).body.products.map((p: { id: string }) => p.id)
    expect(products).toEqual(['CREDIT01', 'PROP01'])
  })
})

describe('the activated line in the ledger', () => {
  it('is drawn and repaid like any line', async () => {
    const c = await verified(PEOPLE.li)
    const line = await c.post('/village/pre-credit/activate', { agreementVersion: '1.0' }, { 'Idempotency-Key': newKey() })
    expect(line.status).toBe(201)
    const card = await c.post('/cards', { cardNumber: CARDS.li })
    expect(card.status).toBe(201)
    const borrower: Borrower = Object.assign(c, { lineId: line.body.id as string, cardId: card.body.id as string })

    const drawn = await draw(t, borrower, { amountFen: 1_000_000, termMonths: 12, method: 'DAILY' })
    expect(drawn.status).toBe(201)
    const after = (await c.get('/credit-lines')).body.lines[0]
    expect(after).toMatchObject({ usedFen: 1_000_000, availableFen: 1_000_000 })
    expectLedgerClean(t)

    await t.anon.post('/test/clock', { today: '2026-03-11' })
    const repaid = await c.post('/repayments', { loanId: drawn.body.loanId, kind: 'FULL', cardId: borrower.cardId }, { 'Idempotency-Key': newKey() })
    expect(repaid.status).toBe(201)
    expect((await c.get('/credit-lines')).body.lines[0]).toMatchObject({ usedFen: 0, availableFen: 2_000_000 })
    expectLedgerClean(t)
  })
})

describe('the rosters in seed.yaml', () => {
  const text = fs.readFileSync(SEED_FILE, 'utf8')
  const problemsOf = (edited: string): string => {
    try {
      parseSeed(edited)
    } catch (e) {
      if (e instanceof SeedError) return e.problems.join('\n')
      throw e
    }
    return ''
  }

  it('put 刘福生 and 孙桂兰 on 桃园村 (ST01) and 李秀英 on 河口村 (ST02)', () => {
    const { village } = loadSeed()
    expect(village.product).toMatchObject({ id: 'VILL01', name: '惠农e贷', minRateBps: 435 })
    expect(village.rosters.map((r) => [r.station, r.households.map((h) => [h.person, h.amountFen, h.annualRateBps, h.validMonths])])).toEqual([
      ['ST01', [['P06', 5_000_000, 435, 12], ['P07', 3_000_000, 435, 12]]],
      ['ST02', [['P03', 2_000_000, 435, 12]]],
      ['ST03', []],
    ])
  })

  it.each([
    ['an unknown person', ['- person: P03\n        amountFen: 2000000', '- person: P99\n        amountFen: 2000000'], /villageRosters\[1\]\.households\[0\]\.person: unknown registry person "P99"/],
    ['a person on two rosters', ['- person: P03\n        amountFen: 2000000', '- person: P06\n        amountFen: 2000000'], /"P06" is on a roster already/],
    ['an unknown station', ['station: ST03', 'station: ST09'], /villageRosters\[2\]\.station: unknown station "ST09"/],
    ['an amount above the product', ['amountFen: 5000000', 'amountFen: 50000000'], /amountFen: exceeds villageProduct\.maxAmountFen/],
    ['unreadable station hours', ['hours: 每天 8:00–18:00', 'hours: 白天'], /stations\[0\]\.hours: "白天" must read like/],
  ])('names %s', (_label, [from, to], expected) => {
    expect(text).toContain(from)
    expect(problemsOf(text.replace(from, to))).toMatch(expected)
  })
})
