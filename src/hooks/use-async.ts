import { useCallback, useEffect, useRef, useState } from 'react'
import type { AsyncStatus } from '@/components/page-container'
import { messageOf } from '@/services/api/errors'

export interface AsyncState<T> {
  status: AsyncStatus
  data: T | null
  error: unknown
  /** The error as a Chinese sentence, for the page. */
  errorMessage: string | null
  reload: () => void
}

/**
 * Runs `load` on mount and whenever `deps` change; `reload` runs it again. A result that arrives
 * after a newer run started is dropped, so a slow first answer never overwrites a fresh one.
 * Only the first load goes through 'loading' and 'error'; a refresh keeps the data on screen and,
 * if it fails, reports it in `errorMessage` alongside the data.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ status: AsyncStatus; data: T | null; error: unknown }>({
    status: 'loading',
    data: null,
    error: null,
  })
  const run = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const execute = useCallback(() => {
    const id = ++run.current
    // A refresh keeps what is on screen (no spinner, no flicker); only a first load shows loading.
    setState((s) => (s.data !== null ? { ...s, error: null } : { ...s, status: 'loading', error: null }))
    loadRef.current().then(
      (data) => {
        if (id === run.current) setState({ status: 'success', data, error: null })
      },
      (error: unknown) => {
        // A failed refresh keeps the data shown; a failed first load is the page's error.
        if (id === run.current) setState((s) => (s.data !== null ? { ...s, error } : { ...s, status: 'error', error }))
      },
    )
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(execute, deps)

  return {
    ...state,
    errorMessage: state.error ? messageOf(state.error) : null,
    reload: execute,
  }
}
