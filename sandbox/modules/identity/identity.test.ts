import { bindPhone, cardBytes, consent, PEOPLE, startTestSandbox, throughId, verifyFully, type TestClient, type TestSandbox } from '../../testing/harness'
import { FACE_CHECK_TTL_SECONDS } from './face-service'
import { ageOn } from './service'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
beforeEach(async () => {
  await t.anon.post('/test/reset')
  await t.anon.post('/test/clock', { today: '2026-03-01' })
})
afterAll(() => t.close())

/** The ID step's body for a demo person. */
const idOf = (p: { name: string; idNumber: string }) => ({ name: p.name, idNumber: p.idNumber })

/** A borrower with the privacy consent and then a mobile, ready for the ID step. */
async function readyForId(): Promise<TestClient> {
  const c = await t.login()
  await consent(c, 'PRIVACY')
  expect((await c.post('/auth/phone', { phoneCode: 'x' })).body.step).toBe('ID')
  return c
}

describe('the identity step', () => {
  it('walks CONSENT → PHONE → ID → FACE → DONE', async () => {
    const c = await t.login()
    const steps = [(await c.get('/identity')).body.step]
    await consent(c, 'PRIVACY')
    steps.push((await c.get('/identity')).body.step)
    const sent = await c.post('/auth/sms', { mobile: '13812345678' })
    const bound = await c.post('/auth/phone', { mobile: '13812345678', smsCode: sent.body.demoCode })
    steps.push(bound.body.step)
    expect((await c.get('/identity')).body).toEqual(bound.body)
    const id = await c.post('/identity/id', { name: PEOPLE.zhang.name, idNumber: PEOPLE.zhang.idNumber })
    steps.push(id.body.step)
    expect(id.body).toMatchObject({ nameMasked: '**华', idNumberMasked: '3201**********0122', verified: false })
    await consent(c, 'FACE')
    const start = await c.post('/identity/face/start')
    await c.post(`/face-provider/${start.body.verifyId}/complete`, { outcome: 'PASS' })
    expect((await c.get('/identity')).body.faceVerified).toBe(false) // not until the bank reads the result
    expect((await c.get(`/identity/face/${start.body.verifyId}`)).body).toEqual({ verifyId: start.body.verifyId, status: 'PASSED' })
    const done = (await c.get('/identity')).body
    steps.push(done.step)
    expect(steps).toEqual(['CONSENT', 'PHONE', 'ID', 'FACE', 'DONE'])
    expect(done).toMatchObject({ faceVerified: true, verified: true, faceConsented: true, privacyConsented: true, mobileMasked: '138****5678' })
    expect(Date.parse(done.verifiedAt)).not.toBeNaN()
  })
})

