import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { bodyOf, sessionOf, userIdOf, type Route } from '../../core/http'
import { bindPhoneBySms, bindPhoneByWeapp, sendSmsCode } from './phone-service'
import { login, logout } from './service'

export function authRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'post',
      path: '/auth/login',
      operationId: 'login',
      handle: (req, res) => {
        res.json(login(deps, bodyOf<Schemas['LoginRequest']>(req)))
      },
    },
    {
      method: 'post',
      path: '/auth/logout',
      operationId: 'logout',
      handle: (req, res) => {
        logout(deps, sessionOf(req))
        res.status(204).end()
      },
    },
    {
      method: 'post',
      path: '/auth/sms',
      operationId: 'sendSmsCode',
      handle: (req, res) => {
        res.json(sendSmsCode(deps, userIdOf(req), bodyOf<Schemas['SmsRequest']>(req).mobile))
      },
    },
    {
      method: 'post',
      path: '/auth/phone',
      operationId: 'bindPhone',
      handle: (req, res) => {
        const body = bodyOf<Schemas['PhoneRequest']>(req)
        const userId = userIdOf(req)
        res.json('phoneCode' in body ? bindPhoneByWeapp(deps, userId) : bindPhoneBySms(deps, userId, body))
      },
    },
  ]
}
