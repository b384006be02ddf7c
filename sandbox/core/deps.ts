/** What every service receives: the database and the sandbox's shared services. */
import type { Db } from '../db/database'
import type { ConsentCatalog } from '../seed/load-documents'
import type { Clock } from './clock'
import type { Logger } from './request-log'
import type { Vault } from './vault'

/** demo: a borrower-facing demo; test: adds the test-support operations. */
export type SandboxMode = 'demo' | 'test'

export interface SandboxDeps {
  db: Db
  mode: SandboxMode
  clock: Clock
  vault: Vault
  /** The current consent texts. */
  documents: ConsentCatalog
  log: Logger
  /** Wipes every table and loads the seed again. */
  reseed(): void
}

/** Whether SMS codes are handed back to the client (never in a production-like mode). */
export function revealsDemoSecrets(mode: SandboxMode): boolean {
  return mode === 'demo' || mode === 'test'
}
