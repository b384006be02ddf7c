/** What a journey gets: a driver on a fresh phone, and the sandbox bank it talks to. */
import type { MiniProgramDriver } from './driver'

export interface SandboxHandle {
  url: string
  /** Calls the sandbox's API directly (test-support endpoints, checks behind the UI). */
  call<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<{ status: number; data: T }>
}

export interface JourneyContext {
  driver: MiniProgramDriver
  sandbox: SandboxHandle
  /** Saves a screenshot of the current screen, named after the step. */
  shot(name: string): Promise<void>
  /** Records a measured figure (taps, typed fields …) for the summary. */
  measure(name: string, value: number | string): void
}

export interface Journey {
  name: string
  run(ctx: JourneyContext): Promise<void>
}

/** A handle on a running sandbox's API, for journeys' set-up and checks behind the UI. */
export function sandboxHandle(url: string): SandboxHandle {
  return {
    url,
    async call<T>(method: 'GET' | 'POST', p: string, body?: unknown, token?: string) {
      const res = await fetch(`${url}/api/v1${p}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await res.text()
      return { status: res.status, data: (text ? JSON.parse(text) : undefined) as T }
    },
  }
}
