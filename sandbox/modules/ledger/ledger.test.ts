/**
 * The loan ledger end to end: quotes equal the domain's schedules, draws and repayments move money
 * exactly once (same key, faults, retries), the line follows the outstanding principal, overdue
 * loans accrue penalty interest on the sandbox's today, and borrowers see only their own loans.
 * The ledger's invariants are checked after every test.
 */
import { buildSchedule, loanAnnualizedRate } from '../../../src/domain'
import { PEOPLE, startTestSandbox, type TestSandbox } from '../../testing/harness'
import { balanceFen, borrower, CARDS, draw, expectLedgerClean, insertLine, loanCount, newKey, usedFen, type Borrower } from './testing'

let t: TestSandbox
let zhang: Borrower
let wang: Borrower

beforeAll(async () => {
  t = await startTestSandbox()
  await t.anon.post('/test/clock', { today: '2026-03-01' })
  zhang = await borrower(t, PEOPLE.zhang, CARDS.zhang)
  wang = await borrower(t, PEOPLE.wang, CARDS.wang, { kind: 'PROPERTY', totalFen: 100_000_000, annualRateBps: 420 })
})
afterAll(() => t.close())
afterEach(async () => {
  await t.anon.request('DELETE', '/test/faults')
  expectLedgerClean(t)
})

describe('quoteDraw', () => {
  it('is the domain schedule from today, with the annualized rate and the contract', async () => {
    const res = await zhang.post('/draws/quote', { lineId: zhang.lineId, amountFen: 1_000_000, termMonths: 6, method: 'INTEREST_ONLY' })
    expect(res.status).toBe(200)
    const input = { principalFen: 1_000_000, annualRateBps: 365, termMonths: 6, method: 'INTEREST_ONLY' as const, startDate: '2026-03-01' }
    const schedule = buildSchedule(input)
    expect(res.body.schedule).toEqual(schedule)
    expect(res.body.totalInterestFen).toBe(schedule.reduce((a, r) => a + r.interestFen, 0))
    expect(res.body.apr).toEqual(loanAnnualizedRate(input))
    expect(res.body.firstDueDate).toBe('2026-04-01')
    expect(res.body.contract).toMatchObject({ version: '1.0', title: '借款合同' })
  })

  it('gives DAILY loans a simple-interest rate', async () => {
    const res = await zhang.post('/draws/quote', { lineId: zhang.lineId, amountFen: 500_000, termMonths: 3, method: 'DAILY' })
    expect(res.body.apr.basis).toBe('SIMPLE')
    expect(res.body.schedule).toHaveLength(1)
  })

  it.each([
    [{ amountFen: 99_900 }, 422, 'DRAW_AMOUNT_INVALID', /不能低于1,000.00元/],
    [{ amountFen: 100_050 }, 422, 'DRAW_AMOUNT_INVALID', /100.00元的整数倍/],
    [{ amountFen: 30_010_000 }, 422, 'DRAW_AMOUNT_INVALID', /可用额度/],
    [{ method: 'EQUAL_INSTALLMENT' }, 422, 'METHOD_NOT_ALLOWED', /随借随还/],
    [{ termMonths: 13 }, 422, 'TERM_NOT_ALLOWED', /1至12个月/],
    [{ lineId: 'nope' }, 404, 'LINE_NOT_FOUND', /额度/],
  ])('refuses %j', async (change, status, code, message) => {
    const res = await zhang.post('/draws/quote', { lineId: zhang.lineId, amountFen: 1_000_000, termMonths: 6, method: 'DAILY', ...change })
    expect([res.status, res.body.code]).toEqual([status, code])
    expect(res.body.message).toMatch(message)
  })

  it('allows instalment methods and 36 months on a property line', async () => {
    const res = await wang.post('/draws/quote', { lineId: wang.lineId, amountFen: 12_000_000, termMonths: 36, method: 'EQUAL_INSTALLMENT' })
    expect(res.status).toBe(200)
    expect(res.body.schedule).toHaveLength(36)
    expect(res.body.apr.basis).toBe('IRR')
  })

  it('refuses an expired line', async () => {
    const expired = insertLine(t, zhang.userId, { validUntil: '2026-02-28' })
    const res = await zhang.post('/draws/quote', { lineId: expired, amountFen: 1_000_000, termMonths: 6, method: 'DAILY' })
    expect([res.status, res.body.code]).toEqual([409, 'LINE_NOT_ACTIVE'])
  })
})

