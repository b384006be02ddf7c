/**
 * Runs every end-to-end journey on the H5 build in headless Chromium against the sandbox bank
 * (test mode, a fresh database), each on a fresh phone, with a screenshot per screen under
 * test/artifacts/e2e/<journey>/. Usage: tsx test/e2e/run.ts [name filter]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { createSandbox } from '../../sandbox/server'
import { H5Driver, launchBrowser } from './h5-driver'
import type { Journey, SandboxHandle } from './journey'
import { journeys } from './journeys'

const ARTIFACTS = path.resolve('test/artifacts/e2e')
const STATIC_DIR = path.resolve('dist/h5')

function slug(name: string): string {
  return name.replace(/[^\w\u4e00-\u9fa5-]+/g, '-').replace(/^-|-$/g, '')
}

function sandboxHandle(url: string): SandboxHandle {
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

async function runOne(browser: Browser, sandbox: SandboxHandle, journey: Journey) {
  const dir = path.join(ARTIFACTS, slug(journey.name))
  fs.rmSync(dir, { recursive: true, force: true })
  const reset = await sandbox.call('POST', '/test/reset')
  if (reset.status >= 300) throw new Error(`sandbox reset failed: ${reset.status}`)
  const driver = await H5Driver.open(browser, sandbox.url, dir)
  const measures: Record<string, number | string> = {}
  try {
    await journey.run({
      driver,
      sandbox,
      shot: async (name) => {
        await driver.screenshot(name)
      },
      measure: (name, value) => {
        measures[name] = value
      },
    })
    return measures
  } catch (err) {
    await driver.screenshot('failure').catch(() => undefined)
    throw err
  } finally {
    await driver.close()
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    console.error('No H5 build at dist/h5: run `npm run build:h5` first.')
    return 1
  }
  const filter = process.argv[2]
  const selected = journeys.filter((j) => !filter || j.name.includes(filter))
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wdt-e2e-'))
  const server = await createSandbox({ port: 0, dbPath: path.join(dbDir, 'sandbox.db'), mode: 'test', staticDir: STATIC_DIR, log: () => undefined })
  const sandbox = sandboxHandle(server.url)
  const browser = await launchBrowser()
  const results: { name: string; ok: boolean; seconds: number; error?: string; measures?: Record<string, number | string> }[] = []
  try {
    for (const journey of selected) {
      const t0 = Date.now()
      try {
        const measures = await runOne(browser, sandbox, journey)
        results.push({ name: journey.name, ok: true, seconds: (Date.now() - t0) / 1000, measures })
        console.log(`  ✓ ${journey.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
      } catch (err) {
        const message = err instanceof Error ? (err.stack ?? err.message) : String(err)
        results.push({ name: journey.name, ok: false, seconds: (Date.now() - t0) / 1000, error: message })
        console.log(`  ✗ ${journey.name}\n${message}`)
      }
    }
  } finally {
    await browser.close()
    await server.close()
    fs.rmSync(dbDir, { recursive: true, force: true })
  }
  for (const r of results) {
    if (r.measures && Object.keys(r.measures).length) {
      console.log(`  ${r.name}: ${Object.entries(r.measures).map(([k, v]) => `${k}=${v}`).join(', ')}`)
    }
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  fs.writeFileSync(path.join(ARTIFACTS, 'results.json'), JSON.stringify(results, null, 2))
  const failed = results.filter((r) => !r.ok).length
  console.log(`screenshots: ${ARTIFACTS}`)
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`)
  return failed === 0 && results.length > 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
