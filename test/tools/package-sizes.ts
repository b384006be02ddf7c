/**
 * Sizes of the weapp build per package (main and each subpackage), from dist/weapp/app.json, and
 * the budgets they must stay under.
 */
import fs from 'node:fs'
import path from 'node:path'

export const KB = 1024
export const BUDGET = {
  /** Ours: a blank Taro 4 React page is 332 KB; WeChat's own limit is 2 MB. */
  mainBytes: 600 * KB,
  /** Well under WeChat's 2 MB a subpackage. */
  subpackageBytes: 1024 * KB,
} as const

export interface PackageSize {
  name: string
  root: string
  bytes: number
  budget: number
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    return d.isDirectory() ? filesUnder(full) : [full]
  })
}

export function packageSizes(distDir: string): PackageSize[] {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/+$/, ''))
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r): [string, number] => [r, 0])])
  for (const file of filesUnder(distDir)) {
    const rel = path.relative(distDir, file).split(path.sep).join('/')
    if (rel.endsWith('.map')) continue
    const root = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main'
    sizes.set(root, (sizes.get(root) ?? 0) + fs.statSync(file).size)
  }
  return [...sizes].map(([root, bytes]) => ({
    name: root === 'main' ? 'main package' : `subpackage ${root}`,
    root,
    bytes,
    budget: root === 'main' ? BUDGET.mainBytes : BUDGET.subpackageBytes,
  }))
}

export function printSizes(sizes: PackageSize[]): boolean {
  console.log('package                               size (KB)   budget (KB)   ')
  let ok = true
  for (const s of sizes) {
    const over = s.bytes > s.budget
    ok &&= !over
    console.log(
      `${s.name.padEnd(38)}${(s.bytes / KB).toFixed(1).padStart(9)}${(s.budget / KB).toFixed(0).padStart(14)}   ${over ? 'OVER BUDGET' : 'ok'}`,
    )
  }
  const total = sizes.reduce((a, s) => a + s.bytes, 0)
  console.log(`${'total'.padEnd(38)}${(total / KB).toFixed(1).padStart(9)}`)
  return ok
}
