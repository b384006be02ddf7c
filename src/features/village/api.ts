import { api } from '@/services/api/client'
import type { Schemas } from '@/services/api/types'

export type Slot = Schemas['SlotList']['slots'][number]
export type Visit = Schemas['Visit']
export type PreCredit = Schemas['PreCredit']
export type AuthorizationTicket = Schemas['AuthorizationTicket']

export const villageApi = {
  slots: (stationId: string) => api.get<Schemas['SlotList']>(`/stations/${encodeURIComponent(stationId)}/slots`).then((r) => r.slots),
  book: (stationId: string, slotId: string) => api.post<Visit>(`/stations/${encodeURIComponent(stationId)}/visits`, { slotId }),
  visits: () => api.get<Schemas['VisitList']>('/visits').then((r) => r.visits),
  cancelVisit: (visitId: string) => api.del<void>(`/visits/${encodeURIComponent(visitId)}`),
  preCredit: () => api.get<PreCredit>('/village/pre-credit'),
  activate: (agreementVersion: string) => api.post<Schemas['CreditLine']>('/village/pre-credit/activate', { agreementVersion }),
  ticket: (ticket: string) => api.get<AuthorizationTicket>(`/tickets/${encodeURIComponent(ticket)}`),
  sign: (ticket: string, documentVersion: string) => api.post<Schemas['TicketSignature']>(`/tickets/${encodeURIComponent(ticket)}/sign`, { documentVersion }),
}