describe('createDraw', () => {
  it('credits the card, records the loan and shrinks what is available', async () => {
    const before = balanceFen(t, CARDS.zhang)
    const used = usedFen(t, zhang.lineId)
    const res = await draw(t, zhang, { amountFen: 2_000_000 })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ status: 'SUCCEEDED', amountFen: 2_000_000, cardLast4: '6788' })
    expect(balanceFen(t, CARDS.zhang)).toBe(before + 2_000_000)
    expect(usedFen(t, zhang.lineId)).toBe(used + 2_000_000)
    const loan = await zhang.get(`/loans/${res.body.loanId}`)
    expect(loan.body).toMatchObject({ status: 'ACTIVE', principalFen: 2_000_000, outstandingPrincipalFen: 2_000_000, startDate: '2026-03-01' })
    expect(loan.body.schedule.map((r: { status: string }) => r.status)).toEqual(['UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING'])
    expect(loan.body.records).toEqual([expect.objectContaining({ kind: 'DRAW', amountFen: 2_000_000, cardLast4: '6788' })])
    const consents = await zhang.get('/consents')
    expect(consents.body[0]).toMatchObject({ kind: 'LOAN_CONTRACT', version: '1.0', granted: true })
  })

  it('needs an Idempotency-Key', async () => {
    const res = await zhang.post('/draws', { lineId: zhang.lineId, amountFen: 100_000, termMonths: 1, method: 'DAILY', cardId: zhang.cardId, contractVersion: '1.0', smsCode: '000000' })
    expect([res.status, res.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED'])
  })

  it('checks the SMS code and the contract version', async () => {
    t.advance(61)
    await zhang.post('/draws/sms')
    const base = { lineId: zhang.lineId, amountFen: 100_000, termMonths: 1, method: 'DAILY', cardId: zhang.cardId, contractVersion: '1.0' }
    const wrong = await zhang.post('/draws', { ...base, smsCode: '000001' }, { 'Idempotency-Key': newKey() })
    // (A one-in-a-million chance that 000001 is the code sent.)
    expect(wrong.status).toBe(422)
    expect(['SMS_CODE_INVALID']).toContain(wrong.body.code)
    const stale = await zhang.post('/draws', { ...base, contractVersion: '0.9', smsCode: '000000' }, { 'Idempotency-Key': newKey() })
    expect([stale.status, stale.body.code]).toEqual([409, 'CONSENT_VERSION_STALE'])
  })

  it('answers a repeated key with the first response, even after the line changed, and draws once', async () => {
    const first = await draw(t, zhang, { amountFen: 300_000 })
    const loans = loanCount(t, zhang.userId)
    await draw(t, zhang, { amountFen: 100_000 })
    const again = await zhang.post('/draws', first.request, { 'Idempotency-Key': first.key })
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(loanCount(t, zhang.userId)).toBe(loans + 1)
  })

  it('answers two identical concurrent submits with one loan', async () => {
    t.advance(61)
    const sms = await zhang.post('/draws/sms')
    const request = { lineId: zhang.lineId, amountFen: 200_000, termMonths: 3, method: 'DAILY', cardId: zhang.cardId, contractVersion: '1.0', smsCode: sms.body.demoCode }
    const key = newKey()
    const before = loanCount(t, zhang.userId)
    const [a, b] = await Promise.all([zhang.post('/draws', request, { 'Idempotency-Key': key }), zhang.post('/draws', request, { 'Idempotency-Key': key })])
    expect([a.status, b.status]).toEqual([201, 201])
    expect(a.body).toEqual(b.body)
    expect(loanCount(t, zhang.userId)).toBe(before + 1)
  })

  it('refuses the same key with another body', async () => {
    const first = await draw(t, zhang, { amountFen: 100_000 })
    const res = await zhang.post('/draws', { ...first.request, amountFen: 200_000 }, { 'Idempotency-Key': first.key })
    expect([res.status, res.body.code]).toEqual([409, 'IDEMPOTENCY_KEY_REUSED'])
  })

  it('after COMMIT_THEN_DROP, a retry with the same key gets the original response and no second loan', async () => {
    await t.anon.post('/test/faults', { operation: 'createDraw', kind: 'COMMIT_THEN_DROP' })
    t.advance(61)
    const sms = await zhang.post('/draws/sms')
    const request = { lineId: zhang.lineId, amountFen: 100_000, termMonths: 1, method: 'DAILY', cardId: zhang.cardId, contractVersion: '1.0', smsCode: sms.body.demoCode }
    const key = newKey()
    const before = loanCount(t, zhang.userId)
    const balance = balanceFen(t, CARDS.zhang)
    await expect(zhang.post('/draws', request, { 'Idempotency-Key': key })).rejects.toThrow()
    expect(loanCount(t, zhang.userId)).toBe(before + 1)
    // The client retries exactly what it sent (the code it typed included, already used up).
    const retried = await zhang.post('/draws', request, { 'Idempotency-Key': key })
    expect(retried.status).toBe(201)
    expect(retried.headers.get('idempotent-replayed')).toBe('true')
    expect(retried.body).toMatchObject({ status: 'SUCCEEDED', amountFen: 100_000 })
    expect((await zhang.get(`/loans/${retried.body.loanId}`)).status).toBe(200)
    expect(loanCount(t, zhang.userId)).toBe(before + 1)
    expect(balanceFen(t, CARDS.zhang)).toBe(balance + 100_000)
  })

  it('after ERROR_500, a retry with the same key draws once', async () => {
    await t.anon.post('/test/faults', { operation: '*', kind: 'ERROR_500' })
    t.advance(61)
    const sms = await zhang.post('/draws/sms')
    const request = { lineId: zhang.lineId, amountFen: 100_000, termMonths: 2, method: 'DAILY', cardId: zhang.cardId, contractVersion: '1.0', smsCode: sms.body.demoCode }
    const key = newKey()
    const before = loanCount(t, zhang.userId)
    const failed = await zhang.post('/draws', request, { 'Idempotency-Key': key })
    expect([failed.status, failed.body.code]).toEqual([500, 'INTERNAL_ERROR'])
    expect(loanCount(t, zhang.userId)).toBe(before)
    const retried = await zhang.post('/draws', request, { 'Idempotency-Key': key })
    expect(retried.status).toBe(201)
    const replayed = await zhang.post('/draws', request, { 'Idempotency-Key': key })
    expect(replayed.body).toEqual(retried.body)
    expect(loanCount(t, zhang.userId)).toBe(before + 1)
  })

  it('waits on DELAY and still draws once', async () => {
    await t.anon.post('/test/faults', { operation: 'createDraw', kind: 'DELAY', delayMs: 50 })
    const before = loanCount(t, zhang.userId)
    const started = Date.now()
    const res = await draw(t, zhang, { amountFen: 100_000 })
    expect(res.status).toBe(201)
    expect(Date.now() - started).toBeGreaterThanOrEqual(50)
    expect(loanCount(t, zhang.userId)).toBe(before + 1)
  })
})

