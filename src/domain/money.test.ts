import fc from 'fast-check'
import {
  AMOUNT_MESSAGES,
  divRoundHalfUpBig,
  formatRate,
  formatYuan,
  formatYuanShort,
  MAX_AMOUNT_FEN,
  mulDivRound,
  mulDivRoundBig,
  parseAmountToFen,
  powBig,
} from './money'

describe('integer arithmetic', () => {
  it.each([
    [[1], 2, 1], // 0.5 rounds up
    [[1], 3, 0],
    [[2], 3, 1],
    [[5], 2, 3],
    [[1_799_999], 3_600_000, 0],
    [[1_800_000], 3_600_000, 1],
    [[0, 435], 120_000, 0],
    [[100_000_000_000, 3600, 36_500], 3_600_000, 3_650_000_000_000], // beyond 2^53 on the way
  ])('round(%j / %i) = %i', (factors, den, expected) => {
    expect(mulDivRound(factors, den)).toBe(expected)
    expect(mulDivRoundBig(factors, den)).toBe(expected)
  })

  it('the fast path always equals the BigInt path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000_000_000 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 7_200_000 }),
        (factors, den) => {
          let exact = BigInt(1)
          for (const f of factors) exact *= BigInt(f)
          fc.pre(exact / BigInt(den) < BigInt(Number.MAX_SAFE_INTEGER))
          expect(mulDivRound(factors, den)).toBe(mulDivRoundBig(factors, den))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('rounds half up on BigInt and powers by squaring', () => {
    expect(divRoundHalfUpBig(BigInt(7), BigInt(2))).toBe(BigInt(4))
    expect(divRoundHalfUpBig(BigInt(13), BigInt(4))).toBe(BigInt(3))
    expect(powBig(BigInt(3), 0)).toBe(BigInt(1))
    expect(powBig(BigInt(3), 13)).toBe(BigInt(1_594_323))
    expect(() => divRoundHalfUpBig(BigInt(-1), BigInt(2))).toThrow(RangeError)
    expect(() => mulDivRound([2 ** 60, 2 ** 60], 1)).toThrow(RangeError)
  })
})

describe('formatting', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [855_617, '8,556.17'],
    [100_000_000, '1,000,000.00'],
    [123_456_789_012, '1,234,567,890.12'],
    [-5, '-0.05'],
    [-123_456, '-1,234.56'],
  ])('formatYuan(%i) = %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text)
  })

  it.each([
    [999_999, '9,999.99'],
    [1_000_000, '1万'],
    [80_000_000, '80万'],
    [12_500_000, '12.5万'],
    [8_050_000, '8.05万'],
    [12_345_678, '12.34万'], // truncated: a limit is never shown larger than it is
    [9_999_999, '9.99万'],
    [1_234_567_800_000, '1,234,567.8万'],
    [-80_000_000, '-80万'],
  ])('formatYuanShort(%i) = %s', (fen, text) => {
    expect(formatYuanShort(fen)).toBe(text)
  })

  it.each([
    [435, '4.35%'],
    [360, '3.60%'],
    [1, '0.01%'],
    [3600, '36.00%'],
    [1825, '18.25%'],
  ])('formatRate(%i) = %s', (bps, text) => {
    expect(formatRate(bps)).toBe(text)
  })

  it('rejects non-integer amounts', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError)
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError)
  })
})

describe('parseAmountToFen', () => {
  it.each([
    ['1000', 100_000],
    ['1,000', 100_000],
    ['1,234,567.89', 123_456_789],
    ['1000.5', 100_050],
    ['1000.05', 100_005],
    ['1000.', 100_000],
    ['.5', 50],
    ['0', 0],
    ['0.01', 1],
    ['007', 700],
    ['  88  ', 8800],
    ['１０００', 100_000],
    ['１，０００．５', 100_050],
    ['¥1,000', 100_000],
    ['￥ 20', 2000],
    ['300元', 30_000],
    ['1000000000', MAX_AMOUNT_FEN],
  ])('%j → %i fen', (text, fen) => {
    expect(parseAmountToFen(text)).toEqual({ ok: true, fen })
  })

  it.each([
    ['', AMOUNT_MESSAGES.empty],
    ['   ', AMOUNT_MESSAGES.empty],
    ['abc', AMOUNT_MESSAGES.invalid],
    ['1 000', AMOUNT_MESSAGES.invalid],
    ['1,00', AMOUNT_MESSAGES.invalid],
    ['1,0000', AMOUNT_MESSAGES.invalid],
    [',100', AMOUNT_MESSAGES.invalid],
    ['1.2.3', AMOUNT_MESSAGES.invalid],
    ['.', AMOUNT_MESSAGES.invalid],
    ['1e5', AMOUNT_MESSAGES.invalid],
    ['0x10', AMOUNT_MESSAGES.invalid],
    ['Infinity', AMOUNT_MESSAGES.invalid],
    ['12.3a', AMOUNT_MESSAGES.invalid],
    ['-5', AMOUNT_MESSAGES.negative],
    ['－５', AMOUNT_MESSAGES.negative],
    ['1000.555', AMOUNT_MESSAGES.tooManyDecimals],
    ['0.001', AMOUNT_MESSAGES.tooManyDecimals],
    ['1000000000.01', AMOUNT_MESSAGES.tooLarge],
    ['99999999999999999999', AMOUNT_MESSAGES.tooLarge],
  ])('%j → %s', (text, message) => {
    expect(parseAmountToFen(text)).toEqual({ ok: false, message })
  })

  it('reads back every formatted amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_FEN }), (fen) => {
        expect(parseAmountToFen(formatYuan(fen))).toEqual({ ok: true, fen })
      }),
      { numRuns: 200 },
    )
  })

  it('never throws and answers fen within range or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('1', '0', ',', '.', '-', ' ', '５') })), (text) => {
        const result = parseAmountToFen(text)
        if (result.ok) {
          expect(Number.isSafeInteger(result.fen) && result.fen >= 0 && result.fen <= MAX_AMOUNT_FEN).toBe(true)
        } else {
          expect(Object.values(AMOUNT_MESSAGES)).toContain(result.message)
        }
      }),
      { numRuns: 300 },
    )
    expect(parseAmountToFen(undefined)).toEqual({ ok: false, message: AMOUNT_MESSAGES.empty })
  })
})
