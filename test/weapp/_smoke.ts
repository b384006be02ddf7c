import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSandbox } from '../../sandbox/server'
import { WeappRuntime } from './runtime'
import { encodeEntryScene } from '../../src/domain'
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wx-'))
  const server = await createSandbox({ port: 0, dbPath: path.join(dir, 'db'), mode: 'test', log: () => undefined })
  const rt = new WeappRuntime({ distDir: path.resolve('dist/weapp'), apiBase: 'http://127.0.0.1:8787', apiTarget: server.url, storageFile: path.join(dir, 's.json'), log: (l) => console.log('[rt]', l) })
  const url = `/pages/entry/index?scene=${encodeURIComponent(encodeEntryScene({ kind: 'station', stationId: 'ST01' }))}`
  rt.boot(url)
  await rt.launchAt(url)
  await new Promise((r) => setTimeout(r, 1500))
  const b = document.querySelector('wx-button') as any
  console.log(b.__wxElement?._vt, Object.keys(b.__wxElement ?? {}).slice(0, 40))
  await server.close()
  process.exit(0)
}
main().catch((e) => { console.error(e); process.exit(1) })
