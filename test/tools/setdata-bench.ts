/**
 * setData, measured: runs every journey on the simulated weapp runtime (test/e2e/run.ts --target
 * weapp, which wraps each page's and component's setData) and prints, per journey, the number of
 * setData calls, the largest payload and the total (JSON bytes), and the most calls in any
 * 1-second window, against WeChat's audit limits (256 KB per call, 20 calls a second).
 * The driver acts far faster than a person, so a 1-second window can hold several actions; the
 * table therefore also gives the most calls within 1 s after any ONE action (tap, input, route),
 * which is the app's own rate, and the limit is checked on that and on the payload size.
 *
 * Usage: npx tsx test/tools/setdata-bench.ts [journey name filter] [--no-run (read the last logs)]
 * Needs a weapp build (NODE_ENV=production npx taro build --type weapp). Exits 1 over a limit.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const ARTIFACTS = path.resolve('test/artifacts/weapp')
const MAX_BYTES_PER_CALL = 256 * 1024
const MAX_CALLS_PER_SECOND = 20

interface Call {
  t: number
  page: string
  component: 'page' | 'comp'
  bytes: number
  action?: number
  actionAt?: number
}

interface Row {
  journey: string
  calls: number
  maxBytes: number
  maxBytesPage: string
  totalBytes: number
  maxPerSecond: number
  maxPerSecondPage: string
  maxPerAction: number
  maxPerActionPage: string
}

/** As run.ts names each journey's folder. */
function slug(name: string): string {
  return name.replace(/[^\w\u4e00-\u9fa5-]+/g, '-').replace(/^-|-$/g, '')
}

/** The most calls in any window [t, t + 1000 ms), and the screen most of them came from. */
function busiestSecond(calls: Call[]): { count: number; page: string } {
  let best = { count: 0, page: '' }
  let start = 0
  for (let end = 0; end < calls.length; end++) {
    while (calls[end].t - calls[start].t >= 1000) start++
    const count = end - start + 1
    if (count > best.count) {
      const pages = new Map<string, number>()
      for (let i = start; i <= end; i++) pages.set(calls[i].page, (pages.get(calls[i].page) ?? 0) + 1)
      best = { count, page: [...pages.entries()].sort((a, b) => b[1] - a[1])[0][0] }
    }
  }
  return best
}

/** The most calls within 1 s after one driver action (the app's own burst), and its screen. */
function busiestAction(calls: Call[]): { count: number; page: string } {
  const groups = new Map<number, Call[]>()
  for (const c of calls) {
    if (c.action === undefined || c.actionAt === undefined || c.t - c.actionAt >= 1000) continue
    groups.set(c.action, [...(groups.get(c.action) ?? []), c])
  }
  let best = { count: 0, page: '' }
  for (const group of groups.values()) if (group.length > best.count) best = { count: group.length, page: group[group.length - 1].page }
  return best
}

function measure(journey: string, calls: Call[]): Row {
  calls.sort((a, b) => a.t - b.t)
  const biggest = calls.reduce<Call | null>((m, c) => (!m || c.bytes > m.bytes ? c : m), null)
  const busiest = busiestSecond(calls)
  const perAction = busiestAction(calls)
  return {
    journey,
    calls: calls.length,
    maxBytes: biggest?.bytes ?? 0,
    maxBytesPage: biggest?.page ?? '',
    totalBytes: calls.reduce((s, c) => s + c.bytes, 0),
    maxPerSecond: busiest.count,
    maxPerSecondPage: busiest.page,
    maxPerAction: perAction.count,
    maxPerActionPage: perAction.page,
  }
}

function readLog(file: string): Call[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Call)
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

function main(): number {
  const args = process.argv.slice(2)
  const filter = args.find((a) => !a.startsWith('--'))
  let runOk = true
  if (!args.includes('--no-run')) {
    console.log('running the journeys on the simulated weapp runtime…')
    const run = spawnSync('npx', ['tsx', 'test/e2e/run.ts', '--target', 'weapp', ...(filter ? [filter] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    })
    runOk = run.status === 0
    const lines = run.stdout.split('\n').filter((l) => /^\s+[✓✗-] |^e2e/.test(l))
    console.log(lines.join('\n'))
  }
  const resultsFile = path.join(ARTIFACTS, 'results.json')
  if (!fs.existsSync(resultsFile)) {
    console.error('no weapp results: run without --no-run first')
    return 1
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { name: string; ok: boolean; skipped?: string }[]
  const rows = results
    .filter((r) => !r.skipped && (!filter || r.name.includes(filter)))
    .map((r) => ({ ...measure(r.name, readLog(path.join(ARTIFACTS, slug(r.name), 'setdata.jsonl'))), ok: r.ok }))

  const W = 52
  const cut = (s: string) => (s.length > W ? s.slice(0, W - 1) + '…' : s).padEnd(W)
  console.log(`\nsetData per journey (simulated weapp; WeChat's limits: ${kb(MAX_BYTES_PER_CALL)} a call, ${MAX_CALLS_PER_SECOND} calls a second)`)
  console.log(`${'journey'.padEnd(W)}${'calls'.padStart(6)}${'max bytes'.padStart(10)}${'total bytes'.padStart(12)}${'max/1s'.padStart(7)}${'max/action'.padStart(11)}  screen of the biggest burst after one action`)
  for (const r of rows) {
    const flag = (r.maxBytes > MAX_BYTES_PER_CALL ? ' OVER-SIZE' : '') + (r.maxPerAction > MAX_CALLS_PER_SECOND ? ' OVER-RATE' : '') + (r.ok ? '' : ' (journey failed)')
    console.log(
      `${cut(r.journey)}${String(r.calls).padStart(6)}${String(r.maxBytes).padStart(10)}${String(r.totalBytes).padStart(12)}${String(r.maxPerSecond).padStart(7)}${String(r.maxPerAction).padStart(11)}  ${r.maxPerActionPage}${flag}`,
    )
  }
  const top = <K extends 'maxBytes' | 'maxPerSecond' | 'maxPerAction'>(k: K) => rows.reduce<Row | null>((m, r) => (!m || r[k] > m[k] ? r : m), null)
  const biggest = top('maxBytes')
  const busiest = top('maxPerSecond')
  const burst = top('maxPerAction')
  const maxBytes = biggest?.maxBytes ?? 0
  const maxPerAction = burst?.maxPerAction ?? 0
  console.log(`\nlargest call: ${maxBytes} bytes (${kb(maxBytes)}) on ${biggest?.maxBytesPage ?? '-'}; limit ${kb(MAX_BYTES_PER_CALL)}: ${maxBytes <= MAX_BYTES_PER_CALL ? 'within' : 'OVER'}`)
  console.log(`most calls within 1 s of one action: ${maxPerAction} on ${burst?.maxPerActionPage ?? '-'}; limit ${MAX_CALLS_PER_SECOND}: ${maxPerAction <= MAX_CALLS_PER_SECOND ? 'within' : 'OVER'}`)
  console.log(
    `most calls in any 1 s window: ${busiest?.maxPerSecond ?? 0} on ${busiest?.maxPerSecondPage ?? '-'} (the driver acts much faster than a person, ` +
      'so this window holds several actions: an upper bound, not checked against the limit)',
  )
  const over = maxBytes > MAX_BYTES_PER_CALL || maxPerAction > MAX_CALLS_PER_SECOND
  return over || !runOk ? 1 : 0
}

process.exit(main())
