import type { Product } from '../api'
import { amountError } from './apply-wizard'
import { pollDelayMs } from './decision-view'

const credit: Product = { id: 'CREDIT01', name: '商e贷', kind: 'CREDIT', maxAmountFen: 30_000_000, minRateBps: 365, maxTermMonths: 12, summary: '' }

describe('the amount field', () => {
  it.each([
    ['', '请输入金额'],
    ['abc', '请输入正确的金额'],
    ['5000', '申请金额应在1万元至30万元之间'],
    ['300100', '申请金额应在1万元至30万元之间'],
    ['10050', '申请金额请以100元为单位'],
    ['100.5', '申请金额应在1万元至30万元之间'],
  ])('"%s" → %s', (text, message) => {
    expect(amountError(text, credit)).toBe(message)
  })

  it.each(['10000', '200,000', '３０００００', '150000.00'])('accepts %s', (text) => {
    expect(amountError(text, credit)).toBeNull()
  })
})

describe('waiting for the decision', () => {
  it('polls at 1 s, 1.5 s, 2.25 s … never more than 5 s apart', () => {
    expect([0, 1, 2, 3, 10].map(pollDelayMs)).toEqual([1000, 1500, 2250, 3375, 5000])
  })
})
