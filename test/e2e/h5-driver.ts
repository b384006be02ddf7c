/**
 * The H5 driver: Debian's Chromium through playwright-core, a phone-sized touch viewport, every
 * request outside this machine blocked. Selectors are CSS (the app's ids), as with automator.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { ElementHandle, MiniProgramDriver, PageHandle } from './driver'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const DEFAULT_TIMEOUT_MS = 15_000

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (see README)`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

function parseHashRoute(url: string): { path: string; query: Record<string, string> } {
  const hash = new URL(url).hash.replace(/^#\/?/, '')
  const [p, q = ''] = hash.split('?')
  return { path: p || 'pages/home/index', query: Object.fromEntries(new URLSearchParams(q)) }
}

class H5Element implements ElementHandle {
  constructor(private readonly page: Page, private readonly selector: string) {}

  async tap() {
    await this.page.locator(this.selector).first().tap({ timeout: DEFAULT_TIMEOUT_MS })
  }

  private field() {
    return this.page.locator(`${this.selector} input, ${this.selector} textarea, input${this.selector}`).first()
  }

  async input(value: string) {
    const target = this.field()
    await target.fill(value, { timeout: DEFAULT_TIMEOUT_MS })
    await target.blur()
  }

  async value() {
    return this.field().inputValue({ timeout: DEFAULT_TIMEOUT_MS })
  }

  async text() {
    return (await this.page.locator(this.selector).first().innerText()).trim()
  }

  async attribute(name: string) {
    return this.page.locator(this.selector).first().getAttribute(name)
  }
}

class H5Page implements PageHandle {
  path: string
  query: Record<string, string>

  constructor(private readonly page: Page) {
    const route = parseHashRoute(page.url())
    this.path = route.path
    this.query = route.query
  }

  async $(selector: string) {
    return (await this.page.locator(selector).count()) > 0 ? new H5Element(this.page, selector) : null
  }

  async waitFor(selectorOrMs: string | number, timeoutMs = DEFAULT_TIMEOUT_MS) {
    if (typeof selectorOrMs === 'number') {
      await this.page.waitForTimeout(selectorOrMs)
      return
    }
    await this.page.locator(selectorOrMs).first().waitFor({ state: 'visible', timeout: timeoutMs })
  }
}

export class H5Driver implements MiniProgramDriver {
  private shots = 0

  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly baseUrl: string,
    private readonly shotDir: string,
  ) {}

  /** A fresh browser profile (no storage): a new phone, a new borrower. */
  static async open(browser: Browser, baseUrl: string, shotDir: string): Promise<H5Driver> {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    })
    const origin = new URL(baseUrl).origin
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) || route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    )
    const page = await context.newPage()
    fs.mkdirSync(shotDir, { recursive: true })
    return new H5Driver(context, page, baseUrl, shotDir)
  }

  private async settle(): Promise<H5Page> {
    await this.page.waitForLoadState('domcontentloaded')
    return new H5Page(this.page)
  }

  async reLaunch(url: string) {
    // A cold start: leave the app, then open it at the url.
    await this.page.goto('about:blank')
    await this.page.goto(`${this.baseUrl}/#${url}`)
    return this.settle()
  }

  async navigateTo(url: string) {
    await this.page.evaluate((hash) => {
      window.location.hash = hash
    }, url)
    return this.settle()
  }

  async currentPage() {
    return new H5Page(this.page)
  }

  async restart() {
    await this.page.reload()
    return this.settle()
  }

  async freshPhone() {
    await this.context.clearCookies()
    await this.page.evaluate(() => {
      localStorage.clear()
      sessionStorage.clear()
    })
  }

  async confirmModal() {
    // Taro H5 renders wx.showModal as DOM; its confirm button's class is spelled this way.
    await this.page.locator('.taro-model__confirm').first().tap({ timeout: DEFAULT_TIMEOUT_MS })
  }

  async screenshot(name: string) {
    const file = path.join(this.shotDir, `${String(++this.shots).padStart(2, '0')}-${name}.png`)
    await this.page.screenshot({ path: file })
    return file
  }

  async close() {
    await this.context.close()
  }

  /** For journeys that simulate an unreachable bank. */
  async setOffline(offline: boolean) {
    await this.context.setOffline(offline)
  }
}
