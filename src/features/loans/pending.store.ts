/**
 * Money that moves exactly once. Every draw and repayment is first written here as a pending
 * operation, with the idempotency key created when the borrower tapped confirm, BEFORE the request
 * is sent. The request (and every retry of it, by this screen, by the client, or after the app was
 * closed and reopened) carries that key, so the bank books it once and answers a repeat with the
 * original result. A success replaces the pending operation by its result; a refusal of that exact
 * request (a 4xx) drops it; a lost answer (network, timeout, 5xx) keeps it until the bank confirms.
 *
 * Persisted (versioned, partialized) over Taro storage. It holds ids, amounts and the one-time SMS
 * code of the pending draw; no card numbers, names or ID numbers.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJsonStorage } from '@/stores/taro-storage'
import { ApiError, isApiError } from '@/services/api/errors'
import { newIdempotencyKey } from '@/services/api/idempotency'
import { loansApi, type Draw, type DrawRequest, type Repayment, type RepaymentRequest } from './api'

export type PendingKind = 'draw' | 'repayment'

interface Bodies {
  draw: DrawRequest
  repayment: RepaymentRequest
}
interface Results {
  draw: Draw
  repayment: Repayment
}

export type PendingOperation<K extends PendingKind = PendingKind> = K extends PendingKind
  ? { kind: K; key: string; body: Bodies[K]; createdAt: string }
  : never

export type CompletedOperation<K extends PendingKind = PendingKind> = K extends PendingKind
  ? { kind: K; key: string; result: Results[K]; completedAt: string }
  : never

/** How one send of a pending operation ended. */
export type SendOutcome<K extends PendingKind = PendingKind> =
  | { status: 'done'; op: PendingOperation<K>; result: Results[K] }
  /** The bank refused this exact request (a 4xx): nothing moved, the key is dropped. */
  | { status: 'refused'; op: PendingOperation<K>; error: ApiError }
  /** No answer (network, timeout, 5xx): still pending, to be confirmed with the same key. */
  | { status: 'unknown'; op: PendingOperation<K>; error: unknown }

/** Results kept for the result screens (newest first). */
const KEEP_COMPLETED = 10

interface PendingState {
  pending: PendingOperation[]
  completed: CompletedOperation[]
  add: (op: PendingOperation) => void
  complete: (done: CompletedOperation) => void
  drop: (key: string) => void
  reset: () => void
}

const EMPTY = { pending: [] as PendingOperation[], completed: [] as CompletedOperation[] }

export const usePendingOperations = create<PendingState>()(
  persist(
    (set) => ({
      ...EMPTY,
      add: (op) => set((s) => ({ pending: [...s.pending.filter((p) => p.key !== op.key), op] })),
      complete: (done) =>
        set((s) => ({
          pending: s.pending.filter((p) => p.key !== done.key),
          completed: [done, ...s.completed.filter((c) => c.key !== done.key)].slice(0, KEEP_COMPLETED),
        })),
      drop: (key) => set((s) => ({ pending: s.pending.filter((p) => p.key !== key) })),
      reset: () => set(EMPTY),
    }),
    {
      name: 'wdt.money-operations',
      version: 1,
      storage: taroJsonStorage,
      partialize: (s) => ({ pending: s.pending, completed: s.completed }),
      migrate: (persisted, version) => {
        // Version 1 is the first shape. An unknown shape keeps nothing it cannot read, but a
        // pending operation is never silently forgotten when it can be read.
        if (version === 1) return persisted as PendingState
        const old = persisted as Partial<typeof EMPTY> | null
        return { pending: Array.isArray(old?.pending) ? old.pending : [], completed: [] } as unknown as PendingState
      },
    },
  ),
)

/** Same JSON, keys in any order (bodies are flat records of strings and numbers). */
function sameBody(a: object, b: object): boolean {
  const norm = (o: object) => JSON.stringify(Object.entries(o).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : 1)))
  return norm(a) === norm(b)
}

/**
 * The pending operation for this confirm tap: the one already pending with the same body (a double
 * tap, a retry), else a new one with a fresh key, written to storage before anything is sent.
 */
export function startOperation<K extends PendingKind>(kind: K, body: Bodies[K]): PendingOperation<K> {
  const state = usePendingOperations.getState()
  const existing = state.pending.find((p) => p.kind === kind && sameBody(p.body, body))
  if (existing) return existing as PendingOperation<K>
  const op = { kind, key: newIdempotencyKey(), body, createdAt: new Date().toISOString() } as PendingOperation<K>
  state.add(op as PendingOperation)
  return op
}

export function pendingOf(kind?: PendingKind): PendingOperation[] {
  return usePendingOperations.getState().pending.filter((p) => !kind || p.kind === kind)
}

export function completedByKey(key: string): CompletedOperation | undefined {
  return usePendingOperations.getState().completed.find((c) => c.key === key)
}

/** A 4xx is the bank's answer to this request; anything else may not have reached it. */
function isRefusal(e: unknown): e is ApiError {
  return isApiError(e) && e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429
}

const inFlight = new Map<string, Promise<SendOutcome>>()

async function sendOnce(op: PendingOperation): Promise<SendOutcome> {
  const store = usePendingOperations.getState()
  try {
    if (op.kind === 'draw') {
      const result = await loansApi.draw(op.body, op.key)
      store.complete({ kind: 'draw', key: op.key, result, completedAt: new Date().toISOString() })
      return { status: 'done', op, result }
    }
    const result = await loansApi.repay(op.body, op.key)
    store.complete({ kind: 'repayment', key: op.key, result, completedAt: new Date().toISOString() })
    return { status: 'done', op, result }
  } catch (error) {
    if (isRefusal(error)) {
      usePendingOperations.getState().drop(op.key)
      return { status: 'refused', op, error }
    }
    return { status: 'unknown', op, error }
  }
}

/**
 * Sends a pending operation with its key (the client itself retries a lost answer a few times).
 * Concurrent sends of one key share one request.
 */
export function sendOperation<K extends PendingKind>(op: PendingOperation<K>): Promise<SendOutcome<K>> {
  let running = inFlight.get(op.key)
  if (!running) {
    running = sendOnce(op as PendingOperation).finally(() => inFlight.delete(op.key))
    inFlight.set(op.key, running)
  }
  return running as Promise<SendOutcome<K>>
}

let reconciling: Promise<SendOutcome[]> | null = null

/**
 * On relaunch, before new draws or repayments are offered: resends every pending operation with its
 * own key. The bank answers with the original result if it had booked it (or books it now, once);
 * the operation is then cleared and its result kept for the screens. Operations still without an
 * answer stay pending (outcome 'unknown').
 */
export function reconcilePending(): Promise<SendOutcome[]> {
  reconciling ??= (async () => {
    const outcomes: SendOutcome[] = []
    for (const op of pendingOf()) outcomes.push(await sendOperation(op))
    return outcomes
  })().finally(() => {
    reconciling = null
  })
  return reconciling
}

/** For tests: forget everything, in memory and in storage. */
export function resetPendingOperations(): void {
  inFlight.clear()
  reconciling = null
  usePendingOperations.getState().reset()
}
