import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, userIdOf, type Route } from '../../core/http'
import { requireVerifiedPerson } from '../tax/person'
import { createValuation, listCommunities } from './service'

export function propertyRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/property/communities',
      operationId: 'listCommunities',
      handle: (req, res) => {
        requireVerifiedPerson(deps, userIdOf(req))
        res.json(listCommunities(deps))
      },
    },
    {
      method: 'post',
      path: '/property/valuations',
      operationId: 'createPropertyValuation',
      handle: (req, res) => {
        res.status(201).json(createValuation(deps, userIdOf(req), bodyOf<Schemas['PropertyValuationRequest']>(req)))
      },
    },
  ]
}
