/**
 * Turns the parameters a page was opened with (a scanned code's `scene` or `q`) into the page the
 * borrower should land on. Decoding is the domain's; this only maps a context to a route.
 */
import { parseEntry, type EntryContext } from '@/domain'
import { routeTo } from '@/routes'

export function launchSceneNumber(raw: unknown): number | undefined {
  const n = Number(raw)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

export function contextFromParams(params: Record<string, string | undefined>, scene?: number): EntryContext {
  return parseEntry({ query: { scene: params.scene, q: params.q }, scene })
}

export function landingFor(ctx: EntryContext): string {
  switch (ctx.kind) {
    case 'market':
      return routeTo('market', { marketId: ctx.marketId, bankerId: ctx.bankerId })
    case 'station':
      return routeTo('station', { stationId: ctx.stationId })
    case 'authorization':
      return routeTo('ticket', { ticket: ctx.ticket })
    case 'invalid':
      return routeTo('home', { notice: ctx.reason })
    default:
      return routeTo('home')
  }
}

