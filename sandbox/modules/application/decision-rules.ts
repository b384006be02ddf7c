/**
 * The credit decision: one pure, deterministic function from the facts the bank gathered (verified
 * identity, authorized tax data, the seeded credit bureau, an optional property valuation) to an
 * outcome. No I/O, no clock: the caller passes everything in.
 *
 * The rules, applied in this order (the first that matches decides):
 *
 *  1. Age under 18                                        → DECLINED, AGE
 *  2. Age over 65                                         → REFERRED, AGE (a banker reviews)
 *  3. Tax credit rating D                                 → DECLINED, TAX_RATING
 *  4. Currently overdue, or 3+ overdue episodes in the
 *     last 24 months (credit bureau)                      → DECLINED, CREDIT_HISTORY
 *  5. Fewer than 6 months in business                     → DECLINED, BUSINESS_AGE
 *  6. Tax credit rating C                                 → REFERRED, MANUAL_REVIEW
 *  7. Existing debts above 3 × yearly sales               → DECLINED, DEBT_LOAD
 *  8. Otherwise the line:
 *       credit part = yearly sales × factor (A 30%, B 20%, M 15%) − existing debts, never below 0,
 *                     rounded down to 1,000 yuan, capped at the CREDIT product's maximum;
 *       PROPERTY product: + the valuation's supported extra, capped at the PROPERTY product's maximum;
 *     a line under 10,000 yuan                            → DECLINED, INSUFFICIENT_LINE
 *     else                                                → APPROVED
 *
 * The line is what the data supports, whatever amount was asked for. Rate: the product's lowest rate
 * + A 0 / B 50 / M 100 bps. Validity: 12 months (CREDIT), 36 months (PROPERTY).
 */
import { formatRate, formatYuanShort } from '../../core/domain'

export type TaxRating = 'A' | 'B' | 'M' | 'C' | 'D'
export type ProductKind = 'CREDIT' | 'PROPERTY'
export type DecisionOutcome = 'APPROVED' | 'DECLINED' | 'REFERRED'
export type ReasonCategory = 'TAX_RATING' | 'BUSINESS_AGE' | 'CREDIT_HISTORY' | 'DEBT_LOAD' | 'AGE' | 'INSUFFICIENT_LINE' | 'MANUAL_REVIEW'

export interface DecisionInput {
  /** Whole years on the decision date. */
  age: number
  taxRating: TaxRating
  monthsInBusiness: number
  yearlySalesFen: number
  creditBureau: {
    currentOverdue: boolean
    /** Overdue episodes in the last 24 months. */
    overdueEpisodes24m: number
    existingDebtFen: number
  }
  product: { kind: ProductKind; maxAmountFen: number; minRateBps: number }
  /** The highest line of a CREDIT product (caps the credit part of any line). */
  creditProductMaxFen: number
  /** The valuation's supported extra (PROPERTY product only). */
  propertyExtraFen?: number
}

export interface Decision {
  outcome: DecisionOutcome
  lineFen?: number
  annualRateBps?: number
  validMonths?: number
  /** The part of the line the property added (after the caps); PROPERTY approvals only. */
  propertyExtraFen?: number
  reasonCategory?: ReasonCategory
  /** Respectful Simplified Chinese, shown to the borrower as is. */
  message: string
}

export const MIN_AGE = 18
export const MAX_AUTO_AGE = 65
export const MIN_MONTHS_IN_BUSINESS = 6
export const MAX_OVERDUE_EPISODES_24M = 3
export const DEBT_TO_SALES_LIMIT = 3
export const MIN_LINE_FEN = 1_000_000 // 10,000 yuan
export const LINE_STEP_FEN = 100_000 // 1,000 yuan
export const LINE_FACTOR_PERCENT: Record<'A' | 'B' | 'M', number> = { A: 30, B: 20, M: 15 }
export const RATE_MARKUP_BPS: Record<'A' | 'B' | 'M', number> = { A: 0, B: 50, M: 100 }
export const VALID_MONTHS: Record<ProductKind, number> = { CREDIT: 12, PROPERTY: 36 }

