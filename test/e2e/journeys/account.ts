/** 我的 and large text (issue: villagers and bankers' codes — the parts that need no village data). */
import assert from 'node:assert/strict'
import { tap, textOf } from '../driver'
import type { Journey } from '../journey'
import { PEOPLE, verifyFromMarket } from '../steps'

export const accountJourneys: Journey[] = [
  {
    name: '我的: masked identity, consents with versions, withdraw the face consent, large text',
    async run(ctx) {
      await verifyFromMarket(ctx, PEOPLE.manual)
      const home = await ctx.driver.reLaunch('/pages/home/index')
      await tap(home, '#home-me')
      const me = await ctx.driver.currentPage()
      await me.waitFor('#me')
      assert.equal(await textOf(me, '#me-name'), PEOPLE.manual.nameMasked)
      assert.equal(await textOf(me, '#me-id'), PEOPLE.manual.idMasked)
      await me.waitFor('#consent-record-PRIVACY')
      assert.match(await textOf(me, '#consent-record-PRIVACY'), /1\.0/)
      assert.equal(await textOf(me, '#consent-record-FACE-state'), '已同意')
      assert.equal(await me.$('#consent-withdraw-PRIVACY'), null, 'a required consent cannot be withdrawn here')
      await ctx.shot('me')

      await tap(me, '#consent-withdraw-FACE')
      await ctx.driver.confirmModal()
      let state = ''
      for (let i = 0; i < 40 && state !== '已撤回/未同意'; i++) {
        await me.waitFor(250)
        state = await textOf(me, '#consent-record-FACE-state').catch(() => '')
      }
      assert.equal(state, '已撤回/未同意')

      await tap(me, '#me-large-text')
      await me.waitFor('.wdt-large #me')
      await ctx.shot('me-large-text')
      const market = await ctx.driver.reLaunch('/pages/market/index?marketId=MK01')
      await market.waitFor('.wdt-large #market-view')
      await ctx.shot('market-large-text')
    },
  },
]
