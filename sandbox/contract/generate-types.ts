/**
 * Generates the client's contract types from openapi.yaml with openapi-typescript's Node API
 * (run in a child process: see openapi-ts-worker.mjs).
 *
 *   tsx sandbox/contract/generate-types.ts           writes src/services/api/schema.gen.ts
 *   tsx sandbox/contract/generate-types.ts --check   exits 1 when the committed file is stale
 *
 * contract.test.ts calls checkGeneratedTypes(), so a contract edit without regenerating fails.
 */
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const SPEC_PATH = path.join(__dirname, 'openapi.yaml')
const WORKER = path.join(__dirname, 'openapi-ts-worker.mjs')
export const GENERATED_PATH = path.join(__dirname, '..', '..', 'src', 'services', 'api', 'schema.gen.ts')

const HEADER = `/* eslint-disable */
/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * Generated from sandbox/contract/openapi.yaml by sandbox/contract/generate-types.ts
 * (\`npm run gen:api\`) with openapi-typescript. Change the contract, then regenerate;
 * sandbox/contract/contract.test.ts fails while this file is stale.
 */

`

const FOOTER = `
/** Shorthands over the generated types. */
export type Schemas = components['schemas']
export type ErrorCode = components['schemas']['ErrorCode']
export type OperationId = keyof operations
`

/** openapi-typescript's output for a contract text, from the worker process. */
function runOpenapiTs(specText: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [WORKER], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`openapi-typescript failed: ${stderr || err.message}`))
      else resolve(stdout)
    })
    child.stdin?.end(specText)
  })
}

/** The TypeScript source generated from a contract text (YAML); default: openapi.yaml. */
export async function generateTypes(specText?: string): Promise<string> {
  const text = specText ?? (await readFile(SPEC_PATH, 'utf8'))
  return HEADER + (await runOpenapiTs(text)) + FOOTER
}

export interface GeneratedTypesCheck {
  upToDate: boolean
  path: string
  /** The first line that differs, for a readable failure. */
  firstDifference?: { line: number; committed: string | undefined; generated: string | undefined }
}

function firstDifference(committed: string, generated: string): GeneratedTypesCheck['firstDifference'] {
  const a = committed.split('\n')
  const b = generated.split('\n')
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, committed: a[i], generated: b[i] }
  }
  return undefined
}

async function readCommitted(): Promise<string> {
  try {
    return await readFile(GENERATED_PATH, 'utf8')
  } catch {
    return ''
  }
}

/** Compares the committed schema.gen.ts with what the contract generates now. */
export async function checkGeneratedTypes(specText?: string): Promise<GeneratedTypesCheck> {
  const [committed, generated] = await Promise.all([readCommitted(), generateTypes(specText)])
  if (committed === generated) return { upToDate: true, path: GENERATED_PATH }
  return { upToDate: false, path: GENERATED_PATH, firstDifference: firstDifference(committed, generated) }
}

async function main(): Promise<void> {
  const rel = path.relative(process.cwd(), GENERATED_PATH)
  if (process.argv.includes('--check')) {
    const result = await checkGeneratedTypes()
    if (result.upToDate) {
      console.log(`${rel} is up to date`)
      return
    }
    console.error(`${rel} is stale (first difference at line ${result.firstDifference?.line}); run npm run gen:api`)
    process.exitCode = 1
    return
  }
  await writeFile(GENERATED_PATH, await generateTypes())
  console.log(`wrote ${rel}`)
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
}
