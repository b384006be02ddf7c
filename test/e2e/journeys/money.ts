/**
 * Issue 5: draw anytime, repay anytime, money that moves exactly once. Every journey starts from a
 * borrower with an approved line (issue 4's path through the UI) on a pinned date, and ends with
 * the sandbox's ledger check.
 */
import assert from 'node:assert/strict'
import {
  accruedInterestFen,
  buildSchedule,
  formatDateCn,
  formatYuan,
  penaltyInterestFen,
  scheduleTotals,
  type Installment,
  type RepaymentMethod,
} from '../../../src/domain'
import { input, tap, textOf, type PageHandle } from '../driver'
import type { Journey, JourneyContext } from '../journey'
import { PEOPLE, toApprovedLine } from '../steps'

/** The date issue 4's seed figures hold on; draws start here. */
const TODAY = '2026-12-01'
/** 张丽华's cards in the sandbox's debit-card registry (seed.yaml debitCards). */
const CARD_RICH = '6228920100123456788'
const CARD_POOR = '6217003120004567894'
/** 赵明's card: binding it as 张丽华 is refused (holder mismatch). */
const CARD_OTHERS = '6212261000112233449'

const ROUTES = {
  home: '/pages/home/index',
  loans: '/packages/money/pages/loans/index',
}

/** '5,000.00元' → 500000 (fen). */
const fen = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100)

interface LedgerCheck {
  ok: boolean
  violations: string[]
  totals: { drawsFen: number; repaymentsFen: number; cardCreditsFen: number; cardDebitsFen: number; outstandingPrincipalFen: number; lineUsedFen: number }
}

async function setToday(ctx: JourneyContext, today: string) {
  const res = await ctx.sandbox.call('POST', '/test/clock', { today })
  assert.equal(res.status, 200, `clock set to ${today}`)
}

async function injectFault(ctx: JourneyContext, fault: { operation: 'createDraw' | 'createRepayment' | '*'; kind: 'DELAY' | 'ERROR_500' | 'COMMIT_THEN_DROP'; delayMs?: number; times?: number }) {
  const res = await ctx.sandbox.call('POST', '/test/faults', fault)
  assert.ok(res.status < 300, `fault injected (${res.status})`)
}

async function clearFaults(ctx: JourneyContext) {
  const res = await fetch(`${ctx.sandbox.url}/api/v1/test/faults`, { method: 'DELETE' })
  assert.ok(res.status < 300, 'faults cleared')
}

/** The ledger invariant holds; returns its totals. */
export async function ledger(ctx: JourneyContext): Promise<LedgerCheck['totals']> {
  const res = await ctx.sandbox.call<LedgerCheck>('GET', '/test/ledger')
  assert.equal(res.status, 200)
  assert.ok(res.data.ok, `ledger invariant: ${res.data.violations.join('; ')}`)
  return res.data.totals
}

/** An approved line for 张丽华, then the home page showing it. */
async function borrowerWithLine(ctx: JourneyContext): Promise<PageHandle> {
  await setToday(ctx, TODAY)
  await toApprovedLine(ctx, PEOPLE.merchant)
  return openHome(ctx)
}

async function openHome(ctx: JourneyContext): Promise<PageHandle> {
  const home = await ctx.driver.reLaunch(ROUTES.home)
  await home.waitFor('#home-money')
  return home
}

async function openDraw(ctx: JourneyContext, home: PageHandle): Promise<PageHandle> {
  await tap(home, '#home-draw')
  const page = await ctx.driver.currentPage()
  await page.waitFor('#draw-form')
  return page
}

export interface DrawTerms {
  amount: string
  term: number
  method: RepaymentMethod
}

