import { api } from '@/services/api/client'
import type { Schemas } from '@/services/api/types'

export type TaxBusiness = Schemas['TaxBusiness']
export type TaxProfile = Schemas['TaxProfile']
export type Community = Schemas['CommunityList']['communities'][number]
export type PropertyValuation = Schemas['PropertyValuation']
export type Application = Schemas['Application']
export type ApplicationStatus = Application['status']
export type CreditLine = Schemas['CreditLine']
export type Product = Schemas['Product']
export type ConsentDocument = Schemas['ConsentDocument']
export type Purpose = Schemas['ApplicationRequest']['purpose']

export interface ApplicationInput {
  productId: string
  amountFen: number
  purpose: Purpose
  marketId?: string
  bankerId?: string
  valuationId?: string
  consents: { kind: 'CREDIT_REPORT' | 'DATA_USE'; version: string }[]
}

export const creditApi = {
  document: (kind: ConsentDocument['kind']) => api.get<ConsentDocument>(`/consents/documents/${kind}`),
  businesses: () => api.get<Schemas['TaxBusinessList']>('/tax/businesses').then((r) => r.businesses),
  authorizeTax: (uscc: string, consentVersion: string) => api.post<TaxProfile>('/tax/authorizations', { uscc, consentVersion }),
  taxProfile: () => api.get<TaxProfile>('/tax/profile'),
  communities: () => api.get<Schemas['CommunityList']>('/property/communities').then((r) => r.communities),
  valueByCertificate: (certificateNumber: string) => api.post<PropertyValuation>('/property/valuations', { certificateNumber }),
  valueByAddress: (communityId: string, building: string, unit: string, areaSqm: number) =>
    api.post<PropertyValuation>('/property/valuations', { communityId, building, unit, areaSqm }),
  products: () => api.get<Schemas['ProductList']>('/products').then((r) => r.products),
  /** The key is created when the borrower confirms and kept with the draft, so a retry is safe. */
  submit: (input: ApplicationInput, idempotencyKey: string) => api.post<Application>('/applications', input, { idempotencyKey }),
  application: (id: string) => api.get<Application>(`/applications/${encodeURIComponent(id)}`),
  lines: () => api.get<Schemas['CreditLineList']>('/credit-lines').then((r) => r.lines),
}
