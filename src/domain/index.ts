/**
 * The pure domain core of 微贷通: money, loan math, validators, masking and entry codes.
 * No Taro, no React, no I/O: it runs in the app, the sandbox bank, jest and benchmarks alike.
 * Import from `@/domain`; every public name is listed here explicitly.
 */
export {
  dayjs,
  type IsoDate,
  isIsoDate,
  assertIsoDate,
  addMonthsClamped,
  addDays,
  daysBetween,
  daysInMonth,
  compareDates,
  todayInChina,
  formatDateCn,
} from './dates'

export {
  FEN_PER_YUAN,
  MAX_AMOUNT_FEN,
  MIN_RATE_BPS,
  MAX_RATE_BPS,
  AMOUNT_MESSAGES,
  type AmountParseResult,
  formatYuan,
  formatYuanShort,
  formatRate,
  parseAmountToFen,
} from './money'

export {
  DAILY_INTEREST_DIVISOR,
  MONTHLY_INTEREST_DIVISOR,
  accruedInterestFen,
  interestForDaysFen,
  monthlyInterestFen,
  penaltyInterestFen,
} from './interest'

export {
  type RepaymentMethod,
  type ScheduleInput,
  type Installment,
  type ScheduleTotals,
  REPAYMENT_METHODS,
  REPAYMENT_METHOD_LABELS,
  MIN_TERM_MONTHS,
  MAX_TERM_MONTHS,
  isRepaymentMethod,
  buildSchedule,
  equalInstallmentPaymentFen,
  equalPrincipalPartFen,
  scheduleTotals,
} from './schedule'

export {
  type RepaymentDues,
  type RepaymentAllocation,
  type OverdueSummary,
  type LoanState,
  type EarlyRepaymentQuote,
  type EarlyRepaymentResult,
  allocateRepayment,
  overdueSummary,
  loanStateAfter,
  remainingSchedule,
  settleNextInstalment,
  earlyRepaymentQuote,
  earlyRepayment,
} from './repayment'

export {
  type PeriodCashFlowsFen,
  type LoanCosts,
  type AnnualizedRate,
  type AnnualizedRateBasis,
  internalRateOfReturn,
  annualizedRateBps,
  loanAnnualizedRate,
} from './apr'

export {
  type Validation,
  VALIDATION_MESSAGES,
  validateIdNumber,
  validateUscc,
  validateBankCard,
  validateMobile,
  idNumberCheckChar,
  usccCheckChar,
  luhnValid,
} from './validators'

export { maskIdNumber, maskMobile, maskBankCard, maskName } from './masking'

export {
  type EntryContext,
  type EncodableEntryContext,
  type LaunchOptionsLike,
  ENTRY_URL_BASE,
  ENTRY_INVALID_REASONS,
  SCAN_LAUNCH_SCENES,
  SCENE_MAX_LENGTH,
  encodeEntryScene,
  encodeEntryUrl,
  parseEntry,
  isValidEntry,
  isEncodableEntry,
} from './entry-code'
