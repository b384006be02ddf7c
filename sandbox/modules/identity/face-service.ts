/**
 * Face liveness checks. The bank opens a check (verifyId), the face provider records its outcome
 * (in the sandbox: POST /face-provider/{verifyId}/complete), and the bank reads the result back;
 * only then is the borrower's face marked verified. The client never decides that a face passed.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { isoAfter } from '../../core/clock'
import { SandboxError } from '../../core/errors'
import { requireFaceConsent } from '../consent/service'
import { identityRow } from './service'

export const FACE_CHECK_TTL_SECONDS = 10 * 60

export const FACE_MESSAGES = {
  idRequired: '请先完成身份证信息核验',
  notFound: '未找到该次人脸核验，请重新开始',
  expired: '人脸核验已超时，请重新开始',
  completed: '本次人脸核验已结束，请重新开始',
} as const

type FaceStatus = Schemas['FaceStatus']

interface FaceRow {
  id: string
  user_id: string
  id_number_mac: string
  status: FaceStatus
  expires_at: string
  completed_at: string | null
}

export function startFaceVerification(deps: SandboxDeps, userId: string): Schemas['FaceVerification'] {
  requireFaceConsent(deps, userId)
  const identity = identityRow(deps, userId)
  if (!identity?.id_verified_at || !identity.id_number_mac) throw new SandboxError(409, 'ID_REQUIRED', FACE_MESSAGES.idRequired)
  const verifyId = crypto.randomBytes(18).toString('base64url')
  const now = deps.clock.now()
  const expiresAt = isoAfter(now, FACE_CHECK_TTL_SECONDS)
  deps.db
    .prepare(
      `INSERT INTO face_verifications (id, user_id, id_number_mac, status, created_at, expires_at)
       VALUES (?, ?, ?, 'PENDING', ?, ?)`,
    )
    .run(verifyId, userId, identity.id_number_mac, now.toISOString(), expiresAt)
  return { verifyId, expiresAt }
}

/** The user's own check, with a PENDING one past its expiry turned EXPIRED. Others' checks do not exist. */
function ownCheck(deps: SandboxDeps, userId: string, verifyId: string): FaceRow {
  const row = deps.db
    .prepare('SELECT id, user_id, id_number_mac, status, expires_at, completed_at FROM face_verifications WHERE id = ? AND user_id = ?')
    .get(verifyId, userId) as FaceRow | undefined
  if (!row) throw new SandboxError(404, 'FACE_VERIFY_NOT_FOUND', FACE_MESSAGES.notFound)
  if (row.status === 'PENDING' && Date.parse(row.expires_at) <= deps.clock.now().getTime()) {
    deps.db.prepare("UPDATE face_verifications SET status = 'EXPIRED' WHERE id = ?").run(row.id)
    return { ...row, status: 'EXPIRED' }
  }
  return row
}

/** The face provider's report of a liveness outcome. */
export function completeFaceVerification(deps: SandboxDeps, userId: string, verifyId: string, outcome: 'PASS' | 'FAIL'): void {
  const row = ownCheck(deps, userId, verifyId)
  if (row.status === 'EXPIRED') throw new SandboxError(409, 'FACE_VERIFY_EXPIRED', FACE_MESSAGES.expired)
  if (row.status !== 'PENDING') throw new SandboxError(409, 'FACE_VERIFY_COMPLETED', FACE_MESSAGES.completed)
  deps.db
    .prepare('UPDATE face_verifications SET status = ?, completed_at = ? WHERE id = ?')
    .run(outcome === 'PASS' ? 'PASSED' : 'FAILED', deps.clock.nowIso(), row.id)
}

/** The bank's result query; a pass marks the face verified (idempotent) if the ID is still the same. */
export function faceVerificationResult(deps: SandboxDeps, userId: string, verifyId: string): Schemas['FaceVerificationResult'] {
  const row = ownCheck(deps, userId, verifyId)
  if (row.status === 'PASSED') {
    deps.db
      .prepare(
        `UPDATE identities SET face_verified_at = COALESCE(face_verified_at, ?)
         WHERE user_id = ? AND id_number_mac = ?`,
      )
      .run(row.completed_at, userId, row.id_number_mac)
  }
  return { verifyId: row.id, status: row.status }
}
