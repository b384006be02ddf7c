/**
 * Runs every end-to-end journey on the H5 build in headless Chromium against the sandbox bank
 * (test mode, a fresh database), each on a fresh phone, with a screenshot per screen under
 * test/artifacts/e2e/<journey>/. Usage: tsx test/e2e/run.ts [name filter]
 *
 * `--target weapp` (or E2E_TARGET=weapp) runs the same journeys on the real weapp build
 * (dist/weapp) in the simulated runtime, driven through miniprogram-automator (test/weapp/); the
 * journeys that cannot run there are listed in test/weapp/skips.ts and reported as skipped.
 * Per step it saves the page's WXML (no pixels) and a setData log under test/artifacts/weapp/.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { createSandbox } from '../../sandbox/server'
import { H5Driver, launchBrowser } from './h5-driver'
import type { MiniProgramDriver } from './driver'
import { WeappDriver } from '../weapp/weapp-driver'
import { weappSkipReason } from '../weapp/skips'
import { sandboxHandle, type Journey, type SandboxHandle } from './journey'
import { journeys } from './journeys'

const argv = process.argv.slice(2)
const targetFlag = argv.indexOf('--target')
const TARGET = (targetFlag >= 0 ? argv[targetFlag + 1] : process.env.E2E_TARGET) ?? 'h5'
const FILTER = argv.filter((a, i) => !a.startsWith('--') && (targetFlag < 0 || i !== targetFlag + 1))[0]
const ARTIFACTS = path.resolve(TARGET === 'weapp' ? 'test/artifacts/weapp' : 'test/artifacts/e2e')
const STATIC_DIR = path.resolve('dist/h5')
const WEAPP_DIR = path.resolve('dist/weapp')

function slug(name: string): string {
  return name.replace(/[^\w\u4e00-\u9fa5-]+/g, '-').replace(/^-|-$/g, '')
}


async function openDriver(browser: Browser | null, sandbox: SandboxHandle, dir: string): Promise<MiniProgramDriver> {
  if (TARGET === 'weapp') {
    return WeappDriver.open({ apiTarget: sandbox.url, storageFile: path.join(dir, 'storage.json'), shotDir: dir, setDataLog: path.join(dir, 'setdata.jsonl') })
  }
  return H5Driver.open(browser!, sandbox.url, dir)
}

async function runOne(browser: Browser | null, sandbox: SandboxHandle, journey: Journey) {
  const dir = path.join(ARTIFACTS, slug(journey.name))
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const reset = await sandbox.call('POST', '/test/reset')
  if (reset.status >= 300) throw new Error(`sandbox reset failed: ${reset.status}`)
  const driver = await openDriver(browser, sandbox, dir)
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
  if (TARGET !== 'h5' && TARGET !== 'weapp') {
    console.error(`Unknown target "${TARGET}": h5 (default) or weapp.`)
    return 1
  }
  if (TARGET === 'h5' && !fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    console.error('No H5 build at dist/h5: run `npm run build:h5` first.')
    return 1
  }
  if (TARGET === 'weapp' && !fs.existsSync(path.join(WEAPP_DIR, 'app.js'))) {
    console.error('No weapp build at dist/weapp: run `NODE_ENV=production npx taro build --type weapp` first.')
    return 1
  }
  console.log(`target: ${TARGET === 'weapp' ? 'weapp (dist/weapp in the simulated runtime, through miniprogram-automator)' : 'h5 (Chromium)'}`)
  const selected = journeys.filter((j) => !FILTER || j.name.includes(FILTER))
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wdt-e2e-'))
  const server = await createSandbox({ port: 0, dbPath: path.join(dbDir, 'sandbox.db'), mode: 'test', staticDir: STATIC_DIR, log: () => undefined })
  const sandbox = sandboxHandle(server.url)
  const browser = TARGET === 'h5' ? await launchBrowser() : null
  const results: { name: string; ok: boolean; seconds: number; error?: string; skipped?: string; measures?: Record<string, number | string> }[] = []
  try {
    for (const journey of selected) {
      const skip = TARGET === 'weapp' ? weappSkipReason(journey.name) : undefined
      if (skip) {
        results.push({ name: journey.name, ok: true, seconds: 0, skipped: skip })
        console.log(`  - ${journey.name} (skipped on ${TARGET}: ${skip})`)
        continue
      }
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
    await browser?.close()
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
  const skipped = results.filter((r) => r.skipped).length
  console.log(`${TARGET === 'weapp' ? 'WXML per step' : 'screenshots'}: ${ARTIFACTS}`)
  console.log(`e2e (${TARGET}): ${results.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  return failed === 0 && results.length > skipped ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
