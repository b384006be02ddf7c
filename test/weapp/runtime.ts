/**
 * A simulated WeChat mini-program runtime for the REAL weapp build (dist/weapp): jsdom +
 * miniprogram-simulate + j-component render the build's own WXML (compiled by WeChat's wcc from
 * miniprogram-compiler), and Taro's own runtime in dist/weapp runs the app. What WeChat provides is
 * mocked here: the `wx` API (requests go to the sandbox bank over real HTTP), `App`/`getApp`/
 * `getCurrentPages`, `Page` (adapted to `Component`, since j-component renders components), and a
 * page stack behind navigateTo/redirectTo/reLaunch/navigateBack.
 *
 * One runtime per process: Taro's runtime, React and the app's stores live in module state, so a
 * restart is a new process over the same storage file (see automation-server.ts).
 *
 * Not simulated: layout and pixels (no screenshots, so no visibility: "visible" means "rendered"),
 * native components (camera, real face verification: requestFacialVerify fails "not permitted", as
 * it does in DevTools with a tourist appid, and the app falls back to the sandbox liveness page),
 * form submit by `formType`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { JSDOM } from 'jsdom'

type Callbacks = { success?: (res: unknown) => void; fail?: (err: unknown) => void; complete?: (res: unknown) => void }
type AnyRecord = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export interface RuntimeOptions {
  /** dist/weapp */
  distDir: string
  /** The API base baked into the build (`TARO_APP_API_BASE`), rewritten to `apiTarget`. */
  apiBase: string
  /** Where the sandbox bank really listens, e.g. http://127.0.0.1:40123 */
  apiTarget: string
  /** JSON file holding wx storage (survives a restart: a new runtime over the same file). */
  storageFile: string
  /** JSON lines, one per setData call (page, bytes, time). */
  setDataLog?: string
  log?: (line: string) => void
}

export interface StackEntry {
  pageId: number
  path: string
  query: Record<string, string>
  // j-component's RootComponent
  comp: AnyRecord
  instance: AnyRecord
}

export interface SetDataRecord {
  t: number
  page: string
  component: 'page' | 'comp'
  bytes: number
  /** The driver's action (tap, input, route) this call followed, and when that action came. */
  action: number
  actionAt: number
}

let dom: JSDOM | null = null

/**
 * A WXML attribute as the template set it, by its dashed or camelCase name (WeChat's compiler
 * camelCases them; j-component keeps them on the virtual tree, not in the DOM).
 */
export function wxAttr(node: AnyRecord, name: string): unknown {
  const attrs = node.__wxElement?._vt?.attrs as { name: string; value: unknown }[] | undefined
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
  return attrs?.find((a) => a.name === name || a.name === camel)?.value
}

const truthy = (v: unknown) => v === true || v === 'true'

/** jsdom's window as the globals exparser and j-component expect. */
function installDom(): void {
  if (dom) return
  dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' })
  const w = dom.window as unknown as AnyRecord
  const g = globalThis as AnyRecord
  g.window = w
  g.document = w.document
  for (const key of [
    'Node', 'Element', 'HTMLElement', 'Text', 'Comment', 'DocumentFragment', 'Event', 'CustomEvent', 'TouchEvent',
    'MouseEvent', 'KeyboardEvent', 'FocusEvent', 'UIEvent', 'getComputedStyle', 'requestAnimationFrame',
    'cancelAnimationFrame', 'MutationObserver', 'HTMLInputElement', 'HTMLTextAreaElement',
  ]) {
    if (w[key] !== undefined && g[key] === undefined) g[key] = typeof w[key] === 'function' && /^[a-z]/.test(key) ? w[key].bind(w) : w[key]
  }
}

function parseUrl(url: string): { path: string; query: Record<string, string> } {
  const [p, q = ''] = url.split('?')
  const query: Record<string, string> = {}
  // WeChat hands the page its query values as they appear in the url (still encoded).
  for (const pair of q.split('&')) {
    if (!pair) continue
    const i = pair.indexOf('=')
    query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1)
  }
  return { path: p.replace(/^\/+/, ''), query }
}

