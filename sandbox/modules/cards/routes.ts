import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, paramOf, userIdOf, type Route } from '../../core/http'
import { bindCard, listCards, unbindCard } from './service'

export function cardRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/cards',
      operationId: 'listCards',
      handle: (req, res) => {
        res.json(listCards(deps, userIdOf(req)))
      },
    },
    {
      method: 'post',
      path: '/cards',
      operationId: 'bindCard',
      handle: (req, res) => {
        res.status(201).json(bindCard(deps, userIdOf(req), bodyOf<Schemas['BindCardRequest']>(req).cardNumber))
      },
    },
    {
      method: 'delete',
      path: '/cards/{cardId}',
      operationId: 'unbindCard',
      handle: (req, res) => {
        unbindCard(deps, userIdOf(req), paramOf(req, 'cardId'))
        res.status(204).end()
      },
    },
  ]
}
