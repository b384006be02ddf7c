/**
 * A local server speaking the WeChat DevTools automation protocol (JSON over a WebSocket:
 * `{id, method, params}` → `{id, result}` or `{id, error: {message}}`) on top of the simulated
 * runtime (runtime.ts), so that miniprogram-automator's `automator.connect({ wsEndpoint })` drives
 * the real weapp build as it would drive DevTools.
 *
 * Implemented: the methods miniprogram-automator 0.12's MiniProgram, Page and Element send for
 * routing, queries, taps, input and reads (see `handlers` below). Not implemented (an error says
 * so): screenshots (no pixels; use Element.getWXML), mocks by function source, xpath, audits.
 *
 * Selectors are CSS over the rendered tree (ids, classes without j-component's prefix, attribute
 * selectors, :not, descendants), plus Playwright's `:has-text("…")` as a last simple suffix, which
 * the journeys use. Run as a process: `tsx test/weapp/automation-server.ts` with env
 * WEAPP_API_TARGET (the sandbox's URL), WEAPP_STORAGE (a JSON file), WEAPP_LAUNCH (first url),
 * optional WEAPP_PORT (0 = any), WEAPP_SETDATA_LOG; it prints `automation ws://127.0.0.1:PORT`.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import { WeappRuntime, wxAttr, type StackEntry } from './runtime'

type AnyRecord = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Params = AnyRecord

const ROUTE_METHODS = new Set(['navigateTo', 'redirectTo', 'reLaunch', 'navigateBack', 'switchTab'])
/** j-component prefixes every class with the component's tag name: `main--wdt-page`. */
const CLASS_PREFIX = /^(main|comp)--/

class ProtocolError extends Error {}

function tagOf(node: AnyRecord): string {
  return String(node.tagName ?? '').toLowerCase().replace(/^wx-/, '')
}

/** Makes the rendered DOM queryable as the app's WXML: ids as attributes, classes unprefixed. */
function normalize(root: AnyRecord) {
  const all = [root, ...Array.from(root.querySelectorAll('*') as ArrayLike<AnyRecord>)]
  for (const node of all) {
    const wx = node.__wxElement
    if (!wx) continue
    const id = wx.id
    if (id && node.getAttribute('id') !== id) node.setAttribute('id', id)
    if (!id && node.hasAttribute('id')) node.removeAttribute('id')
    const cls = node.getAttribute('class')
    if (cls && /(^|\s)(main|comp)--/.test(cls)) {
      node.setAttribute('class', cls.split(/\s+/).map((c: string) => c.replace(CLASS_PREFIX, '')).join(' '))
    }
  }
}

/** Text as a reader sees it: whitespace collapsed, trimmed (jsdom has no innerText). */
function textOf(node: AnyRecord): string {
  return String(node.textContent ?? '').replace(/\s+/g, ' ').trim()
}

function escapeXml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The WXML of a rendered node (tags without `wx-`, template attributes that carry meaning). */
function wxmlOf(node: AnyRecord, depth = 0): string {
  if (node.nodeType === 3) {
    const t = String(node.textContent).trim()
    return t ? `${'  '.repeat(depth)}${escapeXml(t)}\n` : ''
  }
  if (node.nodeType !== 1) return ''
  const tag = tagOf(node)
  if (tag === 'div') return Array.from(node.childNodes as ArrayLike<AnyRecord>).map((c) => wxmlOf(c, depth)).join('')
  const attrs: string[] = []
  const id = node.getAttribute('id')
  if (id && !/^_/.test(id)) attrs.push(`id="${escapeXml(id)}"`)
  const cls = node.getAttribute('class')
  if (cls) attrs.push(`class="${escapeXml(cls)}"`)
  for (const name of ['value', 'placeholder', 'disabled', 'open-type', 'type', 'src', 'checked']) {
    const v = wxAttr(node, name)
    if (v !== undefined && v !== '' && v !== false && v !== null) attrs.push(`${name}="${escapeXml(String(v))}"`)
  }
  const children = Array.from(node.childNodes as ArrayLike<AnyRecord>).map((c) => wxmlOf(c, depth + 1)).join('')
  const open = `${'  '.repeat(depth)}<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}`
  return children ? `${open}>\n${children}${'  '.repeat(depth)}</${tag}>\n` : `${open} />\n`
}

