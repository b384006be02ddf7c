/**
 * Contract drift: the generated client types, the routes Express registers, and the responses the
 * sandbox sends must all agree with openapi.yaml. Each check also proves it can fail.
 */
import fs from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Express } from 'express'
import { allRoutes, createApp, createDeps } from '../server'
import type { SandboxDeps } from '../core/deps'
import { SandboxError } from '../core/errors'
import { API_PREFIX, toOpenApiPath, type Route } from '../core/http'
import { cardBytes, consent, PEOPLE, startTestSandbox, tempDbPath, TestClient, verifyFully, type TestSandbox } from '../testing/harness'
import { CARDS, insertLine } from '../modules/ledger/testing'
import { checkGeneratedTypes, SPEC_PATH } from './generate-types'
import { isTestSupport, listOperations, loadSpec, type Operation } from './spec'

const spec = loadSpec()
const operations = listOperations(spec)
const key = (method: string, p: string) => `${method.toUpperCase()} ${p}`

/** (method, OpenAPI path) of every route registered on the app, read from Express's router stack. */
function registeredRoutes(app: Express): string[] {
  // Express does not type its router internals; this is the documented-by-use shape of a layer.
  const stack = (app as unknown as { _router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } })._router.stack
  return stack.flatMap((layer) => {
    if (!layer.route || !layer.route.path.startsWith(API_PREFIX)) return []
    const p = toOpenApiPath(layer.route.path.slice(API_PREFIX.length))
    return Object.keys(layer.route.methods).map((m) => key(m, p))
  })
}

function contractRoutes(ops: Operation[]): string[] {
  return ops.map((o) => key(o.method, o.path))
}

describe('generated types', () => {
  it('regenerating from openapi.yaml gives exactly the committed src/services/api/schema.gen.ts', async () => {
    const result = await checkGeneratedTypes()
    expect(result.firstDifference).toBeUndefined()
    expect(result.upToDate).toBe(true)
  })

  it('notices a contract change that was not regenerated', async () => {
    const edited = fs.readFileSync(SPEC_PATH, 'utf8').replace('grid: { type: string,', 'gridName: { type: string,')
    const result = await checkGeneratedTypes(edited)
    expect(result.upToDate).toBe(false)
    expect(result.firstDifference?.generated).toBeDefined()
  })
})

