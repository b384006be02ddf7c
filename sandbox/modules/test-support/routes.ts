import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, type Route } from '../../core/http'
import { resetSandbox, setClock } from './service'

/** Registered in test mode only (and left out of the validated contract in demo mode). */
export function testSupportRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'post',
      path: '/test/reset',
      operationId: 'resetSandbox',
      handle: (_req, res) => {
        resetSandbox(deps)
        res.status(204).end()
      },
    },
    {
      method: 'post',
      path: '/test/clock',
      operationId: 'setClock',
      handle: (req, res) => {
        res.json(setClock(deps, bodyOf<Schemas['ClockRequest']>(req)))
      },
    },
  ]
}
