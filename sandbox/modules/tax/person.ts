/**
 * Who the borrower is, for the lending journeys: tax authorization, property valuation and
 * applications all need a fully verified identity (mobile, ID and face), and look the person up
 * in the registries by their ID number.
 */
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'
import { ageOn, identityRow, sealContext } from '../identity/service'

export const PERSON_MESSAGES = {
  identityRequired: '请先完成实名认证',
} as const

export interface VerifiedPerson {
  idNumber: string
  birthDate: string
}

/** The verified person behind the user (403 IDENTITY_REQUIRED until real-name verification is done). */
export function requireVerifiedPerson(deps: SandboxDeps, userId: string): VerifiedPerson {
  const row = identityRow(deps, userId)
  if (!row?.mobile_enc || !row.id_verified_at || !row.face_verified_at || !row.id_number_enc) {
    throw new SandboxError(403, 'IDENTITY_REQUIRED', PERSON_MESSAGES.identityRequired)
  }
  const idNumber = deps.vault.open(row.id_number_enc, sealContext.idNumber(userId))
  return { idNumber, birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}` }
}

/** Whole years of the person on `today`. */
export function ageOf(person: VerifiedPerson, today: string): number {
  return ageOn(person.birthDate, today)
}
