import { decide, DECISION_MESSAGES, type DecisionInput } from './decision-rules'

const CREDIT = { kind: 'CREDIT' as const, maxAmountFen: 30_000_000, minRateBps: 365 }
const PROPERTY = { kind: 'PROPERTY' as const, maxAmountFen: 100_000_000, minRateBps: 345 }
const CLEAN = { currentOverdue: false, overdueEpisodes24m: 0, existingDebtFen: 0 }

/** 张丽华: rating A, 960,000 yuan a year, 38 months, no debts. */
const base: DecisionInput = {
  age: 41,
  taxRating: 'A',
  monthsInBusiness: 38,
  yearlySalesFen: 96_000_000,
  creditBureau: CLEAN,
  product: CREDIT,
  creditProductMaxFen: 30_000_000,
}

const withBureau = (b: Partial<DecisionInput['creditBureau']>): Partial<DecisionInput> => ({ creditBureau: { ...CLEAN, ...b } })

describe('decide: who is declined or referred, in rule order', () => {
  it.each<[string, Partial<DecisionInput>, string, string]>([
    ['17 years old', { age: 17 }, 'DECLINED', 'AGE'],
    ['66 years old', { age: 66 }, 'REFERRED', 'AGE'],
    ['76 years old with rating A', { age: 76 }, 'REFERRED', 'AGE'],
    ['over 65 wins over rating D', { age: 70, taxRating: 'D' }, 'REFERRED', 'AGE'],
    ['rating D', { taxRating: 'D' }, 'DECLINED', 'TAX_RATING'],
    ['rating D wins over an overdue loan', { taxRating: 'D', ...withBureau({ currentOverdue: true }) }, 'DECLINED', 'TAX_RATING'],
    ['currently overdue', withBureau({ currentOverdue: true }), 'DECLINED', 'CREDIT_HISTORY'],
    ['3 overdue episodes in 24 months', withBureau({ overdueEpisodes24m: 3 }), 'DECLINED', 'CREDIT_HISTORY'],
    ['overdue history wins over a young business', { monthsInBusiness: 2, ...withBureau({ overdueEpisodes24m: 4 }) }, 'DECLINED', 'CREDIT_HISTORY'],
    ['5 months in business', { monthsInBusiness: 5 }, 'DECLINED', 'BUSINESS_AGE'],
    ['a young business wins over rating C', { monthsInBusiness: 5, taxRating: 'C' }, 'DECLINED', 'BUSINESS_AGE'],
    ['rating C', { taxRating: 'C' }, 'REFERRED', 'MANUAL_REVIEW'],
    ['rating C wins over heavy debts', { taxRating: 'C', ...withBureau({ existingDebtFen: 999_000_000 }) }, 'REFERRED', 'MANUAL_REVIEW'],
    ['debts above 3 × sales', withBureau({ existingDebtFen: 288_000_001 }), 'DECLINED', 'DEBT_LOAD'],
    ['a line under 10,000 yuan', { taxRating: 'M', yearlySalesFen: 6_000_000 }, 'DECLINED', 'INSUFFICIENT_LINE'],
    ['debts eat the line', withBureau({ existingDebtFen: 28_500_000 }), 'DECLINED', 'INSUFFICIENT_LINE'],
  ])('%s', (_name, change, outcome, reason) => {
    const d = decide({ ...base, ...change })
    expect([d.outcome, d.reasonCategory]).toEqual([outcome, reason])
    expect(d.lineFen).toBeUndefined()
    expect(d.annualRateBps).toBeUndefined()
    expect(d.message).toMatch(outcome === 'REFERRED' ? /客户经理/ : /^很抱歉/)
  })

  it('the boundaries pass: 18 and 65 years, 6 months, 2 episodes, debts exactly 3 × sales', () => {
    for (const change of [{ age: 18 }, { age: 65 }, { monthsInBusiness: 6 }, withBureau({ overdueEpisodes24m: 2 })]) {
      expect(decide({ ...base, ...change }).outcome).toBe('APPROVED')
    }
    const atLimit = decide({ ...base, taxRating: 'A', yearlySalesFen: 100_000_000, creditBureau: { ...CLEAN, existingDebtFen: 300_000_000 } })
    expect(atLimit.reasonCategory).toBe('INSUFFICIENT_LINE') // not DEBT_LOAD: the limit itself is allowed
  })

  it('speaks respectfully (the tax rating message as agreed)', () => {
    expect(decide({ ...base, taxRating: 'D' }).message).toBe(
      '很抱歉，根据您目前的纳税信用情况，暂时无法为您提供线上额度。您可以联系客户经理了解其他融资方式。',
    )
    expect(decide({ ...base, taxRating: 'C' }).message).toBe('您的申请已转交客户经理人工审核，客户经理将在1个工作日内与您联系。')
    for (const m of Object.values(DECISION_MESSAGES)) expect(m).not.toMatch(/拒绝|不合格|失败/)
  })
})

