/**
 * Sessions. A real bank exchanges a wx.login code for the user's openid with WeChat; the sandbox
 * derives a stable openid from the code instead: 'o' + the first 27 hex digits of
 * sha256(channel + ':' + code). H5 sends a random device id it keeps in local storage as its code,
 * so the same browser is the same borrower.
 *
 * Tokens are 32 random bytes (base64url); only their SHA-256 is stored; they last 7 days.
 */
import crypto from 'node:crypto'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { isoAfter } from '../../core/clock'
import type { SessionAuth } from '../../core/http'
import { sha256Hex } from '../../core/vault'

export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60

export function openidFor(channel: Schemas['Channel'], code: string): string {
  return 'o' + sha256Hex(`${channel}:${code}`).slice(0, 27)
}

function findOrCreateUser(deps: SandboxDeps, channel: Schemas['Channel'], openid: string): string {
  const found = deps.db.prepare('SELECT id FROM users WHERE openid = ?').get(openid) as { id: string } | undefined
  if (found) return found.id
  const id = crypto.randomUUID()
  deps.db.prepare('INSERT INTO users (id, openid, channel, created_at) VALUES (?, ?, ?, ?)').run(id, openid, channel, deps.clock.nowIso())
  return id
}

export function login(deps: SandboxDeps, input: Schemas['LoginRequest']): Schemas['LoginResponse'] {
  const userId = findOrCreateUser(deps, input.channel, openidFor(input.channel, input.code))
  const token = crypto.randomBytes(32).toString('base64url')
  const now = deps.clock.now()
  const expiresAt = isoAfter(now, SESSION_TTL_SECONDS)
  deps.db
    .prepare('INSERT INTO sessions (token_sha256, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
    .run(sha256Hex(token), userId, now.toISOString(), expiresAt)
  return { token, expiresAt, userId }
}

/** The live session of a bearer token, or null (unknown, revoked or expired). */
export function authenticate(deps: SandboxDeps, token: string): SessionAuth | null {
  const tokenSha256 = sha256Hex(token)
  const row = deps.db
    .prepare('SELECT user_id, expires_at, revoked_at FROM sessions WHERE token_sha256 = ?')
    .get(tokenSha256) as { user_id: string; expires_at: string; revoked_at: string | null } | undefined
  if (!row || row.revoked_at !== null || Date.parse(row.expires_at) <= deps.clock.now().getTime()) return null
  return { userId: row.user_id, tokenSha256 }
}

export function logout(deps: SandboxDeps, session: SessionAuth): void {
  deps.db
    .prepare('UPDATE sessions SET revoked_at = ? WHERE token_sha256 = ? AND user_id = ? AND revoked_at IS NULL')
    .run(deps.clock.nowIso(), session.tokenSha256, session.userId)
}

export function openidOf(deps: SandboxDeps, userId: string): string {
  const row = deps.db.prepare('SELECT openid FROM users WHERE id = ?').get(userId) as { openid: string } | undefined
  if (!row) throw new Error('session of a missing user')
  return row.openid
}
