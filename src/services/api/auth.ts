/** The login exchange, the one call made without a session. */
import type { LoginCode } from '@/platform/types'
import { api } from './client'
import type { Schemas } from './types'

export function loginWithCode(login: LoginCode): Promise<Schemas['LoginResponse']> {
  return api.post<Schemas['LoginResponse']>('/auth/login', login, { auth: false })
}
