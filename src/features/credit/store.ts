/**
 * The application draft: what the borrower chose and where they are in the three steps. It
 * survives errors, a lost network and closing the app (persisted, versioned). It holds no personal
 * data: product, amount, purpose, ids, and the idempotency key of the submission.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJsonStorage } from '@/stores/taro-storage'
import type { Purpose } from './api'

export type ApplyStep = 1 | 2 | 3

export interface ApplicationDraft {
  productId: string | null
  /** As typed, so an invalid amount is never lost or silently changed. */
  amountText: string
  purpose: Purpose | null
  valuationId: string | null
  /** The extra line the valuation supports, to show beside the product. */
  valuationExtraFen: number | null
  factsConfirmed: boolean
  step: ApplyStep
  /** Created when the borrower taps submit; reused by every retry of that submission. */
  submitKey: string | null
  /** Set once the bank accepted the application: the app then waits for the decision. */
  applicationId: string | null
}

const EMPTY: ApplicationDraft = {
  productId: null,
  amountText: '',
  purpose: null,
  valuationId: null,
  valuationExtraFen: null,
  factsConfirmed: false,
  step: 1,
  submitKey: null,
  applicationId: null,
}

interface DraftState {
  draft: ApplicationDraft
  update: (patch: Partial<ApplicationDraft>) => void
  reset: () => void
}

export const useApplicationDraft = create<DraftState>()(
  persist(
    (set) => ({
      draft: EMPTY,
      update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
      reset: () => set({ draft: EMPTY }),
    }),
    {
      name: 'wdt.application-draft',
      version: 1,
      storage: taroJsonStorage,
      partialize: (s) => ({ draft: s.draft }),
      migrate: (persisted, version) => {
        // Version 1 is the first shape; an unknown older shape starts afresh.
        if (version !== 1) return { draft: EMPTY } as DraftState
        return persisted as DraftState
      },
    },
  ),
)

