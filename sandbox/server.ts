/**
 * The sandbox bank: an Express app that implements openapi.yaml, validating every request and every
 * response against it, over a file-backed SQLite database seeded from sandbox/seed/.
 *
 *   const sandbox = await createSandbox({ port: 0, dbPath: '/tmp/x/sandbox.db', mode: 'test' })
 *   await fetch(`${sandbox.url}/api/v1/auth/login`, ...)
 *   await sandbox.close()
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import path from 'node:path'
import express, { type Express, type Request, type RequestHandler } from 'express'
import * as OpenApiValidator from 'express-openapi-validator'
import { loadSpec, specForMode } from './contract/spec'
import { createClock } from './core/clock'
import type { SandboxDeps, SandboxMode } from './core/deps'
import { errorMiddleware } from './core/error-middleware'
import { ContractViolationError, MESSAGES, SandboxError } from './core/errors'
import { API_PREFIX, toExpressHandler, toExpressPath, type Route } from './core/http'
import { idempotency } from './core/idempotency'
import { requestLog, type Logger } from './core/request-log'
import { createVault, loadMasterKey } from './core/vault'
import { openDatabase, type Db } from './db/database'
import { applicationRoutes } from './modules/application/routes'
import { authRoutes } from './modules/auth/routes'
import { authenticate } from './modules/auth/service'
import { cardRoutes } from './modules/cards/routes'
import { consentRoutes } from './modules/consent/routes'
import { creditLineRoutes } from './modules/credit-line/routes'
import { entryRoutes } from './modules/entry/routes'
import { faultRoutes } from './modules/faults/routes'
import { identityRoutes } from './modules/identity/routes'
import { ledgerRoutes } from './modules/ledger/routes'
import { propertyRoutes } from './modules/property/routes'
import { taxRoutes, taxTestRoutes } from './modules/tax/routes'
import { MAX_IMAGE_BYTES } from './modules/identity/ocr-service'
import { testSupportRoutes } from './modules/test-support/routes'
import { ticketRoutes, ticketTestRoutes } from './modules/tickets/routes'
import { villageRoutes } from './modules/village/routes'
import { seedDatabase, seedIsStale } from './seed/apply-seed'
import { loadConsentDocuments } from './seed/load-documents'
import { ASSETS_DIR, loadSeed } from './seed/load-seed'

export interface SandboxOptions {
  /** 0 picks a free port. Default 0. */
  port?: number
  /** The sandbox only ever binds the loopback interface. */
  host?: '127.0.0.1'
  dbPath: string
  mode: SandboxMode
  /** The H5 build (dist/h5), served at /. */
  staticDir?: string
  /** Where log lines go (default: stdout). */
  log?: Logger
  /** Wipe and reseed the database before starting. */
  reset?: boolean
  /** The real clock, injectable so tests can expire codes and sessions. */
  now?: () => Date
}

export interface Sandbox {
  url: string
  port: number
  db: Db
  deps: SandboxDeps
  app: Express
  close(): Promise<void>
}

/** Opens and seeds the database and builds the services every module receives. */
export function createDeps(opts: SandboxOptions): SandboxDeps {
  const log = opts.log ?? ((line: string) => console.log(line))
  const seed = loadSeed()
  const documents = loadConsentDocuments()
  const db = openDatabase(opts.dbPath)
  const clock = createClock(db, opts.now)
  const vault = createVault(loadMasterKey(opts.dbPath))
  const outcome = seedDatabase(db, seed, documents, { reset: opts.reset })
  if (outcome === 'seeded') log(`[seed] loaded ${seed.markets.length} markets, ${seed.stations.length} stations, ${seed.registry.people.length} registry people`)
  if (seedIsStale(db, seed)) log('[seed] seed.yaml changed since this database was seeded; restart with --reset to load it')
  return {
    db,
    mode: opts.mode,
    clock,
    vault,
    documents,
    log,
    reseed: () => seedDatabase(db, seed, documents, { reset: true }),
  }
}

/** Every route of the mode; test-support only in test mode. */
export function allRoutes(deps: SandboxDeps): Route[] {
  return [
    ...authRoutes(deps),
    ...entryRoutes(deps),
    ...consentRoutes(deps),
    ...identityRoutes(deps),
    ...taxRoutes(deps),
    ...propertyRoutes(deps),
    ...applicationRoutes(deps),
    ...creditLineRoutes(deps),
    ...cardRoutes(deps),
    ...ledgerRoutes(deps),
    ...villageRoutes(deps),
    ...ticketRoutes(deps),
    ...(deps.mode === 'test' ? testSupportRoutes(deps) : []),
    ...(deps.mode === 'test' ? ticketTestRoutes(deps) : []),
    ...(deps.mode === 'test' ? taxTestRoutes(deps) : []),
    ...(deps.mode === 'test' ? faultRoutes(deps) : []),
  ]
}

