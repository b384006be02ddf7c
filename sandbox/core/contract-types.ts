/**
 * The contract's generated types, seen from the sandbox. Services return these shapes, so the
 * compiler checks the server against the same contract the client is generated from.
 */
import type { components } from '../../src/services/api/schema.gen'

export type Schemas = components['schemas']
export type ErrorCode = Schemas['ErrorCode']
export type ConsentKind = Schemas['ConsentKind']
export type IdentityStatus = Schemas['IdentityStatus']
