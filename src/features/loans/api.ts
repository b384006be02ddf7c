/**
 * The money API of the borrower: bound cards, draws (用款), loans (借据), repayments (还款) and
 * dues. Draws and repayments carry the idempotency key of their pending operation (see
 * pending.store.ts); nothing else here moves money.
 */
import { api } from '@/services/api/client'
import type { Schemas } from '@/services/api/types'

export type BoundCard = Schemas['BoundCard']
export type SmsSent = Schemas['SmsSent']
export type DrawQuote = Schemas['DrawQuote']
export type DrawTermsInput = Schemas['DrawQuoteRequest']
export type DrawRequest = Schemas['DrawRequest']
export type Draw = Schemas['Draw']
export type LoanSummary = Schemas['LoanSummary']
export type LoanDetail = Schemas['LoanDetail']
export type LoanInstalment = LoanDetail['schedule'][number]
export type LoanRecord = LoanDetail['records'][number]
export type RepaymentKind = Schemas['RepaymentQuoteRequest']['kind']
export type RepaymentQuoteInput = Schemas['RepaymentQuoteRequest']
export type RepaymentQuote = Schemas['RepaymentQuote']
export type RepaymentRequest = Schemas['RepaymentRequest']
export type Repayment = Schemas['Repayment']
export type Due = Schemas['DueList']['dues'][number]
export type CreditLine = Schemas['CreditLine']

const enc = encodeURIComponent

export const loansApi = {
  /** The borrower's credit lines (issue 4's endpoint; read here so features stay apart). */
  lines: () => api.get<Schemas['CreditLineList']>('/credit-lines').then((r) => r.lines),
  cards: () => api.get<Schemas['CardList']>('/cards').then((r) => r.cards),
  bindCard: (cardNumber: string) => api.post<BoundCard>('/cards', { cardNumber }),
  unbindCard: (cardId: string) => api.del<void>(`/cards/${enc(cardId)}`),
  sendDrawCode: () => api.post<SmsSent>('/draws/sms'),
  quoteDraw: (terms: DrawTermsInput) => api.post<DrawQuote>('/draws/quote', terms),
  /** Moves money: only with the key of a pending operation written before this call. */
  draw: (body: DrawRequest, idempotencyKey: string) => api.post<Draw>('/draws', body, { idempotencyKey }),
  loans: () => api.get<Schemas['LoanList']>('/loans').then((r) => r.loans),
  loan: (loanId: string) => api.get<LoanDetail>(`/loans/${enc(loanId)}`),
  quoteRepayment: (input: RepaymentQuoteInput) => api.post<RepaymentQuote>('/repayments/quote', input),
  /** Moves money: only with the key of a pending operation written before this call. */
  repay: (body: RepaymentRequest, idempotencyKey: string) => api.post<Repayment>('/repayments', body, { idempotencyKey }),
  dues: () => api.get<Schemas['DueList']>('/dues').then((r) => r.dues),
}
