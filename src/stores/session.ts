/**
 * The borrower's session with the bank. The token lives in memory and in the platform's secure
 * storage (never in persisted app state); the API client asks for it and renews it through here.
 */
import { create } from 'zustand'
import { configureAuth } from '@/services/api/client'
import { loginWithCode } from '@/services/api/auth'
import { platform } from '@/platform'

const TOKEN_KEY = 'wdt.session-token'

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'error'

interface SessionState {
  status: SessionStatus
  token: string | null
  userId: string | null
}

export const useSession = create<SessionState>(() => ({ status: 'idle', token: null, userId: null }))

let inFlight: Promise<string> | null = null

async function login(): Promise<string> {
  useSession.setState({ status: 'loading' })
  try {
    const res = await loginWithCode(await platform.auth.getLoginCode())
    await platform.secureStorage.set(TOKEN_KEY, res.token)
    useSession.setState({ status: 'ready', token: res.token, userId: res.userId })
    return res.token
  } catch (e) {
    useSession.setState({ status: 'error' })
    throw e
  }
}

/** Logs in once, however many callers ask at the same time. */
function renew(): Promise<string> {
  inFlight ??= login().finally(() => {
    inFlight = null
  })
  return inFlight
}

/** A usable token: the one in memory, the stored one, or a fresh login. */
export async function currentToken(): Promise<string> {
  const inMemory = useSession.getState().token
  if (inMemory) return inMemory
  const stored = await platform.secureStorage.get(TOKEN_KEY)
  if (stored) {
    useSession.setState({ status: 'ready', token: stored })
    return stored
  }
  return renew()
}

export async function logout(): Promise<void> {
  await platform.secureStorage.remove(TOKEN_KEY)
  useSession.setState({ status: 'idle', token: null, userId: null })
}

configureAuth({ current: currentToken, renew })
