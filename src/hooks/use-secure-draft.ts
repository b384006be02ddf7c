import { useCallback, useEffect, useRef, useState } from 'react'
import { platform } from '@/platform'

/**
 * A form draft that survives an error, a lost network and a restart. Drafts of personal data go
 * to the platform's secure storage (encrypted on weapp, the tab's session on H5), never to plain
 * persisted state; `clear` drops them as soon as the server has accepted the form.
 */
export function useSecureDraft<T extends object>(key: string, initial: T) {
  const [draft, setDraft] = useState<T>(initial)
  const [loaded, setLoaded] = useState(false)
  const storageKey = `wdt.draft.${key}`
  const touched = useRef(false)

  useEffect(() => {
    let alive = true
    platform.secureStorage.get(storageKey).then((raw) => {
      if (!alive) return
      if (raw && !touched.current) {
        try {
          setDraft({ ...initial, ...(JSON.parse(raw) as Partial<T>) })
        } catch {
          // A corrupt draft is dropped.
        }
      }
      setLoaded(true)
    })
    return () => {
      alive = false
    }
    // The key identifies the draft; `initial` only fills fields a stored draft lacks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey])

  const update = useCallback(
    (patch: Partial<T>) => {
      touched.current = true
      setDraft((prev) => {
        const next = { ...prev, ...patch }
        void platform.secureStorage.set(storageKey, JSON.stringify(next))
        return next
      })
    },
    [storageKey],
  )

  const clear = useCallback(() => {
    void platform.secureStorage.remove(storageKey)
  }, [storageKey])

  return { draft, update, clear, loaded }
}
