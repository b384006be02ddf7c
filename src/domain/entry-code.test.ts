import fc from 'fast-check'
import {
  encodeEntryScene,
  encodeEntryUrl,
  type EncodableEntryContext,
  type EntryContext,
  entryCheck,
  ENTRY_INVALID_REASONS as R,
  ENTRY_URL_BASE,
  isEncodableEntry,
  isValidEntry,
  parseEntry,
  SCENE_MAX_LENGTH,
} from './entry-code'

const SCENE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$&'()*+,/:;=?@-._~"
const LEGAL_SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

/** What WeChat hands the mini-program for each carrier. */
const viaScene = (scene: string, launchScene = 1047) => parseEntry({ query: { scene: encodeURIComponent(scene) }, scene: launchScene })
const viaQ = (url: string, launchScene = 1011) => parseEntry({ query: { q: encodeURIComponent(url), scancode_time: '1767225600' }, scene: launchScene })

const market = { kind: 'market', marketId: 'MK01', bankerId: 'BK07' } as const
const invalid = (reason: string): EntryContext => ({ kind: 'invalid', reason })

const idArb = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: 1, maxLength: 8 })
const ticketArb = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), minLength: 8, maxLength: 20 })
const contextArb: fc.Arbitrary<EncodableEntryContext> = fc.oneof(
  fc.record({ kind: fc.constant('market' as const), marketId: idArb }),
  fc.record({ kind: fc.constant('market' as const), marketId: idArb, bankerId: idArb }),
  fc.record({ kind: fc.constant('station' as const), stationId: idArb }),
  fc.record({ kind: fc.constant('authorization' as const), ticket: ticketArb }),
)

describe('encoding', () => {
  it.each<[EncodableEntryContext, string]>([
    [market, `m=MK01&b=BK07&c=${entryCheck('m=MK01&b=BK07')}`],
    [{ kind: 'market', marketId: 'MK01' }, `m=MK01&c=${entryCheck('m=MK01')}`],
    [{ kind: 'station', stationId: 'ST0001' }, `s=ST0001&c=${entryCheck('s=ST0001')}`],
    [{ kind: 'authorization', ticket: 'Ab3dEf9hJk2mNp4q' }, `a=Ab3dEf9hJk2mNp4q&c=${entryCheck('a=Ab3dEf9hJk2mNp4q')}`],
  ])('%j → %s', (ctx, scene) => {
    expect(encodeEntryScene(ctx)).toBe(scene)
    expect(encodeEntryUrl(ctx)).toBe(`${ENTRY_URL_BASE}?${scene}`)
  })

  it('produces the documented examples', () => {
    expect(encodeEntryScene(market)).toBe('m=MK01&b=BK07&c=iq')
    expect(encodeEntryScene({ kind: 'station', stationId: 'ST0001' })).toBe('s=ST0001&c=ak')
    expect(encodeEntryUrl({ kind: 'authorization', ticket: 'Ab3dEf9hJk2mNp4q' })).toBe('https://wdt.sandbox-bank.cn/e?a=Ab3dEf9hJk2mNp4q&c=d5')
  })

  it('fits every scene in 32 legal characters, even the longest ids', () => {
    expect(encodeEntryScene({ kind: 'market', marketId: 'ABCDEFGH', bankerId: '12345678' })).toHaveLength(26)
    expect(encodeEntryScene({ kind: 'authorization', ticket: 'a'.repeat(20) })).toHaveLength(27)
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const scene = encodeEntryScene(ctx)
        expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH)
        expect(scene).toMatch(LEGAL_SCENE)
      }),
      { numRuns: 200 },
    )
  })

  it.each<[string, EntryContext]>([
    ['a lower-case market id', { kind: 'market', marketId: 'mk01' }],
    ['an empty market id', { kind: 'market', marketId: '' }],
    ['a 9-character market id', { kind: 'market', marketId: 'ABCDEFGHI' }],
    ['an empty banker id', { kind: 'market', marketId: 'MK01', bankerId: '' }],
    ['a station id with a dash', { kind: 'station', stationId: 'ST-1' }],
    ['a 7-character ticket', { kind: 'authorization', ticket: 'Abc1234' }],
    ['a 21-character ticket', { kind: 'authorization', ticket: 'A'.repeat(21) }],
    ['a direct entry', { kind: 'direct' }],
    ['an invalid entry', { kind: 'invalid', reason: 'x' }],
  ])('refuses %s with a RangeError', (_name, ctx) => {
    expect(() => encodeEntryScene(ctx)).toThrow(RangeError)
    expect(() => encodeEntryUrl(ctx)).toThrow(RangeError)
  })
})

