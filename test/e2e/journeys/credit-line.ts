/** From a verified merchant to an approved credit line (issue: tax, property, application, decision, limits). */
import assert from 'node:assert/strict'
import { effort, input, tap, textOf, type PageHandle } from '../driver'
import type { Journey, JourneyContext } from '../journey'
import { PEOPLE, openMarket, acceptConsents, verifyPhone, enterId, passFace } from '../steps'

/** P01's property certificate in the sandbox's property registry (sandbox/seed/seed.yaml). */
export const MERCHANT_CERTIFICATE = process.env.E2E_CERTIFICATE ?? '苏(2021)南京市不动产权第0012345号'

/** P01's line without property: 30% of 960,000 yuan yearly sales, tax rating A (seed + decision rules). */
const MERCHANT_CREDIT_LINE_YUAN = 288_000
/** 抵押e贷's maximum line (seed). */
const PROPERTY_MAX_YUAN = 1_000_000

const yuan = (text: string) => Number(text.replace(/[^\d.]/g, ''))

async function authorizeTax(ctx: JourneyContext, page: PageHandle) {
  await page.waitFor('#tax-step')
  // Her one active business is chosen for her; the deregistered one is shown but greyed out.
  await page.waitFor('.wdt-option--selected')
  await ctx.shot('tax-authorization')
  await tap(page, '#tax-consent')
  await tap(page, '#tax-submit')
  await page.waitFor('#tax-done')
  assert.match(await textOf(page, '#tax-rating'), /级/)
  await ctx.shot('tax-fetched')
  await tap(page, '#tax-next')
}

async function fillStepOne(page: PageHandle, product: string, amount: string, purpose = 'STOCK') {
  await page.waitFor('#apply-step-1')
  // The credit loan is preselected; another product takes a tap.
  if (product !== 'CREDIT01') await tap(page, `#apply-product-${product}`)
  await input(page, '#apply-amount', amount)
  await tap(page, `#apply-purpose-${purpose}`)
}

async function signAndSubmit(ctx: JourneyContext, page: PageHandle) {
  await tap(page, '#apply-next-1')
  await page.waitFor('#apply-step-2')
  await ctx.shot('apply-confirm-facts')
  await tap(page, '#apply-next-2')
  await page.waitFor('#apply-step-3')
  await tap(page, '#apply-consent-credit')
  await tap(page, '#apply-consent-data')
  await ctx.shot('apply-sign')
  await tap(page, '#apply-submit')
}

/** Market landing → verified → (continue) → tax authorization → the application's first step. */
async function toApplication(ctx: JourneyContext, person: { name: string; idNumber: string }) {
  const market = await openMarket(ctx)
  effort.reset()
  await tap(market, '#market-apply')
  const page = await ctx.driver.currentPage()
  await acceptConsents(ctx, page)
  await verifyPhone(ctx, page)
  await enterId(page, person)
  await page.waitFor('#face-step')
  await passFace(ctx, page)
  await page.waitFor('#verified')
  const verification = effort.snapshot()
  effort.reset()
  await tap(page, '#verified-next')
  await authorizeTax(ctx, page)
  return { page, verification }
}

async function decisionOf(page: PageHandle, id: string) {
  await page.waitFor(id, 30_000)
}

