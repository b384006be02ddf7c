import { api } from '@/services/api/client'
import type { Schemas } from '@/services/api/types'

export type ConsentRecord = Schemas['ConsentRecord']
export type ConsentDocument = Schemas['ConsentDocument']
export type ConsentKind = ConsentDocument['kind']

export const accountApi = {
  consents: () => api.get<ConsentRecord[]>('/consents'),
  document: (kind: ConsentKind) => api.get<ConsentDocument>(`/consents/documents/${kind}`),
  withdraw: (kind: ConsentKind, version: string) => api.post<ConsentRecord>('/consents', { kind, version, granted: false }),
  logout: () => api.post<void>('/auth/logout'),
}

/** The latest decision per kind, newest first (the API lists the whole history, newest first). */
export function latestPerKind(records: ConsentRecord[]): ConsentRecord[] {
  const seen = new Set<ConsentKind>()
  return records.filter((r) => {
    if (seen.has(r.kind)) return false
    seen.add(r.kind)
    return true
  })
}
