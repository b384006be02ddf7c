/**
 * What a scanned code points at: a market (board codes carry the market and, optionally, the
 * banker who put it up) or a village service station (惠农通 code plates).
 */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'

export const ENTRY_MESSAGES = {
  marketNotFound: '未找到该市场，二维码可能已失效',
  stationNotFound: '未找到该服务站，二维码可能已失效',
} as const

interface BankerRow {
  id: string
  name: string
  title: string
  branch: string
  phone: string
  photo: string
}

interface ProductRow {
  id: string
  name: string
  kind: Schemas['ProductKind']
  max_amount_fen: number
  min_rate_bps: number
  max_term_months: number
  summary: string
}

/** `origin` is where the client reached the sandbox; photos are served from it under /assets. */
function toBanker(row: BankerRow, origin: string): Schemas['Banker'] {
  return { id: row.id, name: row.name, title: row.title, branch: row.branch, phone: row.phone, photoUrl: `${origin}/assets/${row.photo}` }
}

/** A banker as the contract shows them (photo URL from the client's origin). */
export function bankerById(deps: SandboxDeps, bankerId: string, origin: string): Schemas['Banker'] {
  return toBanker(banker(deps, bankerId), origin)
}

function banker(deps: SandboxDeps, bankerId: string): BankerRow {
  const row = deps.db.prepare('SELECT id, name, title, branch, phone, photo FROM bankers WHERE id = ?').get(bankerId) as BankerRow | undefined
  // Foreign keys guarantee the banker exists.
  if (!row) throw new Error(`banker ${bankerId} is missing`)
  return row
}

/** The banker named by the code when they serve this market; otherwise the market's default banker. */
function marketBankerId(deps: SandboxDeps, marketId: string, defaultBankerId: string, requested: string | undefined): string {
  if (!requested) return defaultBankerId
  const serves = deps.db.prepare('SELECT 1 FROM market_bankers WHERE market_id = ? AND banker_id = ?').get(marketId, requested)
  return serves ? requested : defaultBankerId
}

function marketProducts(deps: SandboxDeps, marketId: string): Schemas['Product'][] {
  const rows = deps.db
    .prepare(
      `SELECT p.id, p.name, p.kind, p.max_amount_fen, p.min_rate_bps, p.max_term_months, p.summary
       FROM market_products mp JOIN products p ON p.id = mp.product_id
       WHERE mp.market_id = ? ORDER BY mp.position`,
    )
    .all(marketId) as ProductRow[]
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    maxAmountFen: p.max_amount_fen,
    minRateBps: p.min_rate_bps,
    maxTermMonths: p.max_term_months,
    summary: p.summary,
  }))
}

export function getMarket(deps: SandboxDeps, marketId: string, bankerId: string | undefined, origin: string): Schemas['Market'] {
  const m = deps.db
    .prepare('SELECT id, name, grid, district, address, default_banker_id FROM markets WHERE id = ?')
    .get(marketId) as { id: string; name: string; grid: string; district: string; address: string; default_banker_id: string } | undefined
  if (!m) throw new SandboxError(404, 'MARKET_NOT_FOUND', ENTRY_MESSAGES.marketNotFound)
  return {
    id: m.id,
    name: m.name,
    grid: m.grid,
    district: m.district,
    address: m.address,
    products: marketProducts(deps, m.id),
    banker: toBanker(banker(deps, marketBankerId(deps, m.id, m.default_banker_id, bankerId)), origin),
  }
}

export function getStation(deps: SandboxDeps, stationId: string, origin: string): Schemas['Station'] {
  const s = deps.db
    .prepare('SELECT id, name, village, address, hours, banker_id FROM stations WHERE id = ?')
    .get(stationId) as { id: string; name: string; village: string; address: string; hours: string; banker_id: string } | undefined
  if (!s) throw new SandboxError(404, 'STATION_NOT_FOUND', ENTRY_MESSAGES.stationNotFound)
  return { id: s.id, name: s.name, village: s.village, address: s.address, hours: s.hours, banker: toBanker(banker(deps, s.banker_id), origin) }
}
