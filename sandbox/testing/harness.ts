/**
 * Test helpers: a sandbox on a random port over a fresh temporary database, a controllable clock,
 * captured log lines, and a small fetch client. Used by sandbox/**\/*.test.ts only.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSandbox, type Sandbox, type SandboxOptions } from '../server'
import type { Schemas } from '../core/contract-types'
import { API_PREFIX } from '../core/http'

export interface Reply<T = unknown> {
  status: number
  body: T
  headers: Headers
}

/** Loosely typed JSON for assertions (tests inspect error bodies and payloads alike). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export class TestClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...extra }
  }

  async request<T = Json>(method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: this.headers(headers) }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { ...this.headers(headers), 'content-type': 'application/json' }
    }
    const res = await fetch(`${this.baseUrl}${API_PREFIX}${p}`, init)
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers }
  }

  get<T = Json>(p: string): Promise<Reply<T>> {
    return this.request<T>('GET', p)
  }

  post<T = Json>(p: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>> {
    return this.request<T>('POST', p, body, headers)
  }

  async upload<T = Json>(p: string, bytes: Buffer, fileName = 'card.png', type = 'image/png', field = 'image'): Promise<Reply<T>> {
    const form = new FormData()
    form.append(field, new Blob([new Uint8Array(bytes)], { type }), fileName)
    const res = await fetch(`${this.baseUrl}${API_PREFIX}${p}`, { method: 'POST', headers: this.headers(), body: form })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers }
  }
}

export interface TestSandbox {
  sandbox: Sandbox
  url: string
  dbPath: string
  logs: string[]
  /** An anonymous client (no token). */
  anon: TestClient
  /** Logs in a new borrower (`code` names them: the same code is the same borrower). */
  login(code?: string, channel?: 'weapp' | 'h5'): Promise<TestClient & { userId: string }>
  /** Moves the sandbox's real clock forward. */
  advance(seconds: number): void
  close(): Promise<void>
}

let counter = 0

export function tempDbPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wdt-sandbox-')), 'sandbox.db')
}

export async function startTestSandbox(opts: Partial<SandboxOptions> = {}): Promise<TestSandbox> {
  const logs: string[] = []
  let offsetMs = 0
  const ownDir = opts.dbPath === undefined
  const dbPath = opts.dbPath ?? tempDbPath()
  const sandbox = await createSandbox({
    port: 0,
    mode: 'test',
    log: (line) => logs.push(line),
    now: () => new Date(Date.now() + offsetMs),
    ...opts,
    dbPath,
  })
  const anon = new TestClient(sandbox.url)
  return {
    sandbox,
    url: sandbox.url,
    dbPath,
    logs,
    anon,
    async login(code = `device-${process.pid}-${++counter}`, channel = 'h5') {
      const res = await anon.post<Schemas['LoginResponse']>('/auth/login', { channel, code })
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`)
      return Object.assign(new TestClient(sandbox.url, res.body.token), { userId: res.body.userId })
    },
    advance(seconds) {
      offsetMs += seconds * 1000
    },
    async close() {
      await sandbox.close()
      // Remove the temporary directory this harness made (callers' own paths are left alone).
      if (ownDir) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true })
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Journey steps shared by the tests

export const PEOPLE = {
  /** Adult with a sample card image. */
  zhang: { name: '张丽华', idNumber: '320106198503120122', card: 'id-cards/P01.png' },
  wang: { name: '王建国', idNumber: '320102197811050111', card: 'id-cards/P02.png' },
  /** Adult without a card image. */
  li: { name: '李秀英', idNumber: '320104199007210120' },
  /** Born 2010-06-15: under 18. */
  minor: { name: '陈小雨', idNumber: '320115201006150129', card: 'id-cards/P05.png' },
  /** Born 1950-09-09. */
  elder: { name: '刘福生', idNumber: '321322195009090114', card: 'id-cards/P06.png' },
  /** Born 1956-02-29. */
  leap: { name: '孙桂兰', idNumber: '321322195602290125' },
  /** Born 2008-01-10: 18 on 2026-01-10. */
  justAdult: { name: '周强', idNumber: '320113200801100115' },
  wu: { name: '吴海燕', idNumber: '320105198812010123' },
  /** Check character X. */
  zheng: { name: '郑大伟', idNumber: '32011619820418011X' },
} as const

export const ASSETS = path.join(__dirname, '..', 'seed', 'assets')

export function cardBytes(rel: string): Buffer {
  return fs.readFileSync(path.join(ASSETS, rel))
}

/** Privacy consent (the mobile number is collected only after it), then the SMS-confirmed phone. */
export async function bindPhone(c: TestClient, mobile = '13812345678'): Promise<void> {
  await consent(c, 'PRIVACY')
  const sent = await c.post('/auth/sms', { mobile })
  if (sent.status !== 200) throw new Error(`sms: ${sent.status} ${JSON.stringify(sent.body)}`)
  const bound = await c.post('/auth/phone', { mobile, smsCode: sent.body.demoCode })
  if (bound.status !== 200) throw new Error(`phone: ${bound.status} ${JSON.stringify(bound.body)}`)
}

export async function consent(c: TestClient, kind: 'PRIVACY' | 'FACE', granted = true): Promise<void> {
  const doc = await c.get(`/consents/documents/${kind}`)
  const res = await c.post('/consents', { kind, version: doc.body.version, granted })
  if (res.status !== 201) throw new Error(`consent: ${res.status} ${JSON.stringify(res.body)}`)
}

/** Privacy consent, phone (via the weapp phone code, no SMS rate limit), and a verified ID. */
export async function throughId(c: TestClient, person: { name: string; idNumber: string }): Promise<void> {
  await consent(c, 'PRIVACY')
  await c.post('/auth/phone', { phoneCode: 'any' })
  const res = await c.post('/identity/id', { name: person.name, idNumber: person.idNumber })
  if (res.status !== 200) throw new Error(`id: ${res.status} ${JSON.stringify(res.body)}`)
}

/** The whole first journey: verified borrower. Returns the verifyId used. */
export async function verifyFully(c: TestClient, person: { name: string; idNumber: string }): Promise<string> {
  await throughId(c, person)
  await consent(c, 'FACE')
  const start = await c.post('/identity/face/start')
  await c.post(`/face-provider/${start.body.verifyId}/complete`, { outcome: 'PASS' })
  const result = await c.get(`/identity/face/${start.body.verifyId}`)
  if (result.body.status !== 'PASSED') throw new Error(`face: ${JSON.stringify(result.body)}`)
  return start.body.verifyId
}