const CONTACT_BANKER = '您可以联系客户经理了解其他融资方式。'

export const DECISION_MESSAGES = {
  underage: '很抱歉，线上贷款仅面向年满18周岁的客户，暂时无法为您提供额度。',
  referred: '您的申请已转交客户经理人工审核，客户经理将在1个工作日内与您联系。',
  taxRating: `很抱歉，根据您目前的纳税信用情况，暂时无法为您提供线上额度。${CONTACT_BANKER}`,
  creditHistory: `很抱歉，根据您的征信记录，暂时无法为您提供线上额度。结清逾期款项、保持良好信用后欢迎再次申请，${CONTACT_BANKER}`,
  businessAge: `很抱歉，您的经营时间暂未满6个月，暂时无法为您提供线上额度。经营满6个月后欢迎再次申请，${CONTACT_BANKER}`,
  debtLoad: `很抱歉，根据您目前的负债与经营收入情况，暂时无法为您提供线上额度。${CONTACT_BANKER}`,
  insufficientLine: `很抱歉，根据您目前的经营数据，可提供的额度不足1万元，暂时无法为您开通线上额度。${CONTACT_BANKER}`,
} as const

export function approvedMessage(lineFen: number, annualRateBps: number, validMonths: number): string {
  return `恭喜您，申请已通过！授信额度${formatYuanShort(lineFen)}元，年化利率（单利）${formatRate(annualRateBps)}，额度有效期${validMonths}个月，额度内随借随还。`
}

const declined = (reasonCategory: ReasonCategory, message: string): Decision => ({ outcome: 'DECLINED', reasonCategory, message })
const referred = (reasonCategory: ReasonCategory): Decision => ({ outcome: 'REFERRED', reasonCategory, message: DECISION_MESSAGES.referred })

function roundDownToStep(fen: number): number {
  return Math.floor(fen / LINE_STEP_FEN) * LINE_STEP_FEN
}

export function decide(input: DecisionInput): Decision {
  const { age, taxRating, creditBureau: bureau, product } = input
  if (age < MIN_AGE) return declined('AGE', DECISION_MESSAGES.underage)
  if (age > MAX_AUTO_AGE) return referred('AGE')
  if (taxRating === 'D') return declined('TAX_RATING', DECISION_MESSAGES.taxRating)
  if (bureau.currentOverdue || bureau.overdueEpisodes24m >= MAX_OVERDUE_EPISODES_24M) return declined('CREDIT_HISTORY', DECISION_MESSAGES.creditHistory)
  if (input.monthsInBusiness < MIN_MONTHS_IN_BUSINESS) return declined('BUSINESS_AGE', DECISION_MESSAGES.businessAge)
  if (taxRating === 'C') return referred('MANUAL_REVIEW')
  if (bureau.existingDebtFen > DEBT_TO_SALES_LIMIT * input.yearlySalesFen) return declined('DEBT_LOAD', DECISION_MESSAGES.debtLoad)

  const supported = Math.floor((input.yearlySalesFen * LINE_FACTOR_PERCENT[taxRating]) / 100) - bureau.existingDebtFen
  const creditPart = Math.min(roundDownToStep(Math.max(0, supported)), input.creditProductMaxFen)
  let lineFen = product.kind === 'CREDIT' ? Math.min(creditPart, product.maxAmountFen) : creditPart
  if (product.kind === 'PROPERTY') lineFen = Math.min(creditPart + Math.max(0, input.propertyExtraFen ?? 0), product.maxAmountFen)
  if (lineFen < MIN_LINE_FEN) return declined('INSUFFICIENT_LINE', DECISION_MESSAGES.insufficientLine)

  const annualRateBps = product.minRateBps + RATE_MARKUP_BPS[taxRating]
  const validMonths = VALID_MONTHS[product.kind]
  const decision: Decision = { outcome: 'APPROVED', lineFen, annualRateBps, validMonths, message: approvedMessage(lineFen, annualRateBps, validMonths) }
  if (product.kind === 'PROPERTY') decision.propertyExtraFen = lineFen - creditPart
  return decision
}
