import { api } from '@/services/api/client'
import type { Schemas } from '@/services/api/types'

export type Market = Schemas['Market']
export type Station = Schemas['Station']

export function fetchMarket(marketId: string, bankerId?: string): Promise<Market> {
  return api.get<Market>(`/markets/${encodeURIComponent(marketId)}`, { query: { bankerId } })
}

export function fetchStation(stationId: string): Promise<Station> {
  return api.get<Station>(`/stations/${encodeURIComponent(stationId)}`)
}
