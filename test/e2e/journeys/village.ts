/** Villagers and bankers' codes: the station plate, whole-village pre-credit, remote authorization. */
import assert from 'node:assert/strict'
import { tap, textOf, type PageHandle } from '../driver'
import type { Journey, JourneyContext } from '../journey'
import { PEOPLE, acceptConsents, enterId, passFace, sceneUrl, toApprovedLine, verifyPhone } from '../steps'
import { awaitDrawResult, ledger, prepareDraw } from './money'

const VILLAGERS = {
  /** On ST01 桃园村's roster, 50,000 yuan for the household; 76 years old. */
  liu: { name: '刘福生', idNumber: '321322195009090114' },
  /** Not on any roster. */
  zhang: { name: '张丽华', idNumber: '320106198503120122' },
  /** Invited as a spouse by the demo ticket. */
  wu: { name: '吴海燕', idNumber: '320105198812010123' },
  /** On ST02 河口村's roster (20,000 yuan), with a debit card in the sandbox's registry. */
  li: { name: '李秀英', idNumber: '320104199007210120' },
} as const

/** 李秀英's debit card (seed.yaml debitCards DC04). */
const LI_CARD = '6228480012345678903'

async function openStation(ctx: JourneyContext, stationId = 'ST01'): Promise<PageHandle> {
  const page = await ctx.driver.reLaunch(sceneUrl({ kind: 'station', stationId }))
  await page.waitFor('.wdt-large #station-view')
  return page
}

/** The verification flow opened from a page that waits for it; returns to that page. */
async function verifyAndReturn(ctx: JourneyContext, page: PageHandle, person: { name: string; idNumber: string }, mobile?: string) {
  await acceptConsents(ctx, page)
  await verifyPhone(ctx, page, mobile)
  await enterId(page, person)
  await page.waitFor('#face-step')
  await passFace(ctx, page)
  await page.waitFor('#verified')
  await tap(page, '#verified-next')
}

async function createTicket(ctx: JourneyContext, person: { name: string; idNumber: string }) {
  const res = await ctx.sandbox.call<{ ticket: string; scene: string }>('POST', '/test/tickets', {
    ...person,
    role: 'SPOUSE',
    purpose: '配偶共同借款人征信查询',
  })
  assert.equal(res.status, 201)
  return res.data
}

