import fs from 'node:fs'
import { validateIdNumber } from '../core/domain'
import { CONSENT_KINDS, loadConsentDocuments, parseDocument } from './load-documents'
import { loadSeed, parseSeed, SEED_FILE, SeedError } from './load-seed'
import { encodePng } from './make-images'

const text = fs.readFileSync(SEED_FILE, 'utf8')

function problemsOf(edited: string): string[] {
  try {
    parseSeed(edited)
  } catch (e) {
    if (e instanceof SeedError) return e.problems
    throw e
  }
  return []
}

describe('seed.yaml', () => {
  const seed = loadSeed()

  it('has 3–4 markets, 4–5 bankers, 3 stations, 6–10 people', () => {
    expect(seed.markets.length).toBeGreaterThanOrEqual(3)
    expect(seed.markets.length).toBeLessThanOrEqual(4)
    expect(seed.bankers.length).toBeGreaterThanOrEqual(4)
    expect(seed.bankers.length).toBeLessThanOrEqual(5)
    expect(seed.stations).toHaveLength(3)
    expect(seed.registry.people.length).toBeGreaterThanOrEqual(6)
    expect(seed.registry.people.length).toBeLessThanOrEqual(10)
  })

  it('offers 商e贷 (CREDIT, 300,000 yuan, 3.65%) and 抵押e贷 (PROPERTY, 1,000,000 yuan, 3.45%)', () => {
    expect(seed.products.map((p) => [p.name, p.kind, p.maxAmountFen, p.minRateBps])).toEqual([
      ['商e贷', 'CREDIT', 30_000_000, 365],
      ['抵押e贷', 'PROPERTY', 100_000_000, 345],
    ])
  })

  it('has valid ID numbers, a minor, someone 70+, and some card images', () => {
    for (const p of seed.registry.people) expect(validateIdNumber(p.idNumber)).toEqual({ ok: true })
    expect(seed.registry.people.some((p) => p.birthDate > '2008-12-31')).toBe(true)
    expect(seed.registry.people.some((p) => p.birthDate < '1956-12-31')).toBe(true)
    expect(seed.registry.people.filter((p) => p.cardImage).length).toBeGreaterThanOrEqual(3)
  })

  it.each([
    ['an unknown banker', ['banker: BK01 ', 'banker: BK9 '], /markets\[0\]\.banker: unknown banker "BK9"/],
    ['a wrong check digit', ["idNumber: '320106198503120122'", "idNumber: '320106198503120123'"], /registry\.people\[0\]\.idNumber: 身份证号码校验位不正确/],
    ['a birth date that disagrees', ["birthDate: '1985-03-12'", "birthDate: '1985-03-13'"], /registry\.people\[0\]\.birthDate: 1985-03-13 does not match/],
    ['a wrong gender', ['gender: F\n      cardImage: id-cards/P01.png', 'gender: M\n      cardImage: id-cards/P01.png'], /registry\.people\[0\]\.gender/],
    ['a lower-case id', ['id: MK01', 'id: mk01'], /markets\[0\]\.id: "mk01" must match/],
    ['an unknown key', ['    grid: 南门街道第3网格', '    grid: 南门街道第3网格\n    gird: x'], /markets\[0\]\.gird: unknown key/],
    ['a missing image', ['photo: bankers/BK01.png', 'photo: bankers/none.png'], /bankers\[0\]\.photo: .*none\.png does not exist/],
    ['a wrong USCC check character', ['uscc: 92320106MA1XK3R57E\n', 'uscc: 92320106MA1XK3R57F\n'], /businesses\[0\]\.uscc: 统一社会信用代码校验位不正确/],
    ['a property in an unknown unit', ['unit: 1单元302室', 'unit: 9单元999室'], /properties\[0\]\.unit: "9单元999室" is not a unit of CM01 3幢/],
    ['a card failing the Luhn check', ["cardNumber: '6228920100123456788'", "cardNumber: '6228920100123456789'"], /debitCards\[0\]\.cardNumber: 银行卡号不正确/],
    ['a card of an unknown holder', ['holder: P01', 'holder: P99'], /debitCards\[0\]\.holder: unknown registry person "P99"/],
    ['an amount in yuan with decimals', ['maxAmountFen: 30000000', 'maxAmountFen: 300000.5'], /products\[0\]\.maxAmountFen: must be an integer/],
    ['a duplicate id', ['id: MK02', 'id: MK01'], /markets: duplicate id "MK01"/],
  ])('names %s', (_label, [from, to], expected) => {
    expect(text).toContain(from)
    const problems = problemsOf(text.replace(from, to))
    expect(problems.join('\n')).toMatch(expected)
  })

  it('reports broken YAML readably', () => {
    expect(() => parseSeed('markets: [')).toThrow(/seed\.yaml is not valid:\n {2}- YAML:/)
  })
})

describe('consent documents', () => {
  it('exist for every kind, with version, title and a long body', () => {
    const catalog = loadConsentDocuments()
    expect([...catalog.keys()].sort()).toEqual([...CONSENT_KINDS].sort())
    expect(catalog.get('PRIVACY')?.required).toBe(true)
    expect(catalog.get('FACE')?.required).toBe(false)
  })

  it('need front matter', () => {
    expect(() => parseDocument('no front matter', 'x.md')).toThrow(/x\.md: must start with front matter/)
    expect(() => parseDocument('---\nkind: OTHER\n---\nbody', 'y.md')).toThrow(/kind must be one of/)
  })
})

describe('make-images', () => {
  it('writes the committed images (a PNG signature, and the sample cards differ)', () => {
    const files = ['P01', 'P02', 'P04', 'P05', 'P06'].map((p) => fs.readFileSync(`${__dirname}/assets/id-cards/${p}.png`))
    for (const f of files) expect(f.subarray(1, 4).toString()).toBe('PNG')
    expect(new Set(files.map((f) => f.toString('base64'))).size).toBe(files.length)
    expect(typeof encodePng).toBe('function')
  })
})