describe('repayments', () => {
  it('partial then full repayment restores the line and settles the loan', async () => {
    await t.anon.post('/test/clock', { today: '2026-03-01' })
    const used = usedFen(t, zhang.lineId)
    const d = await draw(t, zhang, { amountFen: 1_000_000, method: 'INTEREST_ONLY', termMonths: 6 })
    await t.anon.post('/test/clock', { today: '2026-03-16' })
    const quote = await zhang.post('/repayments/quote', { loanId: d.body.loanId, kind: 'PARTIAL', amountFen: 401_521 })
    // 15 days of interest on 10,000 yuan at 3.65%: round(1,000,000 × 365 × 15 / 3,600,000) = 1,521 fen.
    expect(quote.body).toEqual({ amountFen: 401_521, penaltyFen: 0, overdueInterestFen: 0, interestFen: 1_521, principalFen: 400_000, remainingPrincipalFen: 600_000 })
    const before = balanceFen(t, CARDS.zhang)
    const partial = await zhang.post('/repayments', { loanId: d.body.loanId, kind: 'PARTIAL', amountFen: 401_521, cardId: zhang.cardId }, { 'Idempotency-Key': newKey() })
    expect(partial.status).toBe(201)
    expect(partial.body).toMatchObject({ ...quote.body, loanStatus: 'ACTIVE', cardLast4: '6788' })
    expect(balanceFen(t, CARDS.zhang)).toBe(before - 401_521)
    expect(usedFen(t, zhang.lineId)).toBe(used + 600_000)
    const loan = await zhang.get(`/loans/${d.body.loanId}`)
    expect(loan.body.outstandingPrincipalFen).toBe(600_000)
    // Term kept: still six periods, the first now charging interest from the 16th by the day.
    expect(loan.body.schedule).toHaveLength(6)
    expect(loan.body.schedule[5]).toMatchObject({ principalFen: 600_000, dueDate: '2026-09-01' })
    const full = await zhang.post('/repayments', { loanId: d.body.loanId, kind: 'FULL', cardId: zhang.cardId }, { 'Idempotency-Key': newKey() })
    expect(full.body).toMatchObject({ principalFen: 600_000, interestFen: 0, remainingPrincipalFen: 0, loanStatus: 'SETTLED' })
    expect(usedFen(t, zhang.lineId)).toBe(used)
    const again = await zhang.post('/repayments/quote', { loanId: d.body.loanId, kind: 'FULL' })
    expect([again.status, again.body.code]).toEqual([409, 'LOAN_SETTLED'])
    await t.anon.post('/test/clock', { today: '2026-03-01' })
  })

  it('refuses a repayment the card cannot cover', async () => {
    const small = await zhang.post('/cards', { cardNumber: CARDS.zhang2 })
    expect(small.status).toBe(201)
    const d = await draw(t, zhang, { amountFen: 1_000_000, method: 'DAILY', termMonths: 3 })
    const used = usedFen(t, zhang.lineId)
    const res = await zhang.post('/repayments', { loanId: d.body.loanId, kind: 'FULL', cardId: small.body.id }, { 'Idempotency-Key': newKey() })
    expect([res.status, res.body.code, res.body.message]).toEqual([422, 'INSUFFICIENT_BALANCE', '银行卡余额不足，请存入资金后再试'])
    expect(usedFen(t, zhang.lineId)).toBe(used)
    const unbind = await zhang.request('DELETE', `/cards/${zhang.cardId}`)
    expect([unbind.status, unbind.body.code]).toEqual([409, 'CARD_IN_USE'])
  })

  it('after COMMIT_THEN_DROP, a retried repayment is taken once', async () => {
    const d = await draw(t, zhang, { amountFen: 500_000, method: 'DAILY', termMonths: 2 })
    await t.anon.post('/test/faults', { operation: 'createRepayment', kind: 'COMMIT_THEN_DROP' })
    const key = newKey()
    const body = { loanId: d.body.loanId, kind: 'FULL', cardId: zhang.cardId }
    const balance = balanceFen(t, CARDS.zhang)
    await expect(zhang.post('/repayments', body, { 'Idempotency-Key': key })).rejects.toThrow()
    const retried = await zhang.post('/repayments', body, { 'Idempotency-Key': key })
    expect(retried.status).toBe(201)
    expect(retried.headers.get('idempotent-replayed')).toBe('true')
    expect(retried.body.loanStatus).toBe('SETTLED')
    expect(balanceFen(t, CARDS.zhang)).toBe(balance - retried.body.amountFen)
  })

  it('an overdue instalment accrues penalty interest at 1.5 × the rate, and INSTALMENT clears it', async () => {
    await t.anon.post('/test/clock', { today: '2026-03-01' })
    const d = await draw(t, wang, { amountFen: 1_200_000, method: 'EQUAL_PRINCIPAL', termMonths: 12 })
    expect(d.status).toBe(201)
    await t.anon.post('/test/clock', { today: '2026-04-11' })
    const loans = await wang.get('/loans')
    const loan = loans.body.loans.find((l: { id: string }) => l.id === d.body.loanId)
    // Period 1 (due 04-01): 100,000 principal, 4,200 interest. Penalty: round(100,000 × 420 × 3 × 10 / 7,200,000) = 175.
    expect(loan).toMatchObject({ status: 'OVERDUE', overdue: { days: 10, principalFen: 100_000, interestFen: 4_200, penaltyFen: 175 } })
    expect(loan.nextDue).toEqual({ dueDate: '2026-05-01', amountFen: 100_000 + 3_850 })
    const dues = await wang.get('/dues')
    expect(dues.body.dues).toEqual([
      { loanId: d.body.loanId, period: 1, dueDate: '2026-04-01', amountFen: 104_375, status: 'OVERDUE' },
      { loanId: d.body.loanId, period: 2, dueDate: '2026-05-01', amountFen: 103_850, status: 'UPCOMING' },
    ])
    const short = await wang.post('/repayments/quote', { loanId: d.body.loanId, kind: 'PARTIAL', amountFen: 100_000 })
    expect([short.status, short.body.code]).toEqual([422, 'REPAYMENT_AMOUNT_INVALID'])
    const paid = await wang.post('/repayments', { loanId: d.body.loanId, kind: 'INSTALMENT', cardId: wang.cardId }, { 'Idempotency-Key': newKey() })
    expect(paid.body).toMatchObject({ amountFen: 104_375, penaltyFen: 175, overdueInterestFen: 4_200, interestFen: 0, principalFen: 100_000, loanStatus: 'ACTIVE' })
    const detail = await wang.get(`/loans/${d.body.loanId}`)
    expect(detail.body.schedule[0]).toMatchObject({ status: 'PAID', paidFen: 104_200 })
    expect(detail.body.schedule[1].status).toBe('UPCOMING')
    await t.anon.post('/test/clock', { today: '2026-04-28' })
    expect((await wang.get(`/loans/${d.body.loanId}`)).body.schedule[1].status).toBe('DUE')
    await t.anon.post('/test/clock', { today: '2026-03-01' })
  })
})

