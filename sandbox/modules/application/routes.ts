import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, originOf, paramOf, userIdOf, type Route } from '../../core/http'
import { getApplication, listApplications, listProducts, submitApplication } from './service'

export function applicationRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/products',
      operationId: 'listProducts',
      handle: (_req, res) => {
        res.json(listProducts(deps))
      },
    },
    {
      method: 'post',
      path: '/applications',
      operationId: 'submitApplication',
      handle: (req, res) => {
        res.status(201).json(submitApplication(deps, userIdOf(req), bodyOf<Schemas['ApplicationRequest']>(req), originOf(req)))
      },
    },
    {
      method: 'get',
      path: '/applications',
      operationId: 'listApplications',
      handle: (req, res) => {
        res.json(listApplications(deps, userIdOf(req), originOf(req)))
      },
    },
    {
      method: 'get',
      path: '/applications/{applicationId}',
      operationId: 'getApplication',
      handle: (req, res) => {
        res.json(getApplication(deps, userIdOf(req), paramOf(req, 'applicationId'), originOf(req)))
      },
    },
  ]
}
