/** Binding cards: only the borrower's own registry cards, never shown in full. */
import { PEOPLE, startTestSandbox, throughId, verifyFully, type TestSandbox } from '../../testing/harness'
import { CARDS, expectLedgerClean } from '../ledger/testing'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
afterAll(() => t.close())
afterEach(() => expectLedgerClean(t))

describe('cards', () => {
  it('needs a verified identity', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.li)
    const res = await c.post('/cards', { cardNumber: CARDS.li })
    expect([res.status, res.body.code]).toEqual([403, 'IDENTITY_REQUIRED'])
    const sms = await c.post('/draws/sms')
    expect([sms.status, sms.body.code]).toEqual([403, 'IDENTITY_REQUIRED'])
  })

  it('binds, lists masked, refuses duplicates, others\' cards and unknown numbers, and unbinds', async () => {
    const c = await t.login()
    await verifyFully(c, PEOPLE.zhang)
    const bound = await c.post('/cards', { cardNumber: '6228 9201 0012 3456 788' })
    expect(bound.status).toBe(201)
    expect(bound.body).toEqual({ id: expect.any(String), bankName: '江苏银行', last4: '6788', maskedNumber: '***************6788', boundAt: expect.any(String) })
    expect(JSON.stringify((await c.get('/cards')).body)).not.toContain(CARDS.zhang)
    expect((await c.get('/cards')).body.cards).toEqual([bound.body])
    const cases: [string, number, string, RegExp][] = [
      [CARDS.zhang, 409, 'CARD_ALREADY_BOUND', /已绑定/],
      [CARDS.zhao, 403, 'CARD_HOLDER_MISMATCH', /^该银行卡户名与您的身份不一致，请使用本人名下的借记卡$/],
      [CARDS.unknown, 404, 'CARD_NOT_FOUND', /^未查询到该银行卡，请核对卡号$/],
      ['6228920100123456789', 422, 'CARD_INVALID', /银行卡号不正确/],
      ['12345', 422, 'CARD_INVALID', /16至19位/],
    ]
    for (const [cardNumber, status, code, message] of cases) {
      const res = await c.post('/cards', { cardNumber })
      expect([cardNumber, res.status, res.body.code]).toEqual([cardNumber, status, code])
      expect(res.body.message).toMatch(message)
    }
    expect((await c.request('DELETE', `/cards/${bound.body.id}`)).status).toBe(204)
    expect((await c.get('/cards')).body.cards).toEqual([])
    expect((await c.request('DELETE', `/cards/${bound.body.id}`)).status).toBe(404)
    // Unbound, the card can be bound again.
    expect((await c.post('/cards', { cardNumber: CARDS.zhang })).status).toBe(201)
  })
})
