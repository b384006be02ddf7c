/**
 * The weapp build, checked offline with WeChat's own compilers (miniprogram-ci): broken WXML, WXSS,
 * JS or JSON fail here, as do WeChat's code-quality package limits. Then our size budgets.
 * Usage: tsx test/tools/weapp-compile.ts [distDir]   (default dist/weapp)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { packageSizes, printSizes } from './package-sizes'

// miniprogram-ci ships no usable types for this use.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const ci = require('miniprogram-ci') as {
  Project: new (opts: Record<string, unknown>) => Record<string, unknown>
  DefaultProjectAttr: Record<string, unknown>
  getCompiledResult(opts: Record<string, unknown>, savePath?: string): Promise<Record<string, string | Buffer>>
  checkCodeQuality(project: unknown): Promise<{ name?: string; success?: boolean; text?: string; [k: string]: unknown }[]>
}

async function main(): Promise<number> {
  const distDir = path.resolve(process.argv[2] ?? 'dist/weapp')
  if (!fs.existsSync(path.join(distDir, 'app.json'))) {
    console.error(`No weapp build at ${distDir}: run \`npm run build:weapp\` first.`)
    return 1
  }
  // miniprogram-ci leaves hashed folders in its working directory: give it a scratch one.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wdt-mpci-'))
  const keyPath = path.join(scratch, 'private.key')
  fs.writeFileSync(keyPath, 'offline compile check: no upload is made\n')
  process.chdir(scratch)

  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath: distDir,
    privateKeyPath: keyPath,
    ignores: ['node_modules/**/*'],
  })
  // Preset the project attributes so the compiler never asks WeChat's servers for them.
  project._attr = ci.DefaultProjectAttr

  const t0 = Date.now()
  const compiled = await ci.getCompiledResult(
    { project, desc: 'compile check', setting: { es6: false, minify: false }, onProgressUpdate: () => undefined },
    path.join(scratch, 'compiled'),
  )
  console.log(`miniprogram-ci compiled ${Object.keys(compiled).length} files in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

  const quality = await ci.checkCodeQuality(project)
  const failedChecks = quality.filter((q) => q.success === false)
  for (const q of quality) console.log(`code quality: ${String(q.name ?? q.text ?? 'check')}: ${q.success === false ? 'FAILED' : 'ok'}`)

  const sizesOk = printSizes(packageSizes(distDir))
  fs.rmSync(scratch, { recursive: true, force: true })
  if (failedChecks.length) console.error(`${failedChecks.length} code-quality check(s) failed`)
  if (!sizesOk) console.error('A package is over its size budget.')
  return failedChecks.length === 0 && sizesOk ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('weapp compile check failed:', err)
    process.exit(1)
  },
)
