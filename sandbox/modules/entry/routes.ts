import type { SandboxDeps } from '../../core/deps'
import { originOf, paramOf, queryOf, type Route } from '../../core/http'
import { getMarket, getStation } from './service'

export function entryRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/markets/{marketId}',
      operationId: 'getMarket',
      handle: (req, res) => {
        res.json(getMarket(deps, paramOf(req, 'marketId'), queryOf(req, 'bankerId'), originOf(req)))
      },
    },
    {
      method: 'get',
      path: '/stations/{stationId}',
      operationId: 'getStation',
      handle: (req, res) => {
        res.json(getStation(deps, paramOf(req, 'stationId'), originOf(req)))
      },
    },
  ]
}
