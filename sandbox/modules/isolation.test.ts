/**
 * Cross-user isolation: whatever borrower B sends, B never reads or changes borrower A's data.
 * Every query is scoped by the session's user id.
 */
import { bindPhone, cardBytes, consent, PEOPLE, startTestSandbox, throughId, type TestClient, type TestSandbox } from '../testing/harness'

let t: TestSandbox
let a: TestClient & { userId: string }
let b: TestClient & { userId: string }
let aVerifyId: string

beforeAll(async () => {
  t = await startTestSandbox()
  await t.anon.post('/test/clock', { today: '2026-03-01' })
  a = await t.login('borrower-A')
  b = await t.login('borrower-B')
  await bindPhone(a, '13812345678') // the privacy consent, then the mobile
  await a.post('/identity/id', { name: PEOPLE.zhang.name, idNumber: PEOPLE.zhang.idNumber })
  await consent(a, 'FACE')
  aVerifyId = (await a.post('/identity/face/start')).body.verifyId
})
afterAll(() => t.close())

it("B's identity and consents show nothing of A's", async () => {
  const identity = await b.get('/identity')
  expect(identity.body).toEqual({ step: 'CONSENT', privacyConsented: false, faceConsented: false, faceVerified: false, verified: false })
  expect((await b.get('/consents')).body).toEqual([])
})

it("B cannot read, complete or fail A's face check (404, as if it did not exist)", async () => {
  const read = await b.get(`/identity/face/${aVerifyId}`)
  expect(read.status).toBe(404)
  expect(read.body.code).toBe('FACE_VERIFY_NOT_FOUND')
  expect((await b.post(`/face-provider/${aVerifyId}/complete`, { outcome: 'PASS' })).status).toBe(404)
  expect((await b.post(`/face-provider/${aVerifyId}/complete`, { outcome: 'FAIL' })).status).toBe(404)
  expect((await a.get(`/identity/face/${aVerifyId}`)).body.status).toBe('PENDING')
})

it("B cannot take A's ID, nor use A's SMS code", async () => {
  await throughId(b, PEOPLE.wang)
  const taken = await b.post('/identity/id', { name: PEOPLE.zhang.name, idNumber: PEOPLE.zhang.idNumber })
  expect(taken.status).toBe(409)
  expect(taken.body.code).toBe('ID_IN_USE')
  t.advance(61)
  const sent = await a.post('/auth/sms', { mobile: '13912340000' })
  expect((await b.post('/auth/phone', { mobile: '13912340000', smsCode: sent.body.demoCode })).body.code).toBe('SMS_CODE_EXPIRED')
})

it("B's changes leave A's data as it was", async () => {
  await consent(b, 'PRIVACY', false)
  await b.upload('/identity/ocr', cardBytes(PEOPLE.zhang.card))
  await b.post('/auth/logout')
  const identity = (await a.get('/identity')).body
  expect(identity).toMatchObject({ step: 'FACE', privacyConsented: true, faceConsented: true, nameMasked: '**华', mobileMasked: '138****5678' })
  expect((await a.get('/consents')).body).toHaveLength(2)
})

it("an Idempotency-Key of A's never replays to B", async () => {
  const key = 'shared-key-0001'
  const first = await a.post('/consents', { kind: 'FACE', version: '1.0', granted: true }, { 'Idempotency-Key': key })
  const c = await t.login('borrower-C')
  const other = await c.post('/consents', { kind: 'FACE', version: '1.0', granted: true }, { 'Idempotency-Key': key })
  expect(other.status).toBe(201)
  expect(other.headers.get('idempotent-replayed')).toBeNull()
  expect(other.body.id).not.toBe(first.body.id)
})