describe('parseEntry', () => {
  it('reads both carriers to the same context', () => {
    expect(viaScene(encodeEntryScene(market))).toEqual(market)
    expect(viaQ(encodeEntryUrl(market))).toEqual(market)
    // what WeChat actually delivers for the scene: URL-encoded
    expect(parseEntry({ query: { scene: 'm%3DMK01%26b%3DBK07%26c%3Diq' }, scene: 1047 })).toEqual(market)
    expect(parseEntry({ query: { q: 'https%3A%2F%2Fwdt.sandbox-bank.cn%2Fe%3Fm%3DMK01%26b%3DBK07%26c%3Diq' }, scene: 1011 })).toEqual(market)
  })

  it('round-trips every context through both carriers', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        expect(viaScene(encodeEntryScene(ctx))).toStrictEqual(ctx)
        expect(viaQ(encodeEntryUrl(ctx))).toStrictEqual(ctx)
        expect(isValidEntry(ctx) && isEncodableEntry(ctx)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('prefers the scene when both carriers are present', () => {
    const station = { kind: 'station', stationId: 'ST1' } as const
    expect(parseEntry({ query: { scene: encodeURIComponent(encodeEntryScene(station)), q: encodeURIComponent(encodeEntryUrl(market)) } })).toEqual(station)
  })

  it.each<[string, Parameters<typeof parseEntry>[0], EntryContext]>([
    ['no options', {}, { kind: 'direct' }],
    ['an ordinary open', { query: {}, scene: 1001 }, { kind: 'direct' }],
    ['a shared card', { query: { foo: 'bar' }, scene: 1007 }, { kind: 'direct' }],
    ['empty carriers', { query: { scene: '', q: undefined }, scene: 1001 }, { kind: 'direct' }],
    ['a scanned mini-program code with nothing', { query: {}, scene: 1047 }, invalid(R.empty)],
    ['a QR code from the album with nothing', { query: { scene: undefined }, scene: 1013 }, invalid(R.empty)],
    ['a malformed percent-encoding', { query: { scene: 'm%3DMK01%2' } }, invalid(R.unrecognized)],
    ['an unknown kind', { query: { scene: `x=AB&c=${entryCheck('x=AB')}` } }, invalid(R.unrecognized)],
    ['an over-long scene', { query: { scene: `m=MK01&b=BK07&c=iq&${'z'.repeat(20)}` } }, invalid(R.unrecognized)],
    ['illegal characters', { query: { scene: 'm=MK 01&c=00' } }, invalid(R.unrecognized)],
    ['a check that does not match', { query: { scene: 'm=MK01&b=BK08&c=iq' } }, invalid(R.damaged)],
    ['a missing check', { query: { scene: 'm=MK01&b=BK07' } }, invalid(R.damaged)],
    ['a truncated check', { query: { scene: 'm=MK01&b=BK07&c=i' } }, invalid(R.damaged)],
    ['an upper-case check', { query: { scene: 'm=MK01&b=BK07&c=IQ' } }, invalid(R.damaged)],
    ['a good check over a bad id', { query: { scene: `m=mk01&c=${entryCheck('m=mk01')}` } }, invalid(R.unrecognized)],
    ['fields out of order', { query: { scene: `b=BK07&m=MK01&c=${entryCheck('b=BK07&m=MK01')}` } }, invalid(R.unrecognized)],
    ['an extra field', { query: { scene: `s=ST1&b=BK07&c=${entryCheck('s=ST1&b=BK07')}` } }, invalid(R.unrecognized)],
    ['a scene that is not a string', { query: { scene: 42 as unknown as string } }, invalid(R.unrecognized)],
    ['a foreign URL', { query: { q: encodeURIComponent('https://example.com/e?m=MK01&b=BK07&c=iq') } }, invalid(R.unrecognized)],
    ['a look-alike host', { query: { q: encodeURIComponent('https://wdt.sandbox-bank.cn.evil.com/e?m=MK01&b=BK07&c=iq') } }, invalid(R.unrecognized)],
    ['plain http', { query: { q: encodeURIComponent('http://wdt.sandbox-bank.cn/e?m=MK01&b=BK07&c=iq') } }, invalid(R.unrecognized)],
    ['another path', { query: { q: encodeURIComponent('https://wdt.sandbox-bank.cn/x?m=MK01&b=BK07&c=iq') } }, invalid(R.unrecognized)],
    ['a URL without query', { query: { q: encodeURIComponent(ENTRY_URL_BASE) } }, invalid(R.unrecognized)],
    ['a URL with tampered fields', { query: { q: encodeURIComponent(`${ENTRY_URL_BASE}?m=MK02&b=BK07&c=iq`) } }, invalid(R.damaged)],
    ['a q that is not a URL', { query: { q: 'hello' } }, invalid(R.unrecognized)],
  ])('%s', (_name, launch, expected) => {
    expect(parseEntry(launch)).toEqual(expected)
  })

  it('accepts the host in any case and ignores a fragment', () => {
    expect(viaQ('HTTPS://WDT.Sandbox-Bank.CN/e?m=MK01&b=BK07&c=iq')).toEqual(market)
    expect(viaQ(`${encodeEntryUrl(market)}#top`)).toEqual(market)
  })

  it('detects every single-character change and every truncation', () => {
    fc.assert(
      fc.property(contextArb, fc.nat(40), fc.constantFrom(...SCENE_CHARS), (ctx, p, ch) => {
        const scene = encodeEntryScene(ctx)
        const pos = p % scene.length
        fc.pre(scene[pos] !== ch)
        const tampered = scene.slice(0, pos) + ch + scene.slice(pos + 1)
        expect(viaScene(tampered).kind).toBe('invalid')
        expect(viaQ(`${ENTRY_URL_BASE}?${tampered}`).kind).toBe('invalid')
        expect(viaScene(scene.slice(0, pos)).kind).toBe('invalid')
      }),
      { numRuns: 300 },
    )
  })

  it('never throws, whatever it is handed', () => {
    const sceneLike = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...SCENE_CHARS, '%', '%3D', '%26'), maxLength: 40 }))
    const launchArb = fc.oneof(
      fc.anything(),
      fc.record({ query: fc.dictionary(fc.constantFrom('scene', 'q', 'x'), fc.oneof(sceneLike, fc.anything())), scene: fc.oneof(fc.integer(), fc.constantFrom(1011, 1047), fc.anything()) }, { requiredKeys: [] }),
      fc.record({ query: fc.record({ q: sceneLike.map((s) => encodeURIComponent(`${ENTRY_URL_BASE}?${s}`)) }) }),
    )
    fc.assert(
      fc.property(launchArb, (launch) => {
        const ctx = parseEntry(launch as Parameters<typeof parseEntry>[0])
        expect(['market', 'station', 'authorization', 'direct', 'invalid']).toContain(ctx.kind)
        if (ctx.kind === 'invalid') expect(Object.values(R)).toContain(ctx.reason)
      }),
      { numRuns: 300 },
    )
  })

  it('survives hostile objects', () => {
    const hostile = {
      get query(): Record<string, string> {
        throw new Error('boom')
      },
    }
    expect(parseEntry(hostile as unknown as Parameters<typeof parseEntry>[0])).toEqual(invalid(R.unrecognized))
    expect(parseEntry(null as unknown as Parameters<typeof parseEntry>[0])).toEqual({ kind: 'direct' })
    expect(parseEntry({ query: Object.create(null) as Record<string, string> })).toEqual({ kind: 'direct' })
  })
})