describe('decide: the line, the rate and the validity', () => {
  it.each<[string, Partial<DecisionInput>, number, number, number]>([
    // name, change, lineFen, annualRateBps, validMonths
    ['张丽华 (A, 960,000 yuan): 30%', {}, 28_800_000, 365, 12],
    ['王建国 (B, 1,500,000 yuan, 100,000 yuan debts): 20% − debts', { taxRating: 'B', yearlySalesFen: 150_000_000, ...withBureau({ existingDebtFen: 10_000_000 }) }, 20_000_000, 415, 12],
    ['李秀英 (M, 480,000 yuan): 15%', { taxRating: 'M', yearlySalesFen: 48_000_000 }, 7_200_000, 465, 12],
    ['rounded down to 1,000 yuan', { yearlySalesFen: 12_345_678 }, 3_700_000, 365, 12],
    ['capped at the CREDIT product maximum', { yearlySalesFen: 500_000_000 }, 30_000_000, 365, 12],
    ['exactly 10,000 yuan is enough', { taxRating: 'M', yearlySalesFen: 6_666_667 }, 1_000_000, 465, 12],
  ])('%s', (_name, change, lineFen, annualRateBps, validMonths) => {
    const d = decide({ ...base, ...change })
    expect(d).toMatchObject({ outcome: 'APPROVED', lineFen, annualRateBps, validMonths })
    expect(d.reasonCategory).toBeUndefined()
    expect(d.propertyExtraFen).toBeUndefined()
  })

  it('is what the data supports, not what was asked (there is no amount in the input)', () => {
    expect(Object.keys(base)).not.toContain('amountFen')
  })

  it('PROPERTY adds the valuation, capped at the PROPERTY maximum, for 36 months at its own rate', () => {
    const p01 = decide({ ...base, product: PROPERTY, propertyExtraFen: 90_000_000 })
    expect(p01).toMatchObject({ outcome: 'APPROVED', lineFen: 100_000_000, annualRateBps: 345, validMonths: 36, propertyExtraFen: 71_200_000 })
    const small = decide({ ...base, taxRating: 'M', yearlySalesFen: 48_000_000, product: PROPERTY, propertyExtraFen: 20_000_000 })
    expect(small).toMatchObject({ lineFen: 27_200_000, annualRateBps: 445, propertyExtraFen: 20_000_000 })
  })

  it('the credit part is capped before the property is added, and never negative', () => {
    const rich = decide({ ...base, yearlySalesFen: 500_000_000, product: PROPERTY, propertyExtraFen: 10_000_000 })
    expect(rich).toMatchObject({ lineFen: 40_000_000, propertyExtraFen: 10_000_000 })
    const indebted = decide({ ...base, ...withBureau({ existingDebtFen: 50_000_000 }), product: PROPERTY, propertyExtraFen: 5_000_000 })
    expect(indebted).toMatchObject({ outcome: 'APPROVED', lineFen: 5_000_000, propertyExtraFen: 5_000_000 })
  })

  it('a PROPERTY application without enough of either is declined INSUFFICIENT_LINE', () => {
    const d = decide({ ...base, taxRating: 'M', yearlySalesFen: 3_000_000, product: PROPERTY, propertyExtraFen: 500_000 })
    expect([d.outcome, d.reasonCategory]).toEqual(['DECLINED', 'INSUFFICIENT_LINE'])
  })

  it('says the line and the annualized rate in the message', () => {
    expect(decide(base).message).toBe('恭喜您，申请已通过！授信额度28.8万元，年化利率（单利）3.65%，额度有效期12个月，额度内随借随还。')
  })
})
