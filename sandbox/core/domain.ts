/**
 * The shared domain rules the sandbox applies (the same code the mini-program runs), imported in
 * one place. Only pure functions: src/domain imports neither Taro nor React.
 */
export { isIsoDate, maskIdNumber, maskMobile, maskName, todayInChina, validateIdNumber, validateMobile, type IsoDate } from '../../src/domain'
// The loan ledger (draws, repayments) and the cards.
export {
  accruedInterestFen,
  buildSchedule,
  compareDates,
  earlyRepayment,
  earlyRepaymentQuote,
  formatYuan,
  loanAnnualizedRate,
  loanStateAfter,
  maskBankCard,
  overdueSummary,
  remainingSchedule,
  scheduleTotals,
  settleNextInstalment,
  validateBankCard,
  daysBetween,
  type Installment,
  type LoanState,
  type RepaymentMethod,
} from '../../src/domain'
// Tax authorization, property valuation, applications and credit lines (issue 4).
export { addMonthsClamped, formatRate, formatYuanShort, usccCheckChar, validateUscc } from '../../src/domain'
// Station visits, whole-village pre-credit, authorization tickets (issue 6).
export { addDays, encodeEntryScene } from '../../src/domain'
