/**
 * A small stand-in for `@tarojs/taro` in screen tests: storage in memory, navigation recorded,
 * toasts and modals recorded, router params settable, requests answered by a test-provided
 * handler. Screens are the thing under test; this is only the platform beneath them.
 */
import { useEffect } from 'react'

type Handler = (opts: { url: string; method: string; data?: unknown; header?: Record<string, string> }) => {
  statusCode: number
  data: unknown
}

const storage = new Map<string, unknown>()
const listeners = new Map<string, Set<(...args: unknown[]) => void>>()

export const taroMock = {
  routerParams: {} as Record<string, string>,
  navigations: [] as { kind: string; url?: string }[],
  toasts: [] as string[],
  modalAnswer: true,
  requestHandler: null as Handler | null,
  requests: [] as { url: string; method: string; data?: unknown }[],
}

export function resetTaroMock() {
  storage.clear()
  listeners.clear()
  taroMock.routerParams = {}
  taroMock.navigations = []
  taroMock.toasts = []
  taroMock.modalAnswer = true
  taroMock.requestHandler = null
  taroMock.requests = []
}

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getStorage: async ({ key }: { key: string }) => {
    if (!storage.has(key)) throw { errMsg: 'getStorage:fail data not found' }
    return { data: storage.get(key) }
  },
  setStorage: async ({ key, data }: { key: string; data: unknown }) => void storage.set(key, data),
  removeStorage: async ({ key }: { key: string }) => void storage.delete(key),
  request: async (opts: { url: string; method: string; data?: unknown; header?: Record<string, string> }) => {
    taroMock.requests.push({ url: opts.url, method: opts.method, data: opts.data })
    if (!taroMock.requestHandler) throw { errMsg: 'request:fail no handler' }
    return taroMock.requestHandler(opts)
  },
  uploadFile: async () => {
    throw { errMsg: 'uploadFile:fail not in tests' }
  },
  showToast: async ({ title }: { title: string }) => void taroMock.toasts.push(title),
  showModal: async () => ({ confirm: taroMock.modalAnswer, cancel: !taroMock.modalAnswer }),
  navigateTo: async ({ url }: { url: string }) => void taroMock.navigations.push({ kind: 'navigateTo', url }),
  redirectTo: async ({ url }: { url: string }) => void taroMock.navigations.push({ kind: 'redirectTo', url }),
  reLaunch: async ({ url }: { url: string }) => void taroMock.navigations.push({ kind: 'reLaunch', url }),
  navigateBack: async () => void taroMock.navigations.push({ kind: 'navigateBack' }),
  makePhoneCall: async ({ phoneNumber }: { phoneNumber: string }) =>
    void taroMock.navigations.push({ kind: 'call', url: phoneNumber }),
  chooseImage: async () => {
    throw { errMsg: 'chooseImage:fail cancel' }
  },
  login: async () => ({ code: 'test-code' }),
  getEnterOptionsSync: () => ({ scene: 1001, query: {} }),
  getAppBaseInfo: () => ({ fontSizeSetting: 16 }),
  eventCenter: {
    on(name: string, fn: (...args: unknown[]) => void) {
      if (!listeners.has(name)) listeners.set(name, new Set())
      listeners.get(name)!.add(fn)
    },
    off(name: string, fn: (...args: unknown[]) => void) {
      listeners.get(name)?.delete(fn)
    },
    trigger(name: string, ...args: unknown[]) {
      listeners.get(name)?.forEach((fn) => fn(...args))
    },
  },
  pxTransform: (n: number) => `${n / 2}px`,
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
}

export function useRouter() {
  return { params: taroMock.routerParams, path: '' }
}

export function useDidShow(fn: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(fn, [])
}

export function useLoad(fn: (params: Record<string, string>) => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => fn(taroMock.routerParams), [])
}

export function useReady(fn: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(fn, [])
}

export const getCurrentInstance = () => ({ router: { params: taroMock.routerParams } })
export const nextTick = (fn: () => void) => setTimeout(fn, 0)

export const { getEnv, ENV_TYPE, pxTransform, eventCenter, getStorageSync, setStorageSync } = Taro

export default Taro