/** Hidden by a `hidden` attribute or an inline display:none, on the node or above it. */
function hidden(node: AnyRecord): boolean {
  for (let n: AnyRecord | null = node; n && n.nodeType === 1; n = n.parentNode) {
    if (wxAttr(n, 'hidden') === true || /display:\s*none/.test(String(n.getAttribute?.('style') ?? ''))) return true
  }
  return false
}

/**
 * CSS plus Playwright's `:has-text("…")` and `:visible` as trailing suffixes (the journeys use
 * them). Without layout, "visible" means rendered and not hidden.
 */
function query(root: AnyRecord, selector: string): AnyRecord[] {
  normalize(root)
  const parts = selector.split(',').map((s) => s.trim()).filter(Boolean)
  const found: AnyRecord[] = []
  for (let part of parts) {
    let text: string | null = null
    let visible = false
    for (;;) {
      const t = part.match(/^(.*?):has-text\((["'])(.*)\2\)$/)
      if (t) {
        part = t[1]
        text = t[3]
        continue
      }
      if (part.endsWith(':visible')) {
        part = part.slice(0, -':visible'.length)
        visible = true
        continue
      }
      break
    }
    const nodes = part === 'page' ? [root] : Array.from(root.querySelectorAll(part) as ArrayLike<AnyRecord>)
    for (const n of nodes) {
      if (text !== null && !textOf(n).includes(text)) continue
      if (visible && hidden(n)) continue
      if (!found.includes(n)) found.push(n)
    }
  }
  return found
}

export class AutomationServer {
  private wss!: WebSocketServer
  private elements = new Map<string, { node: AnyRecord; pageId: number }>()
  /** Typed values per input node, as the native input keeps them until the app sets another. */
  private typed = new WeakMap<AnyRecord, { value: string; attrAtType: unknown }>()
  private closing = false

  constructor(private readonly runtime: WeappRuntime, private readonly onClose: () => void = () => undefined) {}

  listen(port = 0): Promise<string> {
    return new Promise((resolve) => {
      this.wss = new WebSocketServer({ host: '127.0.0.1', port }, () => {
        const address = this.wss.address() as { port: number }
        resolve(`ws://127.0.0.1:${address.port}`)
      })
      this.wss.on('connection', (socket) => this.accept(socket))
    })
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      for (const client of this.wss.clients) client.terminate()
      this.wss.close(() => resolve())
    })
  }

  private accept(socket: WebSocket) {
    socket.on('message', async (raw) => {
      let msg: { id?: string; method?: string; params?: Params }
      try {
        msg = JSON.parse(String(raw))
      } catch {
        return
      }
      const { id, method = '', params = {} } = msg
      try {
        const handler = this.handlers[method]
        if (!handler) throw new ProtocolError(`${method} is not supported by the simulated runtime`)
        const result = await handler(params)
        socket.send(JSON.stringify({ id, result: result ?? {} }))
      } catch (err) {
        socket.send(JSON.stringify({ id, error: { message: err instanceof Error ? err.message : String(err) } }))
      }
      if (method === 'Tool.close' && !this.closing) {
        this.closing = true
        setTimeout(() => this.onClose(), 50)
      }
    })
  }

  // ---------------------------------------------------------------- helpers

  private page(pageId: number): StackEntry {
    const entry = this.runtime.stack.find((e) => e.pageId === pageId)
    if (!entry) throw new ProtocolError(`page ${pageId} is not in the page stack`)
    return entry
  }

  private pageRoot(entry: StackEntry): AnyRecord {
    return entry.comp.dom
  }

  private register(node: AnyRecord, pageId: number) {
    const elementId = crypto.randomUUID()
    this.elements.set(elementId, { node, pageId })
    return { elementId, tagName: tagOf(node) }
  }

  private element(params: Params): AnyRecord {
    const found = this.elements.get(params.elementId)
    if (!found) throw new ProtocolError('element not found')
    this.page(found.pageId)
    if (!found.node.isConnected) throw new ProtocolError('element is no longer on the page')
    return found.node
  }

  private inputValue(node: AnyRecord): string {
    const attr = wxAttr(node, 'value')
    const typed = this.typed.get(node)
    if (typed && typed.attrAtType === attr) return typed.value
    return attr === undefined || attr === null ? '' : String(attr)
  }

  private pageInfo(entry: StackEntry) {
    return { pageId: entry.pageId, path: entry.path, query: entry.query }
  }

  private property(node: AnyRecord, name: string): unknown {
    switch (name) {
      case '__propPublic':
        return { value: 'String', disabled: 'Boolean', placeholder: 'String', checked: 'Boolean', type: 'String' }
      case 'value':
        return this.inputValue(node)
      default: {
        const v = wxAttr(node, name)
        return v === undefined ? null : v
      }
    }
  }

  // ---------------------------------------------------------------- protocol

  private handlers: Record<string, (p: Params) => unknown> = {
    'Tool.getInfo': () => ({ SDKVersion: 'dev' }),
    'Tool.close': () => ({}),
    'App.exit': () => ({}),
    'App.enableLog': () => ({}),
    'App.callWxMethod': async (p) => {
      const method = String(p.method)
      const args = (p.args ?? []) as AnyRecord[]
      if (ROUTE_METHODS.has(method)) {
        this.runtime.markAction()
        await this.runtime.callRoute(method as 'reLaunch', args[0] ?? {})
        await this.runtime.settled()
        return { result: { errMsg: `${method}:ok` } }
      }
      const fn = (globalThis as AnyRecord).wx[method]
      if (typeof fn !== 'function') throw new ProtocolError(`wx.${method} is not a function`)
      if (/Sync$/.test(method)) return { result: fn(...args) }
      const result = await new Promise((resolve, reject) => fn({ ...(args[0] ?? {}), success: resolve, fail: (e: AnyRecord) => reject(new Error(e.errMsg)) }))
      return { result }
    },
    'App.getCurrentPage': async () => {
      await this.runtime.settled()
      const top = this.runtime.current()
      if (!top) throw new ProtocolError('no page is open')
      return this.pageInfo(top)
    },
    'App.getPageStack': async () => {
      await this.runtime.settled()
      return { pageStack: this.runtime.stack.map((e) => this.pageInfo(e)) }
    },
    /** Runs a function in the app service (automator's MiniProgram.evaluate). */
    'App.callFunction': async (p) => {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const fn = new Function(`return (${String(p.functionDeclaration)})`)() as (...args: unknown[]) => unknown
      return { result: await fn(...((p.args ?? []) as unknown[])) }
    },
    'App.captureScreenshot': () => {
      throw new ProtocolError('the simulated runtime has no pixels: read Element.getWXML instead')
    },
    'Page.getElement': (p) => {
      const entry = this.page(p.pageId)
      const [node] = query(this.pageRoot(entry), String(p.selector))
      if (!node) throw new ProtocolError(`no element matches ${p.selector}`)
      return this.register(node, entry.pageId)
    },
    'Page.getElements': (p) => {
      const entry = this.page(p.pageId)
      return { elements: query(this.pageRoot(entry), String(p.selector)).map((n) => this.register(n, entry.pageId)) }
    },
    'Page.getData': (p) => {
      const entry = this.page(p.pageId)
      let data: unknown = entry.instance.data
      if (p.path) for (const key of String(p.path).split('.')) data = (data as AnyRecord)?.[key]
      return { data: JSON.parse(JSON.stringify(data ?? null)) }
    },
    'Page.callMethod': async (p) => {
      const entry = this.page(p.pageId)
      const fn = entry.instance[p.method]
      if (typeof fn !== 'function') throw new ProtocolError(`page has no method ${p.method}`)
      return { result: await fn.apply(entry.instance, p.args ?? []) }
    },
    'Page.getWindowProperties': (p) => ({ properties: (p.names as string[]).map(() => 0) }),
    'Element.getElement': (p) => {
      const node = this.element(p)
      const [found] = query(node, String(p.selector)).filter((n) => n !== node)
      if (!found) throw new ProtocolError(`no element matches ${p.selector}`)
      return this.register(found, p.pageId)
    },
    'Element.getElements': (p) => {
      const node = this.element(p)
      return { elements: query(node, String(p.selector)).filter((n) => n !== node).map((n) => this.register(n, p.pageId)) }
    },
    'Element.tap': (p) => {
      this.runtime.markAction()
      this.runtime.tap(this.element(p))
      return {}
    },
    'Element.triggerEvent': (p) => {
      this.runtime.dispatch(this.element(p), String(p.type), p.detail ?? {})
      return {}
    },
    'Element.callFunction': (p) => {
      const node = this.element(p)
      const [value] = (p.args ?? []) as unknown[]
      switch (p.functionName) {
        case 'input.input':
        case 'textarea.input': {
          const text = String(value ?? '')
          this.runtime.markAction()
          this.typed.set(node, { value: text, attrAtType: wxAttr(node, 'value') })
          this.runtime.dispatch(node, 'focus', { value: this.inputValue(node), height: 0 })
          this.runtime.dispatch(node, 'input', { value: text, cursor: text.length, keyCode: 0 })
          this.runtime.dispatch(node, 'blur', { value: text })
          // The app's answer to the input decides the value from now on.
          setTimeout(() => {
            const t = this.typed.get(node)
            if (t) t.attrAtType = wxAttr(node, 'value') === text ? wxAttr(node, 'value') : t.attrAtType
          }, 0)
          return { result: null }
        }
        default:
          throw new ProtocolError(`${p.functionName} is not supported by the simulated runtime`)
      }
    },
    'Element.getDOMProperties': (p) => {
      const node = this.element(p)
      return {
        properties: (p.names as string[]).map((name) => {
          if (name === 'innerText' || name === 'textContent') return textOf(node)
          if (name === 'value') return this.inputValue(node)
          if (name === 'offsetWidth' || name === 'offsetHeight') return 0
          return node[name] ?? null
        }),
      }
    },
    'Element.getProperties': (p) => {
      const node = this.element(p)
      return { properties: (p.names as string[]).map((name) => this.property(node, name)) }
    },
    'Element.getAttributes': (p) => {
      const node = this.element(p)
      normalize(node)
      return {
        attributes: (p.names as string[]).map((name) => {
          if (name === 'id' || name === 'class') return node.getAttribute(name)
          const v = wxAttr(node, name)
          if (v !== undefined) return v === null ? null : String(v)
          return node.getAttribute(name)
        }),
      }
    },
    'Element.getStyles': (p) => ({ styles: (p.names as string[]).map(() => null) }),
    'Element.getOffset': () => ({ left: 0, top: 0 }),
    'Element.getWXML': (p) => {
      const node = this.element(p)
      normalize(node)
      if (p.type === 'outer') return { wxml: wxmlOf(node) }
      return { wxml: Array.from(node.childNodes as ArrayLike<AnyRecord>).map((c) => wxmlOf(c)).join('') }
    },
  }
}

/** As a process: boot the runtime at WEAPP_LAUNCH and serve the protocol. */
async function main() {
  const distDir = path.resolve(process.env.WEAPP_DIST ?? 'dist/weapp')
  const apiTarget = process.env.WEAPP_API_TARGET
  const storageFile = process.env.WEAPP_STORAGE
  if (!apiTarget || !storageFile) {
    console.error('automation-server: set WEAPP_API_TARGET (the sandbox URL) and WEAPP_STORAGE (a JSON file)')
    process.exit(2)
  }
  const apiBase = process.env.WEAPP_API_BASE ?? 'http://127.0.0.1:8787'
  const launch = process.env.WEAPP_LAUNCH ?? '/pages/home/index'
  const verbose = process.env.WEAPP_VERBOSE === '1'
  const runtime = new WeappRuntime({
    distDir,
    apiBase,
    apiTarget,
    storageFile,
    setDataLog: process.env.WEAPP_SETDATA_LOG,
    log: (line) => {
      if (verbose) process.stderr.write(`[weapp] ${line}\n`)
    },
  })
  runtime.boot(launch)
  await runtime.launchAt(launch)
  const server = new AutomationServer(runtime, () => process.exit(0))
  const endpoint = await server.listen(Number(process.env.WEAPP_PORT ?? 0))
  process.stdout.write(`automation ${endpoint}\n`)
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)
if (invokedDirectly) {
  process.on('unhandledRejection', (err) => {
    if (process.env.WEAPP_VERBOSE === '1') process.stderr.write(`[weapp] unhandled: ${String(err)}\n`)
  })
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
