/** Steps shared by several journeys, each a borrower's action on screen. */
import assert from 'node:assert/strict'
import { encodeEntryScene, encodeEntryUrl, type EntryContext } from '../../src/domain'
import { el, input, tap, textOf, type PageHandle } from './driver'
import type { JourneyContext } from './journey'

export const PEOPLE = {
  /** In the registry, no card image: typed by hand. */
  manual: { name: '李秀英', idNumber: '320104199007210120', nameMasked: '**英', idMasked: '3201**********0120' },
  underage: { name: '陈小雨', idNumber: '320115201006150129' },
  /** A 个体工商户 at 南门农贸市场 with tax rating A and a property. */
  merchant: { name: '张丽华', idNumber: '320106198503120122', nameMasked: '**华', idMasked: '3201**********0122' },
  /** Tax rating D: declined. */
  ratingD: { name: '赵明', idNumber: '320111199501300117' },
  /** Tax rating C: referred to a banker. */
  ratingC: { name: '吴海燕', idNumber: '320105198812010123' },
} as const

export function sceneUrl(ctx: EntryContext): string {
  return `/pages/entry/index?scene=${encodeURIComponent(encodeEntryScene(ctx))}`
}

export function qUrl(ctx: EntryContext): string {
  return `/pages/entry/index?q=${encodeURIComponent(encodeEntryUrl(ctx))}`
}

export async function openMarket(ctx: JourneyContext, marketId = 'MK01', bankerId?: string): Promise<PageHandle> {
  const page = await ctx.driver.reLaunch(sceneUrl({ kind: 'market', marketId, bankerId }))
  await page.waitFor('#market-name')
  return page
}

export async function verifyPhone(ctx: JourneyContext, page: PageHandle, mobile = '13812345678'): Promise<void> {
  await page.waitFor('#phone-step')
  // weapp: WeChat's getPhoneNumber button (the number comes with its code); H5: an SMS code.
  if (await page.$('#phone-wechat')) {
    await ctx.shot('phone')
    await tap(page, '#phone-wechat')
    return
  }
  await input(page, '#mobile', mobile)
  await tap(page, '#sms-send')
  const demo = await textOf(page, '#sms-demo-code')
  const code = demo.match(/\d{6}/)?.[0]
  assert.ok(code, `the demo SMS code is on screen (got "${demo}")`)
  await input(page, '#sms-code', code)
  await ctx.shot('phone')
  await tap(page, '#phone-submit')
}

export async function acceptConsents(ctx: JourneyContext, page: PageHandle, face = true): Promise<void> {
  await page.waitFor('#consent-step')
  await ctx.shot('consent')
  await tap(page, '#consent-privacy')
  if (face) await tap(page, '#consent-face')
  await tap(page, '#consent-submit')
}

export async function enterId(page: PageHandle, person: { name: string; idNumber: string }): Promise<void> {
  await page.waitFor('#id-step')
  await input(page, '#id-name', person.name)
  await input(page, '#id-number', person.idNumber)
  await tap(page, '#id-submit')
}

export async function passFace(ctx: JourneyContext, page: PageHandle): Promise<void> {
  await tap(page, '#face-start')
  const liveness = await ctx.driver.currentPage()
  await liveness.waitFor('#liveness')
  await ctx.shot('liveness')
  await tap(liveness, '#liveness-start')
}

/** From a market code to a verified borrower (the first journey, as a step of later ones). */
export async function verifyFromMarket(ctx: JourneyContext, person: { name: string; idNumber: string }): Promise<PageHandle> {
  const market = await openMarket(ctx)
  await tap(market, '#market-apply')
  const page = await ctx.driver.currentPage()
  await acceptConsents(ctx, page)
  await verifyPhone(ctx, page)
  await enterId(page, person)
  await page.waitFor('#face-step')
  await passFace(ctx, page)
  await page.waitFor('#verified')
  return page
}

/** From a market code to the ID step (consents given, phone verified). */
export async function reachIdStep(ctx: JourneyContext): Promise<PageHandle> {
  const market = await openMarket(ctx)
  await tap(market, '#market-apply')
  const page = await ctx.driver.currentPage()
  await acceptConsents(ctx, page)
  await verifyPhone(ctx, page)
  await page.waitFor('#id-step')
  return page
}

export async function fieldError(page: PageHandle, id: string): Promise<string> {
  return (await el(page, `#${id}-error`)).text()
}

/**
 * From a market code to an approved line, through the UI (issue 4's path: verified → tax
 * authorization → application → decision). Ends on the decision page, line approved.
 */
export async function toApprovedLine(
  ctx: JourneyContext,
  person: { name: string; idNumber: string },
  opts: { product?: string; amount?: string } = {},
): Promise<PageHandle> {
  const page = await verifyFromMarket(ctx, person)
  await tap(page, '#verified-next')
  await page.waitFor('#tax-step')
  await tap(page, '.wdt-option:not(.wdt-option--disabled)')
  await tap(page, '#tax-consent')
  await tap(page, '#tax-submit')
  await page.waitFor('#tax-done')
  await tap(page, '#tax-next')
  await page.waitFor('#apply-step-1')
  await tap(page, `#apply-product-${opts.product ?? 'CREDIT01'}`)
  await input(page, '#apply-amount', opts.amount ?? '200000')
  await tap(page, '#apply-purpose-STOCK')
  await tap(page, '#apply-next-1')
  await page.waitFor('#apply-step-2')
  await tap(page, '#apply-next-2')
  await page.waitFor('#apply-step-3')
  await tap(page, '#apply-consent-credit')
  await tap(page, '#apply-consent-data')
  await tap(page, '#apply-submit')
  await page.waitFor('#decision-approved', 30_000)
  return page
}
