/** Test mode only: reset the whole sandbox, and pin its today. */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'

export function resetSandbox(deps: SandboxDeps): void {
  deps.reseed()
  deps.log('[test] sandbox reset and reseeded')
}

/** Pins (or releases) today when `today` is given, and moves now forward by `advanceSeconds`. */
export function setClock(deps: SandboxDeps, req: Schemas['ClockRequest']): Schemas['ClockState'] {
  if (req.today !== undefined) deps.clock.setToday(req.today)
  if (req.advanceSeconds) deps.clock.advance(req.advanceSeconds)
  return { today: deps.clock.today(), overridden: deps.clock.isOverridden() }
}