export const villageJourneys: Journey[] = [
  {
    name: 'plate → station page → banker and a visit request',
    async run(ctx) {
      const page = await openStation(ctx)
      assert.equal(await textOf(page, '#station-name'), '桃园村惠农通服务站')
      await page.waitFor('#banker-call')
      await page.waitFor('#visit-slots')
      await tap(page, '#visit-slots .wdt-chip:not(.wdt-chip--disabled)')
      await tap(page, '#visit-book')
      await page.waitFor('[id^="visit-cancel-"]')
      assert.match(await textOf(page, '#visit-request'), /已预约/)
      await ctx.shot('station-visit-booked')
    },
  },
  {
    name: 'a villager on the roster sees the household line and activates it',
    async run(ctx) {
      const station = await openStation(ctx)
      await station.waitFor('#pre-credit-verify')
      await ctx.shot('station-pre-credit')
      await tap(station, '#pre-credit-verify')
      const flow = await ctx.driver.currentPage()
      await verifyAndReturn(ctx, flow, VILLAGERS.liu)
      const back = await ctx.driver.currentPage()
      await back.waitFor('#pre-credit-amount')
      assert.equal(await textOf(back, '#pre-credit-amount'), '50,000.00')
      await tap(back, '#pre-credit-read')
      await back.waitFor('#doc-village')
      await tap(back, '#pre-credit-consent')
      await ctx.shot('pre-credit-agreement')
      await tap(back, '#pre-credit-activate')
      await back.waitFor('#pre-credit-activated')
      await tap(back, '#pre-credit-limits')
      const limits = await ctx.driver.currentPage()
      await limits.waitFor('#limits')
      assert.equal(await textOf(limits, '[id$="-available"]'), '50,000.00')
      await ctx.shot('village-line')
    },
  },
  {
    name: 'a villager on the roster activates the household line and draws from it',
    async run(ctx) {
      const station = await openStation(ctx, 'ST02')
      await tap(station, '#pre-credit-verify')
      await verifyAndReturn(ctx, await ctx.driver.currentPage(), VILLAGERS.li)
      const back = await ctx.driver.currentPage()
      await back.waitFor('#pre-credit-amount')
      assert.equal(await textOf(back, '#pre-credit-amount'), '20,000.00')
      await tap(back, '#pre-credit-read')
      await tap(back, '#pre-credit-consent')
      await tap(back, '#pre-credit-activate')
      await back.waitFor('#pre-credit-activated')

      const draw = await prepareDraw(ctx, { amount: '1000', term: 1, method: 'DAILY' }, LI_CARD)
      await ctx.shot('village-draw')
      await tap(draw, '#draw-confirm')
      await awaitDrawResult(ctx, 100_000)
      await ctx.shot('village-draw-result')
      const totals = await ledger(ctx)
      assert.equal(totals.drawsFen, 100_000, 'one draw of 1,000 yuan booked')
      assert.equal(totals.lineUsedFen, 100_000)
    },
  },
  {
    name: 'the main journey in large text, screen by screen',
    async run(ctx) {
      const home = await ctx.driver.reLaunch('/pages/home/index')
      await tap(home, '#home-me')
      const me = await ctx.driver.currentPage()
      await tap(me, '#me-large-text')
      await me.waitFor('.wdt-large #me')
      const decision = await toApprovedLine(ctx, PEOPLE.merchant)
      await decision.waitFor('.wdt-large #decision-approved')
      await ctx.shot('large-decision')
      await tap(decision, '#decision-limits')
      const limits = await ctx.driver.currentPage()
      await limits.waitFor('.wdt-large #limits')
      await ctx.shot('large-limits')
    },
  },
  {
    name: 'a villager not on the roster is offered the normal application',
    async run(ctx) {
      const station = await openStation(ctx)
      await tap(station, '#pre-credit-verify')
      await verifyAndReturn(ctx, await ctx.driver.currentPage(), VILLAGERS.zhang)
      const back = await ctx.driver.currentPage()
      await back.waitFor('#pre-credit-not-listed')
      await back.waitFor('#pre-credit-apply')
      await ctx.shot('not-on-roster')
    },
  },
  {
    name: 'a spouse authorizes by ticket; the used, expired and someone-else’s tickets are refused',
    async run(ctx) {
      const { ticket } = await createTicket(ctx, VILLAGERS.wu)
      let page = await ctx.driver.reLaunch(sceneUrl({ kind: 'authorization', ticket }))
      await page.waitFor('#ticket-open')
      assert.equal(await textOf(page, '#ticket-role'), '配偶')
      await ctx.shot('ticket-invitation')
      await tap(page, '#ticket-verify')
      await verifyAndReturn(ctx, await ctx.driver.currentPage(), VILLAGERS.wu)
      page = await ctx.driver.currentPage()
      await page.waitFor('#doc-credit-report')
      await tap(page, '#ticket-consent')
      await tap(page, '#ticket-sign')
      await page.waitFor('#ticket-signed')
      await ctx.shot('ticket-signed')

      // Another phone, another person: a ticket meant for 吴海燕 is not theirs to sign…
      await ctx.driver.freshPhone()
      const other = await createTicket(ctx, VILLAGERS.wu)
      page = await ctx.driver.reLaunch(sceneUrl({ kind: 'authorization', ticket: other.ticket }))
      await tap(page, '#ticket-verify')
      await verifyAndReturn(ctx, await ctx.driver.currentPage(), VILLAGERS.li, '13912345670')
      page = await ctx.driver.currentPage()
      await tap(page, '#ticket-consent')
      await tap(page, '#ticket-sign')
      await page.waitFor('#ticket-error')
      assert.match(await textOf(page, '#ticket-error'), /不是发给您的/)
      await ctx.shot('ticket-not-yours')

      // …and the ticket 吴海燕 already signed is used.
      page = await ctx.driver.reLaunch(sceneUrl({ kind: 'authorization', ticket }))
      await page.waitFor('#ticket-closed')
      assert.match(await textOf(page, '#ticket-message'), /已/)
      await ctx.shot('ticket-used')

      // Expired: a day and an hour later.
      const late = await createTicket(ctx, VILLAGERS.wu)
      assert.equal((await ctx.sandbox.call('POST', '/test/clock', { advanceSeconds: 25 * 3600 })).status, 200)
      page = await ctx.driver.reLaunch(sceneUrl({ kind: 'authorization', ticket: late.ticket }))
      await page.waitFor('#ticket-closed')
      assert.match(await textOf(page, '#ticket-message'), /过期|失效/)
      await ctx.shot('ticket-expired')

      // Tampered: one character changed in the code.
      const tampered = sceneUrl({ kind: 'authorization', ticket: late.ticket }).replace(late.ticket, late.ticket.slice(0, -1) + (late.ticket.endsWith('A') ? 'B' : 'A'))
      page = await ctx.driver.reLaunch(tampered)
      await page.waitFor('#home-notice')
    },
  },
]