describe('the contract document', () => {
  const tags = new Set(((spec.tags as { name: string }[]) ?? []).map((t) => t.name))
  const errorRef = '#/components/schemas/Error'
  const responses = spec.components?.responses as Record<string, { content: Record<string, { schema: { $ref: string } }> }>

  it.each(operations.map((o) => [o.operationId || key(o.method, o.path), o] as const))('%s is complete', (_name, o) => {
    expect(o.operationId).toMatch(/^[a-z][A-Za-z]+$/)
    expect(o.op.tags).toHaveLength(1)
    expect(tags.has(o.op.tags![0])).toBe(true)
    // Security is explicit on every operation: bearer, except login and the test-support ones.
    expect(o.op.security).toBeDefined()
    const open = o.operationId === 'login' || isTestSupport(o)
    expect(o.op.security).toEqual(open ? [] : [{ bearerAuth: [] }])
    if (!open) expect(Object.keys(o.op.responses ?? {})).toContain('401')
    for (const [status, response] of Object.entries(o.op.responses ?? {})) {
      if (Number(status) < 400) continue
      const name = response.$ref?.replace('#/components/responses/', '') ?? ''
      expect(responses[name]?.content['application/json'].schema.$ref).toBe(errorRef)
    }
    const idempotent = (o.op.parameters ?? []).some((p) => p.$ref === '#/components/parameters/IdempotencyKey')
    if (idempotent) expect(Object.keys(o.op.responses ?? {})).toContain('409')
  })

  it('has unique operationIds', () => {
    const ids = operations.map((o) => o.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('registered routes', () => {
  let deps: SandboxDeps
  beforeAll(() => {
    deps = createDeps({ dbPath: tempDbPath(), mode: 'test', log: () => undefined })
  })
  afterAll(() => deps.db.close())

  it('equal the operations of openapi.yaml (test mode)', () => {
    expect(registeredRoutes(createApp(deps)).sort()).toEqual(contractRoutes(operations).sort())
  })

  it('name the same operationIds as the contract', () => {
    const byRoute = new Map(operations.map((o) => [key(o.method, o.path), o.operationId]))
    for (const r of allRoutes(deps)) expect([key(r.method, r.path), byRoute.get(key(r.method, r.path))]).toEqual([key(r.method, r.path), r.operationId])
  })

  it('leave out test-support in demo mode', () => {
    const demo = { ...deps, mode: 'demo' as const }
    const expected = contractRoutes(operations.filter((o) => !isTestSupport(o)))
    expect(registeredRoutes(createApp(demo)).sort()).toEqual(expected.sort())
  })

  it('notice a missing or an extra route', () => {
    const routes = allRoutes(deps)
    const missing = registeredRoutes(createApp(deps, routes.slice(1))).sort()
    expect(missing).not.toEqual(contractRoutes(operations).sort())
    const extra: Route = { method: 'get', path: '/undocumented', operationId: 'undocumented', handle: (_q, s) => void s.json({}) }
    expect(registeredRoutes(createApp(deps, [...routes, extra])).sort()).not.toEqual(contractRoutes(operations).sort())
  })
})

describe('every operation, end to end, answers within the contract', () => {
  let t: TestSandbox
  const covered = new Set<string>()
  const byOperation = new Map(operations.map((o) => [o.operationId, o]))

  /** Records that an operation answered with an expected status. */
  function hit(operationId: string, res: { status: number; body: unknown }, expected: number): void {
    expect(byOperation.has(operationId)).toBe(true)
    expect([operationId, res.status]).toEqual([operationId, expected])
    covered.add(operationId)
  }

  beforeAll(async () => {
    t = await startTestSandbox()
  })
  afterAll(() => t.close())

  it('runs the whole first journey plus the extra operations', async () => {
    hit('setClock', await t.anon.post('/test/clock', { today: '2026-03-01' }), 200)
    const login = await t.anon.post('/auth/login', { channel: 'h5', code: 'contract-pass' })
    hit('login', login, 200)
    const c = new TestClient(t.url, login.body.token)
    hit('getMarket', await c.get('/markets/MK01?bankerId=BK02'), 200)
    hit('getStation', await c.get('/stations/ST01'), 200)
    hit('getIdentity', await c.get('/identity'), 200)
    const doc = await c.get('/consents/documents/PRIVACY')
    hit('getConsentDocument', doc, 200)
    hit('recordConsent', await c.post('/consents', { kind: 'PRIVACY', version: doc.body.version, granted: true }), 201)
    hit('listConsents', await c.get('/consents'), 200)
    const sms = await c.post('/auth/sms', { mobile: '13812345678' })
    hit('sendSmsCode', sms, 200)
    hit('bindPhone', await c.post('/auth/phone', { mobile: '13812345678', smsCode: sms.body.demoCode }), 200)
    hit('recognizeIdCard', await c.upload('/identity/ocr', cardBytes(PEOPLE.zhang.card)), 200)
    hit('submitIdCard', await c.post('/identity/id', { name: PEOPLE.zhang.name, idNumber: PEOPLE.zhang.idNumber }), 200)
    await consent(c, 'FACE')
    const start = await c.post('/identity/face/start')
    hit('startFaceVerification', start, 201)
    hit('completeFaceVerification', await c.post(`/face-provider/${start.body.verifyId}/complete`, { outcome: 'PASS' }), 204)
    hit('getFaceVerification', await c.get(`/identity/face/${start.body.verifyId}`), 200)
    hit('logout', await c.post('/auth/logout'), 204)
    hit('resetSandbox', await t.anon.post('/test/reset'), 204)
  })

  it('answers errors within the contract too', async () => {
    const c = await t.login()
    const consented = await t.login()
    await consent(consented, 'PRIVACY')
    const beforeConsent = [
      await c.post('/auth/sms', { mobile: '13812345678' }),
      await c.post('/auth/phone', { mobile: '13812345678', smsCode: '123456' }),
      await c.post('/auth/phone', { phoneCode: 'x' }),
    ]
    expect(beforeConsent.map((res) => [res.status, res.body.code])).toEqual(Array(3).fill([403, 'CONSENT_REQUIRED']))
    const errors = [
      ...beforeConsent,
      await c.get('/markets/MK99'),
      await c.get('/stations/ST99'),
      await consented.post('/auth/sms', { mobile: '12345' }),
      await c.post('/identity/id', { name: 'x', idNumber: 'y' }),
      await c.post('/identity/face/start'),
      await c.post('/consents', { kind: 'PRIVACY', version: '0.9', granted: true }),
      await c.get('/identity/face/AAAAAAAAAAAAAAAAAAAAAAAA'),
      await c.post('/face-provider/AAAAAAAAAAAAAAAAAAAAAAAA/complete', { outcome: 'PASS' }),
      await c.upload('/identity/ocr', Buffer.from('not an image')),
      await c.post('/cards', { cardNumber: '6228920100123456788' }),
      await c.request('DELETE', '/cards/nope'),
      await c.post('/draws/sms'),
      await c.post('/draws/quote', { lineId: 'nope', amountFen: 100000, termMonths: 1, method: 'DAILY' }),
      await c.post('/draws', { lineId: 'nope', amountFen: 100000, termMonths: 1, method: 'DAILY', cardId: 'x', contractVersion: '1.0', smsCode: '000000' }),
      await c.get('/loans/nope'),
      await c.post('/repayments/quote', { loanId: 'nope', kind: 'FULL' }),
      await c.post('/repayments', { loanId: 'nope', kind: 'FULL', cardId: 'x' }, { 'Idempotency-Key': 'contract-error-1' }),
    ]
    for (const res of errors) {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(res.body).toEqual({ code: expect.any(String), message: expect.any(String), ...(res.body.details ? { details: expect.any(Object) } : {}) })
    }
  })

  it('draws and repays (cards, draws, loans, dues, faults, the ledger check)', async () => {
    hit('setClock', await t.anon.post('/test/clock', { today: '2026-03-01' }), 200)
    const c = await t.login('contract-ledger')
    await verifyFully(c, PEOPLE.wang)
    const card = await c.post('/cards', { cardNumber: CARDS.wang })
    hit('bindCard', card, 201)
    hit('listCards', await c.get('/cards'), 200)
    const lineId = insertLine(t, c.userId, { kind: 'PROPERTY', totalFen: 50_000_000, annualRateBps: 420 })
    const terms = { lineId, amountFen: 1_200_000, termMonths: 12, method: 'EQUAL_INSTALLMENT' }
    const quote = await c.post('/draws/quote', terms)
    hit('quoteDraw', quote, 200)
    const sms = await c.post('/draws/sms')
    hit('sendDrawCode', sms, 200)
    hit('injectFault', await t.anon.post('/test/faults', { operation: 'createDraw', kind: 'DELAY', delayMs: 1 }), 204)
    const draw = await c.post(
      '/draws',
      { ...terms, cardId: card.body.id, contractVersion: quote.body.contract.version, smsCode: sms.body.demoCode },
      { 'Idempotency-Key': 'contract-draw-1' },
    )
    hit('createDraw', draw, 201)
    hit('clearFaults', await t.anon.request('DELETE', '/test/faults'), 204)
    hit('listLoans', await c.get('/loans'), 200)
    hit('setClock', await t.anon.post('/test/clock', { today: '2026-04-05' }), 200)
    hit('getLoan', await c.get(`/loans/${draw.body.loanId}`), 200)
    hit('listDues', await c.get('/dues'), 200)
    hit('quoteRepayment', await c.post('/repayments/quote', { loanId: draw.body.loanId, kind: 'INSTALMENT' }), 200)
    hit('createRepayment', await c.post('/repayments', { loanId: draw.body.loanId, kind: 'FULL', cardId: card.body.id }, { 'Idempotency-Key': 'contract-repay-1' }), 201)
    hit('unbindCard', await c.request('DELETE', `/cards/${card.body.id}`), 204)
    const ledger = await t.anon.get('/test/ledger')
    hit('checkLedger', ledger, 200)
    expect(ledger.body.ok).toBe(true)
  })

  it('authorizes tax, values a property, applies and opens a line (issue 4)', async () => {
    hit('setClock', await t.anon.post('/test/clock', { today: '2026-12-01' }), 200)
    const c = await t.login('contract-lending')
    await verifyFully(c, PEOPLE.zhang)
    hit('listTaxBusinesses', await c.get('/tax/businesses'), 200)
    const taxLetter = await c.get('/consents/documents/TAX_AUTH')
    hit('setTaxService', await t.anon.post('/test/tax-service', { available: false }), 204)
    const down = await c.post('/tax/authorizations', { uscc: '92320106MA1XK3R57E', consentVersion: taxLetter.body.version })
    expect(down.status).toBe(503)
    await t.anon.post('/test/tax-service', { available: true })
    hit('authorizeTax', await c.post('/tax/authorizations', { uscc: '92320106MA1XK3R57E', consentVersion: taxLetter.body.version }), 201)
    hit('getTaxProfile', await c.get('/tax/profile'), 200)
    hit('listCommunities', await c.get('/property/communities'), 200)
    const valuation = await c.post('/property/valuations', { certificateNumber: '苏(2021)南京市不动产权第0012345号' })
    hit('createPropertyValuation', valuation, 201)
    hit('listProducts', await c.get('/products'), 200)
    const consents = await Promise.all(
      ['CREDIT_REPORT', 'DATA_USE'].map(async (kind) => ({ kind, version: (await c.get(`/consents/documents/${kind}`)).body.version })),
    )
    const body = { productId: 'PROP01', amountFen: 50_000_000, purpose: 'STORE', marketId: 'MK01', valuationId: valuation.body.id, consents }
    const submitted = await c.post('/applications', body, { 'Idempotency-Key': 'contract-apply-01' })
    hit('submitApplication', submitted, 201)
    hit('getApplication', await c.get(`/applications/${submitted.body.id}`), 200)
    t.advance(2)
    const decided = await c.get(`/applications/${submitted.body.id}`)
    expect(decided.body.status).toBe('APPROVED')
    hit('listApplications', await c.get('/applications'), 200)
    hit('listCreditLines', await c.get('/credit-lines'), 200)
    const errors = [
      await c.post('/tax/authorizations', { uscc: '92320106MA1XK3R57F', consentVersion: '1.0' }),
      await c.post('/tax/authorizations', { uscc: '91320102MA1W6HT832', consentVersion: '1.0' }),
      await c.post('/property/valuations', { certificateNumber: '苏(2019)南京市不动产权第0034567号' }),
      await c.post('/applications', { ...body, amountFen: 5 }, { 'Idempotency-Key': 'contract-apply-02' }),
      await c.post('/applications', body),
      await c.get('/applications/AAAAAAAAAAAAAAAAAAAAAAAA'),
      down,
    ]
    for (const res of errors) {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.body).toEqual({ code: expect.any(String), message: expect.any(String), ...(res.body.details ? { details: expect.any(Object) } : {}) })
    }
  })

  it('books a station visit, activates a village pre-credit, signs an authorization ticket (issue 6)', async () => {
    hit('setClock', await t.anon.post('/test/clock', { today: '2026-12-01' }), 200)
    const c = await t.login('contract-village')
    const slots = await c.get('/stations/ST01/slots')
    hit('listStationSlots', slots, 200)
    const visit = await c.post('/stations/ST01/visits', { slotId: slots.body.slots[0].id, note: '激活额度' }, { 'Idempotency-Key': 'contract-visit-1' })
    hit('bookVisit', visit, 201)
    hit('listVisits', await c.get('/visits'), 200)
    hit('cancelVisit', await c.request('DELETE', `/visits/${visit.body.id}`), 204)
    hit('getPreCredit', await c.get('/village/pre-credit'), 200)
    await verifyFully(c, PEOPLE.elder)
    const offer = await c.get('/village/pre-credit')
    expect(offer.body.status).toBe('AVAILABLE')
    hit('activatePreCredit', await c.post('/village/pre-credit/activate', { agreementVersion: offer.body.agreement.version }), 201)
    const ticket = await t.anon.post('/test/tickets', { name: PEOPLE.elder.name, idNumber: PEOPLE.elder.idNumber, role: 'GUARANTOR' })
    hit('createTicket', ticket, 201)
    const read = await c.get(`/tickets/${ticket.body.ticket}`)
    hit('getTicket', read, 200)
    hit('signTicket', await c.post(`/tickets/${ticket.body.ticket}/sign`, { documentVersion: read.body.document.version }), 201)
    hit('setClock', await t.anon.post('/test/clock', { advanceSeconds: 60 }), 200)
    const other = await t.login('contract-village-2')
    const stale = await t.anon.post('/test/tickets', { name: PEOPLE.li.name, idNumber: PEOPLE.li.idNumber, role: 'SPOUSE' })
    await t.anon.post('/test/clock', { advanceSeconds: 25 * 3600 })
    const errors = [
      await c.get('/stations/ST09/slots'),
      await c.post('/stations/ST01/visits', { slotId: 'ST01-20201201-0900' }),
      await c.request('DELETE', '/visits/AAAAAAAAAAAAAAAA'),
      await other.post('/village/pre-credit/activate', { agreementVersion: '1.0' }),
      await c.post('/village/pre-credit/activate', { agreementVersion: '1.0' }),
      await c.get('/tickets/AAAAAAAAAAAAAAAA'),
      await other.get(`/tickets/${ticket.body.ticket}`),
      await c.get(`/tickets/${stale.body.ticket}`),
      await c.post(`/tickets/${stale.body.ticket}/sign`, { documentVersion: '1.0' }),
      await t.anon.post('/test/tickets', { applicationId: 'AAAAAAAAAAAAAAAA', name: 'x', idNumber: PEOPLE.li.idNumber, role: 'SPOUSE' }),
    ]
    expect(errors.map((r) => r.status)).toEqual([404, 404, 404, 403, 409, 404, 409, 410, 410, 404])
    for (const res of errors) {
      expect(res.body).toEqual({ code: expect.any(String), message: expect.any(String), ...(res.body.details ? { details: expect.any(Object) } : {}) })
    }
  })

  it('covered every operation and logged no contract violation', () => {
    expect([...covered].sort()).toEqual(operations.map((o) => o.operationId).sort())
    expect(t.logs.filter((l) => l.includes('[contract]') || l.includes('[error]'))).toEqual([])
  })
})

describe('a response that breaks the contract', () => {
  let deps: SandboxDeps
  let server: Server
  let base: string
  const logs: string[] = []

  function broken(operationId: string, handle: Route['handle']): Route[] {
    return allRoutes(deps).map((r) => (r.operationId === operationId ? { ...r, handle } : r))
  }

  async function serve(routes: Route[]): Promise<void> {
    if (server) await new Promise((r) => server.close(r))
    server = createApp(deps, routes).listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  beforeAll(() => {
    deps = createDeps({ dbPath: tempDbPath(), mode: 'test', log: (l) => logs.push(l) })
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
    deps.db.close()
  })

  async function token(): Promise<string> {
    const res = await fetch(`${base}${API_PREFIX}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'h5', code: 'violator' }),
    })
    return ((await res.json()) as { token: string }).token
  }

  it('is a 500 CONTRACT_VIOLATION with a log line (wrong shape)', async () => {
    await serve(broken('getMarket', (_req, res) => void res.json({ id: 1, name: '南门' })))
    const c = new TestClient(base, await token())
    const res = await c.get('/markets/MK01')
    expect(res.status).toBe(500)
    expect(res.body.code).toBe('CONTRACT_VIOLATION')
    expect(logs.some((l) => l.startsWith('[contract]') && l.includes('getMarket'))).toBe(true)
  })

  it('is a 500 CONTRACT_VIOLATION for an error code the operation does not declare', async () => {
    await serve(
      broken('getStation', () => {
        throw new SandboxError(409, 'ID_IN_USE', '冲突')
      }),
    )
    const res = await new TestClient(base, await token()).get('/stations/ST01')
    expect(res.status).toBe(500)
    expect(res.body.code).toBe('CONTRACT_VIOLATION')
  })

  it('is a 500 CONTRACT_VIOLATION for an extra field', async () => {
    await serve(broken('getIdentity', (_req, res) => void res.json({ step: 'PHONE', privacyConsented: false, faceConsented: false, faceVerified: false, verified: false, idNumber: '320106198503120122' })))
    const res = await new TestClient(base, await token()).get('/identity')
    expect(res.body.code).toBe('CONTRACT_VIOLATION')
    // The log names the problem, never the data.
    expect(logs.join('\n')).not.toContain('320106198503120122')
  })
})
