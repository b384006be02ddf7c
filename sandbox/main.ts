/**
 * Starts the sandbox bank from the command line:
 *
 *   tsx sandbox/main.ts [--port 8787] [--db sandbox/.data/sandbox.db] [--mode demo|test]
 *                       [--static dist/h5] [--reset]
 *
 * Environment: PORT, SANDBOX_DB, SANDBOX_MODE (flags win), SANDBOX_KEY (the encryption key; by
 * default a key file beside the database). An empty database is seeded from sandbox/seed/.
 */
import type { SandboxMode } from './core/deps'
import { createSandbox, type Sandbox } from './server'

export interface CliOptions {
  port: number
  dbPath: string
  mode: SandboxMode
  staticDir: string
  reset: boolean
}

export const CLI_DEFAULTS: CliOptions = {
  port: 8787,
  dbPath: 'sandbox/.data/sandbox.db',
  mode: 'demo',
  staticDir: 'dist/h5',
  reset: false,
}

/** The environment variables read (process.env by default). */
export type CliEnv = Record<string, string | undefined>

const USAGE = 'usage: tsx sandbox/main.ts [--port 8787] [--db sandbox/.data/sandbox.db] [--mode demo|test] [--static dist/h5] [--reset]'

function parseMode(value: string): SandboxMode {
  if (value !== 'demo' && value !== 'test') throw new Error(`--mode must be demo or test, got "${value}"\n${USAGE}`)
  return value
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got "${value}"\n${USAGE}`)
  return port
}

/** Flags over environment over defaults. Throws a readable message (with the usage) on a bad flag. */
export function parseCliArgs(argv: string[], env: CliEnv = process.env): CliOptions {
  const opts: CliOptions = {
    ...CLI_DEFAULTS,
    port: env.PORT ? parsePort(env.PORT) : CLI_DEFAULTS.port,
    dbPath: env.SANDBOX_DB || CLI_DEFAULTS.dbPath,
    mode: env.SANDBOX_MODE ? parseMode(env.SANDBOX_MODE) : CLI_DEFAULTS.mode,
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`)
      return v
    }
    if (flag === '--port') opts.port = parsePort(value())
    else if (flag === '--db') opts.dbPath = value()
    else if (flag === '--mode') opts.mode = parseMode(value())
    else if (flag === '--static') opts.staticDir = value()
    else if (flag === '--reset') opts.reset = true
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE)
    else throw new Error(`unknown option ${flag}\n${USAGE}`)
  }
  return opts
}

function timestamped(line: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${line}`)
}

/**
 * Parses the command line, starts the sandbox and prints its URL. With `handleSignals` (default)
 * Ctrl-C closes it cleanly.
 */
export async function startFromCli(
  argv: string[] = process.argv.slice(2),
  env: CliEnv = process.env,
  { handleSignals = true }: { handleSignals?: boolean } = {},
): Promise<Sandbox> {
  const opts = parseCliArgs(argv, env)
  const sandbox = await createSandbox({ ...opts, log: timestamped })
  timestamped(`微贷通 sandbox bank (${opts.mode} mode) at ${sandbox.url}  db: ${opts.dbPath}  static: ${opts.staticDir}`)
  if (handleSignals) {
    const stop = (): void => {
      sandbox.close().finally(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  }
  return sandbox
}

if (require.main === module) {
  startFromCli().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  })
}
