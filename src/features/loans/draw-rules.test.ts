import { checkDrawAmount, DRAW_AMOUNT_MESSAGES, methodsFor } from './draw-rules'

describe('checkDrawAmount', () => {
  it.each([
    ['', false, '请输入金额'],
    ['abc', false, '请输入正确的金额'],
    ['999', false, DRAW_AMOUNT_MESSAGES.belowMinimum],
    ['1050', false, DRAW_AMOUNT_MESSAGES.notStep],
    ['1000.50', false, DRAW_AMOUNT_MESSAGES.notStep],
    ['200100', false, DRAW_AMOUNT_MESSAGES.aboveAvailable(20_000_000)],
    ['1000', true, 100_000],
    ['1,100', true, 110_000],
    ['200000', true, 20_000_000],
  ])('%p', (text, ok, expected) => {
    const r = checkDrawAmount(text, 20_000_000)
    expect(r.ok).toBe(ok)
    expect(r.ok ? r.fen : r.message).toBe(expected)
  })

  it('allows credit lines DAILY and INTEREST_ONLY only, property lines all four', () => {
    expect(methodsFor('CREDIT')).toEqual(['DAILY', 'INTEREST_ONLY'])
    expect(methodsFor('PROPERTY')).toHaveLength(4)
  })
})
