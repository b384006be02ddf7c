/**
 * How modules declare their HTTP routes: a table of operations, each naming its contract
 * operationId and its path as written in openapi.yaml. server.ts registers the tables; the contract
 * test compares what Express registered with the contract's operations.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { MESSAGES, SandboxError } from './errors'

/** The API's base path: the contract's `servers[0].url`. */
export const API_PREFIX = '/api/v1'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface Route {
  method: HttpMethod
  /** As in openapi.yaml, relative to API_PREFIX: `/markets/{marketId}`. */
  path: string
  operationId: string
  handle(req: Request, res: Response): void | Promise<void>
}

/** The session the bearer token belongs to (set by the security handler). */
export interface SessionAuth {
  userId: string
  tokenSha256: string
}

declare global {
  // Express's request type is extended through this global namespace (declaration merging).
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      auth?: SessionAuth
    }
  }
}

/** `/markets/{marketId}` → `/markets/:marketId` */
export function toExpressPath(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1')
}

/** `/markets/:marketId` → `/markets/{marketId}` */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
}

/** The signed-in user of a request; every operation but login runs behind the security handler. */
export function sessionOf(req: Request): SessionAuth {
  if (!req.auth) throw new SandboxError(401, 'UNAUTHORIZED', MESSAGES.unauthorized)
  return req.auth
}

export function userIdOf(req: Request): string {
  return sessionOf(req).userId
}

/**
 * The request body as the contract types it. Safe because express-openapi-validator has
 * validated it against the operation's schema before any handler runs.
 */
export function bodyOf<T>(req: Request): T {
  return req.body as T
}

/** A path parameter (always present: Express only matches the route when it is). */
export function paramOf(req: Request, name: string): string {
  const value = req.params[name]
  if (typeof value !== 'string') throw new Error(`route has no path parameter ${name}`)
  return value
}

/** A single optional query parameter. */
export function queryOf(req: Request, name: string): string | undefined {
  const value = req.query[name]
  return typeof value === 'string' ? value : undefined
}

/** Wraps a route handler so that thrown errors and rejections reach the error middleware. */
export function toExpressHandler(route: Route): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      Promise.resolve(route.handle(req, res)).catch(next)
    } catch (e) {
      next(e)
    }
  }
}

/** The origin the client reached this server at, for absolute asset URLs (bound to 127.0.0.1). */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`
}
