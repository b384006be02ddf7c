import type { SandboxDeps } from '../../core/deps'
import { userIdOf, type Route } from '../../core/http'
import { settleDueApplications } from '../application/service'
import { listCreditLines } from './service'

export function creditLineRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/credit-lines',
      operationId: 'listCreditLines',
      handle: (req, res) => {
        const userId = userIdOf(req)
        settleDueApplications(deps, userId)
        res.json(listCreditLines(deps, userId))
      },
    },
  ]
}