describe('isolation', () => {
  it("keeps one borrower's loans and cards from another", async () => {
    const d = await draw(t, zhang, { amountFen: 100_000, method: 'DAILY', termMonths: 1 })
    expect((await wang.get('/loans')).body.loans.map((l: { id: string }) => l.id)).not.toContain(d.body.loanId)
    expect((await wang.get(`/loans/${d.body.loanId}`)).status).toBe(404)
    const q = await wang.post('/repayments/quote', { loanId: d.body.loanId, kind: 'FULL' })
    expect([q.status, q.body.code]).toEqual([404, 'LOAN_NOT_FOUND'])
    const r = await wang.post('/repayments', { loanId: d.body.loanId, kind: 'FULL', cardId: wang.cardId }, { 'Idempotency-Key': newKey() })
    expect(r.status).toBe(404)
    const r2 = await zhang.post('/repayments', { loanId: d.body.loanId, kind: 'FULL', cardId: wang.cardId }, { 'Idempotency-Key': newKey() })
    expect([r2.status, r2.body.code]).toEqual([404, 'CARD_NOT_FOUND'])
    expect((await wang.get('/cards')).body.cards.map((c: { id: string }) => c.id)).not.toContain(zhang.cardId)
    expect((await wang.request('DELETE', `/cards/${zhang.cardId}`)).status).toBe(404)
    const line = await wang.post('/draws/quote', { lineId: zhang.lineId, amountFen: 100_000, termMonths: 1, method: 'DAILY' })
    expect(line.status).toBe(404)
  })
})

it('answered every request within the contract', () => {
  expect(t.logs.filter((l) => l.startsWith('[contract]') || l.startsWith('[error]'))).toEqual([])
})
