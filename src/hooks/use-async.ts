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
    setState((s) => ({ ...s, status: 'loading', error: null }))
    loadRef.current().then(
      (data) => {
        if (id === run.current) setState({ status: 'success', data, error: null })
      },
      (error: unknown) => {
        if (id === run.current) setState((s) => ({ ...s, status: 'error', error }))
      },
    )
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(execute, deps)

  return {
    ...state,
    errorMessage: state.status === 'error' ? messageOf(state.error) : null,
    reload: execute,
  }
}
