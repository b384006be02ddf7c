import { bindPhone, cardBytes, PEOPLE, startTestSandbox, verifyFully } from '../testing/harness'

it('logs one line per request (method, path, status, ms) and no personal data or token', async () => {
  const t = await startTestSandbox()
  try {
    await t.anon.post('/test/clock', { today: '2026-03-01' })
    const c = await t.login('log-me')
    await c.get('/markets/MK01?bankerId=BK02')
    await bindPhone(c, '13812345678')
    await c.upload('/identity/ocr', cardBytes(PEOPLE.zhang.card)).catch(() => undefined)
    await verifyFully(c, { name: PEOPLE.zhang.name, idNumber: PEOPLE.zhang.idNumber })
    const requestLines = t.logs.filter((l) => !l.startsWith('['))
    for (const line of requestLines) expect(line).toMatch(/^(GET|POST) \/\S* \d{3} \d+\.\dms$/)
    expect(requestLines).toContain(requestLines.find((l) => l.startsWith('GET /api/v1/markets/MK01 200')))
    const all = t.logs.join('\n')
    for (const secret of [PEOPLE.zhang.name, PEOPLE.zhang.idNumber, '13812345678', c.token!, 'bankerId']) expect(all).not.toContain(secret)
  } finally {
    await t.close()
  }
})
