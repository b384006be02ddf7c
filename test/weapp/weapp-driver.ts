/**
 * The weapp driver: the journeys drive the REAL weapp build through miniprogram-automator's own
 * client (MiniProgram / Page / Element), connected to the simulated runtime's automation server
 * (automation-server.ts, a child process) instead of WeChat DevTools.
 *
 * - A page handle means "the screen" (as with the H5 driver, where a handle is the browser tab):
 *   every query goes to the page on top of the stack when it is made.
 * - Restart: the runtime process is closed and a new one starts over the same storage file (a new
 *   JS runtime, the phone's storage kept), then opens the page the borrower was on.
 * - "Screenshots": the simulator has no pixels, so each shot saves the page's WXML
 *   (test/artifacts/weapp/<journey>/NN-step.wxml).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import nodePath from 'node:path'
import automator from 'miniprogram-automator'
import type MiniProgram from 'miniprogram-automator/out/MiniProgram'
import type Page from 'miniprogram-automator/out/Page'
import type Element from 'miniprogram-automator/out/Element'
import type { ElementHandle, MiniProgramDriver, PageHandle } from '../e2e/driver'

const DEFAULT_TIMEOUT_MS = 15_000
const POLL_MS = 50
const SERVER = nodePath.resolve(__dirname, 'automation-server.ts')

export interface WeappDriverOptions {
  /** The sandbox bank's real URL; the build's http://127.0.0.1:8787 is forwarded there. */
  apiTarget: string
  /** This phone's wx storage (a JSON file). */
  storageFile: string
  /** Where each step's WXML goes. */
  shotDir: string
  /** JSON lines, one per setData call. */
  setDataLog?: string
  distDir?: string
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Starts the simulated runtime at `launchUrl`; resolves with its process and endpoint. */
function startRuntime(opts: WeappDriverOptions, launchUrl: string): Promise<{ child: ChildProcess; endpoint: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
      env: {
        ...process.env,
        WEAPP_API_TARGET: opts.apiTarget,
        WEAPP_STORAGE: opts.storageFile,
        WEAPP_LAUNCH: launchUrl,
        WEAPP_DIST: nodePath.resolve(opts.distDir ?? 'dist/weapp'),
        ...(opts.setDataLog ? { WEAPP_SETDATA_LOG: opts.setDataLog } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the simulated weapp runtime did not start in 60 s\n${err}`))
    }, 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = out.match(/automation (ws:\/\/\S+)/)
      if (m) {
        clearTimeout(timer)
        resolve({ child, endpoint: m[1] })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      if (process.env.WEAPP_VERBOSE === '1') process.stderr.write(chunk)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the simulated weapp runtime exited (${code}) before it was ready\n${err.slice(-4000)}`))
    })
  })
}

export class WeappElement implements ElementHandle {
  constructor(private readonly element: Element) {}

  async tap() {
    await this.element.tap()
  }

  /** The input itself, or the first input/textarea inside (NutUI wraps Taro's Input). */
  private async field(): Promise<Element> {
    if (this.element.tagName === 'input' || this.element.tagName === 'textarea') return this.element
    const inner = (await this.element.$('input')) ?? (await this.element.$('textarea'))
    if (!inner) throw new Error('no input inside this element')
    return inner
  }

  async input(value: string) {
    const field = (await this.field()) as Element & { input(v: string): Promise<void> }
    await field.input(value)
  }

  async value() {
    return String((await (await this.field()).value()) ?? '')
  }

  async text() {
    return String((await this.element.text()) ?? '').trim()
  }

  async attribute(name: string) {
    const v = await this.element.attribute(name)
    return v === undefined || v === null ? null : String(v)
  }
}

/** Whatever answers "which page is on top" through automator (the simulator, or DevTools). */
export interface TopPageSource {
  topPage(): Promise<Page>
  currentPath(): Promise<string>
}

export class WeappPage implements PageHandle {
  constructor(
    private readonly driver: TopPageSource,
    readonly path: string,
    readonly query: Record<string, string>,
  ) {}

  async $(selector: string) {
    const page = await this.driver.topPage()
    const element = await page.$(selector)
    return element ? new WeappElement(element) : null
  }