/** Launch scenes WeChat reports: a mini-program code (scene=), an ordinary QR code (q=), a plain open. */
function launchScene(query: Record<string, string>): number {
  if ('scene' in query) return 1047
  if ('q' in query) return 1011
  return 1001
}

export class WeappRuntime {
  readonly stack: StackEntry[] = []
  readonly toasts: string[] = []
  readonly setDataCalls: SetDataRecord[] = []
  private nextPageId = 1
  private storage: Record<string, { data: unknown; encrypted?: boolean }> = {}
  private deviceId = ''
  private app: AnyRecord | null = null
  private enterOptions: AnyRecord = { path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {} }
  private simulate!: AnyRecord
  private exparser!: AnyRecord
  /** Component() definitions per file, to replay when a file is loaded again (webpack runs a module once). */
  private definitions = new Map<string, AnyRecord>()
  private loadingFile: string | null = null
  private pendingPage: { path: string; query: Record<string, string>; pageId: number } | null = null
  private navChain: Promise<unknown> = Promise.resolve()
  private phoneCodes = 0
  private action = 0
  private actionAt = Date.now()
  /** wx.showModal dialogs waiting for the borrower's answer. */
  private modals: { resolve: (confirm: boolean) => void; title: string }[] = []
  private readonly log: (line: string) => void

  constructor(private readonly opts: RuntimeOptions) {
    this.log = opts.log ?? (() => undefined)
    this.loadStorage()
  }

  // ---------------------------------------------------------------- boot

