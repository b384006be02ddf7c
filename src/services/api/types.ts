/** Named access to the contract's schemas (generated from sandbox/contract/openapi.yaml). */
import type { components } from './schema.gen'

export type Schemas = components['schemas']
