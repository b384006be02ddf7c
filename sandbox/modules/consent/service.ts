/**
 * Consents: the documents' current texts, and an append-only record of every grant, decline and
 * withdrawal, each tied to the exact text version the borrower saw.
 */
import type { ConsentKind, Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'
import type { ConsentDocument } from '../../seed/load-documents'

export const CONSENT_MESSAGES = {
  versionStale: '协议内容已更新，请重新阅读后再确认',
  privacyRequired: '请先阅读并同意《微贷通个人信息处理规则》',
  faceRequired: '请先同意人脸信息处理；如不同意，可携带身份证到网点或惠农通服务站核验身份',
} as const

interface ConsentRow {
  id: number
  kind: ConsentKind
  version: string
  granted: 0 | 1
  recorded_at: string
}

function currentDocument(deps: SandboxDeps, kind: ConsentKind): ConsentDocument {
  const doc = deps.documents.get(kind)
  // The catalog is checked at start to hold every kind, so this is a programming error.
  if (!doc) throw new Error(`no consent document of kind ${kind}`)
  return doc
}

function toRecord(row: ConsentRow): Schemas['ConsentRecord'] {
  return { id: row.id, kind: row.kind, version: row.version, granted: row.granted === 1, recordedAt: row.recorded_at }
}

export function getDocument(deps: SandboxDeps, kind: ConsentKind): Schemas['ConsentDocument'] {
  const doc = currentDocument(deps, kind)
  return { kind: doc.kind, version: doc.version, title: doc.title, body: doc.body, required: doc.required, effectiveDate: doc.effectiveDate }
}

export function recordConsent(deps: SandboxDeps, userId: string, req: Schemas['ConsentRequest']): Schemas['ConsentRecord'] {
  const current = currentDocument(deps, req.kind)
  if (req.version !== current.version) {
    throw new SandboxError(409, 'CONSENT_VERSION_STALE', CONSENT_MESSAGES.versionStale, { currentVersion: current.version })
  }
  const result = deps.db
    .prepare('INSERT INTO consents (user_id, kind, version, granted, recorded_at) VALUES (?, ?, ?, ?, ?)')
    .run(userId, req.kind, req.version, req.granted ? 1 : 0, deps.clock.nowIso())
  const row = deps.db
    .prepare('SELECT id, kind, version, granted, recorded_at FROM consents WHERE id = ? AND user_id = ?')
    .get(result.lastInsertRowid, userId) as ConsentRow
  return toRecord(row)
}

/** Every record of the user, newest first (the first of each kind is the one in force). */
export function listConsents(deps: SandboxDeps, userId: string): Schemas['ConsentRecord'][] {
  const rows = deps.db
    .prepare('SELECT id, kind, version, granted, recorded_at FROM consents WHERE user_id = ? ORDER BY id DESC')
    .all(userId) as ConsentRow[]
  return rows.map(toRecord)
}

/** Whether the user's latest decision on `kind` grants its current version. */
export function hasCurrentConsent(deps: SandboxDeps, userId: string, kind: ConsentKind): boolean {
  const latest = deps.db
    .prepare('SELECT version, granted FROM consents WHERE user_id = ? AND kind = ? ORDER BY id DESC LIMIT 1')
    .get(userId, kind) as Pick<ConsentRow, 'version' | 'granted'> | undefined
  return latest?.granted === 1 && latest.version === currentDocument(deps, kind).version
}

export function requirePrivacyConsent(deps: SandboxDeps, userId: string): void {
  if (!hasCurrentConsent(deps, userId, 'PRIVACY')) throw new SandboxError(403, 'CONSENT_REQUIRED', CONSENT_MESSAGES.privacyRequired)
}

export function requireFaceConsent(deps: SandboxDeps, userId: string): void {
  if (!hasCurrentConsent(deps, userId, 'FACE')) throw new SandboxError(403, 'FACE_CONSENT_REQUIRED', CONSENT_MESSAGES.faceRequired)
}
