import type { ConsentKind, Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, paramOf, userIdOf, type Route } from '../../core/http'
import { getDocument, listConsents, recordConsent } from './service'

export function consentRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/consents/documents/{kind}',
      operationId: 'getConsentDocument',
      handle: (req, res) => {
        // The validator has checked kind against the ConsentKind enum.
        res.json(getDocument(deps, paramOf(req, 'kind') as ConsentKind))
      },
    },
    {
      method: 'get',
      path: '/consents',
      operationId: 'listConsents',
      handle: (req, res) => {
        res.json(listConsents(deps, userIdOf(req)))
      },
    },
    {
      method: 'post',
      path: '/consents',
      operationId: 'recordConsent',
      handle: (req, res) => {
        res.status(201).json(recordConsent(deps, userIdOf(req), bodyOf<Schemas['ConsentRequest']>(req)))
      },
    },
  ]
}
