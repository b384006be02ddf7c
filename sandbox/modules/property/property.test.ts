import { startTestSandbox, throughId, type TestClient, type TestSandbox } from '../../testing/harness'
import { BORROWERS, CERTIFICATES, LENDING_TODAY, verifiedBorrower } from '../application/journey'
import { normalizeCertificateNumber, valuationFigures } from './service'

describe('the valuation model', () => {
  it("values 张丽华's flat: 22,350 yuan/m² × 89.5 m², ±8%, 70% less the mortgage, down to 1,000 yuan", () => {
    expect(valuationFigures(2_235_000, 8950, 50_000_000)).toEqual({
      valueFen: 200_032_500, // 2,000,325 yuan
      rangeLowFen: 184_029_900,
      rangeHighFen: 216_035_100,
      supportedExtraFen: 90_000_000, // 1,400,227.50 − 500,000 = 900,227.50 → 900,000 yuan
    })
  })

  it.each([
    // unit price, area (1/100 m²), mortgage, supported extra
    [1_000_000, 10000, 0, 70_000_000], // 1,000,000 yuan, no mortgage: 70%
    [1_000_000, 10000, 69_950_000, 0], // 500 yuan left: below 1,000 yuan
    [1_000_000, 10000, 69_900_000, 100_000], // exactly 1,000 yuan left
    [1_000_000, 10000, 90_000_000, 0], // mortgage above 70%: never negative
    [980_000, 2360, 16_100_000, 0], // the tiny old flat
  ])('unit price %d, area %d, mortgage %d → extra %d', (price, area, mortgage, extra) => {
    expect(valuationFigures(price, area, mortgage).supportedExtraFen).toBe(extra)
  })

  it('reads certificate numbers with full-width parentheses and spaces', () => {
    expect(normalizeCertificateNumber(' 苏（2021）南京市不动产权 第0012345号')).toBe(CERTIFICATES.zhang)
  })
})

describe('the property endpoints', () => {
  let t: TestSandbox
  let zhang: TestClient
  let li: TestClient

  beforeAll(async () => {
    t = await startTestSandbox()
    zhang = await verifiedBorrower(t, BORROWERS.zhang)
    li = await verifiedBorrower(t, BORROWERS.li)
  })
  afterAll(() => t.close())

  const value = (c: TestClient, body: unknown) => c.post('/property/valuations', body)

  it('need a verified identity (403 IDENTITY_REQUIRED)', async () => {
    const c = await t.login()
    await throughId(c, BORROWERS.wu)
    for (const res of [await c.get('/property/communities'), await value(c, { certificateNumber: CERTIFICATES.zhang })]) {
      expect([res.status, res.body.code]).toEqual([403, 'IDENTITY_REQUIRED'])
    }
  })

  it('list the communities with their buildings and units', async () => {
    const res = await zhang.get('/property/communities')
    expect(res.status).toBe(200)
    expect(res.body.communities.map((c: { id: string }) => c.id)).toEqual(['CM01', 'CM02', 'CM03'])
    expect(res.body.communities[0]).toEqual({
      id: 'CM01',
      name: '金陵花园',
      district: '城南区',
      buildings: [
        { name: '3幢', units: ['1单元301室', '1单元302室', '2单元501室'] },
        { name: '5幢', units: ['1单元201室', '1单元602室'] },
      ],
    })
  })

  it('value a property by its certificate number', async () => {
    const res = await value(zhang, { certificateNumber: '苏（2021）南京市不动产权第0012345号' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
      address: '城南区金陵花园3幢1单元302室',
      areaSqm: 89.5,
      owner: 'SELF',
      valueFen: 200_032_500,
      rangeLowFen: 184_029_900,
      rangeHighFen: 216_035_100,
      valuationDate: LENDING_TODAY,
      existingMortgageFen: 50_000_000,
      supportedExtraFen: 90_000_000,
      spouseAuthorizationRequired: false,
    })
  })

  it('value a property by its address and the stated area', async () => {
    const same = await value(zhang, { communityId: 'CM01', building: '3幢', unit: '1单元302室', areaSqm: 89.5 })
    expect(same.body).toMatchObject({ address: '城南区金陵花园3幢1单元302室', valueFen: 200_032_500, supportedExtraFen: 90_000_000 })
    const larger = await value(zhang, { communityId: 'CM01', building: '3幢', unit: '1单元302室', areaSqm: 100.25 })
    expect(larger.body).toMatchObject({ areaSqm: 100.25, valueFen: 224_058_750, supportedExtraFen: 106_800_000 })
    expect(larger.body.id).not.toBe(same.body.id)
  })

  it("mark a spouse's property as needing the spouse's authorization", async () => {
    const wang = await verifiedBorrower(t, BORROWERS.wang)
    const res = await value(wang, { certificateNumber: CERTIFICATES.wangSpouse })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ owner: 'SPOUSE', spouseAuthorizationRequired: true, valueFen: 337_480_000, supportedExtraFen: 156_200_000 })
  })

  it.each([
    ['an unknown certificate', { certificateNumber: '苏(2021)南京市不动产权第9999999号' }],
    ['an address without a registered property', { communityId: 'CM01', building: '3幢', unit: '1单元301室', areaSqm: 80 }],
    ['an unknown community', { communityId: 'CM99', building: '3幢', unit: '1单元302室', areaSqm: 80 }],
  ])('404 PROPERTY_NOT_FOUND for %s', async (_name, body) => {
    const res = await value(zhang, body)
    expect([res.status, res.body.code]).toEqual([404, 'PROPERTY_NOT_FOUND'])
  })

  it("403 PROPERTY_NOT_OWNED for someone else's property, by certificate or address", async () => {
    for (const body of [{ certificateNumber: CERTIFICATES.wangSpouse }, { communityId: 'CM02', building: '1幢', unit: '1502室', areaSqm: 118 }]) {
      const res = await value(zhang, body)
      expect([res.status, res.body.code, res.body.message]).toEqual([403, 'PROPERTY_NOT_OWNED', '该房产不在您或配偶名下'])
    }
  })

  it('409 PROPERTY_PLEDGED for a property pledged to another institution', async () => {
    const res = await value(li, { certificateNumber: CERTIFICATES.liPledged })
    expect([res.status, res.body.code, res.body.message]).toEqual([409, 'PROPERTY_PLEDGED', '该房产已抵押给其他机构，暂不能用于增信'])
  })

  it('422 PROPERTY_VALUE_TOO_LOW when 70% of the value does not exceed the mortgage by 1,000 yuan', async () => {
    const res = await value(li, { certificateNumber: CERTIFICATES.liTiny })
    expect([res.status, res.body.code, res.body.message]).toEqual([422, 'PROPERTY_VALUE_TOO_LOW', '房产评估价值不足以提升额度'])
    expect(res.body.details).toEqual({ valueFen: 23_128_000 })
  })

  it.each([
    ['both shapes at once', { certificateNumber: CERTIFICATES.zhang, communityId: 'CM01', building: '3幢', unit: '1单元302室', areaSqm: 89.5 }],
    ['an address without area', { communityId: 'CM01', building: '3幢', unit: '1单元302室' }],
    ['a zero area', { communityId: 'CM01', building: '3幢', unit: '1单元302室', areaSqm: 0 }],
    ['an empty certificate', { certificateNumber: '' }],
  ])('400 VALIDATION_FAILED for %s', async (_name, body) => {
    expect((await value(zhang, body)).status).toBe(400)
  })
})
