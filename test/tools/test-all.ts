/**
 * `npm test`: every check CI runs, in order, each timed. Stops at the first failure, prints a
 * summary table and a closing `N passed, N failed` line.
 */
import { spawnSync } from 'node:child_process'

interface Stage {
  name: string
  cmd: string
  args: string[]
  env?: Record<string, string>
}

const stages: Stage[] = [
  { name: 'type check', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'contract types up to date', cmd: 'npx', args: ['tsx', 'sandbox/contract/generate-types.ts', '--check'] },
  { name: 'unit, component and sandbox tests', cmd: 'npx', args: ['jest', '--config', 'config/jest.config.js', '--ci'] },
  { name: 'weapp build', cmd: 'npx', args: ['taro', 'build', '--type', 'weapp'], env: { NODE_ENV: 'production' } },
  { name: 'weapp compile check and sizes', cmd: 'npx', args: ['tsx', 'test/tools/weapp-compile.ts'] },
  { name: 'h5 build', cmd: 'npx', args: ['taro', 'build', '--type', 'h5'], env: { NODE_ENV: 'production' } },
  { name: 'end-to-end journeys (H5, Chromium)', cmd: 'npx', args: ['tsx', 'test/e2e/run.ts'] },
  { name: 'end-to-end journeys (weapp, simulated)', cmd: 'npx', args: ['tsx', 'test/e2e/run.ts', '--target', 'weapp'] },
]

const only = process.argv.slice(2)
const results: { name: string; ok: boolean; seconds: number }[] = []
const started = Date.now()

for (const stage of stages) {
  if (only.length && !only.some((o) => stage.name.includes(o))) continue
  console.log(`\n=== ${stage.name}: ${stage.cmd} ${stage.args.join(' ')}`)
  const t0 = Date.now()
  const run = spawnSync(stage.cmd, stage.args, { stdio: 'inherit', env: { ...process.env, ...stage.env } })
  const ok = run.status === 0
  results.push({ name: stage.name, ok, seconds: (Date.now() - t0) / 1000 })
  if (!ok) break
}

console.log('\nstage                                        result   seconds')
for (const r of results) {
  console.log(`${r.name.padEnd(45)}${(r.ok ? 'ok' : 'FAILED').padEnd(9)}${r.seconds.toFixed(1).padStart(7)}`)
}
const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`checks: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 && results.length > 0 ? 0 : 1)