describe('POST /identity/id', () => {
  it('needs the privacy consent', async () => {
    const c = await t.login()
    const res = await c.post('/identity/id', { name: PEOPLE.zhang.name, idNumber: PEOPLE.zhang.idNumber })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('CONSENT_REQUIRED')
  })

  it.each([
    ['too short', '32010619850312', '请输入18位身份证号码'],
    ['a wrong check digit', '320106198503120123', '身份证号码校验位不正确，请核对'],
    ['a birth date after today', '320106202612010011', '出生日期不正确'],
  ])('rejects %s with ID_INVALID and the validator message', async (_label, idNumber, message) => {
    const c = await readyForId()
    const res = await c.post('/identity/id', { name: '张丽华', idNumber })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ code: 'ID_INVALID', message })
  })

  it('accepts a lower-case x and surrounding spaces', async () => {
    const c = await readyForId()
    const res = await c.post('/identity/id', { name: ' 郑大伟 ', idNumber: ' 32011619820418011x' })
    expect(res.status).toBe(200)
    expect(res.body.idNumberMasked).toBe('3201**********011X')
  })

  it('refuses minors with UNDERAGE', async () => {
    const c = await readyForId()
    const res = await c.post('/identity/id', idOf(PEOPLE.minor))
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ code: 'UNDERAGE', message: '未满18周岁，暂不能办理' })
  })

  it('turns 18 on the birthday, by the sandbox clock', async () => {
    const c = await readyForId()
    await t.anon.post('/test/clock', { today: '2026-01-09' })
    expect((await c.post('/identity/id', idOf(PEOPLE.justAdult))).body.code).toBe('UNDERAGE')
    await t.anon.post('/test/clock', { today: '2026-01-10' })
    expect((await c.post('/identity/id', idOf(PEOPLE.justAdult))).status).toBe(200)
  })

  it('accepts the elderly (70+) and a 29 February birthday', async () => {
    expect((await (await readyForId()).post('/identity/id', idOf(PEOPLE.elder))).status).toBe(200)
    expect((await (await readyForId()).post('/identity/id', idOf(PEOPLE.leap))).status).toBe(200)
  })

  it('answers PERSON_NOT_FOUND for a valid number the registry does not know', async () => {
    const c = await readyForId()
    const res = await c.post('/identity/id', { name: '张丽华', idNumber: '110101199003070011' })
    expect(res.body).toEqual({ code: 'PERSON_NOT_FOUND', message: '未能核验身份，请核对身份证号码' })
  })

  it('answers NAME_MISMATCH when the name is not the registered one', async () => {
    const c = await readyForId()
    const res = await c.post('/identity/id', { name: '张丽', idNumber: PEOPLE.zhang.idNumber })
    expect(res.body).toEqual({ code: 'NAME_MISMATCH', message: '姓名与身份证号码不一致' })
  })

  it('answers 409 ID_IN_USE when another borrower holds the ID', async () => {
    await (await readyForId()).post('/identity/id', idOf(PEOPLE.wu))
    const res = await (await readyForId()).post('/identity/id', idOf(PEOPLE.wu))
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('ID_IN_USE')
  })

  it('locks after 5 failed checks a day, until the next day', async () => {
    const c = await readyForId()
    for (let i = 0; i < 5; i++) expect((await c.post('/identity/id', { name: '某人', idNumber: PEOPLE.zhang.idNumber })).body.code).toBe('NAME_MISMATCH')
    const locked = await c.post('/identity/id', idOf(PEOPLE.zhang))
    expect(locked.status).toBe(429)
    expect(locked.body.code).toBe('ID_CHECK_LOCKED')
    await t.anon.post('/test/clock', { today: '2026-03-02' })
    expect((await c.post('/identity/id', idOf(PEOPLE.zhang))).status).toBe(200)
  })

  it('does not count format errors or minors as failed checks', async () => {
    const c = await readyForId()
    for (let i = 0; i < 6; i++) await c.post('/identity/id', { name: 'x', idNumber: '123' })
    for (let i = 0; i < 6; i++) await c.post('/identity/id', idOf(PEOPLE.minor))
    expect((await c.post('/identity/id', idOf(PEOPLE.zhang))).status).toBe(200)
  })

  it('lets a borrower correct the ID before the face check, but not after', async () => {
    const c = await readyForId()
    await c.post('/identity/id', idOf(PEOPLE.li))
    expect((await c.post('/identity/id', idOf(PEOPLE.zheng))).body.nameMasked).toBe('**伟')
    await consent(c, 'FACE')
    const start = await c.post('/identity/face/start')
    await c.post(`/face-provider/${start.body.verifyId}/complete`, { outcome: 'PASS' })
    await c.get(`/identity/face/${start.body.verifyId}`)
    const res = await c.post('/identity/id', idOf(PEOPLE.li))
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('IDENTITY_LOCKED')
  })

  it('stores name, ID number and mobile only encrypted, and never logs them', async () => {
    const c = await t.login()
    await bindPhone(c, '13812345678') // the privacy consent, then the mobile
    await c.post('/identity/id', idOf(PEOPLE.zhang))
    const row = t.sandbox.db.prepare('SELECT * FROM identities').get() as Record<string, string>
    const dump = JSON.stringify(row)
    for (const secret of [PEOPLE.zhang.name, PEOPLE.zhang.idNumber, '13812345678']) expect(dump).not.toContain(secret)
    expect(row.name_enc).toMatch(/^v1\./)
    expect(t.logs.join('\n')).not.toMatch(/张丽华|320106198503120122|13812345678/)
  })
})

