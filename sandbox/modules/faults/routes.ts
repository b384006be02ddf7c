import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, type Route } from '../../core/http'
import { checkLedger } from '../ledger/check'
import { clearFaults, injectFault } from './service'

/** Test mode only (registered with the test-support routes). */
export function faultRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'post',
      path: '/test/faults',
      operationId: 'injectFault',
      handle: (req, res) => {
        injectFault(deps, bodyOf<Schemas['FaultRequest']>(req))
        res.status(204).end()
      },
    },
    {
      method: 'delete',
      path: '/test/faults',
      operationId: 'clearFaults',
      handle: (_req, res) => {
        clearFaults(deps)
        res.status(204).end()
      },
    },
    {
      method: 'get',
      path: '/test/ledger',
      operationId: 'checkLedger',
      handle: (_req, res) => {
        res.json(checkLedger(deps))
      },
    },
  ]
}