  /** Sets up globals, runs dist/weapp/app.js and the app's onLaunch/onShow. */
  boot(launchUrl: string): void {
    installDom()
    const g = globalThis as AnyRecord
    g.wx = this.wxApi()
    // miniprogram-simulate merges its own wx mock under ours and registers the built-in components.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.simulate = require('miniprogram-simulate')
    const jcDir = path.dirname(require.resolve('j-component/package.json'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.exparser = require(require.resolve('miniprogram-exparser', { paths: [jcDir] }))
    Object.assign(g.wx, this.wxApi())
    this.hookComponentRegistration()

    g.App = (config: AnyRecord) => {
      this.app = config
    }
    g.getApp = () => this.app
    g.getCurrentPages = () => this.stack.map((e) => e.instance)
    g.Page = (config: AnyRecord) => g.Component(this.adaptPage(config))
    // What the automation protocol's App.callFunction may reach besides wx (the simulator's own UI).
    g.__weappSimulator = { answerModal: (confirm: boolean) => this.answerModal(confirm) }

    const { path: p, query } = parseUrl(launchUrl)
    this.enterOptions = { path: p, query, scene: launchScene(query), referrerInfo: {} }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(this.opts.distDir, 'app.js'))
    if (!this.app) throw new Error('dist/weapp/app.js did not call App()')
    this.app.onLaunch?.call(this.app, { ...this.enterOptions })
    this.app.onShow?.call(this.app, { ...this.enterOptions })
  }

  /** simulate.load runs a file's JS each time; the build's webpack modules only run once. */
  private hookComponentRegistration() {
    const g = globalThis as AnyRecord
    const simulateComponent = g.Component
    g.Component = (options: AnyRecord) => {
      const wrapped = this.meterSetData(options)
      if (this.loadingFile && !this.definitions.has(this.loadingFile)) this.definitions.set(this.loadingFile, wrapped)
      return simulateComponent(wrapped)
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const utils = require('miniprogram-simulate/src/utils')
    const originalRunJs = utils.runJs
    utils.runJs = (file: string) => {
      const known = this.definitions.get(file)
      if (known) return simulateComponent(known)
      this.loadingFile = file
      try {
        return originalRunJs(file)
      } finally {
        this.loadingFile = null
      }
    }
  }

  /** Wraps setData on every page and component instance to count calls and payload bytes. */
  private meterSetData(options: AnyRecord): AnyRecord {
    const runtime = this
    const kind: 'page' | 'comp' = options.__wdtPage ? 'page' : 'comp'
    const lifetimes = { ...(options.lifetimes ?? {}) }
    const created = lifetimes.created ?? options.created
    lifetimes.created = function (this: AnyRecord, ...args: unknown[]) {
      const original = this.setData
      this.setData = function (this: AnyRecord, data: AnyRecord, cb?: () => void) {
        runtime.recordSetData(kind, data)
        return original.call(this, data, cb)
      }
      return created?.apply(this, args)
    }
    return { ...options, lifetimes }
  }

  private recordSetData(component: 'page' | 'comp', data: unknown) {
    let bytes = 0
    try {
      bytes = Buffer.byteLength(JSON.stringify(data) ?? '')
    } catch {
      bytes = -1
    }
    const top = this.pendingPage?.path ?? this.stack[this.stack.length - 1]?.path ?? '?'
    const record: SetDataRecord = { t: Date.now(), page: top, component, bytes, action: this.action, actionAt: this.actionAt }
    this.setDataCalls.push(record)
    if (this.opts.setDataLog) fs.appendFileSync(this.opts.setDataLog, JSON.stringify(record) + '\n')
  }

  /**
   * Taro's Page(config) as a Component: the page's handlers become methods; onLoad(query), onShow
   * and onReady run from the component's lifetimes, with `route` and `options` set as WeChat does.
   */
  private adaptPage(config: AnyRecord): AnyRecord {
    const runtime = this
    const methods: AnyRecord = {}
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value
    return {
      __wdtPage: true,
      data: config.data ?? {},
      options: { addGlobalClass: true, multipleSlots: true },
      methods,
      lifetimes: {
        attached(this: AnyRecord) {
          const pending = runtime.pendingPage
          if (!pending) throw new Error('a page attached outside a navigation')
          this.route = pending.path
          this.__route__ = pending.path
          this.options = { ...pending.query }
          this.__wxWebviewId__ = pending.pageId
          this.__wdtPageId = pending.pageId
          this.onLoad?.({ ...pending.query })
          this.onShow?.()
        },
        ready(this: AnyRecord) {
          this.onReady?.()
        },
        detached(this: AnyRecord) {
          this.onUnload?.()
        },
      },
    }
  }

  // ---------------------------------------------------------------- pages

  private loadPage(url: string): StackEntry {
    const { path: p, query } = parseUrl(url)
    const file = path.join(this.opts.distDir, p)
    if (!fs.existsSync(`${file}.json`)) throw new Error(`page "${p}" is not in the build`)
    const pageId = this.nextPageId++
    this.pendingPage = { path: p, query, pageId }
    try {
      const id = this.simulate.load(file, { rootPath: this.opts.distDir })
      const comp = this.simulate.render(id)
      const container = document.createElement('div')
      container.setAttribute('data-page', p)
      document.body.appendChild(container)
      comp.attach(container)
      const entry: StackEntry = { pageId, path: p, query, comp, instance: comp.instance }
      return entry
    } finally {
      this.pendingPage = null
    }
  }

  private unload(entry: StackEntry) {
    try {
      const container = entry.comp.dom?.parentNode
      entry.comp.detach()
      container?.remove?.()
    } catch (err) {
      this.log(`unload ${entry.path}: ${String(err)}`)
    }
  }

  private hideTop() {
    const top = this.stack[this.stack.length - 1]
    top?.instance?.onHide?.()
  }

  private showTop() {
    const top = this.stack[this.stack.length - 1]
    top?.instance?.onShow?.()
  }

  /** Route changes, one at a time and asynchronous, as in WeChat. */
  private route(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'navigateBack' | 'switchTab', opts: AnyRecord & Callbacks) {
    const run = async () => {
      await new Promise((r) => setTimeout(r, 0))
      switch (kind) {
        case 'navigateTo': {
          if (this.stack.length >= 10) throw new Error('navigateTo:fail webview count limit exceed')
          this.hideTop()
          this.stack.push(this.loadPage(opts.url))
          break
        }
        case 'redirectTo': {
          const old = this.stack.pop()
          if (old) this.unload(old)
          this.stack.push(this.loadPage(opts.url))
          break
        }
        case 'reLaunch':
        case 'switchTab': {
          while (this.stack.length) this.unload(this.stack.pop()!)
          this.stack.push(this.loadPage(opts.url))
          break
        }
        case 'navigateBack': {
          const delta = Math.max(1, Number(opts.delta ?? 1))
          if (this.stack.length <= 1) throw new Error('navigateBack:fail cannot navigate back at first page.')
          for (let i = 0; i < delta && this.stack.length > 1; i++) this.unload(this.stack.pop()!)
          this.showTop()
          break
        }
      }
    }
    const done = this.navChain.then(run)
    this.navChain = done.catch(() => undefined)
    done.then(
      () => {
        const res = { errMsg: `${kind}:ok` }
        opts.success?.(res)
        opts.complete?.(res)
      },
      (err: unknown) => {
        const res = { errMsg: err instanceof Error && err.message.startsWith(kind) ? err.message : `${kind}:fail ${String(err)}` }
        this.log(`${kind} ${opts.url ?? ''}: ${res.errMsg}`)
        opts.fail?.(res)
        opts.complete?.(res)
      },
    )
    return done
  }

  /** A cold launch at a url (what the automation server's reLaunch means to the journeys). */
  async launchAt(url: string): Promise<void> {
    const { query } = parseUrl(url)
    this.enterOptions = { path: parseUrl(url).path, query, scene: launchScene(query), referrerInfo: {} }
    await this.route('reLaunch', { url })
  }

  async callRoute(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'navigateBack' | 'switchTab', opts: AnyRecord): Promise<void> {
    if (kind === 'reLaunch') return this.launchAt(opts.url)
    await this.route(kind, opts)
  }

  /** Resolves when queued navigations have run. */
  async settled(): Promise<void> {
    await this.navChain
  }

  current(): StackEntry | undefined {
    return this.stack[this.stack.length - 1]
  }

  // ---------------------------------------------------------------- events

  /** Dispatches a WeChat event on a rendered node (the exparser element behind a DOM node). */
  dispatch(node: AnyRecord, type: string, detail: AnyRecord = {}): void {
    const target = node.__wxElement
    if (!target) throw new Error(`no exparser element behind <${node.tagName?.toLowerCase()}>`)
    const ex = this.exparser
    ex.Event.dispatchEvent(
      target,
      ex.Event.create(type, detail, { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: [], changedTouches: [] } }),
    )
  }

  /** A tap as WeChat delivers it, plus the open-type behaviour of a button. */
  tap(node: AnyRecord): void {
    const tag = String(node.tagName).toLowerCase()
    // WeChat fires no tap on a disabled or loading button.
    if (tag === 'wx-button' && (truthy(wxAttr(node, 'disabled')) || truthy(wxAttr(node, 'loading')))) return
    this.dispatch(node, 'touchstart', {})
    this.dispatch(node, 'touchend', {})
    this.dispatch(node, 'tap', { x: 0, y: 0 })
    if (tag === 'wx-button') {
      const openType = wxAttr(node, 'open-type')
      if (openType === 'getPhoneNumber') {
        // WeChat's phone sheet, accepted: the event carries a one-time code for the bank's server.
        const code = `sim-phone-${this.deviceId}-${++this.phoneCodes}`
        setTimeout(() => this.dispatch(node, 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code }), 50)
      }
    }
  }

