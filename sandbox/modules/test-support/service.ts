/** Test mode only: reset the whole sandbox, and pin its today. */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'

export function resetSandbox(deps: SandboxDeps): void {
  deps.reseed()
  deps.log('[test] sandbox reset and reseeded')
}

export function setClock(deps: SandboxDeps, today: string | null): Schemas['ClockState'] {
  deps.clock.setToday(today)
  return { today: deps.clock.today(), overridden: deps.clock.isOverridden() }
}
