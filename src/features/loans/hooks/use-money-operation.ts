import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError } from '@/services/api/errors'
import { reconcilePending, sendOperation, startOperation, type PendingKind, type PendingOperation, type SendOutcome } from '../pending.store'

/** Pause between confirmations of an unanswered operation (the client retries within each). */
export const CONFIRM_RETRY_MS = 2_000
/** Rounds of confirmation before the screen hands the retry to the borrower. */
export const CONFIRM_ROUNDS = 4

/** idle → sending → done | refused; `confirming` while an answer was lost and is being confirmed. */
export type MoneyPhase = 'idle' | 'sending' | 'confirming' | 'stalled'

type DoneOutcome<K extends PendingKind> = Extract<SendOutcome<K>, { status: 'done' }>

export interface MoneyOperationHandlers<K extends PendingKind> {
  onDone: (outcome: DoneOutcome<K>) => void
  onRefused: (error: ApiError) => void
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Confirms a draw or repayment exactly once: `submit(body)` writes the pending operation (key
 * created now) before sending; a tap while busy is ignored (and would reuse the key anyway); a
 * lost answer keeps the operation pending and is confirmed with the same key until the bank
 * answers, `retry()` after that.
 */
export function useMoneyOperation<K extends PendingKind>(kind: K, handlers: MoneyOperationHandlers<K>) {
  const [phase, setPhase] = useState<MoneyPhase>('idle')
  const busy = useRef(false)
  const alive = useRef(true)
  const current = useRef<PendingOperation<K> | null>(null)
  const handlersRef = useRef(handlers)
  handlersRef.current = handlers

  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])

  const drive = useCallback(async (op: PendingOperation<K>) => {
    busy.current = true
    current.current = op
    try {
      for (let round = 0; alive.current; round++) {
        const outcome = await sendOperation(op)
        if (!alive.current) return
        if (outcome.status === 'done') {
          setPhase('idle')
          handlersRef.current.onDone(outcome as DoneOutcome<K>)
          return
        }
        if (outcome.status === 'refused') {
          setPhase('idle')
          handlersRef.current.onRefused(outcome.error)
          return
        }
        if (round + 1 >= CONFIRM_ROUNDS) {
          setPhase('stalled')
          return
        }
        setPhase('confirming')
        await wait(CONFIRM_RETRY_MS)
      }
    } finally {
      busy.current = false
    }
  }, [])

  const submit = useCallback(
    (body: PendingOperation<K>['body']) => {
      if (busy.current) return
      busy.current = true
      setPhase('sending')
      void drive(startOperation(kind, body as never) as PendingOperation<K>)
    },
    [drive, kind],
  )

  const retry = useCallback(() => {
    if (busy.current || !current.current) return
    setPhase('confirming')
    void drive(current.current)
  }, [drive])

  return { phase, busy: phase !== 'idle', submit, retry }
}

export type ReconcileState = 'checking' | 'clear' | 'unresolved'

/**
 * Runs `reconcilePending()` when a money screen opens, before it offers a new draw or repayment.
 * `outcomes` tells the screen what the confirmed operations were (to show their results).
 */
export function useReconcile(onOutcomes?: (outcomes: SendOutcome[]) => void) {
  const [state, setState] = useState<ReconcileState>('checking')
  const cb = useRef(onOutcomes)
  cb.current = onOutcomes
  const run = useCallback(() => {
    // Asking again while unresolved keeps saying so (no flicker back to a spinner).
    setState((s) => (s === 'unresolved' ? s : 'checking'))
    let alive = true
    reconcilePending().then(
      (outcomes) => {
        if (!alive) return
        setState(outcomes.some((o) => o.status === 'unknown') ? 'unresolved' : 'clear')
        cb.current?.(outcomes)
      },
      () => alive && setState('unresolved'),
    )
    return () => {
      alive = false
    }
  }, [])
  useEffect(run, [run])
  return { state, retry: run }
}
