/**
 * openapi.yaml as data: loaded once per sandbox, trimmed to the operations of a mode, and listed
 * operation by operation for the drift tests.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import type { SandboxMode } from '../core/deps'
import type { HttpMethod } from '../core/http'

export const SPEC_FILE = path.join(__dirname, 'openapi.yaml')
export const TEST_SUPPORT_TAG = 'test-support'

const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete']

/** The parts of an OpenAPI document the sandbox reads; the validator reads the rest. */
export interface OperationObject {
  operationId?: string
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: { $ref?: string; name?: string; in?: string }[]
  requestBody?: unknown
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }>
}
export type PathItem = Partial<Record<HttpMethod, OperationObject>> & Record<string, unknown>
export interface OpenApiDocument {
  openapi: string
  servers?: { url: string }[]
  paths: Record<string, PathItem>
  components?: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

export interface Operation {
  method: HttpMethod
  path: string
  operationId: string
  op: OperationObject
}

export function loadSpec(file = SPEC_FILE): OpenApiDocument {
  return YAML.parse(fs.readFileSync(file, 'utf8')) as OpenApiDocument
}

export function listOperations(spec: OpenApiDocument): Operation[] {
  return Object.entries(spec.paths).flatMap(([p, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method]
      return op ? [{ method, path: p, operationId: op.operationId ?? '', op }] : []
    }),
  )
}

/** Demo mode drops the test-support operations, so they are 404 like any unknown path. */
export function specForMode(spec: OpenApiDocument, mode: SandboxMode): OpenApiDocument {
  if (mode === 'test') return spec
  const paths: Record<string, PathItem> = {}
  for (const [p, item] of Object.entries(spec.paths)) {
    const kept: PathItem = { ...item }
    for (const method of METHODS) if (kept[method]?.tags?.includes(TEST_SUPPORT_TAG)) delete kept[method]
    if (METHODS.some((m) => kept[m])) paths[p] = kept
  }
  return { ...spec, paths }
}

export function isTestSupport(op: Operation): boolean {
  return op.op.tags?.includes(TEST_SUPPORT_TAG) ?? false
}
