/**
 * `npm start`: builds the H5 app, starts the sandbox bank (demo mode, seeded, file-backed) serving
 * it on 127.0.0.1, and prints an entry link and a terminal QR code for every seeded market and
 * station, plus one fresh remote-authorization ticket (demo: 吴海燕 asked as 王建国's spouse, valid
 * 24 hours, single use). Options: --port N (or PORT), --no-build (reuse dist/h5), --no-qr.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { encodeEntryScene, encodeEntryUrl, type EntryContext } from '../src/domain'
import { createSandbox } from './server'
import { DEMO_TICKET_PERSON, createTicket } from './modules/tickets/service'
import { loadSeed } from './seed/load-seed'

// qrcode-terminal ships no types.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const qrcode = require('qrcode-terminal') as { generate(text: string, opts: { small: boolean }, cb: (qr: string) => void): void }

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

const ROOT = path.resolve(__dirname, '..')
const STATIC_DIR = path.join(ROOT, 'dist/h5')
const port = Number(option('port') ?? process.env.PORT ?? 8787)

function buildH5(): void {
  console.log('Building the H5 app (about a minute on a cold cache)…')
  const run = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (run.status !== 0) {
    console.error('The H5 build failed.')
    process.exit(run.status ?? 1)
  }
}

function entryLinks(base: string, ctx: EntryContext) {
  const scene = encodeEntryScene(ctx)
  return {
    scene,
    h5: `${base}/#/pages/entry/index?scene=${encodeURIComponent(scene)}`,
    qrUrl: encodeEntryUrl(ctx),
  }
}

function printQr(text: string): Promise<void> {
  return new Promise((resolve) => {
    qrcode.generate(text, { small: true }, (qr) => {
      console.log(qr)
      resolve()
    })
  })
}

async function main() {
  if (!flag('no-build') || !fs.existsSync(path.join(STATIC_DIR, 'index.html'))) buildH5()
  const dbPath = path.join(ROOT, 'sandbox/.data/sandbox.db')
  fs.mkdirSync(path.dirname(dbPath), { recursive: true })
  const server = await createSandbox({ port, dbPath, mode: 'demo', staticDir: STATIC_DIR })
  const seed = loadSeed()

  console.log(`\n微贷通 sandbox bank and H5 app: ${server.url}/`)
  console.log('Open an entry link in a browser (phone-sized window works best), or scan its QR code.\n')
  const entries: { label: string; ctx: EntryContext }[] = [
    ...seed.markets.map((m) => ({ label: `市场 ${m.id} ${m.name}`, ctx: { kind: 'market', marketId: m.id, bankerId: m.banker } as EntryContext })),
    ...seed.stations.map((s) => ({ label: `服务站 ${s.id} ${s.name}`, ctx: { kind: 'station', stationId: s.id } as EntryContext })),
  ]
  for (const { label, ctx } of entries) {
    const links = entryLinks(server.url, ctx)
    console.log(`${label}\n  H5:    ${links.h5}\n  scene: ${links.scene}   (mini-program code)\n  q:     ${links.qrUrl}   (ordinary QR code)`)
    if (!flag('no-qr')) await printQr(links.h5)
  }
  // What a banker's system would push to an applicant's spouse (modules/tickets): one per start.
  const demo = createTicket(server.deps, { ...DEMO_TICKET_PERSON, role: 'SPOUSE' })
  const ticketLinks = entryLinks(server.url, { kind: 'authorization', ticket: demo.ticket })
  console.log(
    `征信授权邀请 (demo: ${DEMO_TICKET_PERSON.name} as 王建国's spouse; verify as her, then sign; single use, until ${demo.expiresAt})\n` +
      `  H5:    ${ticketLinks.h5}\n  scene: ${ticketLinks.scene}   (mini-program code)\n  q:     ${ticketLinks.qrUrl}   (ordinary QR code)`,
  )
  if (!flag('no-qr')) await printQr(ticketLinks.h5)
  console.log('Demo people for identity verification are listed in sandbox/seed/seed.yaml (registry.people).')
  console.log('SMS codes are shown on screen in demo mode and printed here. Ctrl+C stops the sandbox.')

  const stop = () => {
    server.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