function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')
  return match ? match[1] : null
}

function operationIdOf(req: Request): string {
  // express-openapi-validator attaches the matched operation as req.openapi.
  const openapi = (req as Request & { openapi?: { schema?: { operationId?: string } } }).openapi
  return openapi?.schema?.operationId ?? `${req.method} ${req.path}`
}

function contractValidator(deps: SandboxDeps): RequestHandler[] {
  // The validator's declared types want a deeply readonly document; ours is plain data.
  const apiSpec = specForMode(loadSpec(), deps.mode) as unknown as Parameters<typeof OpenApiValidator.middleware>[0]['apiSpec']
  return OpenApiValidator.middleware({
    apiSpec,
    validateApiSpec: true,
    // 'full' checks real calendar dates (2030-02-30 fails), not only their shape.
    ajvFormats: { mode: 'full' },
    validateRequests: { allowUnknownQueryParameters: false },
    validateResponses: {
      // Throwing here turns the response into 500 CONTRACT_VIOLATION via the error middleware.
      onError: (err: { message: string }, _body: unknown, req: Request) => {
        throw new ContractViolationError(operationIdOf(req), err.message)
      },
    },
    validateSecurity: {
      handlers: {
        bearerAuth: (req: Request) => {
          const token = bearerToken(req)
          const auth = token ? authenticate(deps, token) : null
          if (auth) req.auth = auth
          return auth !== null
        },
      },
    },
    fileUploader: { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5 } },
  }) as unknown as RequestHandler[]
}

/** Lets an H5 dev server on another localhost port call the sandbox directly. */
const localCors: RequestHandler = (req, res, next) => {
  const origin = req.get('origin')
  if (origin && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin)) {
    res.set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
      Vary: 'Origin',
    })
    if (req.method === 'OPTIONS') {
      res.status(204).end()
      return
    }
  }
  next()
}

function serveStatic(app: Express, staticDir: string | undefined): void {
  app.use('/assets', express.static(ASSETS_DIR, { index: false, maxAge: '1h' }))
  const index = staticDir ? path.resolve(staticDir, 'index.html') : null
  if (staticDir) app.use(express.static(path.resolve(staticDir)))
  app.get('/', (_req, res) => {
    if (index && fs.existsSync(index)) return res.sendFile(index)
    res
      .type('html')
      .send('<!doctype html><meta charset="utf-8"><title>微贷通 sandbox</title><p>沙箱银行已启动。H5 尚未构建：运行 <code>npm run build:h5</code>。</p>')
  })
}

/** The Express app over `deps`, registering `routes` (tests pass altered tables to prove the drift checks). */
export function createApp(deps: SandboxDeps, routes: Route[] = allRoutes(deps), opts: { staticDir?: string } = {}): Express {
  const app = express()
  app.disable('x-powered-by')
  app.use(requestLog(deps.log))
  app.use(localCors)
  app.use(API_PREFIX, express.json({ limit: '100kb' }))
  app.use(contractValidator(deps))
  app.use(API_PREFIX, idempotency(deps.db, deps.clock, deps.log))
  for (const route of routes) app[route.method](API_PREFIX + toExpressPath(route.path), toExpressHandler(route))
  app.use(API_PREFIX, (_req, _res, next) => next(new SandboxError(404, 'NOT_FOUND', MESSAGES.notFound)))
  serveStatic(app, opts.staticDir)
  const errors = errorMiddleware(deps.log)
  app.use(errors)
  // Once more: when an error response itself breaks the contract (a status the operation does not
  // declare), the response validator reports it through next() after the first error middleware ran.
  app.use(errors)
  return app
}

function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1')
    server.once('listening', () => resolve(server))
    server.once('error', reject)
  })
}

export async function createSandbox(opts: SandboxOptions): Promise<Sandbox> {
  if (opts.host && opts.host !== '127.0.0.1') throw new Error('the sandbox binds 127.0.0.1 only')
  const deps = createDeps(opts)
  const app = createApp(deps, allRoutes(deps), { staticDir: opts.staticDir })
  let server: Server
  try {
    server = await listen(app, opts.port ?? 0)
  } catch (e) {
    deps.db.close()
    throw e
  }
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    db: deps.db,
    deps,
    app,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          deps.db.close()
          if (err) reject(err)
          else resolve()
        })
        server.closeAllConnections()
      }),
  }
}