/** Fills the terms and runs the trial; returns the line's rate in basis points. */
async function quoteDraw(page: PageHandle, terms: DrawTerms): Promise<number> {
  await input(page, '#draw-amount', terms.amount)
  await tap(page, `#draw-term-${terms.term}`)
  await tap(page, `#draw-method-${terms.method}`)
  await tap(page, '#draw-quote')
  await page.waitFor('#draw-trial')
  const rate = (await textOf(page, '#draw-line-rate')).match(/(\d+)\.(\d{2})%/)
  assert.ok(rate, 'the annualized rate is on screen')
  assert.match(await textOf(page, '#draw-apr'), /^年化利率/)
  return Number(rate[1]) * 100 + Number(rate[2])
}

/** The schedule on screen, row by row, equals the domain library's for the same input. */
async function assertScheduleOnScreen(page: PageHandle, terms: DrawTerms, annualRateBps: number, startDate: string): Promise<Installment[]> {
  const expected = buildSchedule({ principalFen: fen(terms.amount), annualRateBps, termMonths: terms.term, method: terms.method, startDate })
  for (const row of expected) {
    const id = `#draw-row-${row.period}`
    assert.equal(await textOf(page, `${id}-due`), formatDateCn(row.dueDate), `period ${row.period} due date`)
    assert.equal(await textOf(page, `${id}-principal`), formatYuan(row.principalFen), `period ${row.period} principal`)
    assert.equal(await textOf(page, `${id}-interest`), formatYuan(row.interestFen), `period ${row.period} interest`)
    assert.equal(await textOf(page, `${id}-total`), formatYuan(row.totalFen), `period ${row.period} total`)
  }
  assert.equal(await page.$(`#draw-row-${expected.length + 1}`), null, 'no extra rows')
  assert.equal(await textOf(page, '#draw-total-interest'), `${formatYuan(scheduleTotals(expected).interestFen)}元`, 'total interest')
  return expected
}

/** Binds the borrower's card (张丽华's by default) when she has none yet (the add-card form is open then). */
async function ensureCard(page: PageHandle, cardNumber = CARD_RICH) {
  if (!(await page.$('#card-form'))) return
  await input(page, '#card-number', cardNumber)
  await tap(page, '#card-submit')
  await page.waitFor('[id^="draw-card-"].wdt-money__option--selected')
}

/** Agrees to the contract and types the SMS code shown in demo mode (waits out a recent send). */
async function agreeAndCode(page: PageHandle) {
  await tap(page, '#draw-agree')
  for (let attempt = 0; ; attempt++) {
    await tap(page, '#draw-sms-send')
    try {
      await page.waitFor('#draw-sms-demo', 3_000)
      break
    } catch {
      // A code went out less than a minute ago: the button counts down; try again after it.
      assert.ok(attempt < 8, 'an SMS code could be sent')
      await page.waitFor('#draw-sms-send:has-text("获取验证码")', 70_000)
    }
  }
  const code = (await textOf(page, '#draw-sms-demo')).match(/\d{6}/)?.[0]
  assert.ok(code, 'the demo SMS code is on screen')
  await input(page, '#draw-sms-code', code)
}

/** A whole draw up to the confirm button (not tapped). */
export async function prepareDraw(ctx: JourneyContext, terms: DrawTerms, cardNumber?: string): Promise<PageHandle> {
  const page = await openDraw(ctx, await openHome(ctx))
  await quoteDraw(page, terms)
  await ensureCard(page, cardNumber)
  await agreeAndCode(page)
  return page
}

export async function awaitDrawResult(ctx: JourneyContext, amountFen: number, timeoutMs = 30_000): Promise<PageHandle> {
  const page = await ctx.driver.currentPage()
  await page.waitFor('#draw-result', timeoutMs)
  assert.equal(fen(await textOf(page, '#result-amount')), amountFen, 'the amount drawn')
  assert.match(await textOf(page, '#result-card'), /尾号\d{4}/)
  return page
}

/** The loans page's count of loans (借据). */
async function loansOnScreen(ctx: JourneyContext): Promise<number> {
  const page = await ctx.driver.navigateTo(ROUTES.loans)
  await page.waitFor('#loans-count')
  const count = (await textOf(page, '#loans-count')).match(/共(\d+)笔/)?.[1]
  assert.ok(count !== undefined, 'the loans count is on screen')
  return Number(count)
}

