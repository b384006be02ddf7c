/** weapp implementations: the WeChat APIs a licensed bank mini-program uses. */
import Taro from '@tarojs/taro'
import { env } from '@/config/env'
import type { FaceOutcome, Platform, SubscriptionTopic } from './types'
import { runSandboxLiveness } from './sandbox-liveness'

/** WeChat's font-size setting (px of standard text) over the standard 16 px. */
function fontScale(): number {
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeSetting?: number }
    return info.fontSizeSetting ? Math.max(1, info.fontSizeSetting / 16) : 1
  } catch {
    return 1
  }
}

function requestFacialVerify(verifyId: string): Promise<FaceOutcome> {
  return new Promise((resolve, reject) => {
    wx.requestFacialVerify({
      verifyId,
      success: () => resolve('completed'),
      fail: (err: { errMsg?: string; errCode?: number }) => {
        // The borrower closing the face page is a cancel; anything else is for the caller.
        if (/cancel/i.test(err.errMsg ?? '')) resolve('cancelled')
        else reject(err)
      },
    })
  })
}

/** Subscription-message template ids from the mini-program's console, per topic (env). */
function templateIds(topic: SubscriptionTopic): string[] {
  const raw = topic === 'decision' ? process.env.TARO_APP_TMPL_DECISION : process.env.TARO_APP_TMPL_DUE
  return (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)
}

export const platform: Platform = {
  kind: 'weapp',
  auth: {
    getLoginCode: async () => ({ channel: 'weapp', code: (await Taro.login()).code }),
  },
  phone: { mode: 'wechat-button' },
  face: {
    async verify(verifyId) {
      try {
        return await requestFacialVerify(verifyId)
      } catch (err) {
        // Face verification is granted to licensed institutions only; against the sandbox bank
        // (DevTools, tourist appid) the sandbox liveness step stands in for it.
        if (env.sandbox) return runSandboxLiveness(verifyId)
        throw err
      }
    },
  },
  media: {
    chooseIdCardImage: () =>
      Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'] })
        .then((res) => res.tempFiles[0]?.tempFilePath ?? null)
        .catch(() => null),
  },
  secureStorage: {
    get: (key) =>
      Taro.getStorage({ key, encrypt: true } as Taro.getStorage.Option<string>)
        .then((res) => (typeof res.data === 'string' ? res.data : null))
        .catch(() => null),
    set: async (key, value) => {
      await Taro.setStorage({ key, data: value, encrypt: true } as Taro.setStorage.Option)
    },
    remove: async (key) => {
      await Taro.removeStorage({ key }).catch(() => undefined)
    },
  },
  screen: {
    protectCapture(on) {
      wx.setVisualEffectOnCapture?.({ visualEffect: on ? 'hidden' : 'none' })
    },
    fontScale,
  },
  notifications: {
    async requestSubscribe(topic) {
      const tmplIds = templateIds(topic)
      if (!tmplIds.length) return false
      try {
        const res = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
        return tmplIds.some((id) => res[id] === 'accept')
      } catch {
        return false
      }
    },
  },
  support: { mode: 'wechat-contact' },
  privacy: {
    ensureAuthorized: () =>
      new Promise((resolve) => {
        if (!wx.requirePrivacyAuthorize) return resolve(true)
        wx.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) })
      }),
  },
}

export type { Platform } from './types'
