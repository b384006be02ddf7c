import { encodeEntryScene, encodeEntryUrl } from '@/domain'
import { contextFromParams, landingFor } from './resolve-entry'

describe('landing for a scanned code', () => {
  const market = { kind: 'market', marketId: 'MK01', bankerId: 'BK02' } as const

  it.each([
    ['scene', { scene: encodeURIComponent(encodeEntryScene(market)) }],
    ['q', { q: encodeURIComponent(encodeEntryUrl(market)) }],
  ])('a market code carried by %s lands on the market page', (_carrier, params) => {
    expect(landingFor(contextFromParams(params, 1047))).toBe('/pages/market/index?marketId=MK01&bankerId=BK02')
  })

  it('a station plate lands on the station page', () => {
    const scene = encodeEntryScene({ kind: 'station', stationId: 'ST01' })
    expect(landingFor(contextFromParams({ scene }))).toBe('/pages/station/index?stationId=ST01')
  })

  it('a banker ticket lands on the ticket page', () => {
    const scene = encodeEntryScene({ kind: 'authorization', ticket: 'Ab3dEf9hJk' })
    expect(landingFor(contextFromParams({ scene }))).toBe('/pages/ticket/index?ticket=Ab3dEf9hJk')
  })

  it.each([
    ['garbage', { scene: 'zz%%' }, undefined],
    ['a tampered code', { scene: encodeEntryScene(market).replace('MK01', 'MK02') }, 1047],
    ['a scanned code with nothing in it', {}, 1047],
  ])('%s lands on home with the reason', (_what, params, scene) => {
    const url = landingFor(contextFromParams(params, scene))
    expect(url).toMatch(/^\/pages\/home\/index\?notice=/)
    expect(decodeURIComponent(url.split('notice=')[1])).toMatch(/二维码/)
  })

  it('no code at all is home without a message', () => {
    expect(landingFor(contextFromParams({}, 1001))).toBe('/pages/home/index')
  })
})
