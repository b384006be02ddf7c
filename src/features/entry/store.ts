/**
 * Where the borrower came from (the market or station of the last scanned code), kept across
 * restarts so a later application is credited to the right market and banker. Ids only, no
 * personal data.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJsonStorage } from '@/stores/taro-storage'

export interface EntryOrigin {
  kind: 'market' | 'station'
  id: string
  bankerId?: string
  /** ISO time of the scan. */
  at: string
}

interface EntryState {
  origin: EntryOrigin | null
  remember: (origin: Omit<EntryOrigin, 'at'>) => void
  clear: () => void
}

export const useEntryStore = create<EntryState>()(
  persist(
    (set) => ({
      origin: null,
      remember: (origin) => set({ origin: { ...origin, at: new Date().toISOString() } }),
      clear: () => set({ origin: null }),
    }),
    {
      name: 'wdt.entry',
      version: 1,
      storage: taroJsonStorage,
      partialize: (s) => ({ origin: s.origin }),
    },
  ),
)