describe('POST /identity/ocr', () => {
  it('reads a sample card', async () => {
    const c = await readyForId()
    const res = await c.upload('/identity/ocr', cardBytes(PEOPLE.elder.card))
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ name: '刘福生', idNumber: '321322195009090114' })
  })

  it('reads a card sent as JPEG-named or generic binary (the content decides)', async () => {
    const c = await readyForId()
    const res = await c.upload('/identity/ocr', cardBytes(PEOPLE.zhang.card), 'tmp.jpg', 'application/octet-stream')
    expect(res.body.name).toBe('张丽华')
  })

  it('answers 422 OCR_UNREADABLE for any other image', async () => {
    const c = await readyForId()
    const other = Buffer.concat([cardBytes(PEOPLE.zhang.card), Buffer.from([0])])
    const res = await c.upload('/identity/ocr', other)
    expect(res.body).toEqual({ code: 'OCR_UNREADABLE', message: '未能识别身份证，请重新拍摄或手动填写' })
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    expect((await c.upload('/identity/ocr', jpeg, 'a.jpg', 'image/jpeg')).body.code).toBe('OCR_UNREADABLE')
  })

  it('answers 415 for what is not a PNG or JPEG', async () => {
    const c = await readyForId()
    const res = await c.upload('/identity/ocr', Buffer.from('GIF89a....'), 'a.gif', 'image/gif')
    expect(res.status).toBe(415)
    expect(res.body.code).toBe('IMAGE_TYPE_UNSUPPORTED')
  })

  it('answers 413 above 4 MB', async () => {
    const c = await readyForId()
    const big = Buffer.concat([cardBytes(PEOPLE.zhang.card), Buffer.alloc(4 * 1024 * 1024)])
    const res = await c.upload('/identity/ocr', big)
    expect(res.status).toBe(413)
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('answers 400 without the image field', async () => {
    const c = await readyForId()
    expect((await c.upload('/identity/ocr', cardBytes(PEOPLE.zhang.card), 'a.png', 'image/png', 'photo')).status).toBe(400)
  })

  it('needs the privacy consent', async () => {
    const c = await t.login()
    const res = await c.upload('/identity/ocr', cardBytes(PEOPLE.zhang.card))
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('CONSENT_REQUIRED')
  })
})

describe('face verification', () => {
  it('needs the separate FACE consent, and says where else to verify', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.zhang)
    const res = await c.post('/identity/face/start')
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('FACE_CONSENT_REQUIRED')
    expect(res.body.message).toContain('网点')
  })

  it('needs a verified ID', async () => {
    const c = await t.login()
    await consent(c, 'PRIVACY')
    await consent(c, 'FACE')
    const res = await c.post('/identity/face/start')
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('ID_REQUIRED')
  })

  it('opens a check valid 10 minutes', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.zhang)
    await consent(c, 'FACE')
    const res = await c.post('/identity/face/start')
    expect(res.status).toBe(201)
    expect(res.body.verifyId).toMatch(/^[A-Za-z0-9_-]{24}$/)
    const minutes = (Date.parse(res.body.expiresAt) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(9.9)
    expect(minutes).toBeLessThanOrEqual(10.01)
  })

  it('a FAIL leaves the face unverified and a new check can follow', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.zhang)
    await consent(c, 'FACE')
    const first = await c.post('/identity/face/start')
    expect((await c.post(`/face-provider/${first.body.verifyId}/complete`, { outcome: 'FAIL' })).status).toBe(204)
    expect((await c.get(`/identity/face/${first.body.verifyId}`)).body.status).toBe('FAILED')
    expect((await c.get('/identity')).body).toMatchObject({ step: 'FACE', faceVerified: false })
    await verifyFully(c, PEOPLE.zhang).catch(() => undefined)
    expect((await c.get('/identity')).body.step).toBe('DONE')
  })

  it('a check is completed once', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.zhang)
    await consent(c, 'FACE')
    const start = await c.post('/identity/face/start')
    await c.post(`/face-provider/${start.body.verifyId}/complete`, { outcome: 'PASS' })
    const again = await c.post(`/face-provider/${start.body.verifyId}/complete`, { outcome: 'FAIL' })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('FACE_VERIFY_COMPLETED')
    expect((await c.get(`/identity/face/${start.body.verifyId}`)).body.status).toBe('PASSED')
    expect((await c.get(`/identity/face/${start.body.verifyId}`)).body.status).toBe('PASSED')
  })

  it('expires after 10 minutes', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.zhang)
    await consent(c, 'FACE')
    const start = await c.post('/identity/face/start')
    t.advance(FACE_CHECK_TTL_SECONDS + 1)
    expect((await c.get(`/identity/face/${start.body.verifyId}`)).body.status).toBe('EXPIRED')
    const late = await c.post(`/face-provider/${start.body.verifyId}/complete`, { outcome: 'PASS' })
    expect(late.status).toBe(409)
    expect(late.body.code).toBe('FACE_VERIFY_EXPIRED')
  })

  it('a check opened before the ID changed cannot verify the new ID', async () => {
    const c = await t.login()
    await throughId(c, PEOPLE.li)
    await consent(c, 'FACE')
    const start = await c.post('/identity/face/start')
    await c.post('/identity/id', idOf(PEOPLE.zheng))
    expect((await c.get(`/identity/face/${start.body.verifyId}`)).body.status).toBe('EXPIRED')
  })
})

describe('ageOn', () => {
  it.each([
    ['2008-01-10', '2026-01-09', 17],
    ['2008-01-10', '2026-01-10', 18],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['1956-02-29', '2026-03-01', 70],
  ])('born %s is %s on %s', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age)
  })
})
