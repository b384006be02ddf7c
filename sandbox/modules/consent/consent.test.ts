import { startTestSandbox, type TestSandbox } from '../../testing/harness'
import { CONSENT_KINDS } from '../../seed/load-documents'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
afterAll(() => t.close())

describe('consent documents', () => {
  it.each([
    ['PRIVACY', true, '个人信息处理规则'],
    ['FACE', false, '人脸信息处理单独同意书'],
  ])('%s is served in full', async (kind, required, title) => {
    const c = await t.login()
    const res = await c.get(`/consents/documents/${kind}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ kind, version: '1.0', required, effectiveDate: '2026-01-01' })
    expect(res.body.title).toContain(title)
    expect(res.body.body.length).toBeGreaterThan(500)
  })

  it('says what declining face recognition means: verify at a branch instead', async () => {
    const c = await t.login()
    const face = await c.get('/consents/documents/FACE')
    expect(face.body.body).toContain('网点')
    expect(face.body.body).toContain('不是核验身份的唯一方式')
  })

  it('answers 400 for an unknown kind', async () => {
    const c = await t.login()
    expect((await c.get('/consents/documents/MARKETING')).status).toBe(400)
  })
})

describe('consent records', () => {
  it('records grants, declines and withdrawals, newest first, and derives the status from the latest', async () => {
    const c = await t.login()
    const first = await c.post('/consents', { kind: 'PRIVACY', version: '1.0', granted: true })
    expect(first.status).toBe(201)
    expect(first.body).toEqual({ id: expect.any(Number), kind: 'PRIVACY', version: '1.0', granted: true, recordedAt: expect.any(String) })
    await c.post('/consents', { kind: 'FACE', version: '1.0', granted: false })
    expect((await c.get('/identity')).body).toMatchObject({ privacyConsented: true, faceConsented: false })
    await c.post('/consents', { kind: 'PRIVACY', version: '1.0', granted: false })
    expect((await c.get('/identity')).body.privacyConsented).toBe(false)
    const list = await c.get('/consents')
    expect(list.body.map((r: { kind: string; granted: boolean }) => [r.kind, r.granted])).toEqual([
      ['PRIVACY', false],
      ['FACE', false],
      ['PRIVACY', true],
    ])
  })

  it('refuses a version that is not current with 409 CONSENT_VERSION_STALE', async () => {
    const c = await t.login()
    const res = await c.post('/consents', { kind: 'PRIVACY', version: '0.9', granted: true })
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ code: 'CONSENT_VERSION_STALE', details: { currentVersion: '1.0' } })
  })

  it('keeps the exact text of every version shown', async () => {
    const rows = t.sandbox.db.prepare('SELECT kind, version, body_sha256 FROM consent_documents ORDER BY kind').all()
    // One stored version per document kind (every kind the catalog knows).
    expect(rows).toEqual([...CONSENT_KINDS].sort().map((kind) => ({ kind, version: '1.0', body_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })))
  })
})
