import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, userIdOf, type Route } from '../../core/http'
import { authorizeTax, getTaxProfile, listTaxBusinesses, setTaxServiceAvailable } from './service'

export function taxRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/tax/businesses',
      operationId: 'listTaxBusinesses',
      handle: (req, res) => {
        res.json(listTaxBusinesses(deps, userIdOf(req)))
      },
    },
    {
      method: 'post',
      path: '/tax/authorizations',
      operationId: 'authorizeTax',
      handle: (req, res) => {
        res.status(201).json(authorizeTax(deps, userIdOf(req), bodyOf<Schemas['TaxAuthorizationRequest']>(req)))
      },
    },
    {
      method: 'get',
      path: '/tax/profile',
      operationId: 'getTaxProfile',
      handle: (req, res) => {
        res.json(getTaxProfile(deps, userIdOf(req)))
      },
    },
  ]
}

/** Test mode only (registered with the test-support routes). */
export function taxTestRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'post',
      path: '/test/tax-service',
      operationId: 'setTaxService',
      handle: (req, res) => {
        setTaxServiceAvailable(deps, bodyOf<Schemas['TaxServiceRequest']>(req).available)
        res.status(204).end()
      },
    },
  ]
}
