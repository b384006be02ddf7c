/**
 * zustand's StateStorage over Taro's synchronous storage (weapp storage, localStorage on H5).
 * A missing key reads as null; a storage failure never breaks the app, it only loses the cache.
 */
import Taro from '@tarojs/taro'
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

export const taroStateStorage: StateStorage = {
  getItem(name) {
    try {
      const value = Taro.getStorageSync<string>(name)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(name, value) {
    try {
      Taro.setStorageSync(name, value)
    } catch {
      // Storage full or unavailable: state stays in memory for this session.
    }
  },
  removeItem(name) {
    try {
      Taro.removeStorageSync(name)
    } catch {
      // Nothing to remove.
    }
  },
}

export const taroJsonStorage = createJSONStorage(() => taroStateStorage)
