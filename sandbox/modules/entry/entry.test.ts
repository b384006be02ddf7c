import { startTestSandbox, type TestSandbox } from '../../testing/harness'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
afterAll(() => t.close())

describe('GET /markets/{marketId}', () => {
  it('gives the market, its products (fen, bps) and its default banker', async () => {
    const c = await t.login()
    const res = await c.get('/markets/MK01')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: 'MK01', name: '南门农贸市场', grid: '南门街道第3网格', district: '城南区' })
    expect(res.body.products).toEqual([
      expect.objectContaining({ id: 'CREDIT01', name: '商e贷', kind: 'CREDIT', maxAmountFen: 30_000_000, minRateBps: 365 }),
      expect.objectContaining({ id: 'PROP01', name: '抵押e贷', kind: 'PROPERTY', maxAmountFen: 100_000_000, minRateBps: 345 }),
    ])
    expect(res.body.banker).toEqual({
      id: 'BK01',
      name: '周敏',
      title: '小微客户经理',
      branch: '城南支行',
      phone: '13851406217',
      photoUrl: `${t.url}/assets/bankers/BK01.png`,
    })
    const photo = await fetch(res.body.banker.photoUrl)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/png')
  })

  it.each([
    ['a banker who serves the market', 'BK02', 'BK02'],
    ['a banker of another market (falls back)', 'BK04', 'BK01'],
    ['an unknown banker (falls back)', 'BK99', 'BK01'],
  ])('with %s', async (_label, bankerId, expected) => {
    const c = await t.login()
    const res = await c.get(`/markets/MK01?bankerId=${bankerId}`)
    expect(res.status).toBe(200)
    expect(res.body.banker.id).toBe(expected)
  })

  it('answers 404 MARKET_NOT_FOUND for an unknown market', async () => {
    const c = await t.login()
    expect((await c.get('/markets/MK99')).body).toEqual({ code: 'MARKET_NOT_FOUND', message: '未找到该市场，二维码可能已失效' })
  })

  it.each(['mk01', 'MK0123456', 'MK%2001'])('answers 400 for the malformed id %s', async (id) => {
    const c = await t.login()
    expect((await c.get(`/markets/${id}`)).status).toBe(400)
  })

  it('answers 400 for an unknown query parameter', async () => {
    const c = await t.login()
    expect((await c.get('/markets/MK01?foo=1')).status).toBe(400)
  })
})

describe('GET /stations/{stationId}', () => {
  it('gives the station and its banker', async () => {
    const c = await t.login()
    const res = await c.get('/stations/ST01')
    expect(res.body).toMatchObject({ id: 'ST01', name: '桃园村惠农通服务站', village: '西郊镇桃园村', hours: expect.any(String) })
    expect(res.body.banker.id).toBe('BK05')
  })

  it('answers 404 STATION_NOT_FOUND for an unknown station', async () => {
    const c = await t.login()
    expect((await c.get('/stations/ST09')).body.code).toBe('STATION_NOT_FOUND')
  })
})
