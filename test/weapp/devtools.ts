/**
 * `npm run test:devtools`: the same journeys on REAL WeChat DevTools through miniprogram-automator
 * (automator.launch with the CLI at $WECHAT_DEVTOOLS_CLI, project = this folder, whose
 * project.config.json points at dist/weapp). The sandbox bank listens on 127.0.0.1:8787, the API
 * base the production weapp build calls. Not part of `npm test` (DevTools has no Linux build here).
 *
 * Usage: WECHAT_DEVTOOLS_CLI=/path/to/cli npm run test:devtools [-- name filter]
 * Differences from the simulator: restart and freshPhone reLaunch the page (storage cleared for
 * freshPhone); wx.showModal is mocked to confirm (DevTools' modal is native); screenshots are PNGs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import automator from 'miniprogram-automator'
import type MiniProgram from 'miniprogram-automator/out/MiniProgram'
import type Page from 'miniprogram-automator/out/Page'
import { createSandbox } from '../../sandbox/server'
import type { MiniProgramDriver } from '../e2e/driver'
import { sandboxHandle } from '../e2e/journey'
import { journeys } from '../e2e/journeys'
import { weappSkipReason } from './skips'
import { WeappPage, type TopPageSource } from './weapp-driver'

const ARTIFACTS = path.resolve('test/artifacts/devtools')

class DevtoolsDriver implements MiniProgramDriver, TopPageSource {
  private shots = 0

  constructor(private readonly mp: MiniProgram, private readonly shotDir: string) {}

  async topPage(): Promise<Page> {
    const page = await this.mp.currentPage()
    if (!page) throw new Error('no page is open')
    return page
  }

  async currentPath() {
    return (await this.topPage()).path
  }

  private async handle() {
    const page = await this.topPage()
    return new WeappPage(this, page.path, (page.query ?? {}) as Record<string, string>)
  }

  async reLaunch(url: string) {
    await this.mp.reLaunch(url)
    return this.handle()
  }

  async navigateTo(url: string) {
    await this.mp.navigateTo(url)
    return this.handle()
  }

  async currentPage() {
    return this.handle()
  }

  async restart() {
    const page = await this.topPage()
    const query = Object.entries((page.query ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`).join('&')
    await this.mp.reLaunch(`/${page.path}${query ? `?${query}` : ''}`)
    return this.handle()
  }

  async freshPhone() {
    await this.mp.callWxMethod('clearStorageSync')
    await this.mp.reLaunch('/pages/home/index')
  }

  async confirmModal() {
    // showModal is mocked to confirm at connect time (see main); nothing to tap.
  }

  async screenshot(name: string) {
    const file = path.join(this.shotDir, `${String(++this.shots).padStart(2, '0')}-${name}.png`)
    await this.mp.screenshot({ path: file })
    return file
  }

  async close() {
    await this.mp.callWxMethod('clearStorageSync').catch(() => undefined)
  }
}


async function main(): Promise<number> {
  const cliPath = process.env.WECHAT_DEVTOOLS_CLI
  if (!cliPath) {
    console.error(
      'test:devtools needs WeChat DevTools: set WECHAT_DEVTOOLS_CLI to its command-line tool ' +
        '(macOS: /Applications/wechatwebdevtools.app/Contents/MacOS/cli; Windows: …/微信web开发者工具/cli.bat) ' +
        'and enable Settings → Security → Service port. There is no Linux build of DevTools: on this machine use ' +
        '`npx tsx test/e2e/run.ts --target weapp` (the simulated weapp runtime) instead.',
    )
    return 2
  }
  if (!fs.existsSync(cliPath)) {
    console.error(`WECHAT_DEVTOOLS_CLI=${cliPath} does not exist`)
    return 2
  }
  if (!fs.existsSync('dist/weapp/app.js')) {
    console.error('No weapp build at dist/weapp: run `NODE_ENV=production npx taro build --type weapp` first.')
    return 1
  }
  const filter = process.argv[2]
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wdt-devtools-'))
  const server = await createSandbox({ port: 8787, dbPath: path.join(dbDir, 'sandbox.db'), mode: 'test', log: () => undefined })
  const sandbox = sandboxHandle(server.url)
  const mp = await automator.launch({ cliPath, projectPath: path.resolve('.'), trustProject: true } as Parameters<typeof automator.launch>[0])
  await mp.mockWxMethod('showModal', { confirm: true, cancel: false, errMsg: 'showModal:ok' })
  let failed = 0
  try {
    for (const journey of journeys.filter((j) => !filter || j.name.includes(filter))) {
      const skip = weappSkipReason(journey.name)
      if (skip) {
        console.log(`  - ${journey.name} (skipped: ${skip})`)
        continue
      }
      const dir = path.join(ARTIFACTS, journey.name.replace(/[^\w\u4e00-\u9fa5-]+/g, '-'))
      fs.mkdirSync(dir, { recursive: true })
      await sandbox.call('POST', '/test/reset')
      const driver = new DevtoolsDriver(mp, dir)
      const t0 = Date.now()
      try {
        await journey.run({ driver, sandbox, shot: async (n) => void (await driver.screenshot(n)), measure: () => undefined })
        console.log(`  ✓ ${journey.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
      } catch (err) {
        failed++
        console.log(`  ✗ ${journey.name}\n${err instanceof Error ? err.stack : String(err)}`)
      } finally {
        await driver.close()
      }
    }
  } finally {
    await mp.close().catch(() => undefined)
    await server.close()
    fs.rmSync(dbDir, { recursive: true, force: true })
  }
  console.log(`devtools: ${failed} failed`)
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
