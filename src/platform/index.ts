/**
 * H5 implementations (the browser build, tests and type checks). The weapp build gets
 * `index.weapp.ts` instead, through Taro's per-platform file resolution.
 */
import Taro from '@tarojs/taro'
import type { Platform } from './types'
import { runSandboxLiveness } from './sandbox-liveness'

const DEVICE_KEY = 'wdt.device'

function deviceId(): string {
  const existing = Taro.getStorageSync<string>(DEVICE_KEY)
  if (existing) return existing
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  Taro.setStorageSync(DEVICE_KEY, id)
  return id
}

function chooseFile(): Promise<string | null> {
  return Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    .then((res) => res.tempFilePaths[0] ?? null)
    .catch(() => null)
}

export const platform: Platform = {
  kind: 'h5',
  auth: {
    getLoginCode: async () => ({ channel: 'h5', code: deviceId() }),
  },
  phone: { mode: 'sms' },
  face: { verify: runSandboxLiveness },
  media: { chooseIdCardImage: chooseFile },
  secureStorage: {
    get: async (key) => sessionStorage.getItem(key),
    set: async (key, value) => sessionStorage.setItem(key, value),
    remove: async (key) => sessionStorage.removeItem(key),
  },
  screen: {
    protectCapture: () => undefined,
    fontScale: () => 1,
  },
  privacy: { ensureAuthorized: async () => true },
  // A browser has no WeChat subscription messages; the app lists dues on screen instead.
  notifications: { requestSubscribe: async () => false },
  support: { mode: 'none' },
}

export type { Platform } from './types'