  /** Marks a user action (tap, input, route): setData calls are attributed to the latest one. */
  markAction(): void {
    this.action++
    this.actionAt = Date.now()
  }

  /** Answers the oldest open modal; false when none is open. */
  answerModal(confirm: boolean): boolean {
    const modal = this.modals.shift()
    if (!modal) return false
    modal.resolve(confirm)
    return true
  }

  // ---------------------------------------------------------------- storage

  private loadStorage() {
    try {
      const saved = JSON.parse(fs.readFileSync(this.opts.storageFile, 'utf8')) as { device: string; items: WeappRuntime['storage'] }
      this.storage = saved.items ?? {}
      this.deviceId = saved.device
    } catch {
      this.storage = {}
    }
    if (!this.deviceId) {
      this.deviceId = crypto.randomBytes(6).toString('hex')
      this.saveStorage()
    }
  }

  private saveStorage() {
    fs.writeFileSync(this.opts.storageFile, JSON.stringify({ device: this.deviceId, items: this.storage }))
  }

  storageKeys(): string[] {
    return Object.keys(this.storage)
  }

  // ---------------------------------------------------------------- wx

  private async request(opts: AnyRecord & Callbacks, signal: AbortSignal) {
    const url = String(opts.url).startsWith(this.opts.apiBase) ? this.opts.apiTarget + String(opts.url).slice(this.opts.apiBase.length) : String(opts.url)
    if (!url.startsWith('http://127.0.0.1') && !url.startsWith('http://localhost')) {
      throw new Error(`request:fail url not in domain list: ${opts.url}`)
    }
    const method = String(opts.method ?? 'GET').toUpperCase()
    const headers: Record<string, string> = { ...(opts.header ?? {}) }
    let body: string | undefined
    if (opts.data !== undefined && method !== 'GET') {
      body = typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data)
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
    }
    let finalUrl = url
    if (opts.data && method === 'GET' && typeof opts.data === 'object') {
      const qs = new URLSearchParams(Object.entries(opts.data as AnyRecord).map(([k, v]) => [k, String(v)])).toString()
      if (qs) finalUrl += (url.includes('?') ? '&' : '?') + qs
    }
    const timeout = AbortSignal.timeout(Number(opts.timeout ?? 60_000))
    const res = await fetch(finalUrl, { method, headers, body, signal: AbortSignal.any([signal, timeout]) })
    const text = await res.text()
    let data: unknown = text
    if (opts.dataType !== '其他' && opts.responseType !== 'arraybuffer') {
      try {
        data = text ? JSON.parse(text) : ''
      } catch {
        data = text
      }
    }
    const header: Record<string, string> = {}
    res.headers.forEach((v, k) => {
      header[k] = v
    })
    return { statusCode: res.status, data, header, errMsg: 'request:ok' }
  }

  wxApi(): AnyRecord {
    const ok = (name: string, res: AnyRecord = {}) => ({ errMsg: `${name}:ok`, ...res })
    const call = (opts: Callbacks | undefined, fn: () => unknown, name: string) => {
      setTimeout(() => {
        try {
          const res = fn() as AnyRecord
          opts?.success?.(res)
          opts?.complete?.(res)
        } catch (err) {
          const res = { errMsg: err instanceof Error && err.message.startsWith(name) ? err.message : `${name}:fail ${String(err)}` }
          opts?.fail?.(res)
          opts?.complete?.(res)
        }
      }, 0)
    }
    const readItem = (key: string, encrypt: boolean, name: string) => {
      const item = this.storage[key]
      if (!item) throw new Error(`${name}:fail data not found`)
      if (item.encrypted && !encrypt) return Buffer.from(JSON.stringify(item.data)).toString('base64')
      if (!item.encrypted && encrypt) throw new Error(`${name}:fail decrypt fail`)
      return item.data
    }
    return {
      // -- network
      request: (opts: AnyRecord & Callbacks) => {
        const controller = new AbortController()
        this.request(opts, controller.signal).then(
          (res) => {
            opts.success?.(res)
            opts.complete?.(res)
          },
          (err: unknown) => {
            const msg = err instanceof Error ? err.message : String(err)
            const res = { errMsg: msg.startsWith('request:fail') ? msg : /abort/i.test(msg) ? 'request:fail abort' : `request:fail ${msg}` }
            opts.fail?.(res)
            opts.complete?.(res)
          },
        )
        return {
          abort: () => controller.abort(),
          onHeadersReceived: () => undefined,
          offHeadersReceived: () => undefined,
          onChunkReceived: () => undefined,
          offChunkReceived: () => undefined,
        }
      },
      uploadFile: (opts: AnyRecord & Callbacks) => {
        const run = async () => {
          const url = String(opts.url).replace(this.opts.apiBase, this.opts.apiTarget)
          const form = new FormData()
          for (const [k, v] of Object.entries(opts.formData ?? {})) form.append(k, String(v))
          const file = String(opts.filePath).replace(/^wxfile:\/\/tmp\//, '')
          const bytes = fs.readFileSync(file)
          form.append(opts.name ?? 'file', new Blob([bytes], { type: 'image/jpeg' }), path.basename(file))
          const res = await fetch(url, { method: 'POST', headers: opts.header ?? {}, body: form })
          return { statusCode: res.status, data: await res.text(), errMsg: 'uploadFile:ok' }
        }
        run().then(
          (res) => {
            opts.success?.(res)
            opts.complete?.(res)
          },
          (err: unknown) => {
            const res = { errMsg: `uploadFile:fail ${String(err)}` }
            opts.fail?.(res)
            opts.complete?.(res)
          },
        )
        return { abort: () => undefined, onProgressUpdate: () => undefined, offProgressUpdate: () => undefined }
      },
      // -- storage (encrypt: true is kept apart, as WeChat does)
      setStorage: (opts: AnyRecord & Callbacks) =>
        call(opts, () => {
          this.storage[opts.key] = { data: opts.data, encrypted: !!opts.encrypt }
          this.saveStorage()
          return ok('setStorage')
        }, 'setStorage'),
      getStorage: (opts: AnyRecord & Callbacks) => call(opts, () => ok('getStorage', { data: readItem(opts.key, !!opts.encrypt, 'getStorage') }), 'getStorage'),
      removeStorage: (opts: AnyRecord & Callbacks) =>
        call(opts, () => {
          delete this.storage[opts.key]
          this.saveStorage()
          return ok('removeStorage')
        }, 'removeStorage'),
      clearStorage: (opts?: Callbacks) =>
        call(opts, () => {
          this.storage = {}
          this.saveStorage()
          return ok('clearStorage')
        }, 'clearStorage'),
      setStorageSync: (key: string, data: unknown) => {
        this.storage[key] = { data }
        this.saveStorage()
      },
      getStorageSync: (key: string) => {
        const item = this.storage[key]
        if (!item) return ''
        return item.encrypted ? Buffer.from(JSON.stringify(item.data)).toString('base64') : item.data
      },
      removeStorageSync: (key: string) => {
        delete this.storage[key]
        this.saveStorage()
      },
      clearStorageSync: () => {
        this.storage = {}
        this.saveStorage()
      },
      getStorageInfoSync: () => ({ keys: Object.keys(this.storage), currentSize: 0, limitSize: 10240 }),
      getStorageInfo: (opts: Callbacks) => call(opts, () => ok('getStorageInfo', { keys: Object.keys(this.storage), currentSize: 0, limitSize: 10240 }), 'getStorageInfo'),
      // -- login: a code per call; the sandbox's code2session maps this phone's codes to one openid
      login: (opts: Callbacks) => call(opts, () => ok('login', { code: `sim-${this.deviceId}` }), 'login'),
      checkSession: (opts: Callbacks) => call(opts, () => ok('checkSession'), 'checkSession'),
      // -- face verification is for licensed institutions: not permitted here, as in DevTools
      requestFacialVerify: (opts: Callbacks) =>
        call(opts, () => {
          throw new Error('requestFacialVerify:fail api not permitted for this appid')
        }, 'requestFacialVerify'),
      checkIsSupportFacialRecognition: (opts: Callbacks) => call(opts, () => ok('checkIsSupportFacialRecognition'), 'checkIsSupportFacialRecognition'),
      // -- media: a picture from the "album" (a fixture file path, if WEAPP_MEDIA_FILE is set)
      chooseMedia: (opts: Callbacks) =>
        call(opts, () => {
          const file = process.env.WEAPP_MEDIA_FILE
          if (!file) throw new Error('chooseMedia:fail cancel')
          return ok('chooseMedia', { type: 'image', tempFiles: [{ tempFilePath: `wxfile://tmp/${file}`, size: fs.statSync(file).size, fileType: 'image' }] })
        }, 'chooseMedia'),
      // -- interaction
      showToast: (opts: AnyRecord & Callbacks) =>
        call(opts, () => {
          this.toasts.push(String(opts.title ?? ''))
          this.log(`toast: ${opts.title}`)
          return ok('showToast')
        }, 'showToast'),
      hideToast: (opts?: Callbacks) => call(opts, () => ok('hideToast'), 'hideToast'),
      showLoading: (opts: Callbacks) => call(opts, () => ok('showLoading'), 'showLoading'),
      hideLoading: (opts?: Callbacks) => call(opts, () => ok('hideLoading'), 'hideLoading'),
      // A modal waits for the borrower (answerModal, from the automation server).
      showModal: (opts: AnyRecord & Callbacks) => {
        this.toasts.push(`[modal] ${opts.title ?? ''} ${opts.content ?? ''}`)
        this.modals.push({
          title: String(opts.title ?? ''),
          resolve: (confirm) => {
            const res = ok('showModal', { confirm, cancel: !confirm })
            opts.success?.(res)
            opts.complete?.(res)
          },
        })
      },
      showActionSheet: (opts: Callbacks) => call(opts, () => ok('showActionSheet', { tapIndex: 0 }), 'showActionSheet'),
      setNavigationBarTitle: (opts: Callbacks) => call(opts, () => ok('setNavigationBarTitle'), 'setNavigationBarTitle'),
      pageScrollTo: (opts: Callbacks) => call(opts, () => ok('pageScrollTo'), 'pageScrollTo'),
      makePhoneCall: (opts: Callbacks) => call(opts, () => ok('makePhoneCall'), 'makePhoneCall'),
      vibrateShort: (opts: Callbacks) => call(opts, () => ok('vibrateShort'), 'vibrateShort'),
      // -- routing: a page stack over simulate.load
      navigateTo: (opts: AnyRecord & Callbacks) => void this.route('navigateTo', opts),
      redirectTo: (opts: AnyRecord & Callbacks) => void this.route('redirectTo', opts),
      reLaunch: (opts: AnyRecord & Callbacks) => void this.route('reLaunch', opts),
      switchTab: (opts: AnyRecord & Callbacks) => void this.route('switchTab', opts),
      navigateBack: (opts: AnyRecord & Callbacks = {}) => void this.route('navigateBack', opts),
      // -- privacy, capture, subscriptions
      setVisualEffectOnCapture: (opts: AnyRecord & Callbacks) => call(opts, () => ok('setVisualEffectOnCapture'), 'setVisualEffectOnCapture'),
      requirePrivacyAuthorize: (opts: Callbacks) => call(opts, () => ok('requirePrivacyAuthorize'), 'requirePrivacyAuthorize'),
      getPrivacySetting: (opts: Callbacks) => call(opts, () => ok('getPrivacySetting', { needAuthorization: false, privacyContractName: '《微贷通隐私保护指引》' }), 'getPrivacySetting'),
      onNeedPrivacyAuthorization: () => undefined,
      requestSubscribeMessage: (opts: AnyRecord & Callbacks) =>
        call(opts, () => ok('requestSubscribeMessage', Object.fromEntries(((opts.tmplIds as string[]) ?? []).map((id) => [id, 'accept']))), 'requestSubscribeMessage'),
      // -- environment
      getAppBaseInfo: () => ({ SDKVersion: '3.7.0', language: 'zh_CN', version: '8.0.50', theme: 'light', fontSizeSetting: 16, enableDebug: false, host: { env: 'WeChat' } }),
      getEnterOptionsSync: () => ({ ...this.enterOptions, query: { ...this.enterOptions.query } }),
      getLaunchOptionsSync: () => ({ ...this.enterOptions, query: { ...this.enterOptions.query } }),
      getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
      onAppRoute: () => undefined,
      onAppRouteDone: () => undefined,
    }
  }
}
