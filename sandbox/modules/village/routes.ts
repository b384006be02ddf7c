import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, paramOf, userIdOf, type Route } from '../../core/http'
import { activatePreCredit, getPreCredit } from './pre-credit'
import { bookVisit, cancelVisit, listStationSlots, listVisits } from './visits'

export function villageRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/stations/{stationId}/slots',
      operationId: 'listStationSlots',
      handle: (req, res) => {
        res.json(listStationSlots(deps, paramOf(req, 'stationId')))
      },
    },
    {
      method: 'post',
      path: '/stations/{stationId}/visits',
      operationId: 'bookVisit',
      handle: (req, res) => {
        res.status(201).json(bookVisit(deps, userIdOf(req), paramOf(req, 'stationId'), bodyOf<Schemas['VisitRequest']>(req)))
      },
    },
    {
      method: 'get',
      path: '/visits',
      operationId: 'listVisits',
      handle: (req, res) => {
        res.json(listVisits(deps, userIdOf(req)))
      },
    },
    {
      method: 'delete',
      path: '/visits/{visitId}',
      operationId: 'cancelVisit',
      handle: (req, res) => {
        cancelVisit(deps, userIdOf(req), paramOf(req, 'visitId'))
        res.status(204).end()
      },
    },
    {
      method: 'get',
      path: '/village/pre-credit',
      operationId: 'getPreCredit',
      handle: (req, res) => {
        res.json(getPreCredit(deps, userIdOf(req)))
      },
    },
    {
      method: 'post',
      path: '/village/pre-credit/activate',
      operationId: 'activatePreCredit',
      handle: (req, res) => {
        res.status(201).json(activatePreCredit(deps, userIdOf(req), bodyOf<Schemas['ActivatePreCreditRequest']>(req)))
      },
    },
  ]
}