/** The one draw of a fault journey: exactly one loan, on screen and in the ledger. */
async function assertExactlyOneDraw(ctx: JourneyContext, amountFen: number) {
  assert.equal(await loansOnScreen(ctx), 1, 'exactly one loan on the loans page')
  const totals = await ledger(ctx)
  assert.equal(totals.drawsFen, amountFen, 'exactly one draw booked')
  assert.equal(totals.cardCreditsFen, amountFen, 'the card credited once')
  assert.equal(totals.lineUsedFen, amountFen, 'the line used once')
}

const FAULT_DRAW: DrawTerms = { amount: '8000', term: 3, method: 'DAILY' }

export const moneyJourneys: Journey[] = [
  {
    name: 'money: draw with DAILY and with INTEREST_ONLY, schedules equal the domain library, the line shrinks',
    async run(ctx) {
      const home = await borrowerWithLine(ctx)
      const availableBefore = fen(await textOf(home, '#home-available'))
      ctx.measure('line (yuan)', availableBefore / 100)

      // First draw: DAILY. The trial's schedule and total interest, checked against the domain.
      const daily: DrawTerms = { amount: '5000', term: 3, method: 'DAILY' }
      let page = await openDraw(ctx, home)
      await input(page, '#draw-amount', '999')
      await tap(page, '#draw-quote')
      assert.match(await textOf(page, '#draw-amount-error'), /不能低于1,000.00元/)
      await input(page, '#draw-amount', '1050')
      await tap(page, '#draw-quote')
      assert.match(await textOf(page, '#draw-amount-error'), /100元的整数倍/)
      const rate = await quoteDraw(page, daily)
      await assertScheduleOnScreen(page, daily, rate, TODAY)
      await ctx.shot('draw-trial-daily')

      // A card in someone else's name is refused at the card field; her own is bound.
      await input(page, '#card-number', CARD_OTHERS)
      await tap(page, '#card-submit')
      assert.match(await textOf(page, '#card-number-error'), /户名/)
      await ensureCard(page)
      await page.waitFor('#draw-contract')
      assert.match(await textOf(page, '#draw-contract-title'), /版本/)
      await agreeAndCode(page)
      await ctx.shot('draw-confirm')
      await tap(page, '#draw-confirm')
      page = await awaitDrawResult(ctx, 500_000)
      assert.equal(fen(await textOf(page, '#result-available')), availableBefore - 500_000, 'the line shrinks by the draw')
      await ctx.shot('draw-result')

      // Second draw: INTEREST_ONLY over 6 months.
      const interestOnly: DrawTerms = { amount: '10000', term: 6, method: 'INTEREST_ONLY' }
      page = await openDraw(ctx, await openHome(ctx))
      await quoteDraw(page, interestOnly)
      const rows = await assertScheduleOnScreen(page, interestOnly, rate, TODAY)
      assert.equal(rows.length, 6)
      await ctx.shot('draw-trial-interest-only')
      await agreeAndCode(page)
      await tap(page, '#draw-confirm')
      await awaitDrawResult(ctx, 1_000_000)

      assert.equal(await loansOnScreen(ctx), 2, 'two loans')
      await ctx.shot('loans')
      const again = await openHome(ctx)
      assert.equal(fen(await textOf(again, '#home-available')), availableBefore - 1_500_000)
      assert.match(await textOf(again, '#home-next-due'), /下期还款/)
      await ctx.shot('home-with-loans')
      const totals = await ledger(ctx)
      assert.equal(totals.drawsFen, 1_500_000)
      assert.equal(totals.lineUsedFen, 1_500_000)
    },
  },
  {
    name: 'money: repay partially then fully; insufficient balance said plainly; the line restored',
    async run(ctx) {
      await borrowerWithLine(ctx)
      const terms: DrawTerms = { amount: '10000', term: 3, method: 'DAILY' }
      const page = await prepareDraw(ctx, terms)
      await tap(page, '#draw-confirm')
      await awaitDrawResult(ctx, 1_000_000)

      // Ten days later: a partial repayment pays interest to date, then principal.
      await setToday(ctx, '2026-12-11')
      const home = await openHome(ctx)
      await tap(home, '#home-repay')
      let loans = await ctx.driver.currentPage()
      await tap(loans, '[id^="loan-"][id$="-repay"]:visible')
      let repay = await ctx.driver.currentPage()
      await repay.waitFor('#repay-form')
      await tap(repay, '#repay-kind-PARTIAL')
      await input(repay, '#repay-amount', '3000')
      await tap(repay, '#repay-quote')
      await repay.waitFor('#repay-split')
      const interest = accruedInterestFen(1_000_000, 365, '2026-12-01', '2026-12-11')
      assert.equal(fen(await textOf(repay, '#repay-split-interest')), interest, 'interest to date, by the domain library')
      assert.equal(fen(await textOf(repay, '#repay-split-principal')), 300_000 - interest)
      assert.equal(fen(await textOf(repay, '#repay-split-penalty')), 0)
      await ctx.shot('repay-partial-trial')
      await tap(repay, '#repay-confirm')
      await repay.waitFor('#repay-result')
      assert.equal(fen(await textOf(repay, '#repay-result-amount')), 300_000)
      await ctx.shot('repay-partial-result')

      // Everything: first from the card with 2,000 yuan (refused plainly), then from the other.
      await tap(repay, '#repay-to-loans')
      loans = await ctx.driver.currentPage()
      await tap(loans, '[id^="loan-"][id$="-repay"]:visible')
      repay = await ctx.driver.currentPage()
      await repay.waitFor('#repay-form')
      await tap(repay, '#repay-kind-FULL')
      await tap(repay, '#repay-add-card')
      await input(repay, '#card-number', CARD_POOR)
      await tap(repay, '#card-submit')
      await repay.waitFor('#repay-add-card')
      await tap(repay, '#repay-quote')
      await repay.waitFor('#repay-split')
      // The newest card is selected after binding it.
      await tap(repay, '#repay-confirm')
      assert.match(await textOf(repay, '#repay-error'), /余额不足/)
      await ctx.shot('repay-insufficient')
      await tap(repay, '.wdt-money__option[id^="repay-card-"]:not(.wdt-money__option--selected)')
      await tap(repay, '#repay-quote')
      await repay.waitFor('#repay-split')
      await tap(repay, '#repay-confirm')
      await repay.waitFor('#repay-result')
      assert.equal(await textOf(repay, '#repay-result-title'), '已全部结清')
      await ctx.shot('repay-full-result')

      await tap(repay, '#repay-to-limits')
      const limits = await ctx.driver.currentPage()
      await limits.waitFor('#limits')
      assert.equal(await textOf(limits, '[id$="-available"]'), (await textOf(limits, '[id$="-total"]')).replace('元', ''), 'the whole line is available again')
      await ctx.shot('limits-restored')
      const totals = await ledger(ctx)
      assert.equal(totals.outstandingPrincipalFen, 0)
      assert.equal(totals.lineUsedFen, 0)
    },
  },
  {
    name: 'money: past the due date the loan is overdue with penalty interest, and can be repaid',
    async run(ctx) {
      await borrowerWithLine(ctx)
      const page = await prepareDraw(ctx, { amount: '10000', term: 1, method: 'DAILY' })
      await tap(page, '#draw-confirm')
      await awaitDrawResult(ctx, 1_000_000)

      // Due 2027-01-01; ten days later.
      await setToday(ctx, '2027-01-11')
      const penalty = penaltyInterestFen(1_000_000, 365, '2027-01-01', '2027-01-11')
      assert.ok(penalty > 0)
      const home = await openHome(ctx)
      assert.match(await textOf(home, '#home-overdue'), /逾期10天/)
      await ctx.shot('home-overdue')
      await tap(home, '#home-loans')
      const loans = await ctx.driver.currentPage()
      await loans.waitFor('[id$="-overdue"]')
      assert.equal(await textOf(loans, '[id^="loan-"][id$="-status"]'), '已逾期')
      assert.equal(fen(await textOf(loans, '[id$="-overdue-penalty"]')), penalty, 'penalty interest by the domain library')
      await tap(loans, '[id^="loan-"][id$="-open"]:visible')
      const detail = await ctx.driver.currentPage()
      await detail.waitFor('#loan-detail')
      assert.equal(await textOf(detail, '#loan-row-1-status'), '已逾期')
      await ctx.shot('loan-overdue')
      await tap(detail, '#loan-repay')
      const repay = await ctx.driver.currentPage()
      await repay.waitFor('#repay-form')
      await tap(repay, '#repay-quote')
      await repay.waitFor('#repay-split')
      assert.equal(fen(await textOf(repay, '#repay-split-penalty')), penalty)
      await ctx.shot('repay-overdue-trial')
      await tap(repay, '#repay-confirm')
      await repay.waitFor('#repay-result')
      assert.equal(await textOf(repay, '#repay-result-title'), '已全部结清')
      const totals = await ledger(ctx)
      assert.equal(totals.outstandingPrincipalFen, 0)
    },
  },
  {
    name: 'money: a double tap on confirm draws once',
    async run(ctx) {
      await borrowerWithLine(ctx)
      const page = await prepareDraw(ctx, FAULT_DRAW)
      // The first request is held a moment so that the second tap lands while it is in flight.
      await injectFault(ctx, { operation: 'createDraw', kind: 'DELAY', delayMs: 1500, times: 1 })
      await Promise.all([tap(page, '#draw-confirm'), tap(page, '#draw-confirm')])
      await tap(page, '#draw-confirm').catch(() => undefined)
      await awaitDrawResult(ctx, 800_000)
      await clearFaults(ctx)
      await assertExactlyOneDraw(ctx, 800_000)
    },
  },
  {
    name: 'money: the answer is lost after the bank committed; the retry with the same key draws once',
    async run(ctx) {
      await borrowerWithLine(ctx)
      const page = await prepareDraw(ctx, FAULT_DRAW)
      await injectFault(ctx, { operation: 'createDraw', kind: 'COMMIT_THEN_DROP', times: 1 })
      await tap(page, '#draw-confirm')
      await awaitDrawResult(ctx, 800_000)
      await ctx.shot('result-after-dropped-answer')
      await clearFaults(ctx)
      await assertExactlyOneDraw(ctx, 800_000)
    },
  },
  {
    name: 'money: 5xx answers, the screen says it is confirming, then success draws once',
    async run(ctx) {
      await borrowerWithLine(ctx)
      const page = await prepareDraw(ctx, FAULT_DRAW)
      // More 5xx than the client's own retries: the screen keeps confirming with the same key.
      await injectFault(ctx, { operation: 'createDraw', kind: 'ERROR_500', times: 4 })
      await tap(page, '#draw-confirm')
      await page.waitFor('#money-confirming', 20_000)
      assert.match(await textOf(page, '#money-confirming'), /网络异常，正在确认结果…/)
      await ctx.shot('confirming')
      await awaitDrawResult(ctx, 800_000)
      await clearFaults(ctx)
      await assertExactlyOneDraw(ctx, 800_000)
    },
  },
  {
    name: 'money: closed mid-request and reopened, the pending draw is reconciled once',
    async run(ctx) {
      await borrowerWithLine(ctx)
      const page = await prepareDraw(ctx, FAULT_DRAW)
      await injectFault(ctx, { operation: 'createDraw', kind: 'DELAY', delayMs: 6000, times: 1 })
      await tap(page, '#draw-confirm')
      await page.waitFor(800)
      // The app is closed while the bank holds the request, and opened again where it was.
      await ctx.driver.restart()
      await awaitDrawResult(ctx, 800_000)
      await ctx.shot('reconciled-result')
      // Let the held request finish too: the bank answers it from the same key, nothing more moves.
      await page.waitFor(6000)
      await clearFaults(ctx)
      await assertExactlyOneDraw(ctx, 800_000)
    },
  },
]
