/**
 * The borrower's display preferences, kept across restarts (no personal data). Large text follows
 * WeChat's font-size setting until the borrower flips the switch on the 我的 page.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { platform } from '@/platform'
import { taroJsonStorage } from './taro-storage'

interface PreferencesState {
  /** null: follow the system font size; true/false: the borrower's own choice. */
  largeText: boolean | null
  setLargeText: (on: boolean) => void
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      largeText: null,
      setLargeText: (on) => set({ largeText: on }),
    }),
    {
      name: 'wdt.preferences',
      version: 1,
      storage: taroJsonStorage,
      partialize: (s) => ({ largeText: s.largeText }),
    },
  ),
)

/** WeChat's own setting counts as large from 1.15× the standard size up. */
export const SYSTEM_LARGE_SCALE = 1.15

/** Whether screens show large text: the borrower's choice, else the system's font size. */
export function useLargeText(forced = false): boolean {
  const choice = usePreferences((s) => s.largeText)
  if (forced) return true
  return choice ?? platform.screen.fontScale() >= SYSTEM_LARGE_SCALE
}