  async waitFor(selectorOrMs: string | number, timeoutMs = DEFAULT_TIMEOUT_MS) {
    if (typeof selectorOrMs === 'number') {
      await sleep(selectorOrMs)
      return
    }
    const deadline = Date.now() + timeoutMs
    let lastError: unknown
    for (;;) {
      try {
        const page = await this.driver.topPage()
        if ((await page.$$(selectorOrMs)).length > 0) return
      } catch (err) {
        lastError = err
      }
      if (Date.now() > deadline) {
        const where = await this.driver.currentPath().catch(() => '?')
        throw new Error(`waiting for ${selectorOrMs} on ${where}: timed out after ${timeoutMs} ms${lastError ? ` (${String(lastError)})` : ''}`)
      }
      await sleep(POLL_MS)
    }
  }
}

export class WeappDriver implements MiniProgramDriver, TopPageSource {
  private shots = 0
  private child: ChildProcess | null = null
  private mp: MiniProgram | null = null

  private constructor(private readonly opts: WeappDriverOptions) {}

  /** A fresh phone: new storage, the runtime started at the home page. */
  static async open(opts: WeappDriverOptions): Promise<WeappDriver> {
    fs.mkdirSync(opts.shotDir, { recursive: true })
    fs.rmSync(opts.storageFile, { force: true })
    const driver = new WeappDriver(opts)
    await driver.start('/pages/home/index')
    return driver
  }

  private async start(launchUrl: string) {
    const { child, endpoint } = await startRuntime(this.opts, launchUrl)
    this.child = child
    this.mp = await automator.connect({ wsEndpoint: endpoint })
  }

  private async stop() {
    const child = this.child
    this.child = null
    if (this.mp) {
      this.mp.disconnect()
      this.mp = null
    }
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(3000)])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  }

  private get miniProgram(): MiniProgram {
    if (!this.mp) throw new Error('the weapp runtime is not running')
    return this.mp
  }

  /** The page on top of the stack, through automator. */
  async topPage(): Promise<Page> {
    const page = await this.miniProgram.currentPage()
    if (!page) throw new Error('no page is open')
    return page
  }

  async currentPath(): Promise<string> {
    return (await this.topPage()).path
  }

  private async handle(): Promise<WeappPage> {
    const page = await this.topPage()
    return new WeappPage(this, page.path, (page.query ?? {}) as Record<string, string>)
  }

  /**
   * automator's MiniProgram.reLaunch/navigateTo wait a fixed 3 s after the call (for DevTools);
   * the simulated runtime answers once the route has run, so the driver calls the same wx method
   * through automator (`callWxMethod`) and reads the page at once.
   */
  async reLaunch(url: string) {
    await this.miniProgram.callWxMethod('reLaunch', { url })
    return this.handle()
  }

  async navigateTo(url: string) {
    await this.miniProgram.callWxMethod('navigateTo', { url })
    return this.handle()
  }

  async currentPage() {
    return this.handle()
  }

  async restart() {
    const page = await this.topPage()
    const query = Object.entries((page.query ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`).join('&')
    const url = `/${page.path}${query ? `?${query}` : ''}`
    await this.stop()
    await this.start(url)
    return this.handle()
  }

  /** Another phone: a new runtime over empty storage (a new WeChat user: new login codes). */
  async freshPhone() {
    await this.stop()
    fs.rmSync(this.opts.storageFile, { force: true })
    await this.start('/pages/home/index')
  }

  /**
   * Taps the modal's confirm button. WeChat's modal is native (DevTools cannot tap it either); the
   * simulator holds it open until answered, through automator's MiniProgram.evaluate.
   */
  async confirmModal() {
    const deadline = Date.now() + DEFAULT_TIMEOUT_MS
    while (!(await this.miniProgram.evaluate('function () { return __weappSimulator.answerModal(true) }'))) {
      if (Date.now() > deadline) throw new Error('no modal dialog opened')
      await sleep(POLL_MS)
    }
  }

  /** No pixels in the simulator: the page's WXML, saved per step. */
  async screenshot(name: string) {
    const file = nodePath.join(this.opts.shotDir, `${String(++this.shots).padStart(2, '0')}-${name}.wxml`)
    const page = await this.topPage()
    const root = await page.$('page')
    const wxml = root ? await root.outerWxml() : ''
    fs.writeFileSync(file, `<!-- ${page.path} -->\n${wxml}`)
    return file
  }

  /** Ends the session: the connection closed and the runtime process stopped. */
  async close() {
    await this.stop()
  }
}