export const creditLineJourneys: Journey[] = [
  {
    name: 'market code → verified → tax authorization → application → approved → limits',
    async run(ctx) {
      const { page, verification } = await toApplication(ctx, PEOPLE.merchant)
      await fillStepOne(page, 'CREDIT01', '200000')
      await ctx.shot('apply-amount')
      await signAndSubmit(ctx, page)
      const application = effort.snapshot()
      ctx.measure('verification taps', verification.taps)
      ctx.measure('verification typed fields', verification.typedFields)
      ctx.measure('tax + application taps', application.taps)
      ctx.measure('tax + application typed fields', application.typedFields)
      ctx.measure('total taps (landing → submitted)', verification.taps + application.taps)
      ctx.measure('total typed fields (landing → submitted)', verification.typedFields + application.typedFields)
      assert.equal(application.typedFields, 1, 'an authorized merchant types only the amount')

      await page.waitFor('#decision-pending')
      await ctx.shot('decision-pending')
      await decisionOf(page, '#decision-approved')
      const line = await textOf(page, '#decision-line')
      assert.equal(yuan(line), MERCHANT_CREDIT_LINE_YUAN, 'the line the rules give her data')
      assert.match(await textOf(page, '#decision-rate'), /年化利率（单利）\d+\.\d{2}%/)
      await ctx.shot('decision-approved')

      await tap(page, '#decision-limits')
      const limits = await ctx.driver.currentPage()
      await limits.waitFor('#limits')
      const available = await textOf(limits, '[id$="-available"]')
      assert.equal(available, line, 'the whole line is available')
      assert.match(await textOf(limits, '[id$="-rate"]'), /年化利率（单利）/)
      await ctx.shot('limits')
    },
  },
  {
    name: 'with property: the line is higher by the supported amount',
    async run(ctx) {
      const { page } = await toApplication(ctx, PEOPLE.merchant)
      await page.waitFor('#apply-step-1')
      await tap(page, '#apply-product-PROP01')
      await tap(page, '#apply-value-property')
      const property = await ctx.driver.currentPage()
      await property.waitFor('#property-step')
      await input(property, '#property-certificate', MERCHANT_CERTIFICATE)
      await tap(property, '#property-submit')
      await property.waitFor('#valuation-result')
      const extra = yuan(await textOf(property, '#valuation-extra'))
      assert.ok(extra > 0, 'the property supports extra line')
      await ctx.shot('valuation')
      await tap(property, '#valuation-use')
      await page.waitFor('#apply-property')
      await fillStepOne(page, 'PROP01', '500000')
      await signAndSubmit(ctx, page)
      await decisionOf(page, '#decision-approved')
      const line = yuan(await textOf(page, '#decision-line'))
      // The credit-only line the same data supports, capped at the property product's maximum.
      assert.equal(line, Math.min(MERCHANT_CREDIT_LINE_YUAN + extra, PROPERTY_MAX_YUAN))
      assert.equal(yuan(await textOf(page, '#decision-property-extra')), line - MERCHANT_CREDIT_LINE_YUAN)
      ctx.measure('property line (yuan)', line)
      ctx.measure('property extra (yuan)', extra)
      await ctx.shot('decision-with-property')
    },
  },
  {
    name: 'tax rating D is declined with a respectful message',
    async run(ctx) {
      const { page } = await toApplication(ctx, PEOPLE.ratingD)
      await fillStepOne(page, 'CREDIT01', '100000')
      await signAndSubmit(ctx, page)
      await decisionOf(page, '#decision-declined')
      assert.match(await textOf(page, '#decision-message'), /很抱歉/)
      await ctx.shot('declined')
    },
  },
  {
    name: 'rating C is referred to a banker who is shown',
    async run(ctx) {
      const { page } = await toApplication(ctx, PEOPLE.ratingC)
      await fillStepOne(page, 'CREDIT01', '100000')
      await signAndSubmit(ctx, page)
      await decisionOf(page, '#decision-referred')
      assert.match(await textOf(page, '#decision-message'), /客户经理/)
      await page.waitFor('#decision-referred #banker-card')
      await ctx.shot('referred')
    },
  },
  {
    name: 'closed mid-application and reopened: resumes with the draft',
    async run(ctx) {
      const { page } = await toApplication(ctx, PEOPLE.merchant)
      await fillStepOne(page, 'CREDIT01', '150000', 'EQUIPMENT')
      await tap(page, '#apply-next-1')
      await page.waitFor('#apply-step-2')
      const reopened = await ctx.driver.restart()
      await reopened.waitFor('#apply-step-2')
      await ctx.shot('resumed-at-step-2')
      await tap(reopened, '#apply-back-2')
      await reopened.waitFor('#apply-step-1')
      assert.equal(await (await reopened.$('#apply-amount'))!.value(), '150000', 'the amount typed is kept')
      await signAndSubmit(ctx, reopened)
      await decisionOf(reopened, '#decision-approved')
    },
  },
]
