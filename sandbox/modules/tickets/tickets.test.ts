import { encodeEntryScene } from '../../core/domain'
import { PEOPLE, startTestSandbox, throughId, verifyFully, type TestSandbox } from '../../testing/harness'
import { applicationConsents, authorizeTax, LENDING_TODAY, submit, USCC } from '../application/journey'

let t: TestSandbox
type Client = Awaited<ReturnType<TestSandbox['login']>>
let applicant: Client
let applicationId: string
/** 吴海燕 (P09), asked as 王建国's spouse. */
let spouse: Client
/** 张丽华 (P01): verified, but no ticket names her. */
let stranger: Client

const SPOUSE = PEOPLE.wu
const HOUR = 3600

async function verified(code: string, person: { name: string; idNumber: string }): Promise<Client> {
  const c = await t.login(code)
  await verifyFully(c, person)
  return c
}

function createTicket(body: Record<string, unknown>) {
  return t.anon.post('/test/tickets', body)
}

async function spouseTicket(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await createTicket({ applicationId, name: SPOUSE.name, idNumber: SPOUSE.idNumber, role: 'SPOUSE', purpose: '审核王建国的经营贷款申请', ...extra })
  if (res.status !== 201) throw new Error(`ticket: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.ticket
}

beforeAll(async () => {
  t = await startTestSandbox()
  await t.anon.post('/test/clock', { today: LENDING_TODAY })
  applicant = await verified('ticket-applicant', PEOPLE.wang)
  await authorizeTax(applicant, USCC.wang)
  const submitted = await submit(applicant, { productId: 'CREDIT01', amountFen: 10_000_000 }, await applicationConsents(applicant))
  applicationId = submitted.body.id
  spouse = await verified('ticket-spouse', SPOUSE)
  stranger = await verified('ticket-stranger', PEOPLE.zhang)
})
afterAll(() => t.close())

describe('POST /test/tickets (the banker asks)', () => {
  it('gives a 16-character ticket, its code scene and a 24-hour expiry', async () => {
    const before = t.sandbox.deps.clock.now().getTime()
    const res = await createTicket({ applicationId, name: SPOUSE.name, idNumber: SPOUSE.idNumber, role: 'SPOUSE', purpose: '审核贷款' })
    expect(res.status).toBe(201)
    expect(res.body.ticket).toMatch(/^[A-Za-z0-9]{16}$/)
    expect(res.body.scene).toBe(encodeEntryScene({ kind: 'authorization', ticket: res.body.ticket }))
    expect(res.body.scene.length).toBeLessThanOrEqual(32)
    expect(Date.parse(res.body.expiresAt) - before).toBeGreaterThanOrEqual(24 * HOUR * 1000)
    expect(Date.parse(res.body.expiresAt) - before).toBeLessThan(24 * HOUR * 1000 + 60_000)
  })

  it('answers 404 APPLICATION_NOT_FOUND and 422 ID_INVALID', async () => {
    const unknown = await createTicket({ applicationId: 'AAAAAAAAAAAAAAAA', name: SPOUSE.name, idNumber: SPOUSE.idNumber, role: 'SPOUSE', purpose: 'x' })
    expect(unknown.body.code).toBe('APPLICATION_NOT_FOUND')
    const bad = await createTicket({ name: SPOUSE.name, idNumber: '320105198812010124', role: 'GUARANTOR' })
    expect(bad.status).toBe(422)
    expect(bad.body.code).toBe('ID_INVALID')
    expect((await createTicket({ name: SPOUSE.name, idNumber: SPOUSE.idNumber, role: 'FRIEND' })).status).toBe(400)
  })

  it('keeps neither the name nor the ID number in the clear, and logs neither', async () => {
    await spouseTicket()
    const rows = JSON.stringify(t.sandbox.db.prepare('SELECT * FROM authorization_tickets').all())
    expect(rows).not.toContain(SPOUSE.idNumber)
    expect(rows).not.toContain(SPOUSE.name)
    expect(t.logs.join('\n')).not.toContain(SPOUSE.idNumber)
    expect(t.logs.join('\n')).not.toContain(SPOUSE.name)
  })
})

describe('GET /tickets/{ticket}', () => {
  it('shows an OPEN ticket to anyone signed in: who asks, for whom, why, and the letter in full', async () => {
    const ticket = await spouseTicket()
    const someone = await t.login()
    const res = await someone.get(`/tickets/${ticket}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      ticket,
      status: 'OPEN',
      role: 'SPOUSE',
      purpose: '审核王建国的经营贷款申请',
      requestedBy: { bankerName: '林晓燕', branch: '城东支行' },
      applicant: { nameMasked: '**国' },
      application: { id: applicationId, productName: '商e贷', amountFen: 10_000_000 },
      expiresAt: expect.any(String),
      document: { kind: 'CREDIT_REPORT', version: '1.0', title: '个人征信查询授权书', body: expect.stringContaining('征信业管理条例') },
    })
  })

  it('shows a demo ticket (no application): 王建国 and 林晓燕, with a fixed purpose for the role', async () => {
    const created = await createTicket({ name: PEOPLE.li.name, idNumber: PEOPLE.li.idNumber, role: 'GUARANTOR' })
    const res = await stranger.get(`/tickets/${created.body.ticket}`)
    expect(res.body).toMatchObject({ status: 'OPEN', role: 'GUARANTOR', applicant: { nameMasked: '**国' }, requestedBy: { bankerName: '林晓燕' } })
    expect(res.body.purpose).toContain('担保')
    expect(res.body.application).toBeUndefined()
  })

  it('answers 404 TICKET_NOT_FOUND for an unknown, tampered or malformed ticket', async () => {
    const ticket = await spouseTicket()
    const last = ticket.at(-1) === 'A' ? 'B' : 'A'
    for (const bad of ['AAAAAAAAAAAAAAAA', ticket.slice(0, -1) + last, ticket.slice(0, 12), `${ticket}x`, 'a=abc&c=zz']) {
      const res = await spouse.get(`/tickets/${encodeURIComponent(bad)}`)
      expect([bad, res.status, res.body]).toEqual([bad, 404, { code: 'TICKET_NOT_FOUND', message: '未找到该授权邀请，二维码可能已失效' }])
    }
  })

  it('needs a session', async () => {
    expect((await t.anon.get(`/tickets/${await spouseTicket()}`)).status).toBe(401)
  })
})

