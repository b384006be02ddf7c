/**
 * Test mode only: faults injected into the money-moving operations, to prove that a client's
 * retry with the same Idempotency-Key moves money exactly once.
 *
 * - DELAY: waits `delayMs` before handling.
 * - ERROR_500: answers 500 INTERNAL_ERROR before doing anything.
 * - COMMIT_THEN_DROP: the transaction (and the idempotency record) commits, then the socket is
 *   destroyed without a response, as when a phone loses its connection at the worst moment.
 *
 * Each fault applies to the next `times` calls of its operation ('*': any of them).
 */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { MESSAGES, SandboxError } from '../../core/errors'

export type FaultOperation = Schemas['FaultRequest']['operation']
export type FaultKind = Schemas['FaultRequest']['kind']

interface Fault {
  operation: FaultOperation
  kind: FaultKind
  delayMs: number
  remaining: number
}

const faultsByDeps = new WeakMap<object, Fault[]>()

/** Faults live as long as the sandbox process, per database (tests run several sandboxes). */
function faultsOf(deps: SandboxDeps): Fault[] {
  let list = faultsByDeps.get(deps.db)
  if (!list) {
    list = []
    faultsByDeps.set(deps.db, list)
  }
  return list
}

export function injectFault(deps: SandboxDeps, req: Schemas['FaultRequest']): void {
  faultsOf(deps).push({ operation: req.operation, kind: req.kind, delayMs: req.delayMs ?? 1000, remaining: req.times ?? 1 })
  deps.log(`[test] fault ${req.kind} on ${req.operation} x${req.times ?? 1}`)
}

export function clearFaults(deps: SandboxDeps): void {
  faultsOf(deps).length = 0
}

/** Takes one use of the first fault armed for `operation`, if any. */
function takeFault(deps: SandboxDeps, operation: string): Fault | null {
  const list = faultsOf(deps)
  const index = list.findIndex((f) => f.operation === operation || f.operation === '*')
  if (index < 0) return null
  const fault = list[index]
  fault.remaining -= 1
  if (fault.remaining <= 0) list.splice(index, 1)
  return fault
}

/**
 * Applies a fault before the handler runs (DELAY, ERROR_500); returns whether the response must be
 * dropped after the commit (COMMIT_THEN_DROP). Never fires in demo mode.
 */
export async function beforeHandling(deps: SandboxDeps, operation: string): Promise<{ dropAfterCommit: boolean }> {
  if (deps.mode !== 'test') return { dropAfterCommit: false }
  const fault = takeFault(deps, operation)
  if (!fault) return { dropAfterCommit: false }
  if (fault.kind === 'DELAY') await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  if (fault.kind === 'ERROR_500') throw new SandboxError(500, 'INTERNAL_ERROR', MESSAGES.internal)
  return { dropAfterCommit: fault.kind === 'COMMIT_THEN_DROP' }
}
