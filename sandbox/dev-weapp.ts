/**
 * `npm run dev:weapp`: the sandbox bank on 127.0.0.1:8787 (demo mode) plus a watching weapp build
 * into dist/weapp for WeChat DevTools (open the repository folder; project.config.json points
 * DevTools at dist/weapp and turns urlCheck off so it may call 127.0.0.1).
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { createSandbox } from './server'

const ROOT = path.resolve(__dirname, '..')
const PORT = 8787 // .env.development points the weapp build here.

async function main() {
  const dbPath = path.join(ROOT, 'sandbox/.data/sandbox.db')
  fs.mkdirSync(path.dirname(dbPath), { recursive: true })
  const server = await createSandbox({ port: PORT, dbPath, mode: 'demo' })
  console.log(`sandbox bank: ${server.url}  (the weapp dev build calls it)`)
  const build = spawn('npx', ['taro', 'build', '--type', 'weapp', '--watch'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  })
  const stop = () => {
    build.kill('SIGTERM')
    server.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  build.on('exit', (code) => {
    server.close().then(() => process.exit(code ?? 0))
  })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
