/** From a scanned code to a verified borrower (issue: "From a scanned code to a verified borrower"). */
import assert from 'node:assert/strict'
import { input, tap, textOf } from '../driver'
import type { Journey } from '../journey'
import { PEOPLE, acceptConsents, enterId, fieldError, openMarket, passFace, qUrl, reachIdStep, sceneUrl, verifyPhone } from '../steps'

export const onboardingJourneys: Journey[] = [
  {
    name: 'market code → landing → consent → phone → ID → face → verified',
    async run(ctx) {
      const market = await openMarket(ctx, 'MK01', 'BK02')
      assert.equal(await textOf(market, '#market-name'), '南门农贸市场')
      assert.equal(await textOf(market, '#banker-name'), '陈浩', 'the banker named by the code')
      assert.equal(await textOf(market, '#banker-phone'), '139****5518', 'the banker phone is masked')
      assert.match(await textOf(market, '#product-CREDIT01'), /年化利率/)
      await ctx.shot('market')
      await tap(market, '#market-apply')

      const page = await ctx.driver.currentPage()
      await acceptConsents(ctx, page)
      await verifyPhone(ctx, page)
      await enterId(page, PEOPLE.manual)
      await page.waitFor('#face-step')
      await ctx.shot('face')
      await passFace(ctx, page)

      await page.waitFor('#verified')
      assert.equal(await textOf(page, '#verified-name'), PEOPLE.manual.nameMasked)
      assert.equal(await textOf(page, '#verified-id'), PEOPLE.manual.idMasked)
      // The number bound depends on the platform (typed with an SMS code on H5, WeChat's phone-number
      // button on weapp); either way only its first 3 and last 4 digits are shown.
      assert.match(await textOf(page, '#verified-mobile'), /^1\d{2}\*{4}\d{4}$/)
      await ctx.shot('verified')

      // Opened from the market's "apply", the flow goes on to the application; home greets her too.
      assert.equal(await textOf(page, '#verified-next'), '继续申请额度')
      const home = await ctx.driver.reLaunch('/pages/home/index')
      await home.waitFor('#home-greeting')
      assert.equal(await textOf(home, '#home-greeting'), `您好，${PEOPLE.manual.nameMasked}`)
      await ctx.shot('home-verified')
    },
  },
  {
    name: 'ordinary QR code (q) lands on the same market page; a code scanned while open lands too',
    async run(ctx) {
      const page = await ctx.driver.reLaunch(qUrl({ kind: 'market', marketId: 'MK03' }))
      await page.waitFor('#market-name')
      assert.equal(await textOf(page, '#market-name'), '湖滨夜市')
      await ctx.shot('market-from-q')

      // Another code scanned while the app is open lands on its own market.
      const again = await ctx.driver.navigateTo(sceneUrl({ kind: 'market', marketId: 'MK02' }))
      await again.waitFor('#market-name')
      for (let i = 0; i < 20 && (await textOf(again, '#market-name')) !== '城东小商品市场'; i++) await again.waitFor(250)
      assert.equal(await textOf(again, '#market-name'), '城东小商品市场')
      await ctx.shot('market-scanned-while-open')
    },
  },
  {
    name: 'station plate lands on the station page with its banker, in large text',
    async run(ctx) {
      const page = await ctx.driver.reLaunch(sceneUrl({ kind: 'station', stationId: 'ST01' }))
      await page.waitFor('#station-name')
      assert.equal(await textOf(page, '#station-name'), '桃园村惠农通服务站')
      assert.match(await textOf(page, '#station-hours'), /8:00/)
      assert.equal(await textOf(page, '#banker-name'), '黄志强')
      assert.equal(await textOf(page, '#banker-phone'), '137****2291')
      await page.waitFor('.wdt-large #station-view')
      await ctx.shot('station')
    },
  },
  {
    name: 'bad ID number gets a message at the field',
    async run(ctx) {
      const page = await reachIdStep(ctx)
      await input(page, '#id-name', PEOPLE.manual.name)
      await input(page, '#id-number', '320104199007210121')
      await tap(page, '#id-submit')
      assert.match(await fieldError(page, 'id-number'), /校验位/)
      await ctx.shot('bad-check-digit')

      await input(page, '#id-number', PEOPLE.underage.idNumber)
      await tap(page, '#id-submit')
      assert.match(await fieldError(page, 'id-number'), /未满18周岁/)
      assert.equal(await (await page.$('#id-name'))!.value(), PEOPLE.manual.name, 'the name typed is kept')
      await ctx.shot('underage')
    },
  },
  {
    name: 'name that does not match the ID number is refused',
    async run(ctx) {
      const page = await reachIdStep(ctx)
      await input(page, '#id-name', '王小明')
      await input(page, '#id-number', PEOPLE.manual.idNumber)
      await tap(page, '#id-submit')
      assert.match(await fieldError(page, 'id-name'), /姓名与身份证号码不一致/)
      assert.equal(await (await page.$('#id-number'))!.value(), PEOPLE.manual.idNumber, 'the ID number typed is kept')
      assert.ok(await page.$('#id-step'), 'still at the ID step')
      await ctx.shot('name-mismatch')
    },
  },
  {
    name: 'unknown, tampered and empty codes land on home with a message',
    async run(ctx) {
      let page = await ctx.driver.reLaunch('/pages/entry/index?scene=' + encodeURIComponent('zz=1&%%'))
      await page.waitFor('#home-notice')
      assert.match(await textOf(page, '#home-notice'), /二维码/)
      await ctx.shot('garbage-code')

      const valid = sceneUrl({ kind: 'market', marketId: 'MK01' })
      const tampered = valid.replace('MK01', 'MK02')
      page = await ctx.driver.reLaunch(tampered)
      await page.waitFor('#home-notice')
      assert.match(await textOf(page, '#home-notice'), /二维码/)

      page = await ctx.driver.reLaunch(sceneUrl({ kind: 'market', marketId: 'MK99' }))
      await page.waitFor('#home-notice')
      assert.match(await textOf(page, '#home-notice'), /未找到该市场/)
      await ctx.shot('unknown-market')

      page = await ctx.driver.reLaunch(sceneUrl({ kind: 'authorization', ticket: 'T0KEN12345' }))
      await page.waitFor('#ticket-message')
      await ctx.shot('ticket')
    },
  },
  {
    name: 'reload mid-way resumes at the same step with the draft',
    async run(ctx) {
      let page = await reachIdStep(ctx)
      await input(page, '#id-name', PEOPLE.manual.name)
      await input(page, '#id-number', PEOPLE.manual.idNumber)
      await ctx.shot('before-reload')
      page = await ctx.driver.restart()
      await page.waitFor('#id-step')
      assert.equal(await (await page.$('#id-name'))!.value(), PEOPLE.manual.name, 'the draft survives a restart')
      assert.equal(await (await page.$('#id-number'))!.value(), PEOPLE.manual.idNumber)
      await ctx.shot('after-reload')
      await tap(page, '#id-submit')
      await page.waitFor('#face-step')
      page = await ctx.driver.restart()
      await page.waitFor('#face-step')
      await passFace(ctx, page)
      await page.waitFor('#verified')
    },
  },
  {
    name: 'a failed face check is read from the server and can be retried',
    async run(ctx) {
      const page = await reachIdStep(ctx)
      await enterId(page, PEOPLE.manual)
      await tap(page, '#face-start')
      const liveness = await ctx.driver.currentPage()
      await liveness.waitFor('#liveness')
      await tap(liveness, '#liveness-fail')
      await page.waitFor('#face-error')
      assert.match(await textOf(page, '#face-error'), /未通过/)
      await ctx.shot('face-failed')
      await passFace(ctx, page)
      await page.waitFor('#verified')
    },
  },
  {
    name: 'declining face consent shows the branch alternative, granting it later continues',
    async run(ctx) {
      const market = await openMarket(ctx)
      await tap(market, '#market-apply')
      const page = await ctx.driver.currentPage()
      await acceptConsents(ctx, page, false)
      await verifyPhone(ctx, page)
      await enterId(page, PEOPLE.manual)
      await page.waitFor('#face-alternative')
      assert.match(await textOf(page, '#face-alternative'), /网点/)
      await ctx.shot('face-declined')
      await tap(page, '#face-consent')
      await page.waitFor('#doc-face')
      await ctx.shot('face-consent-text')
      await tap(page, '#face-consent-grant')
      await page.waitFor('#face-start')
      await passFace(ctx, page)
      await page.waitFor('#verified')
    },
  },
]
