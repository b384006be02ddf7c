import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, paramOf, userIdOf, type Route } from '../../core/http'
import { createTicket, getTicket, signTicket } from './service'

export function ticketRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/tickets/{ticket}',
      operationId: 'getTicket',
      handle: (req, res) => {
        res.json(getTicket(deps, userIdOf(req), paramOf(req, 'ticket')))
      },
    },
    {
      method: 'post',
      path: '/tickets/{ticket}/sign',
      operationId: 'signTicket',
      handle: (req, res) => {
        res.status(201).json(signTicket(deps, userIdOf(req), paramOf(req, 'ticket'), bodyOf<Schemas['SignTicketRequest']>(req)))
      },
    },
  ]
}

/** Test mode only: what the banker's system does. */
export function ticketTestRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'post',
      path: '/test/tickets',
      operationId: 'createTicket',
      handle: (req, res) => {
        res.status(201).json(createTicket(deps, bodyOf<Schemas['TestTicketRequest']>(req)))
      },
    },
  ]
}