describe('POST /tickets/{ticket}/sign', () => {
  it('needs a verified identity with face: 403 IDENTITY_REQUIRED', async () => {
    const ticket = await spouseTicket()
    const c = await t.login()
    await throughId(c, PEOPLE.zheng)
    const res = await c.post(`/tickets/${ticket}/sign`, { documentVersion: '1.0' })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('IDENTITY_REQUIRED')
  })

  it("refuses someone else's ticket: 403 TICKET_NOT_YOURS, and it stays open", async () => {
    const ticket = await spouseTicket()
    const res = await stranger.post(`/tickets/${ticket}/sign`, { documentVersion: '1.0' })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ code: 'TICKET_NOT_YOURS', message: '该授权邀请不是发给您的，请核对后再试' })
    expect((await spouse.get(`/tickets/${ticket}`)).body.status).toBe('OPEN')
  })

  it('refuses a stale letter version: 409 CONSENT_VERSION_STALE', async () => {
    const ticket = await spouseTicket()
    const res = await spouse.post(`/tickets/${ticket}/sign`, { documentVersion: '0.9' })
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ code: 'CONSENT_VERSION_STALE', details: { currentVersion: '1.0' } })
  })

  it('signs once: the consent is recorded, the applicant sees it, a second signature is 409 TICKET_USED', async () => {
    const ticket = await spouseTicket()
    expect((await applicant.get(`/applications/${applicationId}`)).body.authorizations).toBeUndefined()
    const res = await spouse.post(`/tickets/${ticket}/sign`, { documentVersion: '1.0' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ ticket, signedAt: expect.any(String), documentVersion: '1.0' })
    expect((await spouse.get('/consents')).body[0]).toMatchObject({ kind: 'CREDIT_REPORT', version: '1.0', granted: true, recordedAt: res.body.signedAt })

    const again = await spouse.post(`/tickets/${ticket}/sign`, { documentVersion: '1.0' })
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ code: 'TICKET_USED', message: '该授权邀请已完成，无需重复操作' })
    expect((await spouse.get(`/tickets/${ticket}`)).body).toMatchObject({ status: 'USED', signedAt: res.body.signedAt })
    expect((await stranger.get(`/tickets/${ticket}`)).body.code).toBe('TICKET_USED')

    const app = (await applicant.get(`/applications/${applicationId}`)).body
    expect(app.authorizations).toEqual([{ role: 'SPOUSE', nameMasked: '**燕', signedAt: res.body.signedAt }])
    expect((await applicant.get('/applications')).body.applications[0].authorizations).toHaveLength(1)
  })

  it('replays a signature retried with the same Idempotency-Key', async () => {
    const ticket = await spouseTicket()
    const first = await spouse.post(`/tickets/${ticket}/sign`, { documentVersion: '1.0' }, { 'Idempotency-Key': 'sign-key-00001' })
    const retry = await spouse.post(`/tickets/${ticket}/sign`, { documentVersion: '1.0' }, { 'Idempotency-Key': 'sign-key-00001' })
    expect(retry.status).toBe(201)
    expect(retry.body).toEqual(first.body)
  })

  it('expires 24 hours after it was made (the clock moved 25 h by POST /test/clock): 410 TICKET_EXPIRED', async () => {
    const ticket = await spouseTicket()
    const used = await spouseTicket()
    await spouse.post(`/tickets/${used}/sign`, { documentVersion: '1.0' })
    expect((await t.anon.post('/test/clock', { advanceSeconds: 23 * HOUR })).status).toBe(200)
    expect((await spouse.get(`/tickets/${ticket}`)).body.status).toBe('OPEN')
    expect((await t.anon.post('/test/clock', { advanceSeconds: 2 * HOUR })).body).toEqual({ today: LENDING_TODAY, overridden: true })
    const read = await spouse.get(`/tickets/${ticket}`)
    expect(read.status).toBe(410)
    expect(read.body).toEqual({ code: 'TICKET_EXPIRED', message: '该授权邀请已过期，请联系客户经理重新发送', details: { expiresAt: expect.any(String) } })
    expect((await spouse.post(`/tickets/${ticket}/sign`, { documentVersion: '1.0' })).status).toBe(410)
    // A signed ticket stays readable by its signer.
    expect((await spouse.get(`/tickets/${used}`)).body.status).toBe('USED')
  })
})

describe('demo mode', () => {
  it('has no POST /test/tickets', async () => {
    const demo = await startTestSandbox({ mode: 'demo' })
    try {
      const res = await demo.anon.post('/test/tickets', { name: SPOUSE.name, idNumber: SPOUSE.idNumber, role: 'SPOUSE' })
      expect(res.status).toBe(404)
    } finally {
      await demo.close()
    }
  })
})
