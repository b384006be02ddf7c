/**
 * The public surface of `@/domain`: the contract of issue 3 plus the documented extras.
 * An independent implementation is compared against these names, so they must not drift.
 */
import * as domain from './index'

describe('@/domain public API', () => {
  it.each([
    'buildSchedule',
    'accruedInterestFen',
    'validateIdNumber',
    'validateUscc',
    'validateBankCard',
    'validateMobile',
    'maskIdNumber',
    'maskMobile',
    'maskBankCard',
    'maskName',
    'encodeEntryScene',
    'parseEntry',
    // beyond the contract
    'encodeEntryUrl',
    'isValidEntry',
    'allocateRepayment',
    'penaltyInterestFen',
    'overdueSummary',
    'loanStateAfter',
    'remainingSchedule',
    'settleNextInstalment',
    'earlyRepaymentQuote',
    'earlyRepayment',
    'internalRateOfReturn',
    'annualizedRateBps',
    'loanAnnualizedRate',
    'formatYuan',
    'formatYuanShort',
    'formatRate',
    'formatDateCn',
    'parseAmountToFen',
    'addMonthsClamped',
    'daysBetween',
    'todayInChina',
  ])('exports the function %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function')
  })

  it('exports the entry URL base', () => {
    expect(domain.ENTRY_URL_BASE).toBe('https://wdt.sandbox-bank.cn/e')
  })

  it('works end to end from the barrel', () => {
    const [first] = domain.buildSchedule({ principalFen: 10_000_000, annualRateBps: 490, termMonths: 12, method: 'EQUAL_INSTALLMENT', startDate: '2026-01-31' })
    expect(domain.formatYuan(first.totalFen)).toBe('8,556.17')
    expect(domain.formatDateCn(first.dueDate)).toBe('2026年2月28日')
    expect(domain.validateMobile('13812345678')).toEqual({ ok: true })
    expect(domain.maskMobile('13812345678')).toBe('138****5678')
  })
})
